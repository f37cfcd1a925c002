//! Today, as this device's clock gives it: read anew whenever a screen is
//! shown, and the shown screen drawn again when the day changes under it (a
//! tab left open past midnight, a page restored from the back/forward
//! cache). A clock that gives no usable date is said so, never replaced by a
//! made-up day.

use crate::ui::reactive::*;
use licensing_rules::date::Date;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Today's local date, or `None` when the clock gives none this page can
/// use (no time at all, or a year outside 1900–2199). (Whether a screen
/// shows something counted from it is the visit's to say:
/// `Visit::shows_the_day`.)
#[cfg(target_arch = "wasm32")]
pub fn today() -> Option<Date> {
    use licensing_rules::date::{MAX_YEAR, MIN_YEAR};
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    let year = i32::try_from(year).ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))?;
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
}

/// Outside a browser (screens written at build time, `super::prerender`)
/// there is no clock to read.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Option<Date> {
    None
}

/// Calls `changed` whenever the day may have changed: just after each local
/// midnight, when the page comes back from the back/forward cache, and when
/// the tab becomes visible again after the date moved on.
pub fn watch(changed: impl Fn() + 'static) {
    let last = std::cell::Cell::new(today());
    let check: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(move || {
        let now = today();
        if now != last.replace(now) {
            changed();
        }
    });
    schedule_midnight(check.clone());
    for event in ["pageshow", "visibilitychange"] {
        let check = check.clone();
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |_| check());
        let _ = window().add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        // Listens as long as the page lives.
        listener.forget();
    }
}

/// Milliseconds from now to a second after the next local midnight.
fn until_midnight() -> f64 {
    let now = js_sys::Date::new_0();
    let next = js_sys::Date::new_0();
    next.set_hours(24);
    next.set_minutes(0);
    next.set_seconds(1);
    next.set_milliseconds(0);
    (next.get_time() - now.get_time()).clamp(1_000.0, 86_401_000.0)
}

fn schedule_midnight(check: std::rc::Rc<dyn Fn()>) {
    let timer = Closure::once_into_js(move || {
        check();
        schedule_midnight(check);
    });
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
        timer.unchecked_ref(),
        until_midnight() as i32,
    );
}
