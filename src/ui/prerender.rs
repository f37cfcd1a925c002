//! The start screen as HTML, written into `index.html` at build time
//! (`examples/prerender.rs`, run by `scripts/build/post_build.py`), so a visitor
//! sees the topics (real links to their deep links) as soon as the page
//! itself arrives, before the script and WebAssembly have loaded.
//! The app replaces it with its own live start screen when it starts
//! ([`super::start`]); on a deep link the page hides it at once (web/start.js
//! marks the page, style/main.css hides it), so it never shows in place of
//! a question or result.

use crate::ui::reactive::*;

use super::frame::frame;
use super::nav::Nav;

/// The id of the element holding the written-in start screen.
pub const PRERENDERED_ID: &str = "prerendered";

/// The page as every visitor first sees it: the start screen, with nothing
/// saved, wrapped in an element the app removes when it starts. (On a deep
/// link the page's first script, web/start.js, hides it at once.)
pub fn start_screen_html() -> String {
    let mut screen = String::new();
    Owner::new().with(|| frame(Nav::at_start()).write_html(&mut screen));
    format!("<div id=\"{PRERENDERED_ID}\">{screen}</div>")
}
