//! "Your checks": the results reached in this browser, newest first, each
//! with the day of the check, the FAQ revision it followed and its answer
//! that day; each opens again, and goes on its own or with all the others.
//! Printed or copied, the page is one record of them all, each with its full
//! link.

use licensing_rules::contract::attr;
use licensing_rules::state::checks::MAX_CHECKS;
use licensing_rules::state::{Check, Checks, Screen};

use crate::ui::kept::{self, Kept};
use crate::ui::markup::{dynamic, el, focus_after_render, Element, Markup};
use crate::ui::nav::links::Link;
use crate::ui::nav::rooms::use_nav;
use crate::ui::nav::shareable_url;
use crate::ui::parts::common::{heading, news_class, secondary_button};
use crate::ui::parts::record;
use crate::ui::parts::share::share;
use crate::ui::screen_state::Local;

/// The id of what the last change did: it takes focus, so it is heard.
const SAID_ID: &str = "checks-said";

/// The page's own state: the checks as last read or changed, what the last
/// change did, and whether "Remove all" waits for its confirmation.
struct Shown {
    kept: Kept,
    said: Option<String>,
    confirming: bool,
}

pub fn checks(kept: Kept) -> Markup {
    let shown = Local::new(Shown { kept, said: None, confirming: false });
    let state = shown.clone();
    // A frame whose host has not turned the list on (`embed-checks`) keeps none and lists none.
    let body = if use_nav().location().keeps_checks() {
        dynamic(move || state.with(|now| body(&state, now)))
    } else {
        el("p")
            .text(
                "This page is shown inside another page, whose owner has not turned this list on here. \
                 To keep a record of a result, print it or copy it as text from the result.",
            )
            .into()
    };
    el("div")
        .class("screen screen--checks")
        .attr(attr::PAGE, licensing_rules::contract::page::CHECKS)
        .child(heading("Your checks"))
        .child(el("p").class("lead").text(format!(
            "The results reached in this browser, newest first, up to {MAX_CHECKS}: the day of each check, \
             its answer that day and the link that opens it again. They are kept in this browser only, \
             on no server; the product key check is never kept."
        )))
        .child(body)
        .into()
}

fn notice(text: String) -> Markup {
    el("p").class("notice").attr("role", "status").text(text).into()
}

fn body(state: &Local<Shown>, now: &Shown) -> Markup {
    let nav = use_nav();
    let said = now.said.as_ref().map(|said| {
        el("p").class("notice").attr("id", SAID_ID).attr("tabindex", "-1").text(said.clone()).into()
    });
    let (checks, last_refused) = match &now.kept {
        Kept::Unavailable => return notice(
            "This browser does not let this page keep your checks (its storage is turned off or blocked), \
                 so none are listed. Every check still works; to keep a record of one, print it or copy it \
                 as text from its result."
                .to_owned(),
        ),
        Kept::Checks { checks, last_refused } => (checks, *last_refused),
    };
    let mut notes = Vec::new();
    if checks.foreign {
        notes.push(
            "What this browser keeps under this page's checks was written by another version of this page \
             (or is not a list of checks), so it is left as it is and no check is added to it. Reloading \
             the page may bring the version that reads it; \u{201c}Remove all checks\u{201d} clears it."
                .to_owned(),
        );
    }
    match checks.unreadable.len() {
        0 => {}
        1 => notes.push(
            "One check kept in this browser could not be read (it was changed outside this page, or its \
             link no longer reads as it did before the FAQ changed). It is left as it is; \
             \u{201c}Remove all checks\u{201d} removes it too."
                .to_owned(),
        ),
        n => notes.push(format!(
            "{n} checks kept in this browser could not be read (they were changed outside this page, or \
             their links no longer read as they did before the FAQ changed). They are left as they are; \
             \u{201c}Remove all checks\u{201d} removes them too."
        )),
    }
    if last_refused {
        notes.push(
            "The latest check could not be kept: this browser's storage for this page is full or refused it. \
             Remove checks you no longer need, or print or copy the result to keep it."
                .to_owned(),
        );
    }
    let mut shown: Vec<Markup> = notes.into_iter().map(notice).collect();
    shown.extend(said);
    if checks.list.is_empty() {
        shown.push(
            el("p")
                .text("No checks are listed. Each result you reach is listed here, with the day you reached it. ")
                .child(el("a").text("Choose a question").to(nav.at(Screen::Start)))
                .into(),
        );
    } else {
        shown.push(
            el("ol")
                .class("checks")
                .attr("id", "checks")
                .children(checks.list.iter().map(|c| item(state, c)))
                .into(),
        );
        shown.push(record::listed().into());
        shown.push(share(None));
    }
    if !checks.list.is_empty() || !checks.unreadable.is_empty() || checks.foreign {
        shown.push(remove_all(state, now.confirming).into());
    }
    Markup::List(shown)
}

