#!/usr/bin/env python3
"""Trunk post_build hook: finishes the built page in Trunk's staging directory.

1. Allows the page's inline scripts (Trunk's start-up module, the script
   of step 3) in the Content-Security-Policy by their hashes (script-src), so
   the CSP needs no 'unsafe-inline'. (Inline, they cost no request on the
   way to the first screen.)
2. Allows the inlined stylesheet in the CSP by its hash (style-src), so
   no 'unsafe-inline' is needed for it either.
3. Writes the rules' text pack (texts-<hash>.txt: the words the app's
   WebAssembly leaves out, crates/rules/src/text.rs) and the start screen
   into the page (examples/prerender.rs, built natively with cargo), so it
   shows as soon as the HTML arrives (the app replaces it when it starts:
   src/ui/prerender.rs), with the screen of each link naming only a topic
   or tool in a data block in it; and puts web/start.js after Trunk's
   preload of the wasm: it compiles the wasm as it downloads and, on a deep
   link, starts the text pack's download, hides the start screen and shows
   the link's written screen if there is one.
4. Drops HTML comments (they are for maintainers, not for every visitor)
   and stamps the build label (BUILD_LABEL, else `git describe`) into index.html.
5. Release builds: optimises the wasm (wasm-opt, once: Trunk does not),
   gives the wasm's imports short names (short_names.py),
   compacts the inlined stylesheet
   (before its hash is taken), minifies the JavaScript with terser (Trunk's
   own minifier fails on wasm-bindgen's glue) and updates the integrity
   hashes Trunk put on the page; then writes sw.js from web/sw.js with the
   list of every built file and a cache version derived from their contents,
   and names it on <html data-service-worker>. Debug builds (`trunk serve`)
   get no service worker, and no CSP, because Trunk injects an inline
   live-reload script.

Before it rewrites anything it checks that Trunk and wasm-bindgen are the
versions it was written for (versions.py), and stops the build with a message
naming the script and both versions if not: see docs/upgrading.md. Every edit
it makes to a file finds exactly the text it expects (replace_once,
sub_at_least) or stops the build naming its step; the steps run in the one
order STEPS lists, each after the steps it names, which check_order holds the
list to before anything runs.

Usage: run by Trunk (see Trunk.toml), or `post_build.py DIR` on a built dist.
POST_BUILD_CAPTURE=DIR first copies what Trunk and wasm-bindgen wrote to DIR
(tests/make_fixtures.py makes the unit tests' fixtures from it).
"""
import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from html import escape
from pathlib import Path

import short_names
import versions
import wasm_module

