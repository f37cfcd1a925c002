//! The vocabulary every topic is written in: questions, typed answers,
//! outcomes. Topics are data plus one pure `decide` function each.

use std::marker::PhantomData;

use crate::date::Date;
use crate::faq::{FaqEntry, Section};
use crate::figures::Detail;
use crate::statement::Statement;
use crate::text::Text;

/// The answer a result gives to the user's question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Eligible,
    NotEligible,
    /// The FAQ alone does not settle it: another document decides, and the
    /// outcome names it.
    Conditional,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: [Verdict; 3] = [Verdict::Eligible, Verdict::NotEligible, Verdict::Conditional];

    /// Public: the contract's `data-verdict` value; never renamed (docs/deep-links.md, `crate::contract`).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::NotEligible => "not-eligible",
            Verdict::Conditional => "conditional",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Eligible => "Yes",
            Verdict::NotEligible => "No",
            Verdict::Conditional => "It depends",
        }
    }
}

/// Whether a result's answer is good news for the person who asked: the
/// badge's colour. Not the verdict: "uses no activation" is good news and a
/// yes; "the previous version until 10 March 2027" is good news to a reader
/// whose verdict (no downgrade rights) is a no.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum News {
    Good,
    Bad,
    /// It depends, or it is neither.
    Open,
}

impl News {
    /// As a verdict's answer reads when no outcome's words are shared.
    pub fn of(verdict: Verdict) -> News {
        match verdict {
            Verdict::Eligible => News::Good,
            Verdict::NotEligible => News::Bad,
            Verdict::Conditional => News::Open,
        }
    }
}

/// The answer to the topic's question as its reader brings it
/// ([`Topic::asks`]), in a few words: the result's badge. A dated outcome's
/// words end where the day it counts to follows, with the days left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    pub words: Text,
    pub news: News,
    /// Whether the day a dated figure counts to follows the words.
    pub until: bool,
}

pub const fn good(words: &'static str) -> Answer {
    Answer { words: Text::new(words), news: News::Good, until: false }
}
pub const fn bad(words: &'static str) -> Answer {
    Answer { words: Text::new(words), news: News::Bad, until: false }
}
pub const fn open(words: &'static str) -> Answer {
    Answer { words: Text::new(words), news: News::Open, until: false }
}

impl Answer {
    /// The same words, followed by the day the figure counts to.
    pub const fn until_day(self) -> Answer {
        Answer { until: true, ..self }
    }
}

/// One answer a person can pick, as the contract names it and as the page shows it.
#[derive(Debug, PartialEq, Eq)]
pub struct OptionDef {
    /// Public: the answer's value in a link; never renamed (docs/deep-links.md, `crate::contract`).
    pub id: &'static str,
    pub label: Text,
    pub hint: Option<Statement>,
}

/// What kind of answer a question takes.
#[derive(Debug)]
pub enum Input {
    Choice(&'static [OptionDef]),
    Date,
    Number,
}

#[derive(Debug)]
pub struct Question {
    /// Public: the question's name in a link; never renamed (docs/deep-links.md, `crate::contract`).
    pub id: &'static str,
    pub prompt: Text,
    pub hint: Option<Statement>,
    pub input: Input,
}

impl PartialEq for Question {
    // Questions are statics: one question, one address.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
impl Eq for Question {}

/// An enum whose variants are the answers to one choice question.
/// Implemented by [`choices!`].
pub trait Choice: Copy + 'static {
    const OPTIONS: &'static [OptionDef];
    /// Variants in the order of `OPTIONS`.
    const ALL: &'static [Self];

    fn from_id(id: &str) -> Option<Self> {
        let index = Self::OPTIONS.iter().position(|o| o.id == id)?;
        Self::ALL.get(index).copied()
    }
}

/// Declares the answers of a choice question as an enum together with their
/// ids and labels, so an id and its variant cannot drift apart.
macro_rules! choices {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $variant:ident = $id:literal => $label:literal $(, hint: $hint:expr)? ; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $($variant),+ }

        impl $crate::model::Choice for $name {
            const OPTIONS: &'static [$crate::model::OptionDef] = &[
                $( $crate::model::OptionDef {
                    id: $id,
                    label: $crate::text::Text::new($label),
                    hint: $crate::model::choices!(@hint $($hint)?),
                } ),+
            ];
            const ALL: &'static [Self] = &[$(Self::$variant),+];
        }
    };
    (@hint $hint:expr) => { Some($hint) };
    (@hint) => { None };
}
pub(crate) use choices;

