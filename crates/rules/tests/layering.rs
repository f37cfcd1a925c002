//! The rules stay apart from the view: this crate depends on nothing, so it
//! cannot use a web crate; and the decoder of outside input never unwraps.

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
fn the_rules_crate_depends_on_no_other_crate() {
    // The compiler keeps web crates out of code that cannot name them; this
    // keeps the list of what it can name empty.
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .expect("the crate's Cargo.toml");
    let dependencies: Vec<&str> = manifest
        .split("\n[")
        .filter(|table| table.starts_with("dependencies]") || table.starts_with("target."))
        .flat_map(|table| table.lines().skip(1))
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    assert!(dependencies.is_empty(), "the rules crate depends on {dependencies:?}");
}

#[test]
fn the_decoders_of_outside_input_never_unwrap() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/state"), &mut files);
    assert!(files.len() >= 3, "found the decoder's sources");
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
