//! The screens, one file each: what the page's main area shows at a location.

mod activation_planner;
mod explainer;
mod key_check;
mod question;
mod result;
mod start;
mod tree;

use licensing_rules::date::Date;
use licensing_rules::engine::Step;
use licensing_rules::model::ToolKind;
use licensing_rules::state::{Location, Screen};

use super::markup::Markup;

/// The screen for `location`, with `today` standing for the current date.
pub fn screen(location: &Location, today: Date) -> Markup {
    match (&location.screen, location.evaluate(today)) {
        (Screen::Tool(tool), _) => match tool.kind {
            ToolKind::KeyCheck => key_check::key_check(tool),
            ToolKind::ActivationPlanner => activation_planner::activation_planner(tool),
            ToolKind::Explainer(paragraphs) => explainer::explainer(tool, paragraphs),
        },
        (Screen::Tree(topic), _) => tree::tree(topic),
        (_, None) => start::start(),
        (_, Some((topic, evaluation))) => match evaluation.step {
            Step::Ask(question) => question::question(topic, question, evaluation.path),
            Step::Done(outcome) => result::result(topic, outcome, evaluation.path),
        },
    }
}
