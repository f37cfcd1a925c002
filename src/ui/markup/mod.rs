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

mod dom;
mod html;
mod node;

pub use dom::{focus_after_render, mount, Mounted};
#[cfg(not(target_arch = "wasm32"))]
pub use html::json_string;
#[cfg(test)]
pub(crate) use node::VOID;
pub use node::{dynamic, el, Content, Element, Markup};
