//! Every result's badge answers the question its reader brought (the start
//! page's `asks`), in that question's own terms, and its colour says whether
//! the answer is good news for that reader: not the app's yes-or-no verdict
//! question. The words for each topic are listed, with the reader's question,
//! in docs/answers.md ("Answer on the badge").

use licensing_rules::catalog::TOPICS;
use licensing_rules::date::Date;
use licensing_rules::figures::{Detail, UpgradeWindow, UseRights};
use licensing_rules::model::{News, Outcome, Topic, Verdict};

/// How a topic's reader question is answered: the ways a badge may begin,
/// each with the news it is and the verdicts it may stand on.
fn answers_to(topic: &Topic) -> Vec<(&'static str, News, Verdict)> {
    use News::*;
    use Verdict::*;
    match topic.id {
        // "Can we activate this install without using up an activation?" —
        // asked as "will this use up an activation?" just as often: the words
        // say what happens, not yes or no.
        "activation" => {
            vec![("Uses no activation", Good, Eligible), ("Uses up one activation", Bad, NotEligible)]
        }
        // "Do I have downgrade rights?": never, but what the reader needs is
        // whether the previous version may stay, and until when.
        "downgrade" => vec![
            ("No downgrade rights; as we count the 12 months to upgrade, until", Bad, NotEligible),
            ("No downgrade rights; the date you gave is ahead", Bad, NotEligible),
            ("No downgrade rights; as we count the 12 months to upgrade, they ended on", Bad, NotEligible),
            ("No downgrade rights: 12 months", Bad, NotEligible),
            ("It depends on ", Open, Conditional),
        ],
        // "Can I get a KMS key?": never from the partner network, but one
        // the organization has may serve.
        "kms" => vec![
            ("Not from the partner network: use your Volume Licensing KMS key", Good, Eligible),
            ("No", Bad, NotEligible),
            ("It depends", Open, Conditional),
        ],
        // "Until when can we use our cloud services benefits?": a day.
        "cloud-tokens" => vec![("Use rights until", Good, Eligible), ("Not now: ", Bad, NotEligible)],
        // The rest are yes-or-no questions in the reader's words.
        _ => vec![
            ("Yes", Good, Eligible),
            ("No", Bad, NotEligible),
            ("Not until ", Bad, NotEligible),
            ("It depends", Open, Conditional),
        ],
    }
}

#[test]
fn every_badge_answers_its_readers_question_and_is_coloured_by_the_news() {
    for topic in TOPICS {
        let ways = answers_to(topic);
        for outcome in topic.outcomes {
            let words = outcome.answer.words.as_str();
            let way = ways.iter().find(|(start, _, _)| words.starts_with(start));
            let Some(&(start, news, verdict)) = way else {
                panic!("{}:{}: “{words}” does not answer “{}”", topic.id, outcome.id, topic.asks)
            };
            assert_eq!(outcome.answer.news, news, "{}:{}: “{words}” after “{start}”", topic.id, outcome.id);
            assert_eq!(outcome.verdict, verdict, "{}:{}: “{words}”", topic.id, outcome.id);
            assert!(words.len() <= 80, "{}:{}: a badge of a few words, not “{words}”", topic.id, outcome.id);
            // A day follows only words that end where a day is named.
            let ends_on_a_day = words.ends_with(" until") || words.ends_with(" on");
            assert_eq!(outcome.answer.until, ends_on_a_day, "{}:{}: “{words}”", topic.id, outcome.id);
        }
    }
}

#[test]
fn a_dated_badge_says_the_day_and_the_days_left() {
    let day = |s| Date::parse(s).expect("a date");
    let window = UpgradeWindow::new(day("2026-03-10"), 12, day("2026-12-06"), &[]).expect("a window");
    let open = Outcome {
        def: &licensing_rules::topics::downgrade::WINDOW_OPEN,
        details: vec![Detail::UpgradeWindow(window)],
        follow_up: None,
    };
    assert_eq!(
        open.answer_words(),
        "No downgrade rights; as we count the 12 months to upgrade, until 10 March 2027 (94 days are left)"
    );
    let not_yet = Outcome {
        def: &licensing_rules::topics::downgrade::NOT_OFFERED_YET,
        details: vec![Detail::UpgradeWindow(window)],
        follow_up: None,
    };
    assert_eq!(not_yet.answer_words(), "No downgrade rights; the date you gave is ahead: check it");
    let ended = Outcome {
        def: &licensing_rules::topics::cloud_tokens::ENDED_NOT_RENEWING,
        details: vec![Detail::UseRights(UseRights {
            end: day("2026-06-30"),
            as_of: day("2026-12-06"),
            rule: &[],
        })],
        follow_up: None,
    };
    assert_eq!(ended.answer_words(), "Not now: your use rights ended on 30 June 2026");
    let last_day =
        Detail::UseRights(UseRights { end: day("2026-12-06"), as_of: day("2026-12-06"), rule: &[] });
    assert_eq!(last_day.until().as_deref(), Some("6 December 2026 (it is the last day)"));
}
