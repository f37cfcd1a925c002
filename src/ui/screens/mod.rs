//! The screens, one file each: what the page's main area shows at a location.

mod activation_planner;
mod checks;
mod explainer;
mod key_check;
pub mod later;
mod question;
mod result;
mod start;
mod tree;
mod unavailable;

use licensing_rules::visit::{View, Visit};

use super::markup::Markup;
use super::nav::rooms::use_text_pack;
use super::parts::common::{words, SITE_NAME};

/// The screen for `visit`, as worked out (it evaluates nothing). Everything
/// but the start screen needs the words of the rules' texts, so it waits for
/// them.
pub fn screen(visit: &Visit) -> Markup {
    let texts = use_text_pack();
    if !matches!(visit.view, View::Start { .. }) && !texts.ready() {
        return unavailable::texts(texts.failed());
    }
    // In the browser only: the build writes screens natively, with no page.
    #[cfg(target_arch = "wasm32")]
    super::reactive::document().set_title(&title(&visit.view));
    match &visit.view {
        View::Start { saved } => start::start(saved),
        View::Question { topic, question, path, later, number, of } => {
            question::question(topic, question, path.clone(), later.clone(), (*number, *of), visit.set_day)
        }
        View::NeedsDay(topic) => unavailable::clock(topic),
        View::Result { .. } | View::Tool(_) | View::Tree { .. } | View::Checks => super::lazy::later(visit),
    }
}

/// The page's name in tabs, history, bookmarks and printed headers: what
/// the screen asks or answers, then its topic.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn title(view: &View) -> String {
    let (what, topic) = match view {
        View::Question { topic, question, .. } => (words(question.prompt).to_owned(), topic.title),
        View::Result { topic, conclusion, .. } => (conclusion.answer().0, topic.title),
        View::Tree { topic, .. } => ("How this is decided".to_owned(), topic.title),
        View::NeedsDay(topic) => ("Which day to count from".to_owned(), topic.title),
        View::Tool(tool) => (tool.title.to_owned(), SITE_NAME),
        View::Checks => ("Your checks".to_owned(), SITE_NAME),
        View::Start { .. } => return SITE_NAME.to_owned(),
    };
    [&what, " – ", topic, " – ", SITE_NAME].concat()
}

#[cfg(test)]
mod tests {
    //! Every screen nests its elements as HTML allows. The app builds them
    //! node by node, where anything goes; but the start screen is also
    //! written as HTML (`super::super::prerender`), a screen printed or saved
    //! is HTML, and assistive technology reads the structure: an element
    //! where HTML's parser would close or move it (a list in a paragraph, a
    //! link in a link, a row straight in a table...) means a different page
    //! there. Every screen, in every way of answering every topic, is held
    //! to that here.

    use crate::ui::prerender::page_html;
    use licensing_rules::catalog::{TOOLS, TOPICS};
    use licensing_rules::date::Date;
    use licensing_rules::engine::evaluate;
    use licensing_rules::engine::Step;
    use licensing_rules::model::{Answers, Context, Topic};
    use licensing_rules::samples;
    use licensing_rules::state::{Location, Screen};

    /// Start tags before which HTML's parser closes an open `<p>`.
    const CLOSE_P: &[&str] = &[
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "dialog",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    ];
    const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
    use crate::ui::markup::VOID;

    /// Where in `html` the parser would not build what the markup says.
    fn misnested(html: &str) -> Option<String> {
        let mut open: Vec<&str> = Vec::new();
        for tag in html.split('<').skip(1) {
            let name_end = tag.find(|c: char| !(c.is_ascii_alphanumeric() || c == '/')).unwrap_or(tag.len());
            let name = &tag[..name_end];
            if let Some(closing) = name.strip_prefix('/') {
                if open.pop() != Some(closing) {
                    return Some(format!("</{closing}> does not close what is open: {open:?}"));
                }
                continue;
            }
            let inside = |names: &[&str]| open.iter().any(|o| names.contains(o));
            let parent = open.last().copied();
            let wrong = (CLOSE_P.contains(&name) && inside(&["p"]))
                || (name == "a" && inside(&["a"]))
                || (name == "form" && inside(&["form"]))
                || (name == "button" && inside(&["button"]))
                || (name == "li" && parent == Some("li"))
                || (HEADINGS.contains(&name) && parent.is_some_and(|p| HEADINGS.contains(&p)))
                || (["tr", "td", "th"].contains(&name) && parent == Some("table"))
                || (name == "td" && parent != Some("tr"));
            if wrong {
                return Some(format!("<{name}> inside {open:?}"));
            }
            if !VOID.contains(&name) {
                open.push(name);
            }
        }
        None
    }

    fn every_screen_of(topic: &'static Topic, answers: Answers, as_of: Date, out: &mut Vec<Location>) {
        let location = |answers: Answers| Location {
            screen: Screen::Topic { topic, answers },
            as_of: Some(as_of),
            ..Location::default()
        };
        let context = Context { today: as_of };
        out.push(location(answers.clone()));
        if let Step::Ask(question) = evaluate(topic, &answers, &context).step {
            for value in samples::values(question, as_of) {
                let mut more = answers.clone();
                more.set(question, value);
                every_screen_of(topic, more, as_of, out);
            }
        }
    }

    #[test]
    fn every_screen_nests_its_elements_as_html_allows() {
        let as_of = Date::parse("2026-11-28").expect("a date");
        let mut locations = vec![Location::default()];
        for topic in TOPICS {
            every_screen_of(topic, Answers::default(), as_of, &mut locations);
            locations.push(Location { screen: Screen::Tree(topic), ..Location::default() });
        }
        locations
            .extend(TOOLS.iter().map(|tool| Location { screen: Screen::Tool(tool), ..Location::default() }));
        let embedded: Vec<Location> =
            locations.iter().map(|l| Location { embed: true, ..l.clone() }).collect();
        let count = locations.len();
        for location in locations.into_iter().chain(embedded) {
            let html = page_html(location.clone());
            if let Some(problem) = misnested(&html) {
                panic!("{location:?}: {problem}\n{html}");
            }
        }
        assert!(count > 300, "{count} screens");
    }

    #[test]
    fn the_check_finds_what_the_parser_would_move() {
        assert!(misnested("<p>a<ul><li>b</li></ul></p>").is_some());
        assert!(misnested("<a href=\"?\">x<a href=\"?\">y</a></a>").is_some());
        assert!(misnested("<table><tr><td>1</td></tr></table>").is_some());
        assert!(misnested("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>").is_none());
        assert!(misnested("<p>a <strong>b</strong><br>c</p><div><p>d</p></div>").is_none());
    }
}