/// A choice question whose answers are the variants of `T`.
pub struct ChoiceQuestion<T: Choice> {
    pub question: Question,
    answers: PhantomData<fn() -> T>,
}

impl<T: Choice> ChoiceQuestion<T> {
    pub const fn new(id: &'static str, prompt: &'static str, hint: Option<Statement>) -> Self {
        ChoiceQuestion {
            question: Question { id, prompt: Text::new(prompt), hint, input: Input::Choice(T::OPTIONS) },
            answers: PhantomData,
        }
    }
}

/// A question answered with a calendar date.
pub struct DateQuestion(pub Question);

impl DateQuestion {
    pub const fn new(id: &'static str, prompt: &'static str, hint: Option<Statement>) -> Self {
        DateQuestion(Question { id, prompt: Text::new(prompt), hint, input: Input::Date })
    }
}

/// A question answered with a non-negative whole number.
pub struct NumberQuestion(pub Question);

impl NumberQuestion {
    pub const fn new(id: &'static str, prompt: &'static str, hint: Option<Statement>) -> Self {
        NumberQuestion(Question { id, prompt: Text::new(prompt), hint, input: Input::Number })
    }
}

/// An answer as stored: already checked against its question at the edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// The id of one of the question's options.
    Choice(&'static str),
    Date(Date),
    Number(u64),
}

impl Value {
    /// Checks `text` against `question`: the one place outside text becomes an answer.
    pub fn parse(question: &Question, text: &str) -> Result<Value, ValueError> {
        match &question.input {
            Input::Choice(options) => options
                .iter()
                .find(|o| o.id == text)
                .map(|o| Value::Choice(o.id))
                .ok_or(ValueError::UnknownOption),
            Input::Date => Date::parse(text).map(Value::Date).map_err(ValueError::Date),
            Input::Number => parse_count(text).map(Value::Number),
        }
    }

    /// As it goes in a URL.
    pub fn to_query(self) -> String {
        match self {
            Value::Choice(id) => id.to_owned(),
            Value::Date(date) => date.to_string(),
            Value::Number(n) => n.to_string(),
        }
    }

    /// As a person reads it, for a given question.
    pub fn describe(self, question: &Question) -> String {
        match (self, &question.input) {
            (Value::Choice(id), Input::Choice(options)) => {
                options.iter().find(|o| o.id == id).map_or(id, |o| o.label.as_str()).to_owned()
            }
            (Value::Date(date), _) => date.long(),
            (other, _) => other.to_query(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueError {
    UnknownOption,
    Date(super::date::DateError),
    NotACount,
    TooLarge,
}

/// Non-negative whole numbers: digits only (no sign, no spaces inside, no
/// decimal point), at most `u64::MAX`.
fn parse_count(text: &str) -> Result<u64, ValueError> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValueError::NotACount);
    }
    text.parse::<u64>().map_err(|_| ValueError::TooLarge)
}

/// The answers given so far for one topic, keyed by question. Kept in the
/// order given (the order a URL lists them), but compared as a map.
#[derive(Clone, Debug, Default)]
pub struct Answers(Vec<(&'static Question, Value)>);

impl PartialEq for Answers {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(q, v)| other.get(q) == Some(v))
    }
}
impl Eq for Answers {}

impl Answers {
    pub fn get(&self, question: &Question) -> Option<Value> {
        self.0.iter().find(|(q, _)| *q == question).map(|(_, v)| *v)
    }

    /// Sets or replaces the answer to `question`.
    pub fn set(&mut self, question: &'static Question, value: Value) {
        match self.0.iter_mut().find(|(q, _)| *q == question) {
            Some(slot) => slot.1 = value,
            None => self.0.push((question, value)),
        }
    }

