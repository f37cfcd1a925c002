//! What the release steps' tests share: the fixtures of the pinned tools' output
//! (tests/fixtures), and a staging folder made from them as Trunk leaves one.

#![allow(dead_code)] // Each test file uses its own part.

use licensing_release::edit;
use licensing_release::steps::Page;
use licensing_release::stop::Stop;
use licensing_release::versions;
use licensing_release::wasm_module::{self, Producers};
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    licensing_release::root()
}

pub fn pinned(name: &str) -> String {
    versions::pinned(&root(), name).expect("a pin")
}

pub fn fixtures(tool: &str, pin: &str) -> PathBuf {
    root().join("crates/release/tests/fixtures").join(format!("{tool}-{}", pinned(pin)))
}

pub fn wasm() -> Vec<u8> {
    std::fs::read(fixtures("wasm-bindgen", "WASM_BINDGEN_VERSION").join("app_bg.wasm"))
        .expect("the fixture's wasm")
}

pub fn glue() -> String {
    std::fs::read_to_string(fixtures("wasm-bindgen", "WASM_BINDGEN_VERSION").join("app.js"))
        .expect("the fixture's glue")
}

pub fn trunk_page() -> String {
    std::fs::read_to_string(fixtures("trunk", "TRUNK_VERSION").join("index.html"))
        .expect("the fixture's page")
}

/// The module with its producers section saying `tool` processed it at `version`.
pub fn with_producer(data: &[u8], tool: &str, version: &str) -> Vec<u8> {
    let mut fields: Vec<Producers> = wasm_module::producers(data).unwrap();
    let processed = fields.iter_mut().find(|(field, _)| field == "processed-by").expect("processed-by");
    processed.1.retain(|(name, _)| name != tool);
    processed.1.push((tool.to_owned(), version.to_owned()));
    let body = wasm_module::producers_body(&fields);
    let mut out = data[..8].to_vec();
    for (id, section) in wasm_module::sections(data).unwrap() {
        let is_producers = id == wasm_module::CUSTOM && section.starts_with(b"\x09producers");
        wasm_module::push_section(&mut out, id, if is_producers { &body } else { section });
    }
    out
}

/// A staging folder as Trunk leaves it: its page, the glue and the wasm under the hashed names
/// the page uses, and the other scripts the page names with an integrity hash.
pub struct Staged(pub PathBuf);

impl Staged {
    pub fn new(wasm: &[u8], glue: &str) -> Self {
        let page = trunk_page();
        let at = page.find("from '/").expect("Trunk's start-up import") + "from '/".len();
        let name = &page[at..at + page[at..].find(".js'").unwrap()];
        let folder = std::env::temp_dir().join(format!(
            "release-test-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("index.html"), &page).unwrap();
        std::fs::write(folder.join(format!("{name}.js")), glue).unwrap();
        std::fs::write(folder.join(format!("{name}_bg.wasm")), wasm).unwrap();
        for tag in edit::tags(&page) {
            let tag = &page[tag];
            if let (true, Some(src)) = (tag.contains("integrity="), edit::attribute(tag, "src")) {
                std::fs::write(folder.join(src.trim_start_matches('/')), "// shell\n").unwrap();
            }
        }
        Self(folder)
    }

    /// With the files the page has Trunk copy as they are (`rel="copy-file"`).
    pub fn with_copied_files(self) -> Self {
        let source = std::fs::read_to_string(root().join("index.html")).expect("the page's source");
        for tag in edit::tags(&source) {
            let tag = &source[tag];
            if let (true, Some(href)) = (tag.contains("rel=\"copy-file\""), edit::attribute(tag, "href")) {
                let name = Path::new(href).file_name().expect("a file");
                std::fs::copy(root().join(href), self.0.join(name)).expect("a copied file");
            }
        }
        self
    }

    pub fn page(&self, release: bool) -> Page {
        Page::read(&root(), &self.0, release, "test".into(), "/".into()).unwrap()
    }

    pub fn file_ending(&self, suffix: &str) -> PathBuf {
        licensing_release::files_ending(&self.0, suffix, "test").unwrap().remove(0)
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn assert_stops(result: Result<impl std::fmt::Debug, Stop>, step: &str) -> Stop {
    let stop = result.expect_err("the build stops");
    assert_eq!(stop.step, step, "{stop}");
    assert!(stop.to_string().contains(&format!("stopped at step “{step}”")), "{stop}");
    stop
}
