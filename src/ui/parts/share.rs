//! Sharing what a screen shows: its link, its text, a printout; and the way
//! to the checks this browser kept.

use licensing_rules::state::Screen;

use crate::ui::markup::{dynamic, el, focus_after_render, Element, Markup};
use crate::ui::nav::links::Link;
use crate::ui::nav::rooms::use_nav;
use crate::ui::parts::common::secondary_button;
use crate::ui::parts::record;
use crate::ui::promise;
use crate::ui::reactive::*;

/// Copy the link to this result (the contract URL, where there is one) or
/// the page as text, or print it.
pub fn share(url: Option<String>) -> Markup {
    // How the last Copy went; both false until the first. Set together, so
    // never both true. (Bool signals rather than one Option<bool>: each
    // signal value type costs about 0.8 KB gzip of code.) `as_text`: whether
    // it was the text, not the link.
    let copied = RwSignal::new(false);
    let copy_failed = RwSignal::new(false);
    let as_text = RwSignal::new(false);
    let copy = move |text: bool, value: String| {
        as_text.set(text);
        copy_to_clipboard(&value, move |ok| {
            copied.set(ok);
            copy_failed.set(!ok);
        });
    };
    let link = url.clone();
    let status = dynamic(move || {
        let text = as_text.get();
        let (done, label, id) = if text {
            ("Text copied.", "Copy this text: ", "share-text")
        } else {
            ("Link copied.", "Copy this link: ", "share-url")
        };
        if copied.get() {
            return el("span").text(done).into();
        }
        if !copy_failed.get() {
            return Markup::List(Vec::new());
        }
        // Where the clipboard is refused: selected, for the reader to copy.
        focus_after_render(id);
        Markup::List(vec![
            el("label").attr("for", id).text(label).into(),
            el("textarea")
                .attr("id", id)
                .class("input input--url")
                .attr("readonly", "")
                .attr("rows", if text { "12" } else { "2" })
                // The same screen as when copied: the same text.
                .text(if text { record::as_text() } else { link.clone().unwrap_or_default() })
                .into(),
        ])
    });
    el("section")
        .class("share")
        .attr("aria-label", "Share or print")
        .child(
            el("p")
                .class("button-row")
                .child(url.map(|url| {
                    secondary_button("Copy link to this result").on_click(move |_| copy(false, url.clone()))
                }))
                .child(secondary_button("Copy as text").on_click(move |_| copy(true, record::as_text())))
                .child(secondary_button("Print").on_click(|_| {
                    let _ = window().print();
                })),
        )
        .child(el("p").attr("aria-live", "polite").class("share__status").child(status))
        .into()
}

/// Writes `text` to the clipboard where the browser allows it, then tells
/// `done` whether it did (no Clipboard API outside secure contexts, or
/// permission refused).
fn copy_to_clipboard(text: &str, done: impl Fn(bool) + 'static) {
    let navigator = window().navigator();
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !available {
        return done(false);
    }
    promise::then(&navigator.clipboard().write_text(text), move |outcome| done(outcome.is_ok()));
}

/// The way to "Your checks", where the page keeps them (a frame only where
/// its host lets it).
pub fn checks_link() -> Option<Element> {
    let nav = use_nav();
    nav.location().keeps_checks().then(|| {
        el("p").class("checks-link").child(el("a").text("Your checks").to(nav.at(Screen::Checks))).text(
            ": the results reached in this browser, with the day of each, to open again, print or copy.",
        )
    })
}
