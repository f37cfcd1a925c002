//! Everything the app answers, in one list: the topics (a run of questions
//! ending in a verdict) and the tools (a checker, a planner, an explainer).
//! Kept apart from the types so nothing the lists name imports them back.

use crate::faq::FaqEntry;
use crate::model::{Tool, Topic};
use crate::tools::{activation_planner, key_check, organization_account};
use crate::topics::{
    activation, cloud_tokens, downgrade, kms, msdn, o365_mix, o365_switch, sharing, toolkit, upgrade,
};

/// Every topic, in the FAQ's order of sections.
pub static TOPICS: &[&Topic] = &[
    &sharing::TOPIC,
    &downgrade::TOPIC,
    &toolkit::TOPIC,
    &msdn::TOPIC,
    &upgrade::TOPIC,
    &activation::TOPIC,
    &kms::TOPIC,
    &cloud_tokens::TOPIC,
    &o365_mix::TOPIC,
    &o365_switch::TOPIC,
];

/// Every tool, in the order the start page lists them within their sections.
pub static TOOLS: &[&Tool] =
    &[&activation_planner::TOOL, &key_check::TOOL, &organization_account::ORGANIZATION_ACCOUNT];

pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().copied().find(|t| t.id == id)
}

pub fn tool(id: &str) -> Option<&'static Tool> {
    TOOLS.iter().copied().find(|t| t.id == id)
}

/// Every FAQ entry something in the app cites: outcomes and tools.
pub fn cited_entries() -> Vec<&'static FaqEntry> {
    let outcomes = TOPICS.iter().flat_map(|t| t.outcomes.iter().map(|o| o.faq));
    let tools = TOOLS.iter().map(|t| t.faq);
    outcomes.chain(tools).collect()
}
