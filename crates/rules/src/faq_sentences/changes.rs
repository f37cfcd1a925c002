//! A FAQ text held against the map: which sentences changed, went or came,
//! and what in the app rests on each (points, statements, outcomes, tool
//! screens). For the maintainer who gets a new FAQ text; printed by
//! `cargo run -p licensing-rules --example faq-changes`.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::map::MAP;
use super::text::{self, FaqText, TextPart};
use super::{Fingerprint, MapPart, Part, Role};
use crate::catalog::{statements, Place, TOOLS, TOPICS};
use crate::faq::{self, FaqEntry, Point};
use crate::statement::Statement;

/// The FAQ text the rules follow, where a checkout finds it: beside the
/// repository, as the team's shared folder lays it out. `LICENSING_FAQ`
/// names another file.
pub fn default_faq_path() -> PathBuf {
    if let Some(path) = std::env::var_os("LICENSING_FAQ") {
        return PathBuf::from(path);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seed")
        .join(format!("000_{}.txt", faq::FAQ_REVISION))
}

/// A sentence of the map that the text no longer has as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub part: Part,
    /// Its position in its part, the heading or question being 1.
    pub position: usize,
    /// What the text has in its place, or `None` when it is gone.
    pub now: Option<String>,
    pub role: Role,
}

/// A sentence of the text the map does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unread {
    /// The map's part it joined, or `None` for a part the map does not have.
    pub part: Option<Part>,
    /// The question (or heading) of the part as the text has it.
    pub under: String,
    /// Its position in its part as the text has it.
    pub position: usize,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub changed: Vec<Changed>,
    pub unread: Vec<Unread>,
}

impl Report {
    pub fn matches(&self) -> bool {
        self.changed.is_empty() && self.unread.is_empty()
    }
}

/// The text against the map.
pub fn compare(text: &FaqText) -> Report {
    compare_with(MAP, text)
}

fn key(fingerprint: Fingerprint, kind: text::PartKind) -> (Fingerprint, text::PartKind) {
    (fingerprint, kind)
}

fn text_fingerprints(part: &TextPart) -> Vec<Fingerprint> {
    part.sentences.iter().map(|s| text::fingerprint(s)).collect()
}

fn map_fingerprints(part: &MapPart) -> Vec<Fingerprint> {
    part.sentences.iter().map(|m| m.fingerprint).collect()
}

pub fn compare_with(map: &[MapPart], text: &FaqText) -> Report {
    // Parts first, by their heading or question and kind; parts left over
    // between two that match are paired by the sentences they share (a
    // question reworded), or one for one where only one of each kind is left.
    let map_keys: Vec<_> = map.iter().map(|p| key(p.sentences[0].fingerprint, p.part.kind())).collect();
    let text_keys: Vec<_> = text
        .parts
        .iter()
        .map(|p| key(p.sentences.first().map_or(Fingerprint(0), |s| text::fingerprint(s)), p.kind))
        .collect();
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    for gap in align(&map_keys, &text_keys) {
        match gap {
            Step::Same(m, t) => pairs.push((Some(m), Some(t))),
            Step::Gap(ms, ts) => pairs.extend(pair_parts(map, text, &ms, &ts)),
        }
    }
    let mut report = Report::default();
    for (m, t) in pairs {
        match (m.map(|m| &map[m]), t.map(|t| &text.parts[t])) {
            (Some(mapped), Some(written)) => compare_part(mapped, written, &mut report),
            (Some(mapped), None) => {
                report.changed.extend(mapped.sentences.iter().enumerate().map(|(i, s)| Changed {
                    part: mapped.part,
                    position: i + 1,
                    now: None,
                    role: s.role,
                }))
            }
            (None, Some(written)) => {
                let under = written.sentences.first().cloned().unwrap_or_default();
                report.unread.extend(written.sentences.iter().enumerate().map(|(i, s)| Unread {
                    part: None,
                    under: under.clone(),
                    position: i + 1,
                    text: s.clone(),
                }))
            }
            (None, None) => {}
        }
    }
    report
}

