//! "Your answers", with a Change link on each: it returns to that question
//! with the answer chosen; answering it again keeps every later answer that
//! still applies (see `Nav::answer`).

use licensing_rules::contract::attr;

use licensing_rules::model::{Question, Topic, Value};
use licensing_rules::state::Screen;

use crate::ui::markup::{el, Markup};
use crate::ui::nav::links::Link;
use crate::ui::nav::rooms::use_nav;
use crate::ui::parts::common::words;

pub fn answers_summary(topic: &'static Topic, path: &[(&'static Question, Value)]) -> Markup {
    let nav = use_nav();
    let rows = path
        .iter()
        .copied()
        .enumerate()
        .map(|(i, (question, value))| {
            let before = path.get(..i).unwrap_or_default().iter().copied().collect();
            let to = nav.at(Screen::Topic { topic, answers: before });
            el("div")
                .class("summary__row")
                .attr(attr::ANSWER, question.id)
                .child(el("dt").class("summary__key").text(words(question.prompt)))
                .child(el("dd").class("summary__value").text(value.describe(question)))
                .child(
                    el("dd").class("summary__action").child(
                        el("a")
                            .text("Change")
                            .child(
                                el("span")
                                    .class("visually-hidden")
                                    .text(" your answer to: ")
                                    .text(words(question.prompt)),
                            )
                            .change_to(to),
                    ),
                )
                .into()
        })
        .collect::<Vec<Markup>>();
    el("section")
        .class("summary")
        .attr("aria-labelledby", "summary-heading")
        .child(el("h2").attr("id", "summary-heading").text("Your answers"))
        .child(el("dl").class("summary__list").children(rows))
        .into()
}
