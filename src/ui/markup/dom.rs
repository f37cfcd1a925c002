//! Markup put on the page: the DOM built with the document's own calls,
//! listeners attached, and dynamic regions and live attributes kept up to
//! date by render effects, until the [`Mounted`] handle is dropped.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::node::{Element, Handler, Markup, Part};
use crate::ui::reactive::*;

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
