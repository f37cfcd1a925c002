//! The view as data: elements, text, events and dynamic regions as plain
//! values, put on the page by one function ([`mount`]) with the DOM's
//! own calls, and kept up to date by Leptos' signals and render effects.
//!
//! Why not `view!` and Leptos' renderer (tachys): every `view!` is a type of
//! its own with build, rebuild, mount and drop code generated for it, and the
//! renderer's type-erased views and attributes cost about 11 KB gzip more
//! than this file, in a page whose first visit must stay within 90 KiB.
//! Here every element has the same type, so that
//! code exists once. A [`dynamic`] region is built anew when a signal it reads
//! changes (its old listeners and effects are dropped with it);
//! [`Element::attr_live`] updates one attribute in place, so an input keeps
//! its focus and caret.
//!
//! It knows nothing of navigation: a link to another screen is an element
//! like any other, given its `href` and click by `super::nav`.

use std::borrow::Cow;

use crate::ui::reactive::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub type Content = Cow<'static, str>;

pub enum Markup {
    Text(Content),
    Element(Element),
    List(Vec<Markup>),
    /// Markup worked out again whenever a signal it reads changes.
    Dynamic(Box<dyn Fn() -> Markup>),
}

/// An element is its tag and its parts in order. Kept this small (two
/// words) on purpose: each builder call moves it, in code repeated at every
/// call site.
pub struct Element {
    tag: &'static str,
    parts: Vec<Part>,
}

enum Part {
    Attribute(&'static str, Content),
    Live(&'static str, Box<dyn Fn() -> Option<String>>),
    Event(Handler),
    Child(Markup),
}

/// What the view listens to, each with its handler's own type: a typo in an
/// event's name is a compile error, not a listener that never fires. Boxed
/// as they are, so the code that adapts them to the DOM exists once.
enum Handler {
    /// A click (also a keyboard's Enter on a link or Space on a button).
    Click(Box<dyn Fn(&web_sys::MouseEvent)>),
    /// Each change of an input's text, with the text as it is now.
    Input(Box<dyn Fn(String)>),
    /// A radio button or checkbox chosen.
    Change(Box<dyn Fn()>),
    /// A form submitted; the page's own submission is prevented first.
    Submit(Box<dyn Fn()>),
}

impl Handler {
    /// The DOM event's name, and a listener that hands it on.
    fn listener(self) -> (&'static str, Closure<dyn Fn(web_sys::Event)>) {
        let (name, listener): (_, Box<dyn Fn(web_sys::Event)>) = match self {
            Handler::Click(handler) => (
                "click",
                Box::new(move |ev| {
                    if let Some(click) = ev.dyn_ref::<web_sys::MouseEvent>() {
                        handler(click)
                    }
                }),
            ),
            Handler::Input(handler) => ("input", Box::new(move |ev| handler(event_target_value(&ev)))),
            Handler::Change(handler) => ("change", Box::new(move |_| handler())),
            Handler::Submit(handler) => (
                "submit",
                Box::new(move |ev| {
                    ev.prevent_default();
                    handler()
                }),
            ),
        };
        (name, Closure::wrap(listener))
    }
}

/// Markup that follows the signals `make` reads (each change builds it anew).
pub fn dynamic(make: impl Fn() -> Markup + 'static) -> Markup {
    Markup::Dynamic(Box::new(make))
}

/// An element: `el("p").class("lead").text("…")`.
// Not inlined: there are a hundred and fifty call sites (-0.7 KB gzip).
#[inline(never)]
pub fn el(tag: &'static str) -> Element {
    Element { tag, parts: Vec::new() }
}

impl Element {
    fn part(mut self, part: Part) -> Self {
        self.parts.push(part);
        self
    }

    pub fn attr(self, name: &'static str, value: impl Into<Content>) -> Self {
        self.part(Part::Attribute(name, value.into()))
    }

    /// The attribute only when there is a value.
    pub fn attr_if(self, name: &'static str, value: Option<impl Into<Content>>) -> Self {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// An attribute that follows the signals `value` reads, without rebuilding
    /// the element (an input keeps its focus and caret); `None` removes it.
    pub fn attr_live(self, name: &'static str, value: impl Fn() -> Option<String> + 'static) -> Self {
        self.part(Part::Live(name, Box::new(value)))
    }

    /// A click (also a keyboard's Enter on a link or Space on a button).
    pub fn on_click(self, handler: impl Fn(&web_sys::MouseEvent) + 'static) -> Self {
        self.part(Part::Event(Handler::Click(Box::new(handler))))
    }

    /// Each change of an input's text, with the text as it is now.
    pub fn on_input(self, handler: impl Fn(String) + 'static) -> Self {
        self.part(Part::Event(Handler::Input(Box::new(handler))))
    }

    /// A radio button or checkbox chosen.
    pub fn on_change(self, handler: impl Fn() + 'static) -> Self {
        self.part(Part::Event(Handler::Change(Box::new(handler))))
    }

    /// A form submitted; the page's own submission is prevented first.
    pub fn on_submit(self, handler: impl Fn() + 'static) -> Self {
        self.part(Part::Event(Handler::Submit(Box::new(handler))))
    }

    pub fn class(self, value: &'static str) -> Self {
        self.attr("class", value)
    }

    pub fn text(self, text: impl Into<Content>) -> Self {
        self.child(Markup::Text(text.into()))
    }

    pub fn child(self, child: impl Into<Markup>) -> Self {
        self.part(Part::Child(child.into()))
    }

    pub fn children(mut self, children: impl IntoIterator<Item = Markup>) -> Self {
        self.parts.extend(children.into_iter().map(Part::Child));
        self
    }
}

impl From<Element> for Markup {
    fn from(element: Element) -> Markup {
        Markup::Element(element)
    }
}

impl From<&'static str> for Markup {
    fn from(text: &'static str) -> Markup {
        Markup::Text(Cow::Borrowed(text))
    }
}

impl From<Option<Element>> for Markup {
    fn from(element: Option<Element>) -> Markup {
        Markup::List(element.map(Markup::Element).into_iter().collect())
    }
}

/// Focuses the element with this id once the current render is on the page
/// (regions rebuild on the next microtask, so not at once); a read-only text
/// field (something to copy by hand) with its text selected.
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        if let Some(element) =
            document().get_element_by_id(&id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
            // (`select` is the text fields' own, not an element's.)
            if element.has_attribute("readonly") {
                if let Ok(select) = js_sys::Reflect::get(&element, &"select".into()) {
                    if let Some(select) = select.dyn_ref::<js_sys::Function>() {
                        let _ = select.call0(&element);
                    }
                }
            }
        }
    });
}

