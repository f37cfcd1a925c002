//! One question as a form: radio buttons in a fieldset, or a labelled input
//! for a date or a number. Used for the steps and for a result's follow-up.

use leptos::prelude::*;

use crate::rules::model::{Input, Question, Value, ValueError};

/// Why what was entered is not an answer, said so the user can fix it.
fn problem(question: &Question, text: &str) -> Option<String> {
    let error = Value::parse(question, text).err()?;
    Some(match (&question.input, error) {
        (Input::Choice(_), _) => "Select one of the answers.".to_owned(),
        (Input::Date, _) if text.trim().is_empty() => "Enter a date, for example 2025-03-31.".to_owned(),
        (_, ValueError::Date(e)) => format!("The date {}.", e.explain()),
        (_, ValueError::TooLarge) => "That number is too large.".to_owned(),
        (_, _) => "Enter a whole number of 0 or more, using digits only.".to_owned(),
    })
}

#[component]
pub fn AnswerForm(
    question: &'static Question,
    /// The answer to show as already chosen or typed.
    prefill: Option<Value>,
    /// Whether the question is the screen's main heading (a step) or a part of it.
    is_page_heading: bool,
    button: &'static str,
    on_answer: Callback<Value>,
) -> impl IntoView {
    // What the user has chosen or typed; kept when it is rejected, so nothing is lost.
    let text = RwSignal::new(prefill.map(Value::to_query).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{}-error", question.id);
    let hint_id = format!("{}-hint", question.id);

    // The control the error summary's link leads to.
    let field_id = match &question.input {
        Input::Choice(options) => {
            options.first().map_or(String::new(), |o| format!("{}-{}", question.id, o.id))
        }
        Input::Date | Input::Number => format!("{}-input", question.id),
    };
    let summary_id = format!("{}-error-summary", question.id);

    let submit = {
        let summary_id = summary_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let entered = text.get_untracked();
            match Value::parse(question, entered.trim()) {
                Ok(value) => {
                    error.set(None);
                    on_answer.run(value);
                }
                Err(_) => {
                    error.set(problem(question, &entered));
                    focus_by_id(summary_id.clone());
                }
            }
        }
    };
    let error_summary = move || {
        error.get().map(|message| {
            let target = field_id.clone();
            view! {
                <div class="error-summary" id=summary_id.clone() role="alert" tabindex="-1">
                    <h2 class="error-summary__title">"There is a problem"</h2>
                    <ul class="error-summary__list">
                        <li>
                            // Not a plain #fragment: a hash change would count as a navigation.
                            <a href=format!("#{target}") on:click=move |ev| {
                                ev.prevent_default();
                                focus_by_id(target.clone());
                            }>{message}</a>
                        </li>
                    </ul>
                </div>
            }
        })
    };

    let heading = move || {
        if is_page_heading {
            view! { <h1 class="question__title" id=super::nav::HEADING_ID tabindex="-1">{question.prompt}</h1> }
                .into_any()
        } else {
            view! { <span class="question__title question__title--small">{question.prompt}</span> }.into_any()
        }
    };
    let hint = question.hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> });
    let described_by = {
        let error_id = error_id.clone();
        let hint_id = question.hint.map(|_| hint_id.clone());
        move || {
            let mut ids: Vec<String> = hint_id.iter().cloned().collect();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let error_message = {
        let error_id = error_id.clone();
        move || {
            error.get().map(|message| {
                view! {
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">"Error: "</span>
                        {message}
                    </p>
                }
            })
        }
    };

    let field = match &question.input {
        Input::Choice(options) => {
            let radios = options
                .iter()
                .map(|option| {
                    let id = format!("{}-{}", question.id, option.id);
                    let option_hint_id = format!("{id}-hint");
                    view! {
                        <div class="radio">
                            <input
                                type="radio"
                                class="radio__input"
                                id=id.clone()
                                name=question.id
                                value=option.id
                                prop:checked=move || text.with(|t| t == option.id)
                                aria-describedby=option.hint.map(|_| option_hint_id.clone())
                                on:change=move |_| text.set(option.id.to_owned())
                            />
                            <label class="radio__label" for=id>{option.label}</label>
                            {option.hint.map(|h| view! { <p class="hint radio__hint" id=option_hint_id.clone()>{h}</p> })}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend">{heading}</legend>
                    {hint}
                    {error_message}
                    <div class="radios">{radios}</div>
                </fieldset>
            }
            .into_any()
        }
        Input::Date | Input::Number => {
            let input_id = format!("{}-input", question.id);
            let is_date = matches!(question.input, Input::Date);
            view! {
                <div class="field">
                    <label class="field__label" for=input_id.clone()>{heading}</label>
                    {hint}
                    {error_message}
                    <input
                        class="input"
                        class:input--number=!is_date
                        id=input_id
                        name=question.id
                        type=if is_date { "date" } else { "text" }
                        inputmode=(!is_date).then_some("numeric")
                        min=is_date.then_some("1900-01-01")
                        max=is_date.then_some("2199-12-31")
                        autocomplete="off"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=described_by
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    />
                </div>
            }
            .into_any()
        }
    };

    view! {
        <form class="question" class:question--error=move || error.with(Option::is_some) on:submit=submit novalidate>
            {error_summary}
            {field}
            <button type="submit" class="button">{button}</button>
        </form>
    }
}

/// Focuses an element once the current render is on the page.
fn focus_by_id(id: String) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(el) =
            document().get_element_by_id(&id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
