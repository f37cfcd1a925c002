//! The small pieces every screen repeats: its heading, its way back, the FAQ
//! entry it cites, a verdict badge, the link to the decision tree, the frame
//! of a tool's screen.

use leptos::prelude::*;
use licensing_rules::faq::FaqEntry;
use licensing_rules::model::{Tool, Topic, Verdict};
use licensing_rules::state::{Location, Screen};

use crate::ui::markup::{el, Element, Markup, Text};
use crate::ui::nav::{use_nav, Link, HEADING_ID};

/// The screen's main heading: it takes focus after a move, so screen readers
/// announce the new screen.
pub fn heading(text: impl Into<Text>) -> Element {
    el("h1").attr("id", HEADING_ID).attr("tabindex", "-1").text(text)
}

/// "Back", to `to`.
pub fn back_link(to: Location) -> Element {
    el("a").class("back-link").text("Back").to(to)
}

/// The FAQ entry a screen rests on: its section and question.
pub fn citation(entry: &'static FaqEntry) -> Element {
    el("p")
        .class("result__faq")
        .child(el("span").class("result__faq-section").text(entry.section.title()))
        .text(" › ")
        .child(el("q").text(entry.question))
}

pub fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Eligible => "verdict verdict--eligible",
        Verdict::NotEligible => "verdict verdict--not-eligible",
        Verdict::Conditional => "verdict verdict--conditional",
    }
}

/// The link to a topic's decision tree, for its question and result screens.
pub fn tree_link(topic: &'static Topic) -> Element {
    let nav = use_nav();
    let to = nav.location.with_untracked(|l| l.with_screen(Screen::Tree(topic)));
    el("p").class("tree-link").child(el("a").text("How this is decided").to(to))
}

/// The frame of a tool's screen: a way back to the topics, its title and
/// question, what it shows, and the FAQ entry it rests on. `data-page` (the
/// contract's hook) carries its id.
pub fn tool_screen(tool: &'static Tool, body: Markup) -> Markup {
    let nav = use_nav();
    let back = nav.location.with_untracked(|l| l.with_screen(Screen::Start));
    el("div")
        .class("screen")
        .attr("data-page", tool.id)
        .child(back_link(back))
        .child(el("p").class("caption").text(tool.title))
        .child(heading(tool.asks))
        .child(body)
        .child(el("h2").text("FAQ entry"))
        .child(citation(tool.faq))
        .into()
}
