//! Reading and rewriting the parts of a wasm module the release steps touch: the import and
//! export sections (short names), and the `producers` section (which tools made it). Everything
//! else is copied byte for byte. A module that does not parse stops the build, never a panic.

use std::path::{Path, PathBuf};

pub const CUSTOM: u8 = 0;
pub const IMPORTS: u8 = 2;
pub const EXPORTS: u8 = 7;
pub const CODE: u8 = 10;
pub const DATA: u8 = 11;
pub const DATA_COUNT: u8 = 12;

/// Why a module could not be read.
pub type Malformed = String;

/// An import: its module, its name, and the rest of its entry (kind and description) as bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    pub module: Vec<u8>,
    pub name: String,
    pub description: Vec<u8>,
}

/// An export: its name, and its kind and index as bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub name: String,
    pub description: Vec<u8>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, Malformed> {
        let byte = *self.bytes.get(self.at).ok_or("the module ends too soon")?;
        self.at += 1;
        Ok(byte)
    }

    fn uleb(&mut self) -> Result<u64, Malformed> {
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            let byte = self.byte()?;
            if shift > 63 {
                return Err("a number too long".into());
            }
            value |= u64::from(byte & 0x7f) << shift;
            shift += 7;
            if byte < 0x80 {
                return Ok(value);
            }
        }
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], Malformed> {
        let end = self
            .at
            .checked_add(len)
            .filter(|end| *end <= self.bytes.len())
            .ok_or("the module ends too soon")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn name(&mut self) -> Result<&'a [u8], Malformed> {
        let len = self.uleb()? as usize;
        self.take(len)
    }

    fn text(&mut self) -> Result<String, Malformed> {
        String::from_utf8(self.name()?.to_vec()).map_err(|_| "a name that is not UTF-8".into())
    }

    fn limits(&mut self) -> Result<(), Malformed> {
        let flags = self.uleb()?;
        self.uleb()?;
        if flags & 1 == 1 {
            self.uleb()?;
        }
        Ok(())
    }
}

pub fn to_uleb(mut value: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        out.push(byte | if value == 0 { 0 } else { 0x80 });
        if value == 0 {
            return out;
        }
    }
}

pub fn name_bytes(name: &[u8]) -> Vec<u8> {
    let mut out = to_uleb(name.len() as u64);
    out.extend_from_slice(name);
    out
}

