//! The start screen as HTML, written into `index.html` at build time
//! (`examples/prerender.rs`, run by `scripts/post_build.py`), so a visitor
//! sees the topics (real links to their deep links) as soon as the page
//! itself arrives, before the script and WebAssembly have loaded.
//! The app replaces it with its own live start screen when it starts
//! ([`super::start`]); a deep link hides it at once, so it never shows in
//! place of a question or result.

use crate::ui::reactive::*;

use super::frame::frame;
use super::nav::Nav;

/// The id of the element holding the written-in start screen.
pub const PRERENDERED_ID: &str = "prerendered";

/// The page as every visitor first sees it: the start screen, with nothing
/// saved, wrapped in an element the app removes when it starts; then a
/// script (the build allows it in the Content-Security-Policy by its hash)
/// that defines `licensingTexts()`, which fetches the text pack at
/// `texts_url` once (again after a failure) for `super::texts`, and on a
/// deep link removes the start screen at once and starts that fetch, so the
/// words come while the WebAssembly does.
pub fn start_screen_html(texts_url: &str) -> String {
    let mut screen = String::new();
    Owner::new().with(|| frame(Nav::at_start()).write_html(&mut screen));
    // The URL is the build's own file name: no quote or backslash in it.
    let url = texts_url.replace(['"', '\\'], "");
    format!(
        "<div id=\"{PRERENDERED_ID}\">{screen}</div>\
         <script>(function(){{var t;window.licensingTexts=function(){{return t||(t=fetch(\"{url}\")\
         .then(function(r){{if(!r.ok)throw Error(r.status);return r.text()}})\
         .catch(function(e){{t=null;throw e}}))}};\
         if(location.search){{document.getElementById(\"{PRERENDERED_ID}\").remove();\
         licensingTexts().catch(function(){{}})}}}})()</script>"
    )
}
