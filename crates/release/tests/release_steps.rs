//! The release steps against real output of the pinned tools (tests/fixtures, written by
//! `cargo run -p licensing-release -- fixtures DIR` from a capture): what each step rewrites,
//! and each way the build stops, naming its step: a missing anchor, a file missing for an
//! integrity hash, steps out of order, a tool at another version.

use licensing_release::page::{self, FirstScript};
use licensing_release::steps::{self, Page, Step, STEPS};
use licensing_release::stop::Stop;
use licensing_release::wasm_module;
use licensing_release::{digest, edit, short_names, versions};
use std::path::{Path, PathBuf};

mod staged;

use staged::{assert_stops, glue, pinned, root, trunk_page, wasm, with_producer, Staged};

// Versions.

#[test]
fn the_fixture_was_processed_by_the_pinned_wasm_bindgen() {
    let pin = pinned("WASM_BINDGEN_VERSION");
    assert_eq!(versions::wasm_bindgen_version(&wasm()), Some(pin.clone()));
    versions::check_wasm_bindgen(&wasm(), &pin).unwrap();
}

#[test]
fn another_wasm_bindgen_stops_the_build_naming_both_versions() {
    let newer = with_producer(&wasm(), "wasm-bindgen", "0.2.131");
    let stop =
        assert_stops(versions::check_wasm_bindgen(&newer, &pinned("WASM_BINDGEN_VERSION")), versions::STEP);
    for part in
        [&format!("wasm-bindgen {}", pinned("WASM_BINDGEN_VERSION")), "found 0.2.131", "docs/upgrading.md"]
    {
        assert!(stop.to_string().contains(part), "{stop}");
    }
}

#[test]
fn another_trunk_or_none_stops_the_build() {
    let pin = pinned("TRUNK_VERSION");
    versions::check_trunk(Some(&format!("trunk {pin}\n")), &pin).unwrap();
    let stop = assert_stops(versions::check_trunk(Some("trunk 0.22.1\n"), &pin), versions::STEP);
    assert!(stop.why.contains(&format!("Trunk {pin}, but found trunk 0.22.1")), "{stop}");
    assert!(versions::check_trunk(None, &pin).unwrap_err().why.contains("no trunk on PATH"));
}

#[test]
fn only_the_pinned_wasm_opt_is_used() {
    let pin = pinned("BINARYEN_VERSION");
    let path = Path::new("/nowhere/wasm-opt");
    let printed = format!("wasm-opt version {pin} (version_{pin})\n");
    let step = "optimise the wasm";
    assert_eq!(versions::check_wasm_opt(Some(&printed), path, &pin, step).unwrap(), path);
    let stop = assert_stops(versions::check_wasm_opt(Some("wasm-opt version 108\n"), path, &pin, step), step);
    assert!(
        stop.why.contains(&format!("needs wasm-opt {pin}")) && stop.why.contains("found wasm-opt 108"),
        "{stop}"
    );
    assert!(versions::check_wasm_opt(None, path, &pin, step).unwrap_err().why.contains("none there"));
}

