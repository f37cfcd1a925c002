//! The page's address: reading it, writing a location into it (a history
//! entry, or in place), and the links to locations that keep the page's path
//! (for hosting under a sub-path).

use crate::ui::reactive::*;
use wasm_bindgen::JsValue;

use licensing_rules::state::{encode, Location};

/// A link to a location that keeps the page's path.
pub fn href(to: &Location) -> String {
    let query = encode(to);
    if query.is_empty() {
        page_path()
    } else {
        query
    }
}

/// The page's own path, without a query: a link to the start screen.
#[cfg(target_arch = "wasm32")]
fn page_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".to_owned())
}

/// Outside a browser (the start screen written at build time) the path is not
/// known yet; an empty query stays on whatever path the page is served from.
#[cfg(not(target_arch = "wasm32"))]
fn page_path() -> String {
    "?".to_owned()
}

/// The whole address of `location` to share: this page's origin and path,
/// and the location's link without the frame's embedding settings.
#[cfg(target_arch = "wasm32")]
pub fn shareable_url(location: &Location) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}{}", page_path(), encode(&location.shared()))
}

/// Outside a browser (screens written as HTML by tests) there is no address.
#[cfg(not(target_arch = "wasm32"))]
pub fn shareable_url(_: &Location) -> String {
    String::new()
}

pub(super) fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's address as [`href`] writes it: the query, or without one the
/// path.
pub(super) fn current_address() -> String {
    match current_query() {
        query if query.is_empty() => page_path(),
        query => query,
    }
}

pub(super) fn push_url(url: &str) {
    if let Ok(history) = window().history() {
        // A failure (for example a sandboxed iframe) only loses the history entry.
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

pub(super) fn replace_url(url: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}
