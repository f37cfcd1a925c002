//! The view: the page's frame (`frame.rs`), one file per screen
//! (`screens/`), the pieces they share (`parts/`); each a function from the
//! state to markup (`markup.rs`), put on the page and kept current by
//! Leptos' signals. The view never decides eligibility: it shows what
//! `licensing_rules::engine::evaluate` returns.

mod frame;
mod local;
mod markup;
mod nav;
pub mod panic_page;
mod parts;
pub mod prerender;
mod screens;
mod storage;

pub use frame::app;
pub use markup::{mount, Mounted};

/// Mounts the app on the page's `<body>`, with the safety net in place first,
/// and takes away the start screen written in at build time (in the same
/// task, so the two never show together).
pub fn start() {
    panic_page::install();
    let document = leptos::prelude::document();
    if let Some(body) = document.body() {
        // The page lives as long as the tab: nothing ever unmounts it.
        std::mem::forget(mount(&body, app));
    }
    if let Some(prerendered) = document.get_element_by_id(prerender::PRERENDERED_ID) {
        prerendered.remove();
    }
}
