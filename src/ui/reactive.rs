//! What the view uses of Leptos: its reactive system (`reactive_graph`, the
//! crate the `leptos` facade re-exports), and the few browser helpers the
//! facade would bring along with its renderer and server functions, which
//! this app does not use (`markup.rs` puts the view on the page itself).
//! Depending on the reactive crate alone keeps their code out of the
//! WebAssembly (server functions alone left 7 KB of stream code behind).

pub use reactive_graph::effect::RenderEffect;
pub use reactive_graph::graph::untrack;
pub use reactive_graph::owner::{on_cleanup, provide_context, use_context, Owner};
pub use reactive_graph::signal::{ArcTrigger, RwSignal};
pub use reactive_graph::traits::*;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The page's window. The app runs only in a window; there is always one.
pub fn window() -> web_sys::Window {
    web_sys::window().unwrap_or_else(|| unreachable!("the app runs in a window"))
}

pub fn document() -> web_sys::Document {
    window().document().unwrap_or_else(|| unreachable!("a window has a document"))
}

/// Runs `then` before the next repaint.
pub fn request_animation_frame(then: impl FnOnce() + 'static) {
    let _ = window().request_animation_frame(Closure::once_into_js(then).unchecked_ref());
}

/// Runs `then` once the current task and its microtasks are done.
pub fn set_timeout(then: impl FnOnce() + 'static) {
    let _ = window().set_timeout_with_callback(Closure::once_into_js(then).unchecked_ref());
}

/// The value of the input an event happened on.
pub fn event_target_value(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// A handler passed down to a piece of the view, cheap to clone.
pub struct Callback<T>(std::rc::Rc<dyn Fn(T)>);

impl<T> Clone for Callback<T> {
    fn clone(&self) -> Self {
        Callback(self.0.clone())
    }
}

impl<T> Callback<T> {
    pub fn new(f: impl Fn(T) + 'static) -> Self {
        Callback(std::rc::Rc::new(f))
    }

    pub fn run(&self, value: T) {
        (self.0)(value)
    }
}
