"""Takes out of a release build what Leptos' server functions put in every
client-side build and this app never uses (issue 7).

Leptos depends on server_fn, which depends on wasm-streams, whose
`#[wasm_bindgen]` classes (IntoUnderlyingSource, IntoUnderlyingByteSource,
IntoUnderlyingSink) are exported from the wasm. Exports are roots, so neither
the linker nor wasm-opt can drop them, nor the futures code behind them, nor
the JavaScript classes and imports wasm-bindgen writes for them. Nothing in
this app makes a stream, and Leptos has no feature that leaves server_fn out.

So, after Trunk's build: drop those exports from the wasm and run wasm-opt
again (with the flags index.html gives Trunk, read from there), which then
drops the code only they reached; and remove the three classes from the
JavaScript glue. (The imports they used stay: wasm-opt keeps a module's
imports, and the glue must supply every one.) If the glue does not look as
expected (another wasm-bindgen), the JavaScript is left whole, which is still
correct: the classes only name the dropped exports inside methods nobody
calls.
"""
import re
import subprocess
from pathlib import Path

DEAD_EXPORT = re.compile(r"^(__wbg_)?intounderlying")
DEAD_CLASS = re.compile(r"^export class IntoUnderlying\w+ \{$.*?^\}\n(?:if \(Symbol\.dispose\)[^\n]*\n)?", re.S | re.M)
DEAD_CONST = re.compile(
    r"^const (?:__wbindgen_enum_ReadableStreamType|IntoUnderlying\w+Finalization) = .*?;\n", re.S | re.M
)


def uleb(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def to_uleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def sections(data: bytes):
    at = 8
    while at < len(data):
        size, start = uleb(data, at + 1)
        yield data[at], data[start : start + size]
        at = start + size


def exports(body: bytes) -> list[tuple[str, bytes]]:
    """(name, whole entry) of each export in an export section."""
    count, at = uleb(body, 0)
    entries = []
    for _ in range(count):
        start = at
        length, at = uleb(body, at)
        name = body[at : at + length].decode()
        _, at = uleb(body, at + length + 1)  # kind byte, then index
        entries.append((name, body[start:at]))
    return entries


def drop_exports(data: bytes) -> tuple[bytes, list[str]]:
    out, dropped = bytearray(data[:8]), []
    for kind, body in sections(data):
        if kind == 7:
            kept = []
            for name, entry in exports(body):
                if DEAD_EXPORT.search(name):
                    dropped.append(name)
                else:
                    kept.append(entry)
            body = to_uleb(len(kept)) + b"".join(kept)
        out += bytes([kind]) + to_uleb(len(body)) + body
    return bytes(out), dropped


def wasm_opt_flags(index_html: str) -> list[str]:
    level = re.search(r'data-wasm-opt="(\w+)"', index_html)
    params = re.search(r'data-wasm-opt-params="([^"]*)"', index_html)
    return [f"-O{level.group(1) if level else 'z'}", *(params.group(1).split() if params else [])]


def trim_glue(js: str) -> str | None:
    """The glue without the stream classes; None when it does not have the
    shape this was written for."""
    trimmed, classes = DEAD_CLASS.subn("", js)
    trimmed, consts = DEAD_CONST.subn("", trimmed)
    if classes != 3 or consts != 4 or "IntoUnderlying" in trimmed:
        return None
    return trimmed


def trim(dist: Path, wasm_opt: str, index_html: str) -> None:
    for wasm in dist.glob("*_bg.wasm"):
        data, dropped = drop_exports(wasm.read_bytes())
        if not dropped:
            continue
        before = wasm.stat().st_size
        wasm.write_bytes(data)
        subprocess.run([wasm_opt, *wasm_opt_flags(index_html), str(wasm), "-o", str(wasm)], check=True)
        glue = wasm.with_name(wasm.name.removesuffix("_bg.wasm") + ".js")
        js = trim_glue(glue.read_text())
        if js is None:
            print(f"post_build: {glue.name} kept whole: its shape is not the expected one")
        else:
            glue.write_text(js)
        print(f"post_build: dropped {len(dropped)} unused stream exports: {wasm.name} {before} -> {wasm.stat().st_size} bytes")
