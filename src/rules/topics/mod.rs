//! The topics: one file each, reading like the FAQ entry it encodes.

pub mod activation;
pub mod cloud_tokens;
pub mod downgrade;
pub mod kms;
pub mod msdn;
pub mod o365_mix;
pub mod o365_switch;
pub mod sharing;
pub mod toolkit;
pub mod upgrade;

use super::faq::Section;
use super::model::{Answers, Context, Input, Outcome, OutcomeDef, Pending, Question, Reader, Value};

/// A question people bring to the FAQ, with everything needed to answer it.
pub struct Topic {
    /// The contract's `topic=` value.
    pub id: &'static str,
    pub section: Section,
    /// Short name for headings: "Windows upgrade licenses".
    pub title: &'static str,
    /// The question in the user's words: "Can I use these Windows licenses on this computer?"
    pub asks: &'static str,
    /// One line for the start page.
    pub summary: &'static str,
    /// Every question the topic may ask, in the order it asks them.
    pub questions: &'static [&'static Question],
    /// Every outcome it may reach.
    pub outcomes: &'static [&'static OutcomeDef],
    /// The rule: reads answers until it can decide, or stops at the first one missing.
    pub decide: fn(&mut Reader, &Context) -> Result<Outcome, Pending>,
}

impl PartialEq for Topic {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Topic {}

impl std::fmt::Debug for Topic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Topic({})", self.id)
    }
}

impl Topic {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().copied().find(|q| q.id == id)
    }
}

/// Every topic, in the FAQ's order of sections.
pub static ALL: &[&Topic] = &[
    &sharing::TOPIC,
    &downgrade::TOPIC,
    &toolkit::TOPIC,
    &msdn::TOPIC,
    &upgrade::TOPIC,
    &activation::TOPIC,
    &kms::TOPIC,
    &cloud_tokens::TOPIC,
    &o365_mix::TOPIC,
    &o365_switch::TOPIC,
];

pub fn find(id: &str) -> Option<&'static Topic> {
    ALL.iter().copied().find(|t| t.id == id)
}

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

/// The whole engine: answers so far → the next question, or the outcome.
pub fn evaluate(topic: &Topic, answers: &Answers, context: &Context) -> Evaluation {
    let mut reader = Reader::new(answers);
    let step = match (topic.decide)(&mut reader, context) {
        Ok(outcome) => Step::Done(outcome),
        Err(Pending(question)) => Step::Ask(question),
    };
    Evaluation { path: reader.into_path(), step }
}

/// The most questions still to come (the pending one included) over every way
/// the remaining choices could go: the "n" of "Question k of n". Dates and
/// numbers never decide which question comes next here, so one sample of each
/// stands for all; the walk is a few dozen evaluations at most.
pub fn questions_left(topic: &Topic, answers: &Answers, context: &Context) -> usize {
    match evaluate(topic, answers, context).step {
        Step::Done(_) => 0,
        Step::Ask(question) => {
            let samples: Vec<Value> = match &question.input {
                Input::Choice(options) => options.iter().map(|o| Value::Choice(o.id)).collect(),
                Input::Date => vec![Value::Date(context.today)],
                Input::Number => vec![Value::Number(0)],
            };
            1 + samples
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
