//! What shows instead of a screen that cannot be drawn yet: while the
//! rules' words are on their way (or could not come), and when a topic that
//! counts days has none to count from.

use crate::ui::reactive::*;
use licensing_rules::day::AS_OF;
use licensing_rules::model::{Topic, Value};
use licensing_rules::state::Location;

use crate::ui::markup::{el, Markup};
use crate::ui::nav::rooms::use_nav;
use crate::ui::nav::rooms::use_text_pack;
use crate::ui::parts::answer_form::answer_form;
use crate::ui::parts::common::{heading, topic_caption};

/// The words are coming (a moment, usually not seen) or did not come.
pub fn texts(failed: bool) -> Markup {
    let texts = use_text_pack();
    if !failed {
        return el("p").class("loading").attr("role", "status").text("Loading…").into();
    }
    el("div")
        .class("screen")
        .attr("id", "texts-failed")
        .child(heading("This part of the page could not be loaded"))
        .child(el("p").text(
            "Its text did not arrive: the network may be down, or the page was updated meanwhile. \
             Your answers are kept in this page's link. Try again; if that does not help, \
             reload the page.",
        ))
        .child(
            el("p").child(
                el("button")
                    .attr("type", "button")
                    .class("button")
                    .on_click(move |_| texts.load())
                    .text("Try again"),
            ),
        )
        .into()
}

/// The device's clock gives no usable date and the link sets none: ask for
/// the day to count from, and put it in the link as `as-of`.
pub fn clock(topic: &'static Topic) -> Markup {
    let nav = use_nav();
    let on_answer = Callback::new(move |value: Value| {
        if let Value::Date(day) = value {
            let to = Location { as_of: Some(day), ..nav.location() };
            nav.go(to);
        }
    });
    el("div")
        .class("screen")
        .attr("id", "clock-problem")
        .child(topic_caption(topic))
        .child(answer_form(&AS_OF.0, None, true, "Continue", on_answer))
        .into()
}
