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
    /// What this app itself does (for example that a key never leaves the
    /// page). Not to be confused with a tool screen (`model::Tool`): this is
    /// the whole app speaking of itself. Public id `tool`.
    ThisApp,
}

impl Basis {
    /// The FAQ points it names (none for advice and the tool's own doings).
    pub fn points(self) -> &'static [&'static Point] {
        match self {
            Basis::Faq(points) | Basis::Reading(points) | Basis::Answers(points) => points,
            Basis::Advice | Basis::ThisApp => &[],
        }
    }

    /// The label a screen shows with a sentence that is not plainly the FAQ's.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Basis::Faq(_) => None,
            Basis::Reading(_) => Some("Our reading of the FAQ, not its words"),
            Basis::Answers(_) => Some("From your answers"),
            Basis::Advice => Some("General advice, not from the FAQ"),
            Basis::ThisApp => Some("About this tool"),
        }
    }

    /// Public: the statement's `data-basis` (also in docs/answers.md and the
    /// JavaScript module); never renamed (docs/deep-links.md, `crate::contract`).
    pub fn id(self) -> &'static str {
        match self {
            Basis::Faq(_) => "faq",
            Basis::Reading(_) => "reading",
            Basis::Answers(_) => "answers",
            Basis::Advice => "advice",
            Basis::ThisApp => "tool",
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

/// What this app itself does.
pub const fn about_this_app(text: &'static str) -> Statement {
    Statement { text: Text::new(text), basis: Basis::ThisApp }
}

/// A topic's or tool's line on the start page. Its words come with the
/// pack like every other statement's: the build writes the start screen
/// into the page, and the app draws its own once the pack is here.
pub const fn start_line(text: &'static str, basis: Basis) -> Statement {
    Statement { text: Text::new(text), basis }
}

/// What decides a point the FAQ leaves open: not the FAQ. It says where to
/// ask (its introduction), not who decides.
pub static LEFT_OPEN: Statement = faq(
    "Not the FAQ, which leaves this open; it sends the questions it does not answer to the Partner Support Community page or your local Regional Service Center.",
    &[&crate::faq::ASK_SUPPORT],
);

// What a result says of itself, whatever the topic.

/// The headline of a settled result that names several outcomes.
pub static SETTLED_HEADLINE: Statement =
    about_this_app("Whatever the answers left open, the answer is the same.");

/// Before the questions a settled result did not ask.
pub static NOT_ASKED: Statement =
    about_this_app("Not asked, because no answer to it could change this answer:");

// The decision tree's own words for an answer that is a date or a number.

pub const TREE_DATE_GIVEN: Text = Text::new("the date given");
pub const TREE_NUMBER_GIVEN: Text = Text::new("the number given");
pub const TREE_IF_A_DATE: Text = Text::new("if a date is given");
