//! An explainer: an FAQ entry that answers "what is…?" rather than "may I…?",
//! told in the app's own words.

use licensing_rules::model::Tool;

use crate::ui::markup::{el, Markup};
use crate::ui::parts::common::tool_screen;

pub fn explainer(tool: &'static Tool, paragraphs: &'static [&'static str]) -> Markup {
    tool_screen(tool, Markup::List(paragraphs.iter().map(|p| el("p").text(*p).into()).collect()))
}
