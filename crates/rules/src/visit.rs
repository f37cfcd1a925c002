//! The one way from a link to a screen: [`crate::state`] decodes the link
//! into a location, [`Visit::of`] works it out once (the link to show, what
//! the screen shows), and the screen draws what it is given, evaluating
//! nothing. The decoder knows nothing of the engine; this is where the two
//! meet.

use crate::date::Date;
use crate::engine::{evaluate, position, Conclusion, Evaluation, Step};
use crate::faq::FAQ_REVISION;
use crate::model::{Answers, Context, Question, Tool, Topic, Value};
use crate::state::{Check, Location, Saved, Screen};
use crate::tree::{decision_tree, Node};
use std::sync::Arc;

/// The day a location's dates are worked out from: the link's `as-of`, else
/// `today` (the device's, `None` when its clock gives no usable date). The
/// one rule for it: the app, its screens and the JavaScript module all ask here.
pub fn day(location: &Location, today: Option<Date>) -> Option<Date> {
    location.as_of.or(today)
}

/// The day undated work counts from when no day is known. Which answers
/// matter and what a dated topic asks are the same on any day (the rules'
/// tests hold them to that), so it is never shown: a dated verdict without
/// a day asks for one instead ([`View::NeedsDay`]).
const STAND_IN: Date = Date::UNIX_EPOCH;

/// A location worked out once.
#[derive(Clone, Debug, PartialEq)]
pub struct Visit {
    /// The location with only the answers that matter: the link to show.
    pub location: Location,
    /// The answers the link gave that cannot matter here (kept aside, for
    /// when a changed answer makes them matter again).
    pub dropped: Answers,
    /// What the screen at `location` shows.
    pub view: View,
    /// The day the link sets for a dated topic's question or result, which
    /// the screen says it counts from.
    pub set_day: Option<SetDay>,
}

/// A day a link sets (`as-of`) in place of today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetDay {
    pub day: Date,
    /// Today is known, and is another day: the screen offers to use it.
    pub not_today: bool,
}

