//! Helpers shared by the native test files.
#![allow(dead_code)]

pub mod walk;

use licensing_rules::date::Date;
use licensing_rules::engine::{evaluate, Evaluation};
use licensing_rules::model::Topic;
use licensing_rules::model::{Answers, Context, Value};

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

pub fn topic(id: &str) -> &'static Topic {
    licensing_rules::catalog::topic(id).unwrap_or_else(|| panic!("no topic {id}"))
}

/// Answers written as in a deep link: `[("existing-os", "home")]`.
pub fn answers(topic: &Topic, pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, v)| {
            let question = topic.question(q).unwrap_or_else(|| panic!("{} has no question {q}", topic.id));
            let value = Value::parse(question, v).unwrap_or_else(|e| panic!("{q}={v}: {e:?}"));
            (question, value)
        })
        .collect()
}

pub fn run(topic_id: &str, pairs: &[(&str, &str)], today: &str) -> Evaluation {
    let topic = topic(topic_id);
    evaluate(topic, &answers(topic, pairs), &Context { today: date(today) })
}