fn pair_parts(
    map: &[MapPart],
    text: &FaqText,
    ms: &[usize],
    ts: &[usize],
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut taken = vec![false; ts.len()];
    let mut out = Vec::new();
    for &m in ms {
        let kind = map[m].part.kind();
        let body: Vec<Fingerprint> = map_fingerprints(&map[m]).into_iter().skip(1).collect();
        let shares = |t: usize| text_fingerprints(&text.parts[t]).iter().skip(1).any(|f| body.contains(f));
        let same_kind = |j: usize| !taken[j] && text.parts[ts[j]].kind == kind;
        let only_one = ms.iter().filter(|&&o| map[o].part.kind() == kind).count() == 1
            && (0..ts.len()).filter(|&j| text.parts[ts[j]].kind == kind).count() == 1;
        let found = (0..ts.len())
            .find(|&j| same_kind(j) && shares(ts[j]))
            .or_else(|| (0..ts.len()).find(|&j| same_kind(j) && only_one));
        match found {
            Some(j) => {
                taken[j] = true;
                out.push((Some(m), Some(ts[j])));
            }
            None => out.push((Some(m), None)),
        }
    }
    out.extend((0..ts.len()).filter(|&j| !taken[j]).map(|j| (None, Some(ts[j]))));
    // In the page's order of the text where it has the part.
    out
}

fn compare_part(mapped: &MapPart, written: &TextPart, report: &mut Report) {
    let old = map_fingerprints(mapped);
    let new = text_fingerprints(written);
    let under = written.sentences.first().cloned().unwrap_or_default();
    for step in align(&old, &new) {
        let Step::Gap(gone, came) = step else { continue };
        // Sentences in the same place, one for one, are one sentence changed.
        for (k, &o) in gone.iter().enumerate() {
            report.changed.push(Changed {
                part: mapped.part,
                position: o + 1,
                now: came.get(k).map(|&n| written.sentences[n].clone()),
                role: mapped.sentences[o].role,
            });
        }
        for &n in came.iter().skip(gone.len()) {
            report.unread.push(Unread {
                part: Some(mapped.part),
                under: under.clone(),
                position: n + 1,
                text: written.sentences[n].clone(),
            });
        }
    }
}

enum Step {
    Same(usize, usize),
    /// Indices of the old and of the new between two that are the same.
    Gap(Vec<usize>, Vec<usize>),
}

/// The longest common subsequence of two lists, as runs of matches and gaps.
fn align<T: PartialEq>(old: &[T], new: &[T]) -> Vec<Step> {
    let (n, m) = (old.len(), new.len());
    let mut table = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] =
                if old[i] == new[j] { table[i + 1][j + 1] + 1 } else { table[i + 1][j].max(table[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut steps = Vec::new();
    let (mut gone, mut came) = (Vec::new(), Vec::new());
    let flush = |steps: &mut Vec<Step>, gone: &mut Vec<usize>, came: &mut Vec<usize>| {
        if !gone.is_empty() || !came.is_empty() {
            steps.push(Step::Gap(std::mem::take(gone), std::mem::take(came)));
        }
    };
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            flush(&mut steps, &mut gone, &mut came);
            steps.push(Step::Same(i, j));
            i += 1;
            j += 1;
        } else if j == m || (i < n && table[i + 1][j] >= table[i][j + 1]) {
            gone.push(i);
            i += 1;
        } else {
            came.push(j);
            j += 1;
        }
    }
    flush(&mut steps, &mut gone, &mut came);
    steps
}

