//! The whole engine: a topic's answers so far → the next question, or the
//! result.
//!
//! A topic's `decide` reads the answers in its own order and stops at the
//! first one missing. But a link may carry any subset of the answers, in any
//! order, and the answers it carries may already fix the verdict whatever the
//! rest would be (`?topic=upgrade&install-location=external`: outside the
//! organization is a no, whatever license the computer has). So before a
//! question is asked, every way of answering the open questions is tried;
//! when they all lead to the same verdict, the result shows instead
//! ([`Step::Settled`]), giving for each outcome the answers that lead to it.

use crate::model::{
    Answers, Context, Input, News, Outcome, Pending, Question, Reader, Topic, Value, Verdict,
};
use crate::samples;

/// Where a topic stands after the answers so far.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Ask(&'static Question),
    Done(Outcome),
    /// The verdict is fixed though questions are open: whatever their answers.
    Settled(Conclusion),
}

/// What a result shows: its verdict and each outcome leading to it. One
/// outcome when the answers reached it ([`Conclusion::of`]); one or more when
/// the answers given fix the verdict before every question is answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Conclusion {
    pub verdict: Verdict,
    /// The questions left open that some way to an outcome would ask, in the
    /// topic's order.
    pub open: Vec<&'static Question>,
    /// Each outcome the open questions could lead to, in the topic's order,
    /// with the answers that lead there. One branch when all lead to the same.
    pub branches: Vec<Branch>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Branch {
    /// Its figures only where every way to it gives the same ones.
    pub outcome: Outcome,
    /// The ways to it: each a set of answers to open choice questions (dates
    /// and numbers left out: they are never what tells two branches apart
    /// here). Empty when the branch is the only one.
    pub when: Vec<Vec<(&'static Question, Value)>>,
}

impl Conclusion {
    /// A plain outcome, as a result with one branch and nothing left open:
    /// one shape for every result a screen or the JavaScript module shows.
    pub fn of(outcome: Outcome) -> Conclusion {
        Conclusion {
            verdict: outcome.def.verdict,
            open: Vec::new(),
            branches: vec![Branch { outcome, when: Vec::new() }],
        }
    }

    /// The badge: the answer to the reader's question and whether it is good
    /// news. Several outcomes show the words they share, or else the
    /// verdict's own.
    pub fn answer(&self) -> (String, News) {
        match self.branches.as_slice() {
            [first, rest @ ..] if rest.iter().all(|b| b.outcome.def.answer == first.outcome.def.answer) => {
                (first.outcome.answer_words(), first.outcome.def.answer.news)
            }
            _ => (self.verdict.label().to_owned(), News::of(self.verdict)),
        }
    }

    /// The contract's `data-outcome`: the outcomes' ids, space-separated.
    pub fn outcome_ids(&self) -> String {
        crate::text::joined(self.branches.iter().map(|b| b.outcome.def.id), " ")
    }

    /// The topic's own contract attributes every branch agrees on.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let mut branches = self.branches.iter().map(|b| b.outcome.attributes());
        let first = branches.next().unwrap_or_default();
        let rest: Vec<_> = branches.collect();
        first.into_iter().filter(|attribute| rest.iter().all(|other| other.contains(attribute))).collect()
    }
}

