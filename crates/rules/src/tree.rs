//! A topic's whole decision tree, drawn from its rules by asking them every
//! question they can ask: what a reviewer checks against the FAQ without
//! reading code. Nothing here is written by hand, so it cannot drift.

use crate::date::Date;
use crate::engine::{run_in_order, Step};
use crate::model::{Answers, Context, Input, OutcomeDef, Question, Topic, Value};
use crate::samples;
use crate::statement::{TREE_DATE_GIVEN, TREE_IF_A_DATE, TREE_NUMBER_GIVEN};
use crate::text::Text;

#[derive(Debug, PartialEq)]
pub enum Node {
    /// A question and where each answer leads.
    Ask { question: &'static Question, branches: Vec<Edge> },
    /// Where the answers end. More than one outcome when the numbers or dates
    /// given decide between them; `otherwise`, the question asked next when
    /// they do not decide yet (users over an entitlement: were licenses bought?).
    Decide { outcomes: Vec<&'static OutcomeDef>, otherwise: Option<Box<Node>>, follow_up: Option<Box<Node>> },
}

#[derive(Debug, PartialEq)]
pub struct Edge {
    /// The answer, as the page shows it; for dates and numbers, a phrase.
    pub answer: Text,
    pub then: Node,
}

pub fn decision_tree(topic: &Topic, today: Date) -> Node {
    explore(topic, &Answers::default(), &[], &Context { today })
}

/// `valued`: the date and number questions answered on the way here, whose
/// values may decide between outcomes at the end.
fn explore(topic: &Topic, answers: &Answers, valued: &[&'static Question], context: &Context) -> Node {
    // In the rules' own order: a partial link may settle early
    // (`crate::engine`), but the tree shows what the rules ask, step by step.
    match run_in_order(topic, answers, context).step {
        Step::Ask(question) => {
            let branches = match &question.input {
                Input::Choice(options) => options
                    .iter()
                    .map(|o| {
                        let mut next = answers.clone();
                        next.set(question, Value::Choice(o.id));
                        Edge { answer: o.label, then: explore(topic, &next, valued, context) }
                    })
                    .collect(),
                input => {
                    // One branch: what follows does not depend on the value here.
                    let mut next = answers.clone();
                    next.set(question, first_sample(question, context));
                    let mut valued = valued.to_vec();
                    valued.push(question);
                    let answer =
                        if matches!(input, Input::Date) { TREE_DATE_GIVEN } else { TREE_NUMBER_GIVEN };
                    vec![Edge { answer, then: explore(topic, &next, &valued, context) }]
                }
            };
            Node::Ask { question, branches }
        }
        Step::Done(outcome) => {
            let (outcomes, undecided) = outcomes_over_values(topic, answers, valued, context);
            // Answered further, one set that still asks stands for all of them.
            let otherwise = undecided.map(|next| Box::new(explore(topic, &next, valued, context)));
            let follow_up = outcome.follow_up.filter(|q| answers.get(q).is_none()).map(|question| {
                let mut next = answers.clone();
                next.set(question, first_sample(question, context));
                let mut valued = valued.to_vec();
                valued.push(question);
                let then = explore(topic, &next, &valued, context);
                Box::new(Node::Ask { question, branches: vec![Edge { answer: TREE_IF_A_DATE, then }] })
            });
            Node::Decide { outcomes, otherwise, follow_up }
        }
        Step::Settled(settled) => Node::Decide {
            outcomes: settled.branches.iter().map(|b| b.outcome.def).collect(),
            otherwise: None,
            follow_up: None,
        },
    }
}

/// The value that stands for every other on a branch whose questions come
/// next whatever the value (dates and numbers): the plainest sample.
fn first_sample(question: &Question, context: &Context) -> Value {
    samples::values(question, context.today).into_iter().next().unwrap_or(Value::Number(0))
}

/// Every outcome the same choices reach as the dates and numbers vary, in
/// the topic's order; and the first set of those values that does not decide
/// yet but asks a further question, if any.
fn outcomes_over_values(
    topic: &Topic,
    answers: &Answers,
    valued: &[&'static Question],
    context: &Context,
) -> (Vec<&'static OutcomeDef>, Option<Answers>) {
    let mut combinations = vec![answers.clone()];
    for question in valued {
        // Loops, not `flat_map`: its code costs the app's first visit.
        let mut next = Vec::new();
        for combination in &combinations {
            for value in samples::values(question, context.today) {
                let mut more = combination.clone();
                more.set(question, value);
                next.push(more);
            }
        }
        combinations = next;
    }
    let mut reached: Vec<&'static OutcomeDef> = Vec::new();
    let mut undecided = None;
    for combination in combinations {
        match run_in_order(topic, &combination, context).step {
            Step::Done(o) => reached.push(o.def),
            Step::Ask(_) => undecided = undecided.or(Some(combination)),
            Step::Settled(_) => {}
        }
    }
    (topic.outcomes.iter().copied().filter(|o| reached.contains(o)).collect(), undecided)
}
