//! CHANGELOG.md announces every public id added since the contract was first published
//! (1.0.0), under the version that added it: a host that stored links or listens for names
//! learns there what is new. The ids first published are this file's lists (and
//! crates/rules/tests/contract.rs's, which hold them to keep working); every other id the rules
//! and the contract have now must be named in the changelog.

use licensing_rules::catalog::{TOOLS, TOPICS};
use licensing_rules::contract::{attr, cannot_start, element, look, message, param};
use licensing_rules::model::{Input, Verdict};

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

/// The answers and outcomes added since 1.0.0: (topic, question or "outcome", id).
const ADDED_SINCE: &[(&str, &str, &str)] = &[
    ("sharing", "cap-scope", "not-sure"),
    ("kms", "volume-licensing", "not-sure"),
    ("sharing", "outcome", "cap-scope-unknown"),
    ("kms", "outcome", "volume-licensing-unknown"),
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
        .chain(element::ALL);
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
    for (topic, kind, id) in ADDED_SINCE {
        assert!(named(&changelog, id), "CHANGELOG.md does not announce {topic} {kind} {id}");
    }
    // Every id the rules have now is first published or listed above: a new one fails here
    // until it is added to ADDED_SINCE and announced.
    let first = first_published();
    let mut unannounced = Vec::new();
    for topic in TOPICS {
        for question in topic.questions {
            if !first.contains(&(topic.id, "question", question.id)) {
                unannounced.push(format!("{} question {}", topic.id, question.id));
            }
            if let Input::Choice(options) = question.input {
                for option in options {
                    let key = (topic.id, question.id, option.id);
                    if !first.contains(&key) && !ADDED_SINCE.contains(&key) {
                        unannounced.push(format!("{} {}={}", topic.id, question.id, option.id));
                    }
                }
            }
        }
        for outcome in topic.outcomes {
            let key = (topic.id, "outcome", outcome.id);
            if !first.contains(&key) && !ADDED_SINCE.contains(&key) {
                unannounced.push(format!("{} outcome {}", topic.id, outcome.id));
            }
        }
    }
    for tool in TOOLS {
        if !first.contains(&("tool", "tool", tool.id)) {
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
    assert!(unannounced.is_empty(), "new ids, to announce in CHANGELOG.md and list here: {unannounced:?}");
}

/// The rule ids of contract 1.0.0 (the state the changelog's first section describes).
fn first_published() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut first = Vec::new();
    for (topic, questions) in FIRST_QUESTIONS {
        for (question, answers) in *questions {
            first.push((*topic, "question", *question));
            for answer in *answers {
                first.push((*topic, *question, *answer));
            }
        }
    }
    for (topic, outcomes) in FIRST_OUTCOMES {
        for outcome in *outcomes {
            first.push((*topic, "outcome", *outcome));
        }
    }
    for tool in ["keys", "activation-planner", "organization-account"] {
        first.push(("tool", "tool", tool));
    }
    first
}

/// A question and its answers (none for a number or a date).
type Asked = (&'static str, &'static [&'static str]);

/// Each topic's questions as 1.0.0 published them.
const FIRST_QUESTIONS: &[(&str, &[Asked])] = &[
    (
        "sharing",
        &[
            ("membership", &["action-pack", "competency"]),
            ("same-organization", &["yes", "no", "same-company"]),
            ("same-country", &["yes", "no"]),
            ("demo-training", &["yes", "no"]),
            ("cap-scope", &["worldwide", "per-country"]),
            ("licenses-in-use", &[]),
            ("license-cap", &[]),
            ("licenses-in-country", &[]),
        ],
    ),
    (
        "downgrade",
        &[("license-source", &["mpn", "learning-training", "msdn", "other"]), ("new-version-date", &[])],
    ),
    (
        "toolkit",
        &[
            ("location-role", &["headquarters", "associated", "unlinked"]),
            ("location-competency", &["yes", "no"]),
            ("toolkit-held", &["yes", "no"]),
            ("toolkit-in-force", &["yes", "no"]),
        ],
    ),
    ("msdn", &[("subscription-source", &["mpn", "purchased"]), ("use", &["client-solution", "internal"])]),
    (
        "upgrade",
        &[
            (
                "existing-os",
                &["xp-professional", "vista-business", "7-professional", "8-pro", "home", "other", "none"],
            ),
            ("install-location", &["internal", "external"]),
        ],
    ),
    (
        "activation",
        &[
            ("membership", &["action-pack", "competency"]),
            ("event", &["new-machine", "same-machine", "hardware-change", "reimage"]),
        ],
    ),
    ("kms", &[("volume-licensing", &["yes", "no"])]),
    ("cloud-tokens", &[("enrollment-end", &[]), ("renewing", &["yes", "no"])]),
    ("o365-mix", &[("sku-family", &["enterprise", "kiosk", "other"])]),
    (
        "o365-switch",
        &[("entitlement", &[]), ("on-prem-users", &[]), ("cloud-users", &[]), ("covered-by-purchases", &[])],
    ),
];

/// Each topic's outcomes as 1.0.0 published them.
const FIRST_OUTCOMES: &[(&str, &[&str])] = &[
    (
        "sharing",
        &[
            "separate-organizations",
            "action-pack-other-country",
            "action-pack-same-country",
            "competency-within-cap",
            "competency-over-cap",
            "competency-over-country-cap",
            "per-country-cap-open",
            "competency-not-associated",
            "action-pack-not-associated",
            "uncapped-licenses",
        ],
    ),
    (
        "downgrade",
        &[
            "partner-network",
            "partner-network-window-open",
            "partner-network-window-closed",
            "partner-network-not-offered-yet",
            "learning-training",
            "msdn",
            "other-source",
        ],
    ),
    (
        "toolkit",
        &[
            "qualifying-location",
            "headquarters",
            "not-associated",
            "no-competency",
            "already-held",
            "earlier-set-ended",
        ],
    ),
    ("msdn", &["granted-client-solution", "granted-internal", "purchased"]),
    (
        "upgrade",
        &["qualifying-internal", "outside-organization", "home-edition", "no-license", "unlisted-edition"],
    ),
    ("activation", &["action-pack-consumed", "action-pack-not-consumed", "competency-consumed"]),
    ("kms", &["volume-licensing-key", "not-issued"]),
    ("cloud-tokens", &["in-force-renewing", "in-force-not-renewing", "ended-renewing", "ended-not-renewing"]),
    ("o365-mix", &["enterprise-or-kiosk", "other-sku"]),
    ("o365-switch", &["within-entitlement", "covered-by-purchases", "over-entitlement"]),
];
