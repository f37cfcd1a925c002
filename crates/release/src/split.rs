//! Cuts the app's split points (src/ui/lazy.rs: screens only some visits need) out of its
//! WebAssembly into files of their own, fetched the first time such a screen is drawn, so
//! that the first visit carries only what the first screens need (its budget:
//! crates/release/src/sizes.rs).
//!
//! The split points' runtime marks each with an import from a loader module; the splitter
//! (`wasm_split_cli_support`) reads the app's wasm as cargo linked it (with its relocations,
//! `--emit-relocs` in .cargo/config.toml), moves what only split points reach into a wasm of
//! their own, and writes that loader, which fetches it and links it to the app's memory and
//! function table. Trunk has already run wasm-bindgen on the whole wasm; this runs it again on
//! what is left, keeping the table exported for the loader, and puts the result in place of
//! Trunk's under the same names. Each file is named by what it holds, so no cache keeps a stale
//! copy under a name: a part's wasm by its bytes, the loader (which names them) by its text,
//! and the glue, the one file that names the loader, keeps Trunk's name (as it always has).

use crate::steps::Page;
use crate::stop::{OrStop, Stop};
use crate::{digest, tools, versions, wasm_module};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const STEP: &str = "cut the split points into files of their own";
/// The loader module as the app's wasm imports it (the splitter's default).
pub const LOADER_IMPORT: &str = "./__wasm_split.js";
/// The loader's file: `licensing-check-parts.<hash>.js`, a name `name_scripts` leaves as it is
/// (its name already follows what it holds).
pub const LOADER_STEM: &str = "licensing-check-parts";
/// The name of the package's wasm as cargo writes it.
const CARGO_WASM: &str = "licensing-check.wasm";

/// What splitting made in `dist`: the loader's file name and the parts' files.
pub struct Split {
    pub loader: String,
    pub parts: Vec<String>,
}

pub fn split_wasm(page: &mut Page) -> Result<(), Stop> {
    let [wasm] =
        crate::files_ending(&page.dist, "_bg.wasm", STEP)?.try_into().map_err(|found: Vec<PathBuf>| {
            Stop::new(STEP, format!("expected the app's one *_bg.wasm in the bundle, found {}", found.len()))
        })?;
    if !has_split_points(&std::fs::read(&wasm).or_stop(STEP)?)? {
        println!("licensing-release: the app's wasm has no split points (built without the `split` feature)");
        return Ok(());
    }
    let profile = if page.release { "release" } else { "debug" };
    let linked = tools::target_dir(&page.root).join("wasm32-unknown-unknown").join(profile).join(CARGO_WASM);
    let staging = tools::target_dir(&page.root).join(format!("split-{profile}"));
    let split = split(page, &linked, &wasm, &staging)?;
    println!("licensing-release: split into {} and {}", split.loader, split.parts.join(", "));
    page.parts = split.parts.iter().map(|part| format!("{}{part}", page.public_url)).collect();
    Ok(())
}

/// Whether a file of the bundle is a part the splitter cut (`split_<point>` or, shared by
/// several points, `chunk_<n>`).
pub fn is_part(name: &str) -> bool {
    (name.starts_with("split_") || name.starts_with("chunk_")) && name.ends_with(".wasm")
}

/// The module a split point's loader is imported from before splitting (the split points'
/// macro writes it; the splitter names the loader in its place).
pub const PLACEHOLDER_IMPORT: &str = "__wasm_split_placeholder__";

/// Whether a wasm as cargo and wasm-bindgen left it has split points: it imports their loader
/// from the placeholder.
pub fn has_split_points(wasm: &[u8]) -> Result<bool, Stop> {
    let imports = wasm_module::imports(wasm).or_stop(STEP)?;
    Ok(imports.iter().any(|i| i.module == PLACEHOLDER_IMPORT.as_bytes()))
}

