//! The start screen: every topic and tool, grouped by the FAQ's sections,
//! and the topics with answers saved from before.

use licensing_rules::catalog::{TOOLS, TOPICS};
use licensing_rules::contract::attr;
use licensing_rules::faq::Section;
use licensing_rules::model::Answers;
use licensing_rules::state::{Location, Screen};
use licensing_rules::statement::Statement;
use licensing_rules::visit::SavedTopic;

use crate::ui::markup::{el, Element, Markup};
use crate::ui::nav::links::Link;
use crate::ui::nav::rooms::use_nav;
use crate::ui::nav::rooms::use_text_pack;
use crate::ui::parts::common::{heading, secondary_button, statement};
use crate::ui::parts::share::checks_link;

/// One line of the start page: a link in the user's words and what it
/// covers, labelled with what that rests on.
fn topic_link(id: &'static str, asks: &'static str, summary: Element, to: Location) -> Markup {
    el("li")
        .class("topics__item")
        .child(el("a").class("topics__link").attr(attr::TOPIC_LINK, id).text(asks).to(to))
        .child(summary.class("topics__summary"))
        .into()
}

/// Every topic and tool, grouped by the FAQ's sections, and the topics
/// with answers saved from before (`saved`, as the visit worked them out).
pub fn start(saved: &[SavedTopic]) -> Markup {
    let nav = use_nav();
    let here = nav.location();
    // Its words are in the pack: without it (it failed to come), the links alone.
    let line = |summary: &Statement| {
        if use_text_pack().ready() {
            statement("span", summary)
        } else {
            el("span")
        }
    };
    let sections = Section::ALL.into_iter().map(|section| {
        let topic_links = TOPICS.iter().copied().filter(|t| t.section == section).map(|topic| {
            let to = here.with_screen(Screen::Topic { topic, answers: Answers::default() });
            topic_link(topic.id, topic.asks, line(&topic.summary), to)
        });
        let tool_links = TOOLS.iter().copied().filter(|t| t.section == section).map(|tool| {
            let to = here.with_screen(Screen::Tool(tool));
            topic_link(tool.id, tool.asks, line(&tool.summary), to)
        });
        el("section")
            .class("topics")
            .child(el("h2").class("topics__section").text(section.title()))
            .child(el("ul").class("topics__list").children(topic_links).children(tool_links))
            .into()
    });
    el("div")
        .class("screen screen--start")
        .child(heading("What do your partner licensing benefits allow?"))
        .child(el("p").class("lead").text(
            "Pick a question. A few answers later you get a verdict, the reasons, \
             the FAQ entry it rests on and what to do next. Everything is worked out \
             in your browser; the app sends your answers to no server. They are kept in the \
             page's address (a link you copy carries them) and in this browser; \
             product keys are kept nowhere.",
        ))
        .child(saved_progress(saved))
        .child(checks_link())
        .children(sections)
        .into()
}

/// Topics with answers saved from before, to pick up where the user left off.
fn saved_progress(saved: &[SavedTopic]) -> Option<Element> {
    if saved.is_empty() {
        return None;
    }
    let nav = use_nav();
    let links = saved.iter().map(|saved| {
        let summary = match saved.answers {
            1 => "1 answer saved".to_owned(),
            n => format!("{n} answers saved"),
        };
        topic_link(saved.topic.id, saved.topic.asks, el("span").text(summary), saved.link.clone())
    });
    Some(
        el("section")
            .class("saved")
            .attr("id", "saved")
            .attr("aria-labelledby", "saved-heading")
            .child(el("h2").attr("id", "saved-heading").text("Continue where you left off"))
            .child(el("ul").class("topics__list").children(links))
            .child(el("p").class("hint").text("Saved in this browser, on no server."))
            .child(secondary_button("Clear saved answers").on_click(move |_| nav.clear_saved())),
    )
}
