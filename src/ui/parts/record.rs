//! A result as a record a partner keeps (an audit, a colleague, a ticket):
//! what a printout or a copied text needs besides what the screen shows.

use licensing_rules::faq::{FAQ_REVISION, FAQ_TITLE};
use licensing_rules::state::Location;
use licensing_rules::visit::Visit;

use crate::ui::markup::{el, Element};
use crate::ui::nav::shareable_url;
use crate::ui::reactive::document;

/// The day the check was made, the FAQ revision it follows, the day its
/// dates count from (where it counts any) and the link that opens it again
/// (`location`, as [`reopening`] gives it), counting from that day. Printed and copied; on screen the share buttons
/// stand for it (style/main.css hides it there). Written at build time (no
/// clock, no address), it says only what it knows.
pub fn record(visit: &Visit, location: &Location) -> Element {
    let today = crate::ui::clock::today();
    let checked = match today {
        Some(day) => format!("Checked on {} against the {FAQ_TITLE}, revision {FAQ_REVISION}.", day.long()),
        None => format!("Checked against the {FAQ_TITLE}, revision {FAQ_REVISION}."),
    };
    let counted =
        location.as_of.filter(|_| visit.view.counts_from_day()).map(|day| match today == Some(day) {
            true => format!("Its dates are counted from {}, the day of the check.", day.long()),
            false => format!("Its dates are counted from {}, the day set in its link.", day.long()),
        });
    let url = shareable_url(location);
    el("section")
        .class("record")
        .child(el("p").text(checked))
        .child(counted.map(|counted| el("p").text(counted)))
        .child((!url.is_empty()).then(|| el("p").text("To open this result again:")))
        .child((!url.is_empty()).then(|| el("p").text(url)))
}

/// The link that opens `visit`'s screen again as it shows today (a screen
/// counted from the day: counted from today, `as-of`), as its record, its
/// copied link and its kept check give it.
pub fn reopening(visit: &Visit) -> Location {
    match crate::ui::clock::today() {
        Some(day) => visit.reopened(day),
        None => visit.location.shared(),
    }
}

/// What a printed or copied list of checks is a record of, and the day it
/// was listed.
pub fn listed() -> Element {
    let listed = match crate::ui::clock::today() {
        Some(day) => format!("Listed on {}. ", day.long()),
        None => String::new(),
    };
    el("section").class("record").child(el("p").text(format!(
        "{listed}Each check is as this page worked it out on its day, from the {FAQ_TITLE} at the revision \
         it names. Its link opens the same answers again, worked out by the rules of the day it is opened."
    )))
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
