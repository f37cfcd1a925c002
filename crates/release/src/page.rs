//! The steps that finish index.html as Trunk wrote it: what the app's page needs that Trunk
//! does not do (the start screen, the first script, the CSP hashes, the integrity hashes as the
//! files are shipped, the build label).

use crate::edit::{self, replace_once, replace_ranges};
use crate::json::Json;
use crate::steps::Page;
use crate::stop::{OrStop, Stop};
use crate::{css, digest, tools};

use licensing_check::ui::names;

pub fn drop_comments(page: &mut Page) -> Result<(), Stop> {
    let html = &page.html;
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<!--") {
        let Some(end) = rest[start + 4..].find("-->").map(|i| start + 4 + i + 3) else { break };
        out.push_str(rest[..start].trim_end());
        rest = &rest[end..];
    }
    out.push_str(rest);
    page.html = out;
    Ok(())
}

/// `text` safe in an attribute's quotes, as Python's html.escape made it.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

pub fn stamp_version(page: &mut Page) -> Result<(), Stop> {
    let step = "stamp the build label";
    let old: Vec<_> = edit::tags(&page.html)
        .into_iter()
        .filter(|tag| {
            page.html[tag.clone()].starts_with(&format!("<meta name=\"{}\" content=\"", names::VERSION_META))
        })
        .map(|tag| edit::with_space_before(&page.html, tag))
        .collect();
    let html = replace_ranges(&page.html, &old, 0, "", step, |_| Ok(String::new()))?;
    let charset = "<meta charset=\"utf-8\">";
    let stamped =
        format!("{charset}\n    <meta name=\"{}\" content=\"{}\">", names::VERSION_META, escape(&page.label));
    page.html = replace_once(&html, charset, &stamped, step)?;
    Ok(())
}

pub fn compact_styles(page: &mut Page) -> Result<(), Stop> {
    let styles = edit::inline_styles(&page.html);
    page.html =
        replace_ranges(&page.html, &styles, 1, "<style>", "compact the inlined stylesheet", |text| {
            Ok(css::compact(text))
        })?;
    Ok(())
}

/// The CSP's `directive` with the hash of each of `texts` added.
fn allow(html: &str, directive: &str, texts: &[&str], what: &str, step: &str) -> Result<String, Stop> {
    if texts.is_empty() {
        return Err(Stop::new(step, format!("the page has no {what} to allow")));
    }
    let hashes: Vec<String> = texts.iter().map(|text| digest::csp(text)).collect();
    replace_once(html, directive, &format!("{directive} {}", hashes.join(" ")), step)
}

pub fn allow_styles(page: &mut Page) -> Result<(), Stop> {
    let styles: Vec<&str> = edit::inline_styles(&page.html).into_iter().map(|t| &page.html[t]).collect();
    page.html = allow(
        &page.html,
        "style-src 'self'",
        &styles,
        "inline stylesheet",
        "allow the inlined stylesheet in the CSP",
    )?;
    Ok(())
}

pub fn allow_scripts(page: &mut Page) -> Result<(), Stop> {
    let scripts: Vec<&str> = edit::inline_scripts(&page.html).into_iter().map(|t| &page.html[t]).collect();
    let policy = "script-src 'self' 'wasm-unsafe-eval'";
    page.html = allow(&page.html, policy, &scripts, "inline script", "allow the inline scripts in the CSP")?;
    Ok(())
}

pub fn drop_csp(page: &mut Page) -> Result<(), Stop> {
    // Trunk's live-reload script is inline: no CSP in debug builds.
    let found: Vec<_> = edit::tags(&page.html)
        .into_iter()
        .filter(|tag| page.html[tag.clone()].starts_with("<meta http-equiv=\"Content-Security-Policy\""))
        .map(|tag| edit::with_space_before(&page.html, tag))
        .collect();
    let what = "the CSP's meta tag";
    page.html =
        replace_ranges(
            &page.html,
            &found,
            1,
            what,
            "drop the CSP from a debug build",
            |_| Ok(String::new()),
        )?;
    Ok(())
}

pub fn name_worker(page: &mut Page) -> Result<(), Stop> {
    let attribute = names::SERVICE_WORKER_ATTR;
    if !page.html.contains(attribute) {
        let named = format!("<html {attribute}=\"sw.js\" ");
        page.html = replace_once(&page.html, "<html ", &named, "name the service worker")?;
    }
    Ok(())
}

