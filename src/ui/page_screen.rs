//! Screens that are not a run of questions: the key check, the activation
//! planner and information pages, in one frame with a way back and the FAQ entry.

use leptos::prelude::*;

use super::markup::{el, render};
use super::nav::{use_nav, HEADING_ID};
use super::result_page::verdict_class;
use crate::rules::keys;
use crate::rules::model::{Value, Verdict};
use crate::rules::pages::{Page, PageKind};
use crate::rules::planner::{self, Step, Total, ACTIVATIONS, MAX_EVENTS};
use crate::rules::topics::activation::Event;
use crate::state::Screen;

#[component]
pub fn PageScreen(page: &'static Page) -> impl IntoView {
    let nav = use_nav();
    let back = nav.location.with_untracked(|l| l.with_screen(Screen::Start));
    let body = match page.kind {
        PageKind::KeyCheck => view! { <KeyCheck/> }.into_any(),
        PageKind::ActivationPlanner => view! { <ActivationPlanner/> }.into_any(),
        PageKind::Info(paragraphs) => {
            paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view().into_any()
        }
    };
    view! {
        <div class="screen" data-page=page.id>
            {render(el("a").class("back-link").text("Back").to(back))}
            <p class="caption">{page.title}</p>
            <h1 id=HEADING_ID tabindex="-1">{page.asks}</h1>
            {body}
            <h2>"FAQ entry"</h2>
            <p class="result__faq">
                {page.faq.section.title()} " › " <q>{page.faq.question}</q>
            </p>
        </div>
    }
}

/// Checks a key's format as it is typed. There is no form, so nothing is
/// submitted, and the text lives only in this component's signal: never in
/// the URL, history or storage.
#[component]
fn KeyCheck() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let format = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| keys::check(t))));
    let result = move || {
        format.get().map(|f| {
            let (class, verdict) = match f {
                keys::KeyFormat::Valid => (verdict_class(Verdict::Eligible), "Format is valid"),
                keys::KeyFormat::Invalid(_) => (verdict_class(Verdict::NotEligible), "Format is not valid"),
            };
            view! {
                <div id="result" class="key-result" data-topic="keys" data-key-format=f.id()>
                    <p class=class>{verdict}</p>
                    <p>{f.explain()}</p>
                </div>
            }
        })
    };
    view! {
        <div class="field">
            <label class="field__label" for="product-key">"Product key or token"</label>
            <p class="hint" id="product-key-hint">
                "25 letters or digits, with or without hyphens. It is checked on this device only: "
                "it is not saved, not put in the address bar and not sent anywhere."
            </p>
            <input
                class="input input--key"
                id="product-key"
                name="product-key"
                type="text"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                maxlength="200"
                aria-describedby="product-key-hint"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
        </div>
        <div aria-live="polite">{result}</div>
        <h2>"Product key or token?"</h2>
        <p>
            "Both are written the same way, so the format cannot tell them apart; what you use it for does. "
            "A product key is entered when you install or activate software. "
            "A token is redeemed to get cloud services."
        </p>
    }
}

fn step_text(step: Step) -> String {
    match (step.consumes, step.short) {
        (true, true) => "Needs one, none left: activation fails".to_owned(),
        (true, false) => format!("Uses one, {} left", step.left),
        (false, _) => format!("Uses none, {} left", step.left),
    }
}

fn total_text(total: Total) -> String {
    let mut text = format!("{} used, {} left", total.consumed, total.left);
    if total.short_by > 0 {
        text.push_str(&format!("; {} more needed", total.short_by));
    }
    text
}

/// A run of installs counted against one key, for both memberships side by side.
#[component]
fn ActivationPlanner() -> impl IntoView {
    use crate::rules::model::Choice;
    let count_text = RwSignal::new(String::new());
    let events = RwSignal::new(Vec::<Event>::new());
    let activations = Memo::new(move |_| count_text.with(|t| Value::parse(&ACTIVATIONS.0, t.trim()).ok()));
    let count_error = move || {
        count_text.with(|t| {
            (!t.trim().is_empty() && activations.get().is_none())
                .then_some("Enter a whole number of 0 or more, using digits only.")
        })
    };

    let add_buttons = Event::ALL
        .iter()
        .zip(Event::OPTIONS)
        .map(|(&event, option)| {
            view! {
                <button
                    type="button"
                    class="button button--secondary button--small"
                    data-event=option.id
                    disabled=move || events.with(|e| e.len() >= MAX_EVENTS)
                    on:click=move |_| events.update(|e| if e.len() < MAX_EVENTS { e.push(event) })
                >
                    {option.label}
                </button>
            }
        })
        .collect_view();

    let table = move || {
        let Some(Value::Number(count)) = activations.get() else {
            return view! { <p class="hint">"Enter the number of activations to see the count."</p> }
                .into_any();
        };
        let list = events.get();
        if list.is_empty() {
            return view! { <p class="hint">"Add the installs you plan, in order."</p> }.into_any();
        }
        let plan = planner::plan(count, &list);
        let rows = plan
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let label = Event::OPTIONS
                    .iter()
                    .zip(Event::ALL)
                    .find(|(_, e)| **e == row.event)
                    .map_or("", |(o, _)| o.label);
                view! {
                    <tr>
                        <th scope="row">{i + 1} ". " {label}</th>
                        <td class:short=row.action_pack.short>{step_text(row.action_pack)}</td>
                        <td class:short=row.competency.short>{step_text(row.competency)}</td>
                        <td>
                            <button type="button" class="link-button" on:click=move |_| events.update(|e| {
                                if i < e.len() {
                                    e.remove(i);
                                }
                            })>
                                "Remove" <span class="visually-hidden">" install " {i + 1}</span>
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="plan" id="plan">
                    <caption>"Activations used and left, install by install"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Install"</th>
                            <th scope="col">"Action Pack key"</th>
                            <th scope="col">"Competency key"</th>
                            <th scope="col"><span class="visually-hidden">"Remove"</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">"In total"</th>
                            <td data-total="action-pack">{total_text(plan.action_pack)}</td>
                            <td data-total="competency">{total_text(plan.competency)}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        }
        .into_any()
    };

    view! {
        <div class="field">
            <label class="field__label" for="activations">{ACTIVATIONS.0.prompt}</label>
            {ACTIVATIONS.0.hint.map(|h| view! { <p class="hint" id="activations-hint">{h}</p> })}
            {move || count_error().map(|m| view! {
                <p class="error-message" id="activations-error">
                    <span class="visually-hidden">"Error: "</span>{m}
                </p>
            })}
            <input
                class="input input--number"
                id="activations"
                name="activations"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby="activations-hint"
                aria-invalid=move || count_error().map(|_| "true")
                prop:value=move || count_text.get()
                on:input=move |ev| count_text.set(event_target_value(&ev))
            />
        </div>
        <fieldset class="fieldset">
            <legend class="fieldset__legend question__title--small">"Add an install"</legend>
            <div class="button-row">{add_buttons}</div>
        </fieldset>
        <div aria-live="polite">{table}</div>
        <p>
            <button type="button" class="button button--secondary" on:click=move |_| events.set(Vec::new())>
                "Clear the installs"
            </button>
        </p>
        <div class="advice">
            <h2>"Lab and demonstration computers"</h2>
            <p>
                "Computers for learning, development labs and demonstrations are reimaged often. Don't "
                "activate them: run them on the initial grace period and use rearm to extend it, so they "
                "use none of your activations. The Partner Volume Activation Guide has the details."
            </p>
        </div>
    }
}