/// A copy of the files that repeat a pin, with versions.env.
fn repeats_copy(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("release-repeats-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("scripts")).unwrap();
    std::fs::copy(root().join("scripts/versions.env"), folder.join("scripts/versions.env")).unwrap();
    for repeat in versions::REPEATS {
        std::fs::copy(root().join(repeat.file), folder.join(repeat.file)).unwrap();
    }
    folder
}

#[test]
fn the_repository_repeats_every_pin_as_pinned() {
    versions::check_repeats(&root()).unwrap();
    assert_eq!(versions::repeats(&root()).unwrap().len(), versions::REPEATS.len());
}

#[test]
fn a_repeat_that_disagrees_stops_the_build_naming_its_file_and_write_mends_it() {
    let copy = repeats_copy("disagrees");
    let cargo = copy.join("Cargo.toml");
    let pin = pinned("WASM_BINDGEN_VERSION");
    let text = std::fs::read_to_string(&cargo).unwrap();
    std::fs::write(
        &cargo,
        text.replace(&format!("wasm-bindgen = \"={pin}\""), "wasm-bindgen = \"=0.2.999\""),
    )
    .unwrap();
    let stop = assert_stops(versions::check_repeats(&copy), versions::STEP);
    assert!(stop.why.contains("Cargo.toml has WASM_BINDGEN_VERSION 0.2.999"), "{stop}");
    assert_eq!(versions::write_repeats(&copy).unwrap(), ["Cargo.toml"]);
    versions::check_repeats(&copy).unwrap();
    assert!(std::fs::read_to_string(&cargo).unwrap().contains(&format!("wasm-bindgen = \"={pin}\"")));
    std::fs::remove_dir_all(copy).unwrap();
}

#[test]
fn a_missing_repeat_stops_the_build_too() {
    let copy = repeats_copy("missing");
    let trunk = copy.join("Trunk.toml");
    let text = std::fs::read_to_string(&trunk).unwrap();
    let without: String =
        text.lines().filter(|l| !l.starts_with("wasm_opt = ")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&trunk, without).unwrap();
    let stop = assert_stops(versions::check_repeats(&copy), versions::STEP);
    assert!(stop.why.contains("Trunk.toml has BINARYEN_VERSION (no such line)"), "{stop}");
    assert!(versions::write_repeats(&copy).is_err());
    std::fs::remove_dir_all(copy).unwrap();
}

// Short names.

#[test]
fn imports_and_long_exports_get_short_names_in_wasm_and_glue_alike() {
    let staged = Staged::new(&wasm(), &glue());
    short_names::shorten(&staged.0).unwrap();
    let written = std::fs::read(staged.file_ending("_bg.wasm")).unwrap();
    let js = std::fs::read_to_string(staged.file_ending(".js")).unwrap();
    let imported = wasm_module::imports(&written).unwrap();
    assert_eq!(imported.len(), wasm_module::imports(&wasm()).unwrap().len());
    // Each import by its place: the glue's key for it is renamed the same.
    let named: Vec<String> = imported.iter().map(|i| i.name.clone()).collect();
    let by_place: Vec<String> = (0..imported.len()).map(|i| format!("${i:x}")).collect();
    assert_eq!(named, by_place);
    let exports_before = wasm_module::exports(&wasm()).unwrap();
    let exports_after = wasm_module::exports(&written).unwrap();
    for (before, after) in exports_before.iter().zip(&exports_after) {
        assert_eq!(before.description, after.description, "{} keeps its function", before.name);
        if before.name.len() <= 12 {
            assert_eq!(before.name, after.name, "a short export keeps its name");
        }
    }
    let mut unique: Vec<&str> = exports_after.iter().map(|e| e.name.as_str()).collect();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), exports_after.len(), "no two exports share a name");
    for import in &imported {
        assert_eq!(import.module, b"w");
        assert!(
            import.name.starts_with('$') && import.name[1..].chars().all(|c| c.is_ascii_hexdigit()),
            "{}",
            import.name
        );
        assert!(js.contains(&format!("{}:", import.name)), "{} is a key of the glue's imports", import.name);
    }
    let hashed = |name: &str| name.as_bytes().windows(16).any(|w| w.iter().all(u8::is_ascii_hexdigit));
    let exports = wasm_module::exports(&written).unwrap();
    assert!(exports.iter().all(|e| !hashed(&e.name)), "no export keeps its hash");
    assert!(!js.contains("invoke__h"), "the glue names no hashed export");
    // Only labels changed: the module's functions, types and the rest are as they were.
    let other_sections = |data: &[u8]| -> Vec<(u8, Vec<u8>)> {
        let sections = wasm_module::sections(data).unwrap();
        let kept =
            sections.into_iter().filter(|(id, _)| ![wasm_module::IMPORTS, wasm_module::EXPORTS].contains(id));
        kept.map(|(id, body)| (id, body.to_vec())).collect()
    };
    assert_eq!(other_sections(&written), other_sections(&wasm()));
}

#[test]
fn a_glue_that_does_not_name_each_import_once_stops_the_build() {
    let first = wasm_module::imports(&wasm()).unwrap().remove(0).name;
    let staged = Staged::new(&wasm(), &glue().replace(&format!("{first}:"), &format!("{first}_renamed:")));
    assert_stops(short_names::shorten(&staged.0), short_names::STEP);
}

// The page.

