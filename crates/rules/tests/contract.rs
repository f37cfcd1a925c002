//! The deep-link contract (docs/deep-links.md) keeps every name working:
//! each topic, question, answer and outcome id FAQ sites may have linked to is
//! still accepted, and the document names every id the rules have.

use std::collections::BTreeSet;
use std::path::Path;

use licensing_rules::catalog::{TOOLS, TOPICS};
use licensing_rules::model::Input;
use licensing_rules::state::{decode, Screen};

mod published;

use published::{ADDED_ANSWERS, ADDED_OUTCOMES, PUBLISHED, PUBLISHED_OUTCOMES, PUBLISHED_SCREENS};

#[test]
fn every_published_answer_is_still_accepted() {
    for (topic, question, answers) in PUBLISHED.iter().chain(ADDED_ANSWERS) {
        for answer in *answers {
            let decoded = decode(&format!("?topic={topic}&{question}={answer}"));
            assert!(decoded.ignored.is_empty(), "{topic} {question}={answer}: {:?}", decoded.ignored);
            match &decoded.location.screen {
                Screen::Topic { topic: t, answers: given } => {
                    assert_eq!(t.id, *topic);
                    assert_eq!(given.len(), 1, "{topic} {question}={answer}");
                }
                other => panic!("{topic}: {other:?}"),
            }
        }
    }
    for id in PUBLISHED_SCREENS {
        assert!(matches!(decode(&format!("?topic={id}")).location.screen, Screen::Tool(t) if t.id == *id));
    }
    for (topic, outcomes) in PUBLISHED_OUTCOMES.iter().chain(ADDED_OUTCOMES) {
        let topic = licensing_rules::catalog::topic(topic).expect("a published topic");
        for id in *outcomes {
            assert!(topic.outcomes.iter().any(|o| o.id == *id), "{}: outcome {id} is gone", topic.id);
        }
    }
    for parameter in [
        "as-of=2026-01-01",
        "embed=1",
        "embed-origin=https://faq.example.com",
        "embed-background=transparent",
    ] {
        assert!(decode(&format!("?topic=kms&{parameter}")).ignored.is_empty(), "{parameter}");
    }
    assert!(decode("?topic=kms&view=tree").ignored.is_empty());
}

#[test]
fn the_contract_document_names_every_id_the_rules_have() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/deep-links.md"))
        .expect("docs/deep-links.md");
    let mut missing = BTreeSet::new();
    for topic in TOPICS {
        let mut names = vec![topic.id];
        for question in topic.questions {
            names.push(question.id);
            if let Input::Choice(options) = question.input {
                names.extend(options.iter().map(|o| o.id));
            }
        }
        names.extend(topic.outcomes.iter().map(|o| o.id));
        for name in names {
            if !doc.contains(&format!("`{name}`")) {
                missing.insert(format!("{}: {name}", topic.id));
            }
        }
    }
    for tool in TOOLS {
        if !doc.contains(&format!("`{}`", tool.id)) {
            missing.insert(tool.id.to_owned());
        }
    }
    assert!(missing.is_empty(), "docs/deep-links.md does not name: {missing:?}");
}

