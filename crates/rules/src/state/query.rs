//! The query string: the public deep-link contract (`docs/deep-links.md`).
//!
//! Decoding never fails and never panics: whatever it cannot use it leaves out
//! and reports as [`Ignored`], in words for the page. Repeated parameters: the
//! first occurrence wins.

use super::location::{EmbedOrigin, Location, Screen};
use crate::catalog;
use crate::contract::param;
use crate::date::Date;
use crate::model::{Answers, Input, Question, Value, ValueError};

/// More parameters than any real link has; the rest are ignored.
pub const MAX_PARAMETERS: usize = 64;
/// How much of a value a notice repeats back.
const SHOWN_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    UnknownTopic(String),
    /// A name that is no question of the screen (titled), or of any screen.
    UnknownParameter {
        name: String,
        screen: Option<&'static str>,
        /// The screen's question the name most likely meant (a letter or two
        /// off), if one is that close.
        meant: Option<&'static str>,
    },
    /// A product key in a link: a secret, never read from a URL.
    KeyInLink,
    BadAnswer {
        question: &'static Question,
        value: String,
        error: ValueError,
    },
    BadAsOf {
        value: String,
        error: crate::date::DateError,
    },
    BadEmbed(String),
    BadEmbedOrigin(String),
    BadEmbedBackground(String),
    BadEmbedChecks(String),
    /// A `view` other than `tree`, or one without a topic.
    BadView(String),
    /// Given again with another value; the first was used.
    Repeated(String),
    TooMany,
}

/// Whose input a message about ignored input speaks of, so that it speaks
/// of it in the giver's own terms: the page's link ([`InLink`]), or what a
/// program gave the JavaScript module ([`InQuery`], [`InState`]). A type
/// rather than a value, so the page's code carries the page's words only.
pub trait Given {
    const WORDS: Words;
}

/// The page's own link, to its reader.
pub struct InLink;
/// A link's query string, given to the JavaScript module by a program.
pub struct InQuery;
/// A state object (`{ topic, answers, asOf }`) given to the module.
pub struct InState;

/// The words a message uses for the input, by [`Given`].
pub struct Words {
    /// "The link"
    pub the: &'static str,
    /// "The link's"
    pub its: &'static str,
    /// "in the link"
    pub within: &'static str,
    /// After an unknown topic: where the topics are.
    pub topics: &'static str,
    /// The day's own name in the input.
    pub as_of: &'static str,
    /// What stands in for an ignored day.
    pub instead: &'static str,
    /// Who reads the input: "this page uses".
    pub reader_uses: &'static str,
    /// Why a product key in it was ignored, and what to do instead.
    pub key: &'static str,
}

impl Given for InLink {
    const WORDS: Words = Words {
        the: "The link",
        its: "The link's",
        within: "in the link",
        topics: "that this page does not have. Choose a topic below.",
        as_of: "as-of",
        instead: "today's date is used instead",
        reader_uses: "this page uses",
        key: "The link contained a product key, which was ignored and removed from the address bar: keys are secrets and never belong in a link. Type it into the check instead.",
    };
}

impl Given for InQuery {
    const WORDS: Words = Words {
        the: "The query",
        its: "The query's",
        within: "in the query",
        topics: "that the rules do not have (topics() lists them).",
        as_of: "as-of",
        instead: "the caller's date is used instead",
        reader_uses: "the rules use",
        key: "The query contained a product key, which was ignored: keys are secrets, never part of a link or a state. Check a key's format with checkKeyFormat().",
    };
}

impl Given for InState {
    const WORDS: Words = Words {
        the: "The state",
        its: "The state's",
        within: "in answers",
        topics: "that the rules do not have (topics() lists them).",
        as_of: "asOf",
        instead: "the caller's date is used instead",
        reader_uses: "the rules use",
        key: "The state contained a product key, which was ignored: keys are secrets, never part of a link or a state. Check a key's format with checkKeyFormat().",
    };
}

impl Ignored {
    /// What was ignored and why, for the page's reader.
    pub fn message(&self) -> String {
        self.message_in::<InLink>()
    }

