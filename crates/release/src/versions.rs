//! The tool versions the release steps were written against, and the checks that stop the
//! build before anything is rewritten by a tool they do not know.
//!
//! The short names rewrite wasm-bindgen's output by its exact shape, and the page steps edit
//! the page Trunk wrote; a new wasm-bindgen or Trunk (often forced by a new rustc) changes those
//! shapes. docs/upgrading.md says what to re-check when moving a pin. The pins live in one
//! place, scripts/versions.env, which scripts/setup.sh installs from. A few files repeat a pin
//! because each tool reads its own ([`REPEATS`]): `licensing-release versions --write` writes
//! them from it, and the build stops when one disagrees.

use crate::stop::{OrStop, Stop};
use crate::wasm_module;
use std::path::{Path, PathBuf};

pub const STEP: &str = "check the tool versions";

/// A version from `<root>/scripts/versions.env` (NAME=value lines).
pub fn pinned(root: &Path, name: &str) -> Result<String, Stop> {
    let text = std::fs::read_to_string(root.join("scripts/versions.env")).or_stop(STEP)?;
    text.lines()
        .filter_map(|line| line.split_once('='))
        .find(|(key, _)| key.trim() == name)
        .map(|(_, value)| value.trim().to_owned())
        .ok_or_else(|| Stop::new(STEP, format!("versions.env names no {name}")))
}

/// A file that repeats a pin: the line it is on begins with `before` and ends with `after`,
/// the version between them.
pub struct Repeat {
    pub file: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub pin: &'static str,
}

pub const REPEATS: &[Repeat] = &[
    Repeat { file: "Cargo.toml", before: "wasm-bindgen = \"=", after: "\"", pin: "WASM_BINDGEN_VERSION" },
    Repeat { file: "Trunk.toml", before: "wasm_bindgen = \"", after: "\"", pin: "WASM_BINDGEN_VERSION" },
    Repeat { file: "Trunk.toml", before: "wasm_opt = \"version_", after: "\"", pin: "BINARYEN_VERSION" },
    Repeat {
        file: "package.json",
        before: "    \"binaryen\": \"",
        after: ".0.0\",",
        pin: "BINARYEN_VERSION",
    },
];

/// The version on a repeat's line of `text`, if the line is there.
fn repeated<'a>(repeat: &Repeat, text: &'a str) -> Option<(usize, &'a str)> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        let value = bare.strip_prefix(repeat.before).and_then(|rest| {
            rest.strip_suffix(repeat.after).or_else(|| rest.strip_suffix(repeat.after.trim_end_matches(',')))
        });
        if let Some(value) = value.filter(|v| !v.is_empty() && !v.contains(['"', ' '])) {
            return Some((at + repeat.before.len(), value));
        }
        at += line.len();
    }
    None
}

/// What a file repeats of a pin.
pub struct Repeated {
    pub file: &'static str,
    pub pin: &'static str,
    /// The version on its line, if the line is there.
    pub found: Option<String>,
    /// The version scripts/versions.env pins.
    pub pinned: String,
}

/// Each repeat of a pin.
pub fn repeats(root: &Path) -> Result<Vec<Repeated>, Stop> {
    let mut out = Vec::new();
    for repeat in REPEATS {
        let text = std::fs::read_to_string(root.join(repeat.file)).or_stop(STEP)?;
        let found = repeated(repeat, &text).map(|(_, v)| v.to_owned());
        out.push(Repeated { file: repeat.file, pin: repeat.pin, found, pinned: pinned(root, repeat.pin)? });
    }
    Ok(out)
}

/// Stops the build when a file repeats a pin otherwise than versions.env.
pub fn check_repeats(root: &Path) -> Result<(), Stop> {
    let mut wrong = Vec::new();
    for Repeated { file, pin, found, pinned } in repeats(root)? {
        if found.as_deref() != Some(pinned.as_str()) {
            let found = found.unwrap_or_else(|| "(no such line)".into());
            wrong.push(format!("{file} has {pin} {found}, versions.env {pinned}"));
        }
    }
    if wrong.is_empty() {
        return Ok(());
    }
    Err(Stop::new(
        STEP,
        format!(
            "{}. Run `cargo run -q -p licensing-release -- versions --write` (then npm install if package.json changed)",
            wrong.join("; ")
        ),
    ))
}