/// What the app puts on `#result` and the JavaScript module returns as
/// `attributes`: the contract's three, then the topic's own.
#[test]
fn a_result_carries_topic_verdict_and_outcome_then_the_topics_own_attributes() {
    use licensing_rules::date::Date;
    use licensing_rules::engine::{evaluate, Conclusion, Step};
    use licensing_rules::model::Context;
    let result = |query: &str| {
        let location = decode(query).location;
        let (topic, answers) = location.topic().expect("a topic");
        let context = Context { today: Date::parse("2026-11-28").expect("a date") };
        let settled = match evaluate(topic, answers, &context).step {
            Step::Done(outcome) => Conclusion::of(outcome),
            Step::Settled(settled) => settled,
            Step::Ask(q) => panic!("{query}: asks {}", q.id),
        };
        let own = settled.attributes();
        (
            licensing_rules::contract::result_attributes(
                topic.id,
                settled.verdict.id(),
                settled.outcome_ids(),
                own.clone(),
            ),
            own,
        )
    };
    let owned =
        |pairs: &[(&'static str, &str)]| pairs.iter().map(|&(n, v)| (n, v.to_owned())).collect::<Vec<_>>();
    let (kms, own) = result("?topic=kms&volume-licensing=no");
    assert_eq!(own, []);
    assert_eq!(
        kms,
        owned(&[("data-topic", "kms"), ("data-verdict", "not-eligible"), ("data-outcome", "not-issued")])
    );
    let (downgrade, own) = result("?topic=downgrade&license-source=mpn&new-version-date=2025-03-31");
    assert!(!own.is_empty());
    assert_eq!(&downgrade[..2], &owned(&[("data-topic", "downgrade"), ("data-verdict", "not-eligible")])[..]);
    assert_eq!(downgrade[2].0, "data-outcome");
    assert_eq!(&downgrade[3..], &own[..]);
}

#[test]
fn the_document_names_every_public_parameter_and_attribute() {
    use licensing_rules::contract::{attr, look, page, param};
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/deep-links.md"))
        .expect("docs/deep-links.md");
    let missing: Vec<&&str> = param::ALL
        .iter()
        .chain(attr::ALL)
        .chain(look::ALL)
        .chain(page::ALL)
        .filter(|name| !doc.contains(&format!("`{name}")))
        .collect();
    assert!(missing.is_empty(), "docs/deep-links.md does not name {missing:?}");
    assert!(param::ALL.contains(&"embed-origin") && attr::ALL.contains(&"data-outcome"));
    let resources: Vec<&str> = licensing_rules::resources::ALL
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| !doc.contains(&format!("| `{id}` |")))
        .collect();
    assert!(resources.is_empty(), "docs/deep-links.md does not name the resources {resources:?}");
    let embedding =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/embedding.md"))
            .expect("docs/embedding.md");
    let options: Vec<String> = licensing_rules::resources::ALL
        .iter()
        .map(|r| r.host_option())
        .filter(|option| !embedding.contains(&format!("| `{option}` |")))
        .collect();
    assert!(options.is_empty(), "docs/embedding.md does not name the host options {options:?}");
}

#[test]
fn the_embedding_document_names_every_message_reason_notice_and_element_attribute() {
    use licensing_rules::contract::{cannot_start, element, message, notice, severity};
    let embedding =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/embedding.md"))
            .expect("docs/embedding.md");
    let missing: Vec<&&str> = message::ALL
        .iter()
        .chain(cannot_start::ALL)
        .chain(notice::ALL)
        .chain(severity::ALL)
        .chain(element::ALL)
        .filter(|name| !embedding.contains(&format!("`{name}")))
        .collect();
    assert!(missing.is_empty(), "docs/embedding.md does not name {missing:?}");
    assert!(
        message::ALL.iter().all(|m| m.starts_with(element::NAME)),
        "messages are named after the element"
    );
}

#[test]
fn the_decoder_reads_every_public_parameter() {
    use licensing_rules::contract::param;
    // Each parameter changes what a link decodes to, or is reported.
    for name in param::ALL {
        let value = match *name {
            "topic" => "sharing",
            "as-of" => "2026-01-31",
            "view" => "tree",
            "embed" => "1",
            "embed-origin" => "https://example.org",
            "embed-background" => "transparent",
            "embed-checks" => "1",
            _ => "x",
        };
        let with = decode(&format!("?topic=kms&{name}={value}"));
        let without = decode("?topic=kms");
        assert!(with != without, "{name} is not read");
    }
    // Each page `topic=` names besides the rules' topics and tools opens.
    for name in licensing_rules::contract::page::ALL {
        let decoded = decode(&format!("?topic={name}"));
        assert!(
            decoded.ignored.is_empty() && decoded.location != decode("").location,
            "{name} does not open"
        );
    }
}
