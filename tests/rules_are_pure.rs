//! The rules stay apart from the view: nothing under src/rules/ (nor the
//! decoder under src/state/) may use a web crate.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn rules_and_state_use_no_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/rules"), &mut files);
    rust_files(&root.join("src/state"), &mut files);
    assert!(files.len() >= 5, "found the sources");
    let mut offenders = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source");
        for web in ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"] {
            if text.lines().any(|l| !l.trim_start().starts_with("//") && l.contains(web)) {
                offenders.push(format!("{} uses {web}", file.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn the_decoders_of_outside_input_never_unwrap() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/state"), &mut files);
    let mut offenders = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source");
        // Test modules may unwrap; the code above them may not.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            if line.contains(".unwrap()") || line.contains(".expect(") || line.contains("panic!(") {
                offenders.push(format!("{}:{}", file.display(), n + 1));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}
