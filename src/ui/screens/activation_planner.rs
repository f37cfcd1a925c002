//! The activation planner: a run of installs counted against one key, for an
//! Action Pack and a competency key side by side.

use licensing_rules::contract::attr;
use licensing_rules::model::{Choice, Tool, Value};
use licensing_rules::tools::activation_planner::{
    self, Step, Total, ACTIVATIONS, COUNT_BASIS, LAB_COMPUTERS, MAX_EVENTS, REIMAGE_READING,
};
use licensing_rules::topics::activation::Event;

use crate::ui::markup::{dynamic, el, Markup};
use crate::ui::parts::answer_form::error_message;
use crate::ui::parts::common::{labelled, statement, tool_screen, words};
use crate::ui::screen_state::Local;

fn step_text(step: Step) -> String {
    match (step.consumes, step.short) {
        (true, true) => "Needs one; none left".to_owned(),
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
pub fn activation_planner(tool: &'static Tool) -> Markup {
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
            .attr(attr::EVENT, option.id)
            .attr_live("disabled", move || full.with(|e| e.len() >= MAX_EVENTS).then(String::new))
            .on_click(move |_| {
                events.update(|e| {
                    if e.len() < MAX_EVENTS {
                        e.push(event)
                    }
                })
            })
            .text(words(option.label))
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
    let body = Markup::List(vec![
        el("div")
            .class("field")
            .child(
                el("label")
                    .class("field__label")
                    .attr("for", "activations")
                    .text(words(ACTIVATIONS.0.prompt)),
            )
            .child(
                ACTIVATIONS.0.hint.map(|h| statement("p", &h).class("hint").attr("id", "activations-hint")),
            )
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
                    .on_input(move |text| {
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
                    .on_click(move |_| events.set(Vec::new()))
                    .text("Clear the installs"),
            )
            .into(),
        statement("p", &REIMAGE_READING).class("hint").into(),
        el("div")
            .class("advice")
            .child(el("h2").text("Lab and demonstration computers"))
            .children(LAB_COMPUTERS.iter().map(|s| statement("p", s).into()))
            .into(),
    ]);
    tool_screen(tool, body)
}

/// The plan for the entered count and installs, or what is missing for one.
fn plan_table(events: &Local<Vec<Event>>, activations: &Local<Option<Value>>) -> Markup {
    let Some(Value::Number(count)) = activations.get() else {
        return el("p").class("hint").text("Enter the number of activations to see the count.").into();
    };
    let list = events.get();
    if list.is_empty() {
        return el("p").class("hint").text("Add the installs you plan, in order.").into();
    }
    let plan = activation_planner::plan(count, &list);
    let step = |s: Step| el("td").attr_if("class", s.short.then_some("short")).text(step_text(s));
    let rows = plan.rows.iter().enumerate().map(|(i, row)| {
        let events = events.clone();
        let label = Event::OPTIONS
            .iter()
            .zip(Event::ALL)
            .find(|(_, e)| **e == row.event)
            .map_or("", |(o, _)| words(o.label));
        el("tr")
            .child(el("th").attr("scope", "row").text((i + 1).to_string()).text(". ").text(label))
            .child(step(row.action_pack))
            .child(step(row.competency))
            .child(
                el("td").child(
                    el("button")
                        .attr("type", "button")
                        .class("link-button")
                        .on_click(move |_| {
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
    let total = |which: &'static str, t: Total| el("td").attr(attr::TOTAL, which).text(total_text(t));
    el("div")
        .class("table-wrap")
        .child(
            el("table")
                .class("plan")
                .attr("id", "plan")
                .child(
                    labelled(el("caption"), COUNT_BASIS)
                        .text("Activations used and left, install by install"),
                )
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
