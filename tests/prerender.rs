//! The start screen written into index.html at build time: every topic and
//! tool, each a real link to its deep link (it works before the app loads).

use licensing_check::ui::prerender::{start_screen_html, PRERENDERED_ID};
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
