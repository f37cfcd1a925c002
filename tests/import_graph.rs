//! No two source files import each other, directly or round a circle: each
//! crate's files form a layered graph (the types below the topics that use
//! them, the lists of topics above both, the screens above the pieces they
//! are made of). A failure names the circle.
//!
//! The graph: an edge from a file to every file of the same crate whose
//! module it names in a path (`use` declarations, and paths written in the
//! code such as `crate::ui::nav::HEADING_ID`). `mod` declarations are the
//! module tree, not imports, and are not edges.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Module = Vec<String>;
type Files = BTreeMap<Module, PathBuf>;
type Edges = BTreeMap<Module, BTreeSet<Module>>;

/// A crate's files by module path (`[]` is the crate root, `["ui", "nav"]` is
/// `ui/nav.rs` or `ui/nav/mod.rs`).
fn modules(src: &Path) -> Files {
    fn visit(dir: &Path, prefix: &[String], out: &mut Files) {
        for entry in fs::read_dir(dir).expect("a source folder").flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                visit(&path, &[prefix, &[name]].concat(), out);
            } else if let Some(stem) = name.strip_suffix(".rs") {
                let module = match stem {
                    "lib" | "main" if prefix.is_empty() => Vec::new(),
                    "mod" => prefix.to_vec(),
                    _ => [prefix, &[stem.to_owned()]].concat(),
                };
                out.insert(module, path);
            }
        }
    }
    let mut out = BTreeMap::new();
    visit(src, &[], &mut out);
    out
}

