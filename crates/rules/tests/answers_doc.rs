//! docs/answers.md is what the rules say now: regenerate it with
//! `cargo run -p licensing-rules --example answers > docs/answers.md`.

use std::path::Path;

#[test]
fn docs_answers_md_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/answers.md");
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    let current = licensing_rules::review::answers_markdown();
    assert!(
        written == current,
        "docs/answers.md is out of date: run `cargo run -p licensing-rules --example answers > docs/answers.md`"
    );
}
