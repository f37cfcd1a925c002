"""Gives the wasm's imports, their module and its long exports short names
in a release build (3.3 KB gzip of a first visit that has a budget).

wasm-bindgen names each import after the JavaScript it calls plus a 16-digit
hash (`__wbg_setAttribute_f1d4…`), some exports likewise
(`wasm_bindgen__convert__closures_____invoke__h10c7…`), and both the wasm and
the JavaScript glue spell every name out. Hashes do not compress: the names
cost about 3 KB gzip across the two files. A name is only a label joining the
two (inside the wasm, calls go by index), so renaming it in both,
consistently, changes nothing else.

Imports are renamed only if the glue names every import exactly once, as a key
of its import object, and the imports' one module once; otherwise the build
stops and says so (the glue is not the shape of the wasm-bindgen versions.py
pins). An export is renamed only if the glue uses its name nowhere but as a
whole identifier (`wasm.name`, or a function of the same name).
"""
import re
from pathlib import Path

import versions
import wasm_module

# The import object's one key, named in every import: wasm-bindgen's module
# name for its glue, `./<crate>_bg.js`.
MODULE = "w"


def token(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w$]){re.escape(name)}(?![\w$])")


def import_renames(imported: list[tuple[bytes, str, bytes]], js: str) -> dict[str, str]:
    names = [name for _, name, _ in imported]
    keys = [re.findall(rf"(?<![\w$]){re.escape(name)}(?=\s*:)", js) for name in names]
    if len(set(names)) != len(names) or any(len(k) != 1 or js.count(n) != 1 for k, n in zip(keys, names)):
        return {}
    # `$` and hex digits: no identifier of wasm-bindgen's glue looks like this.
    return {name: f"${i:x}" for i, name in enumerate(names)}


def export_renames(exported: list[tuple[str, bytes]], js: str) -> dict[str, str]:
    renames = {}
    # Longest first: a name may begin another (`…invoke__h256c…` and `…invoke__h256c…_13`).
    long = sorted((name for name, _ in exported if len(name) > 12), key=len, reverse=True)
    for i, name in enumerate(long):
        short = f"_{i:x}"
        if len(token(name).findall(js)) == js.count(name) and not token(short).search(js):
            renames[name] = short
            js = token(name).sub(short, js)
    return renames


def module_key(imported: list[tuple[bytes, str, bytes]], js: str) -> str | None:
    """The glue's quoted key for the imports' module, if every import has that
    one module and the glue names it once."""
    modules = {module for module, _, _ in imported}
    if len(modules) != 1:
        return None
    key = '"' + next(iter(modules)).decode() + '"'
    return key if js.count(key) == 1 and re.search(re.escape(key) + r"\s*:", js) else None


def shorten(dist: Path) -> None:
    for wasm in dist.glob("*_bg.wasm"):
        glue = wasm_module.glue_of(wasm)
        js, data = glue.read_text(), wasm.read_bytes()
        imported, exported = wasm_module.imports(data), wasm_module.exports(data)
        renames = import_renames(imported, js)
        key = module_key(imported, js)
        if not renames or not key:
            raise versions.BuildStop(
                f"short_names.py: stopped: {glue.name} does not name each of the wasm's {len(imported)} imports, "
                f"and their one module, exactly once, as wasm-bindgen {versions.pinned('WASM_BINDGEN_VERSION')}'s glue does"
            )
        exports_renamed = export_renames(exported, js)
        renames |= exports_renamed
        for name, short in renames.items():
            js = token(name).sub(short, js)
        js = js.replace(key, MODULE, 1)
        module = MODULE.encode()
        before = len(data) + len(glue.read_bytes())
        wasm.write_bytes(
            wasm_module.rewrite(
                data,
                [(renames.get(n, n), d) for n, d in exported],
                [(module, renames.get(n, n), d) for _, n, d in imported],
            )
        )
        glue.write_text(js)
        after = wasm.stat().st_size + glue.stat().st_size
        print(
            f"post_build: {len(renames) - len(exports_renamed)} imports and {len(exports_renamed)} exports "
            f"renamed: wasm and glue {before} -> {after} bytes"
        )
