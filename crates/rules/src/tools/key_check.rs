//! Product keys and tokens › "What is the difference between a product key
//! and a token?" Keys install or activate software, tokens redeem cloud
//! services, and both are 25 letters or digits in five groups of five.
//!
//! The checker is local by design: a key is a secret, so it never enters a
//! URL, history, storage or a request. This module only looks at the text.

use crate::faq::{Section, KEYS_AND_TOKENS, KEYS_FORMAT, KEYS_PRODUCT_KEY, KEYS_TOKEN};
use crate::model::{Tool, ToolKind};
use crate::statement::{about_this_app, faq, reading, start_line, Basis, Statement};

pub static TOOL: Tool = Tool {
    id: "keys",
    section: Section::ProductKeysAndTokens,
    title: "Product key and token check",
    asks: "Is this product key or token written in the right format?",
    summary: start_line(
        "Checks the 5×5 format on your device; the key never leaves this page.",
        Basis::ThisApp,
    ),
    faq: &KEYS_AND_TOKENS,
    kind: ToolKind::KeyCheck,
};

/// Under the field: the format, what the check accepts beyond it, and where
/// the text goes (nowhere). One list for the screen and the reviews alike.
pub static FIELD_NOTES: [Statement; 3] = [
    faq("25 letters or digits, in five groups of five.", &[&KEYS_FORMAT]),
    about_this_app("Type it with hyphens, spaces or nothing between the groups: the check accepts all three."),
    about_this_app("It is checked on this device only: it is not saved, not put in the address bar and not sent anywhere."),
];

/// "Product key or token?": what the format cannot tell.
pub static KEY_OR_TOKEN: [Statement; 3] = [
    reading(
        "Both are written the same way, so the format cannot tell them apart; what you use it for does.",
        &[&KEYS_FORMAT],
    ),
    faq("A product key is entered when you install or activate software.", &[&KEYS_PRODUCT_KEY]),
    faq("A token is redeemed to get cloud services.", &[&KEYS_TOKEN]),
];

/// What an explanation of the typed text rests on: the text itself, held
/// against the FAQ's format.
pub static EXPLANATION_BASIS: Basis = Basis::Answers(&[&KEYS_FORMAT]);

const GROUPS: usize = 5;
const GROUP_LEN: usize = 5;
const LENGTH: usize = GROUPS * GROUP_LEN;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyFormat {
    Valid,
    Invalid(KeyProblem),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// A character that is neither an ASCII letter, a digit, nor a separator.
    Character(char),
    /// Letters and digits, but not 25 of them.
    Length(usize),
    /// Separators that do not split it into five groups of five.
    Grouping,
}

impl KeyFormat {
    /// The contract's `data-key-format` value.
    pub fn id(self) -> &'static str {
        match self {
            KeyFormat::Valid => "valid",
            KeyFormat::Invalid(_) => "invalid",
        }
    }

    pub fn explain(self) -> String {
        match self {
            KeyFormat::Valid => "This is written as a product key or token should be: 25 letters or digits in five groups of five.".to_owned(),
            KeyFormat::Invalid(KeyProblem::Character(c)) => {
                format!("It contains “{c}”, which is not a letter A–Z, a digit 0–9, a hyphen or a space.")
            }
            KeyFormat::Invalid(KeyProblem::Length(n)) => {
                format!("It has {n} letters or digits; a key or token has exactly {LENGTH}.")
            }
            KeyFormat::Invalid(KeyProblem::Grouping) => {
                "The groups are split in the wrong places: write it as five groups of five with a hyphen or a space between them (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX), or with nothing between them.".to_owned()
            }
        }
    }
}

/// Checks the format: 25 ASCII letters or digits, either run together or as
/// five groups of five with separators between them. The FAQ says nothing of
/// separators; keys are printed with hyphens, read out with spaces, and
/// pasted from documents with non-breaking spaces, tabs or typographic
/// dashes, so any of these, one or several, separate groups. Surrounding
/// spaces (from copying) are ignored.
pub fn check(text: &str) -> KeyFormat {
    let text = text.trim();
    if let Some(c) = text.chars().find(|&c| !(c.is_ascii_alphanumeric() || is_separator(c))) {
        return KeyFormat::Invalid(KeyProblem::Character(c));
    }
    let letters_and_digits = text.chars().filter(char::is_ascii_alphanumeric).count();
    if letters_and_digits != LENGTH {
        return KeyFormat::Invalid(KeyProblem::Length(letters_and_digits));
    }
    if text.contains(is_separator) {
        let groups: Vec<&str> = separated(text);
        if groups.len() != GROUPS || groups.iter().any(|g| g.len() != GROUP_LEN) {
            return KeyFormat::Invalid(KeyProblem::Grouping);
        }
    }
    KeyFormat::Valid
}

