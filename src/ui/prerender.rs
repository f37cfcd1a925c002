//! The start screen as HTML, written into `index.html` at build time
//! (by the release steps, `crates/release/src/written.rs` and `page.rs`), so a visitor
//! sees the topics (real links to their deep links) as soon as the page
//! itself arrives, before the script and WebAssembly have loaded.
//! The app replaces it with its own live start screen when it starts
//! ([`super::start`]); on a deep link the page hides it at once (web/start.js
//! marks the page, style/main.css hides it), so it never shows in place of
//! a question or result. A link naming only a topic shows, in its place,
//! that screen as written here ([`linked_screens_json`]) until the app takes
//! over: the build writes them all into the page as data, and the page's
//! first script builds the one the link names as soon as the page is
//! parsed. (In the page, not fetched: on localhost a fetch's answer reached
//! the page only after the WebAssembly's start-up work, which the written
//! screen is there to come before. As data, not markup: the parser reads a
//! block of text much faster than the elements of a dozen screens; written
//! straight from the app's markup, as the app builds it, with no HTML in
//! between.) A tool's screen is a file of its own ([`tool_screens`]), fetched
//! like a result's: long screens behind rare links, which every other first
//! visit would otherwise carry.
//!
//! A link naming its answers by choices only has its screen written too
//! ([`answered_links`]), one file each: far too many (146) for the page,
//! so the page's first script fetches the one its link names. A link with
//! a number or a date, which only the rules can work out, gets the
//! screen written for its topic meanwhile ([`working_out_screens`]). On a phone's
//! connection that file arrives well before the WebAssembly has started
//! (`PROFILE=mobile node bench/cold-load.js`: the kms result shown at about
//! 530 ms, the app's own screen at about 890 ms).

use crate::ui::reactive::*;

use licensing_rules::state::Location;

use super::frame::frame;
use super::nav::Nav;

/// The page as every visitor first sees it: the start screen, with nothing
/// saved, wrapped in an element the app removes when it starts. (On a deep
/// link the page's first script, web/start.js, hides it at once.)
pub fn start_screen_html() -> String {
    format!("<div id=\"{}\">{}</div>", super::names::PRERENDERED, page_html(Location::default()))
}

/// The whole page as the app draws it at `location`, with nothing saved.
pub fn page_html(location: Location) -> String {
    let mut html = String::new();
    page(location, |markup| markup.write_html(&mut html));
    html
}

/// The page at `location` handed to `write`, as it first renders.
fn page(location: Location, write: impl FnOnce(super::markup::Markup)) {
    // Written once: nothing follows what it reads.
    Owner::new().with(|| untrack(|| write(frame(Nav::written(location)))));
}

/// The screen each link naming only a topic opens (`?topic=kms`):
/// its first question, or the tool, as one JSON object keyed by that id,
/// each screen the data web/start.js builds it from
/// ([`super::markup::Markup::write_json`]). Only what goes in the page's
/// `main`: web/start.js puts it in the written start screen's, whose frame
/// (header, footer) every page shares. A screen that shows today's date or
/// something counted from it is left out: it would show the build's day,
/// not the visitor's.
///
/// Topics only: a tool's screen is long (the planner's, the key check's)
/// and its link rare, so it is a file of its own ([`tool_screens`]) that
/// the first visit of every other page does not carry.
#[cfg(not(target_arch = "wasm32"))]
pub fn linked_screens_json() -> String {
    use licensing_rules::catalog::TOPICS;
    use licensing_rules::state::decode;

    let mut out = String::from("{");
    for id in TOPICS.iter().map(|t| t.id) {
        let Some(screen) = written_main(decode(&format!("?topic={id}")).location, id) else { continue };
        if out.len() > 1 {
            out.push(',');
        }
        super::markup::json_string(&mut out, id);
        out.push(':');
        out.push_str(&screen);
    }
    out.push('}');
    out
}

/// The screen of each tool, as [`linked_screens_json`] writes a topic's:
/// for web/start.js to fetch, named by the tool, on a link naming it
/// (`?topic=keys`).
#[cfg(not(target_arch = "wasm32"))]
pub fn tool_screens() -> Vec<(&'static str, String)> {
    use licensing_rules::catalog::TOOLS;
    use licensing_rules::state::decode;

    TOOLS
        .iter()
        .filter_map(|tool| {
            Some((tool.id, written_main(decode(&format!("?topic={}", tool.id)).location, tool.id)?))
        })
        .collect()
}

