//! A result as a record a partner keeps (an audit, a colleague, a ticket):
//! what a printout or a copied text needs besides what the screen shows.

use licensing_rules::faq::{FAQ_REVISION, FAQ_TITLE};

use crate::ui::markup::{el, Element};
use crate::ui::reactive::document;

/// The day the check was made, the FAQ revision it follows and the link that
/// opens it again. Printed and copied; on screen the share buttons stand for
/// it (style/main.css hides it there). Written at build time (no clock, no
/// address), it says only what it knows.
pub fn record(url: &str) -> Element {
    let checked = match crate::ui::clock::today() {
        Some(day) => format!("Checked on {} against the {FAQ_TITLE}, revision {FAQ_REVISION}.", day.long()),
        None => format!("Checked against the {FAQ_TITLE}, revision {FAQ_REVISION}."),
    };
    el("section")
        .class("record")
        .child(el("p").text(checked))
        .child((!url.is_empty()).then(|| el("p").text("To open this result again:")))
        .child((!url.is_empty()).then(|| el("p").text(url.to_owned())))
}

/// What a printout of the page shows, as plain text for a ticket or an
/// email: the page's text as the browser lays it out (a line per paragraph,
/// heading and item), drawn for that moment as print draws it
/// (`data-as-printed` in style/main.css: the record shown, the controls
/// hidden). Read in one go: the page is never painted so.
pub fn as_text() -> String {
    let (Some(root), Some(body)) = (document().document_element(), document().body()) else {
        return String::new();
    };
    let _ = root.set_attribute(AS_PRINTED, "");
    let text = body.inner_text();
    let _ = root.remove_attribute(AS_PRINTED);
    text.trim().to_owned()
}

/// On the root while [`as_text`] reads the page (style/main.css).
const AS_PRINTED: &str = "data-as-printed";