/// (id, body) of each section, in order.
pub fn sections(data: &[u8]) -> Result<Vec<(u8, &[u8])>, Malformed> {
    if data.len() < 8 || &data[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut reader = Reader { bytes: data, at: 8 };
    let mut out = Vec::new();
    while reader.at < data.len() {
        let id = reader.byte()?;
        let size = reader.uleb()? as usize;
        out.push((id, reader.take(size)?));
    }
    Ok(out)
}

fn entries<T>(
    data: &[u8],
    section: u8,
    mut read: impl FnMut(&mut Reader) -> Result<T, Malformed>,
) -> Result<Vec<T>, Malformed> {
    let mut out = Vec::new();
    for (id, body) in sections(data)? {
        if id == section {
            let mut reader = Reader { bytes: body, at: 0 };
            for _ in 0..reader.uleb()? {
                out.push(read(&mut reader)?);
            }
        }
    }
    Ok(out)
}

pub fn exports(data: &[u8]) -> Result<Vec<Export>, Malformed> {
    entries(data, EXPORTS, |r| {
        let name = r.text()?;
        let start = r.at;
        r.byte()?;
        r.uleb()?;
        Ok(Export { name, description: r.bytes[start..r.at].to_vec() })
    })
}

pub fn imports(data: &[u8]) -> Result<Vec<Import>, Malformed> {
    entries(data, IMPORTS, |r| {
        let module = r.name()?.to_vec();
        let name = r.text()?;
        let start = r.at;
        match r.byte()? {
            0 => drop(r.uleb()?), // a function: its type
            1 => {
                r.byte()?; // a table: its reference type, its limits
                r.limits()?;
            }
            2 => r.limits()?,      // a memory
            3 => drop(r.take(2)?), // a global: value type, mutability
            _ => {
                r.byte()?; // a tag: attribute, type
                r.uleb()?;
            }
        }
        Ok(Import { module, name, description: r.bytes[start..r.at].to_vec() })
    })
}

/// The module with these export and import sections, the rest as it was.
pub fn rewrite(data: &[u8], exported: &[Export], imported: &[Import]) -> Result<Vec<u8>, Malformed> {
    let sections = sections(data)?;
    let mut exports_body = to_uleb(exported.len() as u64);
    for export in exported {
        exports_body.extend(name_bytes(export.name.as_bytes()));
        exports_body.extend(&export.description);
    }
    let mut imports_body = to_uleb(imported.len() as u64);
    for import in imported {
        imports_body.extend(name_bytes(&import.module));
        imports_body.extend(name_bytes(import.name.as_bytes()));
        imports_body.extend(&import.description);
    }
    let mut out = data[..8].to_vec();
    for (id, body) in sections {
        let body = match id {
            EXPORTS => &exports_body[..],
            IMPORTS => &imports_body[..],
            _ => body,
        };
        push_section(&mut out, id, body);
    }
    Ok(out)
}

pub fn push_section(out: &mut Vec<u8>, id: u8, body: &[u8]) {
    out.push(id);
    out.extend(to_uleb(body.len() as u64));
    out.extend_from_slice(body);
}

/// A field of the `producers` section: its name and each (tool, version), for example
/// `("processed-by", [("wasm-bindgen", "0.2.130 (…)"), …])`.
pub type Producers = (String, Vec<(String, String)>);

/// The `producers` custom section.
pub fn producers(data: &[u8]) -> Result<Vec<Producers>, Malformed> {
    let mut out = Vec::new();
    for (id, body) in sections(data)? {
        let mut r = Reader { bytes: body, at: 0 };
        if id != CUSTOM || r.name()? != b"producers" {
            continue;
        }
        for _ in 0..r.uleb()? {
            let field = r.text()?;
            let mut tools = Vec::new();
            for _ in 0..r.uleb()? {
                tools.push((r.text()?, r.text()?));
            }
            out.push((field, tools));
        }
    }
    Ok(out)
}

/// The `producers` section's body for these fields.
pub fn producers_body(fields: &[Producers]) -> Vec<u8> {
    let mut body = name_bytes(b"producers");
    body.extend(to_uleb(fields.len() as u64));
    for (field, tools) in fields {
        body.extend(name_bytes(field.as_bytes()));
        body.extend(to_uleb(tools.len() as u64));
        for (tool, version) in tools {
            body.extend(name_bytes(tool.as_bytes()));
            body.extend(name_bytes(version.as_bytes()));
        }
    }
    body
}

/// The module with every function body `unreachable` and no data: its imports, exports, types,
/// producers and target features as they were, in a file small enough to keep as a test fixture.
pub fn skeleton(data: &[u8]) -> Result<Vec<u8>, Malformed> {
    let sections = sections(data)?;
    let mut out = data[..8].to_vec();
    for (id, body) in sections {
        let body = match id {
            CODE => {
                let count = Reader { bytes: body, at: 0 }.uleb()?;
                let mut stub = to_uleb(count);
                for _ in 0..count {
                    stub.extend([3, 0, 0, 0x0b]); // size 3: no locals, unreachable, end
                }
                stub
            }
            DATA | DATA_COUNT => to_uleb(0),
            // Kept: which tools made it, and the features wasm-opt must allow to read it.
            CUSTOM if !matches!(Reader { bytes: body, at: 0 }.name()?, b"producers" | b"target_features") => {
                continue
            }
            _ => body.to_vec(),
        };
        push_section(&mut out, id, &body);
    }
    Ok(out)
}

/// wasm-bindgen's JavaScript for `<name>_bg.wasm`: `<name>.js`.
pub fn glue_of(wasm: &Path) -> PathBuf {
    let name = wasm.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    wasm.with_file_name(format!("{}.js", name.strip_suffix("_bg.wasm").unwrap_or(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for value in [0, 1, 127, 128, 300, 1 << 40, u64::MAX] {
            let bytes = to_uleb(value);
            assert_eq!(Reader { bytes: &bytes, at: 0 }.uleb(), Ok(value));
        }
    }

    #[test]
    fn a_number_longer_than_ten_bytes_is_told() {
        let long = [0x80u8; 11].iter().copied().chain([0]).collect::<Vec<u8>>();
        assert!(Reader { bytes: &long, at: 0 }.uleb().is_err());
    }

    #[test]
    fn imports_of_every_kind_are_read_to_their_end() {
        // A memory (with a maximum), a table (without), a global, then a function.
        let mut body = to_uleb(4);
        for (name, kind) in
            [("m", &[2u8, 1, 1, 5][..]), ("t", &[1, 0x70, 0, 1]), ("g", &[3, 0x7f, 0]), ("f", &[0, 0])]
        {
            body.extend(name_bytes(b"w"));
            body.extend(name_bytes(name.as_bytes()));
            body.extend(kind);
        }
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        push_section(&mut module, IMPORTS, &body);
        let read: Vec<String> = imports(&module).unwrap().into_iter().map(|i| i.name).collect();
        assert_eq!(read, ["m", "t", "g", "f"]);
    }

    #[test]
    fn a_skeleton_keeps_the_shape_and_drops_the_work() {
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        assert_eq!(sections(&module).unwrap(), [], "a module of its header alone");
        push_section(&mut module, IMPORTS, &[0]);
        push_section(&mut module, CODE, &[2, 4, 0, 0x41, 0, 0x0b, 3, 0, 0x01, 0x0b]);
        push_section(&mut module, DATA, &[1, 0, 0x41, 0, 0x0b, 2, 7, 7]);
        push_section(&mut module, DATA_COUNT, &[1]);
        let mut producers = name_bytes(b"producers");
        producers.extend([0]);
        push_section(&mut module, CUSTOM, &producers);
        let mut names = name_bytes(b"name");
        names.extend([9, 9]);
        push_section(&mut module, CUSTOM, &names);
        let skeleton = skeleton(&module).unwrap();
        let kept = sections(&skeleton).unwrap();
        let ids: Vec<u8> = kept.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, [IMPORTS, CODE, DATA, DATA_COUNT, CUSTOM], "the name section goes");
        assert_eq!(kept[1].1, [2, 3, 0, 0, 0x0b, 3, 0, 0, 0x0b], "each body unreachable");
        assert_eq!((kept[2].1, kept[3].1), (&[0u8][..], &[0u8][..]), "no data");
        assert_eq!(kept[4].1, &producers[..]);
    }

    #[test]
    fn a_broken_module_is_told_not_a_panic() {
        assert!(sections(b"not wasm").is_err());
        assert!(skeleton(b"\0asm").is_err() && rewrite(b"", &[], &[]).is_err());
        assert!(imports(b"\0asm\x01\0\0\0\x02\x05\x01").is_err());
    }
}
