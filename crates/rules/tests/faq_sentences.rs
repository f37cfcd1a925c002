//! The FAQ, sentence by sentence: the map accounts for every sentence of the
//! revision the rules follow, and the change report names each change made to
//! a copy of it, and only that change, with what rests on it.
//!
//! The tests that need the FAQ's text read it from beside the checkout
//! (`changes::default_faq_path`, or `LICENSING_FAQ`) and write their edited
//! copies at test time: the project does not carry the FAQ. In a clone without
//! it they say so on the run's output and pass.

use std::io::Write;

use licensing_rules::catalog::TOPICS;
use licensing_rules::faq::{self, Section};
use licensing_rules::faq_sentences::changes::{self, command, compare, default_faq_path, Report};
use licensing_rules::faq_sentences::map::MAP;
use licensing_rules::faq_sentences::text::{self, PartKind};
use licensing_rules::faq_sentences::{Part, Role};

/// The FAQ's text, or `None` after saying on the run's own output (past the
/// test harness's capture) why the test did not run.
fn faq_text(test: &str) -> Option<String> {
    let path = default_faq_path();
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(error) => {
            let _ = writeln!(
                std::io::stderr(),
                "\n{test}: did not run: no FAQ text at {} ({error}); set LICENSING_FAQ to the FAQ's text to run it",
                path.display()
            );
            None
        }
    }
}

fn report_of(text: &str) -> Report {
    compare(&text::read(text).expect("the edited copy still reads as a FAQ"))
}

/// Writes `text` to a file of its own and runs the command on it.
fn run_on(name: &str, text: &str, json: bool) -> changes::Run {
    let path = std::env::temp_dir().join(format!("faq-changes-{}-{name}.txt", std::process::id()));
    std::fs::write(&path, text).expect("the temporary copy is written");
    let mut args = vec![path.display().to_string()];
    if json {
        args.push("--json".to_owned());
    }
    let run = command(&args);
    let _ = std::fs::remove_file(&path);
    run
}

fn replaced(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "the FAQ has “{from}” once");
    text.replacen(from, to, 1)
}

// The map on its own: needs no FAQ text.

#[test]
fn every_point_rests_on_a_sentence_of_its_own_entry() {
    for point in faq::POINTS {
        let sources: Vec<Part> = MAP
            .iter()
            .filter(|part| {
                part.sentences.iter().any(|s| {
                    matches!(s.role, Role::Source(points) if points.iter().any(|p| std::ptr::eq(*p, *point)))
                })
            })
            .map(|part| part.part)
            .collect();
        assert!(!sources.is_empty(), "no sentence of the map is the source of `{}`", point.id);
        for part in sources {
            let same = match part {
                Part::Entry(entry) => std::ptr::eq(entry, point.entry),
                Part::Section(Section::Introduction) => std::ptr::eq(point.entry, &faq::INTRODUCTION),
                _ => false,
            };
            assert!(same, "`{}` has a source outside its own entry, in {}", point.id, part.id());
        }
    }
}

#[test]
fn every_sentence_of_the_map_is_a_source_a_heading_or_set_aside_with_a_reason() {
    for part in MAP {
        assert!(!part.sentences.is_empty(), "{} has no sentence", part.part.id());
        for (i, sentence) in part.sentences.iter().enumerate() {
            match sentence.role {
                Role::Source(points) => {
                    assert!(!points.is_empty(), "{} {}: a source of nothing", part.part.id(), i + 1)
                }
                Role::SetAside(why) => {
                    assert!(why.len() > 20, "{} {}: set aside without a reason", part.part.id(), i + 1)
                }
                Role::Heading => {
                    assert_eq!(i, 0, "{}: a heading that is not its part's first sentence", part.part.id())
                }
            }
        }
        // An entry's question and a section's heading come first.
        if matches!(part.part, Part::Entry(_) | Part::Section(_)) {
            assert_eq!(part.sentences[0].role, Role::Heading, "{} begins with its heading", part.part.id());
        }
    }
}

#[test]
fn the_map_has_every_entry_once_in_the_faqs_order() {
    let entries: Vec<&str> = MAP
        .iter()
        .filter_map(|p| match p.part {
            Part::Entry(entry) => Some(entry.id),
            _ => None,
        })
        .collect();
    let faq_order: Vec<&str> = faq::ALL.iter().map(|e| e.id).collect();
    assert_eq!(entries, faq_order);
    let mut ids: Vec<&str> = MAP.iter().map(|p| p.part.id()).collect();
    ids.sort_unstable();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "part ids are unique");
}

// The map against the FAQ's text.

