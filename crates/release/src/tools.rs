//! The tools the release steps run: cargo (the rules module and the look module), wasm-bindgen,
//! wasm-opt (the pinned one) and terser. Their output is files, never printed text to parse.

use crate::stop::{OrStop, Stop};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Size first: the first visit has a budget. Memory is the module's own and starts zeroed, and
/// Rust puts its stack, not data, at the lowest addresses.
pub const WASM_OPT_FLAGS: &[&str] = &["-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory"];

/// Runs a command to its end; a failure stops the build naming the step and the command.
pub fn run(command: &mut Command, step: &str) -> Result<(), Stop> {
    let shown = format!("{command:?}");
    let status =
        command.status().or_stop(step).map_err(|stop| Stop::new(step, format!("{shown}: {}", stop.why)))?;
    if status.success() {
        Ok(())
    } else {
        Err(Stop::new(step, format!("{shown} failed ({status})")))
    }
}

pub fn wasm_opt(tool: &Path, input: &Path, output: &Path, extra: &[&str], step: &str) -> Result<(), Stop> {
    run(Command::new(tool).args(WASM_OPT_FLAGS).args(extra).arg(input).arg("-o").arg(output), step)
}

/// cargo's target folder, as cargo chooses it.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// Builds a workspace package for the web; the path of its wasm.
pub fn build_wasm(root: &Path, package: &str, envs: &[(&str, &str)], step: &str) -> Result<PathBuf, Stop> {
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo.current_dir(root).args([
        "build",
        "--quiet",
        "-p",
        package,
        "--release",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    cargo.envs(envs.iter().copied());
    run(&mut cargo, step)?;
    Ok(target_dir(root)
        .join("wasm32-unknown-unknown/release")
        .join(format!("{}.wasm", package.replace('-', "_"))))
}

/// Minifies a script in place with terser; left as it is (and said) when terser is missing.
/// ES modules (Trunk's start-up script, wasm-bindgen's glue) may have their top level renamed;
/// classic scripts (the shell, the worker) may not.
pub fn minify(root: &Path, script: &Path, step: &str) -> Result<(), Stop> {
    let terser = root.join("node_modules/.bin/terser");
    if !terser.exists() {
        println!(
            "licensing-release: {} missing (run scripts/setup.sh); {} left unminified",
            terser.display(),
            crate::file_name(script)
        );
        return Ok(());
    }
    let text = std::fs::read_to_string(script).or_stop(step)?;
    let mut command = Command::new(terser);
    command.arg(script);
    if is_module(&text) {
        command.arg("--module");
    }
    run(command.args(["--compress", "--mangle", "-o"]).arg(script), step)
}

/// Whether a script is an ES module: a line begins with the word `import` or `export`.
pub fn is_module(text: &str) -> bool {
    text.lines().any(|line| {
        ["import", "export"].iter().any(|word| {
            line.strip_prefix(word)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        })
    })
}

/// A classic script's text, minified (unchanged without terser).
pub fn minified(root: &Path, script: &str, step: &str) -> Result<String, Stop> {
    let folder = std::env::temp_dir().join(format!("licensing-release-{}", std::process::id()));
    std::fs::create_dir_all(&folder).or_stop(step)?;
    let path = folder.join("script.js");
    std::fs::write(&path, script).or_stop(step)?;
    let result = minify(root, &path, step).and_then(|()| std::fs::read_to_string(&path).or_stop(step));
    let _ = std::fs::remove_dir_all(&folder);
    result
}
