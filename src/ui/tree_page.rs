//! "How this is decided": a topic's decision tree, drawn from its rules.

use leptos::prelude::*;

use super::nav::{use_nav, NavLink, HEADING_ID};
use crate::rules::model::{Answers, Input};
use crate::rules::tree::{decision_tree, Node};
use crate::rules::Topic;
use crate::state::Screen;

fn render(node: Node) -> AnyView {
    match node {
        Node::Ask { question, branches } => {
            let kind = match question.input {
                Input::Choice(_) => "",
                Input::Date => " (a date)",
                Input::Number => " (a number)",
            };
            let branches = branches
                .into_iter()
                .map(|b| {
                    view! {
                        <li class="tree__branch">
                            <span class="tree__answer">{b.answer}</span>
                            {render(b.then)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="tree__question" data-question=question.id>
                    <p class="tree__prompt"><strong>{question.prompt}</strong>{kind}</p>
                    <ul class="tree__branches">{branches}</ul>
                </div>
            }
            .into_any()
        }
        Node::Decide { outcomes, follow_up } => {
            let lead = (outcomes.len() > 1).then_some("Depending on the numbers or dates given, one of:");
            let outcomes = outcomes
                .into_iter()
                .map(|o| {
                    view! {
                        <li class="tree__outcome" data-outcome=o.id data-verdict=o.verdict.id()>
                            <strong>{o.verdict.label()} ": "</strong>{o.headline}
                            <span class="tree__faq">" FAQ: " {o.faq.section.title()} " › " {o.faq.question}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="tree__decide">
                    {lead.map(|l| view! { <p class="tree__lead">{l}</p> })}
                    <ul class="tree__outcomes">{outcomes}</ul>
                    {follow_up.map(|node| view! {
                        <p class="tree__lead">"The result then offers an optional question:"</p>
                        {render(*node)}
                    })}
                </div>
            }
            .into_any()
        }
    }
}

#[component]
pub fn TreePage(topic: &'static Topic) -> impl IntoView {
    let nav = use_nav();
    let today = nav.location.with_untracked(|l| l.context(nav.today).today);
    let start =
        nav.location.with_untracked(|l| l.with_screen(Screen::Topic { topic, answers: Answers::default() }));
    view! {
        <div class="screen tree" data-tree=topic.id>
            <p class="caption"><span class="caption__topic">{topic.title}</span></p>
            <h1 id=HEADING_ID tabindex="-1">"How this is decided"</h1>
            <p class="lead">
                "Every question this check can ask about “" {topic.asks} "”, every answer, and the result each path "
                "leads to, with the FAQ entry it rests on. It is drawn from the same rules that answer you, so the two cannot differ."
            </p>
            {render(decision_tree(topic, today))}
            <p>
                <NavLink to=start>"Answer the questions"</NavLink>
            </p>
        </div>
    }
}

/// The link to a topic's tree, for its question and result screens.
#[component]
pub fn TreeLink(topic: &'static Topic) -> impl IntoView {
    let nav = use_nav();
    let to = nav.location.with_untracked(|l| l.with_screen(Screen::Tree(topic)));
    view! {
        <p class="tree-link">
            <NavLink to>"How this is decided"</NavLink>
        </p>
    }
}