/// What the screen at a location shows, as the rules work it out.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    /// The topics, and those with answers saved from before
    /// ([`Visit::with_saved`]).
    Start {
        saved: Vec<SavedTopic>,
    },
    Tool(&'static Tool),
    /// How a topic is decided: its whole decision tree (shared, not copied,
    /// when the visit is).
    Tree {
        topic: &'static Topic,
        tree: Arc<Node>,
    },
    /// The next question, reached by `path` (the answers read to get here);
    /// `later`: answers given to questions still to come; "Question
    /// `number` of `of`".
    Question {
        topic: &'static Topic,
        question: &'static Question,
        path: Vec<(&'static Question, Value)>,
        later: Vec<(&'static Question, Value)>,
        number: usize,
        of: usize,
    },
    /// The result, reached by `path`.
    Result {
        topic: &'static Topic,
        conclusion: Conclusion,
        path: Vec<(&'static Question, Value)>,
    },
    /// A verdict counted from the day, with no day to count it from.
    NeedsDay(&'static Topic),
    /// "Your checks": what this browser kept of the results it reached.
    Checks,
}

impl View {
    /// Whether what it shows is counted from the day (or asks for one): not
    /// the same on every day.
    pub fn counts_from_day(&self) -> bool {
        match self {
            View::Result { topic, .. } => topic.is_dated(),
            View::NeedsDay(_) => true,
            _ => false,
        }
    }
}

impl Visit {
    /// The check this visit makes on `day` ("Your checks"), if it shows a
    /// result: the answer as it reads, and the link that opens it again.
    pub fn check(&self, day: Date) -> Option<Check> {
        let View::Result { conclusion, .. } = &self.view else { return None };
        let (answer, news) = conclusion.answer();
        Some(Check { day, revision: FAQ_REVISION.to_owned(), answer, news, location: self.reopened(day) })
    }

    /// The link that opens this screen again as it shows on `day`: without
    /// the frame's settings, and where what it shows is counted from the day,
    /// that day set (`as-of`), or it would count from another.
    pub fn reopened(&self, day: Date) -> Location {
        let mut location = self.location.shared();
        if self.view.counts_from_day() && location.as_of.is_none() {
            location.as_of = Some(day);
        }
        location
    }

    /// `location` worked out with `today` (see [`day`]).
    pub fn of(location: Location, today: Option<Date>) -> Visit {
        let day = day(&location, today);
        let counted_from = day.unwrap_or(STAND_IN);
        let Some((topic, evaluation)) = evaluated(&location, counted_from) else {
            let view = match location.screen {
                Screen::Tool(tool) => View::Tool(tool),
                Screen::Checks => View::Checks,
                Screen::Tree(topic) => {
                    View::Tree { topic, tree: Arc::new(decision_tree(topic, counted_from)) }
                }
                Screen::Start | Screen::Topic { .. } => View::Start { saved: Vec::new() },
            };
            return Visit { location, dropped: Answers::default(), view, set_day: None };
        };
        let (canonical, dropped) = canonical_of(&location, topic, &evaluation);
        let view = match evaluation.step {
            Step::Ask(question) => {
                let context = Context { today: counted_from };
                let (number, of) = position(topic, &evaluation.path, &evaluation.later, &context);
                let Evaluation { path, later, .. } = evaluation;
                View::Question { topic, question, path, later, number, of }
            }
            _ if topic.is_dated() && day.is_none() => View::NeedsDay(topic),
            Step::Done(outcome) => {
                View::Result { topic, conclusion: Conclusion::of(outcome), path: evaluation.path }
            }
            Step::Settled(conclusion) => View::Result { topic, conclusion, path: evaluation.path },
        };
        let set_day = match &view {
            View::Question { .. } | View::Result { .. } if topic.is_dated() => location.as_of,
            _ => None,
        }
        .map(|day| SetDay { day, not_today: today.is_some_and(|today| today != day) });
        Visit { location: canonical, dropped, view, set_day }
    }
}

/// A topic with answers saved from before, as the start page offers it:
/// its link with only the answers that still matter, and how many.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedTopic {
    pub topic: &'static Topic,
    pub link: Location,
    pub answers: usize,
}

impl Visit {
    /// The visit with `saved` worked out for the start page (each topic's
    /// link kept to the answers that matter, with the page's settings);
    /// other screens show none.
    pub fn with_saved(mut self, saved: &Saved, today: Option<Date>) -> Visit {
        if let View::Start { saved: shown } = &mut self.view {
            for (topic, answers) in saved.topics() {
                let at = self.location.with_screen(Screen::Topic { topic, answers: answers.clone() });
                let link = canonical(&at, today);
                let answers = link.topic().map_or(0, |(_, a)| a.len());
                shown.push(SavedTopic { topic, link, answers });
            }
        }
        self
    }

    /// Whether the screen shows today's date or something counted from it:
    /// a dated verdict, the question for a day, or (a link's `as-of` standing
    /// in for today) whether that day is today. Not the same on every day, so
    /// never written at build time.
    pub fn shows_the_day(&self) -> bool {
        let dated = |topic: &Topic| topic.is_dated() && self.location.as_of.is_some();
        self.view.counts_from_day()
            || match &self.view {
                View::Question { topic, .. } | View::Result { topic, .. } => dated(topic),
                _ => false,
            }
    }
}

/// The location with only the answers that matter, as [`Visit::of`] gives
/// it, without working out its screen.
pub fn canonical(location: &Location, today: Option<Date>) -> Location {
    let day = day(location, today).unwrap_or(STAND_IN);
    match evaluated(location, day) {
        Some((topic, evaluation)) => canonical_of(location, topic, &evaluation).0,
        None => location.clone(),
    }
}

fn evaluated(location: &Location, day: Date) -> Option<(&'static Topic, Evaluation)> {
    let (topic, answers) = location.topic()?;
    Some((topic, evaluate(topic, answers, &Context { today: day })))
}

/// Keeps only the answers the rules read, or will read on some way onward:
/// the state a URL should show; and, apart, the answers that cannot matter.
fn canonical_of(location: &Location, topic: &'static Topic, evaluation: &Evaluation) -> (Location, Answers) {
    let kept = Answers::of_both(&evaluation.path, &evaluation.later);
    let dropped = location
        .topic()
        .map(|(_, all)| all.iter().filter(|(q, _)| kept.get(q).is_none()).collect())
        .unwrap_or_default();
    (location.with_screen(Screen::Topic { topic, answers: kept }), dropped)
}
