//! Releases that stay. A host page pins one release of the element or the rules module and
//! must keep working after every later deploy, which replaces the folder the app is served
//! from. So each release's host-facing files are kept under its version, never changed:
//! `releases/<version>/licensing-check.js`, `releases/<version>/rules/…` and its package,
//! `licensing-rules-<version>.tgz`; and the build carries forward every pinned file of the
//! deploy it replaces (`PREVIOUS_DEPLOY`, that deploy's folder), each checked against its
//! integrity hash. version.json lists the releases the deploy serves, newest first, each with
//! the day it was first built (docs/embedding.md, "Releases that stay").

use crate::digest;
use crate::json::Json;
use crate::modules::RULES_MODULE_DIR;
use crate::steps::Page;
use crate::stop::{OrStop, Stop};
use std::path::Path;

/// The folder of the releases' files.
pub const RELEASES_DIR: &str = licensing_check::ui::names::RELEASES_DIR;
/// The variable that names the folder of the deploy this build replaces.
pub const PREVIOUS_DEPLOY: &str = "PREVIOUS_DEPLOY";
const STEP: &str = "keep the releases";

/// A release as version.json lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// Semantic: CHANGELOG.md says what each part means.
    pub version: String,
    /// The day it was first built, `YYYY-MM-DD`.
    pub date: String,
    /// The build that first made it (as `<meta name="version">` names it).
    pub build: String,
    /// Each host-facing file, by name: the name it has in the newest release, its copy that
    /// never changes, and that copy's integrity hash.
    pub files: Vec<Pinned>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    pub name: String,
    pub pinned: String,
    pub integrity: String,
}

impl Release {
    pub fn json(&self) -> Json {
        let files = self.files.iter().map(|file| {
            let pin = vec![
                ("pinned".to_owned(), Json::str(&file.pinned)),
                ("integrity".to_owned(), Json::str(&file.integrity)),
            ];
            (file.name.clone(), Json::Object(pin))
        });
        Json::Object(vec![
            ("version".into(), Json::str(&self.version)),
            ("date".into(), Json::str(&self.date)),
            ("build".into(), Json::str(&self.build)),
            ("files".into(), Json::Object(files.collect())),
        ])
    }

    /// The releases a version.json lists (none in one written before releases were kept).
    pub fn listed(version_json: &str) -> Result<Vec<Release>, String> {
        let value: serde_json::Value = serde_json::from_str(version_json).map_err(|e| e.to_string())?;
        let Some(releases) = value.get("releases") else { return Ok(Vec::new()) };
        let text = |v: &serde_json::Value, key: &str| {
            v.get(key)
                .and_then(|s| s.as_str())
                .map(str::to_owned)
                .ok_or_else(|| format!("a release without “{key}”"))
        };
        let mut out = Vec::new();
        for release in releases.as_array().ok_or("“releases” is not a list")? {
            let files =
                release.get("files").and_then(|f| f.as_object()).ok_or("a release without “files”")?;
            let mut files = files
                .iter()
                .map(|(name, pin)| {
                    Ok(Pinned {
                        name: name.clone(),
                        pinned: text(pin, "pinned")?,
                        integrity: text(pin, "integrity")?,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            files.sort_by(|a, b| a.name.cmp(&b.name));
            out.push(Release {
                version: text(release, "version")?,
                date: text(release, "date")?,
                build: text(release, "build")?,
                files,
            });
        }
        Ok(out)
    }
}

/// `1.4.0` as numbers, for ordering; `None` for what is not `major.minor.patch`.
pub fn semver(version: &str) -> Option<(u64, u64, u64)> {
    let mut parts = version.split('.').map(|p| p.parse::<u64>().ok());
    let parsed = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(parsed)
}

/// Today (UTC), or the day `SOURCE_DATE_EPOCH` names, as `YYYY-MM-DD`.
pub fn today() -> String {
    let seconds =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
        });
    let day = licensing_rules::date::Date::UNIX_EPOCH
        .add_days(i64::try_from(seconds / 86_400).unwrap_or(0))
        .unwrap_or(licensing_rules::date::Date::UNIX_EPOCH);
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// Copies this release's host-facing files (`current`: name → what it holds) under its
/// version, and the package under its own; its entry for version.json.
pub fn write_current(page: &Page, current: &[(String, Vec<u8>)], package: &[u8]) -> Result<Release, Stop> {
    let version = licensing_rules::contract::VERSION;
    if semver(version).is_none() {
        return Err(Stop::new(STEP, format!("the contract's version “{version}” is not major.minor.patch")));
    }
    let folder = format!("{RELEASES_DIR}/{version}");
    let mut files = Vec::new();
    for (name, data) in current {
        let pinned = format!("{folder}/{name}");
        write(&page.dist.join(&pinned), data)?;
        files.push(Pinned { name: name.clone(), pinned, integrity: digest::integrity(data) });
    }
    let pinned = versioned_package(version);
    write(&page.dist.join(&pinned), package)?;
    files.push(Pinned {
        name: crate::bundle::PACKAGE.to_owned(),
        pinned,
        integrity: digest::integrity(package),
    });
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Release { version: version.to_owned(), date: page.today.clone(), build: page.label.clone(), files })
}

/// The package of `version`, under a name that never changes.
pub fn versioned_package(version: &str) -> String {
    format!("licensing-rules-{version}.tgz")
}

fn write(path: &Path, data: &[u8]) -> Result<(), Stop> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).or_stop(STEP)?;
    }
    std::fs::write(path, data).or_stop(STEP)
}

