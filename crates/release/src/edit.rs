//! The one way the build edits a file it did not write: find exactly what is expected, or stop
//! the build naming the step. (An edit that silently does nothing passes the build and breaks
//! the page in the browser, far from the cause.)

use crate::stop::Stop;
use std::ops::Range;

/// Where an edit that finds another page than it expects sends the maintainer.
pub const UPGRADING: &str = "; see docs/upgrading.md";

/// `text` with `anchor` replaced by `replacement`: the anchor must be there exactly once.
pub fn replace_once(text: &str, anchor: &str, replacement: &str, step: &str) -> Result<String, Stop> {
    let found = text.matches(anchor).count();
    if found != 1 {
        return Err(Stop::new(step, format!("expected {anchor:?} once, found it {found} times{UPGRADING}")));
    }
    Ok(text.replacen(anchor, replacement, 1))
}

/// `text` with each of `ranges` (in order, not overlapping) replaced by what `with` makes of
/// it; at least `at_least` of them, or the build stops naming the step.
pub fn replace_ranges(
    text: &str,
    ranges: &[Range<usize>],
    at_least: usize,
    what: &str,
    step: &str,
    mut with: impl FnMut(&str) -> Result<String, Stop>,
) -> Result<String, Stop> {
    if ranges.len() < at_least {
        return Err(Stop::new(
            step,
            format!("expected {what} at least {at_least} times, found it {} times{UPGRADING}", ranges.len()),
        ));
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for range in ranges {
        out.push_str(&text[from..range.start]);
        out.push_str(&with(&text[range.clone()])?);
        from = range.end;
    }
    out.push_str(&text[from..]);
    Ok(out)
}

/// The range of each tag of a page (`<…>`), not looking inside scripts and stylesheets, whose
/// text may hold a `<`.
pub fn tags(html: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = html[at..].find('<').map(|i| at + i) {
        let Some(close) = html[open..].find('>').map(|i| open + i + 1) else { break };
        out.push(open..close);
        at = close;
        for raw in ["script", "style"] {
            if is_opening(&html[open..close], raw) {
                let end = format!("</{raw}>");
                at = html[close..].find(&end).map_or(html.len(), |i| close + i);
            }
        }
    }
    out
}

fn is_opening(tag: &str, name: &str) -> bool {
    tag.strip_prefix('<')
        .and_then(|rest| rest.strip_prefix(name))
        .is_some_and(|rest| rest.starts_with(['>', ' ', '\n', '\t']))
}

/// The value of a tag's attribute (`name="value"`), if it has it.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let mut at = 0;
    while let Some(i) = tag[at..].find(&key).map(|i| at + i) {
        let starts_a_word = tag[..i].ends_with(|c: char| c.is_whitespace());
        let value = i + key.len();
        if starts_a_word {
            return tag[value..].find('"').map(|end| &tag[value..value + end]);
        }
        at = value;
    }
    None
}

/// The text of each element opened exactly by one of `opens` and closed by `close`
/// (`<style>…</style>`).
pub fn elements(html: &str, opens: &[&str], close: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        let next = opens.iter().filter_map(|open| html[at..].find(open).map(|i| (at + i, open.len()))).min();
        let Some((start, len)) = next else { break };
        let text = start + len;
        let Some(end) = html[text..].find(close).map(|i| text + i) else { break };
        out.push(text..end);
        at = end + close.len();
    }
    out
}

/// `range` widened back over the whitespace before it (a tag removed with its line's indent).
pub fn with_space_before(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start].trim_end().len();
    start..range.end
}

/// The inline scripts (`<script>` and `<script type="module">`: not the data blocks).
pub fn inline_scripts(html: &str) -> Vec<Range<usize>> {
    elements(html, &["<script>", "<script type=\"module\">"], "</script>")
}

/// The inline stylesheets.
pub fn inline_styles(html: &str) -> Vec<Range<usize>> {
    elements(html, &["<style>"], "</style>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_edit_needs_its_anchor_exactly_once() {
        assert_eq!(replace_once("a b c", "b", "x", "the step").unwrap(), "a x c");
        let none = replace_once("a c", "b", "x", "the step").unwrap_err();
        assert_eq!(none.step, "the step");
        assert!(none.why.contains("expected \"b\" once, found it 0 times"), "{none}");
        assert!(replace_once("b b", "b", "x", "the step").unwrap_err().why.contains("found it 2 times"));
    }

    #[test]
    fn an_edit_of_many_needs_its_matches() {
        let html = "<i>a<i>";
        let found: Vec<_> = html.match_indices("<i>").map(|(i, m)| i..i + m.len()).collect();
        assert_eq!(replace_ranges(html, &found, 1, "<i>", "the step", |_| Ok(String::new())).unwrap(), "a");
        let stop = replace_ranges("a", &[], 1, "<i>", "the step", |_| Ok(String::new())).unwrap_err();
        assert_eq!(stop.step, "the step");
    }

    #[test]
    fn tags_are_found_where_they_are_between_text() {
        let html = "a <b> c <d e=\"f\"> g";
        let found: Vec<&str> = tags(html).into_iter().map(|r| &html[r]).collect();
        assert_eq!(found, ["<b>", "<d e=\"f\">"]);
        assert_eq!(attribute("<d x e=\"f\" ye=\"g\">", "e"), Some("f"));
        assert_eq!(attribute("<d ae=\"f\" e=\"g\">", "e"), Some("g"), "not inside another attribute's name");
        let styled = "x <style>a</style> y <style>b</style>";
        let texts: Vec<&str> = inline_styles(styled).into_iter().map(|t| &styled[t]).collect();
        assert_eq!(texts, ["a", "b"]);
    }

    #[test]
    fn tags_are_found_outside_scripts_only() {
        let html = r#"<head><script>if (a<b) x()</script><link href="/a.js" integrity="x"></head>"#;
        let found: Vec<&str> = tags(html).into_iter().map(|r| &html[r]).collect();
        assert_eq!(
            found,
            ["<head>", "<script>", "</script>", r#"<link href="/a.js" integrity="x">"#, "</head>"]
        );
        assert_eq!(attribute(found[3], "href"), Some("/a.js"));
        assert_eq!(attribute(r#"<a data-href="x" href="y">"#, "href"), Some("y"));
        assert_eq!(attribute(found[3], "src"), None);
    }

    #[test]
    fn inline_elements_and_their_text() {
        let html =
            r#"<script type="module">a</script><script src="x"></script><script>b</script><style>c</style>"#;
        let scripts: Vec<&str> = inline_scripts(html).into_iter().map(|t| &html[t]).collect();
        assert_eq!(scripts, ["a", "b"]);
        let styles: Vec<&str> = inline_styles(html).into_iter().map(|t| &html[t]).collect();
        assert_eq!(styles, ["c"]);
        assert_eq!(&"a \n  <b>"[with_space_before("a \n  <b>", 5..8)], " \n  <b>");
    }
}
