//! Markup written out, for pages made at build time (`crate::ui::prerender`):
//! as HTML, or as the data the page's first script builds a screen from,
//! with the one escaper for each.

use super::node::{Element, Markup, Part, VOID};
use crate::ui::reactive::*;

impl Markup {
    /// The markup as HTML, as it first renders: dynamic regions and live
    /// attributes as they are now, no listeners.
    /// For pages written at build time (`super::prerender`); the app itself
    /// builds the DOM directly ([`mount`]).
    pub fn write_html(self, out: &mut String) {
        match self {
            Markup::Text(text) => escape_into(out, &text, false),
            Markup::List(items) => items.into_iter().for_each(|item| item.write_html(out)),
            Markup::Dynamic(make) => untrack(make).write_html(out),
            Markup::Element(Element { tag, parts }) => {
                out.push('<');
                out.push_str(tag);
                let mut children = Vec::new();
                for part in parts {
                    let (name, value) = match part {
                        Part::Attribute(name, value) => (name, value.into_owned()),
                        Part::Live(name, value) => match value() {
                            Some(value) => (name, value),
                            None => continue,
                        },
                        Part::Event(..) => continue,
                        Part::Child(child) => {
                            children.push(child);
                            continue;
                        }
                    };
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_into(out, &value, true);
                    out.push('"');
                }
                out.push('>');
                if !VOID.contains(&tag) {
                    children.into_iter().for_each(|child| child.write_html(out));
                    out.push_str("</");
                    out.push_str(tag);
                    out.push('>');
                }
            }
        }
    }
}

/// A node of written markup: an element, or text (adjacent texts joined, as
/// the page's parser would read them from HTML).
#[cfg(not(target_arch = "wasm32"))]
enum Written {
    Element(&'static str, Vec<(&'static str, String)>, Vec<Written>),
    Text(String),
}

#[cfg(not(target_arch = "wasm32"))]
impl Markup {
    /// The markup as the data the page's first script builds a written screen
    /// from (web/start.js): an element is `[tag, {attribute: value}, child…]`
    /// and text a string; as it first renders, like [`Markup::write_html`],
    /// with no `<` anywhere (it goes inside a script element).
    pub fn write_json(self, out: &mut String) {
        let mut nodes = Vec::new();
        self.written(&mut nodes);
        write_all(&nodes, out);
    }

    /// Like [`Markup::write_json`], only what is inside the element with the
    /// id `id` (its children, comma-separated); how many, `None` if there is
    /// no such element.
    pub fn write_json_inside(self, id: &str, out: &mut String) -> Option<usize> {
        let mut nodes = Vec::new();
        self.written(&mut nodes);
        let children = nodes.iter().find_map(|node| node.with_id(id))?;
        write_all(children, out);
        Some(children.len())
    }

    fn written(self, siblings: &mut Vec<Written>) {
        match self {
            Markup::Text(text) if text.is_empty() => {}
            Markup::Text(text) => match siblings.last_mut() {
                Some(Written::Text(before)) => before.push_str(&text),
                _ => siblings.push(Written::Text(text.into_owned())),
            },
            Markup::List(items) => items.into_iter().for_each(|item| item.written(siblings)),
            Markup::Dynamic(make) => untrack(make).written(siblings),
            Markup::Element(Element { tag, parts }) => {
                let (mut attributes, mut children) = (Vec::new(), Vec::new());
                for part in parts {
                    match part {
                        Part::Attribute(name, value) => attributes.push((name, value.into_owned())),
                        Part::Live(name, value) => attributes.extend(value().map(|value| (name, value))),
                        Part::Event(..) => {}
                        // A void element's children are not written (HTML has nowhere to put them).
                        Part::Child(child) if !VOID.contains(&tag) => child.written(&mut children),
                        Part::Child(_) => {}
                    }
                }
                siblings.push(Written::Element(tag, attributes, children));
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_all(nodes: &[Written], out: &mut String) {
    for (i, node) in nodes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        node.write_json(out);
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Written {
    /// The children of the element with the id `id`, here or inside.
    fn with_id(&self, id: &str) -> Option<&[Written]> {
        match self {
            Written::Text(_) => None,
            Written::Element(_, attributes, children) => {
                if attributes.iter().any(|(name, value)| *name == "id" && value == id) {
                    Some(children)
                } else {
                    children.iter().find_map(|child| child.with_id(id))
                }
            }
        }
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Written::Text(text) => json_string(out, text),
            Written::Element(tag, attributes, children) => {
                out.push('[');
                json_string(out, tag);
                out.push_str(",{");
                for (i, (name, value)) in attributes.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json_string(out, name);
                    out.push(':');
                    json_string(out, value);
                }
                out.push('}');
                for child in children {
                    out.push(',');
                    child.write_json(out);
                }
                out.push(']');
            }
        }
    }
}

/// A JSON string, with `<` escaped too (the data goes in a script element).
#[cfg(not(target_arch = "wasm32"))]
pub fn json_string(out: &mut String, text: &str) {
    use std::fmt::Write;
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' => out.push_str("\\u003c"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Text as HTML: `&`, `<` and `>` escaped, and `"` too inside attribute values.
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::markup::{dynamic, el};

    fn html(markup: impl Into<Markup>) -> String {
        let mut out = String::new();
        markup.into().write_html(&mut out);
        out
    }

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let p = el("p").attr("title", "say \"<hi>\" & go").text("<b>1 & 2</b> \"quoted\"");
        assert_eq!(
            html(p),
            "<p title=\"say &quot;&lt;hi&gt;&quot; &amp; go\">&lt;b&gt;1 &amp; 2&lt;/b&gt; \"quoted\"</p>"
        );
    }

    #[test]
    fn void_elements_have_no_closing_tag_and_listeners_are_left_out() {
        let form = el("form")
            .on_submit(|| {})
            .child(el("input").attr("type", "radio").attr_live("checked", || None));
        assert_eq!(html(form), "<form><input type=\"radio\"></form>");
    }

    #[test]
    fn written_data_joins_adjacent_texts_drops_listeners_and_escapes_as_json() {
        let form = el("form")
            .attr("novalidate", "")
            .on_submit(|| {})
            .text("a \"quoted\" ")
            .text("<b> & \\ \n")
            .child(el("input").attr("type", "radio").attr_live("checked", || None).text("dropped"))
            .child(el("br"))
            .text("")
            .child(Markup::List(vec![Markup::Text("x".into()), Markup::Text("y".into())]));
        let mut out = String::new();
        Markup::from(form).write_json(&mut out);
        assert_eq!(
            out,
            r#"["form",{"novalidate":""},"a \"quoted\" \u003cb> & \\ \n",["input",{"type":"radio"}],["br",{}],"xy"]"#
        );
    }

    #[test]
    fn dynamic_regions_and_live_attributes_render_as_they_are_now() {
        let count = RwSignal::new(2);
        let markup = el("p")
            .attr_live("data-count", move || Some(count.get().to_string()))
            .child(dynamic(move || Markup::Text(format!("{} left", count.get()).into())));
        assert_eq!(html(markup), "<p data-count=\"2\">2 left</p>");
    }
}
