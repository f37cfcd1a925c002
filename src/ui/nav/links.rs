//! Links to other screens of the app: `el("a").text("Back").to(location)`.
//! The `href` is the real URL (so a new tab or "copy link" works); a plain
//! click moves in place, without a reload.

use licensing_rules::model::{Answers, Question, Topic, Value};
use licensing_rules::state::{Location, Screen};

use super::rooms::use_nav;
use super::{address, Nav};
use crate::ui::markup::Element;

pub trait Link {
    fn to(self, to: Location) -> Element;
    /// A Change link: answering the question it leads to keeps the later
    /// answers that still apply.
    fn change_to(self, to: Location) -> Element;
}

impl Link for Element {
    fn to(self, to: Location) -> Element {
        link(self, to, false)
    }

    fn change_to(self, to: Location) -> Element {
        link(self, to, true)
    }
}

fn link(element: Element, to: Location, change: bool) -> Element {
    let nav = use_nav();
    element.attr("href", address::href(&to)).on_click(move |click| follow(nav, click, &to, change))
}

/// A click on a link to `to`: a plain click moves in place (a Change link
/// through [`Nav::go_change`]); modified clicks are left to the browser (new
/// tab, new window).
fn follow(nav: Nav, ev: &web_sys::MouseEvent, to: &Location, change: bool) {
    if plain_click(ev) {
        ev.prevent_default();
        if change {
            nav.go_change(to.clone());
        } else {
            nav.go(to.clone());
        }
    }
}

/// A left click without modifier keys: the one a link should handle in place.
/// Other clicks (new tab, new window) keep the browser's behaviour.
fn plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// Where Back leads from a topic screen reached by `path`: the last answer
/// undone (answers kept for later questions stay), or the topics when there
/// is none.
pub fn back_from(
    topic: &'static Topic,
    path: &[(&'static Question, Value)],
    later: &[(&'static Question, Value)],
) -> Screen {
    match path.split_last() {
        Some((_, before)) => Screen::Topic { topic, answers: Answers::of_both(before, later) },
        None => Screen::Start,
    }
}
