//! The browser's storage, for saved progress and the checks kept. Every call can fail (storage
//! disabled, full, or blocked in a sandboxed iframe), so each returns what
//! happened instead of throwing. gloo-storage's `LocalStorage` is not used:
//! it throws when storage is unavailable, which would kill the page.

use licensing_rules::state::checks::CHECKS_KEY;
use licensing_rules::state::saved::STORAGE_KEY;
use licensing_rules::state::{Checks, Saved, SavedProblem};

pub enum Loaded {
    Nothing,
    Saved(Saved),
    /// There was something, it could not be used, and it has been removed.
    Discarded(SavedProblem),
    Unavailable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Loaded {
    let Some(storage) = local_storage() else { return Loaded::Unavailable };
    match storage.get_item(STORAGE_KEY) {
        Err(_) => Loaded::Unavailable,
        Ok(None) => Loaded::Nothing,
        Ok(Some(text)) => match Saved::decode(&text) {
            Ok(saved) => Loaded::Saved(saved),
            Err(problem) => {
                let _ = storage.remove_item(STORAGE_KEY);
                Loaded::Discarded(problem)
            }
        },
    }
}

/// Writes `saved` (removes the key when there is nothing); false if it could not.
pub fn store(saved: &Saved) -> bool {
    let Some(storage) = local_storage() else { return false };
    if saved.is_empty() {
        storage.remove_item(STORAGE_KEY).is_ok()
    } else {
        storage.set_item(STORAGE_KEY, &saved.encode()).is_ok()
    }
}

/// The checks kept in this browser, if its storage can be read.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn load_checks() -> Option<Checks> {
    let text = local_storage()?.get_item(CHECKS_KEY).ok()?;
    Some(text.map_or_else(Checks::default, |text| Checks::decode(&text)))
}

/// Keeps `checks` (removes the key when there are none, nor lines set aside);
/// false if it could not.
pub fn store_checks(checks: &Checks) -> bool {
    let Some(storage) = local_storage() else { return false };
    if checks.list.is_empty() && checks.unreadable.is_empty() {
        storage.remove_item(CHECKS_KEY).is_ok()
    } else {
        storage.set_item(CHECKS_KEY, &checks.encode()).is_ok()
    }
}