/// Writes versions.env's pins into the files that repeat them; the files it changed.
pub fn write_repeats(root: &Path) -> Result<Vec<&'static str>, Stop> {
    let mut changed = Vec::new();
    for repeat in REPEATS {
        let path = root.join(repeat.file);
        let text = std::fs::read_to_string(&path).or_stop(STEP)?;
        let want = pinned(root, repeat.pin)?;
        let Some((at, found)) = repeated(repeat, &text) else {
            return Err(Stop::new(STEP, format!("{} has no line to write {} into", repeat.file, repeat.pin)));
        };
        if found != want {
            let new = format!("{}{want}{}", &text[..at], &text[at + found.len()..]);
            std::fs::write(&path, new).or_stop(STEP)?;
            if !changed.contains(&repeat.file) {
                changed.push(repeat.file);
            }
        }
    }
    Ok(changed)
}

fn wrong_tool(tool: &str, expected: &str, found: &str, what: &str) -> Stop {
    Stop::new(
        STEP,
        format!(
            "stopped before rewriting {what}: it was written for {tool} {expected}, but found {found}. \
             Move the pin in scripts/versions.env only as docs/upgrading.md says"
        ),
    )
}

/// The wasm-bindgen that processed a module, from its producers section.
pub fn wasm_bindgen_version(data: &[u8]) -> Option<String> {
    let producers = wasm_module::producers(data).ok()?;
    let (_, tools) = producers.into_iter().find(|(field, _)| field == "processed-by")?;
    let (_, version) = tools.into_iter().find(|(tool, _)| tool == "wasm-bindgen")?;
    version.split_whitespace().next().map(str::to_owned)
}

pub fn check_wasm_bindgen(data: &[u8], expected: &str) -> Result<(), Stop> {
    match wasm_bindgen_version(data) {
        Some(found) if found == expected => Ok(()),
        found => Err(wrong_tool(
            "wasm-bindgen",
            expected,
            found.as_deref().unwrap_or("no wasm-bindgen in the wasm's producers section"),
            "wasm-bindgen's output",
        )),
    }
}

/// Trunk's version from what `trunk --version` printed (`trunk 0.21.14`).
pub fn trunk_version(printed: &str) -> Option<&str> {
    let version = printed.trim_end().strip_prefix("trunk ")?;
    (!version.is_empty() && !version.contains(char::is_whitespace)).then_some(version)
}

/// `printed` is what `trunk --version` printed, or None if it could not run.
pub fn check_trunk(printed: Option<&str>, expected: &str) -> Result<(), Stop> {
    match printed.map(trunk_version) {
        Some(Some(found)) if found == expected => Ok(()),
        Some(Some(found)) => {
            Err(wrong_tool("Trunk", expected, &format!("trunk {found}"), "the page Trunk wrote"))
        }
        _ => Err(wrong_tool("Trunk", expected, "no trunk on PATH", "the page Trunk wrote")),
    }
}

/// What a command printed on its standard output, if it ran and succeeded.
pub fn printed_by(program: &Path, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The pinned wasm-opt (binaryen from npm), never another one on PATH: Debian's binaryen 108
/// "succeeds" and writes a wasm that dies at start. `printed` is what `<path> --version` printed.
pub fn check_wasm_opt(
    printed: Option<&str>,
    path: &Path,
    expected: &str,
    step: &str,
) -> Result<PathBuf, Stop> {
    let found = printed.and_then(|out| {
        let rest = &out[out.find("version ")? + "version ".len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        (!digits.is_empty()).then_some(digits)
    });
    match found {
        Some(found) if found == expected => Ok(path.to_owned()),
        found => Err(Stop::new(
            step,
            format!(
                "it needs wasm-opt {expected} at {} (binaryen from npm, installed by scripts/setup.sh), but found {}",
                path.display(),
                found.map_or("none there".to_owned(), |v| format!("wasm-opt {v}"))
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_prints_its_version_so() {
        assert_eq!(trunk_version("trunk 0.21.14\n"), Some("0.21.14"));
        assert_eq!(trunk_version("cargo 1.0"), None);
        assert_eq!(trunk_version("trunk \n"), None);
        assert_eq!(trunk_version("trunk 0.21 beta\n"), None);
    }

    #[test]
    fn a_repeat_is_found_on_its_line() {
        let repeat = &REPEATS[3];
        assert_eq!(repeated(repeat, "{\n    \"binaryen\": \"132.0.0\"\n}").map(|(_, v)| v), Some("132"));
        assert_eq!(repeated(repeat, "{\n    \"binaryen\": \"132.0.0\",\n}").map(|(_, v)| v), Some("132"));
        assert_eq!(repeated(&REPEATS[0], "wasm-bindgen = \"=0.2.130\"\n"), Some((17, "0.2.130")));
        assert_eq!(
            repeated(&REPEATS[0], "wasm-bindgen = \"=\"\nwasm-bindgen = \"=0 2\"\n"),
            None,
            "no version"
        );
    }
}
