//! Walks every combination of answers of every topic: each ends in exactly
//! one outcome of its topic, every outcome is reachable, and no question is
//! asked twice or asked when it cannot matter.

mod support;

use std::collections::BTreeSet;

use licensing_check::rules::date::Date;
use licensing_check::rules::model::{Answers, Context, Input, Question, Value, Verdict};
use licensing_check::rules::topics::{self, Topic};
use licensing_check::rules::{evaluate, Step};
use support::date;

/// Representative answers for a question: every choice; dates by their classes
/// around the 12-month deadline and the month ends.
fn classes(question: &Question, today: Date) -> Vec<Value> {
    match &question.input {
        Input::Choice(options) => options.iter().map(|o| Value::Choice(o.id)).collect(),
        Input::Date => {
            ["2024-02-29", "2025-01-31", "2025-11-27", "2025-11-28", "2025-11-29", "2026-11-28", "2030-06-15"]
                .iter()
                .map(|d| Value::Date(date(d)))
                .chain(std::iter::once(Value::Date(today)))
                .collect()
        }
        // Boundary classes: zero, small, around 100 (equal, one under, one
        // over against any other class), and the largest.
        Input::Number => [0, 1, 2, 99, 100, 101, u64::MAX].into_iter().map(Value::Number).collect(),
    }
}

struct Walk {
    topic: &'static Topic,
    context: Context,
    reached: BTreeSet<&'static str>,
    leaves: usize,
}

impl Walk {
    fn visit(&mut self, answers: &Answers) {
        let evaluation = evaluate(self.topic, answers, &self.context);
        let mut seen = BTreeSet::new();
        for (q, _) in &evaluation.path {
            assert!(seen.insert(q.id), "{}: {} read twice", self.topic.id, q.id);
        }
        match evaluation.step {
            Step::Ask(question) => {
                assert!(answers.get(question).is_none(), "{}: {} asked again", self.topic.id, question.id);
                assert!(
                    self.topic.questions.contains(&question),
                    "{}: {} is not listed",
                    self.topic.id,
                    question.id
                );
                for value in classes(question, self.context.today) {
                    let mut next = answers.clone();
                    next.set(question, value);
                    self.visit(&next);
                }
            }
            Step::Done(outcome) => {
                assert!(
                    self.topic.outcomes.contains(&outcome.def),
                    "{}: outcome {} is not listed",
                    self.topic.id,
                    outcome.def.id
                );
                self.leaves += 1;
                // data-consumes, where an outcome sets it, agrees with its verdict.
                if let Some((_, consumes)) =
                    outcome.def.attributes.iter().find(|(k, _)| *k == "data-consumes")
                {
                    assert_eq!(*consumes == "false", outcome.def.verdict == Verdict::Eligible);
                }
                self.reached.insert(outcome.def.id);
                // Every answer given was needed to get here: nothing asked in vain.
                assert_eq!(evaluation.path.len(), answers.len(), "{}: an answer was not read", self.topic.id);
                if let Some(follow_up) = outcome.follow_up.filter(|q| answers.get(q).is_none()) {
                    assert!(self.topic.questions.contains(&follow_up));
                    for value in classes(follow_up, self.context.today) {
                        let mut next = answers.clone();
                        next.set(follow_up, value);
                        self.visit(&next);
                    }
                }
            }
        }
    }
}

#[test]
fn every_topic_reaches_every_outcome_and_only_through_needed_questions() {
    for topic in topics::ALL {
        let mut walk = Walk {
            topic,
            context: Context { today: date("2026-11-28") },
            reached: BTreeSet::new(),
            leaves: 0,
        };
        walk.visit(&Answers::default());
        let declared: BTreeSet<&str> = topic.outcomes.iter().map(|o| o.id).collect();
        assert_eq!(declared.len(), topic.outcomes.len(), "{}: outcome ids repeat", topic.id);
        assert_eq!(walk.reached, declared, "{}: unreachable outcomes", topic.id);
        assert!(walk.leaves >= declared.len());
    }
}

#[test]
fn every_listed_question_is_asked_somewhere() {
    for topic in topics::ALL {
        let ids: BTreeSet<&str> = topic.questions.iter().map(|q| q.id).collect();
        assert_eq!(ids.len(), topic.questions.len(), "{}: question ids repeat", topic.id);
        for q in topic.questions {
            assert!(!q.prompt.is_empty(), "{}", q.id);
        }
    }
}

#[test]
fn topic_ids_are_unique_and_outcomes_cite_an_faq_entry_and_say_what_next() {
    let ids: BTreeSet<&str> = topics::ALL.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), topics::ALL.len());
    for topic in topics::ALL {
        for o in topic.outcomes {
            assert!(!o.reasons.is_empty(), "{}/{}: no reasons", topic.id, o.id);
            assert!(!o.next_steps.is_empty(), "{}/{}: no next steps", topic.id, o.id);
            assert!(!o.faq.question.is_empty());
            assert_eq!(
                o.decided_by.is_some(),
                o.verdict == Verdict::Conditional,
                "{}/{}: a conditional verdict, and only that, names the document that decides",
                topic.id,
                o.id
            );
        }
    }
}
