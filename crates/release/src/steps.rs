//! The steps, in the one order they run in, each with the steps it must come after: checked
//! before anything runs, so a step moved above what it needs stops the build, naming both.

use crate::stop::{OrStop, Stop};
use crate::{bundle, modules, page, versions, written};
use std::path::{Path, PathBuf};

/// The page being finished, and what the steps hand on to each other.
pub struct Page {
    pub root: PathBuf,
    pub dist: PathBuf,
    pub release: bool,
    /// The build's name (BUILD_LABEL, else `git describe`).
    pub label: String,
    /// Where the bundle is served from (Trunk's public URL), ending in `/`.
    pub public_url: String,
    pub html: String,
    pub texts_url: String,
    /// The split parts' addresses (crates/release/src/split.rs), which a deep link fetches at once.
    pub parts: Vec<String>,
    pub results_url: String,
    /// The tools whose screens are files in results/.
    pub tools: Vec<String>,
    /// The folder of the deploy this build replaces, whose releases it keeps (`PREVIOUS_DEPLOY`).
    pub previous: Option<PathBuf>,
    /// The day of this build, `YYYY-MM-DD`: a new release's.
    pub today: String,
}

impl Page {
    pub fn read(
        root: &Path,
        dist: &Path,
        release: bool,
        label: String,
        public_url: String,
    ) -> Result<Self, Stop> {
        let html = std::fs::read_to_string(dist.join("index.html")).or_stop("read the page")?;
        Ok(Self {
            root: root.to_owned(),
            dist: dist.to_owned(),
            release,
            label,
            public_url,
            html,
            texts_url: String::new(),
            parts: Vec::new(),
            results_url: String::new(),
            tools: Vec::new(),
            previous: None,
            today: crate::releases::today(),
        })
    }

    pub fn pinned(&self, name: &str) -> Result<String, Stop> {
        versions::pinned(&self.root, name)
    }

    /// The pinned wasm-opt, checked for `step`.
    pub fn wasm_opt(&self, step: &str) -> Result<PathBuf, Stop> {
        let path = self.root.join("node_modules/.bin/wasm-opt");
        let printed = versions::printed_by(&path, &["--version"]);
        versions::check_wasm_opt(printed.as_deref(), &path, &self.pinned("BINARYEN_VERSION")?, step)
    }
}

fn write_page(page: &mut Page) -> Result<(), Stop> {
    std::fs::write(page.dist.join("index.html"), &page.html).or_stop("write the page")
}

/// Which builds a step runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Both,
    Release,
    Debug,
}

#[derive(Clone, Copy)]
pub struct Step {
    pub name: &'static str,
    pub run: fn(&mut Page) -> Result<(), Stop>,
    pub when: When,
    /// The steps it must come after.
    pub after: &'static [&'static str],
}

use When::{Both, Debug as DebugOnly, Release};

const fn step(
    name: &'static str,
    run: fn(&mut Page) -> Result<(), Stop>,
    when: When,
    after: &'static [&'static str],
) -> Step {
    Step { name, run, when, after }
}