/// What in the app rests on a sentence.
#[derive(Clone, Debug, Default)]
pub struct Resting {
    pub points: Vec<&'static Point>,
    /// (topic or tool id, where it shows, the statement).
    pub statements: Vec<(&'static str, Place, Statement)>,
    /// `"<topic id>:<outcome id>"` for outcomes, the tool's id for tool screens.
    pub outcomes: Vec<String>,
}

/// The FAQ entries a part holds (a section: every entry under it).
fn entries_of(part: Part) -> Vec<&'static FaqEntry> {
    match part {
        Part::Entry(entry) => vec![entry],
        Part::Section(section) => {
            faq::ALL.iter().copied().chain([&faq::INTRODUCTION]).filter(|e| e.section == section).collect()
        }
        Part::Head | Part::PageName => Vec::new(),
    }
}

/// What rests on a sentence of this role in this part. A heading or
/// question, and a sentence added to a part, reach everything drawn from
/// the part's entries: results cite the entry by its question and show each
/// point with it, and a new sentence may qualify any of them.
pub fn resting_on(part: Part, role: Option<Role>) -> Resting {
    let entries = entries_of(part);
    let (points, cited): (Vec<&'static Point>, Vec<&'static FaqEntry>) = match role {
        Some(Role::Source(points)) => (points.to_vec(), Vec::new()),
        Some(Role::SetAside(_)) => (Vec::new(), Vec::new()),
        Some(Role::Heading) | None => (
            faq::POINTS
                .iter()
                .copied()
                .filter(|p| entries.iter().any(|e| std::ptr::eq(*e, p.entry)))
                .collect(),
            entries,
        ),
    };
    let rests = |s: &Statement| s.basis.points().iter().any(|p| points.iter().any(|q| std::ptr::eq(*p, *q)));
    let cites = |e: &FaqEntry| cited.iter().any(|c| std::ptr::eq(*c, e));
    let statements: Vec<_> = statements().into_iter().filter(|(_, _, s)| rests(s)).collect();
    let mut outcomes = Vec::new();
    for topic in TOPICS {
        let scope = topic.scope.as_ref().is_some_and(&rests);
        for outcome in topic.outcomes {
            if scope || cites(outcome.faq) || outcome.statements().any(&rests) {
                outcomes.push(format!("{}:{}", topic.id, outcome.id));
            }
        }
    }
    for tool in TOOLS {
        if cites(tool.faq) || statements.iter().any(|(owner, _, _)| *owner == tool.id) {
            outcomes.push(tool.id.to_owned());
        }
    }
    Resting { points, statements, outcomes }
}

impl Changed {
    pub fn resting(&self) -> Resting {
        resting_on(self.part, Some(self.role))
    }
}

impl Unread {
    pub fn resting(&self) -> Resting {
        self.part.map(|part| resting_on(part, None)).unwrap_or_default()
    }
}

/// Every outcome and tool screen the report touches, each once, in the
/// catalog's order.
pub fn affected_outcomes(report: &Report) -> Vec<String> {
    let touched: Vec<String> = report
        .changed
        .iter()
        .map(Changed::resting)
        .chain(report.unread.iter().map(Unread::resting))
        .flat_map(|r| r.outcomes)
        .collect();
    let all = TOPICS
        .iter()
        .flat_map(|t| t.outcomes.iter().map(move |o| format!("{}:{}", t.id, o.id)))
        .chain(TOOLS.iter().map(|t| t.id.to_owned()));
    all.filter(|id| touched.contains(id)).collect()
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
}

fn role_id(role: Role) -> &'static str {
    match role {
        Role::Heading => "heading",
        Role::Source(_) => "source",
        Role::SetAside(_) => "set-aside",
    }
}

fn point_ids(resting: &Resting) -> String {
    json_list(resting.points.iter().map(|p| json_string(p.id)))
}

