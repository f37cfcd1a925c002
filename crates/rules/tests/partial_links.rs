//! A link settles as much as it can: for every partial set of answers of
//! every topic (any subset of its questions, each with each representative
//! value), the page shows the result, without asking, exactly when every
//! way of answering the rest leads to the same verdict; and a settled
//! result gives, for each outcome it names, the answers that lead there.
//!
//! The oracle is brute force, independent of the engine's search: every full
//! assignment of every question of the topic that extends the partial one,
//! run through the topic's rule in its own order.

mod support;

use std::collections::BTreeSet;

use licensing_rules::catalog::TOPICS;
use licensing_rules::engine::Conclusion;
use licensing_rules::engine::{evaluate, run_in_order, Step};
use licensing_rules::model::{Answers, Context, Input, Outcome, Question, Topic, Value, Verdict};
use licensing_rules::samples;
use support::date;

/// Every assignment of a value (from `choices`) or none to each question.
fn assignments(
    questions: &[&'static Question],
    choices: &dyn Fn(&Question) -> Vec<Option<Value>>,
) -> Vec<Answers> {
    let mut all = vec![Answers::default()];
    for question in questions {
        all = all
            .into_iter()
            .flat_map(|answers| {
                choices(question).into_iter().map(move |value| {
                    let mut next = answers.clone();
                    if let Some(value) = value {
                        next.set(question, value);
                    }
                    next
                })
            })
            .collect();
    }
    all
}

/// The full answer sets (every question answered) that agree with `partial`,
/// and the outcome the rule gives each.
fn completions(topic: &Topic, partial: &Answers, context: &Context) -> Vec<(Answers, Outcome)> {
    let full = assignments(topic.questions, &|q| match partial.get(q) {
        Some(value) => vec![Some(value)],
        None => samples::values(q, context.today).into_iter().map(Some).collect(),
    });
    full.into_iter()
        .map(|answers| match run_in_order(topic, &answers, context).step {
            Step::Done(outcome) => (answers, outcome),
            other => panic!("{}: a full set of answers did not decide: {other:?}", topic.id),
        })
        .collect()
}

#[test]
fn every_partial_link_settles_exactly_when_its_verdict_is_fixed() {
    let context = Context { today: date("2026-11-28") };
    let (mut partial_sets, mut settled_early, mut with_attributes) = (0, 0, 0);
    for topic in TOPICS {
        let partials = assignments(topic.questions, &|q| {
            std::iter::once(None).chain(samples::values(q, context.today).into_iter().map(Some)).collect()
        });
        for partial in &partials {
            partial_sets += 1;
            let ways = completions(topic, partial, &context);
            let verdicts: BTreeSet<&str> = ways.iter().map(|(_, o)| o.def.verdict.id()).collect();
            let evaluation = evaluate(topic, partial, &context);
            for (question, value) in evaluation.path.iter().chain(&evaluation.later) {
                assert_eq!(partial.get(question), Some(*value), "{}: only answers given are kept", topic.id);
            }
            // Every answer given that some way to an outcome reads is kept, to
            // be used when its turn comes; the rest are not.
            let read_somewhere = |q: &Question| {
                ways.iter().any(|(answers, _)| {
                    run_in_order(topic, answers, &context).path.iter().any(|(p, _)| *p == q)
                })
            };
            let kept: BTreeSet<&str> =
                evaluation.path.iter().chain(&evaluation.later).map(|(q, _)| q.id).collect();
            if let Step::Ask(_) = evaluation.step {
                let expected: BTreeSet<&str> =
                    partial.iter().filter(|(q, _)| read_somewhere(q)).map(|(q, _)| q.id).collect();
                assert_eq!(kept, expected, "{} {partial:?}", topic.id);
            }
            match (&evaluation.step, verdicts.len()) {
                (Step::Ask(question), n) => {
                    assert!(
                        n > 1,
                        "{} {partial:?}: asks {} though every way ends {verdicts:?}",
                        topic.id,
                        question.id
                    );
                    assert!(partial.get(question).is_none(), "{}: asks {} again", topic.id, question.id);
                }
                (Step::Done(outcome), _) => {
                    assert_eq!(
                        verdicts,
                        BTreeSet::from([outcome.def.verdict.id()]),
                        "{} {partial:?}",
                        topic.id
                    );
                    // A plain outcome shown as a result keeps all its attributes.
                    let attributes = outcome.attributes();
                    with_attributes += usize::from(!attributes.is_empty());
                    assert_eq!(Conclusion::of(outcome.clone()).attributes(), attributes);
                }
                (Step::Settled(settled), _) => {
                    settled_early += 1;
                    assert_eq!(verdicts, BTreeSet::from([settled.verdict.id()]), "{} {partial:?}", topic.id);
                    // Each way of answering the rest ends in a branch whose conditions it meets.
                    let mut reached = BTreeSet::new();
                    for (answers, outcome) in &ways {
                        let id = outcome.def.id;
                        let branch = settled
                            .branches
                            .iter()
                            .find(|b| b.outcome.def.id == id)
                            .unwrap_or_else(|| panic!("{} {partial:?}: no branch for {id}", topic.id));
                        let meets = branch.when.is_empty()
                            || branch
                                .when
                                .iter()
                                .any(|way| way.iter().all(|(q, v)| answers.get(q) == Some(*v)));
                        assert!(
                            meets,
                            "{} {partial:?}: {answers:?} reaches {id} outside its conditions",
                            topic.id
                        );
                        // What the result shows as common to every way holds on each.
                        let attributes = outcome.attributes();
                        for attribute in settled.attributes() {
                            assert!(
                                attributes.contains(&attribute),
                                "{} {partial:?}: {attribute:?}",
                                topic.id
                            );
                        }
                        reached.insert(id);
                    }
                    let named: BTreeSet<&str> = settled.branches.iter().map(|b| b.outcome.def.id).collect();
                    assert_eq!(reached, named, "{} {partial:?}: every branch named is reachable", topic.id);
                    // Conditions name only open choice questions, once each, and
                    // only when there is more than one branch to tell apart.
                    for branch in &settled.branches {
                        assert_eq!(
                            branch.when.is_empty(),
                            settled.branches.len() == 1,
                            "{} {partial:?}",
                            topic.id
                        );
                        for (i, way) in branch.when.iter().enumerate() {
                            assert!(
                                !branch.when[..i].contains(way),
                                "{} {partial:?}: {way:?} twice",
                                topic.id
                            );
                            for (question, _) in way {
                                assert!(
                                    partial.get(question).is_none(),
                                    "{}: {} was answered",
                                    topic.id,
                                    question.id
                                );
                                assert!(matches!(question.input, Input::Choice(_)), "{}", question.id);
                            }
                        }
                        // Figures shown only where every way to the branch gives the same.
                        let figures: Vec<_> = ways
                            .iter()
                            .filter(|(_, o)| o.def.id == branch.outcome.def.id)
                            .map(|(_, o)| &o.details)
                            .collect();
                        let agreed = figures.iter().all(|f| *f == figures[0]);
                        let expected = if agreed { figures[0].clone() } else { Vec::new() };
                        assert_eq!(branch.outcome.details, expected, "{} {partial:?}", topic.id);
                    }
                    // The questions left open are those some way still reads; the
                    // answers kept, those some way reads.
                    let open: Vec<&str> = settled.open.iter().map(|q| q.id).collect();
                    let expected_open: Vec<&str> = topic
                        .questions
                        .iter()
                        .filter(|q| partial.get(q).is_none() && read_somewhere(q))
                        .map(|q| q.id)
                        .collect();
                    assert_eq!(open, expected_open, "{} {partial:?}", topic.id);
                    let kept_expected: BTreeSet<&str> =
                        partial.iter().filter(|(q, _)| read_somewhere(q)).map(|(q, _)| q.id).collect();
                    assert_eq!(kept, kept_expected, "{} {partial:?}", topic.id);
                    for question in &settled.open {
                        assert!(partial.get(question).is_none());
                    }
                }
            }
        }
    }
    assert!(partial_sets > 2_000, "{partial_sets} partial sets");
    assert!(settled_early > 100, "links settle early ({settled_early} of {partial_sets})");
    assert!(with_attributes > 20, "{with_attributes} outcomes carry attributes of their own");
}

#[test]
fn examples_that_settle_without_asking() {
    let context = Context { today: date("2026-11-28") };
    let settled = |topic: &str, pairs: &[(&str, &str)]| -> Option<(Verdict, String)> {
        let topic = support::topic(topic);
        match evaluate(topic, &support::answers(topic, pairs), &context).step {
            Step::Settled(s) => Some((s.verdict, s.outcome_ids())),
            _ => None,
        }
    };
    // Outside the organization is a no, whatever the license.
    assert_eq!(
        settled("upgrade", &[("install-location", "external")]),
        Some((
            Verdict::NotEligible,
            "outside-organization home-edition no-license unlisted-edition".to_owned()
        ))
    );
    // Separate organizations share nothing, whatever the membership.
    assert_eq!(
        settled("sharing", &[("same-organization", "no")]),
        Some((Verdict::NotEligible, "separate-organizations".to_owned()))
    );
    // Without a competency of its own, no location qualifies.
    assert_eq!(
        settled("toolkit", &[("location-competency", "no")]),
        Some((Verdict::NotEligible, "headquarters not-associated no-competency".to_owned()))
    );
    // A new machine uses up an activation on either kind of key.
    assert_eq!(
        settled("activation", &[("event", "new-machine")]),
        Some((Verdict::NotEligible, "action-pack-consumed competency-consumed".to_owned()))
    );
    // More users on-premises than the entitlement, none covered by licenses
    // bought: over, however many move.
    assert_eq!(
        settled(
            "o365-switch",
            &[("entitlement", "5"), ("on-prem-users", "6"), ("covered-by-purchases", "0")]
        ),
        Some((Verdict::NotEligible, "over-entitlement".to_owned()))
    );
    // Without the licenses bought, it is asked: they may cover the excess.
    assert_eq!(settled("o365-switch", &[("entitlement", "5"), ("on-prem-users", "6")]), None);
    // Over the cap across the organization and in the country alone: the
    // kind of maximum is asked all the same, since a reader who does not
    // know it is told what the answer turns on (its "I don't know yet"
    // leads to an It depends, not counting the country)...
    let over_in_both = [
        ("membership", "competency"),
        ("same-organization", "yes"),
        ("licenses-in-use", "20"),
        ("license-cap", "10"),
        ("demo-training", "no"),
        ("licenses-in-country", "11"),
    ];
    // (either kind known gives a no: tests/rules.rs).
    assert_eq!(settled("sharing", &over_in_both), None);
    // A reimage is free on one key and not the other: asked.
    assert_eq!(settled("activation", &[("event", "reimage")]), None);
}

/// What a topic asks never depends on the day: its first question, written
/// into the page at build time (the app's src/ui/prerender.rs), is the same
/// for every visitor, and so is every later one.
#[test]
fn the_question_asked_is_the_same_on_any_day() {
    let days = [date("2026-11-28"), date("1990-01-01"), date("2150-06-15")];
    for topic in TOPICS {
        for day in days {
            let partials = assignments(topic.questions, &|q| {
                std::iter::once(None).chain(samples::values(q, day).into_iter().map(Some)).collect()
            });
            for partial in &partials {
                let asked = |today| match evaluate(topic, partial, &Context { today }).step {
                    Step::Ask(question) => Some(question.id),
                    _ => None,
                };
                let on_each: Vec<Option<&str>> = days.iter().map(|d| asked(*d)).collect();
                assert!(on_each.windows(2).all(|w| w[0] == w[1]), "{} {partial:?}: {on_each:?}", topic.id);
            }
        }
    }
}
