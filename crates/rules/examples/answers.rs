//! Prints docs/answers.md: every topic, outcome and statement with its basis.
//! Run: `cargo run -p licensing-rules --example answers > docs/answers.md`.

fn main() {
    print!("{}", licensing_rules::review::answers_markdown());
}
