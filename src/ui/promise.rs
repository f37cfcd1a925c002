//! A JavaScript promise's outcome, handed to Rust once it settles. Promise
//! callbacks rather than futures: no task machinery for a click or a fetch.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

/// Calls `done` with the promise's value, or with why it failed.
pub fn then(promise: &js_sys::Promise, done: impl Fn(Result<JsValue, JsValue>) + 'static) {
    let done = std::rc::Rc::new(done);
    let fulfilled = {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |value| done(Ok(value)))
    };
    let rejected = Closure::<dyn FnMut(JsValue)>::new(move |error| done(Err(error)));
    let _ = promise.then2(&fulfilled, &rejected);
    // The promise calls one of them later: they must outlive this call (a few
    // bytes each time, left to the page).
    fulfilled.forget();
    rejected.forget();
}
