use leptos::prelude::*;

use super::answer_form::AnswerForm;
use super::nav::{plain_click, use_nav};
use crate::rules::model::{Question, Value};
use crate::rules::Topic;
use crate::state::Screen;

/// One question of a topic, with Continue and Back.
#[component]
pub fn QuestionPage(
    topic: &'static Topic,
    question: &'static Question,
    /// The questions answered to get here.
    path: Vec<(&'static Question, Value)>,
) -> impl IntoView {
    let nav = use_nav();
    let answered = path.clone();
    let on_answer = Callback::new(move |value: Value| {
        let mut answers: crate::rules::model::Answers = answered.iter().copied().collect();
        answers.set(question, value);
        let to = nav.location.with_untracked(|l| l.with_screen(Screen::Topic { topic, answers }));
        nav.go(to);
    });

    // Back undoes the last answer; from the first question it leads to the topics.
    let back_screen = match path.split_last() {
        Some((_, before)) => Screen::Topic { topic, answers: before.iter().copied().collect() },
        None => Screen::Start,
    };
    let back = nav.location.with_untracked(|l| l.with_screen(back_screen));
    let back_href = nav.href(&back);

    view! {
        <div class="screen" data-question=question.id>
            <a class="back-link" href=back_href on:click=move |ev| {
                if plain_click(&ev) {
                    ev.prevent_default();
                    nav.go(back.clone());
                }
            }>"Back"</a>
            <p class="caption">{topic.title}</p>
            <AnswerForm
                question
                prefill=nav.prefill(topic, question)
                is_page_heading=true
                button="Continue"
                on_answer
            />
        </div>
    }
}