#[test]
fn trunks_inline_start_up_script_is_allowed_by_its_hash() {
    let mut page = Staged::new(&wasm(), &glue()).page(true);
    let scripts: Vec<String> =
        edit::inline_scripts(&page.html).into_iter().map(|t| page.html[t].to_owned()).collect();
    assert_eq!(scripts.len(), 1, "Trunk writes one inline start-up module");
    assert!(scripts[0].contains("TrunkApplicationStarted"));
    page::allow_scripts(&mut page).unwrap();
    assert!(page
        .html
        .contains(&format!("script-src 'self' 'wasm-unsafe-eval' {}", digest::csp(&scripts[0]))));
}

fn names() -> (Vec<String>, FirstScript<'static>) {
    (
        vec![],
        FirstScript {
            texts_url: "/texts-0123456789abcdef.txt",
            parts: &[],
            results_url: "/results/",
            tools: &[],
        },
    )
}

fn start_js() -> String {
    std::fs::read_to_string(root().join("web/start.js")).unwrap()
}

#[test]
fn the_wasm_starts_from_the_first_script_in_place_of_trunks_preload() {
    let original = trunk_page();
    let tools = vec!["keys".to_owned()];
    let names = FirstScript { tools: &tools, ..names().1 };
    let html = page::start_early(&original, &start_js(), &names, |s| Ok(s.to_owned())).unwrap();
    let (range, preload) = page::wasm_preload(&original).unwrap();
    let wasm = edit::attribute(preload, "href").unwrap();
    let first = format!("{}\n    <script>", preload.trim());
    let at = html.find(&first).expect("right after the preload it reuses");
    assert!(at < html.find("<style>").unwrap(), "before the stylesheet, slow to parse on a phone");
    let script = edit::inline_scripts(&html)
        .into_iter()
        .map(|t| &html[t])
        .find(|code| code.contains("compileStreaming"))
        .expect("web/start.js");
    assert!(script.contains(&format!("var wasm = \"{wasm}\";")));
    assert!(
        script.contains(&format!("var integrity = \"{}\";", edit::attribute(preload, "integrity").unwrap()))
    );
    assert!(script.contains("fetch(\"/texts-0123456789abcdef.txt\")"));
    let linked = licensing_check::ui::names::LINKED_SCREENS;
    assert!(script.contains(&format!("document.getElementById(\"{linked}\")")));
    assert!(script.contains("[\"keys\"].indexOf("), "the tools whose screens are files");
    assert!(!script.contains("__"), "every name is filled in");
    assert!(!script.contains("\n  // "), "no comment line");
    let (module, stopped) =
        (licensing_check::ui::names::WASM_GLOBAL, licensing_check::ui::names::STOPPED_GLOBAL);
    let started = format!("init({{ module_or_path: window.{module} || '{wasm}' }}).catch({stopped})");
    assert!(html.contains(&started), "a failed start is told, not left uncaught");
    assert!(
        script.contains(&format!("window[\"{stopped}\"] = function")),
        "it defines what the start-up calls"
    );
    // Everything else as it was.
    let restored = html
        .replace(&format!("{}\n    <script>{script}</script>\n    ", preload.trim()), "")
        .replace(&started, &format!("init({{ module_or_path: '{wasm}' }})"));
    assert_eq!(restored, format!("{}{}", &original[..range.start], &original[range.end..]));
    let unstyled = original.replace("<style>", "<link>");
    assert_stops(
        page::start_early(&unstyled, &start_js(), &names, |s| Ok(s.to_owned())),
        "start the wasm from the first script",
    );
}

#[test]
fn a_page_without_trunks_preload_or_a_placeholder_stops_the_build() {
    let original = trunk_page();
    let (range, _) = page::wasm_preload(&original).unwrap();
    let without = format!("{}{}", &original[..range.start], &original[range.end..]);
    let stop = assert_stops(
        page::start_early(&without, &start_js(), &names().1, |s| Ok(s.to_owned())),
        "start the wasm from the first script",
    );
    assert!(stop.why.contains("no longer preloads the wasm"), "{stop}");
    let script = start_js().replace("'__TEXTS_URL__'", "'/texts.txt'");
    let stop = assert_stops(
        page::start_early(&original, &script, &names().1, |s| Ok(s.to_owned())),
        "start the wasm from the first script",
    );
    assert!(stop.why.contains("__TEXTS_URL__"), "{stop}");
}

