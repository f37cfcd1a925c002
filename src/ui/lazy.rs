//! Code a first visit does not need, loaded after it rather than with it
//! (whose budget it would otherwise spend): the screens of `screens::later`
//! are a split point, cut into WebAssembly files of their own by the release
//! steps (crates/release/src/split.rs) and fetched once the first screen is
//! up, or at once by a deep link, which may open on one ([`preload`]).
//! Builds without the `split` feature (tests, native) draw them in place.

use licensing_rules::visit::Visit;

use crate::ui::markup::Markup;
use crate::ui::screens::later::later as drawn;

/// A screen of `screens::later`.
pub fn later(visit: &Visit) -> Markup {
    #[cfg(not(feature = "split"))]
    return drawn(visit);
    #[cfg(feature = "split")]
    {
        let visit = visit.clone();
        loaded::when_loaded(move || split_later(visit.clone()))
    }
}

/// Fetches the later screens' code, then calls `done` (whether or not it
/// came: a screen drawn without it says so and offers to try again).
pub fn preload(done: impl FnOnce() + 'static) {
    #[cfg(not(feature = "split"))]
    done();
    #[cfg(feature = "split")]
    {
        // Before the app is mounted (a deep link waits for it), the runner
        // may not be set up yet; an error only means it is.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        any_spawner::Executor::spawn_local(async move {
            let _ = preload_later().await;
            done();
        });
    }
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(later, fallible, preload(preload_later))]
fn split_later(visit: Visit) -> Result<Markup, wasm_split_helpers::SplitLoaderError> {
    Ok(drawn(&visit))
}

#[cfg(feature = "split")]
mod loaded {
    use std::cell::RefCell;
    use std::future::Future;
    use std::pin::Pin;
    use std::rc::Rc;
    use std::task::{Context, Poll, Waker};

    use crate::ui::markup::{dynamic, el, focus_after_render, Markup};
    use crate::ui::nav::HEADING_ID;
    use crate::ui::parts::common::heading;
    use crate::ui::reactive::*;

    type Drawing = Pin<Box<dyn Future<Output = Result<Markup, wasm_split_helpers::SplitLoaderError>>>>;

    /// A split screen's future, polled as the screen's own code is run: with
    /// the screen's owner current (`use_nav` and the like find the page's
    /// rooms), and followed by nothing (what it reads does not redraw the
    /// region around it).
    struct InOwner {
        owner: Option<Owner>,
        drawing: Drawing,
    }

    impl Future for InOwner {
        type Output = Result<Markup, wasm_split_helpers::SplitLoaderError>;

        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            let this = &mut *self;
            let drawing = &mut this.drawing;
            match &this.owner {
                Some(owner) => owner.with(|| untrack(|| drawing.as_mut().poll(cx))),
                None => untrack(|| drawing.as_mut().poll(cx)),
            }
        }
    }

    /// What the region of a screen whose code has not come holds.
    enum Slot {
        Waiting,
        Ready(Markup),
        Failed,
    }

    /// The screen `load` draws: at once when its code is here (so it is drawn
    /// as any other, in the same task), else a region that says it is on its
    /// way, and should the code not come (offline before it was ever fetched,
    /// a failed request) says so and offers to try again.
    pub fn when_loaded<F>(load: impl Fn() -> F + 'static) -> Markup
    where
        F: Future<Output = Result<Markup, wasm_split_helpers::SplitLoaderError>> + 'static,
    {
        let owner = Owner::current();
        let start = move || InOwner { owner: owner.clone(), drawing: Box::pin(load()) };
        let mut first = start();
        // A future is never polled again once it is ready.
        let (first, slot) = match Pin::new(&mut first).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(Ok(markup)) => return markup,
            Poll::Ready(Err(_)) => (None, Slot::Failed),
            Poll::Pending => (Some(first), Slot::Waiting),
        };
        let slot = Rc::new(RefCell::new(slot));
        let changed = ArcTrigger::new();
        let wait: Rc<dyn Fn(InOwner)> = {
            let (slot, changed) = (slot.clone(), changed.clone());
            Rc::new(move |drawing: InOwner| {
                let (slot, changed) = (slot.clone(), changed.clone());
                any_spawner::Executor::spawn_local(async move {
                    *slot.borrow_mut() = match drawing.await {
                        Ok(markup) => Slot::Ready(markup),
                        Err(_) => Slot::Failed,
                    };
                    changed.notify();
                });
            })
        };
        if let Some(first) = first {
            wait(first);
        }
        let start = Rc::new(start);
        dynamic(move || {
            changed.track();
            match std::mem::replace(&mut *slot.borrow_mut(), Slot::Waiting) {
                Slot::Ready(markup) => {
                    // Drawn later than a move's focus: the new screen's heading takes it now.
                    focus_after_render(HEADING_ID);
                    markup
                }
                Slot::Waiting => el("div")
                    .class("screen")
                    .child(el("p").class("loading").attr("role", "status").text("Loading…"))
                    .into(),
                Slot::Failed => {
                    let (wait, start) = (wait.clone(), start.clone());
                    el("div")
                        .class("screen")
                        .child(heading("This page could not be loaded"))
                        .child(el("p").attr("role", "alert").text(
                            "Its code did not come (the connection may have dropped, or this page is offline \
                             and never fetched it). Trying again, or reloading, keeps your place: it is in \
                             the page's address.",
                        ))
                        .child(
                            el("p").class("actions").child(
                                el("button")
                                    .attr("type", "button")
                                    .class("button")
                                    .text("Try again")
                                    .on_click(move |_| wait(start())),
                            ),
                        )
                        .into()
                }
            }
        })
    }
}
