//! The split points' steps (src/split.rs) as far as they go without a build: which wasm has
//! split points, which files are parts, and that shortening names leaves alone what the parts'
//! loader joins (its imports, and the main module's exports a part is linked to). The split
//! itself runs in every release build; the end-to-end tests draw every later screen from it.

mod staged;

use licensing_release::split::{self, has_split_points, is_part, LOADER_IMPORT, PLACEHOLDER_IMPORT};
use licensing_release::wasm_module::{self, Import};
use staged::{glue, wasm, Staged};

/// The fixture's wasm with one more function import, from `module`.
fn importing(module: &str, name: &str) -> Vec<u8> {
    let data = wasm();
    let mut imports = wasm_module::imports(&data).unwrap();
    // A function of the fixture's first import's type.
    let description = imports[0].description.clone();
    imports.push(Import { module: module.as_bytes().to_vec(), name: name.to_owned(), description });
    wasm_module::rewrite(&data, &wasm_module::exports(&data).unwrap(), &imports).unwrap()
}

#[test]
fn a_wasm_has_split_points_when_it_imports_their_loader() {
    assert!(!has_split_points(&wasm()).unwrap(), "the fixture has none");
    assert!(has_split_points(&importing(PLACEHOLDER_IMPORT, "__wasm_split_load_later")).unwrap());
    assert!(!has_split_points(&importing("./elsewhere.js", "f")).unwrap());
    let stop = has_split_points(b"not wasm").unwrap_err();
    assert_eq!(stop.step, split::STEP);
}

#[test]
fn the_parts_are_the_splitters_files() {
    assert!(is_part("split_later.0123456789abcdef.wasm"));
    assert!(is_part("chunk_3.0123456789abcdef.wasm"));
    for name in ["app_bg.wasm", "look.wasm", "split_later.js", "licensing-check-parts.0123456789abcdef.js"] {
        assert!(!is_part(name), "{name}");
    }
}

#[test]
fn short_names_leave_what_the_parts_loader_joins() {
    let main = importing(LOADER_IMPORT, "__wasm_split_load_later");
    let exports = wasm_module::exports(&main).unwrap();
    // A long export, which shortening would rename, were a part not linked to it.
    let linked = exports.iter().find(|e| e.name.len() > 12).expect("such an export");
    let staged = Staged::new(&main, &glue());
    let part = wasm_module::rewrite(
        &wasm(),
        &[],
        &[Import { module: b"__wasm_split".to_vec(), name: linked.name.clone(), description: vec![0, 0] }],
    )
    .unwrap();
    std::fs::write(staged.0.join("split_later.0123456789abcdef.wasm"), part).unwrap();
    licensing_release::short_names::shorten(&staged.0).unwrap();
    let shortened = std::fs::read(staged.file_ending("_bg.wasm")).unwrap();
    let imports = wasm_module::imports(&shortened).unwrap();
    let last = imports.last().unwrap();
    assert_eq!(
        (last.module.as_slice(), last.name.as_str()),
        (LOADER_IMPORT.as_bytes(), "__wasm_split_load_later")
    );
    assert!(
        imports[..imports.len() - 1].iter().all(|i| i.name.starts_with('$')),
        "the glue's imports shortened"
    );
    let exports = wasm_module::exports(&shortened).unwrap();
    assert!(exports.iter().any(|e| e.name == linked.name), "{} kept", linked.name);
}
