//! What the release steps write for hosts and the service worker, and the command's own
//! subcommands, on bundles made here (no tool but the steps themselves).

use licensing_release::steps::Page;
use licensing_release::{bundle, digest, names, tools};
use std::io::Read;
use std::path::{Path, PathBuf};

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("release-bundle-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn page(dist: &Path) -> Page {
    write(dist, "index.html", "<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>");
    Page::read(&licensing_release::root(), dist, true, "v1+test".into(), "/".into()).unwrap()
}

/// The files of a gzipped tar: (name, content).
fn untar(tgz: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut tar = Vec::new();
    flate2::read::GzDecoder::new(tgz).read_to_end(&mut tar).unwrap();
    let mut out = Vec::new();
    let mut at = 0;
    while at + 512 <= tar.len() && tar[at] != 0 {
        let header = &tar[at..at + 512];
        let name =
            String::from_utf8(header[..100].iter().copied().take_while(|b| *b != 0).collect()).unwrap();
        let size = usize::from_str_radix(std::str::from_utf8(&header[124..135]).unwrap(), 8).unwrap();
        assert_eq!(&header[257..263], b"ustar\0");
        out.push((name, tar[at + 512..at + 512 + size].to_vec()));
        at += 512 + size.div_ceil(512) * 512;
    }
    assert!(tar.len() == at + 1024 && tar[at..].iter().all(|b| *b == 0), "two empty blocks end it");
    out
}

#[test]
fn the_release_files_pin_each_host_file_and_package_the_rules() {
    let dist = folder("release");
    write(&dist, "licensing-check.js", "// the element\n");
    write(&dist, "rules/licensing-rules.js", "export default 1;\n");
    write(&dist, "rules/licensing-rules_bg.wasm", "wasm");
    let mut page = page(&dist);
    bundle::release_files(&mut page).unwrap();
    let element_pin = format!("licensing-check.{}.js", digest::short(b"// the element\n"));
    assert_eq!(std::fs::read(dist.join(&element_pin)).unwrap(), b"// the element\n");
    let listing = format!(
        "licensing-rules.js{}licensing-rules_bg.wasm{}",
        digest::short(b"export default 1;\n"),
        digest::short(b"wasm")
    );
    let folder_pin = digest::short(listing.as_bytes());
    assert_eq!(
        std::fs::read(dist.join(format!("rules/{folder_pin}/licensing-rules_bg.wasm"))).unwrap(),
        b"wasm"
    );
    let release = std::fs::read_to_string(dist.join("version.json")).unwrap();
    let expected = format!(
        "{{\n  \"version\": \"v1+test\",\n  \"faqRevision\": \"{}\",\n  \"contract\": \"{}\",\n  \"files\": {{\n    \
         \"licensing-check.js\": {{\n      \"pinned\": \"{element_pin}\",\n      \"integrity\": \"{}\"\n    }},\n",
        licensing_rules::faq::FAQ_REVISION,
        licensing_rules::contract::VERSION,
        digest::integrity(b"// the element\n")
    );
    assert!(release.starts_with(&expected), "{release}");
    assert!(release.contains(&format!("\"rules/licensing-rules_bg.wasm\": {{\n      \"pinned\": \"rules/{folder_pin}/licensing-rules_bg.wasm\"")));
    let package = untar(&std::fs::read(dist.join(bundle::PACKAGE)).unwrap());
    let names: Vec<&str> = package.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "package/package.json",
            "package/README.md",
            "package/docs/deep-links.md",
            "package/docs/embedding.md",
            "package/CHANGELOG.md",
            "package/licensing-rules.js",
            "package/licensing-rules_bg.wasm"
        ]
    );
    assert_eq!(package[6].1, b"wasm");
    let readme = String::from_utf8(package[1].1.clone()).unwrap();
    assert!(
        readme.starts_with("# The rules as a JavaScript module") && readme.contains("](docs/deep-links.md)")
    );
    let manifest = String::from_utf8(package[0].1.clone()).unwrap();
    assert!(manifest.contains(&format!("\"version\": \"{}\",", licensing_rules::contract::VERSION)));
    assert!(manifest.contains(
        "\"files\": [\n    \"licensing-rules.js\",\n    \"licensing-rules_bg.wasm\",\n    \"README.md\",\n    \
         \"docs/deep-links.md\",\n    \"docs/embedding.md\",\n    \"CHANGELOG.md\"\n  ]"
    ));
    std::fs::remove_dir_all(dist).unwrap();
}

