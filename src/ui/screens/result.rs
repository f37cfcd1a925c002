//! A topic's result: the verdict, why (each reason with the FAQ points it
//! rests on), the FAQ entry, what to do next. A link that settles the verdict
//! before every question is answered shows, for each outcome the open
//! questions could lead to, the answers that lead there.

use licensing_rules::visit::SetDay;
use std::cell::RefCell;

use licensing_rules::contract::{self, attr};
use licensing_rules::engine::{Branch, Conclusion};
use licensing_rules::faq::Point;
use licensing_rules::model::{Answers, Goto, Input, Outcome, Question, Topic, Value};
use licensing_rules::resources::{self, Resource};
use licensing_rules::state::Screen;
use licensing_rules::statement::{Statement, NOT_ASKED, SETTLED_HEADLINE};
use licensing_rules::text::joined;

use crate::ui::markup::{el, Element, Markup};
use crate::ui::nav::links::{back_from, Link};
use crate::ui::nav::rooms::use_nav;
use crate::ui::nav::{shareable_url, HEADING_ID};
use crate::ui::parts::answer_form::answer_form;
use crate::ui::parts::answers_summary::answers_summary;
use crate::ui::parts::common::{
    as_of_note, back_link, citation, heading, labelled, news_class, points, secondary_button, statement,
    tree_link, words,
};
use crate::ui::parts::record;
use crate::ui::parts::share::{checks_link, share};
use crate::ui::reactive::*;

/// The result `visit` shows, kept as the reader sees it (`crate::ui::kept`).
pub fn drawn(visit: &licensing_rules::visit::Visit) -> Markup {
    let licensing_rules::visit::View::Result { topic, conclusion, path } = &visit.view else {
        return Markup::List(Vec::new());
    };
    // In the browser only: the build writes screens natively, with no storage.
    #[cfg(target_arch = "wasm32")]
    crate::ui::kept::keep(visit);
    let reopened = record::reopening(visit);
    let url = shareable_url(&reopened);
    result(topic, conclusion, path.clone(), visit.set_day, record::record(visit, &reopened), url)
}