/// What keeps rendered markup working: its event listeners and the effects
/// behind its dynamic regions and live attributes. Dropping it stops them.
type Keep = Vec<Box<dyn Kept>>;

/// Anything, held only to be dropped later (unlike `dyn Any`, no type-id
/// code per kept type).
trait Kept {}
impl<T> Kept for T {}

/// Markup on the page, until dropped: then its nodes are removed and its
/// listeners, effects and reactive scope go with them.
pub struct Mounted {
    nodes: Vec<web_sys::Node>,
    _keep: Keep,
    owner: Owner,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        for node in &self.nodes {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
        self.owner.cleanup();
    }
}

/// Renders `make()` at the end of `parent`, in a reactive scope of its own.
pub fn mount(parent: &web_sys::Node, make: impl FnOnce() -> Markup) -> Mounted {
    // Effects rerun on the browser's microtask queue; an error only means
    // an earlier mount set that up already.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let document = document();
    let fragment = document.create_document_fragment();
    let mut keep = Keep::new();
    owner.with(|| build(make(), &document, &fragment, &mut keep));
    let children = fragment.child_nodes();
    let nodes = (0..children.length()).filter_map(|i| children.item(i)).collect();
    let _ = parent.append_child(&fragment);
    Mounted { nodes, _keep: keep, owner }
}

fn build(markup: Markup, document: &web_sys::Document, parent: &web_sys::Node, keep: &mut Keep) {
    match markup {
        Markup::Text(text) => {
            let _ = parent.append_child(&document.create_text_node(&text));
        }
        Markup::List(items) => {
            for item in items {
                build(item, document, parent, keep);
            }
        }
        Markup::Element(element) => {
            if let Some(node) = build_element(element, document, keep) {
                let _ = parent.append_child(&node);
            }
        }
        Markup::Dynamic(make) => {
            // The region is what lies between two empty comments.
            let start = document.create_comment("");
            let end = document.create_comment("");
            let _ = parent.append_child(&start);
            let _ = parent.append_child(&end);
            let document = document.clone();
            let effect = RenderEffect::new(move |previous: Option<Keep>| {
                drop(previous);
                while let Some(node) = start.next_sibling() {
                    if node == **end || end.parent_node().and_then(|p| p.remove_child(&node).ok()).is_none() {
                        break;
                    }
                }
                let markup = make();
                let fragment = document.create_document_fragment();
                let mut keep = Keep::new();
                untrack(|| build(markup, &document, &fragment, &mut keep));
                if let Some(parent) = end.parent_node() {
                    let _ = parent.insert_before(&fragment, Some(&end));
                }
                keep
            });
            keep.push(Box::new(effect));
        }
    }
}

fn build_element(
    element: Element,
    document: &web_sys::Document,
    keep: &mut Keep,
) -> Option<web_sys::Element> {
    let node = document.create_element(element.tag).ok()?;
    for part in element.parts {
        match part {
            Part::Attribute(name, value) => {
                let _ = node.set_attribute(name, &value);
            }
            Part::Live(name, value) => {
                let target = node.clone();
                keep.push(Box::new(RenderEffect::new(move |_| {
                    let _ = match value() {
                        Some(value) => target.set_attribute(name, &value),
                        None => target.remove_attribute(name),
                    };
                })));
            }
            Part::Event(handler) => {
                let (name, listener) = handler.listener();
                let _ = node.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
                keep.push(Box::new(listener));
            }
            Part::Child(child) => build(child, document, &node, keep),
        }
    }
    Some(node)
}

/// Elements that have no closing tag in HTML (and so no children): the one
/// list of them.
pub(crate) const VOID: [&str; 5] = ["br", "hr", "img", "input", "meta"];

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
