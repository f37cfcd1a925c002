//! Screens that are not a run of questions: the key check, the activation
//! planner and information pages, in one frame with a way back and the FAQ entry.

use leptos::prelude::*;

use super::answer_form::error_message;
use super::local::Local;
use super::markup::{dynamic, el, Markup};
use super::nav::{use_nav, HEADING_ID};
use super::result_page::verdict_class;
use crate::rules::keys;
use crate::rules::model::{Value, Verdict};
use crate::rules::pages::{Page, PageKind};
use crate::rules::planner::{self, Step, Total, ACTIVATIONS, MAX_EVENTS};
use crate::rules::topics::activation::Event;
use crate::state::Screen;

pub fn page_screen(page: &'static Page) -> Markup {
    let nav = use_nav();
    let back = nav.location.with_untracked(|l| l.with_screen(Screen::Start));
    let body = match page.kind {
        PageKind::KeyCheck => key_check(),
        PageKind::ActivationPlanner => activation_planner(),
        PageKind::Info(paragraphs) => {
            Markup::List(paragraphs.iter().map(|p| el("p").text(*p).into()).collect())
        }
    };
    el("div")
        .class("screen")
        .attr("data-page", page.id)
        .child(el("a").class("back-link").text("Back").to(back))
        .child(el("p").class("caption").text(page.title))
        .child(el("h1").attr("id", HEADING_ID).attr("tabindex", "-1").text(page.asks))
        .child(body)
        .child(el("h2").text("FAQ entry"))
        .child(
            el("p")
                .class("result__faq")
                .text(page.faq.section.title())
                .text(" › ")
                .child(el("q").text(page.faq.question)),
        )
        .into()
}

