//! The release bundle's sizes (scripts/sizes.sh): each file raw, gzip -9 and brotli, and the
//! totals the budgets are about:
//!
//! - the first visit: index.html and what it loads before the first screen (the scripts, wasm
//!   and stylesheet it names), plus the service worker it registers. Budget: 92,160 B gzip -9;
//! - a deep link's first visit: that, plus the text pack and the later screens' code (the
//!   split parts: crates/release/src/split.rs), which it fetches at once;
//! - later or in the background: the text pack on the start page, icons, manifest, the
//!   host-page element and the JavaScript module of the rules (whose wasm + glue has a goal).
//!
//! gzip -9 is the `gzip` program's, as the budget is written; brotli is the `brotli`
//! program's where one is installed (else shown as —).

use crate::bundle::all_files;
use crate::edit;
use crate::stop::{OrStop, Stop};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

pub const BUDGET: usize = 92_160;
pub const MODULE_GOAL: usize = 48 * 1024;
const STEP: &str = "measure the bundle";

/// A file of the bundle and its sizes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: Option<usize>,
}

/// How many bytes `program args` writes for `data` on its input.
fn compressed(program: &str, args: &[&str], data: &[u8]) -> Option<usize> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut input = child.stdin.take()?;
    let data = data.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&data));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then_some(out.stdout.len())
}

pub fn row(dist: &Path, name: &str) -> Result<Row, Stop> {
    let data = std::fs::read(dist.join(name)).or_stop(STEP)?;
    let gzip = compressed("gzip", &["-9", "-n", "-c"], &data)
        .ok_or_else(|| Stop::new(STEP, "the gzip program did not run"))?;
    Ok(Row {
        name: name.to_owned(),
        raw: data.len(),
        gzip,
        brotli: compressed("brotli", &["-q", "11", "-c"], &data),
    })
}

/// The bundle's files by when a visitor fetches them.
pub struct Sizes {
    pub first: Vec<Row>,
    pub pack: Vec<Row>,
    pub module: Vec<Row>,
    pub results: Vec<Row>,
    pub later: Vec<Row>,
}

