//! What a screen says as fact, and what each sentence rests on. A
//! [`Statement`] cannot be made without a [`Basis`]: the FAQ's points it
//! restates, the project's reading of them (labelled), general advice
//! (labelled), or what the tool itself does. Sentences worked out from the
//! user's own answers are made at run time, by the figures that compute them
//! (`crate::figures`), with [`Basis::Answers`].

use crate::faq::Point;
use crate::text::Text;

/// A sentence and what it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    pub text: Text,
    pub basis: Basis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The FAQ says it: these points (applied to the user's answers, where
    /// the sentence speaks of them).
    Faq(&'static [&'static Point]),
    /// The project's reading of these points: it follows from them, but the
    /// FAQ does not say it in so many words. Shown labelled as such.
    Reading(&'static [&'static Point]),
    /// Worked out from the user's own answers (a count, a date) by the rule
    /// of these points.
    Answers(&'static [&'static Point]),
    /// General advice, not from the FAQ. Shown labelled as such.
    Advice,
    /// What this tool itself does (for example that a key never leaves the page).
    Tool,
}

impl Basis {
    /// The FAQ points it names (none for advice and the tool's own doings).
    pub fn points(self) -> &'static [&'static Point] {
        match self {
            Basis::Faq(points) | Basis::Reading(points) | Basis::Answers(points) => points,
            Basis::Advice | Basis::Tool => &[],
        }
    }

    /// The label a screen shows with a sentence that is not plainly the FAQ's.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Basis::Faq(_) => None,
            Basis::Reading(_) => Some("Our reading of the FAQ, not its words"),
            Basis::Answers(_) => Some("From your answers"),
            Basis::Advice => Some("General advice, not from the FAQ"),
            Basis::Tool => Some("About this tool"),
        }
    }

    /// A stable name, for docs/answers.md and the JavaScript module.
    pub fn id(self) -> &'static str {
        match self {
            Basis::Faq(_) => "faq",
            Basis::Reading(_) => "reading",
            Basis::Answers(_) => "answers",
            Basis::Advice => "advice",
            Basis::Tool => "tool",
        }
    }
}

/// What the FAQ says, in these points.
pub const fn faq(text: &'static str, points: &'static [&'static Point]) -> Statement {
    Statement { text: Text::new(text), basis: Basis::Faq(points) }
}

/// The project's reading of these points (labelled on the page).
pub const fn reading(text: &'static str, points: &'static [&'static Point]) -> Statement {
    Statement { text: Text::new(text), basis: Basis::Reading(points) }
}

/// General advice, not from the FAQ (labelled on the page).
pub const fn advice(text: &'static str) -> Statement {
    Statement { text: Text::new(text), basis: Basis::Advice }
}

/// What the tool itself does.
pub const fn about_tool(text: &'static str) -> Statement {
    Statement { text: Text::new(text), basis: Basis::Tool }
}

/// A statement the first screen shows (its words always in the binary).
pub const fn first_screen(text: &'static str, basis: Basis) -> Statement {
    Statement { text: Text::eager(text), basis }
}