/// The screen of each link that names its answers by choices only
/// (`?topic=kms&volume-licensing=no`), a finite set: its result, or the
/// question it leads to, written from the app's markup as
/// [`linked_screens_json`] writes a first question. Each under its link's
/// [`file_stem`], for web/start.js to fetch on such a link. Only links whose
/// every answer matters (what the app's own links carry), and only what goes
/// in the page's `main`. `None` for a screen counted from today: a file says
/// there is nothing to show yet, so the page's request never fails.
#[cfg(not(target_arch = "wasm32"))]
pub fn answered_links() -> Vec<(String, Option<String>)> {
    use licensing_rules::catalog::TOPICS;
    use licensing_rules::model::{Answers, Input, Value};
    use licensing_rules::state::{encode, Screen};
    use licensing_rules::visit::Visit;

    let mut out = Vec::new();
    for topic in TOPICS {
        // Every way of answering some of its choice questions.
        let mut all = vec![Answers::default()];
        for question in topic.questions {
            if let Input::Choice(options) = question.input {
                let more: Vec<Answers> = all
                    .iter()
                    .flat_map(|given| {
                        options.iter().map(move |option| {
                            let mut answers = given.clone();
                            answers.set(question, Value::Choice(option.id));
                            answers
                        })
                    })
                    .collect();
                all.extend(more);
            }
        }
        for answers in all.into_iter().filter(|answers| !answers.is_empty()) {
            let location = Location { screen: Screen::Topic { topic, answers }, ..Location::default() };
            let visit = Visit::of(location, None);
            if !visit.dropped.is_empty() {
                continue;
            }
            let stem = file_stem(&encode(&visit.location));
            let screen = written_main(visit.location, &stem);
            out.push((stem, screen));
        }
    }
    out
}

/// What a link with a number or a date shows until the app has worked it
/// out (only the rules can): the topic, its question, and that the answer
/// is on its way. One for each topic, named by its id, for web/start.js to
/// fetch on such a link; the app's screen replaces it.
#[cfg(not(target_arch = "wasm32"))]
pub fn working_out_screens() -> Vec<(&'static str, String)> {
    use super::markup::el;
    use licensing_rules::catalog::TOPICS;

    let screen = |topic: &licensing_rules::model::Topic| {
        el("div")
            .class("screen")
            .attr("id", "working-out")
            .child(super::parts::common::topic_caption(topic))
            .child(el("h1").attr("id", "page-heading").text(topic.asks))
            .child(
                el("p").class("loading").attr("role", "status").text("Working out the answer to this link…"),
            )
    };
    TOPICS
        .iter()
        .map(|topic| {
            let mut json = String::new();
            super::markup::Markup::from(screen(topic)).write_json(&mut json);
            (topic.id, json)
        })
        .collect()
}

/// What the page's `main` holds at `location` as it first renders, as the
/// data web/start.js builds it from; `None` when it shows something counted
/// from today (the build's day is not the visitor's). `link` names it in a
/// failed check: a written screen is one screen with nothing beside it (no
/// notice on the links the build writes).
#[cfg(not(target_arch = "wasm32"))]
fn written_main(location: Location, link: &str) -> Option<String> {
    if licensing_rules::visit::Visit::of(location.clone(), None).shows_the_day() {
        return None;
    }
    let mut screen = String::new();
    let mut inside = None;
    page(location, |markup| inside = markup.write_json_inside(super::frame::MAIN_ID, &mut screen));
    assert_eq!(inside, Some(1), "{link}: what is in the page's main");
    Some(screen)
}

/// The name a link's written screen goes by: its query without the `?`, the
/// topic first and the answers in alphabetical order, so that a link giving
/// them in another order finds it too (web/start.js names it the same way).
pub fn file_stem(query: &str) -> String {
    let mut parts: Vec<&str> = query.trim_start_matches('?').split('&').collect();
    if let Some((_, answers)) = parts.split_first_mut() {
        answers.sort_unstable();
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use licensing_rules::state::decode;
    use licensing_rules::visit::Visit;

    /// Whether the page at `link` shows the day it is drawn on.
    fn shows_the_day(link: &str) -> bool {
        Visit::of(decode(link).location, None).shows_the_day()
    }

    #[test]
    fn a_written_screen_is_named_by_its_link_with_the_answers_in_alphabetical_order() {
        assert_eq!(
            file_stem("?topic=sharing&same-organization=yes&membership=competency"),
            "topic=sharing&membership=competency&same-organization=yes"
        );
        assert_eq!(file_stem("?topic=kms"), "topic=kms");
        let written = answered_links();
        let stems: Vec<&str> = written.iter().map(|(stem, _)| stem.as_str()).collect();
        assert!(stems.contains(&"topic=kms&volume-licensing=no"));
        // A question the answers lead to, and a result settled early.
        assert!(stems.contains(&"topic=sharing&membership=competency"));
        assert!(stems.contains(&"topic=upgrade&install-location=external"));
        // Counted from today: a file with nothing to show.
        assert!(written
            .iter()
            .any(|(stem, screen)| stem.starts_with("topic=downgrade&") && screen.is_none()));
        // An answer that does not matter: no file (the app drops it).
        assert!(!stems.contains(&"topic=kms&volume-licensing=no&zz=1"));
        assert!(written.len() > 100, "{} written", written.len());
    }

    #[test]
    fn a_dated_topics_first_question_is_written_and_its_verdicts_are_not() {
        assert!(!shows_the_day("?topic=downgrade"));
        assert!(!shows_the_day("?topic=cloud-tokens"));
        // Counted from today.
        assert!(shows_the_day("?topic=downgrade&license-source=mpn&new-version-date=2025-03-31"));
        assert!(shows_the_day("?topic=cloud-tokens&enrollment-end=2026-06-30"));
        assert!(!shows_the_day("?topic=kms&volume-licensing=no"), "an undated verdict");
    }
}