    /// What was ignored and why, in the terms of whoever gave the input.
    pub fn message_in<G: Given>(&self) -> String {
        let Words { the, its, within, topics, as_of, instead, reader_uses, key } = G::WORDS;
        match self {
            Ignored::UnknownTopic(value) => format!("{the} asks for a topic “{}” {topics}", shown(value)),
            Ignored::UnknownParameter { name, screen: Some(title), meant } => {
                let mut said = format!("“{}” {within} is not a question about {title}, so it was ignored", shown(name));
                match meant {
                    Some(id) => said.extend([": did you mean “", id, "”?"]),
                    None => said.push('.'),
                }
                said
            }
            Ignored::KeyInLink => key.to_owned(),
            Ignored::UnknownParameter { name, screen: None, .. } => {
                format!("“{}” {within} was ignored: it is not something {reader_uses} without a topic.", shown(name))
            }
            Ignored::BadAnswer { question, value, error } => format!(
                "{its} answer “{}” to “{}” was ignored: {}.",
                shown(value),
                question.prompt,
                explain(question, *error)
            ),
            Ignored::BadAsOf { value, error } => format!(
                "{its} date “{}” ({as_of}) was ignored because it {}; {instead}.",
                shown(value),
                error.explain()
            ),
            Ignored::BadView(value) => format!(
                "{its} view “{}” was ignored: the only view is “tree”, together with a topic.",
                shown(value)
            ),
            Ignored::BadEmbed(value) => {
                format!("{its} layout setting “{}” (embed) was ignored: it can be 1 or 0.", shown(value))
            }
            Ignored::BadEmbedOrigin(value) => format!(
                "{its} embed-origin “{}” was ignored: it must be an origin such as https://faq.example.com (no path), or *.",
                shown(value)
            ),
            Ignored::BadEmbedBackground(value) => format!(
                "{its} embed-background “{}” was ignored: the only choice is “transparent”.",
                shown(value)
            ),
            Ignored::BadEmbedChecks(value) => {
                format!("{its} embed-checks “{}” was ignored: it can be 1 or 0.", shown(value))
            }
            Ignored::Repeated(name) => format!(
                "{the} gives “{}” more than once with different values; the first one was used.",
                shown(name)
            ),
            Ignored::TooMany => format!("{the} has more than {MAX_PARAMETERS} parts; the rest were ignored."),
        }
    }
}

fn explain(question: &Question, error: ValueError) -> String {
    match (error, &question.input) {
        (ValueError::UnknownOption, Input::Choice(options)) => {
            format!("it is not one of {}", crate::text::joined(options.iter().map(|o| o.id), ", "))
        }
        (ValueError::Date(e), _) => format!("it {}", e.explain()),
        (ValueError::NotACount, _) => "it is not a whole number of 0 or more".to_owned(),
        (ValueError::TooLarge, _) => "the number is too large".to_owned(),
        (ValueError::UnknownOption, _) => "it is not a valid answer".to_owned(),
    }
}

