//! One question as a form: radio buttons in a fieldset, or a labelled input
//! for a date or a number. Used for the steps and for a result's follow-up.

use crate::ui::reactive::*;

use licensing_rules::date::{DateError, MAX_YEAR, MIN_YEAR};
use licensing_rules::model::{Input, Question, Value, ValueError};
use licensing_rules::text::joined;

use crate::ui::markup::{dynamic, el, focus_after_render, Content, Element, Markup};
use crate::ui::parts::common::{statement, words};
use crate::ui::screen_state::Local;

/// Why what was entered is not an answer, said so the user can fix it.
fn problem(question: &Question, text: &str) -> Option<String> {
    let error = Value::parse(question, text).err()?;
    Some(match (&question.input, error) {
        (Input::Choice(_), _) => "Select one of the answers.".to_owned(),
        (Input::Date, _) if text.trim().is_empty() => "Enter a date, for example 2025-03-31.".to_owned(),
        (_, ValueError::Date(DateError::Format)) => {
            "Write the date as YYYY-MM-DD, for example 2025-03-31.".to_owned()
        }
        (_, ValueError::Date(DateError::NoSuchDay)) => {
            "That day is not in the calendar: check the month and the day.".to_owned()
        }
        (_, ValueError::Date(DateError::OutOfRange)) => {
            format!("Enter a date in the years {MIN_YEAR} to {MAX_YEAR}.")
        }
        (_, ValueError::TooLarge) => "That number is too large: enter at most 19 digits.".to_owned(),
        (_, _) => "Enter a whole number of 0 or more, using digits only.".to_owned(),
    })
}

/// `prefill`: the answer to show as already chosen or typed; `is_page_heading`:
/// whether the question is the screen's main heading (a step) or a part of it.
pub fn answer_form(
    question: &'static Question,
    prefill: Option<Value>,
    is_page_heading: bool,
    button: &'static str,
    on_answer: Callback<Value>,
) -> Markup {
    // What the user has chosen or typed; kept when it is rejected, so nothing is lost.
    let text = Local::new(prefill.map(Value::to_query).unwrap_or_default());
    let error = Local::new(None::<String>);
    let form = Form { question, is_page_heading, button, text, error, on_answer };
    // Built anew only when the error changes; what was entered is read back from `text`.
    dynamic(move || form.clone().markup(form.error.get()))
}

#[derive(Clone)]
struct Form {
    question: &'static Question,
    is_page_heading: bool,
    button: &'static str,
    text: Local<String>,
    error: Local<Option<String>>,
    on_answer: Callback<Value>,
}