/// The report as one JSON object: `matches`, `outcomes` (every affected
/// outcome and tool screen), `changed` (changed or removed sentences of the
/// map) and `unread` (sentences the map does not have).
pub fn json(report: &Report) -> String {
    let changed = report.changed.iter().map(|c| {
        let resting = c.resting();
        format!(
            "{{\"entry\":{},\"question\":{},\"position\":{},\"change\":{},\"now\":{},\"role\":{},\"points\":{},\"outcomes\":{}}}",
            json_string(c.part.id()),
            json_string(&c.part.described()),
            c.position,
            json_string(if c.now.is_some() { "changed" } else { "removed" }),
            c.now.as_deref().map_or("null".to_owned(), json_string),
            json_string(role_id(c.role)),
            point_ids(&resting),
            json_list(resting.outcomes.iter().map(|o| json_string(o))),
        )
    });
    let unread = report.unread.iter().map(|u| {
        let resting = u.resting();
        format!(
            "{{\"entry\":{},\"question\":{},\"position\":{},\"text\":{},\"outcomes\":{}}}",
            u.part.map_or("null".to_owned(), |p| json_string(p.id())),
            json_string(&u.under),
            u.position,
            json_string(&u.text),
            json_list(resting.outcomes.iter().map(|o| json_string(o))),
        )
    });
    format!(
        "{{\"revision\":{},\"matches\":{},\"outcomes\":{},\"changed\":{},\"unread\":{}}}",
        json_string(faq::FAQ_REVISION),
        report.matches(),
        json_list(affected_outcomes(report).into_iter().map(|o| json_string(&o))),
        json_list(changed),
        json_list(unread),
    )
}

fn write_resting(out: &mut String, resting: &Resting) -> std::fmt::Result {
    if resting.points.is_empty() && resting.outcomes.is_empty() {
        return writeln!(out, "- Nothing in the app rests on it.");
    }
    for point in &resting.points {
        writeln!(out, "- Point `{}`: {}", point.id, point.says)?;
    }
    for (owner, place, statement) in &resting.statements {
        writeln!(out, "- Statement ({owner}, {place:?}): {}", statement.text)?;
    }
    if !resting.outcomes.is_empty() {
        let outcomes: Vec<String> = resting.outcomes.iter().map(|o| format!("`{o}`")).collect();
        writeln!(out, "- Outcomes and tool screens: {}", outcomes.join(", "))?;
    }
    Ok(())
}

/// The report for a maintainer to read, in the style of docs/answers.md.
pub fn markdown(report: &Report, source: &str) -> String {
    let mut out = String::new();
    let _ = write_markdown(&mut out, report, source);
    out
}

fn write_markdown(out: &mut String, report: &Report, source: &str) -> std::fmt::Result {
    writeln!(out, "# What this FAQ text changes for the rules\n")?;
    writeln!(
        out,
        "Text: `{source}`, held against the map of revision `{}` (crates/rules/src/faq_sentences/map.rs).\n",
        faq::FAQ_REVISION
    )?;
    if report.matches() {
        writeln!(out, "Every sentence is as the map has it: nothing to review.")?;
        return Ok(());
    }
    writeln!(
        out,
        "{} sentence(s) of the map changed or gone, {} sentence(s) the map does not have.\n",
        report.changed.len(),
        report.unread.len()
    )?;
    if !report.changed.is_empty() {
        writeln!(out, "## Changed or removed\n")?;
        for change in &report.changed {
            writeln!(out, "### {} — sentence {}\n", change.part.described(), change.position)?;
            match &change.now {
                Some(now) => writeln!(out, "Changed. Now: “{now}”\n")?,
                None => writeln!(out, "Removed.\n")?,
            }
            if let Role::SetAside(why) = change.role {
                writeln!(out, "The map set it aside: {why}\n")?;
            }
            write_resting(out, &change.resting())?;
            writeln!(out)?;
        }
    }
    if !report.unread.is_empty() {
        writeln!(out, "## Unread: sentences no point rests on yet\n")?;
        for unread in &report.unread {
            writeln!(out, "### “{}” — sentence {}\n", unread.under, unread.position)?;
            writeln!(out, "“{}”\n", unread.text)?;
            match unread.part {
                Some(_) => {
                    writeln!(out, "It joins an entry the app draws on; what is drawn from that entry:\n")?;
                    write_resting(out, &unread.resting())?;
                }
                None => {
                    writeln!(out, "In a part the map does not have: nothing in the app draws on it yet.")?
                }
            }
            writeln!(out)?;
        }
    }
    let outcomes: Vec<String> = affected_outcomes(report).into_iter().map(|o| format!("`{o}`")).collect();
    writeln!(
        out,
        "## To review\n\n{}\n",
        if outcomes.is_empty() { "None.".to_owned() } else { outcomes.join(", ") }
    )?;
    writeln!(
        out,
        "Then: change the points and statements the FAQ's new words call for, give `faq::FAQ_REVISION` the \
         new text's revision, write the new fingerprints into the map (`--map` prints them), regenerate \
         docs/answers.md, and have the result reviewed against the new text (docs/answers.md, “When the FAQ \
         changes”)."
    )
}

