//! Prints the text pack: the words of every text of the rules, one line
//! each (`licensing_rules::text::pack`). The release build writes it next to
//! the WebAssembly (`scripts/build/post_build.py`).

fn main() {
    print!("{}", licensing_rules::text::pack::write(&licensing_rules::catalog::texts()));
}