/// A hyphen, any dash (‐ ‑ ‒ – — ― −) or any white space.
fn is_separator(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}') || c.is_whitespace()
}

/// The groups between runs of separators (a run counts as one), keeping an
/// empty group where the text starts or ends with one. (No slicing by index:
/// its panic path alone costs about 4 KB gzip of wasm.)
fn separated(text: &str) -> Vec<&str> {
    let parts: Vec<&str> = text.split(is_separator).collect();
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .filter(|&(i, group)| !group.is_empty() || i == 0 || i == last)
        .map(|(_, g)| *g)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_two_ways_of_writing_a_key() {
        assert_eq!(check("ABCDE-12345-FGHIJ-67890-KLMNO"), KeyFormat::Valid);
        assert_eq!(check("ABCDE12345FGHIJ67890KLMNO"), KeyFormat::Valid);
        assert_eq!(check("  abcde-12345-fghij-67890-klmno\n"), KeyFormat::Valid);
        assert_eq!(check("ABCDE 12345 FGHIJ 67890 KLMNO"), KeyFormat::Valid);
        assert_eq!(check("ABCDE 12345-FGHIJ-67890-KLMNO"), KeyFormat::Valid);
        // Pasted from documents: a double space, a non-breaking space, a tab, an en dash.
        assert_eq!(check("ABCDE  12345\u{a0}FGHIJ\t67890\u{2013}KLMNO"), KeyFormat::Valid);
    }

    #[test]
    fn names_what_is_wrong() {
        use KeyProblem::*;
        assert_eq!(check("ABCDE-12345-FGHIJ-67890-KLMN"), KeyFormat::Invalid(Length(24)));
        assert_eq!(check("ABCDE-12345-FGHIJ-67890-KLMNOP"), KeyFormat::Invalid(Length(26)));
        assert_eq!(check(""), KeyFormat::Invalid(Length(0)));
        assert_eq!(check("ABCDE-12345-FGHIJ-6789O_KLMNO"), KeyFormat::Invalid(Character('_')));
        assert_eq!(check("ABCDE.12345-FGHIJ-67890-KLMNO"), KeyFormat::Invalid(Character('.')));
        assert_eq!(check("ABCDE 12345 FGHIJ 67890KLMNO"), KeyFormat::Invalid(Grouping));
        assert_eq!(check("ABCDE-12345-FGHIJ-67890-KLMNO-"), KeyFormat::Invalid(Grouping));
        assert_eq!(check("ÄBCDE-12345-FGHIJ-67890-KLMNO"), KeyFormat::Invalid(Character('Ä')));
        assert_eq!(check("ABCD-E12345-FGHIJ-67890-KLMNO"), KeyFormat::Invalid(Grouping));
        assert_eq!(check("ABCDE--12345FGHIJ-67890-KLMNO"), KeyFormat::Invalid(Grouping));
        assert_eq!(check("-ABCDE12345FGHIJ67890KLMNO"), KeyFormat::Invalid(Grouping));
    }

    #[test]
    fn says_which_and_why_in_the_contracts_words() {
        let said = |text: &str| (check(text).id(), check(text).explain());
        let (id, why) = said("ABCDE12345FGHIJ67890KLMNO");
        assert_eq!(id, "valid");
        assert!(why.contains("five groups of five"), "{why}");
        let cases = [
            ("ABCDE-12345-FGHIJ-67890-KLMN", "It has 24 letters or digits; a key or token has exactly 25."),
            (
                "ABCDE.12345-FGHIJ-67890-KLMNO",
                "It contains “.”, which is not a letter A–Z, a digit 0–9, a hyphen or a space.",
            ),
            ("ABCDE-12345-FGHIJ-6789O_KLMNO", "It contains “_”"),
            ("ABCD-E12345-FGHIJ-67890-KLMNO", "The groups are split in the wrong places"),
        ];
        for (text, start) in cases {
            let (id, why) = said(text);
            assert_eq!(id, "invalid", "{text}");
            assert!(why.starts_with(start), "{text}: {why}");
        }
    }
}
