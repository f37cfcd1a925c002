//! The checks this browser made: every result reached, kept with the day it
//! was made, the FAQ revision it followed, its answer in the words shown and
//! the link that opens it again, for the "Your checks" page (a record a
//! partner keeps for an audit, a colleague or a ticket).
//!
//! As kept in the browser's storage: a version line, then one line per
//! check, newest first. Each line is read on its own, so one that is broken
//! or edited is set aside as it is (for the page to say so) without losing
//! the others, and a text another version wrote is left alone. Its link goes
//! through the same decoder as every link.

use super::location::{Location, Screen};
use super::query::{decode, encode};
use crate::date::Date;
use crate::model::{News, Topic};

/// The storage key; its value is the text [`Checks::encode`] writes.
pub const CHECKS_KEY: &str = "licensing-check.checks";
const VERSION: &str = "v1";
/// The most kept: the oldest go first. Far more than a partner's checks of
/// one matter, and little storage (some 300 bytes each).
pub const MAX_CHECKS: usize = 100;
/// More than [`MAX_CHECKS`] checks take; more than this is not ours.
const MAX_BYTES: usize = 128 * 1024;
/// A verdict's words are a line; longer is not ours.
const MAX_ANSWER_CHARS: usize = 300;

/// One check: a result reached, as it read on the day (`Visit::check`).
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// The day it was made.
    pub day: Date,
    /// The FAQ revision the rules followed then.
    pub revision: String,
    /// The answer as the result's badge said it, and whether that was good news.
    pub answer: String,
    pub news: News,
    /// Opens the same result again: a topic with its answers, and for a topic
    /// counted from the day, that day (`as-of`), so that it counts as it did.
    pub location: Location,
}

impl Check {
    /// The topic it answered.
    pub fn topic(&self) -> Option<&'static Topic> {
        self.location.topic().map(|(topic, _)| topic)
    }

    /// The day it counted from, where that was not the day it was made (a
    /// link's `as-of`).
    pub fn counted_from(&self) -> Option<Date> {
        self.location.as_of.filter(|day| *day != self.day)
    }

    fn line(&self) -> String {
        let news = match self.news {
            News::Good => "good",
            News::Bad => "bad",
            News::Open => "open",
        };
        // The answer is the app's own words, never with a tab or a line break;
        // should one ever have one, the line still reads back.
        let answer: String = self.answer.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        [
            &self.day.to_string(),
            "\t",
            &self.revision,
            "\t",
            news,
            "\t",
            &answer,
            "\t",
            &encode(&self.location),
        ]
        .concat()
    }

    fn read(line: &str) -> Option<Check> {
        let mut fields = line.split('\t');
        let day = Date::parse(fields.next()?).ok()?;
        let revision = fields.next()?;
        let news = match fields.next()? {
            "good" => News::Good,
            "bad" => News::Bad,
            "open" => News::Open,
            _ => return None,
        };
        let answer = fields.next()?;
        let link = fields.next()?;
        let revision_ok =
            (1..=64).contains(&revision.len()) && revision.bytes().all(|b| b.is_ascii_alphanumeric());
        let answer_ok = !answer.trim().is_empty()
            && answer.chars().count() <= MAX_ANSWER_CHARS
            && !answer.chars().any(char::is_control);
        let decoded = decode(link);
        let location = decoded.location;
        let link_ok = decoded.ignored.is_empty()
            && matches!(location.screen, Screen::Topic { .. })
            && location == location.shared();
        (fields.next().is_none() && revision_ok && answer_ok && link_ok).then(|| Check {
            day,
            revision: revision.to_owned(),
            answer: answer.to_owned(),
            news,
            location,
        })
    }
}

/// The checks kept, newest first; the kept lines this version cannot read,
/// kept as they are; and whether the whole text is another version's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checks {
    pub list: Vec<Check>,
    /// Lines that are not a check as this version writes one (changed by
    /// hand, or a link the rules no longer read as they did): kept as they
    /// are, after the others, never lost by keeping another.
    pub unreadable: Vec<String>,
    /// The text is not this version's (another version of the app wrote it,
    /// or it is not a list of checks at all): nothing here may write over it.
    pub foreign: bool,
}

impl Checks {
    /// Reads what [`Checks::encode`] wrote. Never fails: a line it cannot
    /// read is kept aside as it is; a text that is not this version's is
    /// [`Checks::foreign`].
    pub fn decode(text: &str) -> Checks {
        let mut lines = text.lines().filter(|line| !line.trim().is_empty());
        if text.len() > MAX_BYTES || lines.next() != Some(VERSION) {
            return Checks { foreign: true, ..Checks::default() };
        }
        let mut checks = Checks::default();
        for line in lines {
            match Check::read(line) {
                Some(check) if checks.list.len() < MAX_CHECKS => checks.list.push(check),
                _ => checks.unreadable.push(line.to_owned()),
            }
        }
        checks
    }

    /// The text to keep: the version line, then a line per check, then the
    /// lines that could not be read, as they were.
    pub fn encode(&self) -> String {
        let mut out = VERSION.to_owned();
        for line in self.list.iter().map(Check::line).chain(self.unreadable.iter().cloned()) {
            out.push('\n');
            out.push_str(&line);
        }
        out
    }

    /// Adds `check` as the newest, unless the same link already has the same
    /// finding (its answer, under the same FAQ revision): that check, and the
    /// day it was first made, stand (opening a check again is no new one).
    /// A new finding for the link replaces the old. The oldest go past
    /// [`MAX_CHECKS`]. Whether anything changed.
    pub fn keep(&mut self, check: Check) -> bool {
        let same = |kept: &Check| kept.location == check.location;
        if self
            .list
            .iter()
            .any(|kept| same(kept) && kept.answer == check.answer && kept.revision == check.revision)
        {
            return false;
        }
        self.list.retain(|kept| !same(kept));
        self.list.insert(0, check);
        self.list.truncate(MAX_CHECKS);
        true
    }

    /// Removes `check`; whether it was kept.
    pub fn forget(&mut self, check: &Check) -> bool {
        let before = self.list.len();
        self.list.retain(|kept| kept != check);
        self.list.len() < before
    }
}