#[test]
fn the_wasm_preload_is_the_one_of_the_wasm() {
    let original = trunk_page();
    let (_, preload) = page::wasm_preload(&original).unwrap();
    let decoy = "<link rel=\"preload\" href=\"/font.woff2\" as=\"font\" type=\"font/woff2\">";
    let with_decoy = original.replacen("<link rel=\"preload\"", &format!("{decoy}<link rel=\"preload\""), 1);
    assert_eq!(page::wasm_preload(&with_decoy).unwrap().1, preload);
}

#[test]
fn the_page_steps_write_into_the_page() {
    let staged = Staged::new(&wasm(), &glue());
    let mut page = staged.page(false);
    page::start_screen(&mut page).unwrap();
    assert!(page.html.contains(&format!("<div id=\"{}\">", licensing_check::ui::names::PRERENDERED)));
    assert!(page.html.contains("id=\"linked-screens\""));
    page.texts_url = "/texts-0123456789abcdef.txt".into();
    page::first_script(&mut page).unwrap();
    assert!(page.html.contains("compileStreaming") && page.html.contains("/texts-0123456789abcdef.txt"));
    std::fs::write(staged.file_ending(".js"), "// changed\n").unwrap();
    page::integrity_hashes(&mut page).unwrap();
    assert!(page.html.contains(&digest::integrity(b"// changed\n")));
}

#[test]
fn integrity_hashes_follow_the_files_as_rewritten() {
    let staged = Staged::new(&wasm(), &glue());
    std::fs::write(staged.file_ending(".js"), "// minified\n").unwrap();
    let original = trunk_page();
    let html = page::update_integrity(&staged.0, &original, 1).unwrap();
    assert!(html.contains(&digest::integrity(b"// minified\n")));
    assert_eq!(html.matches("integrity=\"sha384-").count(), original.matches("integrity=\"sha384-").count());
}

#[test]
fn a_file_missing_for_its_integrity_hash_stops_the_build() {
    let staged = Staged::new(&wasm(), &glue());
    let wasm_file = staged.file_ending("_bg.wasm");
    std::fs::remove_file(&wasm_file).unwrap();
    let stop =
        assert_stops(page::update_integrity(&staged.0, &trunk_page(), 1), "update the integrity hashes");
    assert!(stop.why.contains(licensing_release::file_name(&wasm_file)), "{stop}");
}

#[test]
fn a_page_without_integrity_hashes_stops_the_build() {
    let staged = Staged::new(&wasm(), &glue());
    let html = trunk_page().replace("integrity=\"sha384-", "data-was=\"");
    assert_stops(page::update_integrity(&staged.0, &html, 1), "update the integrity hashes");
    assert_eq!(page::update_integrity(&staged.0, &html, 0).unwrap(), html, "a debug build made without them");
}

#[test]
fn the_csp_edits_stop_without_their_policy_or_code() {
    let staged = Staged::new(&wasm(), &glue());
    let mut page = staged.page(true);
    let original = page.html.clone();
    page.html = original.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self'");
    assert_stops(page::allow_scripts(&mut page), "allow the inline scripts in the CSP");
    page.html = original.replace("<script type=\"module\">", "<script type=\"text/plain\">");
    assert_stops(page::allow_scripts(&mut page), "allow the inline scripts in the CSP");
    page.html = original.replace("</head>", "<style>p{}</style></head>");
    page::allow_styles(&mut page).unwrap();
    assert!(page.html.contains(&digest::csp("p{}")));
    page.html = original
        .replace("</head>", "<style>p{}</style></head>")
        .replace("style-src 'self'", "style-src 'none'");
    assert_stops(page::allow_styles(&mut page), "allow the inlined stylesheet in the CSP");
    let unstyled = original.replace("<style>", "<link>");
    page.html = unstyled.clone();
    assert_stops(page::allow_styles(&mut page), "allow the inlined stylesheet in the CSP");
    page.html = unstyled;
    assert_stops(page::compact_styles(&mut page), "compact the inlined stylesheet");
}

