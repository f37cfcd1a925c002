//! No text from outside ever reaches an HTML parser: the view builds nodes
//! and text only. This fails if an injection sink appears anywhere in the
//! sources or the page shell.

use std::fs;
use std::path::{Path, PathBuf};

const SINKS: [&str; 8] = [
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "innerHTML",
    "outerHTML",
    "document.write",
    "eval(",
    "new Function",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html" || e == "js") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_uses_an_html_injection_sink() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = vec![root.join("index.html")];
    files(&root.join("src"), &mut sources);
    assert!(sources.len() > 10);
    let mut found = Vec::new();
    for file in &sources {
        let text = fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            for sink in SINKS {
                if line.contains(sink) {
                    found.push(format!("{}:{}: {sink}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "injection sinks:\n{}", found.join("\n"));
}
