//! Prints the start screen as HTML, for `scripts/build/post_build.py` to
//! write into the built `index.html`; with `linked`, the screen of each link
//! naming only a topic or tool, one per line as `id<TAB>html`, for the page
//! to show on such a link before the app has loaded (see
//! `src/ui/prerender.rs`).

use licensing_check::ui::prerender::{linked_screens_html, start_screen_html};

fn main() {
    if std::env::args().nth(1).as_deref() == Some("linked") {
        for (id, html) in linked_screens_html() {
            assert!(!html.contains(['\t', '\n']), "{id}: one line per screen");
            println!("{id}\t{html}");
        }
    } else {
        println!("{}", start_screen_html());
    }
}
