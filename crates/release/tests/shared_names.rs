//! The scripts in `web/` take every name they share with Rust from its one home
//! (crates/release/src/names.rs gathers it from crates/rules/src/contract.rs and
//! src/ui/names.rs): each `NAMES.<group>.<CONSTANT>` they write is in the home, and none of them
//! spells a shared name by value, where a rename in Rust would leave it behind and break the
//! page, not the build. The stylesheet, plain CSS, spells what it styles: a name of the home
//! it styles must be in it.

use licensing_release::names::{fill, home};
use std::path::PathBuf;

fn scripts() -> Vec<(String, String)> {
    let web = licensing_release::root().join("web");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&web).unwrap() {
        let path: PathBuf = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "js") {
            out.push((
                licensing_release::file_name(&path).to_owned(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    out.sort();
    out
}

/// The string literals of a script (quoted or template text), its comments and regular
/// expressions skipped.
fn literals(script: &str) -> Vec<String> {
    let chars: Vec<char> = script.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut last = '(';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '/' && "(,=:[!&|?{};".contains(last) {
            // A regular expression: to its closing slash, outside a character class.
            let mut class = false;
            i += 1;
            while i < chars.len() && (class || chars[i] != '/') {
                match chars[i] {
                    '\\' => i += 1,
                    '[' => class = true,
                    ']' => class = false,
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            last = 'r';
            continue;
        }
        if c == '\'' || c == '"' || c == '`' {
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != c {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(ch) = chars.get(i) {
                    text.push(*ch);
                }
                i += 1;
            }
            out.push(text);
            i += 1;
            last = 'q';
            continue;
        }
        if !c.is_whitespace() {
            last = c;
        }
        i += 1;
    }
    out
}

#[test]
fn every_name_a_script_asks_for_is_in_the_home() {
    let home = home();
    for (name, script) in scripts() {
        let step = format!("fill in the shared names ({name})");
        let filled = fill(&script, &home, &step).unwrap_or_else(|stop| panic!("{stop}"));
        assert!(!filled.contains("NAMES."), "{name}: every reference filled in");
    }
}

#[test]
fn a_name_renamed_in_rust_stops_the_build_not_the_page() {
    let renamed: Vec<(String, &str)> = home()
        .into_iter()
        .map(|(name, value)| (if name == "message.READY" { "message.STARTED".into() } else { name }, value))
        .collect();
    let embed = scripts().into_iter().find(|(name, _)| name == "embed.js").unwrap().1;
    let stop = fill(&embed, &renamed, "fill in the shared names (embed.js)").unwrap_err();
    assert_eq!(stop.step, "fill in the shared names (embed.js)");
    assert!(stop.why.contains("NAMES.message.READY is not a shared name"), "{stop}");
}

/// Literals that read as a shared name but are not one: (script, literal, what it is).
const NOT_SHARED: &[(&str, &str, &str)] = &[
    ("licensing-check.js", "sandbox", "the iframe's own attribute (the reason `sandbox` is named after it)"),
    ("licensing-check.js", "sandbox=\"", "the iframe's own attribute, quoted in a notice"),
    ("sw.js", "licensing-check-", "the prefix of the service worker's cache names"),
    ("shell.js", "transparent", "a class of style/main.css"),
    ("embed.js", "text", "a custom property of style/main.css (--text)"),
    ("embed.js", "accent", "a custom property of style/main.css (--accent)"),
    ("embed.js", "eligible", "a custom property of style/main.css (--eligible)"),
    ("embed.js", "not-eligible", "a custom property of style/main.css (--not-eligible)"),
    ("embed.js", "conditional", "a custom property of style/main.css (--conditional)"),
    ("embed.js", "error", "a custom property of style/main.css (--error)"),
    ("start.js", "error", "the DOM's event of a script that did not load"),
    ("start.js", "link", "the HTML element that preloads the later screens' code"),
];

#[test]
fn no_script_spells_a_shared_name_itself() {
    let home = home();
    let mut spelt = Vec::new();
    for (name, script) in scripts() {
        for literal in literals(&script) {
            if NOT_SHARED.iter().any(|(script, not, _)| *script == name && *not == literal) {
                continue;
            }
            for (constant, value) in &home {
                // A whole literal; a distinctive name inside one (a selector, a message); or a
                // name that begins a parameter, a path or a selector (`topic=`, `results/`).
                let distinctive = value.len() > 6 && value.contains(['-', ':', '.']);
                let begins =
                    ["=", "/", "]", "["].iter().any(|after| literal.starts_with(&format!("{value}{after}")));
                let selects =
                    literal.contains(&format!("[{value}")) || literal.contains(&format!("#{value}"));
                if literal == *value || (distinctive && literal.contains(value)) || begins || selects {
                    spelt.push(format!("{name}: '{literal}' spells NAMES.{constant}"));
                }
            }
        }
    }
    assert!(spelt.is_empty(), "write these as NAMES.<group>.<CONSTANT>:\n{}", spelt.join("\n"));
}

#[test]
fn the_links_the_first_script_reads_are_spelt_with_the_contracts_parameters() {
    // web/start.js matches a link with regular expressions, which cannot take a name from a
    // string: they must spell the contract's parameters as they are.
    use licensing_rules::contract::param;
    let start = scripts().into_iter().find(|(name, _)| name == "start.js").unwrap().1;
    for spelt in [format!("/^\\?{}=", param::TOPIC), format!("/&{}=/", param::EMBED)] {
        assert!(start.contains(&spelt), "web/start.js spells {spelt}");
    }
}

#[test]
fn the_reader_of_literals_sees_strings_not_comments_or_patterns() {
    let script = "// 'not this'\nvar a = 'one', b = \"two\" /* 'nor this' */; if (/'x'/.test(c)) d(`three`);";
    assert_eq!(literals(script), ["one", "two", "three"]);
}

#[test]
fn the_stylesheet_styles_the_names_it_shares_as_the_home_spells_them() {
    use licensing_check::ui::names;
    let css = std::fs::read_to_string(licensing_release::root().join("style/main.css")).unwrap();
    for styled in [format!(".{}", names::DEEP_LINK), format!("#{}", names::PRERENDERED)] {
        assert!(css.contains(&styled), "style/main.css styles {styled}");
    }
}

#[test]
fn what_the_build_writes_into_the_scripts_is_what_they_read() {
    use licensing_check::ui::prerender;
    // The linked screens: one JSON object of screens, which web/start.js parses (and would
    // swallow the error of, showing nothing).
    let linked: serde_json::Value = serde_json::from_str(&prerender::linked_screens_json()).expect("JSON");
    let screens = linked.as_object().expect("an object of screens");
    assert!(screens.contains_key("kms") && screens.values().all(|s| s.is_array()));
    // The tools with a file of their own: ids web/start.js's pattern for a link can match.
    for (id, _) in prerender::tool_screens() {
        assert!(
            !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{id}"
        );
    }
    // The resource options: { "link-<id>": { id, name } }, which embed.js and the element read.
    let options: serde_json::Value =
        serde_json::from_str(&licensing_release::written::resource_options().inline()).expect("JSON");
    for (option, resource) in options.as_object().expect("an object") {
        let id = resource["id"].as_str().expect("an id");
        assert_eq!(option, &format!("link-{id}"));
        assert!(resource["name"].as_str().is_some_and(|n| !n.is_empty()), "{option}");
    }
}