    /// The answers of `first`, then of `then` (a later answer to the same
    /// question wins). Loops, not a chain of iterators, whose code costs the
    /// app's first visit.
    pub fn of_both(first: &[(&'static Question, Value)], then: &[(&'static Question, Value)]) -> Answers {
        let mut answers = Answers::default();
        for list in [first, then] {
            for &(question, value) in list {
                answers.set(question, value);
            }
        }
        answers
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static Question, Value)> + '_ {
        self.0.iter().copied()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(&'static Question, Value)> for Answers {
    fn from_iter<I: IntoIterator<Item = (&'static Question, Value)>>(iter: I) -> Self {
        let mut answers = Answers::default();
        for (q, v) in iter {
            answers.set(q, v);
        }
        answers
    }
}

/// A result as the rules define it; the parts that depend on the answers'
/// values (dates) come with the [`Outcome`] as [`Detail`]s.
#[derive(Debug)]
pub struct OutcomeDef {
    /// Public: the result's `data-outcome` (unique within its topic); never renamed (docs/deep-links.md, `crate::contract`).
    pub id: &'static str,
    pub verdict: Verdict,
    /// What the badge says: the answer to the reader's own question, in a
    /// few words. The headline under it says the same in a sentence, and
    /// carries the basis.
    pub answer: Answer,
    /// One sentence that answers the topic's question (the badge gives the
    /// answer in a few words; the headline does not repeat them).
    pub headline: Statement,
    /// Why, in plain words.
    pub reasons: &'static [Statement],
    pub faq: &'static FaqEntry,
    /// For a conditional verdict: what decides instead of the FAQ.
    pub decided_by: Option<Statement>,
    pub next_steps: &'static [Statement],
    /// This app's own topics and tools a next step leads to, as links.
    pub see_also: &'static [Goto],
    /// Contract attributes fixed by the outcome itself (`data-consumes`).
    pub attributes: &'static [(&'static str, &'static str)],
    /// The situations of a real partner its questions might lump together
    /// that a question tells apart: the review that stays with the rule
    /// (docs/answers.md lists them beside each outcome). Not in the app's
    /// build, which asks the questions instead.
    #[cfg(not(feature = "lazy-text"))]
    pub told_apart: &'static [Situation],
    /// The situations its questions do not tell apart: the result says so
    /// ("What this answer does not cover").
    pub limits: &'static [Statement],
}

impl OutcomeDef {
    /// Every statement the outcome makes, in the order a result shows them
    /// (the figures, made from the answers, apart).
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        [&self.headline]
            .into_iter()
            .chain(self.reasons)
            .chain(self.decided_by.as_ref())
            .chain(self.next_steps)
            .chain(self.limits)
    }
}

impl PartialEq for OutcomeDef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// A situation a partner may be in that could change an outcome, and the
/// question that tells it apart. For reviewers only: the app's build, which
/// asks the question instead, leaves it out.
#[derive(Clone, Copy, Debug)]
pub struct Situation {
    pub text: Text,
    pub by: &'static Question,
}

/// A situation that `by` tells apart.
pub const fn asked(situation: &'static str, by: &'static Question) -> Situation {
    Situation { text: Text::new(situation), by }
}

/// A result: its definition plus what was computed for these answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub def: &'static OutcomeDef,
    pub details: Vec<Detail>,
    /// An optional question the result page offers to refine the details; it
    /// cannot change the verdict, so it is never asked as a step of its own.
    pub follow_up: Option<&'static Question>,
}

impl Outcome {
    pub fn new(def: &'static OutcomeDef) -> Outcome {
        Outcome { def, details: Vec::new(), follow_up: None }
    }

    /// The badge's words, with the day a dated figure counts to after them
    /// (and the days left, as of the day counted from).
    pub fn answer_words(&self) -> String {
        let words = self.def.answer.words.as_str();
        // A suffix, not a placeholder replaced: `str::replace`'s substring
        // search alone would cost the first visit some 2 KB gzip.
        match self.details.iter().find_map(Detail::until).filter(|_| self.def.answer.until) {
            Some(until) => [words, " ", until.as_str()].concat(),
            None => words.to_owned(),
        }
    }

    /// The contract's topic-specific attributes: fixed by the outcome
    /// (`data-consumes`) or computed from the answers (`data-upgrade-deadline`…).
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        // Loops, not a chain of iterators: a chain's code costs the first visit.
        let mut all: Vec<(&'static str, String)> =
            self.def.attributes.iter().map(|&(name, value)| (name, value.to_owned())).collect();
        for detail in &self.details {
            all.extend(detail.attributes());
        }
        all
    }
}

/// A question people bring to the FAQ, with everything needed to answer it.
pub struct Topic {
    /// Public: the link's `topic=` value and `data-topic`; never renamed (docs/deep-links.md, `crate::contract`).
    pub id: &'static str,
    pub section: Section,
    /// Short name for headings: "Windows upgrade licenses".
    pub title: &'static str,
    /// The question in the user's words: "Can I use these Windows licenses on this computer?"
    pub asks: &'static str,
    /// One line for the start page.
    pub summary: Statement,
    /// The yes-or-no question every verdict (`data-verdict`) of the topic
    /// answers. Narrower than `asks` where the FAQ's answer is (KMS: may we
    /// use a KMS key for these licenses, not: will we be given one). The
    /// page answers `asks` on its badge (`OutcomeDef::answer`); this one is
    /// for the review and the JavaScript module, not in the app's build.
    #[cfg(not(feature = "lazy-text"))]
    pub verdict_question: Text,
    /// On every result: what the verdict does and does not answer, where
    /// `asks` is broader than `verdict_question`.
    pub scope: Option<Statement>,
    /// Every question the topic may ask, in the order it asks them.
    pub questions: &'static [&'static Question],
    /// Every outcome it may reach.
    pub outcomes: &'static [&'static OutcomeDef],
    /// The rule: reads answers until it can decide, or stops at the first one missing.
    pub decide: fn(&mut Reader, &Context) -> Result<Outcome, Pending>,
}

