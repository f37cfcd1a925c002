//! Walks every combination of answers of every topic: each ends in exactly
//! one outcome of its topic, every outcome is reachable, and no question is
//! asked twice or asked when it cannot matter.

mod support;

use std::collections::BTreeSet;

use licensing_rules::catalog::TOPICS;
use licensing_rules::engine::{Evaluation, Step};
use licensing_rules::model::Topic;
use licensing_rules::model::{Answers, Context, Verdict};
use support::date;
use support::walk::walk;

fn check(
    topic: &'static Topic,
    answers: &Answers,
    evaluation: &Evaluation,
    reached: &mut BTreeSet<&'static str>,
) {
    let mut seen = BTreeSet::new();
    for (q, _) in &evaluation.path {
        assert!(seen.insert(q.id), "{}: {} read twice", topic.id, q.id);
    }
    match &evaluation.step {
        Step::Ask(question) => {
            assert!(answers.get(question).is_none(), "{}: {} asked again", topic.id, question.id);
            assert!(topic.questions.contains(question), "{}: {} is not listed", topic.id, question.id);
        }
        // An answer can make the rest moot (0 licenses in use is within any
        // cap; once the date is known, renewing changes what to do next, not
        // the verdict): then the result shows without asking them.
        Step::Settled(settled) => {
            for branch in &settled.branches {
                assert!(
                    topic.outcomes.contains(&branch.outcome.def),
                    "{}: {}",
                    topic.id,
                    branch.outcome.def.id
                );
                reached.insert(branch.outcome.def.id);
            }
            for question in &settled.open {
                assert!(
                    answers.get(question).is_none(),
                    "{}: {} is answered, not open",
                    topic.id,
                    question.id
                );
            }
        }
        Step::Done(outcome) => {
            assert!(
                topic.outcomes.contains(&outcome.def),
                "{}: outcome {} is not listed",
                topic.id,
                outcome.def.id
            );
            // data-consumes, where an outcome sets it, agrees with its verdict.
            if let Some((_, consumes)) = outcome.def.attributes.iter().find(|(k, _)| *k == "data-consumes") {
                assert_eq!(*consumes == "false", outcome.def.verdict == Verdict::Eligible);
            }
            reached.insert(outcome.def.id);
            // Every answer given was needed to get here: nothing asked in vain.
            assert_eq!(evaluation.path.len(), answers.len(), "{}: an answer was not read", topic.id);
            if let Some(follow_up) = outcome.follow_up {
                assert!(topic.questions.contains(&follow_up));
            }
        }
    }
}

#[test]
fn every_topic_reaches_every_outcome_and_only_through_needed_questions() {
    for topic in TOPICS {
        let context = Context { today: date("2026-11-28") };
        let (mut reached, mut leaves) = (BTreeSet::new(), 0);
        walk(topic, &context, &Answers::default(), &mut |answers, evaluation| {
            leaves += match &evaluation.step {
                Step::Done(_) => 1,
                Step::Settled(settled) => settled.branches.len(),
                Step::Ask(_) => 0,
            };
            check(topic, answers, evaluation, &mut reached);
        });
        let declared: BTreeSet<&str> = topic.outcomes.iter().map(|o| o.id).collect();
        assert_eq!(declared.len(), topic.outcomes.len(), "{}: outcome ids repeat", topic.id);
        assert_eq!(reached, declared, "{}: unreachable outcomes", topic.id);
        assert!(leaves >= declared.len());
    }
}

/// Asked on some way through the topic, or offered on a result (a
/// follow-up), or telling apart the outcomes of a settled result.
#[test]
fn every_listed_question_is_asked_somewhere() {
    for topic in TOPICS {
        let context = Context { today: date("2026-11-28") };
        let mut asked = BTreeSet::new();
        walk(topic, &context, &Answers::default(), &mut |_, evaluation| match &evaluation.step {
            Step::Ask(question) => {
                asked.insert(question.id);
            }
            Step::Done(outcome) => asked.extend(outcome.follow_up.map(|q| q.id)),
            Step::Settled(settled) => asked.extend(settled.open.iter().map(|q| q.id)),
        });
        let listed: BTreeSet<&str> = topic.questions.iter().map(|q| q.id).collect();
        assert_eq!(listed.len(), topic.questions.len(), "{}: question ids repeat", topic.id);
        assert_eq!(asked, listed, "{}: listed but never asked, or asked but not listed", topic.id);
        for q in topic.questions {
            assert!(!q.prompt.as_str().is_empty(), "{}", q.id);
        }
    }
}

#[test]
fn topic_ids_are_unique_and_outcomes_cite_an_faq_entry_and_say_what_next() {
    let ids: BTreeSet<&str> = TOPICS.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), TOPICS.len());
    for topic in TOPICS {
        for o in topic.outcomes {
            assert!(!o.reasons.is_empty(), "{}/{}: no reasons", topic.id, o.id);
            assert!(!o.next_steps.is_empty(), "{}/{}: no next steps", topic.id, o.id);
            assert!(!o.faq.question.as_str().is_empty());
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
