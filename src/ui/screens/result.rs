//! A topic's outcome.

use leptos::prelude::*;
use licensing_rules::model::{Answers, Outcome, Question, Topic, Value};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use crate::ui::markup::{dynamic, el, Markup, Text};
use crate::ui::nav::{back_from, use_nav, HEADING_ID};
use crate::ui::parts::answer_form::answer_form;
use crate::ui::parts::answers_summary::answers_summary;
use crate::ui::parts::common::{back_link, citation, heading, tree_link, verdict_class};
/// The outcome: verdict, why, the FAQ entry, what to do next, the answers.
pub fn result(topic: &'static Topic, outcome: Outcome, path: Vec<(&'static Question, Value)>) -> Markup {
    let nav = use_nav();
    let def = outcome.def;

    // The contract's topic-specific attributes: fixed by the outcome
    // (data-consumes) or computed from the answers (data-upgrade-deadline, …).
    let fixed = def.attributes.iter().map(|&(name, value)| (name, Text::Borrowed(value)));
    let computed = outcome.details.iter().flat_map(|d| d.attributes()).map(|(n, v)| (n, Text::Owned(v)));
    let mut section = el("section")
        .attr("id", "result")
        .class("result")
        .attr("data-topic", topic.id)
        .attr("data-verdict", def.verdict.id())
        .attr("data-outcome", def.id)
        .attr("aria-labelledby", HEADING_ID);
    for (name, value) in fixed.chain(computed) {
        section = section.attr(name, value);
    }
    let list = |items: &'static [&'static str]| {
        el("ul").class("list").children(items.iter().map(|i| el("li").text(*i).into()))
    };
    let section = section
        .child(el("p").class("caption").text(topic.title).text(": ").text(topic.asks))
        .child(el("p").class(verdict_class(def.verdict)).text(def.verdict.label()))
        .child(heading(def.headline).class("result__headline"))
        .children(outcome.details.iter().map(|d| el("p").class("result__detail").text(d.sentence()).into()))
        .child(el("h2").text("Why"))
        .child(list(def.reasons))
        .child(def.decided_by.map(|doc| {
            el("p").class("result__decider").child(el("strong").text("What decides: ")).text(doc).text(".")
        }))
        .child(el("h2").text("FAQ entry"))
        .child(citation(def.faq))
        .child(el("h2").text("What to do next"))
        .child(list(def.next_steps));

    let follow_up = outcome.follow_up.map(|question| {
        // The follow-up refines this result: the answers before it stay as they are.
        let before: Answers = path.iter().copied().filter(|(q, _)| *q != question).collect();
        let prefill = path.iter().find(|(q, _)| *q == question).map(|(_, v)| *v);
        let on_answer = Callback::new(move |value: Value| nav.answer(topic, &before, question, value));
        el("section").class("result__follow-up").child(answer_form(
            question,
            prefill,
            false,
            "Show my deadline",
            on_answer,
        ))
    });

    // Back undoes the last answer given.
    let back = nav.location.with_untracked(|l| l.with_screen(back_from(topic, &path)));

    el("div")
        .class("screen")
        .child(back_link(back))
        .child(section)
        .child(follow_up)
        .child(answers_summary(topic, &path))
        .child(share())
        .child(tree_link(topic))
        .child(
            el("p").class("actions").child(
                el("button")
                    .attr("type", "button")
                    .class("button button--secondary")
                    .on_click(move |_| nav.start_again())
                    .text("Start again"),
            ),
        )
        .into()
}

/// Copy the link to this result (the contract URL), or print it.
fn share() -> Markup {
    // How the last Copy went; both false until the first. Set together, so
    // never both true. (Two bool signals rather than one Option<bool>: each
    // signal value type costs about 0.8 KB gzip of code.)
    let copied = RwSignal::new(false);
    let copy_failed = RwSignal::new(false);
    let url = window().location().href().unwrap_or_default();
    let copy = {
        let url = url.clone();
        move |_: &web_sys::MouseEvent| {
            copy_to_clipboard(&url, move |ok| {
                copied.set(ok);
                copy_failed.set(!ok);
            })
        }
    };
    let status = dynamic(move || match (copied.get(), copy_failed.get()) {
        (true, _) => el("span").text("Link copied.").into(),
        (false, true) => Markup::List(vec![
            el("label").attr("for", "share-url").text("Copy this link: ").into(),
            el("input")
                .attr("id", "share-url")
                .class("input input--url")
                .attr("readonly", "")
                .attr("value", url.clone())
                .into(),
        ]),
        (false, false) => Markup::List(Vec::new()),
    });
    let button = |label: &'static str| {
        el("button").attr("type", "button").class("button button--secondary").text(label)
    };
    el("section")
        .class("share")
        .attr("aria-label", "Share or print")
        .child(el("p").class("button-row").child(button("Copy link to this result").on_click(copy)).child(
            button("Print").on_click(|_| {
                let _ = window().print();
            }),
        ))
        .child(el("p").attr("aria-live", "polite").class("share__status").child(status))
        .into()
}

/// Writes `text` to the clipboard where the browser allows it, then tells
/// `done` whether it did (no Clipboard API outside secure contexts, or
/// permission refused). A promise callback rather than a future: no task
/// machinery for one click.
fn copy_to_clipboard(text: &str, done: impl Fn(bool) + 'static) {
    let navigator = window().navigator();
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !available {
        return done(false);
    }
    let done = std::rc::Rc::new(done);
    let report = |ok: bool| {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| done(ok))
    };
    let (resolved, rejected) = (report(true), report(false));
    let _ = navigator.clipboard().write_text(text).then2(&resolved, &rejected);
    // The promise calls one of them later: they must outlive this call (a
    // few bytes per click, left to the page).
    resolved.forget();
    rejected.forget();
}
