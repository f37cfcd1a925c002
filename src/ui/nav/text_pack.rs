//! Whether the words of the rules' texts are here (`crate::ui::texts`), as
//! the screens waiting for them read it.

use crate::ui::reactive::*;

use super::Nav;

impl Nav {
    /// Whether the words are here (what reads it is drawn again when they come).
    pub fn texts_ready(&self) -> bool {
        self.texts_ready.get()
    }

    /// Whether fetching them failed.
    pub fn texts_failed(&self) -> bool {
        self.texts_failed.get()
    }

    /// Fetches the rules' words if they are not here (again, after a
    /// failure); the screen waiting for them is drawn when they come.
    pub fn load_texts(&self) {
        let nav = *self;
        if nav.texts_failed.get_untracked() {
            nav.texts_failed.set(false);
        }
        crate::ui::texts::load(move |ok| {
            nav.texts_ready.set(ok);
            nav.texts_failed.set(!ok);
        });
    }
}
