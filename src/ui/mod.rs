//! The view: one file per kind of screen, each a function from the state to
//! markup (`markup.rs`), rendered with Leptos and its signals. The view never
//! decides eligibility; it shows what `rules::evaluate` returns.

mod answer_form;
mod answers_summary;
mod app;
mod markup;
mod nav;
mod page_screen;
pub mod panic_page;
mod question_page;
mod result_page;
mod start_page;
mod storage;
mod tree_page;

pub use app::App;

/// Mounts the app on the page's `<body>`, with the safety net in place first.
pub fn start() {
    panic_page::install();
    leptos::mount::mount_to_body(App);
}
