//! "Question k of n" before every question of every topic: k counts the
//! answers that brought the user here, n the most questions they could still
//! be asked, found here by asking the rules themselves (every way on from
//! this question, counting each question the app would really ask).

mod support;

use licensing_rules::catalog::TOPICS;
use licensing_rules::engine::{evaluate, position, Step};
use licensing_rules::model::{Answers, Context, Topic};
use licensing_rules::samples;
use support::date;

/// The most questions still asked from `answers` on, this one included.
fn most_still_asked(topic: &Topic, answers: &Answers, context: &Context) -> usize {
    match evaluate(topic, answers, context).step {
        Step::Ask(question) => {
            1 + samples::values(question, context.today)
                .into_iter()
                .map(|value| {
                    let mut more = answers.clone();
                    more.set(question, value);
                    most_still_asked(topic, &more, context)
                })
                .max()
                .unwrap_or(0)
        }
        Step::Done(_) | Step::Settled(_) => 0,
    }
}

#[test]
fn every_question_is_numbered_k_of_the_most_there_could_be() {
    let context = Context { today: date("2026-11-28") };
    let mut checked = 0;
    for topic in TOPICS {
        support::walk::walk(topic, &context, &Answers::default(), &mut |answers, evaluation| {
            if let Step::Ask(_) = evaluation.step {
                let (k, n) = position(topic, &evaluation.path, &evaluation.later, &context);
                assert_eq!(k, evaluation.path.len() + 1, "{} {answers:?}", topic.id);
                let expected = evaluation.path.len() + most_still_asked(topic, answers, &context);
                assert_eq!(n, expected, "{} {answers:?}", topic.id);
                checked += 1;
            }
        });
    }
    assert!(checked > 50, "{checked}");
}

#[test]
fn first_questions_say_how_many_may_follow() {
    let context = Context { today: date("2026-11-28") };
    let first = |id: &str| {
        let topic = TOPICS.iter().find(|t| t.id == id).expect("topic");
        let evaluation = evaluate(topic, &Answers::default(), &context);
        position(topic, &evaluation.path, &evaluation.later, &context)
    };
    assert_eq!(first("kms"), (1, 1));
    assert_eq!(first("upgrade"), (1, 2));
}