/// "Remove all checks", and once pressed, the question whether to.
fn remove_all(state: &Local<Shown>, confirming: bool) -> Element {
    if !confirming {
        let ask = state.clone();
        return el("p").class("actions").child(
            secondary_button("Remove all checks").attr("id", "remove-all").on_click(move |_| {
                // Counted as kept now: another tab of this page may have kept more.
                ask.update(|s| {
                    s.kept = kept::load();
                    s.confirming = true;
                });
                focus_after_render("remove-all-yes");
            }),
        );
    }
    let count = state.with_untracked(|s| match &s.kept {
        Kept::Checks { checks, .. } => checks.list.len() + checks.unreadable.len(),
        Kept::Unavailable => 0,
    });
    let (yes, no) = (state.clone(), state.clone());
    el("p")
        .class("checks__confirm")
        .child(el("span").attr("id", "confirm-remove").text(match count {
            1 => "Remove the one check kept in this browser? This cannot be undone. ".to_owned(),
            n => format!("Remove all {n} checks kept in this browser? This cannot be undone. "),
        }))
        .child(
            secondary_button("Remove them all")
                .attr("id", "remove-all-yes")
                .attr("aria-describedby", "confirm-remove")
                .on_click(move |_| {
                    change(&yes, "All your checks were removed.".to_owned(), Checks::default())
                }),
        )
        .child(secondary_button("Keep them").on_click(move |_| {
            no.update(|s| s.confirming = false);
            focus_after_render("remove-all");
        }))
}

/// One check: its topic's question (the link that opens it again), the day
/// it was made and the FAQ revision it followed, its answer that day, its
/// full link (printed and copied), and the button that removes it.
fn item(state: &Local<Shown>, check: &Check) -> Markup {
    let nav = use_nav();
    let Some(topic) = check.topic() else { return Markup::List(Vec::new()) };
    // Opened in this page's settings (a frame stays one), as it was counted.
    let mut to = nav.at(check.location.screen.clone());
    to.as_of = check.location.as_of;
    let day = check.day.long();
    let mut when = format!("Checked on {day} against FAQ revision {}", check.revision);
    if let Some(from) = check.counted_from() {
        when.push_str(&format!(", its dates counted from {}", from.long()));
    }
    when.push_str(". Its answer that day:");
    let removed = format!("The check of \u{201c}{}\u{201d} made on {day} was removed.", topic.asks);
    let (state, this) = (state.clone(), check.clone());
    el("li")
        .class("check")
        .attr(attr::TOPIC, topic.id)
        .child(el("h2").class("check__asks").child(el("a").text(topic.asks).to(to)))
        .child(el("p").class("check__when").text(when))
        .child(el("p").class(news_class(check.news)).text(check.answer.clone()))
        .child(el("p").class("check__link").text(shareable_url(&check.location)))
        .child(
            secondary_button("Remove")
                .attr(
                    "aria-label",
                    format!("Remove the check of \u{201c}{}\u{201d} ({}), {day}", topic.asks, check.answer),
                )
                .on_click(move |_| {
                    // As kept now: another tab of this page may have changed the list since.
                    let mut checks = match kept::load() {
                        Kept::Checks { checks, .. } => checks,
                        Kept::Unavailable => Checks::default(),
                    };
                    let done = match checks.forget(&this) {
                        true => removed.clone(),
                        false => "That check was no longer kept: another tab of this page changed the list. \
                                  Here is the list as it is now."
                            .to_owned(),
                    };
                    change(&state, done, checks);
                }),
        )
        .into()
}

/// Keeps `checks` in place of those kept, and says what was done (or that
/// storage refused it: the list then stays as it was); what was said takes
/// the focus, the button pressed being gone.
fn change(state: &Local<Shown>, done: String, checks: Checks) {
    if kept::replace(&checks) {
        state.set(Shown {
            kept: Kept::Checks { checks, last_refused: false },
            said: Some(done),
            confirming: false,
        });
    } else {
        state.update(|s| {
            s.said = Some(
                "This browser's storage refused the change, so your checks are as they were.".to_owned(),
            );
            s.confirming = false;
        });
    }
    focus_after_render(SAID_ID);
}