/// The linked screens' JSON in a data block. Data, not markup: the page's parser reads one
/// block of text much faster than the elements of every screen.
pub fn linked_screens_block(data: &str) -> Result<String, Stop> {
    let step = "write the linked screens";
    let data = data.trim();
    if !data.starts_with('{') || !data.ends_with('}') || data == "{}" {
        return Err(Stop::new(step, "expected an object of screens"));
    }
    // No "<" at all in a script element's text: nothing in it can end it or open a comment.
    if data.contains('<') {
        return Err(Stop::new(step, "the data holds a “<”"));
    }
    Ok(format!("<script type=\"application/json\" id=\"{}\">{data}</script>", names::LINKED_SCREENS))
}

/// Puts the start screen and, in it (the app removes both when it starts), the screens of
/// links naming a topic or tool, where the app will put its own.
pub fn write_start_screen(html: &str, screen: &str, linked: &str) -> Result<String, Stop> {
    let step = "write the start screen";
    let Some(open) = screen.trim().strip_suffix("</div>") else {
        return Err(Stop::new(step, "the start screen is not one element"));
    };
    let linked = linked_screens_block(linked)?;
    replace_once(html, "</body>", &format!("{open}{linked}</div>\n  </body>"), step)
}

pub fn start_screen(page: &mut Page) -> Result<(), Stop> {
    let step = "write the start screen";
    let screen = crate::in_app(step, licensing_check::ui::prerender::start_screen_html)?;
    let linked = crate::in_app(step, licensing_check::ui::prerender::linked_screens_json)?;
    page.html = write_start_screen(&page.html, &screen, &linked)?;
    Ok(())
}

/// Trunk's preload of the wasm: its range with the whitespace before it, and the tag.
pub fn wasm_preload(html: &str) -> Option<(std::ops::Range<usize>, &str)> {
    edit::tags(html).into_iter().find_map(|tag| {
        let text = &html[tag.clone()];
        (text.starts_with("<link rel=\"preload\"") && text.contains("type=\"application/wasm\""))
            .then(|| (edit::with_space_before(html, tag), text))
    })
}

/// web/start.js without its comment lines (and the blank lines before each), which are for
/// maintainers, like the page's.
pub fn without_comment_lines(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut blank = String::new();
    for line in script.split_inclusive('\n') {
        if line.trim().is_empty() {
            blank.push_str(line);
        } else if line.trim_start().starts_with("//") && line.ends_with('\n') {
            blank.clear();
        } else {
            out.push_str(&blank);
            blank.clear();
            out.push_str(line);
        }
    }
    out.push_str(&blank);
    out
}

/// What the first script's placeholders are filled with.
pub struct FirstScript<'a> {
    pub texts_url: &'a str,
    /// The split parts, which a deep link's app waits for.
    pub parts: &'a [String],
    pub results_url: &'a str,
    pub tools: &'a [String],
}

/// Puts web/start.js, with this build's names filled in, right after Trunk's preload of the
/// wasm (which the browser starts before any script runs; the script compiles what it
/// downloads), both before the inline stylesheet, and has Trunk's start-up script take the
/// compiled module from it. Run once the wasm's integrity hash is final: the script's request
/// must match the preload's to reuse it. `minify` makes the script small (release builds).
pub fn start_early(
    html: &str,
    script: &str,
    names: &FirstScript,
    minify: impl FnOnce(&str) -> Result<String, Stop>,
) -> Result<String, Stop> {
    let step = "start the wasm from the first script";
    let preload = wasm_preload(html);
    let wasm = preload.as_ref().and_then(|(_, tag)| edit::attribute(tag, "href")).unwrap_or_default();
    let start_up = format!("init({{ module_or_path: '{wasm}' }})");
    let Some((range, tag)) = preload.filter(|_| html.contains(&start_up)) else {
        return Err(Stop::new(
            step,
            format!(
                "Trunk's page no longer preloads the wasm and names it to init as expected{}",
                edit::UPGRADING
            ),
        ));
    };
    let integrity = edit::attribute(tag, "integrity").unwrap_or_default();
    let mut script = crate::names::fill(&without_comment_lines(script), &crate::names::home(), step)?;
    for (placeholder, value) in [
        ("__WASM_URL__", Json::str(wasm)),
        ("__WASM_INTEGRITY__", Json::str(integrity)),
        ("__TEXTS_URL__", Json::str(names.texts_url)),
        ("__PARTS__", Json::strings(names.parts)),
        ("__RESULTS_URL__", Json::str(names.results_url)),
        ("__TOOL_SCREENS__", Json::strings(names.tools)),
    ] {
        let value = value.inline().replace("</", "<\\/");
        script = replace_once(&script, &format!("'{placeholder}'"), &value, step)?;
    }
    let script = minify(&script)?;
    // Before the stylesheet, which takes the parser a while on a slow phone: the script asks
    // for a written result as soon as the page starts to parse. The preload goes with it, so
    // its request is still the first.
    let tag = tag.trim().to_owned();
    let html = format!("{}{}", &html[..range.start], &html[range.end..]);
    let first = format!("{tag}\n    <script>{}</script>\n    <style>", script.trim());
    let html = replace_once(&html, "<style>", &first, step)?;
    // If the app cannot start, the first script says so (and the start-up script stops there,
    // with no error left uncaught).
    let (module, stopped) = (names::WASM_GLOBAL, names::STOPPED_GLOBAL);
    let started = format!("init({{ module_or_path: window.{module} || '{wasm}' }}).catch({stopped})");
    replace_once(&html, &start_up, &started, step)
}