/// Release builds run all but those marked Debug; debug builds (`trunk serve`) skip those
/// marked Release: no service worker, so `trunk serve` never serves stale code, and no CSP,
/// because Trunk injects an inline live-reload script.
pub const STEPS: &[Step] = &[
    step("drop_comments", page::drop_comments, Both, &[]),
    step("text_pack", written::text_pack, Both, &[]),
    // The written screens' markup is no comment to drop.
    step("start_screen", page::start_screen, Both, &["drop_comments"]),
    step("written_results", written::written_results, Both, &[]),
    step("compact_styles", page::compact_styles, Release, &[]),
    // The hash of the stylesheet as shipped.
    step("allow_styles", page::allow_styles, Both, &["compact_styles"]),
    step("stamp_version", page::stamp_version, Both, &["drop_comments"]),
    step("rules_module", modules::rules_module, Release, &[]),
    step("look_module", modules::look_module, Both, &[]),
    // The app's wasm as wasm-bindgen makes it from what is left.
    step("split_wasm", crate::split::split_wasm, Both, &[]),
    step("optimise_wasm", modules::optimise_wasm, Release, &["split_wasm"]),
    // Renames what wasm-opt left.
    step("shorten_names", modules::shorten_names, Release, &["optimise_wasm", "split_wasm"]),
    step("resource_links", written::resource_links, Both, &[]),
    step("shared_names", shared_names, Both, &[]),
    // The glue as renamed, the names written.
    step("minify_scripts", minify_scripts, Release, &["shorten_names", "resource_links", "shared_names"]),
    // Trunk named them by their source; what they hold now also has the shared names and the
    // minifier's work, so a name must follow that, or a cache keeps a stale copy under it.
    step("name_scripts", page::name_scripts, Both, &["shared_names", "minify_scripts"]),
    // The files as shipped (the shell's names are filled in debug builds too).
    step(
        "integrity_hashes",
        page::integrity_hashes,
        Both,
        &["optimise_wasm", "shorten_names", "shared_names", "minify_scripts", "name_scripts"],
    ),
    // Its fetch must match the preload's final hash.
    step(
        "first_script",
        page::first_script,
        Both,
        &["text_pack", "written_results", "integrity_hashes", "split_wasm"],
    ),
    step("name_worker", page::name_worker, Release, &[]),
    // The hash of every inline script as shipped.
    step("allow_scripts", page::allow_scripts, Release, &["first_script"]),
    step("drop_csp", page::drop_csp, DebugOnly, &["first_script"]),
    step(
        "write_page",
        write_page,
        Both,
        &["allow_styles", "stamp_version", "allow_scripts", "drop_csp", "name_worker"],
    ),
    // Pins the files as shipped.
    step("release_files", bundle::release_files, Release, &["rules_module", "minify_scripts"]),
    // Lists and versions every built file.
    step("service_worker", bundle::service_worker, Release, &["write_page", "release_files"]),
];

/// Fills the shared names into the scripts Trunk copied (the shell, embed.js, the element);
/// web/start.js and web/sw.js get theirs as they are written.
fn shared_names(page: &mut Page) -> Result<(), Stop> {
    let home = crate::names::home();
    for script in crate::files_ending(&page.dist, ".js", "fill in the shared names")? {
        let step = format!("fill in the shared names ({})", crate::file_name(&script));
        let text = std::fs::read_to_string(&script).or_stop(&step)?;
        std::fs::write(&script, crate::names::fill(&text, &home, &step)?).or_stop(&step)?;
    }
    Ok(())
}

fn minify_scripts(page: &mut Page) -> Result<(), Stop> {
    let step = "minify the scripts";
    for script in crate::files_ending(&page.dist, ".js", step)? {
        crate::tools::minify(&page.root, &script, step)?;
    }
    Ok(())
}

/// Stops the build, naming the step, if a step is listed before one it must come after (or
/// after one that is not a step).
pub fn check_order(steps: &[Step]) -> Result<(), Stop> {
    // (Not `any(name != earlier)`: the step it needs, itself, must be before it.)
    for (position, step) in steps.iter().enumerate() {
        for earlier in step.after {
            if !steps[..position].iter().any(|s| s.name == *earlier) {
                return Err(Stop::new(step.name, format!("“{}” must come after “{earlier}”", step.name)));
            }
        }
    }
    Ok(())
}

/// Runs the steps of this build, in order; the names of those it ran.
pub fn finish(page: &mut Page, steps: &[Step]) -> Result<Vec<&'static str>, Stop> {
    check_order(steps)?;
    let skipped = if page.release { DebugOnly } else { Release };
    let mut ran = Vec::new();
    for step in steps.iter().filter(|s| s.when != skipped) {
        (step.run)(page)?;
        ran.push(step.name);
    }
    Ok(ran)
}
