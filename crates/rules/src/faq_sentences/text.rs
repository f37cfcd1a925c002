//! Reading a FAQ text (the saved page's text, as the seed file is) into its
//! parts and their sentences. Spacing and line breaks inside a paragraph do
//! not matter: a paragraph wrapped onto several lines, or with its spaces
//! doubled, reads as the same sentences.
//!
//! The layout read: the page's first line is its title; blank lines separate
//! paragraphs; a line that begins with a bullet begins a block of its own,
//! which the lines after it continue while they are indented as it is. A
//! bullet's block that ends without a full stop, question mark or exclamation
//! mark is a section heading, any other a list item; a paragraph that ends
//! with a question mark is an entry's question.

use super::Fingerprint;

/// What kind of part of the page a run of sentences is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// The lines before the first section heading: the page's title and
    /// whatever the site puts under it.
    Head,
    /// A section heading and the paragraphs under it before any question
    /// (the introduction is one).
    Section,
    /// An entry: its question and its answer.
    Entry,
}

/// A part of the text: for a section its heading, for an entry its question,
/// first; then the sentences that follow it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextPart {
    pub kind: PartKind,
    pub sentences: Vec<String>,
}

/// A FAQ text read into parts, in the page's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FaqText {
    pub parts: Vec<TextPart>,
}

/// Why a text cannot be read as a FAQ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAFaq {
    Empty,
    /// No section heading or no question: not the page's layout.
    NoSectionsOrQuestions,
}

impl std::fmt::Display for NotAFaq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotAFaq::Empty => "the text is empty",
            NotAFaq::NoSectionsOrQuestions => {
                "it has no section heading (a bullet line) or no question (a paragraph ending with “?”)"
            }
        })
    }
}

/// One sentence's text with its spacing made plain: every run of white space
/// one space, none at either end. Fingerprints are taken of this.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn fingerprint(text: &str) -> Fingerprint {
    Fingerprint::of(&normalise(text))
}

const BULLET: char = '•';

fn ends_a_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(CLOSERS);
    trimmed.ends_with(['.', '?', '!'])
}

/// Closing quotes and brackets that may follow a sentence's last mark.
const CLOSERS: &[char] = &['”', '’', '"', '\'', ')', ']'];

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[derive(Debug)]
enum Block {
    Heading(String),
    Paragraph(String),
}

/// A block being read, and which lines may continue it.
enum Open {
    Closed,
    /// A paragraph: any line until a blank one.
    Paragraph,
    /// A bullet's line: lines indented as it is, until a blank one.
    Bullet {
        indentation: usize,
    },
}

/// The lines grouped into headings and paragraphs.
fn blocks(text: &str) -> Vec<Block> {
    // (the block's text, whether it began with a bullet)
    let mut read: Vec<(String, bool)> = Vec::new();
    let mut open = Open::Closed;
    for line in text.lines() {
        let content = line.trim();
        if content.is_empty() {
            open = Open::Closed;
            continue;
        }
        if let Some(item) = content.strip_prefix(BULLET) {
            read.push((item.trim().to_owned(), true));
            open = Open::Bullet { indentation: indentation(line) };
            continue;
        }
        let continues = match open {
            Open::Closed => false,
            Open::Paragraph => true,
            Open::Bullet { indentation: at } => indentation(line) == at,
        };
        match read.last_mut() {
            Some((block, _)) if continues => {
                block.push(' ');
                block.push_str(content);
            }
            _ => {
                // The page's first line is its title, a line of its own.
                open = if read.is_empty() { Open::Closed } else { Open::Paragraph };
                read.push((content.to_owned(), false));
            }
        }
    }
    read.into_iter()
        .map(|(block, bullet)| {
            // A bullet without a sentence's end is a heading, not a list item.
            if bullet && !ends_a_sentence(&block) {
                Block::Heading(block)
            } else {
                Block::Paragraph(block)
            }
        })
        .collect()
}

/// Splits a paragraph after each full stop, question or exclamation mark
/// (and any closing quote or bracket) that white space and a capital letter,
/// a digit or an opening quote or bracket follow.
pub fn sentences(paragraph: &str) -> Vec<String> {
    let text = normalise(paragraph);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut end = k + 1;
        while chars.get(end).is_some_and(|&(_, c)| CLOSERS.contains(&c)) {
            end += 1;
        }
        let Some(&(space_at, ' ')) = chars.get(end) else { continue };
        let starts_next = chars
            .get(end + 1)
            .is_some_and(|&(_, n)| n.is_uppercase() || n.is_ascii_digit() || "“‘\"'([".contains(n));
        if starts_next {
            out.push(text[start..space_at].to_owned());
            start = space_at + 1;
        }
    }
    if start < text.len() {
        out.push(text[start..].to_owned());
    }
    out
}

/// Reads a FAQ text into its parts.
pub fn read(text: &str) -> Result<FaqText, NotAFaq> {
    if text.trim().is_empty() {
        return Err(NotAFaq::Empty);
    }
    let mut parts = vec![TextPart { kind: PartKind::Head, sentences: Vec::new() }];
    for block in blocks(text) {
        match block {
            Block::Heading(heading) => {
                parts.push(TextPart { kind: PartKind::Section, sentences: vec![normalise(&heading)] })
            }
            Block::Paragraph(paragraph) if ends_with_question(&paragraph) => {
                parts.push(TextPart { kind: PartKind::Entry, sentences: vec![normalise(&paragraph)] })
            }
            Block::Paragraph(paragraph) => {
                if let Some(part) = parts.last_mut() {
                    part.sentences.extend(sentences(&paragraph));
                }
            }
        }
    }
    let has = |kind| parts.iter().any(|p| p.kind == kind);
    if !has(PartKind::Section) || !has(PartKind::Entry) {
        return Err(NotAFaq::NoSectionsOrQuestions);
    }
    Ok(FaqText { parts })
}

fn ends_with_question(paragraph: &str) -> bool {
    paragraph.trim_end().trim_end_matches(CLOSERS).ends_with('?')
}
