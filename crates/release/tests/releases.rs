//! Releases that stay: each release's host-facing files kept under its version, and every
//! earlier release carried from the deploy a build replaces, checked, into the next; each way
//! that would lose or change a pinned file stops the build, naming its step.

use licensing_release::releases::{self, Release};
use licensing_release::steps::Page;
use licensing_release::{bundle, digest};
use std::path::{Path, PathBuf};

const VERSION: &str = licensing_rules::contract::VERSION;

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("release-releases-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, data: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, data).unwrap();
}

fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A bundle as the steps before `release_files` leave it, with this element and module.
fn built(name: &str, element: &str) -> Page {
    let dist = folder(name);
    write(
        &dist,
        "index.html",
        b"<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>",
    );
    write(&dist, "licensing-check.js", element.as_bytes());
    write(&dist, "rules/licensing-rules.js", b"export default 1;\n");
    write(&dist, "rules/licensing-rules_bg.wasm", b"wasm");
    let mut page =
        Page::read(&licensing_release::root(), &dist, true, format!("build-{name}"), "/".into()).unwrap();
    page.today = "2026-12-06".into();
    page
}

fn listed(dist: &Path) -> Vec<Release> {
    Release::listed(&String::from_utf8(read(dist, "version.json")).unwrap()).unwrap()
}

fn stops(page: &mut Page) -> String {
    let stop = bundle::release_files(page).expect_err("the build stops");
    assert_eq!(stop.step, "keep the releases", "{stop}");
    stop.why
}

/// A deploy of an earlier release, `version`, as its build wrote it.
fn earlier_deploy(name: &str, version: &str) -> (PathBuf, Release) {
    let dir = folder(name);
    let element = format!("// the element of {version}\n");
    let files: Vec<releases::Pinned> =
        [("licensing-check.js", element.as_bytes()), ("licensing-rules.tgz", b"tgz".as_slice())]
            .iter()
            .map(|(file, data)| {
                let pinned = if *file == "licensing-rules.tgz" {
                    releases::versioned_package(version)
                } else {
                    format!("releases/{version}/{file}")
                };
                write(&dir, &pinned, data);
                releases::Pinned { name: (*file).to_owned(), pinned, integrity: digest::integrity(data) }
            })
            .collect();
    let release = Release { version: version.into(), date: "2026-12-01".into(), build: "old".into(), files };
    let json = format!("{{\"version\": \"old\", \"releases\": [{}]}}", release.json().pretty());
    write(&dir, "version.json", json.as_bytes());
    (dir, release)
}

#[test]
fn a_release_is_kept_under_its_version_with_its_package_and_listed_with_its_day() {
    let mut page = built("current", "// the element\n");
    bundle::release_files(&mut page).unwrap();
    let dist = page.dist.clone();
    assert_eq!(read(&dist, &format!("releases/{VERSION}/licensing-check.js")), b"// the element\n");
    assert_eq!(read(&dist, &format!("releases/{VERSION}/rules/licensing-rules_bg.wasm")), b"wasm");
    let package = read(&dist, &format!("licensing-rules-{VERSION}.tgz"));
    assert_eq!(package, read(&dist, bundle::PACKAGE), "the convenient name holds the newest package");
    let kept = listed(&dist);
    assert_eq!(kept.len(), 1);
    let release = &kept[0];
    assert_eq!(
        (release.version.as_str(), release.date.as_str(), release.build.as_str()),
        (VERSION, "2026-12-06", "build-current")
    );
    let names: Vec<&str> = release.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["licensing-check.js", bundle::PACKAGE, "rules/licensing-rules.js", "rules/licensing-rules_bg.wasm"]
    );
    for file in &release.files {
        assert_eq!(digest::integrity(&read(&dist, &file.pinned)), file.integrity, "{}", file.pinned);
    }
    std::fs::remove_dir_all(dist).unwrap();
}

