//! The view: the page's frame (`frame.rs`), one file per screen
//! (`screens/`), the pieces they share (`parts/`); each a function from the
//! state to markup (`markup/`), put on the page and kept current by
//! Leptos' signals. The view never decides eligibility: it draws the
//! `View` that `licensing_rules::visit` works out.

mod clock;
mod frame;
mod kept;
mod lazy;
mod markup;
pub mod names;
mod nav;
pub mod panic_page;
mod parts;
pub mod prerender;
mod promise;
mod reactive;
mod screen_state;
mod screens;
mod storage;
mod texts;
mod timing;

pub use frame::app;
pub use markup::{mount, Mounted};

/// Mounts the app on the page's `<body>`, with the safety net in place first,
/// and takes away the screen written in at build time (in the same task, so
/// the two never show together). Every screen needs the rules' words (the
/// start screen its topics' lines), which a deep link's page began fetching
/// with the WebAssembly: it is mounted once they are here, the written
/// screen showing until then (or once they failed to come, which a deep
/// link's screen says; the start screen then goes without its lines). A
/// deep link waits, the same way, for the later screens' code (`lazy`), as
/// it may open on one of them.
pub fn start() {
    timing::mark("licensing:main");
    panic_page::install();
    // The start page fetches the later screens' code once it is up (`frame::app`).
    let deep = !reactive::window().location().search().unwrap_or_default().is_empty();
    let waiting = std::rc::Rc::new(std::cell::Cell::new(if deep { 2 } else { 1 }));
    let one_done = move || {
        waiting.set(waiting.get() - 1);
        if waiting.get() == 0 {
            take_over();
        }
    };
    if deep {
        lazy::preload(one_done.clone());
    }
    if texts::ready() {
        one_done();
    } else {
        texts::load(move |_| one_done());
    }
}

fn take_over() {
    let document = reactive::document();
    if let Some(body) = document.body() {
        // The page lives as long as the tab: nothing ever unmounts it.
        std::mem::forget(mount(&body, app));
        timing::mark("licensing:mounted");
    }
    if let Some(prerendered) = document.get_element_by_id(names::PRERENDERED) {
        prerendered.remove();
    }
}
