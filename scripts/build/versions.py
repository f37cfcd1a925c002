"""The tool versions the release post-processing was written against, and the
checks that stop the build, naming the script and both versions, before
anything is rewritten by a tool it does not know.

short_names.py rewrites wasm-bindgen's output by its exact
shape, and post_build.py edits the page Trunk wrote; a new wasm-bindgen or
Trunk (often forced by a new rustc) changes those shapes. docs/upgrading.md
says what to re-check when moving a pin. The pins themselves live in one
place, scripts/versions.env, which scripts/setup.sh installs from. A few
files must repeat a pin because each tool reads its own (REPEATS): they are
written from it (`python3 scripts/build/versions.py --write`) and the build
stops when one disagrees.
"""
import re
import subprocess
from pathlib import Path

import wasm_module

ROOT = Path(__file__).resolve().parent.parent.parent
VERSIONS = ROOT / "scripts" / "versions.env"
WASM_OPT = ROOT / "node_modules" / ".bin" / "wasm-opt"


class BuildStop(Exception):
    """The build cannot go on safely; the message says where and why."""


def pinned(name: str, versions_file: Path = VERSIONS) -> str:
    """A version from scripts/versions.env (NAME=value lines)."""
    for line in versions_file.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() == name:
            return value.strip()
    raise BuildStop(f"{versions_file.name} names no {name}")


# (file, the line that repeats a pin, with its version as the group, pin).
REPEATS = [
    ("Cargo.toml", r'^wasm-bindgen = "=([^"]+)"$', "WASM_BINDGEN_VERSION"),
    ("Trunk.toml", r'^wasm_bindgen = "([^"]+)"$', "WASM_BINDGEN_VERSION"),
    ("Trunk.toml", r'^wasm_opt = "version_([^"]+)"$', "BINARYEN_VERSION"),
    ("package.json", r'^    "binaryen": "(\d+)\.0\.0",?$', "BINARYEN_VERSION"),
]


def repeats(root: Path = ROOT) -> list[tuple[str, str, str | None, str]]:
    """Each repeat of a pin: (file, pin name, the version it repeats or None
    when its line is missing, the pinned version)."""
    out = []
    for file, pattern, name in REPEATS:
        found = re.search(pattern, (root / file).read_text(), re.MULTILINE)
        out.append((file, name, found.group(1) if found else None, pinned(name, root / "scripts" / "versions.env")))
    return out


def check_repeats(script: str, root: Path = ROOT) -> None:
    """Stops the build when a file repeats a pin otherwise than versions.env."""
    wrong = [f"{file} has {name} {found or '(no such line)'}, versions.env {want}"
             for file, name, found, want in repeats(root) if found != want]
    if wrong:
        raise BuildStop(f"{script}: stopped: {'; '.join(wrong)}. "
                        "Run python3 scripts/build/versions.py --write (then npm install if package.json changed).")


def write_repeats(root: Path = ROOT) -> list[str]:
    """Writes scripts/versions.env's pins into the files that repeat them;
    the files it changed."""
    changed = []
    for file, pattern, name in REPEATS:
        path = root / file
        text = path.read_text()
        want = pinned(name, root / "scripts" / "versions.env")
        new, count = re.subn(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + want + m.group(0)[m.end(1) - m.start(0):],
                             text, count=1, flags=re.MULTILINE)
        if count != 1:
            raise BuildStop(f"versions.py: {file} has no line to write {name} into (expected {pattern})")
        if new != text:
            path.write_text(new)
            changed.append(file)
    return changed


def stop(script: str, tool: str, expected: str, found: str, what: str) -> BuildStop:
    return BuildStop(
        f"{script}: stopped before rewriting {what}: it was written for {tool} {expected}, "
        f"but found {found}. Move the pin in scripts/versions.env only as docs/upgrading.md says."
    )


def wasm_bindgen_version(data: bytes) -> str | None:
    """The wasm-bindgen that processed a module, from its producers section."""
    found = wasm_module.producers(data).get("processed-by", {}).get("wasm-bindgen")
    return found.split()[0] if found else None


def check_wasm_bindgen(data: bytes, script: str, expected: str | None = None) -> None:
    expected = expected or pinned("WASM_BINDGEN_VERSION")
    found = wasm_bindgen_version(data)
    if found != expected:
        raise stop(script, "wasm-bindgen", expected, found or "no wasm-bindgen in the wasm's producers section",
                   "wasm-bindgen's output")


def trunk_version(run=subprocess.run) -> str | None:
    try:
        out = run(["trunk", "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    match = re.fullmatch(r"trunk (\S+)\s*", out)
    return match.group(1) if match else None


def check_trunk(script: str, expected: str | None = None, run=subprocess.run) -> None:
    expected = expected or pinned("TRUNK_VERSION")
    found = trunk_version(run)
    if found != expected:
        raise stop(script, "Trunk", expected, f"trunk {found}" if found else "no trunk on PATH",
                   "the page Trunk wrote")


def wasm_opt(run=subprocess.run, path: Path = WASM_OPT, expected: str | None = None) -> Path:
    """The pinned wasm-opt (binaryen from npm), never another one on PATH:
    Debian's binaryen 108 "succeeds" and writes a wasm that dies at start."""
    expected = expected or pinned("BINARYEN_VERSION")
    try:
        out = run([str(path), "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        out = ""
    found = re.search(r"version (\d+)", out)
    if not found or found.group(1) != expected:
        raise BuildStop(
            f"post_build.py: stopped before optimising the wasm: it needs wasm-opt {expected} at {path} "
            f"(binaryen from npm, installed by scripts/setup.sh), but found "
            f"{'wasm-opt ' + found.group(1) if found else 'none there'}"
        )
    return path


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--write"]:
        print("\n".join(write_repeats()) or "every repeat already agrees")
    else:
        try:
            check_repeats("versions.py")
            print("every repeat agrees with scripts/versions.env")
        except BuildStop as stopped:
            sys.exit(str(stopped))
