//! Where the user is: the state a URL encodes.

use crate::rules::date::Date;
use crate::rules::model::{Answers, Context};
use crate::rules::pages::Page;
use crate::rules::{evaluate, Evaluation, Topic};

#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Start,
    Topic {
        topic: &'static Topic,
        answers: Answers,
    },
    /// A checker, planner or information page: nothing to answer in the URL.
    Page(&'static Page),
    /// How a topic is decided: its whole decision tree.
    Tree(&'static Topic),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub screen: Screen,
    /// Stands in for today in every date calculation.
    pub as_of: Option<Date>,
    /// The compact layout for iframes.
    pub embed: bool,
}

impl Default for Location {
    fn default() -> Self {
        Location { screen: Screen::Start, as_of: None, embed: false }
    }
}

impl Location {
    pub fn context(&self, today: Date) -> Context {
        Context { today: self.as_of.unwrap_or(today) }
    }

    /// The same page settings (as-of, embed) on another screen.
    pub fn with_screen(&self, screen: Screen) -> Location {
        Location { screen, ..self.clone() }
    }

    pub fn topic(&self) -> Option<(&'static Topic, &Answers)> {
        match &self.screen {
            Screen::Start | Screen::Page(_) | Screen::Tree(_) => None,
            Screen::Topic { topic, answers } => Some((topic, answers)),
        }
    }

    pub fn evaluate(&self, today: Date) -> Option<(&'static Topic, Evaluation)> {
        let (topic, answers) = self.topic()?;
        Some((topic, evaluate(topic, answers, &self.context(today))))
    }

    /// Keeps only the answers the rules read: the state a URL should show.
    /// Answers that no longer matter are returned apart.
    pub fn canonical(&self, today: Date) -> (Location, Answers) {
        match self.evaluate(today) {
            None => (self.clone(), Answers::default()),
            Some((topic, evaluation)) => {
                let kept: Answers = evaluation.path.iter().copied().collect();
                let dropped = self
                    .topic()
                    .map(|(_, all)| all.iter().filter(|(q, _)| kept.get(q).is_none()).collect())
                    .unwrap_or_default();
                (self.with_screen(Screen::Topic { topic, answers: kept }), dropped)
            }
        }
    }
}
