//! The answers remembered: every answer given per topic, to preselect it when its question
//! comes up again, and where the user got to in each topic, saved in this browser
//! (`crate::ui::storage`) to resume from the start page. A room of its own, apart from the
//! moves, which tell it each visit. Saved answers change in one place,
//! [`Memory::change_saved`], which also stores them.

use crate::ui::reactive::*;
use licensing_rules::model::{Answers, Question, Topic, Value};
use licensing_rules::state::Saved;
use licensing_rules::visit::Visit;

use crate::ui::storage;

const CANNOT_SAVE: &str = "Your answers cannot be saved in this browser (its storage is turned off, full, \
     or blocked, as it often is for a page embedded in another site). \
     The page works as usual, but will not remember your answers after you close it.";

#[derive(Clone, Copy)]
pub struct Memory {
    /// Where the user got to in each topic: the answers in the URL when they last were there.
    /// Kept in storage, to resume from the start page.
    saved: RwSignal<Saved>,
    /// Every answer given per topic, including ones the URL no longer holds (after Back, or a
    /// changed answer): preselected when their question comes up again, and restored after a
    /// Change. Seeded from `saved`.
    remembered: RwSignal<Saved>,
    /// Whether the user has been told that saving does not work here.
    told_cannot_save: RwSignal<bool>,
    /// The page's notices (the moves' too), where a failure to save is told.
    notices: RwSignal<Vec<String>>,
}

impl Memory {
    pub(super) fn new(saved: Saved, notices: RwSignal<Vec<String>>) -> Memory {
        Memory {
            remembered: RwSignal::new(saved.clone()),
            saved: RwSignal::new(saved),
            told_cannot_save: RwSignal::new(false),
            notices,
        }
    }

    /// Reads the saved answers (not followed).
    pub(super) fn with_saved<R>(&self, read: impl FnOnce(&Saved) -> R) -> R {
        self.saved.with_untracked(read)
    }

    /// Remembers every answer a move gave and saves where the user is. Opening a topic afresh
    /// does not erase the progress saved for it: only Start again and Clear do.
    pub(super) fn remember(&self, visit: &Visit) {
        if let Some((topic, kept)) = visit.location.topic() {
            self.remembered.update(|all| {
                all.remember(topic, &visit.dropped);
                all.remember(topic, kept);
            });
            if !kept.is_empty() {
                self.change_saved(|saved| saved.set(topic, kept.clone()));
            }
        }
    }

    /// Adds the answers given before to questions later than those in `answers` (after a
    /// Change link).
    pub(super) fn restore_later(&self, topic: &'static Topic, answers: &mut Answers) {
        if let Some(later) = self.remembered.with_untracked(|all| all.get(topic).cloned()) {
            for (q, v) in later.iter() {
                if answers.get(q).is_none() {
                    answers.set(q, v);
                }
            }
        }
    }

    /// Forgets a topic's answers, remembered and saved.
    pub(super) fn forget(&self, topic: &'static Topic) {
        self.remembered.update(|all| all.set(topic, Answers::default()));
        self.change_saved(|saved| saved.set(topic, Answers::default()));
    }

    /// Forgets every saved answer, here and in storage.
    pub(super) fn clear(&self) {
        self.remembered.set(Saved::default());
        self.change_saved(|saved| *saved = Saved::default());
    }

    /// Changes the saved answers and stores them; the first time storing fails, says so.
    fn change_saved(&self, change: impl FnOnce(&mut Saved)) {
        self.saved.update(change);
        let stored = self.saved.with_untracked(storage::store);
        if !stored && !self.told_cannot_save.get_untracked() {
            self.told_cannot_save.set(true);
            self.notices.update(|n| n.push(CANNOT_SAVE.to_owned()));
        }
    }

    /// The answer to preselect for a question: the one given before, if any.
    pub fn prefill(&self, topic: &'static Topic, question: &Question) -> Option<Value> {
        self.remembered.with_untracked(|all| all.get(topic).and_then(|a| a.get(question)))
    }
}
