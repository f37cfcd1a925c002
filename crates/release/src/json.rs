//! JSON as the build writes it: strings, arrays and objects in the order given, compact in
//! the scripts and indented in the files people read (version.json, package.json).

/// A JSON value of the kinds the build writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Str(String),
    Array(Vec<Json>),
    /// Keys in the order written.
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn str(text: impl Into<String>) -> Self {
        Json::Str(text.into())
    }

    pub fn strings<S: AsRef<str>>(items: &[S]) -> Self {
        Json::Array(items.iter().map(|s| Json::str(s.as_ref())).collect())
    }

    /// On one line, `, ` and `: ` between items (as the scripts' placeholders are filled).
    pub fn inline(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, 0);
        out
    }

    /// Indented by two spaces, one item a line, ending in a newline.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(2), 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, depth: usize) {
        let (open, close, items): (char, char, Vec<(Option<&str>, &Json)>) = match self {
            Json::Str(text) => {
                quote(text, out);
                return;
            }
            Json::Array(items) => ('[', ']', items.iter().map(|item| (None, item)).collect()),
            Json::Object(fields) => ('{', '}', fields.iter().map(|(k, v)| (Some(k.as_str()), v)).collect()),
        };
        out.push(open);
        for (i, (key, value)) in items.iter().enumerate() {
            match indent {
                Some(step) => {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    out.push_str(&" ".repeat(step * (depth + 1)));
                }
                None if i > 0 => out.push_str(", "),
                None => {}
            }
            if let Some(key) = key {
                quote(key, out);
                out.push_str(": ");
            }
            value.write(out, indent, depth + 1);
        }
        if let (Some(step), false) = (indent, items.is_empty()) {
            out.push('\n');
            out.push_str(&" ".repeat(step * depth));
        }
        out.push(close);
    }
}

/// A JSON string, ASCII only (anything else escaped), so it reads the same in any encoding.
fn quote(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_as_the_page_and_the_files_had_them() {
        let value = Json::Object(vec![
            ("a".into(), Json::strings(&["x", "y\"é"])),
            ("b".into(), Json::Object(vec![])),
        ]);
        assert_eq!(value.inline(), r#"{"a": ["x", "y\"\u00e9"], "b": {}}"#);
        assert_eq!(value.pretty(), "{\n  \"a\": [\n    \"x\",\n    \"y\\\"\\u00e9\"\n  ],\n  \"b\": {}\n}\n");
        assert_eq!(Json::str("a\\b\nc\rd\te\u{1}😀").inline(), r#""a\\b\nc\rd\te\u0001\ud83d\ude00""#);
    }
}