#[test]
fn the_next_deploy_carries_every_earlier_release_and_every_copy_pinned_by_hash() {
    let (previous, earlier) = earlier_deploy("previous", "1.3.9");
    // A copy pinned by its hash, from before releases were kept by version.
    let old_element = b"// an old element\n";
    let old_pin = format!("licensing-check.{}.js", digest::short(old_element));
    write(&previous, &old_pin, old_element);
    let module = vec![("licensing-rules.js".to_owned(), b"old module".to_vec())];
    let old_folder = bundle::folder_hash(&module);
    write(&previous, &format!("rules/{old_folder}/licensing-rules.js"), b"old module");

    // Files that only look pinned are left behind: a name of another length, a folder not all hex.
    write(&previous, "licensing-check.not-a-hash-at-al.js", b"// a copy of the host's own\n");
    write(&previous, "rules/abc/licensing-rules.js", b"// a folder of the host's own\n");

    let mut page = built("next", "// the element\n");
    page.previous = Some(previous.clone());
    bundle::release_files(&mut page).unwrap();
    let dist = page.dist.clone();
    let kept = listed(&dist);
    let versions: Vec<&str> = kept.iter().map(|r| r.version.as_str()).collect();
    assert_eq!(versions, [VERSION, "1.3.9"], "newest first");
    assert_eq!(kept[1], earlier, "an earlier release is listed as it was, with its own day");
    for file in &earlier.files {
        assert_eq!(read(&dist, &file.pinned), read(&previous, &file.pinned), "{}", file.pinned);
    }
    assert_eq!(read(&dist, &old_pin), old_element);
    assert_eq!(read(&dist, &format!("rules/{old_folder}/licensing-rules.js")), b"old module");
    assert!(!dist.join("licensing-check.not-a-hash-at-al.js").exists() && !dist.join("rules/abc").exists());

    // And the deploy after that still has them: the releases are carried, deploy to deploy.
    let mut after = built("after", "// the element\n");
    after.today = "2026-12-24".into();
    after.previous = Some(dist.clone());
    bundle::release_files(&mut after).unwrap();
    let again = listed(&after.dist);
    assert_eq!(again, kept, "the same version of the same files keeps its first day and build");
    assert_eq!(read(&after.dist, &old_pin), old_element);
    for dir in [previous, dist, after.dist.clone()] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_version_deployed_already_keeps_the_files_it_was_first_deployed_with() {
    let mut first = built("first", "// the element\n");
    bundle::release_files(&mut first).unwrap();
    let mut changed = built("changed", "// the element, changed\n");
    changed.previous = Some(first.dist.clone());
    changed.today = "2026-12-24".into();
    bundle::release_files(&mut changed).unwrap();
    let pinned = format!("releases/{VERSION}/licensing-check.js");
    assert_eq!(read(&changed.dist, &pinned), b"// the element\n", "the pinned copy stays as first deployed");
    assert_eq!(
        read(&changed.dist, "licensing-check.js"),
        b"// the element, changed\n",
        "the convenient name follows"
    );
    assert_eq!(listed(&changed.dist), listed(&first.dist), "listed as first deployed, with its first day");
    // Said to whoever builds: carried again by hand, with the same files, nothing is said.
    let kept =
        releases::carry_forward(&folder("again"), &changed.dist, listed(&first.dist).remove(0)).unwrap();
    assert_eq!(kept.said, Vec::<String>::new());
    let mut other = listed(&first.dist).remove(0);
    other.files[0].integrity = "sha384-other".into();
    let kept = releases::carry_forward(&folder("again"), &changed.dist, other).unwrap();
    assert_eq!(
        kept.said,
        [format!("release {VERSION} was deployed with other files, which stay pinned: raise the version (crates/rules/src/contract.rs, CHANGELOG.md) to pin this build's")]
    );
    for dir in [first.dist.clone(), changed.dist.clone()] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_pinned_file_missing_or_changed_in_the_deploy_replaced_stops_the_build() {
    let (previous, earlier) = earlier_deploy("broken", "1.3.9");
    let element = &earlier.files[0].pinned;
    let mut page = built("over-broken", "// the element\n");
    page.previous = Some(previous.clone());

    write(&previous, element, b"// not what was released\n");
    let why = stops(&mut page);
    assert!(
        why.contains(&format!("release 1.3.9: {element} is not the file its integrity hash names")),
        "{why}"
    );

    std::fs::remove_file(previous.join(element)).unwrap();
    let why = stops(&mut page);
    assert!(why.contains(&format!("release 1.3.9: {element} is missing from")), "{why}");

    let wrong = format!("licensing-check.{}.js", "0123456789abcdef");
    write(&previous, &wrong, b"// not what its name says\n");
    write(&previous, element, b"// the element of 1.3.9\n");
    let why = stops(&mut page);
    assert!(
        why.contains(&format!("{wrong} in")) && why.contains("does not hold what its name says"),
        "{why}"
    );

    let listing = String::from_utf8(read(&previous, "version.json")).unwrap();
    write(
        &previous,
        "version.json",
        listing.replace(&format!("\"{element}\""), "\"../../etc/passwd\"").as_bytes(),
    );
    let why = stops(&mut page);
    assert!(why.contains("“../../etc/passwd” is no path within the deploy"), "{why}");

    std::fs::remove_file(previous.join("version.json")).unwrap();
    let why = stops(&mut page);
    assert!(
        why.contains("has no version.json")
            && why.contains("name the folder of the deploy this build replaces"),
        "{why}"
    );
    for dir in [previous, page.dist.clone()] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn versions_are_ordered_as_numbers_and_a_day_is_a_calendar_day() {
    assert_eq!(releases::semver("1.10.0"), Some((1, 10, 0)));
    assert!(releases::semver("1.10.0") > releases::semver("1.9.12"));
    for not in ["1.4", "1.4.0.1", "1.4.0+build", "v1.4.0", ""] {
        assert_eq!(releases::semver(not), None, "{not}");
    }
    std::env::set_var("SOURCE_DATE_EPOCH", "1796515200");
    assert_eq!(releases::today(), "2026-12-06");
    std::env::remove_var("SOURCE_DATE_EPOCH");
    let today = releases::today();
    assert!(today.len() == 10 && today.as_bytes()[4] == b'-' && *today >= *"2026-12-06", "{today}");
}
