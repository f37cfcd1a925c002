//! Where the user is: the state a URL encodes.

use crate::date::Date;
use crate::model::{Answers, Tool, Topic};

#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Start,
    Topic {
        topic: &'static Topic,
        answers: Answers,
    },
    /// A checker, planner or explainer: nothing to answer in the URL.
    Tool(&'static Tool),
    /// How a topic is decided: its whole decision tree.
    Tree(&'static Topic),
    /// The checks this browser made ([`super::checks`]): "Your checks".
    Checks,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub screen: Screen,
    /// Stands in for today in every date calculation.
    pub as_of: Option<Date>,
    /// The compact layout for iframes.
    pub embed: bool,
    /// Where an embedded page posts its height (`embed-origin`): an origin, or `*`.
    pub embed_origin: Option<EmbedOrigin>,
    /// A see-through page background for embedding (`embed-background=transparent`).
    pub transparent: bool,
    /// The host of an embedded page lets it keep and list the reader's
    /// checks (`embed-checks=1`); a plain page always does.
    pub embed_checks: bool,
}

/// The one origin an embedded page tells its height to, or `*` (any) when the
/// embedder asks for it. Kept as written: it only travels back into the link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOrigin(String);

impl EmbedOrigin {
    /// `*`, or `http(s)://host[:port]` in the lowercase form browsers report
    /// as `event.origin` (no path, no trailing slash): anything else could
    /// never match the parent and would silently post nothing.
    pub fn parse(text: &str) -> Option<EmbedOrigin> {
        if text == "*" {
            return Some(EmbedOrigin(text.to_owned()));
        }
        let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"))?;
        let (host, port) = rest.split_once(':').unwrap_or((rest, ""));
        let host_ok = !host.is_empty()
            && host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
        let port_ok = !rest.contains(':')
            || (!port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
        (host_ok && port_ok).then(|| EmbedOrigin(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Location {
    fn default() -> Self {
        Location {
            screen: Screen::Start,
            as_of: None,
            embed: false,
            embed_origin: None,
            transparent: false,
            embed_checks: false,
        }
    }
}

impl Location {
    /// The same screen and day for someone else: without the embedding
    /// settings, which belong to the frame that shows it, not to whoever
    /// opens a copied link.
    pub fn shared(&self) -> Location {
        Location { embed: false, embed_origin: None, transparent: false, embed_checks: false, ..self.clone() }
    }

    /// Whether this page keeps and lists the reader's checks: a plain page
    /// does; an embedded one where its host lets it.
    pub fn keeps_checks(&self) -> bool {
        !self.embed || self.embed_checks
    }

    /// The same page settings (as-of, embedding) on another screen.
    pub fn with_screen(&self, screen: Screen) -> Location {
        Location { screen, ..self.clone() }
    }

    pub fn topic(&self) -> Option<(&'static Topic, &Answers)> {
        match &self.screen {
            Screen::Start | Screen::Tool(_) | Screen::Tree(_) | Screen::Checks => None,
            Screen::Topic { topic, answers } => Some((topic, answers)),
        }
    }
}
