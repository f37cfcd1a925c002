//! Everything the app answers, in one list: the topics (a run of questions
//! ending in a verdict) and the tools (a checker, a planner, an explainer).
//! Kept apart from the types so nothing the lists name imports them back.

use crate::faq::{self, FaqEntry};
use crate::model::{Input, Question, Tool, ToolKind, Topic};
use crate::statement::Statement;
use crate::text::Text;
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

/// Where a statement shows, so that tests can hold each place to its rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Summary,
    Scope,
    QuestionHint,
    OptionHint,
    Headline,
    Reason,
    DecidedBy,
    NextStep,
    /// A situation the outcome's questions do not tell apart, said on the result.
    Limit,
    ToolText,
}

/// Every statement the app can show, with the topic or tool it belongs to
/// and where it shows: the one list the text pack, the review document and
/// the basis tests read.
pub fn statements() -> Vec<(&'static str, Place, Statement)> {
    let mut out = Vec::new();
    for topic in TOPICS {
        out.push((topic.id, Place::Summary, topic.summary));
        out.extend(topic.scope.map(|s| (topic.id, Place::Scope, s)));
        for question in topic.questions {
            question_statements(topic.id, question, &mut out);
        }
        for outcome in topic.outcomes {
            out.push((topic.id, Place::Headline, outcome.headline));
            out.extend(outcome.reasons.iter().map(|s| (topic.id, Place::Reason, *s)));
            out.extend(outcome.decided_by.map(|s| (topic.id, Place::DecidedBy, s)));
            out.extend(outcome.next_steps.iter().map(|s| (topic.id, Place::NextStep, *s)));
            out.extend(outcome.limits.iter().map(|s| (topic.id, Place::Limit, *s)));
        }
    }
    for tool in TOOLS {
        out.push((tool.id, Place::Summary, tool.summary));
        let texts: Vec<Statement> = match tool.kind {
            ToolKind::KeyCheck => [&key_check::FIELD_NOTES[..], &key_check::KEY_OR_TOKEN[..]].concat(),
            ToolKind::ActivationPlanner => {
                question_statements(tool.id, &activation_planner::ACTIVATIONS.0, &mut out);
                [&[activation_planner::REIMAGE_READING][..], &activation_planner::LAB_COMPUTERS[..]].concat()
            }
            ToolKind::Explainer(paragraphs) => paragraphs.to_vec(),
        };
        out.extend(texts.into_iter().map(|s| (tool.id, Place::ToolText, s)));
    }
    out
}

fn question_statements(
    owner: &'static str,
    question: &Question,
    out: &mut Vec<(&'static str, Place, Statement)>,
) {
    out.extend(question.hint.map(|s| (owner, Place::QuestionHint, s)));
    if let Input::Choice(options) = question.input {
        out.extend(options.iter().filter_map(|o| o.hint).map(|s| (owner, Place::OptionHint, s)));
    }
}

/// Every text of the rules: what the text pack holds.
pub fn texts() -> Vec<Text> {
    let mut texts: Vec<Text> = statements().into_iter().map(|(_, _, s)| s.text).collect();
    for topic in TOPICS {
        #[cfg(not(feature = "lazy-text"))]
        texts.push(topic.verdict_question);
        for question in topic.questions {
            texts.extend(question_texts(question));
        }
        texts.extend(topic.outcomes.iter().map(|o| o.answer.words));
    }
    texts.extend(question_texts(&activation_planner::ACTIVATIONS.0));
    texts.extend([crate::statement::SETTLED_HEADLINE.text, crate::statement::NOT_ASKED.text]);
    texts.extend([
        crate::statement::TREE_DATE_GIVEN,
        crate::statement::TREE_NUMBER_GIVEN,
        crate::statement::TREE_IF_A_DATE,
    ]);
    texts.extend(question_texts(&crate::day::AS_OF.0));
    texts.extend(crate::day::AS_OF.0.hint.map(|h| h.text));
    texts.extend(faq::ALL.iter().chain([&&faq::INTRODUCTION]).map(|entry| entry.question));
    texts.extend(faq::POINTS.iter().map(|point| point.says));
    texts.extend(crate::resources::ALL.iter().flat_map(|r| [r.id, r.name, r.find]));
    texts
}

fn question_texts(question: &Question) -> Vec<Text> {
    let mut texts = vec![question.prompt];
    if let Input::Choice(options) = question.input {
        texts.extend(options.iter().map(|o| o.label));
    }
    texts
}