impl Form {
    fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.question.id)
    }

    /// The control the error summary's link leads to.
    fn field_id(&self) -> String {
        match &self.question.input {
            Input::Choice(options) => options.first().map_or(String::new(), |o| self.id(o.id)),
            Input::Date | Input::Number => self.id("input"),
        }
    }

    fn submit(&self) {
        let entered = self.text.get_untracked();
        match Value::parse(self.question, entered.trim()) {
            Ok(value) => {
                self.error.set(None);
                self.on_answer.run(value);
            }
            Err(_) => {
                self.error.set(problem(self.question, &entered));
                focus_after_render(self.id("error-summary"));
            }
        }
    }

    fn markup(self, error: Option<String>) -> Markup {
        let question = self.question;
        let entered = self.text.get_untracked();
        let heading = if self.is_page_heading {
            el("h1").class("question__title").attr("id", crate::ui::nav::HEADING_ID).attr("tabindex", "-1")
        } else {
            el("span").class("question__title question__title--small")
        }
        .text(words(question.prompt));
        let hint = question.hint.map(|h| statement("p", &h).class("hint").attr("id", self.id("hint")));
        let mut described_by: Vec<String> = Vec::new();
        if question.hint.is_some() {
            described_by.push(self.id("hint"));
        }
        if error.is_some() {
            described_by.push(self.id("error"));
        }
        let described_by =
            (!described_by.is_empty()).then(|| joined(described_by.iter().map(String::as_str), " "));
        let error_message = error.as_ref().map(|message| error_message(self.id("error"), message.clone()));

        let field = match &question.input {
            Input::Choice(options) => {
                let radios = options.iter().map(|option| {
                    let id = self.id(option.id);
                    let option_hint_id = format!("{id}-hint");
                    let text = self.text.clone();
                    let mut input = el("input")
                        .attr("type", "radio")
                        .class("radio__input")
                        .attr("id", id.clone())
                        .attr("name", question.id)
                        .attr("value", option.id)
                        .attr_if("aria-describedby", option.hint.map(|_| option_hint_id.clone()))
                        .on_change(move || text.set(option.id.to_owned()));
                    if entered == option.id {
                        input = input.attr("checked", "");
                    }
                    el("div")
                        .class("radio")
                        .child(input)
                        .child(el("label").class("radio__label").attr("for", id).text(words(option.label)))
                        .child(
                            option.hint.map(|h| {
                                statement("p", &h).class("hint radio__hint").attr("id", option_hint_id)
                            }),
                        )
                        .into()
                });
                el("fieldset")
                    .class("fieldset")
                    .attr_if("aria-describedby", described_by)
                    .child(el("legend").class("fieldset__legend").child(heading))
                    .child(hint)
                    .child(error_message)
                    .child(el("div").class("radios").children(radios))
            }
            Input::Date | Input::Number => {
                let is_date = matches!(question.input, Input::Date);
                let text = self.text.clone();
                // Typed in one order for everyone, and said: a date picker
                // shows the browser's own (month first in the US).
                let order = is_date.then(|| {
                    el("p")
                        .class("hint")
                        .attr("id", self.id("order"))
                        .text("Year, month, day: for example 2026-03-10.")
                });
                let described_by = if is_date {
                    Some(described_by.map_or(self.id("order"), |ids| format!("{} {ids}", self.id("order"))))
                } else {
                    described_by
                };
                el("div")
                    .class("field")
                    .child(el("label").class("field__label").attr("for", self.id("input")).child(heading))
                    .child(hint)
                    .child(order)
                    .child(error_message)
                    .child(
                        el("input")
                            .class(if is_date { "input" } else { "input input--number" })
                            .attr("id", self.id("input"))
                            .attr("name", question.id)
                            .attr("type", "text")
                            .attr_if("inputmode", (!is_date).then_some("numeric"))
                            .attr("autocomplete", "off")
                            .attr_if("aria-invalid", error.is_some().then_some("true"))
                            .attr_if("aria-describedby", described_by)
                            .attr("value", entered.clone())
                            .on_input(move |typed| text.set(typed)),
                    )
            }
        };

        let error_summary = error.map(|message| {
            let target = self.field_id();
            el("div")
                .class("error-summary")
                .attr("id", self.id("error-summary"))
                .attr("role", "alert")
                .attr("tabindex", "-1")
                .child(el("h2").class("error-summary__title").text("There is a problem"))
                .child(el("ul").class("error-summary__list").child(
                    // Not a plain #fragment: a hash change would count as a navigation.
                    el("li").child(el("a").attr("href", format!("#{target}")).text(message).on_click(
                        move |click| {
                            click.prevent_default();
                            focus_after_render(target.clone());
                        },
                    )),
                ))
        });

        let button = el("button").attr("type", "submit").class("button").text(self.button);
        el("form")
            .class(if error_summary.is_some() { "question question--error" } else { "question" })
            .attr("novalidate", "")
            .on_submit(move || self.submit())
            .child(error_summary)
            .child(field)
            .child(button)
            .into()
    }
}

/// A field's error, next to it: `id` is what the field's aria-describedby names.
pub fn error_message(id: impl Into<Content>, message: impl Into<Content>) -> Element {
    el("p")
        .class("error-message")
        .attr("id", id)
        .child(el("span").class("visually-hidden").text("Error: "))
        .text(message)
}