#[test]
fn a_tar_holds_files_of_any_size_each_on_whole_blocks() {
    let files = vec![
        ("package/a".to_owned(), vec![1u8; 511]),
        ("package/b".to_owned(), vec![2u8; 513]),
        ("c".repeat(100), vec![]),
    ];
    let read = untar(&bundle::tarball(&files).unwrap());
    assert_eq!(read, files);
    assert!(bundle::tarball(&[("d".repeat(101), vec![])]).is_err());
}

#[test]
fn the_service_worker_caches_every_file_the_app_loads_and_no_other() {
    let dist = folder("worker");
    for name in [
        "index.html",
        "app-1.js",
        "icons/a.png",
        "rules/licensing-rules.js",
        "rules/0123456789abcdef/licensing-rules.js",
        "results/kms.json",
        bundle::PACKAGE,
        "sw.js",
        "rulesbook.txt",
        "results.txt",
        "licensing-check.js",
        "licensing-check.0123456789abcdef.js",
        "releases/1.4.0/licensing-check.js",
        "licensing-rules-1.4.0.tgz",
        "tools.tgz",
    ] {
        write(&dist, name, name);
    }
    let files = bundle::cached_files(&dist, "test").unwrap();
    let cached = [
        "app-1.js",
        "icons/a.png",
        "index.html",
        "licensing-check.js",
        "results.txt",
        "rulesbook.txt",
        "tools.tgz",
    ];
    assert_eq!(files, cached);
    assert_eq!(bundle::all_files(&dist, "test").unwrap().len(), 15);
    let mut page = page(&dist);
    bundle::service_worker(&mut page).unwrap();
    let sw = std::fs::read_to_string(dist.join("sw.js")).unwrap();
    let listed = r#"["app-1.js", "icons/a.png", "index.html", "licensing-check.js", "results.txt", "rulesbook.txt", "tools.tgz"]"#;
    assert!(sw.contains(listed) || sw.contains(&listed.replace(", ", ",")), "{sw}");
    assert!(!sw.contains("__VERSION__") && !sw.contains("NAMES."), "{sw}");
    std::fs::remove_dir_all(dist).unwrap();
}

#[test]
fn the_steps_fill_the_names_into_the_scripts_and_write_the_page() {
    let dist = folder("names");
    write(&dist, "shell-0123456789abcdef.js", "var id = NAMES.page.PRERENDERED;\n");
    let mut page = page(&dist);
    let fill = licensing_release::steps::STEPS.iter().find(|s| s.name == "shared_names").unwrap();
    (fill.run)(&mut page).unwrap();
    let shell = std::fs::read_to_string(dist.join("shell-0123456789abcdef.js")).unwrap();
    assert_eq!(shell, format!("var id = \"{}\";\n", licensing_check::ui::names::PRERENDERED));
    page.html = "<p>written</p>".into();
    let write_page = licensing_release::steps::STEPS.iter().find(|s| s.name == "write_page").unwrap();
    (write_page.run)(&mut page).unwrap();
    assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), "<p>written</p>");
    assert_eq!(
        page.pinned("TRUNK_VERSION").unwrap(),
        licensing_release::versions::pinned(&page.root, "TRUNK_VERSION").unwrap()
    );
    match page.wasm_opt("optimise the wasm") {
        Ok(path) => assert!(path.ends_with("node_modules/.bin/wasm-opt")),
        Err(stop) => assert!(stop.why.contains("node_modules/.bin/wasm-opt"), "{stop}"),
    }
    assert!(names::home().len() > 40);
    std::fs::remove_dir_all(dist).unwrap();
}

#[test]
fn the_tools_stop_the_build_naming_the_step() {
    let failed = tools::run(&mut std::process::Command::new("false"), "the step").unwrap_err();
    assert_eq!(failed.step, "the step");
    assert!(failed.why.contains("failed"), "{failed}");
    tools::run(&mut std::process::Command::new("true"), "the step").unwrap();
    assert!(tools::run(&mut std::process::Command::new("/nowhere/tool"), "the step").is_err());
    let root = licensing_release::root();
    let target = tools::target_dir(&root);
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => assert_eq!(target, PathBuf::from(dir)),
        None => assert_eq!(target, root.join("target")),
    }
    // Minified where terser is installed, as it is otherwise.
    let script = tools::minified(&root, "var answer = 42;\nconsole.log(answer);\n", "the step").unwrap();
    assert!(script.contains("42") && script.contains("console.log"), "{script}");
    assert!(
        tools::is_module("import x from './a.js';\n") && tools::is_module("const a = 1;\nexport default a;")
    );
    assert!(!tools::is_module("important();\nexported = 1;\n") && !tools::is_module("  import('./a.js');"));
}

