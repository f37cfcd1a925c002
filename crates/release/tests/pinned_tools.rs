//! The steps that run the pinned tools (cargo for the web, wasm-bindgen, wasm-opt, terser), run
//! with them: the hook as Trunk runs it over a staging folder made from the fixtures, in a
//! release build and in a debug one, and the command's other arms. They need what
//! scripts/setup.sh installs, as the README's test command does first.

mod staged;

use licensing_release::modules::{self, LOOK_EXPORTS, LOOK_MODULE, RULES_GLUE, RULES_MODULE_DIR};
use licensing_release::steps::{Page, STEPS};
use licensing_release::written::RESULTS_DIR;
use licensing_release::{versions, wasm_module};
use staged::{glue, pinned, root, wasm, Staged};
use std::path::Path;
use std::process::{Command, Output};

fn tools_installed() {
    for tool in ["node_modules/.bin/wasm-opt", "node_modules/.bin/terser"] {
        assert!(root().join(tool).exists(), "{tool} is missing: run scripts/setup.sh");
    }
}

fn command(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_licensing-release")).args(args).output().expect("the command runs")
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn run_step(name: &str, page: &mut Page) {
    let step = STEPS.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no step {name}"));
    (step.run)(page).unwrap_or_else(|stop| panic!("{stop}"));
}

#[test]
fn the_app_wasm_is_optimised_by_the_pinned_wasm_opt() {
    tools_installed();
    let staged = Staged::new(&wasm(), &glue());
    run_step("optimise_wasm", &mut staged.page(true));
    let app = std::fs::read(staged.file_ending("_bg.wasm")).unwrap();
    // (The fixture's functions are all `unreachable`: one is kept for all.)
    assert!(app.len() < wasm().len() / 2, "optimised: {} bytes from {}", app.len(), wasm().len());
    assert_eq!(wasm_module::exports(&app).unwrap().len(), wasm_module::exports(&wasm()).unwrap().len());
}

#[test]
fn the_wasm_gets_short_names_and_the_scripts_are_minified() {
    tools_installed();
    let staged = Staged::new(&wasm(), &glue());
    let mut page = staged.page(true);
    run_step("shorten_names", &mut page);
    let imports = wasm_module::imports(&std::fs::read(staged.file_ending("_bg.wasm")).unwrap()).unwrap();
    assert!(!imports.is_empty() && imports.iter().all(|i| i.name.starts_with('$')), "short import names");
    let shortened = text(&wasm_module::glue_of(&staged.file_ending("_bg.wasm")));
    run_step("minify_scripts", &mut page);
    let minified = text(&wasm_module::glue_of(&staged.file_ending("_bg.wasm")));
    assert!(
        minified.len() < shortened.len() * 3 / 4,
        "the glue minified: {} from {}",
        minified.len(),
        shortened.len()
    );
    assert!(!minified.contains("\n    "), "no indented line is left in the minified glue");
}

#[test]
fn the_rules_module_is_built_bound_optimised_and_minified() {
    tools_installed();
    let staged = Staged::new(&wasm(), &glue());
    run_step("rules_module", &mut staged.page(true));
    let rules = staged.0.join(RULES_MODULE_DIR);
    let rules_wasm = std::fs::read(rules.join("licensing-rules_bg.wasm")).unwrap();
    assert_eq!(versions::wasm_bindgen_version(&rules_wasm), Some(pinned("WASM_BINDGEN_VERSION")));
    assert!(modules::missing_exports(&rules_wasm, &["evaluate", "checkKeyFormat"]).unwrap().is_empty());
    let module = text(&rules.join("licensing-rules.js"));
    let source = text(&root().join("crates/rules-js/src/module.js"));
    assert!(module.contains(&format!("./{RULES_GLUE}")), "the module imports the glue");
    assert!(module.len() < source.len() / 2, "the module minified: {} from {}", module.len(), source.len());
    assert!(text(&rules.join(RULES_GLUE)).lines().count() < 10, "the glue minified");
    let types = text(&rules.join("licensing-rules.d.ts"));
    assert!(
        types.contains(&text(&root().join("crates/rules-js/src/init.d.ts"))),
        "init declared as module.js defines it"
    );
    assert!(!types.contains("deprecated") && !types.contains("InitOutput"), "{types}");
}

#[test]
fn the_look_module_exports_what_the_page_calls_and_the_results_are_written() {
    tools_installed();
    let staged = Staged::new(&wasm(), &glue());
    let mut page = staged.page(true);
    run_step("look_module", &mut page);
    let look = std::fs::read(staged.0.join(LOOK_MODULE)).unwrap();
    assert_eq!(modules::missing_exports(&look, LOOK_EXPORTS).unwrap(), Vec::<&str>::new());
    run_step("written_results", &mut page);
    assert!(staged.0.join(RESULTS_DIR).join("kms.json").is_file(), "the results for links are written");
    assert_eq!(page.results_url, format!("/{RESULTS_DIR}/"));
}

#[test]
fn a_debug_build_runs_only_its_own_steps() {
    tools_installed();
    let debug = Staged::new(&wasm(), &glue()).with_copied_files();
    let out = Command::new(env!("CARGO_BIN_EXE_licensing-release"))
        .env("TRUNK_STAGING_DIR", &debug.0)
        .env("TRUNK_PROFILE", "debug")
        .env("BUILD_LABEL", "test")
        .output()
        .expect("the hook runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let wasm_name = debug.file_ending("_bg.wasm");
    assert_eq!(std::fs::read(&wasm_name).unwrap(), wasm(), "the wasm as wasm-bindgen wrote it");
    assert_eq!(text(&wasm_module::glue_of(&wasm_name)), glue(), "the glue as wasm-bindgen wrote it");
    assert!(!debug.0.join(RULES_MODULE_DIR).exists(), "no rules module in a debug build");
    assert!(debug.0.join(LOOK_MODULE).is_file() && debug.0.join(RESULTS_DIR).join("kms.json").is_file());
}

#[test]
fn a_module_without_an_export_the_page_calls_is_told_which() {
    let exported = wasm_module::exports(&wasm()).unwrap().remove(0).name;
    assert_eq!(
        modules::missing_exports(&wasm(), &[exported.as_str(), "no_such_export"]).unwrap(),
        ["no_such_export"]
    );
}

#[test]
fn the_fixtures_made_from_a_capture_of_the_fixtures_are_the_fixtures() {
    let staged = Staged::new(&wasm(), &glue());
    let to = staged.0.join("repository");
    let written = licensing_release::write_fixtures(&to, &staged.0).unwrap();
    assert_eq!(written, to.join("crates/release/tests/fixtures"));
    let bindgen = written.join(format!("wasm-bindgen-{}", pinned("WASM_BINDGEN_VERSION")));
    assert_eq!(std::fs::read(bindgen.join("app_bg.wasm")).unwrap(), wasm());
    assert_eq!(text(&bindgen.join("app.js")), glue());
    let page = written.join(format!("trunk-{}/index.html", pinned("TRUNK_VERSION")));
    assert_eq!(text(&page), staged::trunk_page());
}

#[test]
fn the_command_reads_each_of_its_arms() {
    let out = command(&["versions", "--write"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "every repeat already agrees\n");
    let empty = std::env::temp_dir().join(format!("release-empty-capture-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let out = command(&["fixtures", empty.to_str().unwrap()]);
    std::fs::remove_dir_all(&empty).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("stopped at step “write the test fixtures”: the capture holds no wasm"),
        "{}",
        stderr(&out)
    );
    let out = command(&["no-such-command", "two"]);
    assert!(stderr(&out).contains("stopped at step “read the command”"), "{}", stderr(&out));
}
