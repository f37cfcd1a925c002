//! The view: Leptos components, one file per kind of screen. The view never
//! decides eligibility; it shows what `rules::evaluate` returns.

mod answer_form;
mod app;
mod nav;
mod page_screen;
mod question_page;
mod result_page;
mod start_page;

pub use app::App;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(App);
}
