//! The view as data: elements, text, links, events and dynamic regions as
//! plain values, rendered by one function on Leptos' renderer.
//!
//! Every `view!` is a type of its own, and Leptos generates build, rebuild,
//! mount and drop code for each: that was two thirds of the wasm (issue 7).
//! Here every element has the same type, so that code exists once. Signals
//! still drive updates: a [`dynamic`] region is rebuilt when a signal it reads
//! changes, and [`Element::attr_live`] updates one attribute in place.

use std::borrow::Cow;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::html::element::custom;
use leptos::tachys::html::event::{on, Custom};
use wasm_bindgen::JsCast;

use super::nav::use_nav;
use crate::state::Location;

pub type Text = Cow<'static, str>;

pub enum Markup {
    Text(Text),
    Element(Element),
    List(Vec<Markup>),
    /// Markup worked out again whenever a signal it reads changes.
    Dynamic(Arc<dyn Fn() -> Markup + Send + Sync>),
    /// A link to another screen of the app. Its `href` is the real URL (so a
    /// new tab or "copy link" works); a plain click moves in place, without a
    /// reload ([`super::nav::Nav::follow`]).
    Link {
        to: Box<Location>,
        change: bool,
        element: Element,
    },
}

pub struct Element {
    tag: &'static str,
    attributes: Vec<(&'static str, Text)>,
    live: Vec<(&'static str, LiveValue)>,
    events: Vec<(&'static str, Handler)>,
    children: Vec<Markup>,
}

type Handler = Arc<dyn Fn(web_sys::Event) + Send + Sync>;
type LiveValue = Arc<dyn Fn() -> Option<String> + Send + Sync>;

/// Markup that follows the signals `make` reads (each change builds it anew).
pub fn dynamic(make: impl Fn() -> Markup + Send + Sync + 'static) -> Markup {
    Markup::Dynamic(Arc::new(make))
}

/// An element: `el("p").class("lead").text("…")`.
pub fn el(tag: &'static str) -> Element {
    Element { tag, attributes: Vec::new(), live: Vec::new(), events: Vec::new(), children: Vec::new() }
}

impl Element {
    pub fn attr(mut self, name: &'static str, value: impl Into<Text>) -> Self {
        self.attributes.push((name, value.into()));
        self
    }

    /// The attribute only when there is a value.
    pub fn attr_if(self, name: &'static str, value: Option<impl Into<Text>>) -> Self {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// An attribute that follows the signals `value` reads, without rebuilding
    /// the element (an input keeps its focus and caret); `None` removes it.
    pub fn attr_live(
        mut self,
        name: &'static str,
        value: impl Fn() -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        self.live.push((name, Arc::new(value)));
        self
    }

    /// Runs `handler` on each `event` (`"click"`, `"input"`, `"change"`, `"submit"`).
    pub fn on(
        mut self,
        event: &'static str,
        handler: impl Fn(web_sys::Event) + Send + Sync + 'static,
    ) -> Self {
        self.events.push((event, Arc::new(handler)));
        self
    }

    pub fn class(self, value: &'static str) -> Self {
        self.attr("class", value)
    }

    pub fn text(mut self, text: impl Into<Text>) -> Self {
        self.children.push(Markup::Text(text.into()));
        self
    }

    pub fn child(mut self, child: impl Into<Markup>) -> Self {
        self.children.push(child.into());
        self
    }

    pub fn children(mut self, children: impl IntoIterator<Item = Markup>) -> Self {
        self.children.extend(children);
        self
    }
}

/// Links: `el("a").class("back-link").text("Back").to(location)`.
impl Element {
    pub fn to(self, to: Location) -> Markup {
        Markup::Link { to: Box::new(to), change: false, element: self }
    }

    pub fn change_to(self, to: Location) -> Markup {
        Markup::Link { to: Box::new(to), change: true, element: self }
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

pub fn render(markup: Markup) -> AnyView {
    match markup {
        Markup::Dynamic(make) => (move || render(make())).into_any(),
        Markup::Link { to, change, element } => {
            let nav = use_nav();
            let element = element.attr("href", nav.href(&to)).on("click", move |ev| {
                if let Some(click) = ev.dyn_ref::<web_sys::MouseEvent>() {
                    nav.follow(click, &to, change);
                }
            });
            render(Markup::Element(element))
        }
        Markup::Text(text) => text.into_owned().into_any(),
        Markup::List(items) => items.into_iter().map(render).collect::<Vec<_>>().into_any(),
        Markup::Element(element) => {
            let (tag, attributes, children) = parts(element);
            custom(tag).add_any_attr(attributes).child(children).into_any()
        }
    }
}

fn parts(element: Element) -> (&'static str, Vec<AnyAttribute>, Vec<AnyView>) {
    let events = element.events.into_iter().map(|(name, handler)| {
        on(Custom::<web_sys::Event>::new(name), move |ev| handler(ev)).into_any_attr()
    });
    let attributes = element
        .attributes
        .into_iter()
        .map(|(name, value)| custom_attribute(name, value.into_owned()).into_any_attr())
        .chain(
            element
                .live
                .into_iter()
                .map(|(name, value)| custom_attribute(name, move || value()).into_any_attr()),
        )
        .chain(events)
        .collect();
    (element.tag, attributes, element.children.into_iter().map(render).collect())
}
