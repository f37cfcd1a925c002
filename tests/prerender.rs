//! What is written into index.html at build time: the start screen, with
//! every topic and tool a real link to its deep link (it works before the app
//! loads), and the screen of each link naming one of them.

use licensing_check::ui::prerender::{linked_screens_html, start_screen_html, PRERENDERED_ID};
use licensing_rules::catalog::{TOOLS, TOPICS};

#[test]
fn the_written_in_start_screen_links_every_topic_and_tool_to_its_deep_link() {
    let html = start_screen_html();
    assert!(html.starts_with(&format!("<div id=\"{PRERENDERED_ID}\">")), "{html}");
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
    let written = linked_screens_html();
    let ids: Vec<&str> = written.iter().map(|(id, _)| *id).collect();
    // Dated topics included: their first questions are the same on any day.
    let expected: Vec<&str> = TOPICS.iter().map(|t| t.id).chain(TOOLS.iter().map(|t| t.id)).collect();
    assert_eq!(ids, expected);
    for (id, html) in &written {
        // The whole page as the app draws it for `?topic=<id>`: the first
        // question of a topic, or the tool.
        assert!(html.starts_with("<div class=\"page\">") && html.ends_with("</div>"), "{id}: {html}");
        let screen = [format!("data-topic=\"{id}\" data-question="), format!("data-page=\"{id}\"")];
        assert!(screen.iter().any(|s| html.contains(s.as_str())), "{id}: {html}");
        assert_eq!(html.matches("id=\"page-heading\"").count(), 1, "{id}");
        assert!(!html.contains("<script") && !html.contains("data-topic-link"), "{id}: {html}");
    }
    let kms = &written.iter().find(|(id, _)| *id == "kms").expect("kms is written").1;
    assert!(kms.contains("Does your organization have a KMS key through a Volume Licensing agreement?"));
}