ROOT = Path(__file__).resolve().parent.parent.parent
INLINE_SCRIPT = re.compile(r'<script(?: type="module")?>(.*?)</script>', re.S)
INLINE_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
CSP = re.compile(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>')


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def build_label() -> str:
    label = os.environ.get("BUILD_LABEL")
    if label:
        return label
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def replace_once(text: str, anchor: str, replacement: str, step: str) -> str:
    """`text` with `anchor` replaced: the anchor must be there exactly once, or
    the build stops naming the step (an edit that silently does nothing passes
    the build and breaks the page in the browser, far from the cause)."""
    found = text.count(anchor)
    if found != 1:
        raise versions.BuildStop(
            f"post_build.py: stopped at step “{step}”: expected {anchor!r} once, found it {found} times; "
            "see docs/upgrading.md"
        )
    return text.replace(anchor, replacement, 1)


def sub_at_least(pattern: re.Pattern, replacement, text: str, step: str, at_least: int = 1) -> str:
    """`pattern.sub` that stops the build, naming the step, when the pattern
    matches fewer than `at_least` times."""
    result, found = pattern.subn(replacement, text)
    if found < at_least:
        raise versions.BuildStop(
            f"post_build.py: stopped at step “{step}”: expected {pattern.pattern!r} at least {at_least} "
            f"times, found it {found} times; see docs/upgrading.md"
        )
    return result


def allow_inline_scripts(html: str) -> str:
    """Hashes the page's inline scripts, as they are now, into script-src."""
    step = "allow the inline scripts in the CSP"
    scripts = INLINE_SCRIPT.findall(html)
    if not scripts:
        raise versions.BuildStop(f"post_build.py: stopped at step “{step}”: the page has no inline script to allow")
    hashes = " ".join(csp_hash(code) for code in scripts)
    policy = "script-src 'self' 'wasm-unsafe-eval'"
    return replace_once(html, policy, f"{policy} {hashes}", step)


def compact_css(css: str) -> str:
    """Drops comments and the whitespace CSS does not need (quoted strings
    untouched; no space is removed before ':' so `a :focus` keeps meaning)."""
    parts = re.split(r'("[^"]*"|\'[^\']*\')', re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    for i in range(0, len(parts), 2):
        code = re.sub(r"\s+", " ", parts[i])
        code = re.sub(r"\s*([{};,>])\s*", r"\1", code)
        parts[i] = re.sub(r":\s+", ":", code).replace(";}", "}")
    return "".join(parts).strip()


def cargo_output(*args: str) -> str:
    return subprocess.run(["cargo", "run", "--quiet", *args], cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True).stdout


def write_text_pack(dist: Path) -> str:
    """Writes the rules' words (crates/rules/examples/text_pack.rs) as
    texts-<hash>.txt, which the app fetches; returns its name."""
    pack = cargo_output("-p", "licensing-rules", "--example", "text_pack").encode()
    name = f"texts-{digest(pack)}.txt"
    for old in dist.glob("texts-*.txt"):
        old.unlink()
    (dist / name).write_bytes(pack)
    return name


# The folder of the written results (examples/prerender.rs results), which
# web/start.js fetches from on a link naming its answers by choices only.
RESULTS_DIR = "results"


def write_results(dist: Path) -> int:
    """Writes the result of each link naming its answers by choices only, one
    file each named by the link's query, and for each topic what a link with
    a number or a date shows meanwhile, named by the topic, into results/;
    how many of the first."""
    out = dist / RESULTS_DIR
    if out.exists():
        shutil.rmtree(out)
    cargo_output("--example", "prerender", "results", str(out))
    count = len(list(out.glob("topic=*.json")))
    if count == 0 or not (out / "kms.json").exists():
        raise versions.BuildStop("post_build.py: stopped at step “written_results”: no result was written")
    print(f"post_build: {RESULTS_DIR}/ holds {count} screens written for links")
    return count


# The data block of the linked screens; web/start.js reads it by this id.
LINKED_SCREENS_ID = "linked-screens"


def linked_screens_block(data: str) -> str:
    """The screen of each link naming only a topic or tool (`?topic=kms`), as
    `examples/prerender.rs linked` writes it straight from the app's markup (one
    JSON object: each screen's elements and text, which web/start.js builds node
    by node, like the app), in a data block of the page. Data, not markup: the
    page's parser reads one block of text much faster than the elements of every
    screen."""
    step = "write the linked screens"
    data = data.strip()
    try:
        screens = json.loads(data)
    except ValueError as error:
        raise versions.BuildStop(f"post_build.py: stopped at step “{step}”: not JSON ({error})") from error
    if not isinstance(screens, dict) or not screens:
        raise versions.BuildStop(f"post_build.py: stopped at step “{step}”: expected an object of screens")
    # No "<" at all in a script element's text: nothing in it can end it or open a comment.
    if "<" in data:
        raise versions.BuildStop(f"post_build.py: stopped at step “{step}”: the data holds a “<”")
    return f'<script type="application/json" id="{LINKED_SCREENS_ID}">{data}</script>'


def tool_screens() -> list:
    """The ids of the tools whose screens are files in results/ (examples/prerender.rs tools)."""
    ids = json.loads(cargo_output("--example", "prerender", "tools"))
    if not ids or not all(isinstance(i, str) and re.fullmatch(r"[a-z0-9-]+", i) for i in ids):
        raise versions.BuildStop(f"post_build.py: stopped at step “write the tool screens”: not a list of ids: {ids!r}")
    return ids


def write_start_screen(html: str) -> str:
    """Puts the start screen and, in it (the app removes both when it starts), the screens of links
    naming a topic or tool (examples/prerender.rs) where the app will put its own."""
    screen = cargo_output("--example", "prerender").strip()
    if not screen.endswith("</div>"):
        raise ValueError("the start screen is one element")
    linked = linked_screens_block(cargo_output("--example", "prerender", "linked"))
    return replace_once(html, "</body>", f"{screen[:-len('</div>')]}{linked}</div>\n  </body>", "write the start screen")


WASM_PRELOAD = re.compile(r'\s*<link rel="preload"[^>]*type="application/wasm"[^>]*>')


def attribute(tag: str, name: str) -> str:
    found = re.search(rf'\b{name}="([^"]*)"', tag)
    return found.group(1) if found else ""


def start_early(html: str, texts_url: str, release: bool, results_url: str, tools: list) -> str:
    """Puts web/start.js, with this build's names filled in, right after Trunk's
    preload of the wasm (which the browser starts before any script runs;
    the script compiles what it downloads), both before the inline
    stylesheet, and has Trunk's start-up script
    take the compiled module from it. Run once the wasm's integrity hash is
    final: the script's request must match the preload's to reuse it."""
    preload = WASM_PRELOAD.search(html)
    wasm = attribute(preload.group(0), "href") if preload else ""
    start_up = f"init({{ module_or_path: '{wasm}' }})"
    if not preload or start_up not in html:
        raise versions.BuildStop(
            "post_build.py: stopped: Trunk's page no longer preloads the wasm and names it to init as "
            "expected; see start_early() and docs/upgrading.md"
        )
    # Its comments are for maintainers, like the page's.
    script = re.sub(r"^\s*//.*\n", "", (ROOT / "web" / "start.js").read_text(), flags=re.M)
    step = "start the wasm from the first script"
    for placeholder, value in (
        ("__WASM_URL__", wasm),
        ("__WASM_INTEGRITY__", attribute(preload.group(0), "integrity")),
        ("__TEXTS_URL__", texts_url),
        ("__RESULTS_URL__", results_url),
        ("__LINKED_SCREENS_ID__", LINKED_SCREENS_ID),
        ("__TOOL_SCREENS__", tools),
    ):
        script = replace_once(script, f"'{placeholder}'", json.dumps(value).replace("</", "<\\/"), step)
    if release:
        script = minified(script)
    # Before the stylesheet, which takes the parser a while on a slow phone:
    # the script asks for a written result as soon as the page starts to
    # parse. The preload goes with it, so its request is still the first.
    html = html[: preload.start()] + html[preload.end() :]
    first = f"{preload.group(0).strip()}\n    <script>{script.strip()}</script>\n    <style>"
    html = replace_once(html, "<style>", first, step)
    # If the app cannot start, the first script says so (and the start-up
    # script stops there, with no error left uncaught).
    started = f"init({{ module_or_path: window.licensingWasm || '{wasm}' }}).catch(licensingStopped)"
    return replace_once(html, start_up, started, step)


def compact_inline_styles(html: str) -> str:
    return sub_at_least(
        INLINE_STYLE, lambda m: f"<style>{compact_css(m.group(1))}</style>", html, "compact the inlined stylesheet"
    )


def allow_inline_styles(html: str) -> str:
    step = "allow the inlined stylesheet in the CSP"
    styles = INLINE_STYLE.findall(html)
    if not styles:
        raise versions.BuildStop(f"post_build.py: stopped at step “{step}”: the page has no inline stylesheet")
    hashes = " ".join(csp_hash(css) for css in styles)
    return replace_once(html, "style-src 'self'", f"style-src 'self' {hashes}", step)


TERSER = ROOT / "node_modules" / ".bin" / "terser"
# Size first: the first visit has a budget. Memory is the module's own and starts zeroed, and Rust
# puts its stack, not data, at the lowest addresses.
WASM_OPT_FLAGS = ["-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory"]


def optimise(dist: Path) -> None:
    wasm_opt = str(versions.wasm_opt())
    for wasm in dist.glob("*_bg.wasm"):
        subprocess.run([wasm_opt, *WASM_OPT_FLAGS, str(wasm), "-o", str(wasm)], check=True)
# An element naming a built file and carrying Trunk's integrity hash.
WITH_INTEGRITY = re.compile(r'<[^>]*(?:href|src)="[^"]*?([^"/]+)"[^>]*integrity="(sha384-[^"]+)"[^>]*>')


def minify(path: Path) -> None:
    if not TERSER.exists():
        print(f"post_build: {TERSER} missing (run scripts/setup.sh); {path.name} left unminified")
        return
    # ES modules (Trunk's start-up script, wasm-bindgen's glue) may have their
    # top level renamed; classic scripts (the shell, the worker) may not.
    module = ["--module"] if re.search(r"^(import|export)\b", path.read_text(), re.M) else []
    subprocess.run([str(TERSER), str(path), *module, "--compress", "--mangle", "-o", str(path)], check=True)


def minified(script: str) -> str:
    """A classic script's text, minified (unchanged without terser)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "script.js"
        path.write_text(script)
        minify(path)
        return path.read_text()


def integrity(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def update_integrity(dist: Path, html: str) -> str:
    step = "update the integrity hashes"

    def replace(match: re.Match) -> str:
        tag, name, old = match.group(0), match.group(1), match.group(2)
        file = dist / name
        return tag.replace(old, integrity(file.read_bytes())) if file.is_file() else tag

    return sub_at_least(WITH_INTEGRITY, replace, html, step)


RULES_MODULE_DIR = "rules"


def write_service_worker(dist: Path) -> None:
    # Everything the app loads; not rules/ nor the package of it, which
    # only host pages load, nor results/, each of which only its own link
    # loads (any would cost every visitor its download in the background).
    files = sorted(
        name
        for name in (p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file())
        if name not in ("sw.js", PACKAGE) and not name.startswith((f"{RULES_MODULE_DIR}/", f"{RESULTS_DIR}/"))
    )
    version = digest("".join(f + digest((dist / f).read_bytes()) for f in files).encode())
    template = (ROOT / "web" / "sw.js").read_text()
    step = "write the service worker"
    sw = replace_once(template, "'__VERSION__'", json.dumps(version), step)
    sw = replace_once(sw, "__FILES__", json.dumps(files), step)
    (dist / "sw.js").write_text(sw)
    print(f"post_build: sw.js caches {len(files)} files as version {version}")


def build_rules_module(dist: Path) -> None:
    """The rules as a JavaScript module for host pages (crates/rules-js), in
    rules/: built with cargo and wasm-bindgen --target web, optimised like
    the app; wasm-bindgen's glue goes under its own name, behind the module
    (crates/rules-js/src/module.js) that makes its functions safe to call
    before init(). The app itself never loads it."""
    subprocess.run(
        ["cargo", "build", "--quiet", "-p", "licensing-rules-js", "--release", "--target", "wasm32-unknown-unknown"],
        cwd=ROOT,
        check=True,
        # about() names the build as the app's page does.
        env={**os.environ, "LICENSING_BUILD": build_label()},
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    built = target / "wasm32-unknown-unknown" / "release" / "licensing_rules_js.wasm"
    out = dist / RULES_MODULE_DIR
    out.mkdir(exist_ok=True)
    subprocess.run(
        ["wasm-bindgen", "--target", "web", "--out-dir", str(out), "--out-name", "licensing-rules", str(built)], check=True
    )
    wasm = out / "licensing-rules_bg.wasm"
    versions.check_wasm_bindgen(wasm.read_bytes(), "post_build.py")
    subprocess.run([str(versions.wasm_opt()), *WASM_OPT_FLAGS, str(wasm), "-o", str(wasm)], check=True)
    (out / "licensing-rules.js").rename(out / RULES_GLUE)
    module = (ROOT / "crates" / "rules-js" / "src" / "module.js").read_text()
    if module.count(f"'./{RULES_GLUE}'") != 1:
        raise versions.BuildStop(
            f"post_build.py: stopped at step “build the rules module”: module.js does not import ./{RULES_GLUE} once"
        )
    (out / "licensing-rules.js").write_text(module)
    for script in ("licensing-rules.js", RULES_GLUE):
        minify(out / script)
    print(f"post_build: rules/licensing-rules.js and its wasm: {wasm.stat().st_size} bytes of wasm")


def build_look_module(dist: Path) -> None:
    """The colour arithmetic of an embed's look (crates/look) as look.wasm,
    which web/embed.js loads in frames given a look: a few exported
    functions of numbers, no glue; optimised like the app's."""
    subprocess.run(
        ["cargo", "build", "--quiet", "-p", "licensing-look", "--release", "--target", "wasm32-unknown-unknown"],
        cwd=ROOT,
        check=True,
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    built = target / "wasm32-unknown-unknown" / "release" / "licensing_look.wasm"
    out = dist / LOOK_MODULE
    subprocess.run([str(versions.wasm_opt()), *WASM_OPT_FLAGS, "--strip-debug", str(built), "-o", str(out)], check=True)
    exports = {name for name, _ in wasm_module.exports(out.read_bytes())}
    missing = {"buffer", "colour", "font", "corner_radius", "contrast_of", "keep", "mix"} - exports
    if missing:
        raise versions.BuildStop(f"post_build.py: stopped at step “look module”: look.wasm lacks {sorted(missing)}")
    print(f"post_build: {LOOK_MODULE}: {out.stat().st_size} bytes")


# The colour arithmetic's module (build_look_module).
LOOK_MODULE = "look.wasm"


# wasm-bindgen's glue of the rules module, behind rules/licensing-rules.js.
RULES_GLUE = "licensing-rules-glue.js"


def capture(dist: Path, to: Path) -> None:
    """Copies Trunk's page and wasm-bindgen's output, untouched."""
    to.mkdir(parents=True, exist_ok=True)
    for file in [dist / "index.html", *dist.glob("*_bg.wasm"), *(wasm_module.glue_of(w) for w in dist.glob("*_bg.wasm"))]:
        shutil.copy(file, to / file.name)


def check_versions(dist: Path) -> None:
    versions.check_repeats("post_build.py")
    versions.check_trunk("post_build.py")
    for wasm in dist.glob("*_bg.wasm"):
        versions.check_wasm_bindgen(wasm.read_bytes(), "post_build.py")


def main() -> None:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"])
    release = os.environ.get("TRUNK_PROFILE", "release") == "release"
    if os.environ.get("POST_BUILD_CAPTURE"):
        capture(dist, Path(os.environ["POST_BUILD_CAPTURE"]))
    try:
        check_versions(dist)
        finish(dist, release)
    except versions.BuildStop as stopped:
        print(f"post_build: {stopped}", file=sys.stderr)
        sys.exit(1)


class Page:
    """The page being finished, and what the steps hand on to each other."""

    def __init__(self, dist: Path, release: bool) -> None:
        self.dist = dist
        self.release = release
        self.html = (dist / "index.html").read_text()
        self.texts_url = ""
        self.results_url = ""
        self.tools: list = []


def drop_comments(page: Page) -> None:
    page.html = re.sub(r"\s*<!--.*?-->", "", page.html, flags=re.S)


def text_pack(page: Page) -> None:
    page.texts_url = os.environ.get("TRUNK_PUBLIC_URL", "/") + write_text_pack(page.dist)


def written_results(page: Page) -> None:
    write_results(page.dist)
    page.results_url = os.environ.get("TRUNK_PUBLIC_URL", "/") + RESULTS_DIR + "/"
    page.tools = tool_screens()
    for tool in page.tools:
        if not (page.dist / RESULTS_DIR / f"{tool}.json").exists():
            raise versions.BuildStop(f"post_build.py: stopped at step “written_results”: no screen for the tool {tool}")


def start_screen(page: Page) -> None:
    page.html = write_start_screen(page.html)


def compact_styles(page: Page) -> None:
    page.html = compact_inline_styles(page.html)


def allow_styles(page: Page) -> None:
    page.html = allow_inline_styles(page.html)


def stamp_version(page: Page) -> None:
    html = re.sub(r'\s*<meta name="version" content="[^"]*">', "", page.html)
    charset = '<meta charset="utf-8">'
    page.html = replace_once(
        html, charset, f'{charset}\n    <meta name="version" content="{escape(build_label())}">', "stamp the build label"
    )


def rules_module(page: Page) -> None:
    build_rules_module(page.dist)


def look_module(page: Page) -> None:
    build_look_module(page.dist)


def optimise_wasm(page: Page) -> None:
    optimise(page.dist)


def shorten_names(page: Page) -> None:
    short_names.shorten(page.dist)


def resource_links(page: Page) -> None:
    """Writes the host's options for the resources the FAQ names (`link-<id>` → id and name,
    crates/rules/src/resources.rs via examples/prerender.rs) into the two scripts that read them."""
    step = "write the resource options"
    links = json.loads(cargo_output("--example", "prerender", "resource-links"))
    if not isinstance(links, dict) or not links or not all(
        re.fullmatch(r"link-[a-z-]+", k) and isinstance(v, dict) and re.fullmatch(r"[a-z-]+", str(v.get("id")))
        and re.fullmatch(r"[A-Za-z ]+", str(v.get("name")))
        for k, v in links.items()
    ):
        raise versions.BuildStop(f"post_build.py: stopped at step “{step}”: not an object of options: {links!r}")
    for name in ("embed.js", "licensing-check.js"):
        path = page.dist / name
        path.write_text(replace_once(path.read_text(), "'__RESOURCE_LINKS__'", json.dumps(links), f"{step} ({name})"))


def minify_scripts(page: Page) -> None:
    for script in page.dist.glob("*.js"):
        minify(script)


def integrity_hashes(page: Page) -> None:
    page.html = update_integrity(page.dist, page.html)


def first_script(page: Page) -> None:
    page.html = start_early(page.html, page.texts_url, page.release, page.results_url, page.tools)


def name_worker(page: Page) -> None:
    if "data-service-worker" not in page.html:
        page.html = replace_once(page.html, "<html ", '<html data-service-worker="sw.js" ', "name the service worker")


def allow_scripts(page: Page) -> None:
    page.html = allow_inline_scripts(page.html)


def drop_csp(page: Page) -> None:
    # Trunk's live-reload script is inline: no CSP in debug builds.
    page.html = sub_at_least(CSP, "", page.html, "drop the CSP from a debug build")


def write_page(page: Page) -> None:
    (page.dist / "index.html").write_text(page.html)


def write_release(dist: Path) -> dict:
    """Copies of what host pages reference that never change in place,
    beside the convenient names that follow every release: the element
    under a name carrying its content's hash, the rules module in a folder
    named so (its files import each other by name); and version.json: this
    build, the FAQ revision, the contract's version, and each host-facing
    file with its pinned copy and integrity hash (docs/embedding.md)."""
    files = {}
    element = (dist / "licensing-check.js").read_bytes()
    pinned = f"licensing-check.{digest(element)}.js"
    (dist / pinned).write_bytes(element)
    files["licensing-check.js"] = {"pinned": pinned, "integrity": integrity(element)}
    rules = dist / RULES_MODULE_DIR
    names = sorted(p.name for p in rules.iterdir() if p.is_file())
    folder = digest("".join(name + digest((rules / name).read_bytes()) for name in names).encode())
    (rules / folder).mkdir()
    for name in names:
        data = (rules / name).read_bytes()
        (rules / folder / name).write_bytes(data)
        files[f"{RULES_MODULE_DIR}/{name}"] = {"pinned": f"{RULES_MODULE_DIR}/{folder}/{name}", "integrity": integrity(data)}
    release = {"version": build_label(), **json.loads(cargo_output("-p", "licensing-rules", "--example", "about")), "files": files}
    (dist / "version.json").write_text(json.dumps(release, indent=2) + "\n")
    print(f"post_build: version.json: {release['version']}, contract {release['contract']}, {len(files)} pinned files")
    return release


def write_package(dist: Path, release: dict) -> Path:
    """The rules module as a package a host installs (npm install <file>):
    its files, declarations and README, with exports. Its version is the
    contract's, with this build as build metadata."""
    rules = dist / RULES_MODULE_DIR
    files = sorted(p.name for p in rules.iterdir() if p.is_file())
    manifest = {
        "name": "licensing-rules",
        "version": f"{release['contract']}+{re.sub(r'[^0-9A-Za-z-]', '-', release['version'])}",
        "description": "The partner licensing FAQ's rules as a JavaScript module (WebAssembly): evaluate links and answers.",
        "license": "MIT",
        "type": "module",
        "main": "./licensing-rules.js",
        "types": "./licensing-rules.d.ts",
        "exports": {
            ".": {"types": "./licensing-rules.d.ts", "default": "./licensing-rules.js"},
            "./licensing-rules_bg.wasm": "./licensing-rules_bg.wasm",
            "./package.json": "./package.json",
        },
        "files": files + ["README.md"],
    }
    readme = (ROOT / "docs" / "javascript.md").read_text()
    out = dist / PACKAGE
    with tarfile.open(out, "w:gz") as tar:
        def add(name: str, data: bytes) -> None:
            info = tarfile.TarInfo(f"package/{name}")
            info.size, info.mode, info.mtime = len(data), 0o644, 0
            tar.addfile(info, io.BytesIO(data))
        add("package.json", (json.dumps(manifest, indent=2) + "\n").encode())
        add("README.md", readme.encode())
        for name in files:
            add(name, (rules / name).read_bytes())
    print(f"post_build: {PACKAGE}: {manifest['name']}@{manifest['version']}, {out.stat().st_size} bytes")
    return out


# The rules module as a package (write_package).
PACKAGE = "licensing-rules.tgz"


def release_files(page: Page) -> None:
    write_package(page.dist, write_release(page.dist))


def service_worker(page: Page) -> None:
    write_service_worker(page.dist)
    minify(page.dist / "sw.js")


# The steps, in the one order they run in (release builds run all but
# drop_csp; debug builds skip those marked release), each with the steps it
# must come after and why; finish() checks the list against them first.
RELEASE, DEBUG, BOTH = "release", "debug", "both"
STEPS = [
    (drop_comments, BOTH, []),
    (text_pack, BOTH, []),
    (start_screen, BOTH, [drop_comments]),  # the written screens' markup is no comment to drop
    (written_results, BOTH, []),
    (compact_styles, RELEASE, []),
    (allow_styles, BOTH, [compact_styles]),  # the hash of the stylesheet as shipped
    (stamp_version, BOTH, [drop_comments]),
    (rules_module, RELEASE, []),
    (look_module, BOTH, []),
    (optimise_wasm, RELEASE, []),
    (shorten_names, RELEASE, [optimise_wasm]),  # renames what wasm-opt left
    (resource_links, BOTH, []),
    (minify_scripts, RELEASE, [shorten_names, resource_links]),  # the glue as renamed, the names written
    (integrity_hashes, RELEASE, [optimise_wasm, shorten_names, minify_scripts]),  # the files as shipped
    (first_script, BOTH, [text_pack, written_results, integrity_hashes]),  # its fetch must match the preload's final hash
    (name_worker, RELEASE, []),
    (allow_scripts, RELEASE, [first_script]),  # the hash of every inline script as shipped
    (drop_csp, DEBUG, [first_script]),
    (write_page, BOTH, [allow_styles, stamp_version, allow_scripts, drop_csp, name_worker]),
    (release_files, RELEASE, [rules_module, minify_scripts]),  # pins the files as shipped
    (service_worker, RELEASE, [write_page, release_files]),  # lists and versions every built file
]


def check_order(steps: list) -> None:
    """Stops the build, naming the step, if a step is listed before one it must come after."""
    names = [step.__name__ for step, _, _ in steps]
    for position, (step, _, after) in enumerate(steps):
        for earlier in after:
            if earlier.__name__ not in names[:position]:
                raise versions.BuildStop(
                    f"post_build.py: step “{step.__name__}” must come after “{earlier.__name__}”"
                )


def finish(dist: Path, release: bool, steps: list = STEPS) -> None:
    check_order(steps)
    page = Page(dist, release)
    for step, when, _ in steps:
        if when == BOTH or when == (RELEASE if release else DEBUG):
            step(page)


if __name__ == "__main__":
    main()
