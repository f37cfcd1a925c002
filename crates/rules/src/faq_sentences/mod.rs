//! The FAQ, sentence by sentence: every sentence of the revision the rules
//! follow is either the source of points (`crate::faq`) or set aside with the
//! reason it decides nothing ([`map`]). A sentence is known by its part, its
//! position and a fingerprint of its text, never by the text itself: the
//! project carries the FAQ's points in its own words, not the FAQ.
//!
//! [`text`] reads a FAQ text into sentences; [`changes`] holds a text against
//! the map and says what changed and what rests on it, for the maintainer who
//! gets a new FAQ text (`cargo run -p licensing-rules --example faq-changes`).

pub mod changes;
pub mod map;
pub mod text;

use crate::faq::{FaqEntry, Point, Section};

/// FNV-1a (64 bits) of a sentence's normalised text (`text::normalise`):
/// enough to tell one sentence of a 10 KB page from another, and written in
/// the map instead of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub u64);

impl Fingerprint {
    pub fn of(normalised: &str) -> Fingerprint {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in normalised.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Fingerprint(hash)
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// What a sentence is to the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// An entry's question or a section's heading: it decides nothing, but
    /// every citation of the entry (or of the entries under the heading)
    /// names it, so what cites them rests on its words.
    Heading,
    /// The source of these points.
    Source(&'static [&'static Point]),
    /// Decides nothing, for this reason.
    SetAside(&'static str),
}

/// Which part of the page a run of sentences is, as the rules know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The page's title and what the site shows under it.
    Head,
    /// A section heading, with the paragraphs under it before any entry.
    Section(Section),
    /// The page's own name, as the site's navigation lists it above the sections.
    PageName,
    Entry(&'static FaqEntry),
}

/// One sentence of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mapped {
    pub fingerprint: Fingerprint,
    pub role: Role,
}

/// A part of the page and its sentences, in the page's order: its heading or
/// question first (position 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapPart {
    pub part: Part,
    pub sentences: &'static [Mapped],
}

impl Part {
    /// Stable id, as the change report names a part.
    pub fn id(self) -> &'static str {
        match self {
            Part::Head => "page-head",
            Part::PageName => "page-name",
            Part::Section(section) => match section {
                Section::Introduction => "introduction",
                Section::Licenses => "section-licenses",
                Section::ProductKeysAndTokens => "section-product-keys-and-tokens",
                Section::CloudServices => "section-cloud-services",
            },
            Part::Entry(entry) => entry.id,
        }
    }

    /// What a reader of the report knows the part by: an entry's question as
    /// the app cites it, or what the part is.
    pub fn described(self) -> String {
        match self {
            Part::Head => "The page's title and the lines under it".to_owned(),
            Part::PageName => "The page's name in the site's navigation".to_owned(),
            Part::Section(section) => format!("The section “{}”", section.title()),
            Part::Entry(entry) => entry.question.to_string(),
        }
    }

    pub fn kind(self) -> text::PartKind {
        match self {
            Part::Head => text::PartKind::Head,
            Part::PageName | Part::Section(_) => text::PartKind::Section,
            Part::Entry(_) => text::PartKind::Entry,
        }
    }
}
