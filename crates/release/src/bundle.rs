//! What a host pins and what the service worker caches, written last, from the files as they
//! are shipped: copies that never change in place, version.json, the rules module as a package,
//! and sw.js with the list of every file the app loads.

use crate::json::Json;
use crate::modules::RULES_MODULE_DIR;
use crate::steps::Page;
use crate::stop::{OrStop, Stop};
use crate::written::RESULTS_DIR;
use crate::{digest, edit, releases, tools};
use std::io::Write;
use std::path::Path;

/// The rules module as a package a host installs (`npm install <file>`).
pub const PACKAGE: &str = "licensing-rules.tgz";

fn files_of(folder: &Path, step: &str) -> Result<Vec<String>, Stop> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(folder).or_stop(step)? {
        let entry = entry.or_stop(step)?;
        if entry.file_type().or_stop(step)?.is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// Copies of what host pages reference that never change in place, beside the convenient names
/// that follow every release: the element under a name carrying its content's hash, the rules
/// module in a folder named so (its files import each other by name). Gives version.json's
/// fields (this build, the FAQ revision, the contract's version, and each host-facing file with
/// its pinned copy and integrity hash: docs/embedding.md) and the host-facing files, by name.
pub fn write_release(page: &Page) -> Result<Pins, Stop> {
    let step = "pin the release files";
    let dist = &page.dist;
    let mut files = Vec::new();
    let pin = |pinned: String, data: &[u8]| {
        Json::Object(vec![
            ("pinned".into(), Json::Str(pinned)),
            ("integrity".into(), Json::Str(digest::integrity(data))),
        ])
    };
    let element = std::fs::read(dist.join("licensing-check.js")).or_stop(step)?;
    let pinned = format!("licensing-check.{}.js", digest::short(&element));
    std::fs::write(dist.join(&pinned), &element).or_stop(step)?;
    files.push(("licensing-check.js".to_owned(), pin(pinned, &element)));
    let mut host_files = vec![("licensing-check.js".to_owned(), element)];
    let rules = dist.join(RULES_MODULE_DIR);
    let mut module = Vec::new();
    for name in files_of(&rules, step)? {
        let data = std::fs::read(rules.join(&name)).or_stop(step)?;
        module.push((name, data));
    }
    let folder = folder_hash(&module);
    std::fs::create_dir_all(rules.join(&folder)).or_stop(step)?;
    for (name, data) in &module {
        std::fs::write(rules.join(&folder).join(name), data).or_stop(step)?;
        files.push((
            format!("{RULES_MODULE_DIR}/{name}"),
            pin(format!("{RULES_MODULE_DIR}/{folder}/{name}"), data),
        ));
        host_files.push((format!("{RULES_MODULE_DIR}/{name}"), data.clone()));
    }
    println!(
        "licensing-release: version.json: {}, contract {}, {} pinned files",
        page.label,
        licensing_rules::contract::VERSION,
        files.len()
    );
    let fields = vec![
        ("version".into(), Json::str(&page.label)),
        ("faqRevision".into(), Json::str(licensing_rules::faq::FAQ_REVISION)),
        ("contract".into(), Json::str(licensing_rules::contract::VERSION)),
        ("files".into(), Json::Object(files)),
    ];
    Ok(Pins { fields, host_files })
}

/// What `write_release` pinned: version.json's fields so far, and the host-facing files.
pub struct Pins {
    pub fields: Vec<(String, Json)>,
    pub host_files: Vec<Named>,
}

/// A file's name and what it holds.
pub type Named = (String, Vec<u8>);

/// The name of a folder of the rules module's files pinned by what they hold (names sorted).
pub fn folder_hash(files: &[Named]) -> String {
    let mut listing = String::new();
    for (name, data) in files {
        listing.push_str(name);
        listing.push_str(&digest::short(data));
    }
    digest::short(listing.as_bytes())
}

/// A tar entry's 512-byte header (ustar), for a plain file readable by all.
fn tar_header(name: &str, size: usize) -> [u8; 512] {
    let mut header = [0u8; 512];
    let mut put = |at: usize, text: &str| header[at..at + text.len()].copy_from_slice(text.as_bytes());
    put(0, name);
    put(100, "0000644\0");
    put(108, "0000000\0");
    put(116, "0000000\0");
    put(124, &format!("{size:011o}\0"));
    put(136, "00000000000\0");
    put(148, "        ");
    put(156, "0");
    put(257, "ustar\0");
    put(263, "00");
    let sum: u32 = header.iter().map(|b| u32::from(*b)).sum();
    header[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    header
}

/// A gzipped tar of `entries` (name, content), every file's time 0: the same bytes for the same
/// files. Names are at most 100 bytes (ustar's field, without a prefix).
pub fn tarball(entries: &[(String, Vec<u8>)]) -> std::io::Result<Vec<u8>> {
    let mut tar = Vec::new();
    for (name, data) in entries {
        if name.len() > 100 {
            return Err(std::io::Error::other(format!("{name}: a name longer than a tar header holds")));
        }
        tar.extend_from_slice(&tar_header(name, data.len()));
        tar.extend_from_slice(data);
        tar.resize(tar.len().div_ceil(512) * 512, 0);
    }
    tar.resize(tar.len() + 1024, 0);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&tar)?;
    gz.finish()
}

/// The rules module as a package: its files, declarations and README, with exports; its bytes.
pub fn write_package(page: &Page) -> Result<Vec<u8>, Stop> {
    let step = "write the rules package";
    let rules = page.dist.join(RULES_MODULE_DIR);
    let files = files_of(&rules, step)?;
    let mut listed = files.clone();
    listed.extend(PACKAGE_DOCS.iter().map(|(_, to)| (*to).to_owned()));
    // The release's version, with no build after it: npm ignores build metadata when it
    // compares versions, so two releases would be one to it.
    let version = licensing_rules::contract::VERSION;
    let manifest = Json::Object(vec![
        ("name".into(), Json::str("licensing-rules")),
        ("version".into(), Json::str(version)),
        (
            "description".into(),
            Json::str("The partner licensing FAQ's rules as a JavaScript module (WebAssembly): evaluate links and answers."),
        ),
        ("license".into(), Json::str("MIT")),
        ("type".into(), Json::str("module")),
        ("main".into(), Json::str("./licensing-rules.js")),
        ("types".into(), Json::str("./licensing-rules.d.ts")),
        (
            "exports".into(),
            Json::Object(vec![
                (
                    ".".into(),
                    Json::Object(vec![
                        ("types".into(), Json::str("./licensing-rules.d.ts")),
                        ("default".into(), Json::str("./licensing-rules.js")),
                    ]),
                ),
                ("./licensing-rules_bg.wasm".into(), Json::str("./licensing-rules_bg.wasm")),
                ("./package.json".into(), Json::str("./package.json")),
            ]),
        ),
        ("files".into(), Json::strings(&listed)),
    ]);
    let mut entries = vec![("package/package.json".to_owned(), manifest.pretty().into_bytes())];
    for (from, to) in PACKAGE_DOCS {
        let text = std::fs::read_to_string(page.root.join(from)).or_stop(step)?;
        entries.push((format!("package/{to}"), doc_for_package(&text, from).into_bytes()));
    }
    for name in &files {
        entries.push((format!("package/{name}"), std::fs::read(rules.join(name)).or_stop(step)?));
    }
    let tgz = tarball(&entries).or_stop(step)?;
    std::fs::write(page.dist.join(PACKAGE), &tgz).or_stop(step)?;
    println!("licensing-release: {PACKAGE}: licensing-rules@{version}, {} bytes", tgz.len());
    Ok(tgz)
}

/// The docs the package carries (from the repository, to the package): the module's page as its
/// README, and the pages that page links to.
pub const PACKAGE_DOCS: [(&str, &str); 4] = [
    ("docs/javascript.md", "README.md"),
    ("docs/deep-links.md", "docs/deep-links.md"),
    ("docs/embedding.md", "docs/embedding.md"),
    ("CHANGELOG.md", "CHANGELOG.md"),
];

/// `from`'s text (a doc of the repository) as the package carries it: a relative link to a doc
/// the package carries points at its place there; any other relative link (an image, a page the
/// package leaves out) keeps only its words, as it would lead nowhere. Code blocks stay as they are.
pub fn doc_for_package(text: &str, from: &str) -> String {
    let place = |doc: &str| PACKAGE_DOCS.iter().find(|(source, _)| *source == doc).map(|(_, to)| *to);
    let here = place(from).unwrap_or(from);
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code || !line.contains("](") {
            out.push_str(line);
            continue;
        }
        let mut rest = line;
        while let Some(link) = next_link(rest) {
            let Some(link) = link else {
                // Not a link this reads (a title, a space): left as it is, the rest read on.
                let skip = rest.find("](").map_or(rest.len(), |at| at + 2);
                out.push_str(&rest[..skip]);
                rest = &rest[skip..];
                continue;
            };
            out.push_str(&rest[..link.start]);
            let (path, fragment) = link.target.split_once('#').map_or((link.target, ""), |(p, f)| (p, f));
            let outside = link.target.contains(':') || link.target.starts_with('#');
            match (outside, place(&joined(parent(from), path))) {
                (true, _) => out.push_str(&rest[link.start..link.end]),
                (false, Some(to)) => {
                    let hash = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
                    let bang = if link.image { "!" } else { "" };
                    out.push_str(&format!("{bang}[{}]({}{hash})", link.words, relative(parent(here), to)));
                }
                (false, None) if link.image => {}
                (false, None) => out.push_str(link.words),
            }
            rest = &rest[link.end..];
        }
        out.push_str(rest);
    }
    out
}

