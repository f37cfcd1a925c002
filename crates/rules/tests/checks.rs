//! The checks this browser keeps ("Your checks"): what the app writes it
//! reads back; a line that is not one it writes is left out and counted,
//! never the others, and nothing panics. A check opens the same result again.

mod support;

use licensing_rules::date::Date;
use licensing_rules::model::News;
use licensing_rules::state::checks::{CHECKS_KEY, MAX_CHECKS};
use licensing_rules::state::{decode, encode, Check, Checks, Location, Screen};
use licensing_rules::visit::Visit;
use proptest::prelude::*;

fn day(text: &str) -> Date {
    Date::parse(text).expect("a date")
}

/// The check the visit of `link` makes on `on`.
fn check_of(link: &str, on: &str) -> Check {
    let visit = Visit::of(decode(link).location, Some(day(on)));
    visit.check(day(on)).unwrap_or_else(|| panic!("{link} shows a result"))
}

fn sample() -> Checks {
    let mut checks = Checks::default();
    checks.keep(check_of("?topic=kms&volume-licensing=no", "2026-12-01"));
    checks.keep(check_of("?topic=downgrade&license-source=mpn&new-version-date=2026-03-10", "2026-12-05"));
    checks.keep(check_of("?topic=upgrade&install-location=external", "2026-12-06"));
    checks
}

#[test]
fn a_check_is_the_result_as_its_reader_saw_it() {
    let check = check_of("?topic=kms&volume-licensing=no", "2026-12-06");
    assert_eq!(check.day, day("2026-12-06"));
    assert_eq!(check.revision, licensing_rules::faq::FAQ_REVISION);
    assert_eq!(check.answer, "No: only through a Volume Licensing agreement");
    assert_eq!(check.news, News::Bad);
    assert_eq!(encode(&check.location), "?topic=kms&volume-licensing=no");
    assert_eq!(check.topic().map(|t| t.id), Some("kms"));
    assert_eq!(check.counted_from(), None);
    // No result, no check: a question, the start page, a tool, the checks page.
    for link in ["?topic=kms", "", "?topic=keys", "?topic=checks", "?topic=kms&view=tree"] {
        let visit = Visit::of(decode(link).location, Some(day("2026-12-06")));
        assert_eq!(visit.check(day("2026-12-06")), None, "{link}");
    }
}

#[test]
fn a_dated_result_is_kept_with_the_day_it_counted_from() {
    // Counted from the day of the check: its link sets that day, so that it
    // opens as it read then, not as it would count later.
    let today = check_of("?topic=downgrade&license-source=mpn&new-version-date=2026-03-10", "2026-12-06");
    assert_eq!(
        encode(&today.location),
        "?topic=downgrade&license-source=mpn&new-version-date=2026-03-10&as-of=2026-12-06"
    );
    assert!(today.answer.contains("until 10 March 2027 (94 days are left)"), "{}", today.answer);
    assert_eq!(today.counted_from(), None, "the day of the check itself");
    // Counted from a day its link set: that day, said.
    let set = check_of(
        "?topic=downgrade&license-source=mpn&new-version-date=2026-03-10&as-of=2027-04-01",
        "2026-12-06",
    );
    assert_eq!(set.location.as_of, Some(day("2027-04-01")));
    assert_eq!(set.counted_from(), Some(day("2027-04-01")));
    // A topic that counts no days gets no day in its link.
    assert_eq!(check_of("?topic=kms&volume-licensing=no", "2026-12-06").location.as_of, None);
}

#[test]
fn a_frames_settings_are_not_kept() {
    let check = check_of(
        "?topic=kms&volume-licensing=no&embed=1&embed-checks=1&embed-origin=https://faq.example",
        "2026-12-06",
    );
    assert_eq!(check.location, Location { embed: false, ..check.location.clone() });
    assert_eq!(encode(&check.location), "?topic=kms&volume-licensing=no");
}

#[test]
fn what_is_kept_reads_back_newest_first() {
    let checks = sample();
    let text = checks.encode();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "v1");
    assert!(lines[1].starts_with("2026-12-06\t"), "{text}");
    assert!(lines[3].starts_with("2026-12-01\t"), "{text}");
    assert_eq!(Checks::decode(&text), checks);
    assert_eq!(Checks::decode("v1"), Checks::default());
    assert_eq!(CHECKS_KEY, "licensing-check.checks");
}

#[test]
fn the_same_link_with_the_same_finding_keeps_its_first_day() {
    let mut checks = sample();
    let before = checks.clone();
    assert!(!checks.keep(check_of("?topic=kms&volume-licensing=no", "2026-12-07")), "opened again");
    assert_eq!(checks, before);
}

#[test]
fn the_same_link_with_another_finding_is_the_newest_check() {
    let mut checks = sample();
    let mut changed = check_of("?topic=kms&volume-licensing=no", "2026-12-07");
    changed.revision = "0123456789abcdef".to_owned();
    assert!(checks.keep(changed));
    assert_eq!(checks.list.len(), 3);
    assert_eq!(checks.list[0].day, day("2026-12-07"));
    assert_eq!(encode(&checks.list[0].location), "?topic=kms&volume-licensing=no");
    let mut answered = check_of("?topic=kms&volume-licensing=no", "2026-12-08");
    answered.answer = "Another answer".to_owned();
    assert!(checks.keep(answered));
    assert_eq!((checks.list.len(), checks.list[0].day), (3, day("2026-12-08")));
}

