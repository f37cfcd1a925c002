//! CHANGELOG.md announces every public id added since the contract was first published
//! (1.0.0), under the version that added it: a host that stored links or listens for names
//! learns there what is new. The ids published are listed once (tests/published, which the
//! contract test holds to keep working); every id added since 1.0.0 must be named in the
//! changelog, and every id the rules have now must be in those lists.

use licensing_rules::catalog::{TOOLS, TOPICS};
use licensing_rules::contract::{attr, cannot_start, element, look, message, notice, page, param, severity};
use licensing_rules::model::{Input, Verdict};

mod published;

use published::{ADDED_ANSWERS, ADDED_OUTCOMES, PUBLISHED, PUBLISHED_OUTCOMES, PUBLISHED_SCREENS};

/// What contract 1.0.0 published besides the topics, tools, questions, answers and outcomes:
/// its parameters, attributes, messages and element attributes (CHANGELOG.md, "Contract 1.0.0").
const FIRST_NAMES: &[&str] = &[
    "topic",
    "as-of",
    "view",
    "embed",
    "embed-origin",
    "embed-background",
    "product-key",
    "data-topic",
    "data-verdict",
    "data-outcome",
    "data-question",
    "data-topic-link",
    "data-answer",
    "data-page",
    "data-tree",
    "data-branch",
    "data-basis",
    "data-key-format",
    "data-event",
    "data-total",
    "data-consumes",
    "data-upgrade-deadline",
    "data-upgrade-window",
    "data-use-rights-end",
    "licensing-check:height",
    "licensing-check:question",
    "licensing-check:result",
    "licensing-check",
    "title",
    "transparent",
];

fn changelog() -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../CHANGELOG.md"))
        .expect("CHANGELOG.md")
}

/// Whether the changelog names `id` (in code, as its ids are written).
fn named(changelog: &str, id: &str) -> bool {
    changelog.contains(&format!("`{id}`"))
        || changelog.contains(&format!("`{id}="))
        || changelog.contains(&format!("`{id} "))
}

#[test]
fn every_name_added_since_the_first_publication_is_in_the_changelog() {
    let changelog = changelog();
    let names = param::ALL
        .iter()
        .chain(attr::ALL)
        .chain(look::ALL)
        .chain(message::ALL)
        .chain(cannot_start::ALL)
        .chain(notice::ALL)
        .chain(severity::ALL)
        .chain(element::ALL)
        .chain(page::ALL);
    let missing: Vec<&&str> =
        names.filter(|name| !FIRST_NAMES.contains(name) && !named(&changelog, name)).collect();
    assert!(missing.is_empty(), "CHANGELOG.md does not announce {missing:?}");
    let resources: Vec<&str> = licensing_rules::resources::ALL
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| !named(&changelog, id))
        .collect();
    assert!(resources.is_empty(), "CHANGELOG.md does not announce the resources {resources:?}");
    assert!(named(&changelog, "link-<resource id>"), "the host options, by their pattern");
}

#[test]
fn every_rule_id_added_since_the_first_publication_is_in_the_changelog() {
    let changelog = changelog();
    let added = ADDED_ANSWERS.iter().flat_map(|(_, _, answers)| answers.iter());
    let added = added.chain(ADDED_OUTCOMES.iter().flat_map(|(_, outcomes)| outcomes.iter()));
    for id in added {
        assert!(named(&changelog, id), "CHANGELOG.md does not announce {id}");
    }
    // Every id the rules have now is published or added: a new one fails here until it is
    // added to tests/published and announced.
    let answered = |topic: &str, question: &str, id: &str| {
        PUBLISHED
            .iter()
            .chain(ADDED_ANSWERS)
            .any(|(t, q, answers)| *t == topic && *q == question && answers.contains(&id))
    };
    let asked = |topic: &str, question: &str| PUBLISHED.iter().any(|(t, q, _)| *t == topic && *q == question);
    let outcome = |topic: &str, id: &str| {
        PUBLISHED_OUTCOMES
            .iter()
            .chain(ADDED_OUTCOMES)
            .any(|(t, outcomes)| *t == topic && outcomes.contains(&id))
    };
    let mut unannounced = Vec::new();
    for topic in TOPICS {
        for question in topic.questions {
            if !asked(topic.id, question.id) {
                unannounced.push(format!("{} question {}", topic.id, question.id));
            }
            if let Input::Choice(options) = question.input {
                for option in options {
                    if !answered(topic.id, question.id, option.id) {
                        unannounced.push(format!("{} {}={}", topic.id, question.id, option.id));
                    }
                }
            }
        }
        for def in topic.outcomes {
            if !outcome(topic.id, def.id) {
                unannounced.push(format!("{} outcome {}", topic.id, def.id));
            }
        }
    }
    for tool in TOOLS {
        if !PUBLISHED_SCREENS.contains(&tool.id) {
            unannounced.push(format!("tool {}", tool.id));
        }
    }
    for verdict in Verdict::ALL {
        assert!(
            ["eligible", "not-eligible", "conditional"].contains(&verdict.id()),
            "{} is new",
            verdict.id()
        );
    }
    assert!(
        unannounced.is_empty(),
        "new ids, to list in tests/published and announce in CHANGELOG.md: {unannounced:?}"
    );
}
