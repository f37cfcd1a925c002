//! Saved progress: what the app writes it reads back; anything else is
//! discarded whole, with the reason, and never panics.

mod support;

use licensing_rules::state::saved::MAX_BYTES;
use licensing_rules::state::{Saved, SavedProblem};
use proptest::prelude::*;
use support::{answers, topic};

fn sample() -> Saved {
    let mut saved = Saved::default();
    let upgrade = topic("upgrade");
    saved.set(upgrade, answers(upgrade, &[("existing-os", "8-pro")]));
    let sharing = topic("sharing");
    saved.set(sharing, answers(sharing, &[("membership", "competency"), ("licenses-in-use", "12")]));
    saved
}

#[test]
fn what_is_saved_reads_back() {
    let saved = sample();
    let text = saved.encode();
    assert_eq!(
        text,
        "v1\n?topic=upgrade&existing-os=8-pro\n?topic=sharing&membership=competency&licenses-in-use=12"
    );
    assert_eq!(Saved::decode(&text), Ok(saved));
    assert_eq!(Saved::decode("v1"), Ok(Saved::default()));
}

#[test]
fn no_answers_forgets_the_topic() {
    let mut saved = sample();
    let upgrade = topic("upgrade");
    saved.set(upgrade, Default::default());
    assert!(saved.get(upgrade).is_none());
    assert_eq!(saved.topics().count(), 1);
}

#[test]
fn another_version_is_named_as_such() {
    assert_eq!(Saved::decode("v2\n?topic=kms&volume-licensing=yes"), Err(SavedProblem::UnknownVersion));
    assert_eq!(Saved::decode("v0"), Err(SavedProblem::UnknownVersion));
}

#[test]
fn anything_of_another_shape_is_unreadable() {
    for text in [
        "",
        "{\"v\":1}",
        "{bad json",
        "v1\n?topic=kms&volume-licensing=maybe",
        "v1\n?topic=nothing",
        "v1\n?topic=kms",
        "v1\n?topic=kms&volume-licensing=yes\n?topic=kms&volume-licensing=no",
        "v1\n?topic=kms&volume-licensing=yes&embed=1",
        "v1\n?topic=keys",
        "v1\n?topic=kms&product-key=ABCDE-12345-FGHIJ-67890-KLMNO",
        "V1\n?topic=kms&volume-licensing=yes",
        "v",
        "null",
    ] {
        assert_eq!(Saved::decode(text), Err(SavedProblem::Unreadable), "{text:?}");
    }
    let huge = format!("v1\n?topic=kms&volume-licensing=yes{}", "&".repeat(20_000));
    assert_eq!(Saved::decode(&huge), Err(SavedProblem::Unreadable));
}

#[test]
fn the_size_limit_alone_turns_away_a_long_text() {
    let line = "v1\n?topic=kms&volume-licensing=yes";
    // Empty parameters are nothing: only the length differs between these.
    let padded = |len: usize| format!("{line}{}", "&".repeat(len - line.len()));
    let kms = topic("kms");
    for len in [2_000, MAX_BYTES] {
        let saved = Saved::decode(&padded(len)).unwrap_or_else(|e| panic!("{len}: {e:?}"));
        assert_eq!(saved.get(kms), Some(&answers(kms, &[("volume-licensing", "yes")])), "{len}");
    }
    assert_eq!(Saved::decode(&padded(MAX_BYTES + 1)), Err(SavedProblem::Unreadable));
}

#[test]
fn remembering_adds_to_a_topics_answers_and_a_later_value_wins() {
    let mut saved = Saved::default();
    assert!(saved.is_empty());
    let sharing = topic("sharing");
    saved.remember(sharing, &answers(sharing, &[("membership", "competency"), ("licenses-in-use", "12")]));
    assert!(!saved.is_empty());
    saved.remember(sharing, &answers(sharing, &[("licenses-in-use", "20"), ("license-cap", "25")]));
    assert_eq!(
        saved.get(sharing),
        Some(&answers(
            sharing,
            &[("membership", "competency"), ("licenses-in-use", "20"), ("license-cap", "25")]
        ))
    );
    saved.set(sharing, Default::default());
    assert!(saved.is_empty());
}

#[test]
fn each_problem_tells_the_user_what_happened_to_their_answers() {
    let messages = [SavedProblem::UnknownVersion, SavedProblem::Unreadable].map(SavedProblem::message);
    assert_ne!(messages[0], messages[1]);
    for message in messages {
        assert!(message.starts_with("Answers saved") && message.ends_with("were cleared."), "{message}");
    }
}

proptest! {
    #[test]
    fn any_stored_text_decodes_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Saved::decode(&text);
        let _ = Saved::decode(&format!("v1\n{text}"));
    }
}