/// A value as a notice may repeat it: short, and without control characters.
pub fn shown(value: &str) -> String {
    let mut out: String =
        value.chars().take(SHOWN_CHARS).map(|c| if is_unsafe_to_show(c) { '\u{FFFD}' } else { c }).collect();
    if value.chars().nth(SHOWN_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Control characters, and the invisible marks that reorder text around them
/// (a crafted value could make a notice read differently from what it is).
fn is_unsafe_to_show(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub location: Location,
    pub ignored: Vec<Ignored>,
}

/// Reads a query string (with or without its leading `?`).
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut ignored = Vec::new();

    // First occurrence of each name wins; later different values are reported once.
    let mut params: Vec<(String, String)> = Vec::new();
    let mut parts = query.split('&').filter(|part| !part.is_empty());
    for part in parts.by_ref().take(MAX_PARAMETERS) {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        let (name, value) = (percent_decode(name), percent_decode(value));
        match params.iter().find(|(n, _)| *n == name) {
            Some((_, first)) => {
                let report = Ignored::Repeated(name.clone());
                if *first != value && !ignored.contains(&report) {
                    ignored.push(report);
                }
            }
            None => params.push((name, value)),
        }
    }
    if parts.next().is_some() {
        ignored.push(Ignored::TooMany);
    }

    let mut location = Location::default();
    let mut topic = None;
    let mut tree = false;
    for (name, value) in &params {
        match name.as_str() {
            param::TOPIC => match (catalog::topic(value), catalog::tool(value)) {
                (Some(found), _) => topic = Some(found),
                (None, Some(tool)) => location.screen = Screen::Tool(tool),
                (None, None) if value == crate::contract::page::CHECKS => location.screen = Screen::Checks,
                (None, None) => ignored.push(Ignored::UnknownTopic(value.clone())),
            },
            param::AS_OF => match Date::parse(value) {
                Ok(date) => location.as_of = Some(date),
                Err(error) => ignored.push(Ignored::BadAsOf { value: value.clone(), error }),
            },
            param::VIEW if value == "tree" => tree = true,
            param::VIEW => ignored.push(Ignored::BadView(value.clone())),
            param::EMBED => match value.as_str() {
                "1" => location.embed = true,
                "0" => location.embed = false,
                _ => ignored.push(Ignored::BadEmbed(value.clone())),
            },
            param::EMBED_ORIGIN => match EmbedOrigin::parse(value) {
                Some(origin) => location.embed_origin = Some(origin),
                None => ignored.push(Ignored::BadEmbedOrigin(value.clone())),
            },
            param::EMBED_BACKGROUND if value == crate::contract::element::TRANSPARENT => {
                location.transparent = true
            }
            param::EMBED_BACKGROUND => ignored.push(Ignored::BadEmbedBackground(value.clone())),
            param::EMBED_CHECKS => match value.as_str() {
                "1" => location.embed_checks = true,
                "0" => location.embed_checks = false,
                _ => ignored.push(Ignored::BadEmbedChecks(value.clone())),
            },
            _ => {}
        }
    }

    let screen_title = match (&location.screen, topic) {
        (_, Some(topic)) => Some(topic.title),
        (Screen::Tool(tool), None) => Some(tool.title),
        _ => None,
    };
    let mut answers = Answers::default();
    for (name, value) in &params {
        match name.as_str() {
            param::TOPIC
            | param::AS_OF
            | param::EMBED
            | param::EMBED_ORIGIN
            | param::EMBED_BACKGROUND
            | param::EMBED_CHECKS
            | param::VIEW => continue,
            // Never echoed, never kept: the value is dropped with `params`.
            param::PRODUCT_KEY => {
                ignored.push(Ignored::KeyInLink);
                continue;
            }
            _ => {}
        }
        match topic.and_then(|t| t.question(name)) {
            Some(question) => match Value::parse(question, value) {
                Ok(parsed) => answers.set(question, parsed),
                Err(error) => ignored.push(Ignored::BadAnswer { question, value: value.clone(), error }),
            },
            None => ignored.push(Ignored::UnknownParameter {
                name: name.clone(),
                screen: screen_title,
                meant: topic.and_then(|t| t.questions.iter().map(|q| q.id).find(|id| misspelt(name, id))),
            }),
        }
    }
    match (topic, tree) {
        // The tree shows every answer at once; answers in the link do not matter to it.
        (Some(topic), true) => location.screen = Screen::Tree(topic),
        (Some(topic), false) => location.screen = Screen::Topic { topic, answers },
        (None, true) => ignored.push(Ignored::BadView("tree".to_owned())),
        (None, false) => {}
    }
    Decoded { location, ignored }
}

/// The query string for a location, `?` included; empty for the plain start page.
/// Answers go in the order given (the order they were asked).
pub fn encode(location: &Location) -> String {
    let mut params: Vec<(&str, String)> = Vec::new();
    match &location.screen {
        Screen::Start => {}
        Screen::Topic { topic, answers } => {
            params.push((param::TOPIC, topic.id.to_owned()));
            params.extend(answers.iter().map(|(q, v)| (q.id, v.to_query())));
        }
        Screen::Tool(tool) => params.push((param::TOPIC, tool.id.to_owned())),
        Screen::Tree(topic) => {
            params.push((param::TOPIC, topic.id.to_owned()));
            params.push((param::VIEW, "tree".to_owned()));
        }
        Screen::Checks => params.push((param::TOPIC, crate::contract::page::CHECKS.to_owned())),
    }
    if let Some(date) = location.as_of {
        params.push((param::AS_OF, date.to_string()));
    }
    if location.embed {
        params.push((param::EMBED, "1".to_owned()));
    }
    if let Some(origin) = &location.embed_origin {
        params.push((param::EMBED_ORIGIN, origin.as_str().to_owned()));
    }
    if location.transparent {
        params.push((param::EMBED_BACKGROUND, crate::contract::element::TRANSPARENT.to_owned()));
    }
    if location.embed_checks {
        params.push((param::EMBED_CHECKS, "1".to_owned()));
    }
    if params.is_empty() {
        return String::new();
    }
    let pairs: Vec<String> = params
        .iter()
        .map(|(name, value)| format!("{}={}", percent_encode(name), percent_encode(value)))
        .collect();
    format!("?{}", crate::text::joined(pairs.iter().map(String::as_str), "&"))
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XY` a byte;
/// a broken escape stays as written; bytes that are not UTF-8 become U+FFFD.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped =
            (b == b'%').then(|| Some((hex(*bytes.get(i + 1)?)? << 4) | hex(*bytes.get(i + 2)?)?)).flatten();
        match (b, escaped) {
            (_, Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                i += 1;
            }
            (other, None) => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// A query-string name or value: letters, digits and `-_.~` as they are,
/// every other byte as `%XY`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Whether `name` is `id` with a letter or two changed, added, left out or
/// swapped in one place (one, for a name under five letters): a
/// misspelling, not another word.
fn misspelt(name: &str, id: &str) -> bool {
    let (a, b) = (name.as_bytes(), id.as_bytes());
    let most = if b.len() < 5 { 1 } else { 2 };
    let (mut front, mut back) = (0, 0);
    while front < a.len().min(b.len()) && a[front] == b[front] {
        front += 1;
    }
    while back < a.len().min(b.len()) - front && a[a.len() - 1 - back] == b[b.len() - 1 - back] {
        back += 1;
    }
    a.len() - front - back <= most && b.len() - front - back <= most
}

#[cfg(test)]
mod tests {
    use super::misspelt;

    #[test]
    fn a_misspelling_is_a_letter_or_two_off_in_one_place() {
        // Ids of five letters or more: two off; shorter ones: one.
        assert!(misspelt("abxye", "abcde"));
        assert!(!misspelt("axcye", "abcde"), "two places");
        assert!(misspelt("abxd", "abcd"));
        assert!(!misspelt("axyd", "abcd"));
        // Letters added or left out at either end, and names made of one letter repeated.
        assert!(misspelt("aaaa", "aaaaa"));
        assert!(misspelt("aaaaa", "aaaa"));
        assert!(!misspelt("aaaaaa", "aaaa"));
        assert!(misspelt("edition", "editions"));
        assert!(!misspelt("", "abcdef"));
    }
}
