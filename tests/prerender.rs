//! What is written into index.html at build time: the start screen, with
//! every topic and tool a real link to its deep link (it works before the app
//! loads), and the screen of each link naming one of them.

use licensing_check::ui::prerender::{
    linked_screens_json, page_html, start_screen_html, tool_screens, working_out_screens,
};
use licensing_rules::catalog::{TOOLS, TOPICS};

#[test]
fn the_written_in_start_screen_links_every_topic_and_tool_to_its_deep_link() {
    let html = start_screen_html();
    assert!(html.starts_with(&format!("<div id=\"{}\">", licensing_check::ui::names::PRERENDERED)), "{html}");
    assert!(html.contains(
        "<h1 id=\"page-heading\" tabindex=\"-1\">What do your partner licensing benefits allow?</h1>"
    ));
    let ids = TOPICS.iter().map(|t| t.id).chain(TOOLS.iter().map(|t| t.id));
    for id in ids {
        let link = format!("data-topic-link=\"{id}\" href=\"?topic={id}\"");
        assert_eq!(html.matches(&link).count(), 1, "{id} is linked once: {html}");
    }
    // Nothing saved, no notices: what a first visit shows.
    assert!(!html.contains("id=\"saved\"") && !html.contains("id=\"notices\""));
    assert!(html.contains("<a class=\"site-title\" href=\"?\">Partner licensing check</a>"));
    assert!(html.ends_with("</div>") && !html.contains("<script"), "{html}");
}

#[test]
fn a_link_naming_only_a_topic_or_tool_has_its_screen_written() {
    let json = linked_screens_json();
    assert!(json.starts_with('{') && json.ends_with('}'), "one object: {json}");
    assert!(!json.contains('<'), "nothing in it can end the script element it goes in");
    // A tool's screen is a file of its own, not in the page's block.
    let tools = tool_screens();
    assert_eq!(
        tools.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        TOOLS.iter().map(|t| t.id).collect::<Vec<_>>()
    );
    for (id, screen) in &tools {
        assert!(screen.starts_with("[\"div\",{\"class\":\"screen\","), "{id}: {screen}");
        assert!(screen.contains(&format!("\"data-page\":\"{id}\"")), "{id}: {screen}");
        assert!(!json.contains(&format!("\"{id}\":")), "{id} is not in the page's block");
    }
    // Dated topics included: their first questions are the same on any day.
    let ids: Vec<&str> = TOPICS.iter().map(|t| t.id).collect();
    let mut from = 0;
    for id in &ids {
        // The whole page as the app draws it for `?topic=<id>`, in the
        // topics' order: the first question of a topic, or the tool.
        let key = format!("\"{id}\":[\"div\",{{\"class\":\"screen\",");
        let at = json[from..].find(&key).unwrap_or_else(|| panic!("{id} is written, in order: {json}"));
        from += at + key.len();
        let screen =
            [format!("\"data-topic\":\"{id}\",\"data-question\":"), format!("\"data-page\":\"{id}\"")];
        assert!(screen.iter().any(|s| json.contains(s.as_str())), "{id}");
    }
    assert_eq!(json.matches("\"id\":\"page-heading\"").count(), ids.len());
    assert!(!json.contains("\"script\"") && !json.contains("data-topic-link"), "{json}");
    assert!(json.contains("Does your organization have a KMS key through a Volume Licensing agreement?"));
    assert!(
        !json.contains("site-header") && !json.contains("site-footer"),
        "the frame is the start screen's"
    );
}

/// A link with a number or a date waits for the rules: meanwhile it shows
/// its topic and question, says the answer is being worked out, and claims
/// no answer, question or verdict of its own.
#[test]
fn every_topic_has_a_screen_for_links_the_rules_must_work_out() {
    let written = working_out_screens();
    assert_eq!(
        written.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        TOPICS.iter().map(|t| t.id).collect::<Vec<_>>()
    );
    for ((_, json), topic) in written.iter().zip(TOPICS) {
        assert!(json.starts_with("[\"div\",{\"class\":\"screen\",\"id\":\"working-out\"}"), "{json}");
        assert!(json.contains(&format!("\"caption__topic\"}},\"{}\"", topic.title)), "{json}");
        assert!(json.contains(&format!("[\"h1\",{{\"id\":\"page-heading\"}},\"{}\"]", topic.asks)), "{json}");
        assert!(json.contains("\"role\":\"status\"},\"Working out the answer to this link…\""), "{json}");
        assert!(!json.contains("data-"), "no question, answer or verdict: {json}");
    }
}

/// web/start.js puts a linked screen in the written start screen's main: the
/// page around it must be the same for every such link.
#[test]
fn every_linked_page_has_the_start_screens_frame() {
    use licensing_rules::state::decode;
    let frame = |html: &str| {
        let open = "<main id=\"main\" class=\"main\">";
        let (before, rest) = html.split_once(open).expect("a main");
        let (_, after) = rest.rsplit_once("</main>").expect("a main closed");
        (before.to_owned(), after.to_owned())
    };
    let start = frame(&page_html(Default::default()));
    for id in TOPICS.iter().map(|t| t.id).chain(TOOLS.iter().map(|t| t.id)) {
        assert_eq!(frame(&page_html(decode(&format!("?topic={id}")).location)), start, "{id}");
    }
}
