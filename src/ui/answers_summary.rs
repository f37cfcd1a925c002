//! "Your answers", with a Change link on each: it returns to that question
//! with the answer chosen; answering it again keeps every later answer that
//! still applies (see `Nav::answer`).

use leptos::prelude::*;

use super::nav::{use_nav, NavLink};
use crate::rules::model::{Question, Value};
use crate::rules::Topic;
use crate::state::Screen;

#[component]
pub fn AnswersSummary(topic: &'static Topic, path: Vec<(&'static Question, Value)>) -> impl IntoView {
    let nav = use_nav();
    let rows = path
        .iter()
        .copied()
        .enumerate()
        .map(|(i, (question, value))| {
            let before = path.get(..i).unwrap_or_default().iter().copied().collect();
            let to = nav.location.with_untracked(|l| l.with_screen(Screen::Topic { topic, answers: before }));
            view! {
                <div class="summary__row" data-answer=question.id>
                    <dt class="summary__key">{question.prompt}</dt>
                    <dd class="summary__value">{value.describe(question)}</dd>
                    <dd class="summary__action">
                        <NavLink to change=true>
                            "Change"<span class="visually-hidden">" your answer to: " {question.prompt}</span>
                        </NavLink>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">"Your answers"</h2>
            <dl class="summary__list">{rows}</dl>
        </section>
    }
}
