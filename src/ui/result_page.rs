use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;

use super::answer_form::AnswerForm;
use super::nav::{plain_click, use_nav, HEADING_ID};
use crate::rules::model::{Answers, Outcome, Question, Value, Verdict};
use crate::rules::Topic;
use crate::state::Screen;

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Eligible => "verdict verdict--eligible",
        Verdict::NotEligible => "verdict verdict--not-eligible",
        Verdict::Conditional => "verdict verdict--conditional",
    }
}

/// The outcome: verdict, why, the FAQ entry, what to do next, the answers.
#[component]
pub fn ResultPage(
    topic: &'static Topic,
    outcome: Outcome,
    path: Vec<(&'static Question, Value)>,
) -> impl IntoView {
    let nav = use_nav();
    let def = outcome.def;

    // The contract's topic-specific attributes: fixed by the outcome
    // (data-consumes) or computed from the answers (data-upgrade-deadline, …).
    let fixed = def.attributes.iter().map(|&(name, value)| (name, value.to_owned()));
    let computed = outcome.details.iter().flat_map(|d| d.attributes());
    let extra: Vec<AnyAttribute> =
        fixed.chain(computed).map(|(name, value)| custom_attribute(name, value).into_any_attr()).collect();
    let details =
        outcome.details.iter().map(|d| view! { <p class="result__detail">{d.sentence()}</p> }).collect_view();

    let location_with = move |answers: Answers| {
        nav.location.with_untracked(|l| l.with_screen(Screen::Topic { topic, answers }))
    };

    let follow_up = outcome.follow_up.map(|question| {
        let answered = path.clone();
        let prefill = path.iter().find(|(q, _)| *q == question).map(|(_, v)| *v);
        let on_answer = Callback::new(move |value: Value| {
            let mut answers: Answers = answered.iter().copied().collect();
            answers.set(question, value);
            nav.go(location_with(answers));
        });
        view! {
            <section class="result__follow-up">
                <AnswerForm question prefill is_page_heading=false button="Show my deadline" on_answer/>
            </section>
        }
    });

    let answers_list = path
        .iter()
        .map(|(q, v)| {
            view! {
                <div class="summary__row">
                    <dt class="summary__key">{q.prompt}</dt>
                    <dd class="summary__value">{v.describe(q)}</dd>
                </div>
            }
        })
        .collect_view();

    // Back undoes the last answer given.
    let back = location_with(
        path.split_last().map(|(_, before)| before.iter().copied().collect()).unwrap_or_default(),
    );
    let back_href = nav.href(&back);

    view! {
        <div class="screen">
            <a class="back-link" href=back_href on:click=move |ev| {
                if plain_click(&ev) {
                    ev.prevent_default();
                    nav.go(back.clone());
                }
            }>"Back"</a>
            <section
                id="result"
                class="result"
                data-topic=topic.id
                data-verdict=def.verdict.id()
                data-outcome=def.id
                aria-labelledby={HEADING_ID}
                {..extra}
            >
                <p class="caption">{topic.title} ": " {topic.asks}</p>
                <p class=verdict_class(def.verdict)>{def.verdict.label()}</p>
                <h1 id=HEADING_ID tabindex="-1" class="result__headline">{def.headline}</h1>
                {details}
                <h2>"Why"</h2>
                <ul class="list">{def.reasons.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}</ul>
                {def.decided_by.map(|doc| view! {
                    <p class="result__decider"><strong>"What decides: "</strong>{doc}"."</p>
                })}
                <h2>"FAQ entry"</h2>
                <p class="result__faq">
                    <span class="result__faq-section">{def.faq.section.title()}</span>
                    " › "
                    <q>{def.faq.question}</q>
                </p>
                <h2>"What to do next"</h2>
                <ul class="list">{def.next_steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
            </section>
            {follow_up}
            <section class="summary">
                <h2>"Your answers"</h2>
                <dl class="summary__list">{answers_list}</dl>
            </section>
            <p>
                <button type="button" class="button button--secondary" on:click=move |_| nav.start_again()>
                    "Start again"
                </button>
            </p>
        </div>
    }
}
