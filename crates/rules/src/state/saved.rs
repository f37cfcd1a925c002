//! Answers in progress, as kept in the browser's storage between visits.
//!
//! The stored text is versioned and deliberately plain: a version line, then
//! one line per topic holding that topic's answers as a query string. Reading
//! it back goes through the same decoder as links ([`decode`]), so there is
//! one decoder for all outside input. Anything not exactly as written by this
//! version is discarded whole, with a reason for the notice.

use super::location::{Location, Screen};
use super::query::{decode, encode};
use crate::model::Answers;
use crate::model::Topic;

/// The storage key; its value is the text [`Saved::encode`] writes.
pub const STORAGE_KEY: &str = "licensing-check.progress";
const VERSION: &str = "v1";
/// Far more than every topic's answers take; more than this is not ours.
pub const MAX_BYTES: usize = 16 * 1024;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    topics: Vec<(&'static Topic, Answers)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedProblem {
    /// Written by another (newer or older) version of the app.
    UnknownVersion,
    /// Not something this app wrote: broken, edited or of another shape.
    Unreadable,
}

impl SavedProblem {
    pub fn message(self) -> &'static str {
        match self {
            SavedProblem::UnknownVersion => {
                "Answers saved by another version of this page could not be used and were cleared."
            }
            SavedProblem::Unreadable => {
                "Answers saved on an earlier visit could not be read and were cleared."
            }
        }
    }
}

impl Saved {
    pub fn get(&self, topic: &Topic) -> Option<&Answers> {
        self.topics.iter().find(|(t, _)| *t == topic).map(|(_, a)| a)
    }

    /// Records a topic's answers; no answers forgets the topic.
    pub fn set(&mut self, topic: &'static Topic, answers: Answers) {
        self.topics.retain(|(t, _)| *t != topic);
        if !answers.is_empty() {
            self.topics.push((topic, answers));
        }
    }

    /// Adds answers to a topic's saved ones; a later value for a question wins.
    pub fn remember(&mut self, topic: &'static Topic, answers: &Answers) {
        let mut merged = self.get(topic).cloned().unwrap_or_default();
        for (question, value) in answers.iter() {
            merged.set(question, value);
        }
        self.set(topic, merged);
    }

    pub fn topics(&self) -> impl Iterator<Item = (&'static Topic, &Answers)> + '_ {
        self.topics.iter().map(|(t, a)| (*t, a))
    }

    pub fn is_empty(&self) -> bool {
        self.topics.is_empty()
    }

    pub fn encode(&self) -> String {
        let mut text = String::from(VERSION);
        for (topic, answers) in &self.topics {
            let location = Location::default().with_screen(Screen::Topic { topic, answers: answers.clone() });
            text.push('\n');
            text.push_str(&encode(&location));
        }
        text
    }

    pub fn decode(text: &str) -> Result<Saved, SavedProblem> {
        if text.len() > MAX_BYTES {
            return Err(SavedProblem::Unreadable);
        }
        let mut lines = text.lines();
        match lines.next() {
            Some(VERSION) => {}
            Some(line) if is_version_line(line) => return Err(SavedProblem::UnknownVersion),
            _ => return Err(SavedProblem::Unreadable),
        }
        let mut saved = Saved::default();
        for line in lines {
            let decoded = decode(line);
            let location = decoded.location;
            match location.screen {
                Screen::Topic { topic, answers }
                    if decoded.ignored.is_empty()
                        && location.as_of.is_none()
                        && !location.embed
                        && location.embed_origin.is_none()
                        && !location.transparent
                        && !location.embed_checks
                        && !answers.is_empty()
                        && saved.get(topic).is_none() =>
                {
                    saved.set(topic, answers)
                }
                _ => return Err(SavedProblem::Unreadable),
            }
        }
        Ok(saved)
    }
}

/// "v" and digits: a version line, if not ours.
fn is_version_line(line: &str) -> bool {
    line.strip_prefix('v').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}
