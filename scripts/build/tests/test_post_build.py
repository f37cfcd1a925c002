"""The release post-processing against real output of the pinned tools
(fixtures/, made by make_fixtures.py): what each script rewrites, and that a
different wasm-bindgen, Trunk or wasm-opt stops the build with a message
naming the script, the expected and the found version.

Run: python3 -m unittest discover -s scripts/build/tests (scripts/test.sh does).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import unittest.mock
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = HERE.parent
sys.path.insert(0, str(BUILD))
import post_build  # noqa: E402
import short_names  # noqa: E402
import versions  # noqa: E402
import wasm_module  # noqa: E402

BINDGEN = versions.pinned("WASM_BINDGEN_VERSION")
TRUNK = versions.pinned("TRUNK_VERSION")
BINDGEN_OUTPUT = HERE / "fixtures" / f"wasm-bindgen-{BINDGEN}"
TRUNK_OUTPUT = HERE / "fixtures" / f"trunk-{TRUNK}"
WASM = (BINDGEN_OUTPUT / "app_bg.wasm").read_bytes()
GLUE = (BINDGEN_OUTPUT / "app.js").read_text()


def with_producer(data: bytes, tool: str, version: str) -> bytes:
    """The module with its producers section saying `tool` processed it at `version`."""
    fields = wasm_module.producers(data)
    fields.setdefault("processed-by", {})[tool] = version
    body = wasm_module.name_bytes(b"producers") + wasm_module.to_uleb(len(fields))
    for field, tools in fields.items():
        body += wasm_module.name_bytes(field.encode()) + wasm_module.to_uleb(len(tools))
        for name, value in tools.items():
            body += wasm_module.name_bytes(name.encode()) + wasm_module.name_bytes(value.encode())
    out = bytearray(data[:8])
    for kind, section in wasm_module.sections(data):
        if kind == wasm_module.CUSTOM and wasm_module.read_name(section, 0)[0] == b"producers":
            section = body
        out += bytes([kind]) + wasm_module.to_uleb(len(section)) + section
    return bytes(out)


def staged(wasm: bytes = WASM, glue: str = GLUE) -> Path:
    """A staging folder as Trunk leaves it: its page, the glue and the wasm
    under the hashed names the page uses."""
    page = (TRUNK_OUTPUT / "index.html").read_text()
    name = re.search(r"from '/([\w-]+)\.js'", page).group(1)
    folder = Path(tempfile.mkdtemp(prefix="post-build-test-"))
    (folder / "index.html").write_text(page)
    (folder / f"{name}.js").write_text(glue)
    (folder / f"{name}_bg.wasm").write_bytes(wasm)
    # The other scripts the page names with an integrity hash (the shell).
    for script in re.findall(r'src="/([\w-]+\.js)"[^>]*integrity=', page):
        (folder / script).write_text("// shell\n")
    return folder


def answers(version: str):
    """A stand-in for running `tool --version`."""

    def run(args, **_):
        return subprocess.CompletedProcess(args, 0, stdout=version + "\n", stderr="")

    return run


class Versions(unittest.TestCase):
    def test_the_fixture_was_processed_by_the_pinned_wasm_bindgen(self):
        self.assertEqual(versions.wasm_bindgen_version(WASM), BINDGEN)
        versions.check_wasm_bindgen(WASM, "post_build.py")

    def test_another_wasm_bindgen_stops_the_build_naming_script_and_versions(self):
        newer = with_producer(WASM, "wasm-bindgen", "0.2.131")
        with self.assertRaises(versions.BuildStop) as stopped:
            versions.check_wasm_bindgen(newer, "post_build.py")
        message = str(stopped.exception)
        for part in ["post_build.py", f"wasm-bindgen {BINDGEN}", "found 0.2.131", "docs/upgrading.md"]:
            self.assertIn(part, message)

    def test_another_trunk_stops_the_build(self):
        versions.check_trunk("post_build.py", run=answers(f"trunk {TRUNK}"))
        with self.assertRaises(versions.BuildStop) as stopped:
            versions.check_trunk("post_build.py", run=answers("trunk 0.22.1"))
        self.assertIn(f"Trunk {TRUNK}, but found trunk 0.22.1", str(stopped.exception))

        def missing(args, **_):
            raise FileNotFoundError(args[0])

        with self.assertRaises(versions.BuildStop) as stopped:
            versions.check_trunk("post_build.py", run=missing)
        self.assertIn("no trunk on PATH", str(stopped.exception))

    def test_only_the_pinned_wasm_opt_is_used(self):
        pinned = versions.pinned("BINARYEN_VERSION")
        path = Path("/nowhere/wasm-opt")
        self.assertEqual(versions.wasm_opt(run=answers(f"wasm-opt version {pinned} (version_{pinned})"), path=path), path)
        with self.assertRaises(versions.BuildStop) as stopped:
            versions.wasm_opt(run=answers("wasm-opt version 108"), path=path)
        self.assertIn(f"needs wasm-opt {pinned}", str(stopped.exception))
        self.assertIn("found wasm-opt 108", str(stopped.exception))
        with self.assertRaises(versions.BuildStop) as stopped:
            versions.wasm_opt(path=path)
        self.assertIn("none there", str(stopped.exception))


class Repeats(unittest.TestCase):
    """The files that repeat a pin of scripts/versions.env (each tool reads its own)."""

    def copy(self, tmp: Path) -> Path:
        (tmp / "scripts").mkdir()
        shutil.copy(versions.VERSIONS, tmp / "scripts" / "versions.env")
        for file in {file for file, _, _ in versions.REPEATS}:
            shutil.copy(versions.ROOT / file, tmp / file)
        return tmp

    def test_the_repository_repeats_every_pin_as_pinned(self):
        versions.check_repeats("post_build.py")
        self.assertEqual(len(versions.repeats()), len(versions.REPEATS))

    def test_a_repeat_that_disagrees_stops_the_build_naming_its_file_and_write_mends_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            root = self.copy(Path(tmp))
            cargo = root / "Cargo.toml"
            cargo.write_text(cargo.read_text().replace(f'wasm-bindgen = "={BINDGEN}"', 'wasm-bindgen = "=0.2.999"'))
            with self.assertRaises(versions.BuildStop) as stopped:
                versions.check_repeats("post_build.py", root)
            self.assertIn("Cargo.toml has WASM_BINDGEN_VERSION 0.2.999", str(stopped.exception))
            self.assertEqual(versions.write_repeats(root), ["Cargo.toml"])
            versions.check_repeats("post_build.py", root)
            self.assertIn(f'wasm-bindgen = "={BINDGEN}"', cargo.read_text())

    def test_a_missing_repeat_stops_the_build_too(self):
        with tempfile.TemporaryDirectory() as tmp:
            root = self.copy(Path(tmp))
            trunk = root / "Trunk.toml"
            trunk.write_text(re.sub(r"^wasm_opt = .*$", "", trunk.read_text(), flags=re.MULTILINE))
            with self.assertRaises(versions.BuildStop) as stopped:
                versions.check_repeats("post_build.py", root)
            self.assertIn("Trunk.toml has BINARYEN_VERSION (no such line)", str(stopped.exception))
            with self.assertRaises(versions.BuildStop):
                versions.write_repeats(root)


class ShortNames(unittest.TestCase):
    def test_imports_and_long_exports_get_short_names_in_wasm_and_glue_alike(self):
        folder = staged()
        short_names.shorten(folder)
        wasm = next(folder.glob("*_bg.wasm")).read_bytes()
        glue = next(p for p in folder.glob("*.js")).read_text()
        imported = wasm_module.imports(wasm)
        self.assertEqual(len(imported), len(wasm_module.imports(WASM)))
        self.assertEqual({module for module, _, _ in imported}, {b"w"})
        for _, name, _ in imported:
            self.assertRegex(name, r"^\$[0-9a-f]+$")
            self.assertIn(f"{name}:", glue)
        exported = [name for name, _ in wasm_module.exports(wasm)]
        self.assertFalse([name for name in exported if re.search("[0-9a-f]{16}", name)])
        self.assertNotRegex(glue, r"invoke__h[0-9a-f]{16}")
        shutil.rmtree(folder)

    def test_a_glue_that_does_not_name_each_import_once_stops_the_build(self):
        first = wasm_module.imports(WASM)[0][1]
        folder = staged(glue=GLUE.replace(f"{first}:", f"{first}_renamed:"))
        with self.assertRaises(versions.BuildStop) as stopped:
            short_names.shorten(folder)
        self.assertIn("short_names.py: stopped", str(stopped.exception))
        shutil.rmtree(folder)


class Page(unittest.TestCase):
    page = (TRUNK_OUTPUT / "index.html").read_text()

    def test_trunks_inline_start_up_script_is_allowed_by_its_hash(self):
        html = post_build.allow_inline_scripts(self.page)
        scripts = post_build.INLINE_SCRIPT.findall(self.page)
        self.assertEqual(len(scripts), 1, "Trunk writes one inline start-up module")
        self.assertIn("TrunkApplicationStarted", scripts[0])
        self.assertIn(post_build.csp_hash(scripts[0]), html)

    def test_the_wasm_starts_from_the_first_script_in_place_of_trunks_preload(self):
        html = post_build.start_early(self.page, "/texts-0123456789abcdef.txt", release=False, results_url="/results/", tools=["keys"])
        preload = post_build.WASM_PRELOAD.search(self.page).group(0)
        wasm = post_build.attribute(preload, "href")
        first = preload.strip() + "\n    <script>"
        self.assertIn(first, html, "right after the preload it reuses")
        self.assertLess(html.index(first), html.index("<style>"), "before the stylesheet, slow to parse on a phone")
        script = next(code for code in post_build.INLINE_SCRIPT.findall(html) if "compileStreaming" in code)
        self.assertIn(f'var wasm = "{wasm}";', script)
        self.assertIn(f'var integrity = "{post_build.attribute(preload, "integrity")}";', script)
        self.assertIn('fetch("/texts-0123456789abcdef.txt")', script)
        self.assertIn(f'document.getElementById("{post_build.LINKED_SCREENS_ID}")', script)
        self.assertIn('["keys"].indexOf(', script, "the tools whose screens are files")
        self.assertNotIn("__", script, "every name is filled in")
        started = f"init({{ module_or_path: window.licensingWasm || '{wasm}' }}).catch(licensingStopped)"
        self.assertIn(started, html, "a failed start is told, not left uncaught")
        self.assertIn("window.licensingStopped", script)
        # Everything else as it was.
        self.assertEqual(html.replace(f"{preload.strip()}\n    <script>{script}</script>\n    ", "").replace(
            started, f"init({{ module_or_path: '{wasm}' }})"), post_build.WASM_PRELOAD.sub("", self.page, count=1))
        unstyled = post_build.INLINE_STYLE.sub("", self.page)
        with self.assertRaises(versions.BuildStop) as stopped:
            post_build.start_early(unstyled, "/texts.txt", release=False, results_url="/results/", tools=["keys"])
        self.assertIn("step “start the wasm from the first script”", str(stopped.exception))

    def test_a_page_without_trunks_preload_stops_the_build(self):
        page = post_build.WASM_PRELOAD.sub("", self.page)
        with self.assertRaises(versions.BuildStop) as stopped:
            post_build.start_early(page, "/texts.txt", release=False, results_url="/results/", tools=["keys"])
        self.assertIn("no longer preloads the wasm", str(stopped.exception))

    def test_integrity_hashes_follow_the_files_as_rewritten(self):
        folder = staged()
        glue = next(folder.glob("*.js"))
        glue.write_text("// minified\n")
        html = post_build.update_integrity(folder, self.page)
        self.assertIn(post_build.integrity(b"// minified\n"), html)
        self.assertEqual(html.count('integrity="sha384-'), self.page.count('integrity="sha384-'))
        shutil.rmtree(folder)


class Anchors(unittest.TestCase):
    """Every edit the build makes finds exactly what it expects, or stops the
    build naming its step: a silent no-op would break the page far from here."""

    page = (TRUNK_OUTPUT / "index.html").read_text()

    def assertStops(self, step: str, edit, *args):
        with self.assertRaises(versions.BuildStop) as stopped:
            edit(*args)
        self.assertIn(f"step “{step}”", str(stopped.exception))
        return str(stopped.exception)

    def test_a_plain_edit_needs_its_anchor_exactly_once(self):
        self.assertEqual(post_build.replace_once("a b c", "b", "x", "the step"), "a x c")
        message = self.assertStops("the step", post_build.replace_once, "a c", "b", "x", "the step")
        self.assertIn("expected 'b' once, found it 0 times", message)
        self.assertIn("found it 2 times", self.assertStops("the step", post_build.replace_once, "b b", "b", "x", "the step"))

    def test_a_pattern_edit_needs_its_matches(self):
        pattern = re.compile(r"<i>")
        self.assertEqual(post_build.sub_at_least(pattern, "", "<i>a<i>", "the step"), "a")
        self.assertStops("the step", post_build.sub_at_least, pattern, "", "a", "the step")

    def test_the_csp_edits_stop_without_their_policy_or_code(self):
        no_script_src = self.page.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self'")
        self.assertStops("allow the inline scripts in the CSP", post_build.allow_inline_scripts, no_script_src)
        no_script = post_build.INLINE_SCRIPT.sub("", self.page)
        self.assertStops("allow the inline scripts in the CSP", post_build.allow_inline_scripts, no_script)
        styled = self.page.replace("</head>", "<style>p{}</style></head>")
        self.assertIn(post_build.csp_hash("p{}"), post_build.allow_inline_styles(styled))
        no_style_src = styled.replace("style-src 'self'", "style-src 'none'")
        self.assertStops("allow the inlined stylesheet in the CSP", post_build.allow_inline_styles, no_style_src)
        unstyled = post_build.INLINE_STYLE.sub("", self.page)
        self.assertStops("allow the inlined stylesheet in the CSP", post_build.allow_inline_styles, unstyled)
        self.assertStops("compact the inlined stylesheet", post_build.compact_inline_styles, unstyled)

    def test_the_page_edits_stop_without_their_anchors(self):
        folder = staged()
        page = post_build.Page(folder, release=True)
        page.html = self.page.replace('<meta charset="utf-8">', "")
        self.assertStops("stamp the build label", post_build.stamp_version, page)
        page.html = self.page.replace("<html ", "<html\n")
        self.assertStops("name the service worker", post_build.name_worker, page)
        page.html = post_build.CSP.sub("", self.page)
        self.assertStops("drop the CSP from a debug build", post_build.drop_csp, page)
        written = ['<div class="page"></div>\n', '{"kms":["p",{},"KMS"]}\n']
        with unittest.mock.patch.object(post_build, "cargo_output", side_effect=written):
            self.assertStops("write the start screen", post_build.write_start_screen, self.page.replace("</body>", ""))
        shutil.rmtree(folder)

    def test_a_page_without_integrity_hashes_stops_the_build(self):
        folder = staged()
        page = post_build.WITH_INTEGRITY.sub("<link>", self.page)
        self.assertStops("update the integrity hashes", post_build.update_integrity, folder, page)
        shutil.rmtree(folder)


class Steps(unittest.TestCase):
    def test_every_step_comes_after_those_it_needs(self):
        post_build.check_order(post_build.STEPS)
        names = [step.__name__ for step, _, _ in post_build.STEPS]
        for later, earlier in [
            ("allow_styles", "compact_styles"),
            ("integrity_hashes", "minify_scripts"),
            ("first_script", "integrity_hashes"),
            ("allow_scripts", "first_script"),
            ("service_worker", "write_page"),
        ]:
            self.assertLess(names.index(earlier), names.index(later), f"{earlier} before {later}")

    def test_a_step_listed_before_one_it_needs_stops_the_build(self):
        steps = list(post_build.STEPS)
        moved = next(entry for entry in steps if entry[0] is post_build.allow_scripts)
        steps.remove(moved)
        steps.insert(0, moved)
        with self.assertRaises(versions.BuildStop) as stopped:
            post_build.check_order(steps)
        self.assertIn("“allow_scripts” must come after “first_script”", str(stopped.exception))

    def test_the_steps_run_in_the_written_order_each_in_its_builds(self):
        ran = []

        def recorder(name):
            def step(page):
                ran.append(name)

            step.__name__ = name
            return step

        steps = [(recorder(step.__name__), when, after) for step, when, after in post_build.STEPS]
        folder = staged()
        for release, skipped in ((True, post_build.DEBUG), (False, post_build.RELEASE)):
            ran.clear()
            post_build.finish(folder, release, steps)
            self.assertEqual(ran, [step.__name__ for step, when, _ in post_build.STEPS if when != skipped])
        self.assertIn("drop_csp", ran, "debug builds drop the CSP")
        shutil.rmtree(folder)


class LinkedScreens(unittest.TestCase):
    def test_the_screens_are_one_json_data_block_nothing_in_which_ends_it(self):
        data = '{"kms":["div",{"class":"page"},["h1",{},"KMS"]],"keys":["p",{},"a \\u003c/script> \\u003c!-- b"]}'
        block = post_build.linked_screens_block(data + "\n")
        start = '<script type="application/json" id="linked-screens">'
        self.assertTrue(block.startswith(start) and block.endswith("</script>"), block)
        written = block[len(start) : -len("</script>")]
        self.assertEqual(written, data, "as the app's markup wrote it")
        self.assertEqual(
            json.loads(written),
            {"kms": ["div", {"class": "page"}, ["h1", {}, "KMS"]], "keys": ["p", {}, "a </script> <!-- b"]},
        )

    def test_data_that_is_not_an_object_of_screens_or_holds_a_tag_stops_the_build(self):
        for data in ["", "[1]", "{}", '{"kms":["p",{},"</script>"]}']:
            with self.subTest(data=data), self.assertRaises(versions.BuildStop) as stopped:
                post_build.linked_screens_block(data)
            self.assertIn("step “write the linked screens”", str(stopped.exception))


class Hook(unittest.TestCase):
    def run_hook(self, folder: Path):
        env = {**os.environ, "TRUNK_STAGING_DIR": str(folder), "TRUNK_PROFILE": "release", "BUILD_LABEL": "test"}
        return subprocess.run(
            [sys.executable, str(BUILD / "post_build.py")], env=env, capture_output=True, text=True
        )

    def test_a_build_by_another_wasm_bindgen_stops_before_anything_is_rewritten(self):
        folder = staged(wasm=with_producer(WASM, "wasm-bindgen", "0.2.131"))
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        result = self.run_hook(folder)
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn(f"post_build.py: stopped before rewriting wasm-bindgen's output: it was written for "
                      f"wasm-bindgen {BINDGEN}, but found 0.2.131", result.stderr)
        self.assertEqual({p.name: p.read_bytes() for p in folder.iterdir()}, before)
        shutil.rmtree(folder)


if __name__ == "__main__":
    unittest.main()