#[test]
fn the_map_is_the_faq_text_sentence_for_sentence() {
    let Some(faq) = faq_text("the_map_is_the_faq_text_sentence_for_sentence") else { return };
    let read = text::read(&faq).expect("the FAQ reads");
    assert_eq!(read.parts.len(), MAP.len(), "parts");
    for (written, mapped) in read.parts.iter().zip(MAP) {
        assert_eq!(written.kind, mapped.part.kind(), "{}", mapped.part.id());
        let fingerprints: Vec<_> = written.sentences.iter().map(|s| text::fingerprint(s)).collect();
        let mapped_fingerprints: Vec<_> = mapped.sentences.iter().map(|s| s.fingerprint).collect();
        assert_eq!(fingerprints, mapped_fingerprints, "sentences of {}", mapped.part.id());
    }
    let run = command(&[default_faq_path().display().to_string(), "--json".to_owned()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        format!(
            r#"{{"revision":"{}","matches":true,"outcomes":[],"changed":[],"unread":[]}}"#,
            faq::FAQ_REVISION
        )
    );
}

#[test]
fn a_number_changed_in_one_sentence_is_that_sentence_and_what_rests_on_it() {
    let Some(faq) = faq_text("a_number_changed_in_one_sentence_is_that_sentence_and_what_rests_on_it") else {
        return;
    };
    let edited = replaced(&faq, "You have 12 months to upgrade", "You have 6 months to upgrade");
    let report = report_of(&edited);
    assert!(report.unread.is_empty(), "{:?}", report.unread);
    assert_eq!(report.changed.len(), 1, "{:?}", report.changed);
    let change = &report.changed[0];
    assert_eq!(change.part.id(), "downgrade-rights");
    assert_eq!(change.position, 4);
    assert!(change.now.as_deref().is_some_and(|now| now.starts_with("You have 6 months")));
    let resting = change.resting();
    assert_eq!(
        resting.points.iter().map(|p| p.id).collect::<Vec<_>>(),
        ["downgrade-rights/twelve-months-to-upgrade"]
    );
    // Exactly the outcomes whose own statements rest on the twelve months.
    let downgrade = TOPICS.iter().find(|t| t.id == "downgrade").expect("the downgrade topic");
    let expected: Vec<String> = downgrade
        .outcomes
        .iter()
        .filter(|o| {
            o.statements()
                .any(|s| s.basis.points().iter().any(|p| p.id == "downgrade-rights/twelve-months-to-upgrade"))
        })
        .map(|o| format!("downgrade:{}", o.id))
        .collect();
    assert!(expected.contains(&"downgrade:partner-network-window-closed".to_owned()));
    assert_eq!(changes::affected_outcomes(&report), expected);

    let run = run_on("number", &edited, true);
    assert_eq!(run.status, 1);
    assert!(run.stdout.contains(r#""outcomes":["downgrade:"#), "{}", run.stdout);
    assert!(run.stdout.contains(r#""entry":"downgrade-rights","question":"Does the Microsoft Partner Network grant downgrade rights?","position":4,"change":"changed""#), "{}", run.stdout);
    assert!(run.stdout.contains(r#""unread":[]"#));
}

#[test]
fn a_sentence_removed_is_named_with_its_points() {
    let Some(faq) = faq_text("a_sentence_removed_is_named_with_its_points") else { return };
    let edited = replaced(&faq, " There are no exceptions to this policy.", "");
    let report = report_of(&edited);
    assert!(report.unread.is_empty());
    assert_eq!(report.changed.len(), 1, "{:?}", report.changed);
    let change = &report.changed[0];
    assert_eq!((change.part.id(), change.position, change.now.is_none()), ("kms-keys", 3, true));
    // Every KMS outcome cites that no key is issued through the partner network.
    let kms = TOPICS.iter().find(|t| t.id == "kms").expect("the kms topic");
    let every: Vec<String> = kms.outcomes.iter().map(|o| format!("kms:{}", o.id)).collect();
    assert_eq!(changes::affected_outcomes(&report), every);
    let run = run_on("removed", &edited, true);
    assert_eq!(run.status, 1);
    assert!(run.stdout.contains(r#""change":"removed","now":null"#), "{}", run.stdout);
    assert!(run.stdout.contains(r#""points":["kms-keys/volume-licensing-only"]"#), "{}", run.stdout);
}

#[test]
fn a_sentence_added_to_an_entry_is_unread_with_its_entrys_question() {
    let Some(faq) = faq_text("a_sentence_added_to_an_entry_is_unread_with_its_entrys_question") else {
        return;
    };
    let added =
        "Partners enrolled in the Cloud program may request a KMS key from their Regional Service Center.";
    let edited = replaced(
        &faq,
        "There are no exceptions to this policy.",
        &format!("There are no exceptions to this policy. {added}"),
    );
    let report = report_of(&edited);
    assert!(report.changed.is_empty(), "{:?}", report.changed);
    assert_eq!(report.unread.len(), 1);
    let unread = &report.unread[0];
    assert_eq!(unread.text, added);
    assert_eq!(unread.under, "How can my organization obtain a Key Management Service product key?");
    assert_eq!(unread.position, 4);
    // Every outcome drawn from the entry it joins is to be reviewed.
    let outcomes = changes::affected_outcomes(&report);
    assert!(
        outcomes.contains(&"kms:not-issued".to_owned())
            && outcomes.contains(&"kms:volume-licensing-key".to_owned())
    );
    assert!(outcomes.iter().all(|o| o.starts_with("kms:") || o.starts_with("activation")), "{outcomes:?}");
    let run = run_on("added", &edited, true);
    assert_eq!(run.status, 1);
    assert!(run.stdout.contains(&format!(r#""unread":[{{"entry":"kms-keys","question":"How can my organization obtain a Key Management Service product key?","position":4,"text":"{added}""#)), "{}", run.stdout);
    let readable = run_on("added-markdown", &edited, false);
    assert!(readable.stdout.contains("## Unread: sentences no point rests on yet"), "{}", readable.stdout);
}

/// Every line wrapped at 48 columns (continuation lines indented as the line
/// was), runs of spaces doubled here and there, trailing spaces and Windows
/// line ends: the same sentences.
fn reflowed(faq: &str) -> String {
    let mut lines = Vec::new();
    for (n, line) in faq.lines().enumerate() {
        let indentation = line.len() - line.trim_start().len();
        let words: Vec<&str> = line.split_whitespace().collect();
        if n == 0 || words.is_empty() {
            lines.push(line.to_owned());
            continue;
        }
        let mut current = " ".repeat(indentation);
        for (k, word) in words.iter().enumerate() {
            if current.trim().len() + word.len() > 48 && !current.trim().is_empty() {
                lines.push(format!("{current}  "));
                current = " ".repeat(indentation);
            }
            current.push_str(word);
            current.push_str(if k % 3 == 0 { "   " } else { " " });
        }
        lines.push(current.trim_end().to_owned());
    }
    lines.join("\r\n")
}

#[test]
fn reflowed_whitespace_and_line_breaks_report_nothing() {
    let Some(faq) = faq_text("reflowed_whitespace_and_line_breaks_report_nothing") else { return };
    let edited = reflowed(&faq);
    assert!(edited.lines().count() > faq.lines().count() + 50, "the copy is reflowed");
    let run = run_on("reflowed", &edited, true);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains(r#""matches":true,"outcomes":[],"changed":[],"unread":[]"#),
        "{}",
        run.stdout
    );
}

#[test]
fn an_entrys_question_reworded_is_that_question_and_everything_drawn_from_the_entry() {
    let Some(faq) =
        faq_text("an_entrys_question_reworded_is_that_question_and_everything_drawn_from_the_entry")
    else {
        return;
    };
    let edited = replaced(
        &faq,
        "Does the Microsoft Partner Network grant downgrade rights?",
        "Are downgrade rights part of the Microsoft Partner Network's benefits?",
    );
    let report = report_of(&edited);
    assert!(report.unread.is_empty(), "{:?}", report.unread);
    assert_eq!(report.changed.len(), 1, "{:?}", report.changed);
    let change = &report.changed[0];
    assert_eq!((change.part.id(), change.position, change.role), ("downgrade-rights", 1, Role::Heading));
    let outcomes = changes::affected_outcomes(&report);
    let downgrade = TOPICS.iter().find(|t| t.id == "downgrade").expect("the downgrade topic");
    for outcome in downgrade.outcomes {
        assert!(outcomes.contains(&format!("downgrade:{}", outcome.id)), "{} cites the entry", outcome.id);
    }
    assert!(outcomes.iter().all(|o| !o.starts_with("kms:")), "{outcomes:?}");
}

#[test]
fn a_text_that_is_no_faq_is_status_two() {
    let run = run_on("not-a-faq", "Hello.\n\nThis is a letter, not a FAQ.\n", true);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("cannot be read as the FAQ"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let missing = command(&["/nonexistent/faq.txt".to_owned(), "--json".to_owned()]);
    assert_eq!(missing.status, 2);
    assert!(missing.stderr.contains("LICENSING_FAQ"), "{}", missing.stderr);
    let binary = run_on("binary", "\u{0}\u{1}", true);
    assert_eq!(binary.status, 2);
}

#[test]
fn the_reader_splits_sentences_and_keeps_headings_apart() {
    let page = "Title of the page\nA notice.\n\n  • Section one\n    Is this a question?\n\n    Yes. It is (for example, this). “Quoted.” Next one!\n    • A list item that wraps\n    onto a second line.\n\n  • Section\n  two wrapped\n\n    Another question?\n";
    let read = text::read(page).expect("reads");
    let kinds: Vec<PartKind> = read.parts.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [PartKind::Head, PartKind::Section, PartKind::Entry, PartKind::Section, PartKind::Entry]
    );
    assert_eq!(read.parts[0].sentences, ["Title of the page", "A notice."]);
    assert_eq!(
        read.parts[2].sentences,
        [
            "Is this a question?",
            "Yes.",
            "It is (for example, this).",
            "“Quoted.”",
            "Next one!",
            "A list item that wraps onto a second line."
        ]
    );
    assert_eq!(read.parts[3].sentences, ["Section two wrapped"]);
    assert_eq!(text::read("   \n"), Err(text::NotAFaq::Empty));
}