#[test]
fn the_page_edits_stop_without_their_anchors() {
    let staged = Staged::new(&wasm(), &glue());
    let mut page = staged.page(true);
    let original = page.html.clone();
    page.html = original.replace("<meta charset=\"utf-8\">", "");
    assert_stops(page::stamp_version(&mut page), "stamp the build label");
    page.html = original.replace("<html ", "<html\n");
    assert_stops(page::name_worker(&mut page), "name the service worker");
    page.html = original.replace("http-equiv=\"Content-Security-Policy\"", "name=\"csp\"");
    assert_stops(page::drop_csp(&mut page), "drop the CSP from a debug build");
    let no_body = original.replace("</body>", "");
    let linked = "{\"kms\":[\"p\",{},\"KMS\"]}";
    assert_stops(
        page::write_start_screen(&no_body, "<div class=\"page\"></div>", linked),
        "write the start screen",
    );
    assert_stops(page::write_start_screen(&original, "<p>no</p>", linked), "write the start screen");
}

#[test]
fn the_build_label_and_no_comments() {
    let staged = Staged::new(&wasm(), &glue());
    let mut page = staged.page(false);
    page.label = "v1 <\"x\"> & 'y'".into();
    page::drop_comments(&mut page).unwrap();
    page::stamp_version(&mut page).unwrap();
    assert!(!page.html.contains("<!--"));
    assert!(page
        .html
        .contains("<meta name=\"version\" content=\"v1 &lt;&quot;x&quot;&gt; &amp; &#x27;y&#x27;\">"));
    page::stamp_version(&mut page).unwrap();
    assert_eq!(page.html.matches("<meta name=\"version\"").count(), 1, "a second stamp replaces the first");
    // A comment goes with the space before it; the text after it stays.
    page.html = "a <!-- x --> b\n  <!--y-->c <!-->z-->d <!--- w -->e".into();
    page::drop_comments(&mut page).unwrap();
    assert_eq!(page.html, "a bcde");
}

// The linked screens.

#[test]
fn the_screens_are_one_json_data_block_nothing_in_which_ends_it() {
    let data =
        r#"{"kms":["div",{"class":"page"},["h1",{},"KMS"]],"keys":["p",{},"a \u003c/script> \u003c!-- b"]}"#;
    let block = page::linked_screens_block(&format!("{data}\n")).unwrap();
    assert_eq!(block, format!("<script type=\"application/json\" id=\"linked-screens\">{data}</script>"));
    for bad in ["", "[1]", "{}", r#"{"kms":1"#, r#""kms":1}"#, r#"{"kms":["p",{},"</script>"]}"#] {
        assert_stops(page::linked_screens_block(bad), "write the linked screens");
    }
}

// The steps.

#[test]
fn every_step_comes_after_those_it_needs() {
    steps::check_order(STEPS).unwrap();
    let position = |name: &str| STEPS.iter().position(|s| s.name == name).unwrap();
    for (later, earlier) in [
        ("allow_styles", "compact_styles"),
        ("integrity_hashes", "minify_scripts"),
        ("first_script", "integrity_hashes"),
        ("allow_scripts", "first_script"),
        ("service_worker", "write_page"),
    ] {
        assert!(position(earlier) < position(later), "{earlier} before {later}");
    }
}

#[test]
fn a_step_listed_before_one_it_needs_stops_the_build() {
    let mut steps: Vec<Step> = STEPS.to_vec();
    let moved = steps.remove(steps.iter().position(|s| s.name == "allow_scripts").unwrap());
    steps.insert(0, moved);
    let stop = assert_stops(steps::check_order(&steps), "allow_scripts");
    assert!(stop.why.contains("“allow_scripts” must come after “first_script”"), "{stop}");
    // After other steps, but still before the one it needs.
    let moved = steps.remove(0);
    steps.insert(2, moved);
    assert_stops(steps::check_order(&steps), "allow_scripts");
}

fn nothing(_: &mut Page) -> Result<(), Stop> {
    Ok(())
}

