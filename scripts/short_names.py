"""Gives the wasm's imports, their module and its long exports short names
in a release build (issue 7).

wasm-bindgen names each import after the JavaScript it calls plus a 16-digit
hash (`__wbg_setAttribute_f1d4…`), some exports likewise
(`wasm_bindgen__convert__closures_____invoke__h10c7…`), and both the wasm and
the JavaScript glue spell every name out. Hashes do not compress: the names
cost about 3 KB gzip across the two files. A name is only a label joining the
two (inside the wasm, calls go by index), so renaming it in both,
consistently, changes nothing else.

Imports are renamed only if the glue names every import exactly once, as a key
of its import object; an export only if the glue uses its name nowhere but as
a whole identifier (`wasm.name`, or a function of the same name). Otherwise
the names are kept.
"""
import re
from pathlib import Path

from trim_streams import exports, sections, to_uleb, uleb


def limits(body: bytes, at: int) -> int:
    flags, at = uleb(body, at)
    _, at = uleb(body, at)
    if flags & 1:
        _, at = uleb(body, at)
    return at


def import_entries(body: bytes) -> list[tuple[bytes, str, bytes]]:
    """(module, name, description) of each entry of an import section."""
    count, at = uleb(body, 0)
    entries = []
    for _ in range(count):
        length, at = uleb(body, at)
        module = body[at : at + length]
        at += length
        length, at = uleb(body, at)
        name = body[at : at + length].decode()
        at += length
        start, kind = at, body[at]
        if kind == 0:  # function: type index
            _, at = uleb(body, at + 1)
        elif kind == 1:  # table: reference type, limits
            at = limits(body, at + 2)
        elif kind == 2:  # memory: limits
            at = limits(body, at + 1)
        elif kind == 3:  # global: value type, mutability
            at += 3
        else:  # tag: attribute, type index
            _, at = uleb(body, at + 2)
        entries.append((module, name, body[start:at]))
    return entries


def after_name(entry: bytes) -> bytes:
    """An export entry without its name: the kind and the index."""
    length, at = uleb(entry, 0)
    return entry[at + length :]


def with_names(data: bytes, rename: dict[str, str], module: bytes | None = None) -> bytes:
    out = bytearray(data[:8])
    for kind, body in sections(data):
        if kind == 7:
            entries = exports(body)
            body = to_uleb(len(entries)) + b"".join(
                to_uleb(len(new := rename.get(name, name).encode())) + new + after_name(entry)
                for name, entry in entries
            )
        if kind == 2:
            entries = import_entries(body)
            body = to_uleb(len(entries)) + b"".join(
                to_uleb(len(m := module or old)) + m + to_uleb(len(new := rename.get(name, name).encode())) + new + desc
                for old, name, desc in entries
            )
        out += bytes([kind]) + to_uleb(len(body)) + body
    return bytes(out)


def token(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w$]){re.escape(name)}(?![\w$])")


def import_renames(data: bytes, js: str) -> dict[str, str]:
    names = [name for kind, body in sections(data) if kind == 2 for _, name, _ in import_entries(body)]
    keys = [re.findall(rf"(?<![\w$]){re.escape(name)}(?=\s*:)", js) for name in names]
    if len(set(names)) != len(names) or any(len(k) != 1 or js.count(n) != 1 for k, n in zip(keys, names)):
        return {}
    # `$` and hex digits: no identifier of wasm-bindgen's glue looks like this.
    return {name: f"${i:x}" for i, name in enumerate(names)}


def export_renames(data: bytes, js: str) -> dict[str, str]:
    names = [name for kind, body in sections(data) if kind == 7 for name, _ in exports(body)]
    renames = {}
    # Longest first: a name may begin another (`…invoke__h256c…` and `…invoke__h256c…_13`).
    for i, name in enumerate(sorted((n for n in names if len(n) > 12), key=len, reverse=True)):
        short = f"_{i:x}"
        if len(token(name).findall(js)) == js.count(name) and not token(short).search(js):
            renames[name] = short
            js = token(name).sub(short, js)
    return renames


# The import object's one key, named in every import: wasm-bindgen's module
# name for its glue, `./<crate>_bg.js`.
MODULE = "w"


def module_key(data: bytes, js: str) -> str | None:
    """The glue's quoted key for the imports' module, if every import has that
    one module and the glue names it once."""
    modules = {module for kind, body in sections(data) if kind == 2 for module, _, _ in import_entries(body)}
    if len(modules) != 1:
        return None
    key = '"' + next(iter(modules)).decode() + '"'
    return key if js.count(key) == 1 and re.search(re.escape(key) + r"\s*:", js) else None


def shorten(dist: Path) -> None:
    for wasm in dist.glob("*_bg.wasm"):
        glue = wasm.with_name(wasm.name.removesuffix("_bg.wasm") + ".js")
        js, data = glue.read_text(), wasm.read_bytes()
        imports, exported = import_renames(data, js), export_renames(data, js)
        if not imports:
            print(f"post_build: import names kept: {glue.name} does not name each import once")
        for name, short in {**imports, **exported}.items():
            js = token(name).sub(short, js)
        key = module_key(data, js)
        if key:
            js = js.replace(key, MODULE, 1)
        before = len(data) + len(glue.read_bytes())
        wasm.write_bytes(with_names(data, {**imports, **exported}, MODULE.encode() if key else None))
        glue.write_text(js)
        after = wasm.stat().st_size + glue.stat().st_size
        print(
            f"post_build: {len(imports)} imports and {len(exported)} exports renamed: "
            f"wasm and glue {before} -> {after} bytes"
        )
