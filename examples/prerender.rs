//! Prints what `scripts/build/post_build.py` writes into the built
//! `index.html`, where the app will put its own screen: the start screen and
//! the screens of links naming only a topic or tool (see
//! `src/ui/prerender.rs`).

use licensing_check::ui::prerender::prerendered_html;

fn main() {
    println!("{}", prerendered_html());
}
