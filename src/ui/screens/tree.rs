//! "How this is decided": a topic's decision tree, drawn from its rules.

use licensing_rules::contract::attr;
use licensing_rules::faq::Point;
use licensing_rules::model::{Answers, Input, Topic};
use licensing_rules::state::Screen;
use licensing_rules::tree::Node;

use crate::ui::markup::{el, Markup};
use crate::ui::nav::links::Link;
use crate::ui::nav::rooms::use_nav;
use crate::ui::parts::common::{heading, labelled, points, topic_caption, words};

fn draw(node: &Node) -> Markup {
    match node {
        Node::Ask { question, branches } => {
            let kind = match question.input {
                Input::Choice(_) => "",
                Input::Date => " (a date)",
                Input::Number => " (a number)",
            };
            let branches = branches.iter().map(|b| {
                el("li")
                    .class("tree__branch")
                    .child(el("span").class("tree__answer").text(words(b.answer)))
                    .child(draw(&b.then))
                    .into()
            });
            el("div")
                .class("tree__question")
                .attr(attr::QUESTION, question.id)
                .child(
                    el("p").class("tree__prompt").child(el("strong").text(words(question.prompt))).text(kind),
                )
                .child(el("ul").class("tree__branches").children(branches))
                .into()
        }
        Node::Decide { outcomes, otherwise, follow_up } => {
            let lead = (outcomes.len() > 1).then(|| {
                el("p").class("tree__lead").text("Depending on the numbers or dates given, one of:")
            });
            let outcomes = outcomes.iter().map(|o| {
                // The points its headline and reasons rest on, each once.
                let mut rests_on: Vec<&'static Point> = Vec::new();
                for list in [std::slice::from_ref(&o.headline), o.reasons] {
                    for statement in list {
                        for point in statement.basis.points() {
                            if !rests_on.iter().any(|p| std::ptr::eq(*p, *point)) {
                                rests_on.push(point);
                            }
                        }
                    }
                }
                labelled(el("li").class("tree__outcome"), o.headline.basis)
                    .attr(attr::OUTCOME, o.id)
                    .attr(attr::VERDICT, o.verdict.id())
                    .child(el("strong").class("tree__verdict").text(o.verdict.label()))
                    .text(" ")
                    .text(words(o.headline.text))
                    .child(
                        el("span")
                            .class("tree__faq")
                            .text(" FAQ entry: ")
                            .text(o.faq.section.title())
                            .text(" › ")
                            .text(words(o.faq.question)),
                    )
                    .child(points(&rests_on, o.faq))
                    .into()
            });
            let otherwise = otherwise.as_ref().map(|next| {
                Markup::List(vec![
                    el("p")
                        .class("tree__lead")
                        .text("Where the numbers or dates given do not decide, it asks next:")
                        .into(),
                    draw(next),
                ])
            });
            let follow_up = follow_up.as_ref().map(|next| {
                Markup::List(vec![
                    el("p").class("tree__lead").text("The result then offers an optional question:").into(),
                    draw(next),
                ])
            });
            el("div")
                .class("tree__decide")
                .child(lead)
                .child(el("ul").class("tree__outcomes").children(outcomes))
                .children(otherwise)
                .children(follow_up)
                .into()
        }
    }
}

/// "How this is decided" for a topic: its decision tree, as the visit worked it out.
pub fn tree(topic: &'static Topic, tree: &Node) -> Markup {
    let nav = use_nav();
    let start = nav.at(Screen::Topic { topic, answers: Answers::default() });
    el("div")
        .class("screen tree")
        .attr(attr::TREE, topic.id)
        .child(topic_caption(topic))
        .child(heading("How this is decided"))
        .child(el("p").class("lead").text(format!(
            "Every question this check can ask about “{}”, every answer, and the result each path leads to, \
             with the FAQ entry it rests on. It is drawn from the same rules that answer you, so the two cannot differ.",
            topic.asks
        )))
        .child(draw(tree))
        .child(el("p").child(el("a").text("Answer the questions").to(start)))
        .into()
}