fn command(args: &[&str]) -> (bool, String) {
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_licensing-release")).args(args).output().unwrap();
    (
        out.status.success(),
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
    )
}

#[test]
fn the_command_checks_the_pins_tells_its_flags_and_measures_a_bundle() {
    assert_eq!(command(&["versions"]), (true, "every repeat agrees with scripts/versions.env\n".into()));
    assert_eq!(command(&["wasm-opt-flags"]), (true, format!("{}\n", tools::WASM_OPT_FLAGS.join(" "))));
    let (ok, said) = command(&["no-such", "command"]);
    assert!(!ok && said.contains("stopped at step “read the command”"), "{said}");
    let dist = folder("sizes");
    write(&dist, "index.html", "<script src=\"/app.js\"></script>");
    write(&dist, "app.js", "var a = 1;");
    let path = dist.to_str().unwrap();
    let (ok, said) = command(&["sizes", path, "--check"]);
    assert!(ok && said.contains("size budget: within"), "{said}");
    let (ok, said) = command(&["sizes", path]);
    assert!(ok && !said.contains("size budget") && said.contains("first visit"), "{said}");
    let (ok, said) = command(&["sizes", "--markdown", path]);
    assert!(ok && said.starts_with("What a first visit"), "{said}");
    // Over the budget: incompressible bytes past it.
    let mut noise = Vec::new();
    let mut state: u32 = 1;
    for _ in 0..(licensing_release::sizes::BUDGET + 4096) {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        noise.push((state >> 16) as u8);
    }
    std::fs::write(dist.join("app.js"), noise).unwrap();
    let (ok, said) = command(&["sizes", "--check", path]);
    assert!(!ok && said.contains("size budget: OVER") && said.contains("check the size budget"), "{said}");
    let (ok, said) = command(&[path]);
    // Taken as the folder to finish, which is no build.
    assert!(!ok && said.contains("stopped at step") && !said.contains("read the command"), "{said}");
    std::fs::remove_dir_all(dist).unwrap();
}

#[test]
fn the_text_pack_and_the_results_are_written_from_the_rules_and_the_app() {
    let dist = folder("written");
    write(&dist, "texts-0000000000000000.txt", "an older pack");
    let name = licensing_release::written::write_text_pack(&dist).unwrap();
    let pack = licensing_rules::text::pack::write(&licensing_rules::catalog::texts());
    assert_eq!(name, format!("texts-{}.txt", digest::short(pack.as_bytes())));
    assert_eq!(std::fs::read_to_string(dist.join(&name)).unwrap(), pack);
    assert!(!dist.join("texts-0000000000000000.txt").exists(), "the older pack goes");
    let mut page = page(&dist);
    let text_pack = licensing_release::steps::STEPS.iter().find(|s| s.name == "text_pack").unwrap();
    (text_pack.run)(&mut page).unwrap();
    assert_eq!(page.texts_url, format!("/{name}"));
    let results = dist.join("results");
    write(&results, "stale.json", "{}");
    let count = licensing_release::written::write_results(&results).unwrap();
    let answered = std::fs::read_dir(&results)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("topic="))
        .count();
    assert_eq!(count, answered);
    assert!(count > 100 && results.join("kms.json").is_file() && results.join("keys.json").is_file());
    assert!(!results.join("stale.json").exists(), "written afresh");
    std::fs::remove_dir_all(dist).unwrap();
}

#[test]
fn the_resource_options_are_written_into_the_two_scripts_that_read_them() {
    let dist = folder("options");
    for script in ["embed.js", "licensing-check.js"] {
        write(&dist, script, "var RESOURCE_LINKS = '__RESOURCE_LINKS__';\n");
    }
    let mut page = page(&dist);
    let step = licensing_release::steps::STEPS.iter().find(|s| s.name == "resource_links").unwrap();
    (step.run)(&mut page).unwrap();
    let options = licensing_release::written::resource_options().inline();
    for script in ["embed.js", "licensing-check.js"] {
        let text = std::fs::read_to_string(dist.join(script)).unwrap();
        assert_eq!(text, format!("var RESOURCE_LINKS = {options};\n"), "{script}");
    }
    assert!(options.contains("\"link-regional-service-center\": {\"id\": \"regional-service-center\""));
    std::fs::remove_dir_all(dist).unwrap();
}