/// The result for `shown`: one outcome, or (a link that settles early) each
/// outcome the open questions could lead to, with the same verdict.
fn result(
    topic: &'static Topic,
    shown: &Conclusion,
    path: Vec<(&'static Question, Value)>,
    set_day: Option<SetDay>,
    record: Element,
    url: String,
) -> Markup {
    let nav = use_nav();
    let mut section = el("section")
        .attr("id", crate::ui::names::RESULT_ID)
        .class("result")
        .attr("aria-labelledby", HEADING_ID);
    let attributes =
        contract::result_attributes(topic.id, shown.verdict.id(), shown.outcome_ids(), shown.attributes());
    for (name, value) in attributes {
        section = section.attr(name, value);
    }
    // The badge answers the reader's own question (the start page's), in
    // words and in the colour of good or bad news for them.
    let (answer, news) = shown.answer();
    let Conclusion { branches, open, .. } = shown;
    let faq = branches.first().map(|b| b.outcome.def.faq);
    section = section
        .child(el("p").class("caption").text(topic.title).text(": ").text(topic.asks))
        .child(el("p").class(news_class(news)).attr("id", "answer").text(answer));
    let follow_up = follow_up(topic, branches, &path);
    section = match branches.as_slice() {
        [only] => section
            .child(
                labelled(heading(words(only.outcome.def.headline.text)), only.outcome.def.headline.basis)
                    .class("result__headline"),
            )
            // Where the key figure waits on one more answer, it is asked
            // here, at the top, not under the reasons.
            .child(follow_up)
            .child(as_of_note(set_day))
            .child(topic.scope.map(|s| statement("p", &s).class("result__scope")))
            .children(outcome_body(topic, &only.outcome, "h2")),
        several => section
            .child(
                labelled(heading(words(SETTLED_HEADLINE.text)), SETTLED_HEADLINE.basis)
                    .class("result__headline"),
            )
            .child(as_of_note(set_day))
            .child(topic.scope.map(|s| statement("p", &s).class("result__scope")))
            .children(several.iter().map(|branch| {
                el("section")
                    .class("branch")
                    .attr(attr::BRANCH, branch.outcome.def.id)
                    .child(el("h2").class("branch__when").text(when(&branch.when)))
                    .child(statement("p", &branch.outcome.def.headline).class("branch__headline"))
                    .children(outcome_body(topic, &branch.outcome, "h3"))
                    .into()
            })),
    };
    let section = section
        .child((!open.is_empty()).then(|| {
            labelled(el("p").class("result__open").attr("id", "not-asked"), NOT_ASKED.basis)
                .text(words(NOT_ASKED.text))
                .text(" ")
                .text(joined(open.iter().map(|q| words(q.prompt)), " "))
        }))
        .child(el("h2").text("FAQ entry"))
        .child(faq.map(citation));

    // Back undoes the last answer given.
    let back = nav.at(back_from(topic, &path, &[]));

    el("div")
        .class("screen")
        .child(back_link(back))
        .child(section)
        .child(answers_summary(topic, &path))
        .child(record)
        .child(share(Some(url)))
        .child(checks_link())
        .child(tree_link(topic))
        .child(
            el("p")
                .class("actions")
                .child(secondary_button("Start again").on_click(move |_| nav.start_again())),
        )
        .into()
}

/// The optional question a single result offers to refine its figures.
fn follow_up(
    topic: &'static Topic,
    branches: &[Branch],
    path: &[(&'static Question, Value)],
) -> Option<Element> {
    let [Branch { outcome: Outcome { follow_up: Some(question), .. }, .. }] = branches else { return None };
    let nav = use_nav();
    let question = *question;
    // The follow-up refines this result: the answers before it stay as they are.
    let before: Answers = path.iter().copied().filter(|(q, _)| *q != question).collect();
    let prefill = path.iter().find(|(q, _)| *q == question).map(|(_, v)| *v);
    let on_answer = Callback::new(move |value: Value| nav.answer(topic, &before, question, value));
    Some(el("section").class("result__follow-up").child(answer_form(
        question,
        prefill,
        false,
        "Show my deadline",
        on_answer,
    )))
}

/// The figures, why, what decides, what to do next and what the answer does
/// not cover of one outcome, under
/// headings of `level`.
fn outcome_body(topic: &Topic, outcome: &Outcome, level: &'static str) -> Vec<Markup> {
    let def = outcome.def;
    // Each FAQ point once: under the first sentence that rests on it.
    let shown: RefCell<Vec<&'static Point>> = RefCell::new(Vec::new());
    let fresh = |points: &'static [&'static Point]| {
        let mut shown = shown.borrow_mut();
        let new: Vec<&'static Point> =
            points.iter().copied().filter(|p| !shown.iter().any(|s| std::ptr::eq(*s, *p))).collect();
        shown.extend(&new);
        new
    };
    let list = |items: &'static [Statement], with_points: bool| {
        el("ul").class("list").children(items.iter().map(|s| {
            statement("li", s)
                .child(with_points.then(|| points(&fresh(s.basis.points()), def.faq)).flatten())
                .into()
        }))
    };
    let mut body: Vec<Markup> = outcome
        .details
        .iter()
        .map(|d| {
            labelled(el("div").class("result__detail"), d.basis())
                .text(d.sentence())
                .child(points(&fresh(d.basis().points()), def.faq))
                .into()
        })
        .collect();
    body.push(el(level).text("Why").into());
    body.push(list(def.reasons, true).into());
    if let Some(decider) = def.decided_by {
        body.push(
            labelled(el("p").class("result__decider"), decider.basis)
                .child(el("strong").text("What decides: "))
                .text(words(decider.text))
                .into(),
        );
    }
    body.push(el(level).text("What to do next").into());
    // The next steps; then how to find each resource the FAQ names that the
    // result sends the reader to (a link too where the host page gives its
    // address: web/embed.js adds it); then this app's topics and tools they
    // lead to, each a link in the words of its own question.
    let mut next = list(def.next_steps, false);
    for resource in resources::ALL {
        if resources::named_by(resource, topic, def) {
            next = next.child(
                labelled(el("li"), Resource::FIND_BASIS)
                    .attr(attr::RESOURCE, words(resource.id))
                    .text(words(resource.find)),
            );
        }
    }
    let nav = use_nav();
    for goto in def.see_also {
        let (asks, screen) = match *goto {
            Goto::Topic(topic) => (topic.asks, Screen::Topic { topic, answers: Answers::default() }),
            Goto::Tool(tool) => (tool.asks, Screen::Tool(tool)),
        };
        next = next.child(el("li").child(el("a").text(asks).to(nav.at(screen))));
    }
    body.push(next.into());
    if !def.limits.is_empty() {
        body.push(el(level).text("What this answer does not cover").into());
        body.push(list(def.limits, true).into());
    }
    body
}

/// "If: <question> <answer>, <answer> or <answer>", or "If: <question>
/// <answer>; <question> <answer>; or …": the answers to open questions that
/// lead to a branch.
fn when(ways: &[Vec<(&'static Question, Value)>]) -> String {
    let label = |(q, v): &(&'static Question, Value)| match (&q.input, v) {
        (Input::Choice(options), Value::Choice(id)) => {
            options.iter().find(|o| o.id == *id).map_or(*id, |o| words(o.label))
        }
        _ => "",
    };
    let or = |items: Vec<String>| match items.as_slice() {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} or {last}", joined(init.iter().map(String::as_str), ", ")),
    };
    // One question, several answers: name it once.
    if let [[first], ..] = ways.iter().map(Vec::as_slice).collect::<Vec<_>>().as_slice() {
        if ways.iter().all(|way| matches!(way.as_slice(), [(q, _)] if *q == first.0)) {
            let labels = ways.iter().filter_map(|way| way.first()).map(|a| label(a).to_owned()).collect();
            return format!("If: {} {}", words(first.0.prompt), or(labels));
        }
    }
    // "<question> <answer>; <question> <answer>", each way; "; or " between.
    let way = |way: &Vec<(&'static Question, Value)>| {
        let answers: Vec<String> =
            way.iter().map(|a| format!("{} {}", words(a.0.prompt), label(a))).collect();
        joined(answers.iter().map(String::as_str), "; ")
    };
    let ways: Vec<String> = ways.iter().map(way).collect();
    format!("If: {}", joined(ways.iter().map(String::as_str), "; or "))
}