/// Before a question reached by `path` (with `later` answers kept): its
/// "Question k of n", n the most still to come.
pub fn position(
    topic: &Topic,
    path: &[(&'static Question, Value)],
    later: &[(&'static Question, Value)],
    context: &Context,
) -> (usize, usize) {
    let before = Answers::of_both(path, later);
    (path.len() + 1, path.len() + questions_left(topic, &before, context))
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The answers that matter, in the order the rules read them: the
    /// questions read to get here (or, for a settled verdict, the answers
    /// given that some way to an outcome reads). Answers off it do not count.
    pub path: Vec<(&'static Question, Value)>,
    pub step: Step,
    /// Before a question: answers given to questions still to come that some
    /// way onward reads. Kept for when their turn comes (a link may answer in
    /// any order); answers no way reads are left out.
    pub later: Vec<(&'static Question, Value)>,
}

/// The rule of `topic` over the answers given, in its own order: the next
/// question it asks, or its outcome; never [`Step::Settled`]. (What the
/// decision tree draws; [`evaluate`] is what a screen shows.)
pub fn run_in_order(topic: &Topic, answers: &Answers, context: &Context) -> Evaluation {
    let mut reader = Reader::new(answers);
    let step = match (topic.decide)(&mut reader, context) {
        Ok(outcome) => Step::Done(outcome),
        Err(Pending(question)) => Step::Ask(question),
    };
    Evaluation { path: reader.into_path(), step, later: Vec::new() }
}

/// Evaluates `answers`: the outcome, the verdict they settle, or the next
/// question.
pub fn evaluate(topic: &Topic, answers: &Answers, context: &Context) -> Evaluation {
    let plain = run_in_order(topic, answers, context);
    if !matches!(plain.step, Step::Ask(_)) {
        return plain;
    }
    let mut leaves = Vec::new();
    complete(topic, answers, context, &mut |evaluation| leaves.push(evaluation));
    let read_later = |q: &Question| {
        !plain.path.iter().any(|(p, _)| *p == q) && leaves.iter().any(|l| l.path.iter().any(|(p, _)| *p == q))
    };
    // In the order the rules ask them, as the address bar writes answers.
    // (Loops, not iterator adapters, here and below: their code costs the
    // app's first visit.)
    let mut later = Vec::new();
    for question in topic.questions {
        if let Some(value) = answers.get(question).filter(|_| read_later(question)) {
            later.push((*question, value));
        }
    }
    settle(topic, answers, leaves).unwrap_or(Evaluation { later, ..plain })
}

/// Every way of answering the questions still open, to an outcome: each
/// leaf's evaluation (its path holds the given answers it read too). Values
/// come from [`samples`], which hold both sides of every comparison the rules
/// make, their extremes included, so the verdicts they reach are all the
/// verdicts any value could reach.
fn complete(topic: &Topic, answers: &Answers, context: &Context, visit: &mut impl FnMut(Evaluation)) {
    let evaluation = run_in_order(topic, answers, context);
    match evaluation.step {
        Step::Ask(question) => {
            for value in samples::values(question, context.today) {
                let mut more = answers.clone();
                more.set(question, value);
                complete(topic, &more, context, visit);
            }
        }
        _ => visit(evaluation),
    }
}

/// The settled result, if every leaf has the same verdict.
fn settle(topic: &Topic, given: &Answers, leaves: Vec<Evaluation>) -> Option<Evaluation> {
    let mut outcomes: Vec<(&Outcome, &[(&'static Question, Value)])> = Vec::new();
    for leaf in &leaves {
        if let Step::Done(outcome) = &leaf.step {
            outcomes.push((outcome, leaf.path.as_slice()));
        }
    }
    let verdict = outcomes.first()?.0.def.verdict;
    if outcomes.iter().any(|(outcome, _)| outcome.def.verdict != verdict) {
        return None;
    }
    let read = |q: &Question| outcomes.iter().any(|(_, path)| path.iter().any(|(p, _)| *p == q));
    let mut path: Vec<(&'static Question, Value)> = Vec::new();
    let mut open: Vec<&'static Question> = Vec::new();
    for question in topic.questions {
        if read(question) {
            match given.get(question) {
                Some(value) => path.push((*question, value)),
                None => open.push(question),
            }
        }
    }

    let mut branches: Vec<Branch> = Vec::new();
    for def in topic.outcomes {
        let reaching: Vec<_> = outcomes.iter().filter(|(o, _)| std::ptr::eq(o.def, *def)).collect();
        let Some((first, _)) = reaching.first() else { continue };
        let same_figures = reaching.iter().all(|(o, _)| o.details == first.details);
        let mut when: Vec<Vec<(&'static Question, Value)>> = Vec::new();
        for (_, leaf_path) in &reaching {
            let way: Vec<_> = leaf_path
                .iter()
                .copied()
                .filter(|(q, _)| given.get(q).is_none() && matches!(q.input, Input::Choice(_)))
                .collect();
            if !when.contains(&way) {
                when.push(way);
            }
        }
        let details = if same_figures { first.details.clone() } else { Vec::new() };
        branches.push(Branch { outcome: Outcome { def, details, follow_up: None }, when });
    }
    if let [only] = branches.as_mut_slice() {
        only.when.clear();
    }
    Some(Evaluation { path, step: Step::Settled(Conclusion { verdict, open, branches }), later: Vec::new() })
}

/// The most questions still to come (the pending one included) over every way
/// the remaining questions could be answered, settled verdicts counting as
/// ends: the "n" of "Question k of n".
pub fn questions_left(topic: &Topic, answers: &Answers, context: &Context) -> usize {
    /// (verdicts reachable below, questions still to ask).
    fn walk(topic: &Topic, answers: &Answers, context: &Context) -> (Vec<Verdict>, usize) {
        match run_in_order(topic, answers, context).step {
            Step::Ask(question) => {
                let (mut verdicts, mut deepest) = (Vec::new(), 0);
                for value in samples::values(question, context.today) {
                    let mut more = answers.clone();
                    more.set(question, value);
                    let (below, depth) = walk(topic, &more, context);
                    deepest = deepest.max(depth);
                    verdicts.extend(below.into_iter().filter(|v| !verdicts.contains(v)).collect::<Vec<_>>());
                }
                // One verdict whatever the answers: settled here, nothing to ask.
                let asks = if verdicts.len() > 1 { 1 + deepest } else { 0 };
                (verdicts, asks)
            }
            Step::Done(outcome) => (vec![outcome.def.verdict], 0),
            Step::Settled(settled) => (vec![settled.verdict], 0),
        }
    }
    walk(topic, answers, context).1
}
