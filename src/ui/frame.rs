//! The page around every screen: the site header, the notices, the screen
//! itself, the footer. (The "page" is this whole; what its main area shows
//! at a location is a screen, `super::screens`.)

use crate::ui::reactive::*;
use licensing_rules::faq::{FAQ_REVISION, FAQ_TITLE};
use licensing_rules::state::Screen;
use licensing_rules::text::joined;

use super::markup::{dynamic, el, Markup};
use super::nav::links::Link;
use super::nav::rooms::use_text_pack;
use super::nav::rooms::{self, use_nav};
use super::nav::Nav;
use super::screens::screen;

/// The id of the page's `main`, which holds the screen: the written linked
/// screens go in the written start screen's (src/ui/prerender.rs, web/start.js).
pub const MAIN_ID: &str = "main";

/// The app as opened at the page's own URL, following Back and Forward.
pub fn app() -> Markup {
    let (nav, for_host) = Nav::from_page();
    // A plain listener, not Leptos' `window_event_listener`: that one keeps
    // its handle in a thread-checking wrapper whose code costs 4 KB here.
    // Unmounted (the component tests mount one app after another), it stays
    // registered but does nothing.
    let mounted = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let listening = mounted.clone();
    let on_popstate = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if listening.load(std::sync::atomic::Ordering::Relaxed) {
            nav.follow_browser()
        }
    });
    let _ = window().add_event_listener_with_callback(
        "popstate",
        wasm_bindgen::JsCast::unchecked_ref(on_popstate.as_ref()),
    );
    on_popstate.forget();
    on_cleanup(move || mounted.store(false, std::sync::atomic::Ordering::Relaxed));
    super::clock::watch(move || nav.day_changed());
    if !for_host.is_empty() {
        // For web/embed.js to tell the host page, one per line (a message
        // never holds a line break: `state::query` shows no control character).
        if let Some(root) = window().document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute(
                super::names::HOST_NOTICES,
                &joined(for_host.iter().map(String::as_str), "\n"),
            );
        }
    }
    let page = frame(nav);
    // After the first screen is painted: the words and the later screens'
    // code are for the next one.
    let texts = use_text_pack();
    let words = !super::texts::ready();
    request_animation_frame(move || {
        set_timeout(move || {
            if words {
                texts.load();
            }
            super::lazy::preload(|| ());
        })
    });
    page
}

/// The whole page at `nav`'s location: site header, notices, the current
/// screen, footer.
pub fn frame(nav: Nav) -> Markup {
    rooms::provide(nav);

    // Drawn again when the page moves (or the day changes under it, which
    // works the location out again) and when the words arrive.
    let screen = move || dynamic(move || nav.with_visit(screen));
    // The frame changes only with `embed`, which every screen keeps.
    let frame = dynamic(move || {
        let embed = nav.embed();
        let header = (!embed).then(|| {
            // Home keeps the page settings (as-of, embed) and every saved answer.
            let home = dynamic(move || {
                let home = nav.at_tracked(Screen::Start);
                el("a").class("site-title").text(crate::ui::parts::common::SITE_NAME).to(home).into()
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
            .child(el("main").attr("id", MAIN_ID).class("main").child(notices()).child(screen()))
            .child(el("footer").class("site-footer").child(disclaimer))
            .into()
    });
    frame
}

/// What the link asked for that could not be used, and news about saving.
fn notices() -> Markup {
    let nav = use_nav();
    dynamic(move || {
        let notices = nav.notices();
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
