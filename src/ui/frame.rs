//! The page around every screen: the site header, the notices, the screen
//! itself, the footer. (The "page" is this whole; what its main area shows
//! at a location is a screen, `super::screens`.)

use leptos::prelude::*;
use licensing_rules::date::Date;
use licensing_rules::faq::{FAQ_REVISION, FAQ_TITLE};
use licensing_rules::state::Screen;

use super::markup::{dynamic, el, Markup};
use super::nav::{use_nav, Link, Nav};
use super::screens::screen;

/// Today's local date, as the browser knows it.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    Date::new(year as i32, month as u8, day as u8).unwrap_or(Date::UNIX_EPOCH)
}

/// The app as opened at the page's own URL, following Back and Forward.
pub fn app() -> Markup {
    let nav = Nav::from_page(today());
    let handle = window_event_listener(leptos::ev::popstate, move |_| nav.follow_browser());
    on_cleanup(move || handle.remove());
    frame(nav)
}

/// The whole page at `nav`'s location: site header, notices, the current
/// screen, footer.
pub fn frame(nav: Nav) -> Markup {
    provide_context(nav);

    let screen = move || dynamic(move || nav.location.with(|location| screen(location, nav.today)));
    // The frame changes only with `embed`, which every screen keeps.
    let frame = dynamic(move || {
        let embed = nav.embed.get();
        let header = (!embed).then(|| {
            // Home keeps the page settings (as-of, embed) and every saved answer.
            let home = dynamic(move || {
                let home = nav.location.with(|l| l.with_screen(Screen::Start));
                el("a").class("site-title").text("Partner licensing check").to(home).into()
            });
            el("header").class("site-header").child(home)
        });
        // Embedded, the host page is the frame; one line keeps the disclaimer.
        let disclaimer = if embed {
            el("p").text("An independent aid, not legal advice; your license agreements decide.")
        } else {
            el("p").text(format!(
                "An independent aid based on the {FAQ_TITLE} (revision {FAQ_REVISION}). It is not legal advice \
                 and is not affiliated with or endorsed by Microsoft; your license agreements decide."
            ))
        };
        el("div")
            .class(if embed { "page embed" } else { "page" })
            .child(header)
            .child(el("main").attr("id", "main").class("main").child(notices()).child(screen()))
            .child(el("footer").class("site-footer").child(disclaimer))
            .into()
    });
    frame
}

/// What the link asked for that could not be used, and news about saving.
fn notices() -> Markup {
    let nav = use_nav();
    dynamic(move || {
        let notices = nav.notices.get();
        if notices.is_empty() {
            return Markup::List(Vec::new());
        }
        el("div")
            .class("notice")
            .attr("role", "status")
            .attr("id", "notices")
            .child(el("h2").class("notice__title").text("Please note"))
            .child(el("ul").children(notices.into_iter().map(|n| el("li").text(n).into())))
            .into()
    })
}
