//! An explainer: an FAQ entry that answers "what is…?" rather than "may I…?",
//! told in the app's own words.

use licensing_rules::model::Tool;
use licensing_rules::statement::Statement;

use crate::ui::markup::Markup;
use crate::ui::parts::common::{statement, tool_screen};

pub fn explainer(tool: &'static Tool, paragraphs: &'static [Statement]) -> Markup {
    tool_screen(tool, Markup::List(paragraphs.iter().map(|p| statement("p", p).into()).collect()))
}
