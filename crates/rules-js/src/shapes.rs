//! The shapes the module's functions give JavaScript (`types.d.ts` declares
//! them for TypeScript), made from the rules' own types.

use serde::ser::SerializeMap;
use serde::Serializer;

use licensing_rules::contract;
use licensing_rules::date::Date;
use licensing_rules::engine::Conclusion;
use licensing_rules::faq::{FaqEntry, Point};
use licensing_rules::model::{Input, OptionDef, Outcome, Question, Topic};
use licensing_rules::state::query::percent_encode;
use licensing_rules::state::{Decoded, Ignored, InQuery, InState, Screen};
use licensing_rules::statement::{Basis, Statement, SETTLED_HEADLINE};
use licensing_rules::visit::{self, View, Visit};
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TopicShape {
    id: &'static str,
    section: &'static str,
    title: &'static str,
    /// The question in the user's words, as the start page links it.
    asks: &'static str,
    /// The yes-or-no question every verdict answers.
    verdict_question: &'static str,
    summary: StatementShape,
    questions: Vec<QuestionShape>,
    outcomes: Vec<OutcomeShape>,
}

impl TopicShape {
    pub fn of(topic: &Topic) -> TopicShape {
        TopicShape {
            id: topic.id,
            section: topic.section.title(),
            title: topic.title,
            asks: topic.asks,
            verdict_question: topic.verdict_question.as_str(),
            summary: StatementShape::of(&topic.summary),
            questions: topic.questions.iter().map(|q| QuestionShape::of(q)).collect(),
            outcomes: topic
                .outcomes
                .iter()
                .map(|o| OutcomeShape { id: o.id, verdict: o.verdict.id() })
                .collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuestionShape {
    id: &'static str,
    kind: &'static str,
    prompt: &'static str,
    hint: Option<StatementShape>,
    /// For a choice question, its answers.
    choices: Option<Vec<ChoiceShape>>,
}

impl QuestionShape {
    fn of(question: &Question) -> QuestionShape {
        let (kind, choices) = match question.input {
            Input::Choice(options) => ("choice", Some(options.iter().map(ChoiceShape::of).collect())),
            Input::Date => ("date", None),
            Input::Number => ("number", None),
        };
        QuestionShape {
            id: question.id,
            kind,
            prompt: question.prompt.as_str(),
            hint: question.hint.as_ref().map(StatementShape::of),
            choices,
        }
    }
}

#[derive(Serialize)]
struct ChoiceShape {
    id: &'static str,
    label: &'static str,
    hint: Option<StatementShape>,
}

impl ChoiceShape {
    fn of(option: &OptionDef) -> ChoiceShape {
        ChoiceShape {
            id: option.id,
            label: option.label.as_str(),
            hint: option.hint.as_ref().map(StatementShape::of),
        }
    }
}

#[derive(Serialize)]
struct OutcomeShape {
    id: &'static str,
    verdict: &'static str,
}

/// A sentence and what it rests on, as the page shows it.
#[derive(Serialize)]
pub struct StatementShape {
    text: String,
    /// `faq`, `reading`, `answers`, `advice` or `tool`.
    basis: &'static str,
    /// The label the page shows with it, where it is not plainly the FAQ's.
    label: Option<&'static str>,
    points: Vec<PointShape>,
}

impl StatementShape {
    fn of(statement: &Statement) -> StatementShape {
        StatementShape::from(statement.text.as_str().to_owned(), statement.basis)
    }

    fn from(text: String, basis: Basis) -> StatementShape {
        StatementShape {
            text,
            basis: basis.id(),
            label: basis.label(),
            points: basis.points().iter().map(|p| PointShape::of(p)).collect(),
        }
    }
}

#[derive(Serialize)]
struct PointShape {
    id: &'static str,
    says: &'static str,
    /// The FAQ entry it is from: "Section › question".
    entry: String,
}

impl PointShape {
    fn of(point: &Point) -> PointShape {
        PointShape { id: point.id, says: point.says.as_str(), entry: point.entry.citation() }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FaqShape {
    section: &'static str,
    question: &'static str,
    citation: String,
}

impl FaqShape {
    fn of(entry: &FaqEntry) -> FaqShape {
        FaqShape {
            section: entry.section.title(),
            question: entry.question.as_str(),
            citation: entry.citation(),
        }
    }
}

/// One outcome of a result, with the answers to open questions that lead
/// to it (none when it is the only one).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BranchShape {
    outcome: &'static str,
    verdict: &'static str,
    /// Each way to it: question id → answer id.
    when: Vec<Pairs>,
    headline: StatementShape,
    details: Vec<StatementShape>,
    reasons: Vec<StatementShape>,
    decided_by: Option<StatementShape>,
    next_steps: Vec<StatementShape>,
    limits: Vec<StatementShape>,
}

impl BranchShape {
    fn of(outcome: &Outcome, when: Vec<Pairs>) -> BranchShape {
        let def = outcome.def;
        BranchShape {
            outcome: def.id,
            verdict: def.verdict.id(),
            when,
            headline: StatementShape::of(&def.headline),
            details: outcome.details.iter().map(|d| StatementShape::from(d.sentence(), d.basis())).collect(),
            reasons: def.reasons.iter().map(StatementShape::of).collect(),
            decided_by: def.decided_by.as_ref().map(StatementShape::of),
            next_steps: def.next_steps.iter().map(StatementShape::of).collect(),
            limits: def.limits.iter().map(StatementShape::of).collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Evaluated {
    /// The link names no topic of the rules: the app would open on its start
    /// page, or (`topic=checks`) on the checks this browser kept.
    #[serde(rename_all = "camelCase")]
    None {
        ignored: Vec<String>,
    },
    /// The key check, the activation planner or the Organization Account page.
    #[serde(rename_all = "camelCase")]
    Tool {
        topic: &'static str,
        ignored: Vec<String>,
    },
    /// A topic's decision tree (`view=tree`).
    #[serde(rename_all = "camelCase")]
    Tree {
        topic: &'static str,
        ignored: Vec<String>,
    },
    #[serde(rename_all = "camelCase")]
    Question {
        topic: &'static str,
        question: &'static str,
        step: usize,
        of: usize,
        ignored: Vec<String>,
    },
    /// A result (its fields: [`ResultShape`]).
    Result(Box<ResultShape>),
    /// The topic counts days and no usable date was given or found.
    #[serde(rename_all = "camelCase")]
    NeedsDate {
        topic: &'static str,
        message: &'static str,
        ignored: Vec<String>,
    },
    Error {
        message: String,
    },
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultShape {
    topic: &'static str,
    verdict: &'static str,
    outcome: String,
    /// What the app puts on `#result` as `data-*`, without the prefix.
    attributes: Pairs,
    headline: StatementShape,
    details: Vec<StatementShape>,
    reasons: Vec<StatementShape>,
    decided_by: Option<StatementShape>,
    next_steps: Vec<StatementShape>,
    /// What the outcome's questions do not tell apart.
    limits: Vec<StatementShape>,
    /// What the verdict does and does not answer, for some topics.
    scope: Option<StatementShape>,
    faq: FaqShape,
    /// Every outcome the result names (several when a link settled the
    /// verdict before all questions were answered).
    branches: Vec<BranchShape>,
    /// The questions not asked because no answer could change the verdict.
    not_asked: Vec<&'static str>,
    ignored: Vec<String>,
}

impl Evaluated {
    /// Where a decoded link stands, `today` the caller's date (a link's
    /// `as-of` stands in for it).
    /// `unread`: what the input held that the decoder never saw, told first.
    pub fn of(decoded: &Decoded, given: InputKind, unread: Vec<String>, today: Option<Date>) -> Evaluated {
        let mut ignored = unread;
        ignored.extend(decoded.ignored.iter().map(match given {
            InputKind::Query => Ignored::message_in::<InQuery>,
            InputKind::State => Ignored::message_in::<InState>,
        }));
        let location = &decoded.location;
        // Unlike the app, which asks its questions first, the module needs
        // the day before it works out anything of a topic that counts days.
        let view = match location.screen {
            Screen::Topic { topic, .. } if topic.is_dated() && visit::day(location, today).is_none() => {
                View::NeedsDay(topic)
            }
            _ => Visit::of(location.clone(), today).view,
        };
        match view {
            View::Start { .. } | View::Checks => Evaluated::None { ignored },
            View::Tool(tool) => Evaluated::Tool { topic: tool.id, ignored },
            View::Tree { topic, .. } => Evaluated::Tree { topic: topic.id, ignored },
            View::Question { topic, question, number, of, .. } => {
                Evaluated::Question { topic: topic.id, question: question.id, step: number, of, ignored }
            }
            View::Result { topic, conclusion, .. } => Evaluated::result(topic, conclusion, ignored),
            View::NeedsDay(topic) => Evaluated::NeedsDate {
                topic: topic.id,
                message: if given == InputKind::State {
                    "This topic counts days, and the caller's clock gives no usable date: give asOf."
                } else {
                    "This topic counts days, and the caller's clock gives no usable date: give as-of in the query."
                },
                ignored,
            },
        }
    }

    fn result(topic: &'static Topic, shown: Conclusion, ignored: Vec<String>) -> Evaluated {
        let attributes = Pairs(
            contract::result_attributes(
                topic.id,
                shown.verdict.id(),
                shown.outcome_ids(),
                shown.attributes(),
            )
            .into_iter()
            .map(|(k, v)| (k.trim_start_matches("data-"), v))
            .collect(),
        );
        let branches: Vec<BranchShape> = shown
            .branches
            .iter()
            .map(|b| {
                let when = b
                    .when
                    .iter()
                    .map(|way| Pairs(way.iter().map(|(q, v)| (q.id, v.to_query())).collect()))
                    .collect();
                BranchShape::of(&b.outcome, when)
            })
            .collect();
        let faq =
            shown.branches.first().map(|b| b.outcome.def.faq).unwrap_or(&licensing_rules::faq::INTRODUCTION);
        let single = shown.branches.len() == 1;
        let only = shown.branches.first().filter(|_| single).map(|b| &b.outcome);
        Evaluated::Result(Box::new(ResultShape {
            topic: topic.id,
            verdict: shown.verdict.id(),
            outcome: shown.outcome_ids(),
            attributes,
            headline: StatementShape::of(only.map_or(&SETTLED_HEADLINE, |o| &o.def.headline)),
            details: only
                .map(|o| o.details.iter().map(|d| StatementShape::from(d.sentence(), d.basis())).collect())
                .unwrap_or_default(),
            reasons: only.map(|o| o.def.reasons.iter().map(StatementShape::of).collect()).unwrap_or_default(),
            decided_by: only.and_then(|o| o.def.decided_by.as_ref()).map(StatementShape::of),
            next_steps: only
                .map(|o| o.def.next_steps.iter().map(StatementShape::of).collect())
                .unwrap_or_default(),
            limits: only.map(|o| o.def.limits.iter().map(StatementShape::of).collect()).unwrap_or_default(),
            scope: topic.scope.as_ref().map(StatementShape::of),
            faq: FaqShape::of(faq),
            branches,
            not_asked: shown.open.iter().map(|q| q.id).collect(),
            ignored,
        }))
    }
}

/// Names and values, as a JavaScript object (a plain list of pairs: smaller
/// than a map type, and in the order given).
pub struct Pairs(Vec<(&'static str, String)>);

impl Serialize for Pairs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// What the caller gave: a link's query string, or a state object; the
/// messages speak of it so.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Query,
    State,
}

/// What the module is (`about()`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct About {
    pub version: &'static str,
    pub faq_revision: &'static str,
    pub contract: &'static str,
}

/// The check of a key's format.
#[derive(Serialize)]
pub struct KeyCheck {
    pub format: &'static str,
    pub explanation: String,
}

/// A state as JavaScript gives it: `{ topic, answers: { id: value }, asOf }`,
/// read with `Reflect` rather than a serde deserializer: serde's errors would
/// bring float formatting along (14 KB), and these three fields need none.
pub struct State {
    topic: String,
    answers: Vec<(String, String)>,
    as_of: Option<String>,
    /// What the object held that is no state's, or not of the kind its field
    /// takes, in words for the caller: the decoder never sees it.
    pub unread: Vec<String>,
}

/// A state's fields, as the docs write them.
const STATE_FIELDS: [&str; 3] = ["topic", "answers", "asOf"];

/// What kind of JavaScript value `value` is, in words: "undefined", "a number".
pub fn kind_of(value: &wasm_bindgen::JsValue) -> String {
    if value.is_null() {
        return "null".to_owned();
    }
    if js_sys::Array::is_array(value) {
        return "an array".to_owned();
    }
    match value.js_typeof().as_string().unwrap_or_default().as_str() {
        "undefined" => "undefined".to_owned(),
        "object" => "an object".to_owned(),
        kind => format!("a {kind}"),
    }
}

/// The field of a state a misspelt one means (`as-of`, `as_of`, `Topic`).
fn meant_field(name: &str) -> Option<&'static str> {
    let bare: String =
        name.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    STATE_FIELDS.into_iter().find(|field| field.to_ascii_lowercase() == bare)
}

impl State {
    /// The state in `value`, or why it is not one.
    pub fn read(value: &wasm_bindgen::JsValue) -> Option<State> {
        use js_sys::{Object, Reflect};
        use wasm_bindgen::JsCast;
        let field =
            |name: &str| Reflect::get(value, &name.into()).ok().filter(|v| !v.is_undefined() && !v.is_null());
        let object = value.dyn_ref::<Object>()?;
        let topic = field("topic")?.as_string()?;
        let mut unread = Vec::new();
        for name in Object::keys(object).iter().filter_map(|k| k.as_string()) {
            if STATE_FIELDS.contains(&name.as_str()) {
                continue;
            }
            let hint = meant_field(&name).map(|f| format!(": did you mean {f}?")).unwrap_or_default();
            unread.push(format!(
                "The state's field “{}” was ignored: a state has only topic, answers and asOf{hint}",
                licensing_rules::state::query::shown(&name)
            ));
        }
        let as_of = field("asOf").and_then(|v| match v.as_string() {
            Some(text) => Some(text),
            None => {
                unread.push(format!(
                    "The state's date (asOf) was ignored because it is {}, not text written YYYY-MM-DD; the caller's date is used instead.",
                    kind_of(&v)
                ));
                None
            }
        });
        let mut answers = Vec::new();
        let given = field("answers").and_then(|v| match v.dyn_into::<Object>() {
            Ok(object) => Some(object),
            Err(v) => {
                unread.push(format!(
                    "The state's answers were ignored because they are {}, not an object {{ question: answer }} (a link's query string goes to evaluate() whole).",
                    kind_of(&v)
                ));
                None
            }
        });
        if let Some(given) = given {
            for entry in Object::entries(&given).iter() {
                let pair = js_sys::Array::from(&entry);
                let (Some(name), value) = (pair.get(0).as_string(), pair.get(1)) else { continue };
                let value = match (value.as_string(), value.as_f64()) {
                    (Some(text), _) => text,
                    // Whole numbers as digits; anything else as the caller
                    // wrote it (false, 1.5, [1]), which the decoder then names
                    // in the caller's own terms as what it could not use.
                    (None, Some(n)) if n.fract() == 0.0 && (0.0..1.8e19).contains(&n) => {
                        (n as u64).to_string()
                    }
                    _ => js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()).unwrap_or_default(),
                };
                answers.push((name, value));
            }
        }
        Some(State { topic, answers, as_of, unread })
    }

    /// The state as a link, for the one decoder (which names what it cannot use).
    pub fn to_query(&self) -> String {
        let mut parts = vec![format!("topic={}", percent_encode(&self.topic))];
        for (name, value) in &self.answers {
            parts.push(format!("{}={}", percent_encode(name), percent_encode(value)));
        }
        if let Some(as_of) = &self.as_of {
            parts.push(format!("as-of={}", percent_encode(as_of)));
        }
        format!("?{}", parts.join("&"))
    }
}
