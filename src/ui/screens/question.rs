//! One question of a topic.

use leptos::prelude::*;
use licensing_rules::engine::questions_left;
use licensing_rules::model::{Answers, Question, Topic, Value};

use crate::ui::markup::{el, Markup};
use crate::ui::nav::{back_from, use_nav};
use crate::ui::parts::answer_form::answer_form;
use crate::ui::parts::answers_summary::answers_summary;
use crate::ui::parts::common::{back_link, tree_link};

/// One question of a topic, with Continue and Back; `path`: the questions
/// answered to get here.
pub fn question(
    topic: &'static Topic,
    question: &'static Question,
    path: Vec<(&'static Question, Value)>,
) -> Markup {
    let nav = use_nav();
    let before: Answers = path.iter().copied().collect();
    let number = path.len() + 1;
    let of =
        path.len() + nav.location.with_untracked(|l| questions_left(topic, &before, &l.context(nav.today)));
    let prefill = nav.prefill(topic, question);
    let on_answer = Callback::new(move |value: Value| nav.answer(topic, &before, question, value));

    // Back undoes the last answer; from the first question it leads to the topics.
    let back = nav.location.with_untracked(|l| l.with_screen(back_from(topic, &path)));

    el("div")
        .class("screen")
        .attr("data-question", question.id)
        .child(back_link(back))
        .child(
            el("p")
                .class("caption")
                .child(el("span").class("caption__topic").text(topic.title))
                .child(el("span").class("caption__progress").text(format!("Question {number} of {of}"))),
        )
        .child(answer_form(question, prefill, true, "Continue", on_answer))
        .children((!path.is_empty()).then(|| answers_summary(topic, &path)))
        .child(tree_link(topic))
        .into()
}