pub fn first_script(page: &mut Page) -> Result<(), Stop> {
    let step = "start the wasm from the first script";
    let script = std::fs::read_to_string(page.root.join("web/start.js")).or_stop(step)?;
    let names = FirstScript {
        texts_url: &page.texts_url,
        parts: &page.parts,
        results_url: &page.results_url,
        tools: &page.tools,
    };
    let (release, root) = (page.release, page.root.clone());
    page.html = start_early(&page.html, &script, &names, |script| {
        if release {
            tools::minified(&root, script, step)
        } else {
            Ok(script.to_owned())
        }
    })?;
    Ok(())
}

/// Each tag naming a built file and carrying an integrity hash: its range, and the file's name.
fn with_integrity(html: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    for tag in edit::tags(html) {
        let text = &html[tag.clone()];
        let named = edit::attribute(text, "href").or_else(|| edit::attribute(text, "src"));
        let hashed = edit::attribute(text, "integrity").is_some_and(|v| v.starts_with("sha384-"));
        if let (Some(named), true) = (named, hashed) {
            out.push((tag, named.rsplit('/').next().unwrap_or(named).to_owned()));
        }
    }
    out
}

/// The integrity hashes Trunk put on the page, of the files as they are now (optimised,
/// renamed, minified). A tag naming a file that is not there stops the build: a stale hash
/// would pass it, and the browser would refuse the file.
pub fn update_integrity(dist: &std::path::Path, html: &str, at_least: usize) -> Result<String, Stop> {
    let step = "update the integrity hashes";
    let tags = with_integrity(html);
    let ranges: Vec<_> = tags.iter().map(|(range, _)| range.clone()).collect();
    let mut names = tags.iter().map(|(_, name)| name);
    replace_ranges(html, &ranges, at_least, "a tag with an integrity hash", step, |tag| {
        let name = names.next().map(String::as_str).unwrap_or_default();
        let data = std::fs::read(dist.join(name)).map_err(|_| {
            Stop::new(step, format!("{name}, named with an integrity hash, is not in the build"))
        })?;
        let old = edit::attribute(tag, "integrity").unwrap_or_default();
        Ok(tag.replacen(old, &digest::integrity(&data), 1))
    })
}

pub fn integrity_hashes(page: &mut Page) -> Result<(), Stop> {
    // Release builds always carry them; a debug build may be made without (`--no-sri`).
    page.html = update_integrity(&page.dist, &page.html, usize::from(page.release))?;
    Ok(())
}

/// The scripts Trunk named by a hash of their source (`shell-<hash>.js`), named again by a hash
/// of what they hold now, the page's references with them. Not wasm-bindgen's glue, which
/// holds nothing the steps add (its name is the wasm's too).
pub fn name_scripts(page: &mut Page) -> Result<(), Stop> {
    let step = "name the scripts by what they hold";
    let wasm = crate::files_ending(&page.dist, "_bg.wasm", step)?;
    let glues: Vec<std::path::PathBuf> = wasm.iter().map(|w| crate::wasm_module::glue_of(w)).collect();
    for script in crate::files_ending(&page.dist, ".js", step)? {
        let name = crate::file_name(&script).to_owned();
        let Some((stem, hash)) = name.strip_suffix(".js").and_then(|n| n.rsplit_once('-')) else { continue };
        let hashed = hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        if !hashed || glues.contains(&script) {
            continue;
        }
        let data = std::fs::read(&script).or_stop(step)?;
        let named = format!("{stem}-{}.js", digest::short(&data));
        if named != name {
            page.html = replace_once(&page.html, &format!("{name}\""), &format!("{named}\""), step)?;
            std::fs::rename(&script, page.dist.join(&named)).or_stop(step)?;
        }
    }
    Ok(())
}
