"""Reading and rewriting the parts of a wasm module the release post-processing
touches (short_names.py): the export and import sections;
and reading its `producers` section (which tools made it, versions.py).
Everything else is copied byte for byte."""
from pathlib import Path

CUSTOM, IMPORTS, EXPORTS, CODE, DATA, DATA_COUNT = 0, 2, 7, 10, 11, 12


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


def name_bytes(name: bytes) -> bytes:
    return to_uleb(len(name)) + name


def sections(data: bytes):
    """(id, body) of each section, in order."""
    at = 8
    while at < len(data):
        size, start = uleb(data, at + 1)
        yield data[at], data[start : start + size]
        at = start + size


def read_name(body: bytes, at: int) -> tuple[bytes, int]:
    length, at = uleb(body, at)
    return body[at : at + length], at + length


def limits_end(body: bytes, at: int) -> int:
    flags, at = uleb(body, at)
    _, at = uleb(body, at)
    if flags & 1:
        _, at = uleb(body, at)
    return at


def entries(data: bytes, section: int, read) -> list:
    """What `read(body, at) -> (entry, next at)` makes of each entry of a section."""
    out = []
    for kind, body in sections(data):
        if kind == section:
            count, at = uleb(body, 0)
            for _ in range(count):
                entry, at = read(body, at)
                out.append(entry)
    return out


def read_export(body: bytes, at: int) -> tuple[tuple[str, bytes], int]:
    name, at = read_name(body, at)
    _, end = uleb(body, at + 1)  # kind byte, then index
    return (name.decode(), body[at:end]), end


def read_import(body: bytes, at: int) -> tuple[tuple[bytes, str, bytes], int]:
    module, at = read_name(body, at)
    name, start = read_name(body, at)
    kind = body[start]
    if kind == 0:  # function: type index
        _, end = uleb(body, start + 1)
    elif kind == 1:  # table: reference type, limits
        end = limits_end(body, start + 2)
    elif kind == 2:  # memory: limits
        end = limits_end(body, start + 1)
    elif kind == 3:  # global: value type, mutability
        end = start + 3
    else:  # tag: attribute, type index
        _, end = uleb(body, start + 2)
    return (module, name.decode(), body[start:end]), end


def exports(data: bytes) -> list[tuple[str, bytes]]:
    """(name, kind and index) of each export."""
    return entries(data, EXPORTS, read_export)


def imports(data: bytes) -> list[tuple[bytes, str, bytes]]:
    """(module, name, description) of each import."""
    return entries(data, IMPORTS, read_import)


def rewrite(data: bytes, exported: list[tuple[str, bytes]], imported: list[tuple[bytes, str, bytes]]) -> bytes:
    """The module with these export and import sections, the rest as it was."""
    bodies = {
        EXPORTS: to_uleb(len(exported)) + b"".join(name_bytes(n.encode()) + d for n, d in exported),
        IMPORTS: to_uleb(len(imported)) + b"".join(
            name_bytes(m) + name_bytes(n.encode()) + d for m, n, d in imported
        ),
    }
    out = bytearray(data[:8])
    for kind, body in sections(data):
        body = bodies.get(kind, body)
        out += bytes([kind]) + to_uleb(len(body)) + body
    return bytes(out)


def producers(data: bytes) -> dict[str, dict[str, str]]:
    """The `producers` custom section: {field: {tool: version}}, for example
    {"processed-by": {"wasm-bindgen": "0.2.130 (…)", "rustc": "1.95.0 (…)"}}."""
    out: dict[str, dict[str, str]] = {}
    for kind, body in sections(data):
        if kind != CUSTOM:
            continue
        name, at = read_name(body, 0)
        if name != b"producers":
            continue
        fields, at = uleb(body, at)
        for _ in range(fields):
            field, at = read_name(body, at)
            count, at = uleb(body, at)
            values = out.setdefault(field.decode(), {})
            for _ in range(count):
                tool, at = read_name(body, at)
                version, at = read_name(body, at)
                values[tool.decode()] = version.decode()
    return out


def skeleton(data: bytes) -> bytes:
    """The module with every function body replaced by `unreachable` and no
    data: its imports, exports, types and custom sections as they were, in a
    file small enough to keep as a test fixture."""
    out = bytearray(data[:8])
    for kind, body in sections(data):
        if kind == CODE:
            count, _ = uleb(body, 0)
            body = to_uleb(count) + b"\x03\x00\x00\x0b" * count  # size 3: no locals, unreachable, end
        elif kind == DATA:
            body = to_uleb(0)
        elif kind == DATA_COUNT:
            body = to_uleb(0)
        elif kind == CUSTOM and not read_name(body, 0)[0] == b"producers":
            continue
        out += bytes([kind]) + to_uleb(len(body)) + body
    return bytes(out)


def glue_of(wasm: Path) -> Path:
    """wasm-bindgen's JavaScript for `<name>_bg.wasm`: `<name>.js`."""
    return wasm.with_name(wasm.name.removesuffix("_bg.wasm") + ".js")
