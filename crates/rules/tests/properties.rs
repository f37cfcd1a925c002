//! Property tests for the one decoder of outside input: whatever arrives, it
//! never panics; what the app writes, it reads back unchanged.
//!
//! Repeated parameters resolve by one documented rule: the first occurrence
//! wins, and a later, different value is reported as `Ignored::Repeated`.

use licensing_rules::catalog::{TOOLS, TOPICS};
use licensing_rules::date::Date;
use licensing_rules::model::{Answers, Input, Value};
use licensing_rules::state::{decode, encode, EmbedOrigin, Ignored, Location, Screen};
use proptest::prelude::*;

/// Any location the app can be in, with valid answers (not necessarily on
/// one path: the decoder keeps every valid answer to a topic's questions).
fn location() -> impl Strategy<Value = Location> {
    let topic_screen = (0..TOPICS.len(), proptest::collection::vec(any::<(bool, u64, u32)>(), 6)).prop_map(
        |(index, picks)| {
            let topic = TOPICS[index];
            let answers: Answers = topic
                .questions
                .iter()
                .zip(picks)
                .filter(|(_, (keep, _, _))| *keep)
                .map(|(q, (_, n, d))| {
                    let value = match &q.input {
                        Input::Choice(options) => Value::Choice(options[(n as usize) % options.len()].id),
                        Input::Date => Value::Date(day(d)),
                        Input::Number => Value::Number(n),
                    };
                    (*q, value)
                })
                .collect();
            Screen::Topic { topic, answers }
        },
    );
    let screen = prop_oneof![
        Just(Screen::Start),
        Just(Screen::Checks),
        (0..TOOLS.len()).prop_map(|i| Screen::Tool(TOOLS[i])),
        (0..TOPICS.len()).prop_map(|i| Screen::Tree(TOPICS[i])),
        topic_screen,
    ];
    let origin = proptest::option::of(prop_oneof![
        Just("*".to_owned()),
        "(http|https)://[a-z0-9.-]{1,20}(:[0-9]{1,5})?"
    ]);
    (screen, proptest::option::of(any::<u32>()), any::<bool>(), origin, any::<bool>(), any::<bool>())
        .prop_map(|(screen, as_of, embed, origin, transparent, embed_checks)| Location {
            screen,
            as_of: as_of.map(day),
            embed,
            embed_origin: origin.and_then(|o| EmbedOrigin::parse(&o)),
            transparent,
            embed_checks,
        })
}

/// A valid date from any number: 1900-01-01 plus up to ~300 years.
fn day(n: u32) -> Date {
    let year = 1900 + (n % 300) as i32;
    let month = (n / 300 % 12) as u8 + 1;
    let day = (n / 3600 % 28) as u8 + 1;
    Date::new(year, month, day).expect("days 1 to 28 exist in every month")
}

fn params(query: &str) -> Vec<String> {
    query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(str::to_owned).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_decode_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let decoded = decode(&text);
        for ignored in &decoded.ignored {
            let _ = ignored.message();
        }
        let _ = encode(&decoded.location);
    }

    #[test]
    fn query_like_strings_decode_without_panicking(text in "[?&=%+a-z0-9\\-\u{0}-\u{7f}\u{202e}\u{1F600}]{0,300}") {
        let decoded = decode(&text);
        prop_assert!(decoded.ignored.len() <= licensing_rules::state::query::MAX_PARAMETERS + 1);
        // What was decoded is valid: it encodes and decodes to itself.
        prop_assert_eq!(decode(&encode(&decoded.location)).location, decoded.location);
    }

    #[test]
    fn every_location_survives_a_round_trip_through_its_url(location in location()) {
        let query = encode(&location);
        let decoded = decode(&query);
        prop_assert!(decoded.ignored.is_empty(), "{:?}", decoded.ignored);
        prop_assert_eq!(decoded.location, location);
    }

    #[test]
    fn the_order_of_parameters_does_not_matter(location in location(), seed in any::<u64>()) {
        let mut parts = params(&encode(&location));
        // A cheap deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..parts.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            parts.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let shuffled = format!("?{}", parts.join("&"));
        prop_assert_eq!(decode(&shuffled).location, location);
    }

    #[test]
    fn a_repeated_parameter_keeps_its_first_value(location in location(), pick in any::<usize>()) {
        let parts = params(&encode(&location));
        prop_assume!(!parts.is_empty());
        let first = &parts[pick % parts.len()];
        let name = first.split('=').next().unwrap_or_default().to_owned();
        let query = format!("?{}&{name}=something-else", parts.join("&"));
        let decoded = decode(&query);
        prop_assert_eq!(decoded.location, location);
        prop_assert_eq!(decoded.ignored, vec![Ignored::Repeated(name)]);
    }
}
