"""Takes out of a release build what Leptos' server functions put in every
client-side build and this app never uses (1.7 KB gzip of a first visit that
has a budget).

Leptos depends on server_fn, which depends on wasm-streams, whose
`#[wasm_bindgen]` classes (IntoUnderlyingSource, IntoUnderlyingByteSource,
IntoUnderlyingSink) are exported from the wasm. Exports are roots, so neither
the linker nor wasm-opt can drop them, nor the futures code behind them, nor
the JavaScript classes wasm-bindgen writes for them. Nothing in this app makes
a stream, and Leptos has no feature that leaves server_fn out.

So, before the release build's one wasm-opt pass (post_build.py), which then
drops the code only they reached: drop those exports from the wasm, and the
three classes from the JavaScript glue. (The imports they used stay: wasm-opt
keeps imports that live code may still call, and the glue must supply every
one.) Written for wasm-bindgen's output as versions.py pins it; if the glue
does not have that shape after all, the build stops and says so.
"""
import re
from pathlib import Path

import versions
import wasm_module

DEAD_EXPORT = re.compile(r"^(__wbg_)?intounderlying")
DEAD_CLASS = re.compile(r"^export class IntoUnderlying\w+ \{$.*?^\}\n(?:if \(Symbol\.dispose\)[^\n]*\n)?", re.S | re.M)
DEAD_CONST = re.compile(
    r"^const (?:__wbindgen_enum_ReadableStreamType|IntoUnderlying\w+Finalization) = .*?;\n", re.S | re.M
)


def drop_exports(data: bytes) -> tuple[bytes, list[str]]:
    """The module without the stream exports, and their names."""
    exported = wasm_module.exports(data)
    kept = [(name, desc) for name, desc in exported if not DEAD_EXPORT.search(name)]
    dropped = [name for name, _ in exported if DEAD_EXPORT.search(name)]
    return wasm_module.rewrite(data, kept, wasm_module.imports(data)), dropped


def trim_glue(js: str) -> str | None:
    """The glue without the stream classes; None when it does not have the
    shape this was written for."""
    trimmed, classes = DEAD_CLASS.subn("", js)
    trimmed, consts = DEAD_CONST.subn("", trimmed)
    if classes != 3 or consts != 4 or "IntoUnderlying" in trimmed:
        return None
    return trimmed


def trim(dist: Path) -> None:
    for wasm in dist.glob("*_bg.wasm"):
        data, dropped = drop_exports(wasm.read_bytes())
        if not dropped:
            continue
        wasm.write_bytes(data)
        glue = wasm_module.glue_of(wasm)
        js = trim_glue(glue.read_text())
        if js is None:
            raise versions.BuildStop(
                f"trim_streams.py: stopped: {glue.name} does not have the three stream classes and four "
                f"constants of wasm-bindgen {versions.pinned('WASM_BINDGEN_VERSION')}'s glue that it removes"
            )
        glue.write_text(js)
        print(f"post_build: dropped {len(dropped)} unused stream exports from {wasm.name}")
