//! The rules' text pack (`licensing_rules::text`): in the app's build the
//! words of most texts are left out of the WebAssembly, so the first visit
//! stays small, and come from one file fetched by the page. The build writes
//! its name into `window.licensingTexts`, a function of the page's first
//! script (web/start.js) that fetches it once: at once on a deep link (while
//! the WebAssembly downloads), otherwise when the app asks, after the start
//! screen is up.

use crate::ui::reactive::*;
use licensing_rules::text::pack;
use wasm_bindgen::{JsCast, JsValue};

/// Whether this build left words to the pack.
pub const PACKED: bool = cfg!(feature = "lazy-text");

/// Whether every text's words are here.
pub fn ready() -> bool {
    !PACKED || pack::is_installed()
}

/// Fetches the pack (once) and installs it, then calls `done` with whether
/// the words are here. Never throws: a page without the fetch function, a
/// failed request or a broken pack all end in `done(false)`.
pub fn load(done: impl Fn(bool) + 'static) {
    if ready() {
        return done(true);
    }
    let promise = js_sys::Reflect::get(&window(), &JsValue::from_str(super::names::TEXTS_GLOBAL))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else { return done(false) };
    super::promise::then(&promise, move |text| {
        // A second load may have installed it meanwhile: that is success too.
        let text = text.ok().and_then(|t| t.as_string());
        let ok = text.is_some_and(|text| pack::install(text).is_ok()) || pack::is_installed();
        if !ok {
            web_sys::console::warn_1(&JsValue::from_str("The text pack could not be fetched or read."));
        }
        done(ok)
    });
}
