//! Gives the wasm's imports, their module and its long exports short names in a release build
//! (3.3 KB gzip of a first visit that has a budget).
//!
//! wasm-bindgen names each import after the JavaScript it calls plus a 16-digit hash
//! (`__wbg_setAttribute_f1d4…`), some exports likewise
//! (`wasm_bindgen__convert__closures_____invoke__h10c7…`), and both the wasm and the glue spell
//! every name out. Hashes do not compress. A name is only a label joining the two (inside the
//! wasm, calls go by index), so renaming it in both, consistently, changes nothing else.
//!
//! Imports are renamed only if the glue names every import exactly once, as a key of its import
//! object, and the imports' one module once; otherwise the build stops (the glue is not the
//! shape of the pinned wasm-bindgen's). An export is renamed only if the glue uses its name
//! nowhere but as a whole identifier.

use crate::stop::{OrStop, Stop};
use crate::wasm_module::{self, Export, Import};
use std::path::Path;

/// The import object's one key, named in every import.
pub const MODULE: &str = "w";
pub const STEP: &str = "give the wasm's imports and exports short names";

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// Where `name` stands in `js` as a whole identifier.
fn tokens(js: &str, name: &str) -> Vec<usize> {
    js.match_indices(name)
        .map(|(i, _)| i)
        .filter(|&i| !js[..i].ends_with(is_word) && !js[i + name.len()..].starts_with(is_word))
        .collect()
}

fn substitute(js: &str, name: &str, short: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut from = 0;
    for at in tokens(js, name) {
        out.push_str(&js[from..at]);
        out.push_str(short);
        from = at + name.len();
    }
    out.push_str(&js[from..]);
    out
}

/// Each import's short name (`$0`, `$1`, …: no identifier of the glue looks like that), or none
/// if the glue does not name each once, as a key.
pub fn import_renames(imported: &[Import], js: &str) -> Vec<(String, String)> {
    let mut names: Vec<&str> = imported.iter().map(|i| i.name.as_str()).collect();
    let all = names.len();
    let once_each = imported.iter().all(|import| {
        let name = import.name.as_str();
        let keys = js
            .match_indices(name)
            .filter(|(i, _)| {
                !js[..*i].ends_with(is_word) && js[i + name.len()..].trim_start().starts_with(':')
            })
            .count();
        keys == 1 && js.matches(name).count() == 1
    });
    names.sort_unstable();
    names.dedup();
    if names.len() != all || !once_each {
        return Vec::new();
    }
    imported.iter().enumerate().map(|(i, import)| (import.name.clone(), format!("${i:x}"))).collect()
}

/// The long exports' short names (`_0`, `_1`, …), each only where the glue uses it as a whole
/// identifier and nothing else; longest first, as a name may begin another.
pub fn export_renames(exported: &[Export], js: &str) -> Vec<(String, String)> {
    let mut long: Vec<&str> = exported.iter().map(|e| e.name.as_str()).filter(|n| n.len() > 12).collect();
    long.sort_by_key(|name| std::cmp::Reverse(name.len()));
    let mut js = js.to_owned();
    let mut renames = Vec::new();
    for (i, name) in long.into_iter().enumerate() {
        let short = format!("_{i:x}");
        if tokens(&js, name).len() == js.matches(name).count() && tokens(&js, &short).is_empty() {
            js = substitute(&js, name, &short);
            renames.push((name.to_owned(), short));
        }
    }
    renames
}

/// The glue's quoted key for the imports' module, if every import has that one module and the
/// glue names it once, as a key.
pub fn module_key(imported: &[Import], js: &str) -> Option<String> {
    let first = imported.first()?;
    if imported.iter().any(|i| i.module != first.module) {
        return None;
    }
    let key = format!("\"{}\"", String::from_utf8_lossy(&first.module));
    let once = js.matches(&key).count() == 1;
    let as_key = js.match_indices(&key).any(|(i, _)| js[i + key.len()..].trim_start().starts_with(':'));
    (once && as_key).then_some(key)
}

