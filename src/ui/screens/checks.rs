//! "Your checks": every result this browser reached, newest first, with its
//! answer, the day of the check and the FAQ revision it followed; each opens
//! again, and goes on its own or with all the others. Printed or copied, the
//! page is one record of them all, each with its full link.

use licensing_rules::contract::attr;
use licensing_rules::state::{Check, Checks, Screen};

use crate::ui::kept::{self, Kept};
use crate::ui::markup::{dynamic, el, focus_after_render, Element, Markup};
use crate::ui::nav::links::Link;
use crate::ui::nav::rooms::use_nav;
use crate::ui::nav::{shareable_url, HEADING_ID};
use crate::ui::parts::common::{heading, news_class};
use crate::ui::parts::record;
use crate::ui::parts::share::share;
use crate::ui::screen_state::Local;

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
    let body = dynamic(move || state.with(|now| body(&state, now)));
    el("div")
        .class("screen screen--checks")
        .attr(attr::PAGE, licensing_rules::contract::page::CHECKS)
        .child(heading("Your checks"))
        .child(el("p").class("lead").text(
            "Every result you reached in this browser, newest first: its answer, the day of the check \
             and the link that opens it again. They are kept in this browser only, on no server; \
             the product key check is never kept.",
        ))
        .child(body)
        .into()
}

fn body(state: &Local<Shown>, now: &Shown) -> Markup {
    let nav = use_nav();
    let said =
        now.said.as_ref().map(|said| el("p").class("notice").attr("role", "status").text(said.clone()));
    let (checks, last_refused) = match &now.kept {
        Kept::Unavailable => {
            return Markup::List(vec![el("p").class("notice").attr("role", "status").text(
                "This browser does not let this page keep your checks (its storage is turned off or blocked), \
                 so none are listed. Every check still works; to keep a record of one, print it or copy it \
                 as text from its result.",
            )
            .into()])
        }
        Kept::Checks { checks, last_refused } => (checks, *last_refused),
    };
    let mut notes = Vec::new();
    if checks.unreadable > 0 {
        notes.push(match checks.unreadable {
            1 => {
                "One check kept in this browser could not be read (it was changed outside this page, or kept \
                  by another version of it), so it was removed. The others are listed."
                    .to_owned()
            }
            n => format!(
                "{n} checks kept in this browser could not be read (they were changed outside this page, or \
                 kept by another version of it), so they were removed. The others are listed."
            ),
        });
    }
    if last_refused {
        notes.push(
            "The latest check could not be kept: this browser's storage for this page is full or refused it. \
             Remove checks you no longer need, or print or copy the result to keep it."
                .to_owned(),
        );
    }
    let notes = notes.into_iter().map(|n| el("p").class("notice").attr("role", "status").text(n).into());
    if checks.list.is_empty() {
        return Markup::List(
            notes
                .chain(said.map(Markup::from))
                .chain([el("p")
                    .text(
                        "No checks yet. Each result you reach is listed here, with the day you reached it. ",
                    )
                    .child(el("a").text("Choose a question").to(nav.at(Screen::Start)))
                    .into()])
                .collect(),
        );
    }
    let items = checks.list.iter().enumerate().map(|(at, check)| item(state, at, check));
    let count = checks.list.len();
    let remove_all = if now.confirming {
        let (yes, no) = (state.clone(), state.clone());
        el("p")
            .class("checks__confirm")
            .child(el("span").attr("id", "confirm-remove").text(match count {
                1 => "Remove the one check kept in this browser? This cannot be undone. ".to_owned(),
                n => format!("Remove all {n} checks kept in this browser? This cannot be undone. "),
            }))
            .child(
                button("Remove them all")
                    .attr("id", "remove-all-yes")
                    .attr("aria-describedby", "confirm-remove")
                    .on_click(move |_| {
                        change(&yes, "All your checks were removed.".to_owned(), Checks::default())
                    }),
            )
            .child(button("Keep them").on_click(move |_| {
                no.update(|s| s.confirming = false);
                focus_after_render("remove-all");
            }))
    } else {
        let ask = state.clone();
        el("p").class("actions").child(button("Remove all checks").attr("id", "remove-all").on_click(
            move |_| {
                ask.update(|s| s.confirming = true);
                focus_after_render("remove-all-yes");
            },
        ))
    };
    Markup::List(
        notes
            .chain(said.map(Markup::from))
            .chain([
                el("ol").class("checks").attr("id", "checks").children(items).into(),
                record::listed().into(),
                share(None),
                remove_all.into(),
            ])
            .collect(),
    )
}

/// One check: its topic's question (the link that opens it again), its
/// answer, when it was made and against which FAQ revision, its full link
/// (printed and copied), and the button that removes it.
fn item(state: &Local<Shown>, at: usize, check: &Check) -> Markup {
    let nav = use_nav();
    let Some(topic) = check.topic() else { return Markup::List(Vec::new()) };
    // Opened in this page's settings (a frame stays one), as it was counted.
    let mut to = nav.at(check.location.screen.clone());
    to.as_of = check.location.as_of;
    let mut when = format!("Checked on {} against FAQ revision {}", check.day.long(), check.revision);
    if let Some(day) = check.counted_from() {
        when.push_str(&format!("; dates counted from {}", day.long()));
    }
    when.push('.');
    let removed = format!("The check of “{}” made on {} was removed.", topic.asks, check.day.long());
    let state = state.clone();
    el("li")
        .class("check")
        .attr(attr::TOPIC, topic.id)
        .child(el("h2").class("check__asks").child(el("a").text(topic.asks).to(to)))
        .child(el("p").class(news_class(check.news)).text(check.answer.clone()))
        .child(el("p").class("check__when").text(when))
        .child(el("p").class("check__link").text(shareable_url(&check.location)))
        .child(
            button("Remove")
                .attr("aria-label", format!("Remove the check of “{}”, {}", topic.asks, check.day.long()))
                .on_click(move |_| {
                    let mut checks = state.with_untracked(|s| match &s.kept {
                        Kept::Checks { checks, .. } => checks.clone(),
                        Kept::Unavailable => Checks::default(),
                    });
                    checks.remove(at);
                    change(&state, removed.clone(), checks);
                }),
        )
        .into()
}

/// Keeps `checks` in place of the list shown, and says what was done (or
/// that storage refused it: the list then stays as it was).
fn change(state: &Local<Shown>, done: String, checks: Checks) {
    let checks = Checks { unreadable: 0, ..checks };
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
    focus_after_render(HEADING_ID);
}

fn button(label: &'static str) -> Element {
    el("button").attr("type", "button").class("button button--secondary").text(label)
}
