//! Prints the start screen as HTML, for `scripts/build/post_build.py` to
//! write into the built `index.html`; with `linked`, the screen of each link
//! naming only a topic or tool, as the JSON object the page's first script
//! builds them from, for the page to show on such a link before the app has
//! loaded (see `src/ui/prerender.rs`).

use licensing_check::ui::prerender::{linked_screens_json, start_screen_html};

fn main() {
    if std::env::args().nth(1).as_deref() == Some("linked") {
        println!("{}", linked_screens_json());
    } else {
        println!("{}", start_screen_html());
    }
}