/// Renames in each `*_bg.wasm` of `dist` and its glue. What the split parts' loader names
/// (its imports, and the exports the parts are linked to: crates/release/src/split.rs) keeps
/// its name.
pub fn shorten(dist: &Path) -> Result<(), Stop> {
    let mut kept: Vec<String> = Vec::new();
    for part in crate::files_ending(dist, ".wasm", STEP)? {
        if crate::split::is_part(crate::file_name(&part)) {
            let data = std::fs::read(&part).or_stop(STEP)?;
            kept.extend(wasm_module::imports(&data).or_stop(STEP)?.into_iter().map(|i| i.name));
        }
    }
    for wasm in crate::files_ending(dist, "_bg.wasm", STEP)? {
        let glue = wasm_module::glue_of(&wasm);
        let mut js = std::fs::read_to_string(&glue).or_stop(STEP)?;
        let data = std::fs::read(&wasm).or_stop(STEP)?;
        // In their order, which numbers the functions.
        let all_imported = wasm_module::imports(&data).or_stop(STEP)?;
        let loaded = |i: &Import| i.module == crate::split::LOADER_IMPORT.as_bytes();
        let imported: Vec<Import> = all_imported.iter().filter(|i| !loaded(i)).cloned().collect();
        let all_exported = wasm_module::exports(&data).or_stop(STEP)?;
        let exported: Vec<Export> =
            all_exported.iter().filter(|e| !kept.contains(&e.name)).cloned().collect();
        let mut renames = import_renames(&imported, &js);
        let key = module_key(&imported, &js);
        let (false, Some(key)) = (renames.is_empty(), key) else {
            return Err(Stop::new(
                STEP,
                format!(
                    "{} does not name each of the wasm's {} imports, and their one module, exactly once, \
                     as the pinned wasm-bindgen's glue does{}",
                    crate::file_name(&glue),
                    imported.len(),
                    crate::edit::UPGRADING
                ),
            ));
        };
        let imports_renamed = renames.len();
        renames.extend(export_renames(&exported, &js));
        for (name, short) in &renames {
            js = substitute(&js, name, short);
        }
        js = js.replacen(&key, MODULE, 1);
        let renamed =
            |name: &str| renames.iter().find(|(n, _)| n == name).map_or(name.to_owned(), |(_, s)| s.clone());
        let exported: Vec<Export> = all_exported
            .into_iter()
            .map(|e| Export { name: renamed(&e.name), description: e.description })
            .collect();
        let imported: Vec<Import> = all_imported
            .into_iter()
            .map(|i| match loaded(&i) {
                true => i,
                false => Import {
                    module: MODULE.as_bytes().to_vec(),
                    name: renamed(&i.name),
                    description: i.description,
                },
            })
            .collect();
        let written = wasm_module::rewrite(&data, &exported, &imported).or_stop(STEP)?;
        let before = data.len() + std::fs::metadata(&glue).or_stop(STEP)?.len() as usize;
        std::fs::write(&wasm, &written).or_stop(STEP)?;
        std::fs::write(&glue, &js).or_stop(STEP)?;
        println!(
            "licensing-release: {imports_renamed} imports and {} exports renamed: wasm and glue {before} -> {} bytes",
            renames.len() - imports_renamed,
            written.len() + js.len()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export(name: &str) -> Export {
        Export { name: name.to_owned(), description: vec![0, 0] }
    }

    fn import(module: &str, name: &str) -> Import {
        Import { module: module.as_bytes().to_vec(), name: name.to_owned(), description: vec![0, 0] }
    }

    #[test]
    fn only_long_exports_the_glue_names_as_whole_identifiers_are_renamed() {
        let exported =
            [export("twelve_chars"), export("thirteen_char"), export("used_in_a_word"), export("main")];
        let js =
            "wasm.twelve_chars(); wasm.thirteen_char(); wasm.used_in_a_word(); x_used_in_a_word; wasm.main()";
        assert_eq!(export_renames(&exported, js), [("thirteen_char".to_owned(), "_1".to_owned())]);
        // A short name the glue already has is not taken.
        let taken = [export("thirteen_char")];
        assert_eq!(export_renames(&taken, "wasm.thirteen_char(); var _0;"), []);
    }

    #[test]
    fn the_imports_one_module_is_its_key_named_once() {
        let imported = [import("./app_bg.js", "a"), import("./app_bg.js", "b")];
        let glue = r#"imports["./app_bg.js"] = 1; const i = { "./app_bg.js": { a: 1, b: 2 } };"#;
        assert_eq!(module_key(&imported, glue), None, "named twice");
        let glue = r#"const i = { "./app_bg.js" : { a: 1, b: 2 } };"#;
        assert_eq!(module_key(&imported, glue).as_deref(), Some(r#""./app_bg.js""#));
        assert_eq!(module_key(&imported, r#"const s = "./app_bg.js";"#), None, "not as a key");
        assert_eq!(
            module_key(&[import("m", "a"), import("n", "b")], r#""m": 1, "n": 2"#),
            None,
            "two modules"
        );
        assert_eq!(module_key(&[], "{}"), None);
    }

    #[test]
    fn whole_identifiers_only() {
        assert_eq!(tokens("a ab $a a_ a", "a"), [0, 11]);
        assert_eq!(substitute("f(x) + fx + x", "x", "y"), "f(y) + fx + y");
    }
}