/// The code without comments (doc links name modules they do not import) and
/// without its test module (a module inside the file, whose `super` is the
/// file itself).
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines().map(|line| line.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

/// Every path a `use` declaration names, its braces expanded:
/// `use a::{b, c::{d}}` gives `a::b` and `a::c::d`.
fn use_paths(code: &str) -> Vec<String> {
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        let tree = tree.trim();
        match tree.find('{') {
            None => out.push(format!("{prefix}{}", tree.split(" as ").next().unwrap_or(tree).trim())),
            Some(open) => {
                let head = &tree[..open];
                let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
                let (mut depth, mut start) = (0, 0);
                for (i, c) in inner.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            expand(&format!("{prefix}{head}"), &inner[start..i], out);
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                if !inner[start..].trim().is_empty() {
                    expand(&format!("{prefix}{head}"), &inner[start..], out);
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut rest = code;
    // A declaration starts a line (after `pub` or `pub(…)`); prose in strings does not.
    while let Some(at) = rest.find("use ") {
        let line_start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
        let lead = rest[line_start..at].trim();
        let is_declaration =
            lead.is_empty() || lead == "pub" || (lead.starts_with("pub(") && lead.ends_with(')'));
        let after = &rest[at + 4..];
        let end = after.find(';').unwrap_or(after.len());
        let first: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        // A path: `name::…`, `name;` or `{…}` (a string's "use none of…" is not).
        let is_path = after.starts_with('{') || after[first.len()..].starts_with("::") || first.len() == end;
        if is_declaration && is_path {
            let tree: String = after[..end].split_whitespace().collect::<Vec<_>>().join(" ");
            expand("", &tree, &mut out);
            rest = &after[end..];
        } else {
            rest = after;
        }
    }
    out
}

/// Paths written in the code that start from this crate: `crate::…`,
/// `super::…`, `self::…`.
fn inline_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for start in ["crate::", "super::", "self::"] {
        for (i, _) in code.match_indices(start) {
            let before = code[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let path: String =
                code[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            out.push(path);
        }
    }
    out
}

/// The module a path, written in `module`, leads into: the longest prefix
/// that is a file of the crate. `None` for other crates and the standard library.
fn resolve(path: &str, module: &[String], files: &BTreeMap<Vec<String>, PathBuf>) -> Option<Vec<String>> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut absolute: Module = Vec::new();
    let mut rest = segments.as_slice();
    match rest.first() {
        Some(&"crate") => rest = &rest[1..],
        Some(&"self") => {
            absolute = module.to_vec();
            rest = &rest[1..];
        }
        Some(&"super") => {
            absolute = module.to_vec();
            while rest.first() == Some(&"super") {
                absolute.pop();
                rest = &rest[1..];
            }
        }
        // A child module named without a prefix (2018 paths), else another crate.
        Some(first) => {
            let child = [module, &[(*first).to_owned()]].concat();
            if !files.contains_key(&child) {
                return None;
            }
            absolute = module.to_vec();
        }
        None => return None,
    }
    absolute.extend(rest.iter().map(|s| (*s).to_owned()));
    while !absolute.is_empty() && !files.contains_key(&absolute) {
        absolute.pop();
    }
    Some(absolute)
}

fn graph(src: &Path) -> (Files, Edges) {
    let files = modules(src);
    let mut edges = BTreeMap::new();
    for (module, file) in &files {
        let text = fs::read_to_string(file).expect("a source file");
        let code = code(&text);
        let targets: BTreeSet<Module> = use_paths(&code)
            .into_iter()
            .chain(inline_paths(&code))
            .filter_map(|path| resolve(&path, module, &files))
            .filter(|target| target != module)
            .collect();
        edges.insert(module.clone(), targets);
    }
    (files, edges)
}

/// A circle in the graph, if there is one, as the files round it.
fn find_circle(edges: &Edges) -> Option<Vec<Module>> {
    fn visit(
        node: &Module,
        edges: &Edges,
        done: &mut BTreeSet<Module>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            return Some(stack[at..].iter().cloned().chain([node.clone()]).collect());
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, done, stack) {
                return Some(circle);
            }
        }
        stack.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|node| visit(node, edges, &mut done, &mut Vec::new()))
}

fn check(src: &Path, at_least: usize) {
    let (files, edges) = graph(src);
    assert!(files.len() >= at_least, "found {} files under {}", files.len(), src.display());
    let name = |m: &Module| files[m].strip_prefix(src).unwrap_or(&files[m]).display().to_string();
    if let Some(circle) = find_circle(&edges) {
        panic!("import circle: {}", circle.iter().map(name).collect::<Vec<_>>().join(" → "));
    }
}

/// A way from `from` to `to` in the graph, if there is one, as the files on it.
fn find_way(edges: &Edges, from: &Module, to: &Module) -> Option<Vec<Module>> {
    let mut seen = BTreeSet::new();
    let mut queue = std::collections::VecDeque::from([vec![from.clone()]]);
    while let Some(way) = queue.pop_front() {
        let last = way.last()?;
        if last == to {
            return Some(way);
        }
        for next in edges.get(last).into_iter().flatten() {
            if seen.insert(next.clone()) {
                queue.push_back([way.clone(), vec![next.clone()]].concat());
            }
        }
    }
    None
}

#[test]
fn the_rules_crate_has_no_import_circle() {
    check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/rules/src"), 20);
}

#[test]
fn the_app_has_no_import_circle() {
    check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), 15);
}

#[test]
fn the_check_finds_a_circle_and_reads_nested_uses() {
    let paths = use_paths("use a::{b, c::{d, e as f}};\nuse super::g;");
    assert_eq!(paths, ["a::b", "a::c::d", "a::c::e", "super::g"]);
    let mut edges = BTreeMap::new();
    let (a, b, c) = (vec!["a".to_owned()], vec!["b".to_owned()], vec!["c".to_owned()]);
    edges.insert(a.clone(), BTreeSet::from([b.clone()]));
    edges.insert(b.clone(), BTreeSet::from([c.clone()]));
    edges.insert(c.clone(), BTreeSet::new());
    assert_eq!(find_circle(&edges), None);
    edges.insert(c.clone(), BTreeSet::from([a.clone()]));
    assert_eq!(find_circle(&edges), Some(vec![a.clone(), b, c, a]));
}