#[test]
fn the_oldest_go_past_the_most_kept() {
    let mut checks = Checks::default();
    for n in 0..MAX_CHECKS as u64 + 5 {
        let mut check = check_of("?topic=kms&volume-licensing=no", "2026-12-06");
        check.location = decode(&format!("?topic=sharing&membership=competency&same-organization=yes&demo-training=no&cap-scope=worldwide&licenses-in-use={n}&license-cap=10")).location;
        checks.keep(check);
    }
    assert_eq!(checks.list.len(), MAX_CHECKS);
    assert!(encode(&checks.list[0].location).contains(&format!("licenses-in-use={}", MAX_CHECKS + 4)));
    assert_eq!(Checks::decode(&checks.encode()).list.len(), MAX_CHECKS);
}

#[test]
fn one_is_removed_the_others_stay() {
    let mut checks = sample();
    let middle = checks.list[1].clone();
    assert!(checks.forget(&middle));
    assert_eq!(checks.list.len(), 2);
    assert_eq!(checks.list[0].day, day("2026-12-06"));
    assert_eq!(checks.list[1].day, day("2026-12-01"));
    assert!(!checks.forget(&middle), "no longer kept: nothing removed");
    assert_eq!(checks.list.len(), 2);
}

#[test]
fn a_broken_line_is_set_aside_as_it_is_the_others_kept() {
    let good = sample().encode();
    let line = good.lines().nth(1).expect("a check").to_owned();
    let fields: Vec<&str> = line.split('\t').collect();
    let with = |at: usize, value: &str| {
        let mut changed = fields.clone();
        changed[at] = value;
        changed.join("\t")
    };
    let broken = [
        "not a check at all".to_owned(),
        with(0, "2026-13-01"),
        with(1, ""),
        with(1, "not/hex"),
        with(2, "great"),
        with(3, ""),
        with(3, &"x".repeat(301)),
        with(4, "?topic=kms&volume-licensing=maybe"),
        with(4, "?topic=keys"),
        with(4, "?topic=kms&volume-licensing=no&embed=1"),
        with(4, "https://elsewhere.example/?topic=kms"),
        format!("{line}\textra"),
        fields[..4].join("\t"),
    ];
    for bad in &broken {
        let text = format!("{good}\n{bad}");
        let mut read = Checks::decode(&text);
        assert_eq!(read.unreadable, std::slice::from_ref(bad), "{bad}");
        assert_eq!(read.list, sample().list, "{bad}");
        assert!(!read.foreign);
        // Written back as it was, after the checks, when another is kept.
        read.keep(check_of("?topic=msdn&subscription-source=mpn&use=client-solution", "2026-12-07"));
        assert!(read.encode().ends_with(&format!("\n{bad}")), "{bad}");
        assert_eq!(Checks::decode(&read.encode()).unreadable, std::slice::from_ref(bad));
    }
}

#[test]
fn text_not_this_versions_is_foreign() {
    for text in ["v2\nanything", "", "{\"checks\":[]}", &format!("v1\n{}", "x".repeat(200 * 1024))] {
        let read = Checks::decode(text);
        assert!(read.list.is_empty() && read.unreadable.is_empty(), "{text:.40}");
        assert!(read.foreign, "{text:.40}");
    }
    assert!(!Checks::decode("v1").foreign);
}

#[test]
fn the_checks_page_has_its_link() {
    let decoded = decode("?topic=checks");
    assert!(decoded.ignored.is_empty());
    assert_eq!(decoded.location.screen, Screen::Checks);
    assert_eq!(encode(&decoded.location), "?topic=checks");
    // A frame keeps checks only where its host lets it.
    let framed = decode("?topic=checks&embed=1");
    assert!(!framed.location.keeps_checks());
    let allowed = decode("?topic=checks&embed=1&embed-checks=1");
    assert!(allowed.location.keeps_checks());
    assert_eq!(encode(&allowed.location), "?topic=checks&embed=1&embed-checks=1");
    assert!(decode("?topic=kms").location.keeps_checks());
    let bad = decode("?topic=checks&embed=1&embed-checks=yes");
    assert_eq!(
        bad.ignored.iter().map(|i| i.message()).collect::<Vec<_>>(),
        ["The link's embed-checks “yes” was ignored: it can be 1 or 0."]
    );
}

proptest! {
    #[test]
    fn any_text_reads_without_panicking(text in "\\PC{0,300}", lines in proptest::collection::vec("[ -~\t]{0,80}", 0..6)) {
        let _ = Checks::decode(&text);
        let joined = format!("v1\n{}", lines.join("\n"));
        let read = Checks::decode(&joined);
        prop_assert!(read.list.len() + read.unreadable.len() <= lines.len());
    }
}
