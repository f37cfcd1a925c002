//! The release steps: what Trunk's `post_build` hook runs on the page Trunk built (Trunk.toml),
//! in process. [`steps::STEPS`] lists them in the order they run, each with the steps it must
//! come after and why:
//!
//! - the rules' text pack (the words the app's WebAssembly leaves out) and the screens written
//!   for links, from the rules and the app's own markup ([`written`]);
//! - the page ([`page`]): the start screen and the linked screens' data block written in, so the
//!   page shows something as soon as it arrives; web/start.js after Trunk's preload of the wasm,
//!   with this build's names filled in; comments dropped; the build label; in release builds the
//!   stylesheet compacted, the CSP allowing each inline script and style by its hash, and the
//!   integrity hashes of the files as shipped;
//! - the WebAssembly ([`modules`]): the app's optimised once (wasm-opt, pinned) with short
//!   import and export names ([`short_names`]), the rules module for host pages, look.wasm;
//! - the release files ([`bundle`]): pinned copies, version.json, the rules package, and the
//!   service worker with the list of every file it caches.
//!
//! Before it rewrites anything it checks that Trunk and wasm-bindgen are the versions it was
//! written for ([`versions`]); every edit of a file it did not write finds exactly what it
//! expects or stops the build naming the step ([`edit`]).

pub mod bundle;
pub mod css;
pub mod digest;
pub mod edit;
pub mod json;
pub mod modules;
pub mod names;
pub mod page;
pub mod releases;
pub mod short_names;
pub mod sizes;
pub mod split;
pub mod steps;
pub mod stop;
pub mod tools;
pub mod versions;
pub mod wasm_module;
pub mod written;

use std::path::{Path, PathBuf};
use stop::{OrStop, Stop};

/// The repository this crate is in.
pub fn root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// The files directly in `folder` whose names end with `suffix`, sorted; a failure to list
/// them stops the build naming `step`.
pub fn files_ending(folder: &Path, suffix: &str, step: &str) -> Result<Vec<PathBuf>, Stop> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder).or_stop(step)? {
        let path = entry.or_stop(step)?.path();
        if path.is_file() && file_name(&path).ends_with(suffix) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// Runs the app's own code (the screens it writes for the build), a panic in it stopping the
/// build at `step` (its message is printed above).
pub fn in_app<T>(step: &str, run: impl FnOnce() -> T) -> Result<T, Stop> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run))
        .map_err(|_| Stop::new(step, "the app's code panicked (its message is above)"))
}

pub fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or_default()
}

/// The build's name: BUILD_LABEL, else `git describe --always --dirty`, else "unknown".
pub fn build_label(root: &Path) -> String {
    if let Some(label) = std::env::var("BUILD_LABEL").ok().filter(|l| !l.is_empty()) {
        return label;
    }
    std::process::Command::new("git")
        .current_dir(root)
        .args(["describe", "--always", "--dirty"])
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Stops before anything is rewritten if Trunk, wasm-bindgen or a file repeating a pin is not
/// what the steps were written for.
pub fn check_versions(root: &Path, dist: &Path) -> Result<(), Stop> {
    versions::check_repeats(root)?;
    let printed = versions::printed_by(Path::new("trunk"), &["--version"]);
    versions::check_trunk(printed.as_deref(), &versions::pinned(root, "TRUNK_VERSION")?)?;
    let bindgen = versions::pinned(root, "WASM_BINDGEN_VERSION")?;
    for wasm in files_ending(dist, "_bg.wasm", versions::STEP)? {
        versions::check_wasm_bindgen(&std::fs::read(&wasm).or_stop(versions::STEP)?, &bindgen)?;
    }
    Ok(())
}

/// Copies Trunk's page and wasm-bindgen's output, untouched, to `to` (for new test fixtures).
pub fn capture(dist: &Path, to: &Path) -> Result<(), Stop> {
    let step = "capture what Trunk wrote";
    std::fs::create_dir_all(to).or_stop(step)?;
    let mut files = vec![dist.join("index.html")];
    for wasm in files_ending(dist, "_bg.wasm", step)? {
        files.push(wasm_module::glue_of(&wasm));
        files.push(wasm);
    }
    for file in files {
        std::fs::copy(&file, to.join(file_name(&file))).or_stop(step)?;
    }
    Ok(())
}

/// The test fixtures from a capture: the page as Trunk wrote it, and wasm-bindgen's glue and
/// module (every function body `unreachable`, no data: 13 KB instead of 320 KB), under
/// `crates/release/tests/fixtures/{trunk,wasm-bindgen}-<version>/`.
pub fn write_fixtures(root: &Path, capture: &Path) -> Result<PathBuf, Stop> {
    let step = "write the test fixtures";
    let wasm = files_ending(capture, "_bg.wasm", step)?
        .into_iter()
        .next()
        .ok_or_else(|| Stop::new(step, "the capture holds no wasm"))?;
    let data = std::fs::read(&wasm).or_stop(step)?;
    let bindgen =
        versions::wasm_bindgen_version(&data).ok_or_else(|| Stop::new(step, "no wasm-bindgen version"))?;
    let printed = versions::printed_by(Path::new("trunk"), &["--version"]).unwrap_or_default();
    let trunk = versions::trunk_version(&printed).ok_or_else(|| Stop::new(step, "no trunk on PATH"))?;
    let fixtures = root.join("crates/release/tests/fixtures");
    let out = fixtures.join(format!("wasm-bindgen-{bindgen}"));
    std::fs::create_dir_all(&out).or_stop(step)?;
    std::fs::write(out.join("app_bg.wasm"), wasm_module::skeleton(&data).or_stop(step)?).or_stop(step)?;
    std::fs::copy(wasm_module::glue_of(&wasm), out.join("app.js")).or_stop(step)?;
    let page = fixtures.join(format!("trunk-{trunk}"));
    std::fs::create_dir_all(&page).or_stop(step)?;
    std::fs::copy(capture.join("index.html"), page.join("index.html")).or_stop(step)?;
    Ok(fixtures)
}