/// Splits `linked` (cargo's wasm) in `staging`, and puts the app's wasm and glue in place of
/// `wasm` and its glue, the loader and the parts beside them.
pub fn split(page: &Page, linked: &Path, wasm: &Path, staging: &Path) -> Result<Split, Stop> {
    let input = std::fs::read(linked).map_err(|e| {
        Stop::new(STEP, format!("cannot read the wasm cargo linked ({}): {e}", linked.display()))
    })?;
    let glue = wasm_module::glue_of(wasm);
    // Cargo's wasm must be the one Trunk's came from: written before it.
    let written = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).or_stop(STEP);
    if written(linked)? > written(wasm)? {
        return Err(Stop::new(STEP, format!("{} is newer than the bundle's wasm", linked.display())));
    }
    let _ = std::fs::remove_dir_all(staging);
    std::fs::create_dir_all(staging).or_stop(STEP)?;
    let glue_name = crate::file_name(&glue).to_owned();
    let main_module = format!("./{glue_name}");
    let left = staging.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = staging;
    options.main_out_path = &left;
    options.main_module = &main_module;
    options.link_name = LOADER_IMPORT;
    let cut = wasm_split_cli_support::transform(options).map_err(|e| Stop::new(STEP, format!("{e:#}")))?;
    if cut.split_modules.is_empty() {
        return Err(Stop::new(
            STEP,
            "the app's wasm has no split point: was it built with the `split` feature?",
        ));
    }

    // wasm-bindgen as Trunk runs it, keeping the function table the parts are linked into.
    let stem = glue_name.strip_suffix(".js").unwrap_or(&glue_name);
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", stem, "--out-dir"])
        .arg(staging.join("bindgen"))
        .arg(&left);
    tools::run(&mut bindgen, STEP)?;
    let built = staging.join("bindgen").join(crate::file_name(wasm));
    versions::check_wasm_bindgen(
        &std::fs::read(&built).or_stop(STEP)?,
        &page.pinned("WASM_BINDGEN_VERSION")?,
    )?;
    std::fs::copy(&built, wasm).or_stop(STEP)?;

    let loader = std::fs::read_to_string(staging.join(LOADER_IMPORT)).or_stop(STEP)?;
    // A part that does not come is the screen's to say (it offers to try again); nor is a fetch
    // the page cut short by moving on an error of the page's. The console hears of it all the same.
    let mut loader = crate::edit::replace_once(
        &loader,
        "console.error(e);",
        "console.warn(\"A part of the app's code could not be fetched:\", e);",
        STEP,
    )?;
    let mut parts = Vec::new();
    for part in &cut.split_modules {
        if page.release {
            tools::wasm_opt(&page.wasm_opt(STEP)?, part, part, &[], STEP)?;
        }
        let data = std::fs::read(part).or_stop(STEP)?;
        let name = crate::file_name(part);
        let named = format!("{}.{}.wasm", name.strip_suffix(".wasm").unwrap_or(name), digest::short(&data));
        loader =
            crate::edit::replace_once(&loader, &format!("\"./{name}\""), &format!("\"./{named}\""), STEP)?;
        std::fs::write(page.dist.join(&named), data).or_stop(STEP)?;
        parts.push(named);
    }
    let loader_name = format!("{LOADER_STEM}.{}.js", digest::short(loader.as_bytes()));
    std::fs::write(page.dist.join(&loader_name), &loader).or_stop(STEP)?;
    let js = std::fs::read_to_string(staging.join("bindgen").join(&glue_name)).or_stop(STEP)?;
    // The glue imports it once per loader function the wasm imports.
    let import = format!("from \"{LOADER_IMPORT}\"");
    if !js.contains(&import) {
        return Err(Stop::new(
            STEP,
            format!("the glue does not import {LOADER_IMPORT}{}", crate::edit::UPGRADING),
        ));
    }
    let js = js.replace(&import, &format!("from \"./{loader_name}\""));
    std::fs::write(&glue, js).or_stop(STEP)?;
    Ok(Split { loader: loader_name, parts })
}