/// Each part and sentence of a text beside the map's line for it: for a
/// reviewer holding the map against the FAQ.
pub fn map_beside(text: &FaqText) -> String {
    let mut out = String::new();
    for part in &text.parts {
        let found = MAP.iter().find(|m| {
            m.part.kind() == part.kind
                && part.sentences.first().map(|s| text::fingerprint(s)) == Some(m.sentences[0].fingerprint)
        });
        let _ = writeln!(out, "\n## {}", found.map_or("(not in the map)", |m| m.part.id()));
        for (i, sentence) in part.sentences.iter().enumerate() {
            let fingerprint = text::fingerprint(sentence);
            let role = found.and_then(|m| m.sentences.iter().find(|s| s.fingerprint == fingerprint));
            let said = match role.map(|r| r.role) {
                Some(Role::Heading) => "heading".to_owned(),
                Some(Role::Source(points)) => points.iter().map(|p| p.id).collect::<Vec<_>>().join(", "),
                Some(Role::SetAside(why)) => format!("set aside: {why}"),
                None => "NOT IN THE MAP".to_owned(),
            };
            let _ = writeln!(out, "{:>2}. {fingerprint} [{said}]\n    {sentence}", i + 1);
        }
    }
    out
}

/// What the command printed and its exit status.
#[derive(Debug, PartialEq, Eq)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    /// 0: the text matches the map; 1: it does not; 2: no FAQ could be read.
    pub status: u8,
}

/// The `faq-changes` command: `[FILE] [--json] [--map]`.
pub fn command(args: &[String]) -> Run {
    let fail = |stderr: String| Run { stdout: String::new(), stderr, status: 2 };
    let mut path: Option<PathBuf> = None;
    let (mut as_json, mut beside) = (false, false);
    for arg in args {
        match arg.as_str() {
            "--json" => as_json = true,
            "--map" => beside = true,
            flag if flag.starts_with("--") => {
                return fail(format!("faq-changes: unknown option {flag} (use --json or --map)\n"))
            }
            file => path = Some(PathBuf::from(file)),
        }
    }
    let path = path.unwrap_or_else(default_faq_path);
    let faq = match read_faq(&path) {
        Ok(faq) => faq,
        Err(why) => return fail(format!("faq-changes: {why}\n")),
    };
    if beside {
        return Run { stdout: map_beside(&faq), stderr: String::new(), status: 0 };
    }
    let report = compare(&faq);
    let stdout =
        if as_json { format!("{}\n", json(&report)) } else { markdown(&report, &path.display().to_string()) };
    Run { stdout, stderr: String::new(), status: if report.matches() { 0 } else { 1 } }
}

/// A FAQ text from a file, or why it cannot be read as one.
pub fn read_faq(path: &Path) -> Result<FaqText, String> {
    let bytes = std::fs::read(path).map_err(|error| {
        format!(
            "cannot read {}: {error}. Name the FAQ's text as the first argument, or set LICENSING_FAQ.",
            path.display()
        )
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("{} cannot be read as the FAQ: it is not UTF-8 text.", path.display()))?;
    text::read(&text).map_err(|why| format!("{} cannot be read as the FAQ: {why}.", path.display()))
}
