use leptos::prelude::*;

use super::answer_form::AnswerForm;
use super::answers_summary::AnswersSummary;
use super::markup::{el, render};
use super::nav::{back_from, use_nav};
use super::tree_page::tree_link;
use crate::rules::model::{Answers, Question, Value};
use crate::rules::topics::questions_left;
use crate::rules::Topic;

/// One question of a topic, with Continue and Back.
#[component]
pub fn QuestionPage(
    topic: &'static Topic,
    question: &'static Question,
    /// The questions answered to get here.
    path: Vec<(&'static Question, Value)>,
) -> impl IntoView {
    let nav = use_nav();
    let before: Answers = path.iter().copied().collect();
    let number = path.len() + 1;
    let of =
        path.len() + nav.location.with_untracked(|l| questions_left(topic, &before, &l.context(nav.today)));
    let on_answer = Callback::new(move |value: Value| nav.answer(topic, &before, question, value));
    let summary = (!path.is_empty()).then(|| view! { <AnswersSummary topic path=path.clone()/> });

    // Back undoes the last answer; from the first question it leads to the topics.
    let back = nav.location.with_untracked(|l| l.with_screen(back_from(topic, &path)));

    view! {
        <div class="screen" data-question=question.id>
            {render(el("a").class("back-link").text("Back").to(back))}
            <p class="caption">
                <span class="caption__topic">{topic.title}</span>
                <span class="caption__progress">"Question " {number} " of " {of}</span>
            </p>
            <AnswerForm
                question
                prefill=nav.prefill(topic, question)
                is_page_heading=true
                button="Continue"
                on_answer
            />
            {summary}
            {tree_link(topic)}
        </div>
    }
}
