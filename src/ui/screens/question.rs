//! One question of a topic.

use crate::ui::nav::rooms::use_memory;
use crate::ui::reactive::*;
use licensing_rules::contract::attr;
use licensing_rules::model::{Answers, Question, Topic, Value};
use licensing_rules::visit::SetDay;

use crate::ui::markup::{el, Markup};
use crate::ui::nav::links::back_from;
use crate::ui::nav::rooms::use_nav;
use crate::ui::parts::answer_form::answer_form;
use crate::ui::parts::answers_summary::answers_summary;
use crate::ui::parts::common::{as_of_note, back_link, tree_link};

/// One question of a topic, with Continue and Back; `path`: the questions
/// answered to get here; `later`: answers a link gave to questions still to
/// come, kept for their turn; "Question `number` of up to `of`" (the most
/// still to come: a count that never overstates).
pub fn question(
    topic: &'static Topic,
    question: &'static Question,
    path: Vec<(&'static Question, Value)>,
    later: Vec<(&'static Question, Value)>,
    (number, of): (usize, usize),
    set_day: Option<SetDay>,
) -> Markup {
    let nav = use_nav();
    let before = Answers::of_both(&path, &later);
    let prefill = use_memory().prefill(topic, question);
    let on_answer = Callback::new(move |value: Value| nav.answer(topic, &before, question, value));

    // Back undoes the last answer; from the first question it leads to the topics.
    let back = nav.at(back_from(topic, &path, &later));

    el("div")
        .class("screen")
        .attr(attr::TOPIC, topic.id)
        .attr(attr::QUESTION, question.id)
        .child(back_link(back))
        .child(
            el("p").class("caption").child(el("span").class("caption__topic").text(topic.title)).child(
                el("span").class("caption__progress").text(format!("Question {number} of up to {of}")),
            ),
        )
        .child(as_of_note(set_day))
        .child(answer_form(question, prefill, true, "Continue", on_answer))
        .children((!path.is_empty()).then(|| answers_summary(topic, &path)))
        .child(tree_link(topic))
        .into()
}