impl PartialEq for Topic {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Topic {}

impl std::fmt::Debug for Topic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Topic({})", self.id)
    }
}

impl Topic {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().copied().find(|q| q.id == id)
    }

    /// Whether its answers are worked out against a date (today, or a
    /// link's `as-of`): it asks for a date.
    pub fn is_dated(&self) -> bool {
        self.questions.iter().any(|q| matches!(q.input, Input::Date))
    }
}

/// A screen that answers an FAQ entry without a run of questions: a checker,
/// a planner or an explainer. Cites its entry like an outcome does.
#[derive(Debug)]
pub struct Tool {
    /// Public: its `topic=` value and `data-page`; never renamed (docs/deep-links.md, `crate::contract`).
    pub id: &'static str,
    pub section: Section,
    pub title: &'static str,
    /// The question it answers, in the user's words.
    pub asks: &'static str,
    /// One line for the start page.
    pub summary: Statement,
    pub faq: &'static FaqEntry,
    pub kind: ToolKind,
}

/// Where a result's next step leads in this app.
#[derive(Clone, Copy, Debug)]
pub enum Goto {
    Topic(&'static Topic),
    Tool(&'static Tool),
}

#[derive(Debug)]
pub enum ToolKind {
    KeyCheck,
    ActivationPlanner,
    /// Plain information, in paragraphs.
    Explainer(&'static [Statement]),
}

impl PartialEq for Tool {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
impl Eq for Tool {}

/// The one question that stands between the answers so far and an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pending(pub &'static Question);

/// What evaluation needs besides the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// Today, or the `as-of` date standing in for it.
    pub today: Date,
}

/// Reads answers for a topic's `decide` function and records, in order, every
/// question it reads: that record is the path the user walked.
pub struct Reader<'a> {
    answers: &'a Answers,
    path: Vec<(&'static Question, Value)>,
}

impl<'a> Reader<'a> {
    pub fn new(answers: &'a Answers) -> Self {
        Reader { answers, path: Vec::new() }
    }

    /// The answer to `question` if it has the expected kind; recorded on the path.
    fn read<T>(
        &mut self,
        question: &'static Question,
        typed: impl FnOnce(Value) -> Option<T>,
    ) -> Result<T, Pending> {
        let value = self.answers.get(question).ok_or(Pending(question))?;
        let answer = typed(value).ok_or(Pending(question))?;
        self.path.push((question, value));
        Ok(answer)
    }

    pub fn choice<T: Choice>(&mut self, q: &'static ChoiceQuestion<T>) -> Result<T, Pending> {
        // The index, not the variant, is read by code shared by every choice
        // question: one copy of it in the wasm instead of one per answer type.
        let index = self.option_index(&q.question)?;
        // `ALL` lists the variants in the order of `OPTIONS` (`choices!`).
        T::ALL.get(index).copied().ok_or(Pending(&q.question))
    }

    /// The position of the chosen answer among `question`'s options.
    fn option_index(&mut self, question: &'static Question) -> Result<usize, Pending> {
        self.read(question, |v| match (v, &question.input) {
            (Value::Choice(id), Input::Choice(options)) => options.iter().position(|o| o.id == id),
            _ => None,
        })
    }

    pub fn date(&mut self, q: &'static DateQuestion) -> Result<Date, Pending> {
        self.read(&q.0, |v| match v {
            Value::Date(date) => Some(date),
            _ => None,
        })
    }

    pub fn number(&mut self, q: &'static NumberQuestion) -> Result<u64, Pending> {
        self.read(&q.0, |v| match v {
            Value::Number(n) => Some(n),
            _ => None,
        })
    }

    /// A follow-up's answer, if given; never asked for.
    pub fn optional_date(&mut self, q: &'static DateQuestion) -> Option<Date> {
        self.date(q).ok()
    }

    pub fn into_path(self) -> Vec<(&'static Question, Value)> {
        self.path
    }
}

choices! {
    /// The answers to every yes-or-no question.
    pub enum YesNo {
        Yes = "yes" => "Yes";
        No = "no" => "No";
    }
}
