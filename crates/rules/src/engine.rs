//! The whole engine: a topic's answers so far → the next question, or the
//! outcome.

use crate::model::{Answers, Context, Outcome, Pending, Question, Reader, Topic, Value};
use crate::samples;

/// Where a topic stands after the answers so far.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Ask(&'static Question),
    Done(Outcome),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The questions read to get here, in order, with their answers: the
    /// answers that matter. Answers off this path do not count.
    pub path: Vec<(&'static Question, Value)>,
    pub step: Step,
}

/// Runs the topic's rule over the answers given.
pub fn evaluate(topic: &Topic, answers: &Answers, context: &Context) -> Evaluation {
    let mut reader = Reader::new(answers);
    let step = match (topic.decide)(&mut reader, context) {
        Ok(outcome) => Step::Done(outcome),
        Err(Pending(question)) => Step::Ask(question),
    };
    Evaluation { path: reader.into_path(), step }
}

/// The most questions still to come (the pending one included) over every way
/// the remaining questions could be answered: the "n" of "Question k of n".
pub fn questions_left(topic: &Topic, answers: &Answers, context: &Context) -> usize {
    match evaluate(topic, answers, context).step {
        Step::Done(_) => 0,
        Step::Ask(question) => {
            1 + samples::values(question, context.today)
                .into_iter()
                .map(|value| {
                    let mut next = answers.clone();
                    next.set(question, value);
                    questions_left(topic, &next, context)
                })
                .max()
                .unwrap_or(0)
        }
    }
}