#[test]
fn the_decoder_does_not_depend_on_the_engine() {
    // Data flows one way: the decoder (`state/`) turns a link into a
    // location, and `visit` works it out with the engine. A decoder that
    // called the engine would work a location out a second time.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/rules/src");
    let (files, edges) = graph(&src);
    let engine = vec!["engine".to_owned()];
    assert!(files.contains_key(&engine));
    let decoder: Vec<&Module> = files.keys().filter(|m| m.first().is_some_and(|s| s == "state")).collect();
    assert!(decoder.len() >= 3, "found the decoder's files: {decoder:?}");
    for module in decoder {
        if let Some(way) = find_way(&edges, module, &engine) {
            let names: Vec<String> = way
                .iter()
                .map(|m| files[m].strip_prefix(&src).unwrap_or(&files[m]).display().to_string())
                .collect();
            panic!("the decoder depends on the engine: {}", names.join(" → "));
        }
    }
}

#[test]
fn the_check_finds_a_way_round_the_graph() {
    let (a, b, c) = (vec!["a".to_owned()], vec!["b".to_owned()], vec!["c".to_owned()]);
    let mut edges = BTreeMap::new();
    edges.insert(a.clone(), BTreeSet::from([b.clone()]));
    edges.insert(b.clone(), BTreeSet::from([c.clone()]));
    assert_eq!(find_way(&edges, &a, &c), Some(vec![a.clone(), b.clone(), c.clone()]));
    assert_eq!(find_way(&edges, &c, &a), None);
}

#[test]
fn screens_draw_what_the_visit_gives() {
    // A location is worked out once, by `licensing_rules::visit`, and a
    // screen draws the `View` it gives: screens and their parts may name the
    // rules' types (a `Conclusion`, a tree's `Node`), never call the engine
    // or the decision tree.
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    for dir in ["screens", "parts"] {
        for entry in std::fs::read_dir(ui.join(dir)).expect("a folder of the app").flatten() {
            files.push(entry.path());
        }
    }
    assert!(files.len() >= 10, "found the screens: {files:?}");
    let mut calls = Vec::new();
    for file in &files {
        let text = code(&std::fs::read_to_string(file).expect("a source file"));
        let mut paths = use_paths(&text);
        for module in ["licensing_rules::engine::", "licensing_rules::tree::"] {
            for (at, _) in text.match_indices(module) {
                let path: String = text[at..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                paths.push(path);
            }
        }
        for path in paths {
            let name = path
                .strip_prefix("licensing_rules::engine::")
                .or(path.strip_prefix("licensing_rules::tree::"));
            if name.is_some_and(|name| name.starts_with(|c: char| c.is_lowercase())) {
                calls.push(format!("{}: {path}", file.display()));
            }
        }
    }
    calls.sort();
    calls.dedup();
    assert!(calls.is_empty(), "screens that work out what the visit should give:\n{}", calls.join("\n"));
}

#[test]
fn screens_count_from_the_day_the_visit_gives_not_the_clock() {
    // Which day a screen counts from is the visit's (`Visit::of` takes today once, from nav);
    // only the printed record reads the clock, for the day it was made.
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut readers = Vec::new();
    for dir in ["screens", "parts"] {
        for entry in std::fs::read_dir(ui.join(dir)).expect("a folder of the app").flatten() {
            let text = code(&std::fs::read_to_string(entry.path()).expect("a source file"));
            let name = entry.file_name().to_string_lossy().into_owned();
            if text.contains("clock::") && name != "record.rs" {
                readers.push(format!("{dir}/{name}"));
            }
        }
    }
    assert!(readers.is_empty(), "screens that read the clock themselves: {readers:?}");
}

#[test]
fn only_the_decoder_and_the_visit_know_the_link() {
    // The link's state (`state/`) is read by the decoder and worked out by
    // `visit`; the rules themselves (the engine, the topics, the catalog of
    // texts) know no URL.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/rules/src");
    let (files, edges) = graph(&src);
    let in_state = |m: &Module| m.first().is_some_and(|s| s == "state");
    let allowed = |m: &Module| in_state(m) || m.first().is_some_and(|s| s == "visit");
    assert!(files.keys().filter(|m| in_state(m)).count() >= 3);
    let mut knows = Vec::new();
    for (module, to) in &edges {
        if !allowed(module) && to.iter().any(in_state) {
            knows.push(files[module].strip_prefix(&src).unwrap_or(&files[module]).display().to_string());
        }
    }
    assert!(knows.is_empty(), "rules that import the link's state: {knows:?}");
}