/// Checks a key's format as it is typed. There is no form, so nothing is
/// submitted, and the text is kept nowhere (only its format, in this
/// screen's own state): never in the URL, history or storage.
fn key_check() -> Markup {
    let format = Local::new(None::<keys::KeyFormat>);
    let shown = format.clone();
    let result = dynamic(move || {
        shown
            .get()
            .map(|f| {
                let (class, verdict) = match f {
                    keys::KeyFormat::Valid => (verdict_class(Verdict::Eligible), "Format is valid"),
                    keys::KeyFormat::Invalid(_) => {
                        (verdict_class(Verdict::NotEligible), "Format is not valid")
                    }
                };
                el("div")
                    .attr("id", "result")
                    .class("key-result")
                    .attr("data-topic", "keys")
                    .attr("data-key-format", f.id())
                    .child(el("p").class(class).text(verdict))
                    .child(el("p").text(f.explain()))
            })
            .into()
    });
    Markup::List(vec![
        el("div")
            .class("field")
            .child(el("label").class("field__label").attr("for", "product-key").text("Product key or token"))
            .child(el("p").class("hint").attr("id", "product-key-hint").text(
                "25 letters or digits, with or without hyphens. It is checked on this device only: \
                 it is not saved, not put in the address bar and not sent anywhere.",
            ))
            .child(
                el("input")
                    .class("input input--key")
                    .attr("id", "product-key")
                    .attr("name", "product-key")
                    .attr("type", "text")
                    .attr("autocomplete", "off")
                    .attr("autocapitalize", "characters")
                    .attr("spellcheck", "false")
                    .attr("maxlength", "200")
                    .attr("aria-describedby", "product-key-hint")
                    .on("input", move |ev| {
                        let text = event_target_value(&ev);
                        format.set_if_changed((!text.trim().is_empty()).then(|| keys::check(&text)));
                    }),
            )
            .into(),
        el("div").attr("aria-live", "polite").child(result).into(),
        el("h2").text("Product key or token?").into(),
        el("p")
            .text(
                "Both are written the same way, so the format cannot tell them apart; what you use it for does. \
                 A product key is entered when you install or activate software. \
                 A token is redeemed to get cloud services.",
            )
            .into(),
    ])
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
fn activation_planner() -> Markup {
    use crate::rules::model::Choice;
    let count_text = Local::new(String::new());
    let events = Local::new(Vec::<Event>::new());
    // Set with the text, but only when the number changes: the table below
    // is a live region, and is not rebuilt for a keystroke that changes nothing.
    let activations = Local::new(None::<Value>);
    let count_error = {
        let (count_text, activations) = (count_text.clone(), activations.clone());
        move || {
            count_text.with(|t| {
                (!t.trim().is_empty() && activations.with(Option::is_none))
                    .then_some("Enter a whole number of 0 or more, using digits only.")
            })
        }
    };

    let add_buttons = Event::ALL.iter().zip(Event::OPTIONS).map(|(&event, option)| {
        let (full, events) = (events.clone(), events.clone());
        el("button")
            .attr("type", "button")
            .class("button button--secondary button--small")
            .attr("data-event", option.id)
            .attr_live("disabled", move || full.with(|e| e.len() >= MAX_EVENTS).then(String::new))
            .on("click", move |_| {
                events.update(|e| {
                    if e.len() < MAX_EVENTS {
                        e.push(event)
                    }
                })
            })
            .text(option.label)
            .into()
    });

    let table = dynamic({
        let (events, activations) = (events.clone(), activations.clone());
        move || plan_table(&events, &activations)
    });
    let error = dynamic({
        let count_error = count_error.clone();
        move || count_error().map(|m| error_message("activations-error", m)).into()
    });
    Markup::List(vec![
        el("div")
            .class("field")
            .child(el("label").class("field__label").attr("for", "activations").text(ACTIVATIONS.0.prompt))
            .child(ACTIVATIONS.0.hint.map(|h| el("p").class("hint").attr("id", "activations-hint").text(h)))
            .child(error)
            .child(
                el("input")
                    .class("input input--number")
                    .attr("id", "activations")
                    .attr("name", "activations")
                    .attr("type", "text")
                    .attr("inputmode", "numeric")
                    .attr("autocomplete", "off")
                    .attr("aria-describedby", "activations-hint")
                    .attr_live("aria-invalid", move || count_error().map(|_| "true".to_owned()))
                    .on("input", move |ev| {
                        let text = event_target_value(&ev);
                        activations.set_if_changed(Value::parse(&ACTIVATIONS.0, text.trim()).ok());
                        count_text.set(text);
                    }),
            )
            .into(),
        el("fieldset")
            .class("fieldset")
            .child(el("legend").class("fieldset__legend question__title--small").text("Add an install"))
            .child(el("div").class("button-row").children(add_buttons))
            .into(),
        el("div").attr("aria-live", "polite").child(table).into(),
        el("p")
            .child(
                el("button")
                    .attr("type", "button")
                    .class("button button--secondary")
                    .on("click", move |_| events.set(Vec::new()))
                    .text("Clear the installs"),
            )
            .into(),
        el("div")
            .class("advice")
            .child(el("h2").text("Lab and demonstration computers"))
            .child(el("p").text(
                "Computers for learning, development labs and demonstrations are reimaged often. Don't \
                 activate them: run them on the initial grace period and use rearm to extend it, so they \
                 use none of your activations. The Partner Volume Activation Guide has the details.",
            ))
            .into(),
    ])
}

/// The plan for the entered count and installs, or what is missing for one.
fn plan_table(events: &Local<Vec<Event>>, activations: &Local<Option<Value>>) -> Markup {
    use crate::rules::model::Choice;
    let Some(Value::Number(count)) = activations.get() else {
        return el("p").class("hint").text("Enter the number of activations to see the count.").into();
    };
    let list = events.get();
    if list.is_empty() {
        return el("p").class("hint").text("Add the installs you plan, in order.").into();
    }
    let plan = planner::plan(count, &list);
    let step = |s: Step| el("td").attr_if("class", s.short.then_some("short")).text(step_text(s));
    let rows = plan.rows.iter().enumerate().map(|(i, row)| {
        let events = events.clone();
        let label = Event::OPTIONS
            .iter()
            .zip(Event::ALL)
            .find(|(_, e)| **e == row.event)
            .map_or("", |(o, _)| o.label);
        el("tr")
            .child(el("th").attr("scope", "row").text((i + 1).to_string()).text(". ").text(label))
            .child(step(row.action_pack))
            .child(step(row.competency))
            .child(
                el("td").child(
                    el("button")
                        .attr("type", "button")
                        .class("link-button")
                        .on("click", move |_| {
                            events.update(|e| {
                                if i < e.len() {
                                    e.remove(i);
                                }
                            })
                        })
                        .text("Remove")
                        .child(el("span").class("visually-hidden").text(format!(" install {}", i + 1))),
                ),
            )
            .into()
    });
    let col = |text: &'static str| el("th").attr("scope", "col").text(text);
    let total = |which: &'static str, t: Total| el("td").attr("data-total", which).text(total_text(t));
    el("div")
        .class("table-wrap")
        .child(
            el("table")
                .class("plan")
                .attr("id", "plan")
                .child(el("caption").text("Activations used and left, install by install"))
                .child(
                    el("thead").child(
                        el("tr")
                            .child(col("Install"))
                            .child(col("Action Pack key"))
                            .child(col("Competency key"))
                            .child(
                                el("th")
                                    .attr("scope", "col")
                                    .child(el("span").class("visually-hidden").text("Remove")),
                            ),
                    ),
                )
                .child(el("tbody").children(rows))
                .child(
                    el("tfoot").child(
                        el("tr")
                            .child(el("th").attr("scope", "row").text("In total"))
                            .child(total("action-pack", plan.action_pack))
                            .child(total("competency", plan.competency))
                            .child(el("td")),
                    ),
                ),
        )
        .into()
}
