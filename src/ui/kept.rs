//! The checks this browser keeps (`licensing_rules::state::checks`): each
//! result reached is kept as it read that day, and "Your checks" reads them
//! back. Storage can refuse (turned off, full, blocked in a frame): the
//! result shows all the same, and the checks page says why a check is not
//! listed.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use std::cell::Cell;

use licensing_rules::state::Checks;
use licensing_rules::visit::Visit;

use super::clock::today;
use super::storage;

thread_local! {
    /// Whether storage refused the last check kept (full, most likely).
    static REFUSED: Cell<bool> = const { Cell::new(false) };
}

/// Keeps the check `visit` makes today, if it shows a result and this page
/// keeps checks. With no usable clock there is no day to date it by, and a
/// check is not kept undated.
pub fn keep(visit: &Visit) {
    if !visit.location.keeps_checks() {
        return;
    }
    let Some(check) = today().and_then(|day| visit.check(day)) else { return };
    let Some(mut checks) = storage::load_checks() else { return };
    // Another version's text is left as it is (the checks page says so).
    if !checks.foreign && checks.keep(check) {
        REFUSED.set(!storage::store_checks(&checks));
    }
}

/// What the checks page shows.
pub enum Kept {
    /// This browser's storage cannot be read here.
    Unavailable,
    Checks {
        checks: Checks,
        /// Storage refused the last check this page tried to keep.
        last_refused: bool,
    },
}

/// The checks kept, as storage holds them now.
pub fn load() -> Kept {
    match storage::load_checks() {
        None => Kept::Unavailable,
        Some(checks) => Kept::Checks { checks, last_refused: REFUSED.get() },
    }
}

/// Keeps `checks` in place of those kept; false if storage refused.
pub fn replace(checks: &Checks) -> bool {
    let stored = storage::store_checks(checks);
    REFUSED.set(!stored);
    stored
}
