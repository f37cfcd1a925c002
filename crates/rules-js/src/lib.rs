//! The rules as a JavaScript module, for FAQ and help sites that build their
//! own question widget or show an answer in their own design. Built with
//! wasm-bindgen (`--target web`) from the rules crate alone, with every word
//! in place (no text pack); served beside the app under `rules/` and
//! documented in docs/javascript.md.
//!
//! Values cross into JavaScript through serde. Input goes through the same
//! decoder as the app's links (`licensing_rules::state::decode`): an object
//! is written as a link first. Nothing here throws: bad input comes back as
//! `ignored` messages or `{ kind: "error" }`.

mod shapes;

use licensing_rules::catalog::TOPICS;
use licensing_rules::date::{Date, MAX_YEAR, MIN_YEAR};
use licensing_rules::state::{decode, encode};
use licensing_rules::tools::key_check;
use serde::Serialize;
use shapes::InputKind;
use wasm_bindgen::prelude::*;

// talc instead of Rust's default wasm allocator: smaller, as in the app.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use shapes::{Evaluated, KeyCheck, TopicShape};

/// The types the functions below take and give, for TypeScript.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// The rules' ids as literal types (build.rs), which TYPES uses.
#[wasm_bindgen(typescript_custom_section)]
const IDS: &str = include_str!(concat!(env!("OUT_DIR"), "/ids.d.ts"));

/// Every topic: its questions (with their answers, for choice questions)
/// and the outcomes it can reach.
#[wasm_bindgen(unchecked_return_type = "Topic[]")]
pub fn topics() -> JsValue {
    to_js(&TOPICS.iter().map(|t| TopicShape::of(t)).collect::<Vec<_>>())
}

/// Where a link (a query string, with or without its `?`) or a state object
/// (`{ topic, answers, asOf }`) stands: the next question, or the result.
#[wasm_bindgen(unchecked_return_type = "Evaluation")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "string | State")] query: JsValue) -> JsValue {
    match query_of(&query) {
        Ok(given) => to_js(&Evaluated::of(&decode(&given.query), given.kind, given.unread, today())),
        Err(message) => to_js(&Evaluated::Error { message }),
    }
}

/// The deep link for a link or state: `?topic=…&…`, answers the rules
/// cannot use left out.
#[wasm_bindgen]
pub fn link(#[wasm_bindgen(unchecked_param_type = "string | State")] state: JsValue) -> String {
    query_of(&state).map(|given| encode(&decode(&given.query).location)).unwrap_or_default()
}

/// What this module is: the build it came with (as the app's page names
/// it), the FAQ revision its rules follow, and the version of the public
/// contract (the ids and names host pages rely on; CHANGELOG.md).
#[wasm_bindgen(unchecked_return_type = "About")]
pub fn about() -> JsValue {
    to_js(&shapes::About {
        // Set by the build (crates/release/src/modules.rs), which names the app's build the same.
        version: option_env!("LICENSING_BUILD").unwrap_or("unknown"),
        faq_revision: licensing_rules::faq::FAQ_REVISION,
        contract: licensing_rules::contract::VERSION,
    })
}

/// The product key / token format check, as the app's key check gives it.
#[wasm_bindgen(js_name = checkKeyFormat, unchecked_return_type = "KeyCheck")]
pub fn check_key_format(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> JsValue {
    let Some(text) = text.as_string() else {
        // Said, not thrown: nothing here throws (docs/javascript.md).
        let explanation =
            format!("No key was checked: give the key as text, not {}.", shapes::kind_of(&text));
        return to_js(&KeyCheck {
            format: key_check::KeyFormat::Invalid(key_check::KeyProblem::Length(0)).id(),
            explanation,
        });
    };
    let format = key_check::check(&text);
    to_js(&KeyCheck { format: format.id(), explanation: format.explain() })
}

/// What JavaScript gave, as the one decoder reads it.
struct Given {
    query: String,
    kind: InputKind,
    /// What a state held that is no state's (the decoder never sees it).
    unread: Vec<String>,
}

/// A link's query string from what JavaScript gave, and which it was: a
/// string as a link's query (from a whole address, its query), a state
/// object written as a link (so one decoder reads both; its messages then
/// speak of the state).
fn query_of(value: &JsValue) -> Result<Given, String> {
    if let Some(text) = value.as_string() {
        return Ok(Given { query: query_part(&text).to_owned(), kind: InputKind::Query, unread: Vec::new() });
    }
    shapes::State::read(value)
        .map(|state| Given { query: state.to_query(), kind: InputKind::State, unread: state.unread })
        .ok_or_else(|| "Give a link's query string, or an object { topic, answers, asOf }.".to_owned())
}

/// The query of a link as hosts store it: a query string (`?topic=…` or
/// `topic=…`) as it is; a whole address (`https://…/?topic=…#…`, or one
/// from the site's root, `/check/?topic=…`) from its `?` to its `#`, which
/// starts the frame's look, not the rules' input.
fn query_part(text: &str) -> &str {
    let text = text.trim();
    let scheme = text.split_once("://").is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    });
    if !(scheme || text.starts_with('/')) {
        return text;
    }
    let address = text.split('#').next().unwrap_or(text);
    address.find('?').map_or("", |at| &address[at..])
}

/// The caller's local date, if its clock gives one the rules can use.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))?;
    Date::new(year, u8::try_from(now.get_month() + 1).ok()?, u8::try_from(now.get_date()).ok()?).ok()
}

fn to_js(value: &impl Serialize) -> JsValue {
    // Plain objects (not Maps) for string-keyed maps, and null (not
    // undefined) for what is absent: what the declarations (types.d.ts) say.
    let serializer =
        serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

#[cfg(test)]
mod tests {
    use super::query_part;

    #[test]
    fn a_whole_address_is_read_from_its_query_to_its_look() {
        let cases = [
            ("?topic=kms&volume-licensing=no", "?topic=kms&volume-licensing=no"),
            ("topic=kms", "topic=kms"),
            (" https://faq.example.com/check/?topic=kms#look=dark ", "?topic=kms"),
            ("https://faq.example.com/check/", ""),
            ("/check/?topic=upgrade&edition=home", "?topic=upgrade&edition=home"),
            ("/?topic=kms#", "?topic=kms"),
            // A query whose value is an address is still a query.
            (
                "topic=kms&embed-origin=https://faq.example.com",
                "topic=kms&embed-origin=https://faq.example.com",
            ),
            (
                "?topic=kms&embed-origin=https://faq.example.com",
                "?topic=kms&embed-origin=https://faq.example.com",
            ),
        ];
        for (given, query) in cases {
            assert_eq!(query_part(given), query, "{given}");
        }
    }
}
