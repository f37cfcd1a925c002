//! The view: one file per kind of screen, each a function from the state to
//! markup (`markup.rs`), put on the page and kept current by Leptos' signals.
//! The view never decides eligibility; it shows what `rules::evaluate` returns.

mod answer_form;
mod answers_summary;
mod app;
mod local;
mod markup;
mod nav;
mod page_screen;
pub mod panic_page;
pub mod prerender;
mod question_page;
mod result_page;
mod start_page;
mod storage;
mod tree_page;

pub use app::app;
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
