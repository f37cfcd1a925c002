//! The deep-link contract, decoded and encoded natively.

mod support;

use licensing_rules::model::Value;
use licensing_rules::state::{decode, encode, Ignored, Location, Screen};
use licensing_rules::visit::Visit;
use support::{date, topic};

fn answers_of(location: &Location) -> Vec<(&'static str, String)> {
    match &location.screen {
        Screen::Start | Screen::Tool(_) | Screen::Tree(_) | Screen::Checks => Vec::new(),
        Screen::Topic { answers, .. } => answers.iter().map(|(q, v)| (q.id, v.to_query())).collect(),
    }
}

#[test]
fn a_full_link_decodes_to_its_topic_answers_and_settings() {
    let decoded =
        decode("?topic=downgrade&license-source=mpn&new-version-date=2025-03-01&as-of=2026-02-01&embed=1");
    assert!(decoded.ignored.is_empty(), "{:?}", decoded.ignored);
    let location = decoded.location;
    assert_eq!(location.topic().map(|(t, _)| t.id), Some("downgrade"));
    assert_eq!(
        answers_of(&location),
        vec![("license-source", "mpn".to_owned()), ("new-version-date", "2025-03-01".to_owned())]
    );
    assert_eq!(location.as_of, Some(date("2026-02-01")));
    assert!(location.embed);
}

#[test]
fn an_empty_or_bare_query_is_the_start_page() {
    for query in ["", "?", "&&", "?&"] {
        let decoded = decode(query);
        assert_eq!(decoded.location, Location::default(), "{query:?}");
        assert!(decoded.ignored.is_empty());
    }
}

#[test]
fn encoding_then_decoding_gives_the_same_location() {
    for query in [
        "?topic=upgrade&existing-os=8-pro&install-location=internal",
        "?topic=toolkit&location-role=associated&location-competency=yes&toolkit-held=no&embed=1",
        "?topic=downgrade&license-source=mpn&new-version-date=2024-02-29&as-of=2025-02-28",
        "?topic=kms",
        "?embed=1",
        "",
    ] {
        let location = decode(query).location;
        assert_eq!(encode(&location), query);
        assert_eq!(decode(&encode(&location)).location, location);
    }
}

