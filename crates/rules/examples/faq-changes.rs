//! What a FAQ text changes for the rules: every sentence changed, removed or
//! added against the map of the revision the rules follow, and what in the
//! app rests on each.
//!
//!   cargo run -q -p licensing-rules --example faq-changes -- [FILE] [--json] [--map]
//!
//! FILE: the saved page's text; without it, `LICENSING_FAQ` or the FAQ beside
//! the checkout (../shared/seed/000_<revision>.txt). `--json`: one JSON
//! object. `--map`: each sentence of the text beside the map's line for it.
//! Exit status: 0 when the text matches the map, 1 when it does not, 2 when
//! the file cannot be read as a FAQ.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let run = licensing_rules::faq_sentences::changes::command(&args);
    // A closed pipe (`| head`) is no reason to fail.
    let _ = std::io::stdout().write_all(run.stdout.as_bytes());
    let _ = std::io::stderr().write_all(run.stderr.as_bytes());
    ExitCode::from(run.status)
}
