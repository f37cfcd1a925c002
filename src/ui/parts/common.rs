//! The small pieces every screen repeats: its heading, its way back, the FAQ
//! entry it cites, a verdict badge, statements with their basis and the FAQ
//! points they rest on, the note on the date worked from, the link to the
//! decision tree, the frame of a tool's screen.

use licensing_rules::contract::attr;
use licensing_rules::faq::{FaqEntry, Point};
use licensing_rules::model::{News, Tool, Topic};
use licensing_rules::state::{Location, Screen};
use licensing_rules::statement::{Basis, Statement};
use licensing_rules::visit::SetDay;
use wasm_bindgen::JsValue;

use crate::ui::markup::{el, Content, Element, Markup};
use crate::ui::nav::links::Link;
use crate::ui::nav::rooms::use_nav;
use crate::ui::nav::HEADING_ID;

/// The app's name: its header, and the end of every page title.
pub const SITE_NAME: &str = "Partner licensing check";

/// A text's words. Screens that show packed texts are drawn only once the
/// pack is here (`super::super::frame`), so a miss is a bug: said in the
/// console (which fails every end-to-end test) and shown as an ellipsis.
pub fn words(text: licensing_rules::text::Text) -> &'static str {
    text.get().unwrap_or_else(|| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Text {:08x} is missing.", text.key())));
        "…"
    })
}

/// A statement in `tag`: its words, after the label of a basis that is not
/// plainly the FAQ's ("General advice, not from the FAQ").
pub fn statement(tag: &'static str, statement: &Statement) -> Element {
    labelled(el(tag), statement.basis).text(words(statement.text))
}

/// `element` marked with `basis` (its `data-basis`), and its label first.
pub fn labelled(element: Element, basis: Basis) -> Element {
    let element = element.attr(attr::BASIS, basis.id());
    match basis.label() {
        Some(label) => element.child(el("span").class("basis").text(label)).text(" "),
        None => element,
    }
}

/// FAQ points, as a list under what rests on them; a point of another
/// entry than `cited` names its entry.
pub fn points(points: &[&'static Point], cited: &'static FaqEntry) -> Option<Element> {
    (!points.is_empty()).then(|| {
        el("ul").class("points").attr("aria-label", "FAQ points").children(points.iter().map(|point| {
            let other = (!std::ptr::eq(point.entry, cited)).then(|| {
                el("span").class("points__entry").text(" (").text(words(point.entry.question)).text(")")
            });
            el("li")
                .class("points__point")
                .child(el("span").class("points__label").text("The FAQ's point, in our words: "))
                .text(words(point.says))
                .child(other)
                .into()
        }))
    })
}

/// On a screen of a topic that works with dates, when a link's `as-of`
/// stands in for today: which day, and a way back to today.
pub fn as_of_note(set_day: Option<SetDay>) -> Option<Element> {
    let SetDay { day: as_of, not_today: other_day } = set_day?;
    let location = use_nav().location();
    // "Not today's date" only when today is known and another day; the link
    // back to today only then.
    let today = other_day.then(|| {
        el("a")
            .attr("id", "use-today")
            .text("Use today's date instead")
            .to(Location { as_of: None, ..location })
    });
    let not_today = if other_day { ", not today's date" } else { "" };
    let said =
        format!("Dates here are worked out as of {}, the day set for this page{not_today}. ", as_of.long());
    Some(el("p").class("as-of-note").attr("id", "as-of-note").attr("role", "note").text(said).child(today))
}

/// A button that does something on the page (never a form's submit), in the
/// secondary style.
pub fn secondary_button(label: &'static str) -> Element {
    el("button").attr("type", "button").class("button button--secondary").text(label)
}

/// The screen's main heading: it takes focus after a move, so screen readers
/// announce the new screen.
pub fn heading(text: impl Into<Content>) -> Element {
    el("h1").attr("id", HEADING_ID).attr("tabindex", "-1").text(text)
}

/// The line above a topic's screen that names the topic.
pub fn topic_caption(topic: &Topic) -> Element {
    el("p").class("caption").child(el("span").class("caption__topic").text(topic.title))
}

/// "Back", to `to`.
pub fn back_link(to: Location) -> Element {
    el("a").class("back-link").text("Back").to(to)
}

/// The FAQ entry a screen rests on: its section and question.
pub fn citation(entry: &'static FaqEntry) -> Element {
    el("p")
        .class("result__faq")
        .child(el("span").class("result__faq-section").text(entry.section.title()))
        .text(" › ")
        .child(el("q").text(words(entry.question)))
}

/// A badge's colour says whether its answer is good news for the reader
/// (the verdicts' colours: good, bad, open).
pub fn news_class(news: News) -> &'static str {
    match news {
        News::Good => "verdict verdict--eligible",
        News::Bad => "verdict verdict--not-eligible",
        News::Open => "verdict verdict--conditional",
    }
}

/// The link to a topic's decision tree, for its question and result screens.
pub fn tree_link(topic: &'static Topic) -> Element {
    let nav = use_nav();
    let to = nav.at(Screen::Tree(topic));
    el("p").class("tree-link").child(el("a").text("How this is decided").to(to))
}

/// The frame of a tool's screen: a way back to the topics, its title and
/// question, what it shows, and the FAQ entry it rests on. `data-page` (the
/// contract's hook) carries its id.
pub fn tool_screen(tool: &'static Tool, body: Markup) -> Markup {
    let nav = use_nav();
    let back = nav.at(Screen::Start);
    el("div")
        .class("screen")
        .attr(attr::PAGE, tool.id)
        .child(back_link(back))
        .child(el("p").class("caption").text(tool.title))
        .child(heading(tool.asks))
        .child(body)
        .child(el("h2").text("FAQ entry"))
        .child(citation(tool.faq))
        .into()
}