/// A Markdown link in a line: `[words](target)` or `![words](target)`, from `start` to `end`.
struct Link<'a> {
    start: usize,
    end: usize,
    image: bool,
    words: &'a str,
    target: &'a str,
}

/// The first link of `line`: none when it has no `](`; `Some(None)` when the first `](` is no
/// link this reads.
fn next_link(line: &str) -> Option<Option<Link<'_>>> {
    let middle = line.find("](")?;
    Some(link_at(line, middle))
}

fn link_at(line: &str, middle: usize) -> Option<Link<'_>> {
    let open = line[..middle].rfind('[')?;
    let close = middle + 2 + line[middle + 2..].find(')')?;
    let image = line[..open].ends_with('!');
    let target = &line[middle + 2..close];
    if target.contains(char::is_whitespace) {
        return None;
    }
    Some(Link {
        start: open - usize::from(image),
        end: close + 1,
        image,
        words: &line[open + 1..middle],
        target,
    })
}

fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |at| &path[..at])
}

/// `path`, relative to the folder `dir`, as a path from the root (`..` taken back).
fn joined(dir: &str, path: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// The path to `to` (from the root) from the folder `dir`.
fn relative(dir: &str, to: &str) -> String {
    let dir: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    let to: Vec<&str> = to.split('/').collect();
    let common = dir.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts = vec![".."; dir.len() - common];
    parts.extend(&to[common..]);
    parts.join("/")
}

/// The pinned files, the package, the releases kept (this one and, from the deploy this one
/// replaces, every earlier one), and version.json.
pub fn release_files(page: &mut Page) -> Result<(), Stop> {
    let Pins { mut fields, host_files } = write_release(page)?;
    let package = write_package(page)?;
    let current = releases::write_current(page, &host_files, &package)?;
    let kept = match &page.previous {
        Some(previous) => releases::carry_forward(&page.dist, previous, current)?,
        None => releases::Kept { releases: vec![current], said: Vec::new() },
    };
    for line in &kept.said {
        println!("licensing-release: {line}");
    }
    let kept = kept.releases;
    let listed: Vec<String> = kept.iter().map(|r| r.version.clone()).collect();
    println!("licensing-release: version.json lists the releases {}", listed.join(", "));
    fields.push(("releases".into(), Json::Array(kept.iter().map(releases::Release::json).collect())));
    std::fs::write(page.dist.join("version.json"), Json::Object(fields).pretty())
        .or_stop("pin the release files")
}

/// Every file under `folder`, as paths relative to it with `/`, sorted.
pub fn all_files(folder: &Path, step: &str) -> Result<Vec<String>, Stop> {
    let mut out = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).or_stop(step)? {
            let entry = entry.or_stop(step)?;
            let path = entry.path();
            if entry.file_type().or_stop(step)?.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(folder) {
                let parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                out.push(parts.join("/"));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The files the service worker caches: everything the app loads; not rules/ nor the packages,
/// nor the releases' pinned copies, which only host pages load, nor results/, each of which
/// only its own link loads (any would cost every visitor its download in the background).
pub fn cached_files(dist: &Path, step: &str) -> Result<Vec<String>, Stop> {
    let mut files = all_files(dist, step)?;
    files.retain(|name| {
        let pinned_element = name.strip_prefix("licensing-check.").is_some_and(|n| n.ends_with(".js"));
        let package = name.starts_with("licensing-rules") && name.ends_with(".tgz");
        name != "sw.js"
            && !package
            && !pinned_element
            && ![RULES_MODULE_DIR, RESULTS_DIR, releases::RELEASES_DIR]
                .iter()
                .any(|folder| name.starts_with(&format!("{folder}/")))
    });
    Ok(files)
}

pub fn service_worker(page: &mut Page) -> Result<(), Stop> {
    let step = "write the service worker";
    let files = cached_files(&page.dist, step)?;
    let mut listing = String::new();
    for file in &files {
        listing.push_str(file);
        listing.push_str(&digest::short(&std::fs::read(page.dist.join(file)).or_stop(step)?));
    }
    let version = digest::short(listing.as_bytes());
    let template = std::fs::read_to_string(page.root.join("web/sw.js")).or_stop(step)?;
    let template = crate::names::fill(&template, &crate::names::home(), step)?;
    let sw = edit::replace_once(&template, "'__VERSION__'", &Json::str(&version).inline(), step)?;
    let sw = edit::replace_once(&sw, "__FILES__", &Json::strings(&files).inline(), step)?;
    let path = page.dist.join("sw.js");
    std::fs::write(&path, sw).or_stop(step)?;
    println!("licensing-release: sw.js caches {} files as version {version}", files.len());
    tools::minify(&page.root, &path, step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tar_header_checks_out() {
        let header = tar_header("package/a.js", 10);
        let stored = u32::from_str_radix(std::str::from_utf8(&header[148..154]).unwrap(), 8).unwrap();
        let mut blank = header;
        blank[148..156].copy_from_slice(b"        ");
        assert_eq!(stored, blank.iter().map(|b| u32::from(*b)).sum::<u32>());
        assert_eq!(&header[124..136], b"00000000012\0");
        assert!(tarball(&[("a".repeat(101), vec![])]).is_err());
    }

    #[test]
    fn the_packaged_docs_link_to_each_other_where_the_package_puts_them() {
        let readme = "See [deep-links.md](deep-links.md), [pinned](embedding.md#pinned-to-a-release) and \
            [CHANGELOG.md](../CHANGELOG.md); [the app](https://example.com/x) and [a part](#types).\n";
        assert_eq!(
            doc_for_package(readme, "docs/javascript.md"),
            "See [deep-links.md](docs/deep-links.md), [pinned](docs/embedding.md#pinned-to-a-release) and \
             [CHANGELOG.md](CHANGELOG.md); [the app](https://example.com/x) and [a part](#types).\n"
        );
        let embedding = "The [module](javascript.md), [links](deep-links.md#x), [figures](benchmarks.md).\n\
            ![A dark site](screenshots/look-dark-site.png)\n```js\nconst a = b[c](d);\n```\n";
        assert_eq!(
            doc_for_package(embedding, "docs/embedding.md"),
            "The [module](../README.md), [links](deep-links.md#x), figures.\n\n```js\nconst a = b[c](d);\n```\n"
        );
        assert_eq!(
            doc_for_package("[docs](docs/javascript.md) [up](../x.md)\n", "CHANGELOG.md"),
            "[docs](README.md) up\n"
        );
        // A `](` that is no link this reads does not hide the links after it.
        assert_eq!(
            doc_for_package("See also [a](b c)[d](deep-links.md)\n", "docs/javascript.md"),
            "See also [a](b c)[d](docs/deep-links.md)\n"
        );
        assert_eq!(
            doc_for_package("[a](x.md \"title\") then [links](deep-links.md)\n", "docs/embedding.md"),
            "[a](x.md \"title\") then [links](deep-links.md)\n"
        );
        assert_eq!(
            doc_for_package("[a](x.md \"title\") then [CHANGELOG](../CHANGELOG.md)\n", "docs/javascript.md"),
            "[a](x.md \"title\") then [CHANGELOG](CHANGELOG.md)\n"
        );
    }
}