#[test]
fn unknown_names_and_values_are_named_and_the_rest_is_kept() {
    let decoded = decode("?topic=upgrade&existing-os=windows-95&install-location=internal&colour=blue");
    assert_eq!(answers_of(&decoded.location), vec![("install-location", "internal".to_owned())]);
    let messages: Vec<String> = decoded.ignored.iter().map(Ignored::message).collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(
        messages[0].contains("“windows-95”") && messages[0].contains("xp-professional"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains("“colour”") && messages[1].contains("Windows upgrade licenses"),
        "{}",
        messages[1]
    );
}

#[test]
fn an_unknown_topic_opens_the_start_page_with_a_notice() {
    let decoded = decode("?topic=licences&existing-os=home");
    assert_eq!(decoded.location.screen, Screen::Start);
    assert!(matches!(&decoded.ignored[0], Ignored::UnknownTopic(t) if t == "licences"));
    assert!(matches!(&decoded.ignored[1], Ignored::UnknownParameter { screen: None, .. }));
}

#[test]
fn a_question_of_another_topic_is_ignored() {
    let decoded = decode("?topic=kms&existing-os=home");
    assert!(answers_of(&decoded.location).is_empty());
    assert!(decoded.ignored[0].message().contains("KMS keys"));
}

#[test]
fn bad_dates_are_named_with_what_is_wrong() {
    let cases = [
        ("2025-02-30", "not a day of the calendar"),
        ("2025-13-01", "not a day of the calendar"),
        ("20250301", "YYYY-MM-DD"),
        ("3000-01-01", "outside the years"),
    ];
    for (value, words) in cases {
        let decoded = decode(&format!("?topic=downgrade&license-source=mpn&new-version-date={value}"));
        assert_eq!(answers_of(&decoded.location).len(), 1, "{value}: the source is kept");
        let message = decoded.ignored.first().map(Ignored::message).unwrap_or_default();
        assert!(message.contains(words), "{value}: {message}");
    }
    let decoded = decode("?as-of=yesterday");
    assert_eq!(decoded.location.as_of, None);
    assert!(decoded.ignored[0].message().contains("today's date is used"));
}

#[test]
fn repeated_parameters_keep_the_first_value() {
    let decoded = decode("?topic=kms&volume-licensing=yes&volume-licensing=no");
    assert_eq!(answers_of(&decoded.location), vec![("volume-licensing", "yes".to_owned())]);
    assert_eq!(decoded.ignored, vec![Ignored::Repeated("volume-licensing".to_owned())]);
    // The same value twice is no conflict.
    assert!(decode("?topic=kms&topic=kms").ignored.is_empty());
}

#[test]
fn percent_encoding_and_plus_signs_are_decoded() {
    let decoded = decode("?%74opic=kms&volume%2Dlicensing=y%65s");
    assert_eq!(answers_of(&decoded.location), vec![("volume-licensing", "yes".to_owned())]);
    let decoded = decode("?topic=a+b%ZZ%");
    assert_eq!(decoded.ignored, vec![Ignored::UnknownTopic("a b%ZZ%".to_owned())]);
}

#[test]
fn hostile_values_are_shown_short_and_without_control_characters() {
    let long = "x".repeat(500);
    let decoded = decode(&format!("?topic={long}%00%0A"));
    let message = decoded.ignored[0].message();
    assert!(message.chars().count() < 200, "{message}");
    assert!(!message.chars().any(char::is_control));
    let decoded = decode("?topic=%3Cscript%3Ealert(1)%3C/script%3E");
    assert!(decoded.ignored[0].message().contains("<script>"), "shown as text; the view escapes it");
}

#[test]
fn control_characters_and_reordering_marks_are_never_repeated() {
    let decoded = decode("?topic=a%00b%E2%80%AEc%E2%81%A6d%0Ae");
    let message = decoded.ignored[0].message();
    assert!(message.contains("“a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e”"), "{message}");
    // Other non-ASCII text is shown as it is.
    let decoded = decode("?topic=caf%C3%A9%20%E2%9C%93");
    assert!(decoded.ignored[0].message().contains("“café ✓”"));
    let decoded = decode("?topic=caf%c3%a9+%e2%9c%93");
    assert!(decoded.ignored[0].message().contains("“café ✓”"), "lower-case escapes too");
}

#[test]
fn very_many_parameters_are_cut_off_with_a_notice() {
    let query: String = (0..1000).map(|i| format!("p{i}=x&")).collect();
    let decoded = decode(&query);
    assert!(decoded.ignored.contains(&Ignored::TooMany));
    assert!(decoded.ignored.len() <= licensing_rules::state::query::MAX_PARAMETERS + 1);
}

#[test]
fn the_canonical_location_drops_answers_that_do_not_matter() {
    let location = decode("?topic=upgrade&existing-os=home&install-location=internal").location;
    let visit = Visit::of(location, Some(date("2026-11-28")));
    let (canonical, dropped) = (visit.location, visit.dropped);
    assert_eq!(encode(&canonical), "?topic=upgrade&existing-os=home");
    let upgrade = topic("upgrade");
    let install = upgrade.question("install-location").expect("question");
    assert_eq!(dropped.get(install), Some(Value::Choice("internal")));
}

#[test]
fn tools_open_by_their_topic_name() {
    for (id, title) in [
        ("keys", "Product key and token check"),
        ("activation-planner", "Activation planner"),
        ("organization-account", "Organization Account"),
    ] {
        let decoded = decode(&format!("?topic={id}"));
        assert!(decoded.ignored.is_empty());
        match decoded.location.screen {
            Screen::Tool(tool) => assert_eq!(tool.title, title),
            other => panic!("{id}: {other:?}"),
        }
        assert_eq!(encode(&decoded.location), format!("?topic={id}"));
    }
}

#[test]
fn a_parameter_a_tool_does_not_use_is_named_with_the_tool() {
    let decoded = decode("?topic=keys&volume-licensing=yes");
    assert!(matches!(decoded.location.screen, Screen::Tool(tool) if tool.id == "keys"));
    assert_eq!(
        decoded.ignored.iter().map(Ignored::message).collect::<Vec<_>>(),
        ["“volume-licensing” in the link is not a question about Product key and token check, so it was ignored."]
    );
}

#[test]
fn a_product_key_in_a_link_is_dropped_and_never_repeated() {
    let key = "ABCDE-12345-FGHIJ-67890-KLMNO";
    for query in [format!("?topic=keys&product-key={key}"), format!("?product-key={key}&topic=kms")] {
        let decoded = decode(&query);
        assert_eq!(decoded.ignored, vec![Ignored::KeyInLink]);
        assert!(!decoded.ignored[0].message().contains("ABCDE"));
        assert!(!encode(&decoded.location).contains("ABCDE"));
        assert!(!format!("{:?}", decoded.location).contains("ABCDE"));
    }
}

#[test]
fn numbers_are_whole_and_not_negative() {
    let base = "?topic=o365-switch&entitlement=";
    assert!(decode(&format!("{base}0")).ignored.is_empty());
    assert!(decode(&format!("{base}18446744073709551615")).ignored.is_empty());
    for (bad, words) in [
        ("-1", "whole number"),
        ("1.5", "whole number"),
        ("ten", "whole number"),
        ("", "whole number"),
        ("1234567890123456789012345678901234567890", "too large"),
    ] {
        let decoded = decode(&format!("{base}{bad}"));
        assert!(answers_of(&decoded.location).is_empty(), "{bad}");
        assert!(decoded.ignored[0].message().contains(words), "{bad}: {}", decoded.ignored[0].message());
    }
}

#[test]
fn the_decision_tree_opens_with_view_tree() {
    let decoded = decode("?topic=toolkit&view=tree");
    assert_eq!(decoded.location.screen, Screen::Tree(topic("toolkit")));
    assert!(decoded.ignored.is_empty());
    assert_eq!(encode(&decoded.location), "?topic=toolkit&view=tree");
    assert_eq!(decode("?view=tree").ignored, vec![Ignored::BadView("tree".to_owned())]);
    assert_eq!(decode("?topic=kms&view=graph").ignored, vec![Ignored::BadView("graph".to_owned())]);
}

#[test]
fn embedding_options_travel_with_the_link() {
    let query =
        "?topic=kms&embed=1&embed-origin=https%3A%2F%2Ffaq.example.com%3A8443&embed-background=transparent";
    let decoded = decode(query);
    assert!(decoded.ignored.is_empty(), "{:?}", decoded.ignored);
    let location = decoded.location;
    assert_eq!(location.embed_origin.as_ref().map(|o| o.as_str()), Some("https://faq.example.com:8443"));
    assert!(location.embed && location.transparent);
    assert_eq!(encode(&location), query);
    assert_eq!(
        decode("?embed=1&embed-origin=*").location.embed_origin.map(|o| o.as_str().to_owned()),
        Some("*".into())
    );
    // embed=0 is the plain page, said explicitly: nothing to tell the user.
    let decoded = decode("?topic=kms&embed=0");
    assert!(decoded.ignored.is_empty() && !decoded.location.embed, "{decoded:?}");
}

#[test]
fn a_link_shared_from_a_frame_leaves_the_frame_behind() {
    let framed = decode(
        "?topic=downgrade&license-source=mpn&new-version-date=2025-03-01&as-of=2026-02-01&embed=1&embed-origin=https%3A%2F%2Ffaq.example.com&embed-background=transparent",
    )
    .location;
    assert_eq!(
        encode(&framed.shared()),
        "?topic=downgrade&license-source=mpn&new-version-date=2025-03-01&as-of=2026-02-01"
    );
}

#[test]
fn an_embed_origin_that_could_never_match_a_parent_is_named_and_dropped() {
    for bad in [
        "faq.example.com",
        "https://faq.example.com/help",
        "https://faq.example.com/",
        "HTTPS://FAQ.example.com",
        "javascript:alert(1)",
        "https://",
        "https://a.com:",
        "https://a.com:123456",
        "ftp://a.com",
        "**",
    ] {
        let decoded =
            decode(&format!("?embed=1&embed-origin={}", bad.replace(':', "%3A").replace('/', "%2F")));
        assert_eq!(decoded.location.embed_origin, None, "{bad}");
        assert!(
            matches!(&decoded.ignored[..], [Ignored::BadEmbedOrigin(v)] if v == bad),
            "{bad}: {:?}",
            decoded.ignored
        );
        assert!(decoded.ignored[0].message().contains("embed-origin"));
    }
    let decoded = decode("?embed=1&embed-background=pink");
    assert!(!decoded.location.transparent);
    assert!(
        decoded.ignored[0].message().contains("“pink”")
            && decoded.ignored[0].message().contains("transparent")
    );
}

/// The JavaScript module's callers get messages in the terms of what they
/// gave: a state object is no link, and has no topic list below it.
#[test]
fn a_message_speaks_of_what_was_given() {
    use licensing_rules::state::{InQuery, InState};
    let decoded = decode("?topic=nope");
    assert_eq!(
        decoded.ignored[0].message(),
        "The link asks for a topic “nope” that this page does not have. Choose a topic below."
    );
    assert_eq!(
        decoded.ignored[0].message_in::<InState>(),
        "The state asks for a topic “nope” that the rules do not have (topics() lists them)."
    );
    let decoded = decode("?topic=kms&volume-licensing=false&volume-licencing=no&as-of=2026-02-30");
    for messages in [
        decoded.ignored.iter().map(|i| i.message_in::<InQuery>()).collect::<Vec<_>>(),
        decoded.ignored.iter().map(|i| i.message_in::<InState>()).collect(),
    ] {
        let all = messages.join(" ");
        assert_eq!(messages.len(), 3, "{all}");
        assert!(!all.contains("link") && !all.contains("below") && !all.contains("this page"), "{all}");
        assert!(all.contains("“false”") && all.contains("not one of yes, no"), "{all}");
    }
    let state: Vec<String> = decoded.ignored.iter().map(|i| i.message_in::<InState>()).collect();
    assert!(
        state.iter().any(|m| m.starts_with("“volume-licencing” in answers is not a question about")),
        "{state:?}"
    );
    assert!(
        state
            .iter()
            .any(|m| m.contains("(asOf) was ignored") && m.ends_with("the caller's date is used instead.")),
        "{state:?}"
    );
    let query: Vec<String> = decoded.ignored.iter().map(|i| i.message_in::<InQuery>()).collect();
    assert!(
        query.iter().any(|m| m.starts_with("“volume-licencing” in the query is not a question about")),
        "{query:?}"
    );
    assert!(query.iter().any(|m| m.starts_with("The query's date “2026-02-30” (as-of)")), "{query:?}");
    let key = decode("?topic=keys&product-key=ABCDE");
    assert!(!key.ignored[0].message_in::<InState>().contains("ABCDE"));
    assert!(key.ignored[0].message_in::<InState>().contains("checkKeyFormat()"));
}

#[test]
fn a_visit_says_when_its_screen_shows_the_day() {
    let shows = |link: &str, today| Visit::of(decode(link).location, today).shows_the_day();
    let today = Some(date("2026-11-28"));
    // The same on every day: written at build time.
    assert!(!shows("?topic=downgrade", today));
    assert!(!shows("?topic=kms&volume-licensing=no", today));
    assert!(!shows("?topic=cloud-tokens&view=tree", today));
    // Counted from the day, or asking for one.
    assert!(shows("?topic=downgrade&license-source=mpn&new-version-date=2025-03-31", today));
    assert!(shows("?topic=downgrade&license-source=mpn&new-version-date=2025-03-31", None));
    assert!(shows("?topic=cloud-tokens&enrollment-end=2026-06-30", today));
    // A day set by the link on a dated topic: whether it is today depends on today.
    assert!(shows("?topic=downgrade&as-of=2026-01-15", today));
    assert!(!shows("?topic=kms&as-of=2026-01-15", today), "an undated topic");
}

#[test]
fn a_visit_gives_the_day_its_link_sets_on_a_dated_topic_and_whether_it_is_today() {
    use licensing_rules::visit::SetDay;
    let set = |link: &str, today| Visit::of(decode(link).location, today).set_day;
    let day = date("2026-01-15");
    let question = "?topic=downgrade&as-of=2026-01-15";
    let result = "?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15";
    for link in [question, result] {
        assert_eq!(set(link, Some(date("2026-11-28"))), Some(SetDay { day, not_today: true }), "{link}");
        assert_eq!(set(link, Some(day)), Some(SetDay { day, not_today: false }), "{link}: it is today");
        assert_eq!(set(link, None), Some(SetDay { day, not_today: false }), "{link}: today unknown");
    }
    assert_eq!(set("?topic=downgrade", Some(day)), None, "no day set");
    assert_eq!(set("?topic=kms&as-of=2026-01-15", Some(day)), None, "an undated topic");
    assert_eq!(
        set("?topic=downgrade&view=tree&as-of=2026-01-15", Some(day)),
        None,
        "not a question or result"
    );
}

#[test]
fn a_dated_verdict_with_no_day_asks_for_one_and_an_undated_one_does_not() {
    use licensing_rules::visit::View;
    let link = "?topic=downgrade&license-source=mpn&new-version-date=2025-03-31";
    // No clock and no as-of: the deadline cannot be counted, so the day is asked for.
    let view = Visit::of(decode(link).location, None).view;
    assert!(matches!(view, View::NeedsDay(t) if t.id == "downgrade"), "{view:?}");
    // With a day, the result counted from it.
    let view = Visit::of(decode(link).location, Some(date("2026-01-15"))).view;
    assert!(matches!(view, View::Result { .. }), "{view:?}");
    let view = Visit::of(decode(&format!("{link}&as-of=2026-01-15")).location, None).view;
    assert!(matches!(view, View::Result { .. }), "{view:?}");
    // An undated verdict needs no day.
    let view = Visit::of(decode("?topic=kms&volume-licensing=no").location, None).view;
    assert!(matches!(view, View::Result { .. }), "{view:?}");
}

#[test]
fn the_day_is_the_links_as_of_else_today() {
    use licensing_rules::visit::day;
    let plain = decode("?topic=downgrade").location;
    let set = decode("?topic=downgrade&as-of=2026-01-15").location;
    assert_eq!(day(&plain, Some(date("2026-11-28"))), Some(date("2026-11-28")));
    assert_eq!(day(&plain, None), None);
    assert_eq!(day(&set, Some(date("2026-11-28"))), Some(date("2026-01-15")));
    assert_eq!(day(&set, None), Some(date("2026-01-15")));
}

#[test]
fn canonical_gives_the_visits_location_without_working_out_its_screen() {
    use licensing_rules::visit::canonical;
    let today = Some(date("2026-11-28"));
    for link in [
        "?topic=upgrade&existing-os=home&install-location=internal",
        "?topic=kms&volume-licensing=no",
        "?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15",
        "?topic=keys",
        "?topic=toolkit&view=tree",
        "",
    ] {
        let location = decode(link).location;
        assert_eq!(canonical(&location, today), Visit::of(location.clone(), today).location, "{link}");
    }
    assert_eq!(
        encode(&canonical(
            &decode("?topic=upgrade&existing-os=home&install-location=internal").location,
            today
        )),
        "?topic=upgrade&existing-os=home"
    );
}

#[test]
fn the_start_page_gets_the_saved_topics_worked_out_by_the_visit() {
    use licensing_rules::state::Saved;
    use licensing_rules::visit::{SavedTopic, View};
    let today = Some(date("2026-11-28"));
    let mut saved = Saved::default();
    let given = decode("?topic=upgrade&existing-os=home&install-location=internal").location;
    let (upgrade, answers) = given.topic().expect("a topic");
    saved.set(upgrade, answers.clone());
    let start = Visit::of(decode("?as-of=2026-01-15").location, today).with_saved(&saved, today);
    let View::Start { saved: shown } = start.view else { panic!("{:?}", start.view) };
    // Only the answers that still matter, and the page's settings kept.
    assert_eq!(
        shown,
        vec![SavedTopic {
            topic: upgrade,
            link: decode("?topic=upgrade&existing-os=home&as-of=2026-01-15").location,
            answers: 1,
        }]
    );
    // Other screens list none.
    let result = Visit::of(given, today).with_saved(&saved, today);
    assert!(matches!(result.view, View::Result { .. }));
}

#[test]
fn a_misspelt_question_is_named_with_the_question_it_most_likely_meant() {
    let meant = |link: &str| match &decode(link).ignored[..] {
        [Ignored::UnknownParameter { meant, .. }] => *meant,
        other => panic!("{link}: {other:?}"),
    };
    // A letter changed, two swapped, one left out or added.
    assert_eq!(meant("?topic=kms&volume-licencing=no"), Some("volume-licensing"));
    assert_eq!(meant("?topic=kms&volume-licesning=no"), Some("volume-licensing"));
    assert_eq!(meant("?topic=kms&volume-licening=no"), Some("volume-licensing"));
    assert_eq!(meant("?topic=kms&volume-licensings=no"), Some("volume-licensing"));
    // Another word, or a question of another topic, is no misspelling.
    assert_eq!(meant("?topic=kms&licensing=no"), None);
    assert_eq!(meant("?topic=kms&existing-os=home"), None);
    let message = decode("?topic=kms&volume-licencing=no").ignored[0].message();
    assert!(message.ends_with("so it was ignored: did you mean “volume-licensing”?"), "{message}");
    let plain = decode("?topic=kms&existing-os=home").ignored[0].message();
    assert!(plain.ends_with("so it was ignored."), "{plain}");
}