/// The releases this deploy serves, newest first: `current`, and every release of the deploy it
/// replaces (`previous`), whose pinned files are copied into this one, each checked against its
/// integrity hash. A version keeps the files it was first deployed with: where `previous` has
/// the current version already, its files (and its day and build) stay, and the build says
/// that this one's are not pinned until the version is raised. The element's and the module's
/// copies pinned by their hash (`licensing-check.<hash>.js`, `rules/<hash>/`) are carried too,
/// checked by their names.
pub fn carry_forward(dist: &Path, previous: &Path, current: Release) -> Result<Kept, Stop> {
    let listing = std::fs::read_to_string(previous.join("version.json")).map_err(|e| {
        Stop::new(STEP, format!("{PREVIOUS_DEPLOY}={} has no version.json ({e}): name the folder of the deploy this build replaces", previous.display()))
    })?;
    let earlier = Release::listed(&listing)
        .map_err(|e| Stop::new(STEP, format!("{}: version.json: {e}", previous.display())))?;
    let mut releases = Vec::new();
    let mut said = Vec::new();
    let mut current = Some(current);
    for release in earlier {
        if current.as_ref().is_some_and(|c| c.version == release.version) {
            if current.as_ref().is_some_and(|c| !same_files(&release, c)) {
                said.push(format!(
                    "release {} was deployed with other files, which stay pinned: raise the version \
                     (crates/rules/src/contract.rs, CHANGELOG.md) to pin this build's",
                    release.version
                ));
            }
            current = None;
        }
        for file in &release.files {
            if !is_plain_path(&file.pinned) {
                return Err(Stop::new(
                    STEP,
                    format!("release {}: “{}” is no path within the deploy", release.version, file.pinned),
                ));
            }
            let data = std::fs::read(previous.join(&file.pinned)).map_err(|e| {
                Stop::new(
                    STEP,
                    format!(
                        "release {}: {} is missing from {} ({e})",
                        release.version,
                        file.pinned,
                        previous.display()
                    ),
                )
            })?;
            if digest::integrity(&data) != file.integrity {
                return Err(Stop::new(
                    STEP,
                    format!(
                        "release {}: {} is not the file its integrity hash names",
                        release.version, file.pinned
                    ),
                ));
            }
            write(&dist.join(&file.pinned), &data)?;
        }
        releases.push(release);
    }
    carry_hash_pins(dist, previous)?;
    releases.extend(current);
    releases.sort_by_key(|release| std::cmp::Reverse(semver(&release.version)));
    Ok(Kept { releases, said })
}

/// The releases a deploy serves, newest first, and what the build says of them.
pub struct Kept {
    pub releases: Vec<Release>,
    pub said: Vec<String>,
}

/// A path within the deploy: words of letters, digits, `.`, `_` and `-` between `/`, none of
/// them `..` (version.json is read from a folder the build does not own).
fn is_plain_path(path: &str) -> bool {
    path.split('/').all(|part| {
        !part.is_empty()
            && part != ".."
            && part.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    })
}

fn same_files(a: &Release, b: &Release) -> bool {
    let set = |r: &Release| {
        let mut files: Vec<(String, String)> =
            r.files.iter().map(|f| (f.pinned.clone(), f.integrity.clone())).collect();
        files.sort();
        files
    };
    set(a) == set(b)
}

/// Whether `name` is `<hex>` of 16 digits.
fn is_hash(name: &str) -> bool {
    name.len() == 16 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The copies pinned by their content's hash, from before releases were kept by version.
fn carry_hash_pins(dist: &Path, previous: &Path) -> Result<(), Stop> {
    for entry in std::fs::read_dir(previous).or_stop(STEP)? {
        let name = entry.or_stop(STEP)?.file_name().to_string_lossy().into_owned();
        let Some(hash) = name.strip_prefix("licensing-check.").and_then(|n| n.strip_suffix(".js")) else {
            continue;
        };
        if !is_hash(hash) {
            continue;
        }
        let data = std::fs::read(previous.join(&name)).or_stop(STEP)?;
        if digest::short(&data) != hash {
            return Err(Stop::new(
                STEP,
                format!("{name} in {} does not hold what its name says", previous.display()),
            ));
        }
        write(&dist.join(&name), &data)?;
    }
    let rules = previous.join(RULES_MODULE_DIR);
    let Ok(folders) = std::fs::read_dir(&rules) else { return Ok(()) };
    for entry in folders {
        let name = entry.or_stop(STEP)?.file_name().to_string_lossy().into_owned();
        if !is_hash(&name) {
            continue;
        }
        let mut files: Vec<String> = std::fs::read_dir(rules.join(&name))
            .or_stop(STEP)?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<Result<_, _>>()
            .or_stop(STEP)?;
        files.sort();
        let mut module = Vec::new();
        for file in files {
            let data = std::fs::read(rules.join(&name).join(&file)).or_stop(STEP)?;
            module.push((file, data));
        }
        if crate::bundle::folder_hash(&module) != name {
            return Err(Stop::new(
                STEP,
                format!(
                    "{RULES_MODULE_DIR}/{name}/ in {} does not hold what its name says",
                    previous.display()
                ),
            ));
        }
        for (file, data) in &module {
            write(&dist.join(RULES_MODULE_DIR).join(&name).join(file), data)?;
        }
    }
    Ok(())
}
