//! Prints the start screen as HTML, for `scripts/build/post_build.py` to
//! write into the built `index.html` (see `src/ui/prerender.rs`). Its one
//! argument is the URL of the build's text pack.

fn main() {
    let texts_url = std::env::args().nth(1).unwrap_or_default();
    println!("{}", licensing_check::ui::prerender::start_screen_html(&texts_url));
}