#[test]
fn the_steps_run_in_the_written_order_each_in_its_builds() {
    let staged = Staged::new(&wasm(), &glue());
    let quiet: Vec<Step> = STEPS.iter().map(|s| Step { run: nothing, ..*s }).collect();
    let release = [
        "drop_comments",
        "text_pack",
        "start_screen",
        "written_results",
        "compact_styles",
        "allow_styles",
        "stamp_version",
        "rules_module",
        "look_module",
        "split_wasm",
        "optimise_wasm",
        "shorten_names",
        "resource_links",
        "shared_names",
        "minify_scripts",
        "name_scripts",
        "integrity_hashes",
        "first_script",
        "name_worker",
        "allow_scripts",
        "write_page",
        "release_files",
        "service_worker",
    ];
    // No service worker (trunk serve never serves stale code), no CSP (Trunk's live-reload
    // script is inline); the shell's names filled in, named and hashed all the same, and the
    // split points cut, or the page would import a loader that is not there.
    let debug = [
        "drop_comments",
        "text_pack",
        "start_screen",
        "written_results",
        "allow_styles",
        "stamp_version",
        "look_module",
        "split_wasm",
        "resource_links",
        "shared_names",
        "name_scripts",
        "integrity_hashes",
        "first_script",
        "drop_csp",
        "write_page",
    ];
    assert_eq!(steps::finish(&mut staged.page(true), &quiet).unwrap(), release);
    assert_eq!(steps::finish(&mut staged.page(false), &quiet).unwrap(), debug);
}

#[test]
fn a_script_trunk_named_is_named_by_what_it_holds_once_the_steps_changed_it() {
    let staged = Staged::new(&wasm(), &glue());
    let mut page = staged.page(true);
    let shell = licensing_release::files_ending(&staged.0, ".js", "test")
        .unwrap()
        .into_iter()
        .find(|p| licensing_release::file_name(p).starts_with("shell-"))
        .expect("the fixture's shell");
    let glue_name = licensing_release::file_name(&staged.file_ending("_bg.wasm")).replace("_bg.wasm", ".js");
    std::fs::write(&shell, "// filled in\n").unwrap();
    std::fs::write(staged.0.join("embed-cafe.js"), "// not Trunk's\n").unwrap();
    page::name_scripts(&mut page).unwrap();
    assert!(staged.0.join("embed-cafe.js").is_file(), "a name without Trunk's hash stays");
    let named = format!("shell-{}.js", digest::short(b"// filled in\n"));
    assert!(staged.0.join(&named).is_file(), "{named}");
    assert!(!shell.exists());
    assert!(page.html.contains(&format!("/{named}\"")), "the page names it");
    assert!(page.html.contains(&glue_name) && staged.0.join(&glue_name).is_file(), "the glue keeps its name");
    let again = page.html.clone();
    page::name_scripts(&mut page).unwrap();
    assert_eq!(page.html, again, "a script named by what it holds keeps its name");
}

#[test]
fn the_build_is_named_by_its_label_and_a_capture_copies_what_trunk_wrote() {
    // (The one test that sets BUILD_LABEL; nothing else here reads it.)
    std::env::set_var("BUILD_LABEL", "label-1");
    assert_eq!(licensing_release::build_label(&root()), "label-1");
    std::env::set_var("BUILD_LABEL", "");
    let described = licensing_release::build_label(&root());
    assert!(!described.is_empty() && described != "label-1", "{described}");
    std::env::remove_var("BUILD_LABEL");
    let staged = Staged::new(&wasm(), &glue());
    let to = staged.0.join("capture");
    licensing_release::capture(&staged.0, &to).unwrap();
    let mut copied: Vec<String> = std::fs::read_dir(&to)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    copied.sort();
    let wasm_name = licensing_release::file_name(&staged.file_ending("_bg.wasm")).to_owned();
    assert_eq!(copied, ["index.html".to_owned(), wasm_name.replace("_bg.wasm", ".js"), wasm_name]);
}

// The hook.

#[test]
fn a_build_by_another_wasm_bindgen_stops_before_anything_is_rewritten() {
    let staged = Staged::new(&with_producer(&wasm(), "wasm-bindgen", "0.2.131"), &glue());
    let before: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&staged.0)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_licensing-release"))
        .env("TRUNK_STAGING_DIR", &staged.0)
        .env("TRUNK_PROFILE", "release")
        .env("BUILD_LABEL", "test")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let expected = format!(
        "stopped at step “check the tool versions”: stopped before rewriting wasm-bindgen's output: it was written \
         for wasm-bindgen {}, but found 0.2.131",
        pinned("WASM_BINDGEN_VERSION")
    );
    assert!(stderr.contains(&expected), "{stderr}");
    for (path, data) in before {
        assert_eq!(std::fs::read(&path).unwrap(), data, "{} untouched", path.display());
    }
}