fn is_hex16(text: &str) -> bool {
    text.len() == 16 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub fn measure(dist: &Path) -> Result<Sizes, Stop> {
    let html = std::fs::read_to_string(dist.join("index.html")).or_stop(STEP)?;
    // What the page itself names before its first screen: scripts, preloads, styles.
    let mut first_names = vec!["index.html".to_owned(), "sw.js".to_owned()];
    for tag in edit::tags(&html) {
        let tag = &html[tag];
        if !(tag.starts_with("<script") || tag.starts_with("<link")) {
            continue;
        }
        let Some(named) = edit::attribute(tag, "src").or_else(|| edit::attribute(tag, "href")) else {
            continue;
        };
        let name = named.rsplit('/').next().unwrap_or(named);
        if [".js", ".wasm", ".css"].iter().any(|end| name.ends_with(end)) {
            first_names.push(name.to_owned());
        }
    }
    let mut sizes = Sizes { first: vec![], pack: vec![], module: vec![], results: vec![], later: vec![] };
    for name in all_files(dist, STEP)? {
        if name.rsplit('/').next().is_some_and(|file| file.starts_with("static")) {
            continue;
        }
        let row = row(dist, &name)?;
        let pinned = name
            .strip_prefix("rules/")
            .and_then(|rest| rest.split_once('/'))
            .is_some_and(|(d, _)| is_hex16(d))
            || name
                .strip_prefix("licensing-check.")
                .and_then(|rest| rest.strip_suffix(".js"))
                .is_some_and(is_hex16);
        let texts =
            name.strip_prefix("texts-").and_then(|rest| rest.strip_suffix(".txt")).is_some_and(is_hex16);
        if texts || crate::split::is_part(&name) {
            sizes.pack.push(row.clone());
        }
        if name
            .strip_prefix("rules/")
            .is_some_and(|rest| !rest.contains('/') && (rest.ends_with(".js") || rest.ends_with(".wasm")))
        {
            sizes.module.push(row.clone());
        }
        // The parts' loader: the glue imports it before the first screen.
        if first_names.contains(&name) || name.starts_with(crate::split::LOADER_STEM) {
            sizes.first.push(row);
        } else if name.starts_with("results/") {
            sizes.results.push(row);
        } else if !pinned {
            sizes.later.push(row);
        }
    }
    Ok(sizes)
}

fn total(rows: &[Row]) -> (usize, usize, Option<usize>) {
    let brotli = rows.iter().map(|r| r.brotli).sum::<Option<usize>>();
    (rows.iter().map(|r| r.raw).sum(), rows.iter().map(|r| r.gzip).sum(), brotli)
}

/// `n` with thousands separated by commas.
pub fn figure(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A difference with its sign and thousands separated: `+1,234`, `-56`.
pub fn signed(n: i64) -> String {
    let sign = if n < 0 { '-' } else { '+' };
    format!("{sign}{}", figure(n.unsigned_abs() as usize))
}

fn maybe(n: Option<usize>) -> String {
    n.map_or("—".to_owned(), figure)
}

/// The plain report; with `check`, the budget's line last, and whether the first visit is
/// within it.
pub fn report(sizes: &Sizes, check: bool) -> (String, bool) {
    let mut out = format!("{:<48} {:>10} {:>10}\n", "file", "raw", "gzip-9");
    for row in sizes.first.iter().chain(&sizes.later) {
        out.push_str(&format!("{:<48} {:>10} {:>10}\n", row.name, row.raw, row.gzip));
    }
    let (raw, gz, _) = total(&sizes.first);
    out.push_str(&format!("{:<48} {raw:>10} {gz:>10}\n", "first visit (html + js + wasm + css)"));
    let deep: Vec<Row> = sizes.first.iter().chain(&sizes.pack).cloned().collect();
    let (deep_raw, deep_gz, _) = total(&deep);
    out.push_str(&format!(
        "{:<48} {deep_raw:>10} {deep_gz:>10}\n",
        "deep link first visit (+ text pack, parts)"
    ));
    if !sizes.module.is_empty() {
        let (_, module, _) = total(&sizes.module);
        out.push_str(&format!(
            "rules module: wasm + glue {} B gzip -9 of a {} B goal ({} B)\n",
            figure(module),
            figure(MODULE_GOAL),
            signed(MODULE_GOAL as i64 - module as i64)
        ));
    }
    let within = gz <= BUDGET;
    if check {
        let verdict = if within { "within" } else { "OVER" };
        out.push_str(&format!(
            "size budget: {verdict}: first visit {} B gzip -9 of {} B allowed ({} B)\n",
            figure(gz),
            figure(BUDGET),
            signed(BUDGET as i64 - gz as i64)
        ));
    }
    (out, within)
}

/// The tables for docs/benchmarks.md.
pub fn markdown(sizes: &Sizes) -> String {
    let mut out = String::new();
    let table = |out: &mut String, title: &str, rows: &[Row], sum: Option<&str>| {
        out.push_str(&format!("{title}\n\n| file | raw | gzip -9 | brotli |\n|---|---:|---:|---:|\n"));
        for row in rows {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                row.name,
                figure(row.raw),
                figure(row.gzip),
                maybe(row.brotli)
            ));
        }
        if let Some(label) = sum {
            let (raw, gz, br) = total(rows);
            out.push_str(&format!(
                "| **{label}** | **{}** | **{}** | **{}** |\n",
                figure(raw),
                figure(gz),
                maybe(br)
            ));
        }
        out.push('\n');
    };
    table(
        &mut out,
        "What a first visit to the start page transfers:",
        &sizes.first,
        Some("first visit (html + js + wasm + css)"),
    );
    let deep: Vec<Row> = sizes.first.iter().chain(&sizes.pack).cloned().collect();
    table(
        &mut out,
        "A deep link also fetches the text pack and the later screens' code at once (the start page fetches them \
         after its first screen):",
        &deep,
        Some("deep link's first visit"),
    );
    table(
        &mut out,
        "Fetched later or in the background (text pack, the later screens' code, favicon, manifest, install \
         icons, the host-page element, the JavaScript module of the rules; the service worker precaches them):",
        &sizes.later,
        None,
    );
    if !sizes.results.is_empty() {
        let mut written: Vec<usize> = sizes.results.iter().map(|r| r.gzip).collect();
        written.sort_unstable();
        out.push_str(&format!(
            "Screens written for links (results/): {} files, each fetched only by its own link: {} B gzip -9 median, \
             {} B the largest. Pinned copies (licensing-check.<hash>.js, rules/<hash>/) repeat files listed above.\n\n",
            written.len(),
            figure(written[written.len() / 2]),
            figure(written[written.len() - 1])
        ));
    }
    let (_, module, _) = total(&sizes.module);
    out.push_str(&format!(
        "The JavaScript module of the rules (wasm + glue): **{} B gzip -9** (goal {} B).\n",
        figure(module),
        figure(MODULE_GOAL)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_the_docs_write_them() {
        assert_eq!(figure(0), "0");
        assert_eq!(figure(999), "999");
        assert_eq!(figure(92_160), "92,160");
        assert_eq!(figure(1_234_567), "1,234,567");
    }

    /// A bundle of each kind of file, each a given number of bytes of one letter.
    fn bundle() -> std::path::PathBuf {
        let dist = std::env::temp_dir().join(format!("release-sizes-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        let page = r#"<script src="/app-1.js"></script><link rel="preload" href="/app_bg.wasm"><link rel="icon" href="/icons/i.svg"><link rel="manifest" href="m.webmanifest">"#;
        let files = [
            ("index.html", page.to_owned()),
            ("sw.js", "s".repeat(100)),
            ("app-1.js", "a".repeat(200)),
            ("app_bg.wasm", "w".repeat(300)),
            ("texts-0123456789abcdef.txt", "t".repeat(400)),
            ("icons/i.svg", "i".repeat(10)),
            ("m.webmanifest", "m".repeat(10)),
            ("rules/licensing-rules.js", "r".repeat(50)),
            ("rules/licensing-rules_bg.wasm", "b".repeat(60)),
            ("rules/0123456789abcdef/licensing-rules.js", "r".repeat(50)),
            ("licensing-check.0123456789abcdef.js", "e".repeat(20)),
            ("licensing-check.js", "e".repeat(20)),
            ("results/kms.json", "k".repeat(30)),
            ("results/keys.json", "k".repeat(3000)),
            ("results/static.json", "x".repeat(5)),
            ("licensing-check-parts.0123456789abcdef.js", "p".repeat(40)),
            ("split_later.0123456789abcdef.wasm", "q".repeat(70)),
        ];
        for (name, text) in files {
            let path = dist.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dist
    }

    fn names(rows: &[Row]) -> Vec<&str> {
        rows.iter().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn each_file_counts_where_a_visitor_fetches_it() {
        let dist = bundle();
        let sizes = measure(&dist).unwrap();
        assert_eq!(
            names(&sizes.first),
            ["app-1.js", "app_bg.wasm", "index.html", "licensing-check-parts.0123456789abcdef.js", "sw.js"],
            "the parts' loader too: the glue imports it"
        );
        assert_eq!(names(&sizes.pack), ["split_later.0123456789abcdef.wasm", "texts-0123456789abcdef.txt"]);
        assert_eq!(names(&sizes.module), ["rules/licensing-rules.js", "rules/licensing-rules_bg.wasm"]);
        assert_eq!(names(&sizes.results), ["results/keys.json", "results/kms.json"], "static* left out");
        assert_eq!(
            names(&sizes.later),
            [
                "icons/i.svg",
                "licensing-check.js",
                "m.webmanifest",
                "rules/licensing-rules.js",
                "rules/licensing-rules_bg.wasm",
                "split_later.0123456789abcdef.wasm",
                "texts-0123456789abcdef.txt"
            ],
            "not the pinned copies"
        );
        let app = &sizes.first[0];
        assert_eq!((app.raw, app.gzip > 0 && app.gzip < 200), (200, true));
        let (report, within) = report(&sizes, true);
        let first_raw =
            200 + 300 + 100 + 40 + std::fs::metadata(dist.join("index.html")).unwrap().len() as usize;
        let (_, first_gz, _) = total(&sizes.first);
        assert!(within);
        assert!(report.contains(&format!(
            "{:<48} {first_raw:>10} {first_gz:>10}\n",
            "first visit (html + js + wasm + css)"
        )));
        let deep_raw = first_raw + 400 + 70;
        assert!(
            report.contains(&format!("{:<48} {deep_raw:>10}", "deep link first visit (+ text pack, parts)")),
            "{report}"
        );
        assert!(report.contains(&format!("{:<48} {:>10} {:>10}\n", "app-1.js", 200, app.gzip)));
        let (_, module, _) = total(&sizes.module);
        assert!(report.contains(&format!(
            "rules module: wasm + glue {} B gzip -9 of a 49,152 B goal ({} B)",
            module,
            signed(49_152 - module as i64)
        )));
        let left = BUDGET - first_gz;
        assert!(report.ends_with(&format!(
            "size budget: within: first visit {first_gz} B gzip -9 of 92,160 B allowed ({} B)\n",
            signed(left as i64)
        )));
        assert_eq!(
            (signed(-20_541), signed(0), signed(1_234)),
            ("-20,541".into(), "+0".into(), "+1,234".into())
        );
        assert!(!super::report(&sizes, false).0.contains("size budget"));
        let written = markdown(&sizes);
        assert!(written.starts_with("What a first visit to the start page transfers:\n\n| file | raw | gzip -9 | brotli |\n|---|---:|---:|---:|\n| app-1.js | 200 |"));
        assert!(written.contains(&format!(
            "| **first visit (html + js + wasm + css)** | **{}** | **{}** |",
            figure(first_raw),
            figure(first_gz)
        )));
        assert!(written
            .contains("Screens written for links (results/): 2 files, each fetched only by its own link:"));
        let largest = sizes.results.iter().map(|r| r.gzip).max().unwrap();
        let median = sizes.results.iter().map(|r| r.gzip).max().unwrap();
        assert!(written.contains(&format!(
            "{} B gzip -9 median, {} B the largest",
            figure(median),
            figure(largest)
        )));
        assert!(written.ends_with(&format!(
            "The JavaScript module of the rules (wasm + glue): **{} B gzip -9** (goal 49,152 B).\n",
            figure(module)
        )));
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn a_missing_brotli_reads_as_a_dash() {
        assert_eq!(maybe(None), "—");
        assert_eq!(maybe(Some(1234)), "1,234");
        let rows = [
            Row { name: "a".into(), raw: 1, gzip: 2, brotli: Some(3) },
            Row { name: "b".into(), raw: 4, gzip: 5, brotli: None },
        ];
        assert_eq!(total(&rows), (5, 7, None));
        assert_eq!(total(&rows[..1]), (1, 2, Some(3)));
        assert!(is_hex16("0123456789abcdef") && !is_hex16("0123456789abcdeg") && !is_hex16("0123"));
    }

    #[test]
    fn gzip_as_the_budget_counts_it() {
        let rows = [Row { name: "a".into(), raw: 1, gzip: 92_160, brotli: None }];
        let sizes =
            Sizes { first: rows.to_vec(), pack: vec![], module: vec![], results: vec![], later: vec![] };
        assert!(report(&sizes, true).1, "the budget is inclusive");
        assert!(report(&sizes, true)
            .0
            .ends_with("size budget: within: first visit 92,160 B gzip -9 of 92,160 B allowed (+0 B)\n"));
        let over = Sizes { first: vec![Row { gzip: 92_161, ..rows[0].clone() }], ..sizes };
        assert!(!report(&over, true).1);
        assert_eq!(compressed("gzip", &["-9", "-n", "-c"], b"").map(|n| n > 0), Some(true));
    }
}
