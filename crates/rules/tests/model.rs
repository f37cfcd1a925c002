//! The model's small pieces that screens and links rely on: how an answer
//! reads, when two sets of answers are the same, identity of outcomes and
//! tools, which topics count days, the labels of statements not plainly the
//! FAQ's, and the sample answers every walk over the rules is made of.

mod support;

use licensing_rules::catalog::{TOOLS, TOPICS};
use licensing_rules::model::{Answers, Value};
use licensing_rules::samples;
use licensing_rules::statement::Basis;
use support::{answers, date, topic};

#[test]
fn an_answer_reads_as_its_label_its_long_date_or_its_digits() {
    let upgrade = topic("upgrade");
    let existing = upgrade.question("existing-os").expect("existing-os");
    let location = upgrade.question("install-location").expect("install-location");
    assert_eq!(Value::Choice("internal").describe(location), "Yes, one of our organization's computers");
    assert_eq!(Value::Choice("external").describe(location), "No, a computer outside our organization");
    assert_eq!(Value::Choice("none").describe(existing), "No Windows license");
    let downgrade = topic("downgrade");
    let released = downgrade.question("new-version-date").expect("new-version-date");
    assert_eq!(Value::Date(date("2025-03-31")).describe(released), "31 March 2025");
    let sharing = topic("sharing");
    let in_use = sharing.question("licenses-in-use").expect("licenses-in-use");
    assert_eq!(Value::Number(250).describe(in_use), "250");
}

#[test]
fn answers_are_the_same_when_they_answer_the_same_questions_alike_in_any_order() {
    let upgrade = topic("upgrade");
    let a = answers(upgrade, &[("existing-os", "8-pro"), ("install-location", "internal")]);
    let b = answers(upgrade, &[("install-location", "internal"), ("existing-os", "8-pro")]);
    assert_eq!(a, b);
    assert_ne!(a, answers(upgrade, &[("existing-os", "8-pro"), ("install-location", "external")]));
    assert_ne!(a, answers(upgrade, &[("existing-os", "8-pro")]));
    assert_ne!(answers(upgrade, &[("existing-os", "8-pro")]), a);
    assert_ne!(a, Answers::default());
}

#[test]
fn outcomes_and_tools_are_each_only_themselves() {
    for topic in TOPICS {
        for (i, a) in topic.outcomes.iter().enumerate() {
            for (j, b) in topic.outcomes.iter().enumerate() {
                assert_eq!(a == b, i == j, "{}: {} and {}", topic.id, a.id, b.id);
            }
        }
    }
    for (i, a) in TOOLS.iter().enumerate() {
        for (j, b) in TOOLS.iter().enumerate() {
            assert_eq!(a == b, i == j, "{} and {}", a.id, b.id);
        }
    }
}

#[test]
fn the_topics_that_ask_for_a_date_count_days() {
    let dated: Vec<&str> = TOPICS.iter().filter(|t| t.is_dated()).map(|t| t.id).collect();
    assert_eq!(dated, ["downgrade", "cloud-tokens"]);
}

#[test]
fn only_the_faqs_own_points_go_unlabelled_and_advice_says_it_is_not_the_faqs() {
    assert_eq!(Basis::Faq(&[]).label(), None);
    let labels = [Basis::Reading(&[]), Basis::Answers(&[]), Basis::Advice, Basis::ThisApp].map(|b| b.label());
    for label in labels {
        assert!(label.is_some_and(|l| l.len() > 5), "{labels:?}");
    }
    let distinct: std::collections::BTreeSet<_> = labels.iter().collect();
    assert_eq!(distinct.len(), labels.len(), "{labels:?}");
    assert!(Basis::Advice.label().is_some_and(|l| l.contains("not from the FAQ")));
    assert!(Basis::Reading(&[]).label().is_some_and(|l| l.contains("reading")));
}

#[test]
fn sample_dates_sit_either_side_of_every_twelve_month_edge() {
    let question = topic("downgrade").question("new-version-date").expect("new-version-date");
    let dates: Vec<String> =
        samples::values(question, date("2026-03-31")).iter().map(|v| v.to_query()).collect();
    assert_eq!(
        dates,
        [
            "2026-03-31", // today
            "2026-02-28", // a month back (the day capped at 28)
            "2025-04-28", // 11, 12 and 13 months back
            "2025-03-28",
            "2025-02-28",
            "2025-03-27", // a day either side of a year ago
            "2025-03-29",
            "2027-03-31", // a year ahead
            "2024-02-29", // a leap day, a month's 31st
            "2025-01-31",
        ]
    );
    let counts: Vec<String> =
        samples::values(topic("sharing").question("licenses-in-use").expect("q"), date("2026-03-31"))
            .iter()
            .map(|v| v.to_query())
            .collect();
    assert_eq!(counts, ["0", "1", "2", "99", "100", "101", "18446744073709551615"]);
}
