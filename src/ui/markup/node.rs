//! The view's values: text, elements with their attributes, listeners and
//! children, and dynamic regions; the builder calls that make them.

use std::borrow::Cow;

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
    pub(super) tag: &'static str,
    pub(super) parts: Vec<Part>,
}

pub(super) enum Part {
    Attribute(&'static str, Content),
    Live(&'static str, Box<dyn Fn() -> Option<String>>),
    Event(Handler),
    Child(Markup),
}

/// What the view listens to, each with its handler's own type: a typo in an
/// event's name is a compile error, not a listener that never fires. Boxed
/// as they are, so the code that adapts them to the DOM exists once.
pub(super) enum Handler {
    /// A click (also a keyboard's Enter on a link or Space on a button).
    Click(Box<dyn Fn(&web_sys::MouseEvent)>),
    /// Each change of an input's text, with the text as it is now.
    Input(Box<dyn Fn(String)>),
    /// A radio button or checkbox chosen.
    Change(Box<dyn Fn()>),
    /// A form submitted; the page's own submission is prevented first.
    Submit(Box<dyn Fn()>),
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

/// Elements that have no closing tag in HTML (and so no children): the one
/// list of them.
pub(crate) const VOID: [&str; 5] = ["br", "hr", "img", "input", "meta"];
