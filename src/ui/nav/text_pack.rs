//! Whether the words of the rules' texts are here (`crate::ui::texts`), as the screens waiting
//! for them read it: a room of its own, apart from the moves.

use crate::ui::reactive::*;

#[derive(Clone, Copy)]
pub struct TextPack {
    /// Whether the words are here, and whether fetching them failed.
    ready: RwSignal<bool>,
    failed: RwSignal<bool>,
}

impl TextPack {
    pub(super) fn new() -> TextPack {
        TextPack { ready: RwSignal::new(crate::ui::texts::ready()), failed: RwSignal::new(false) }
    }

    /// Whether the words are here (what reads it is drawn again when they come).
    pub fn ready(&self) -> bool {
        self.ready.get()
    }

    /// Whether fetching them failed.
    pub fn failed(&self) -> bool {
        self.failed.get()
    }

    /// Fetches the rules' words if they are not here (again, after a failure); the screen
    /// waiting for them is drawn when they come.
    pub fn load(&self) {
        let pack = *self;
        if pack.failed.get_untracked() {
            pack.failed.set(false);
        }
        crate::ui::texts::load(move |ok| {
            pack.ready.set(ok);
            pack.failed.set(!ok);
        });
    }
}
