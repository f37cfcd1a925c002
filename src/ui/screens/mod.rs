//! The screens, one file each: what the page's main area shows at a location.

mod activation_planner;
mod explainer;
mod key_check;
mod question;
mod result;
mod start;
mod tree;
mod unavailable;

use crate::ui::reactive::*;
use licensing_rules::engine::{Settled, Step};
use licensing_rules::model::ToolKind;
use licensing_rules::state::{Location, Screen};

use super::markup::Markup;
use super::nav::{day, Nav};

/// The screen for `location`. Everything but the start screen needs the
/// words of the rules' texts, so it waits for them; a topic that works with
/// dates needs a day to count from.
pub fn screen(nav: Nav, location: &Location) -> Markup {
    if !matches!(location.screen, Screen::Start) && !nav.texts_ready.get() {
        return unavailable::texts(nav.texts_failed.get());
    }
    if let (Screen::Topic { topic, .. }, None) = (&location.screen, day(location)) {
        if topic.is_dated() {
            return unavailable::clock(topic);
        }
    }
    // Undated work is the same on any day: the stand-in is never shown.
    let today = super::nav::day_or_stand_in(location);
    match (&location.screen, location.evaluate(today)) {
        (Screen::Tool(tool), _) => match tool.kind {
            ToolKind::KeyCheck => key_check::key_check(tool),
            ToolKind::ActivationPlanner => activation_planner::activation_planner(tool),
            ToolKind::Explainer(paragraphs) => explainer::explainer(tool, paragraphs),
        },
        (Screen::Tree(topic), _) => tree::tree(topic),
        (_, None) => start::start(),
        (_, Some((topic, evaluation))) => match evaluation.step {
            Step::Ask(question) => question::question(topic, question, evaluation.path, evaluation.later),
            Step::Done(outcome) => result::result(topic, Settled::of(outcome), evaluation.path),
            Step::Settled(settled) => result::result(topic, settled, evaluation.path),
        },
    }
}
