//! Prints the start screen as HTML, for `scripts/build/post_build.py` to
//! write into the built `index.html` (see `src/ui/prerender.rs`).

fn main() {
    println!("{}", licensing_check::ui::prerender::start_screen_html());
}
