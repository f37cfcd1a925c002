//! The rules' prose, and where its words come from.
//!
//! Every sentence of the rules is a [`Text`]. Most are needed only once a
//! question or a result shows, not on the first screen, so the app's build
//! (the feature `lazy-text`) leaves their words out of the WebAssembly and
//! fetches them later as one text pack ([`pack`], written at build time from
//! the same sources), which keeps the first visit small. Everywhere else (the
//! tests, the docs, the JavaScript module) the words are in place. Either way
//! a text is written once, next to the rule that uses it.

/// A sentence, or a label, of the rules: its words, or (in the app's build,
/// where every text's words come with the pack) only the key they are filed
/// under, half the size.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Text(Repr);

#[cfg(not(feature = "lazy-text"))]
type Repr = &'static str;
/// A hash of the words, so the pack and the binary built from the same
/// sources agree without a list of ids.
#[cfg(feature = "lazy-text")]
type Repr = u32;

impl Text {
    /// A text; in the app's build, its key alone. (Only what a constant
    /// holds ends up in the binary: the words of a packed text are read at
    /// compile time alone.)
    pub const fn new(words: &'static str) -> Text {
        #[cfg(feature = "lazy-text")]
        return Text(key_of(words));
        #[cfg(not(feature = "lazy-text"))]
        Text(words)
    }

    /// The words, where they are known: in the binary, or in the pack once
    /// it is installed.
    pub fn get(self) -> Option<&'static str> {
        #[cfg(feature = "lazy-text")]
        return pack::find(self.0);
        #[cfg(not(feature = "lazy-text"))]
        Some(self.0)
    }

    /// The words, or nothing if the pack has not come: for code that runs
    /// with the words in place (native tools, tests).
    pub fn as_str(self) -> &'static str {
        self.get().unwrap_or_default()
    }

    /// The key the pack files the words under.
    pub fn key(self) -> u32 {
        #[cfg(feature = "lazy-text")]
        return self.0;
        #[cfg(not(feature = "lazy-text"))]
        key_of(self.0)
    }
}

/// `items` with `separator` between them: what `[&str]::join` does, without
/// its code (two generic copies in the app cost its first visit about
/// 700 B gzip).
pub fn joined<'a>(items: impl IntoIterator<Item = &'a str>, separator: &str) -> String {
    let mut out = String::new();
    for (at, item) in items.into_iter().enumerate() {
        if at > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
    out
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.get() {
            Some(words) => write!(f, "{words:?}"),
            None => write!(f, "Text({:08x})", self.key()),
        }
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// FNV-1a, 32 bits: small and computed at compile time. A test checks that
/// no two texts of the rules share a key.
pub const fn key_of(words: &str) -> u32 {
    let bytes = words.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The text pack: every packed text's words, keyed, as one plain-text file.
/// One line per text, `key<TAB>words`, the key in eight hex digits.
pub mod pack {
    use std::sync::OnceLock;

    use super::Text;

    static INSTALLED: OnceLock<Vec<(u32, &'static str)>> = OnceLock::new();

    /// The pack for `texts`, as the build writes it (sorted, one line each).
    pub fn write(texts: &[Text]) -> String {
        let mut lines: Vec<(u32, &str)> = texts.iter().map(|t| (t.key(), t.as_str())).collect();
        lines.sort_unstable();
        lines.dedup();
        lines.iter().map(|(key, words)| format!("{key:08x}\t{words}\n")).collect()
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum PackError {
        /// A line that is not `key<TAB>words`, or out of order: not a pack this
        /// build wrote.
        Malformed,
        /// A pack was installed already.
        AlreadyInstalled,
    }

    /// Reads a pack and makes its words available to every [`Text`]. The
    /// words live as long as the program (they are the page's text).
    pub fn install(pack: String) -> Result<usize, PackError> {
        let pack: &'static str = Box::leak(pack.into_boxed_str());
        let mut entries = Vec::new();
        for line in pack.lines() {
            let (key, words) = line.split_once('\t').ok_or(PackError::Malformed)?;
            if key.len() != 8 {
                return Err(PackError::Malformed);
            }
            let key = u32::from_str_radix(key, 16).map_err(|_| PackError::Malformed)?;
            // Written sorted (`write`), so it is searched as it comes.
            if entries.last().is_some_and(|(last, _)| *last >= key) {
                return Err(PackError::Malformed);
            }
            entries.push((key, words));
        }
        let count = entries.len();
        INSTALLED.set(entries).map_err(|_| PackError::AlreadyInstalled)?;
        Ok(count)
    }

    pub fn is_installed() -> bool {
        INSTALLED.get().is_some()
    }

    #[cfg_attr(not(feature = "lazy-text"), allow(dead_code))]
    pub(super) fn find(key: u32) -> Option<&'static str> {
        let entries = INSTALLED.get()?;
        let at = entries.binary_search_by_key(&key, |(k, _)| *k).ok()?;
        entries.get(at).map(|(_, words)| *words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fnv_1a() {
        assert_eq!(key_of(""), 0x811c_9dc5);
        assert_eq!(key_of("a"), 0xe40c_292c);
        assert_eq!(Text::new("a").key(), Text::new("a").key());
    }

    /// The only test in this binary that installs a pack: there is one per program.
    #[test]
    fn a_pack_installs_once_and_only_as_the_build_writes_it() {
        for malformed in ["no tab\n", "123\tshort key\n", "zzzzzzzz\tnot hex\n", "00000002\tb\n00000001\ta\n"]
        {
            assert_eq!(pack::install(malformed.to_owned()), Err(pack::PackError::Malformed), "{malformed:?}");
        }
        assert!(!pack::is_installed());
        let texts = [Text::new("first words"), Text::new("second words"), Text::new("third words")];
        assert_eq!(pack::install(pack::write(&texts)), Ok(3));
        assert!(pack::is_installed());
        for text in texts {
            assert_eq!(pack::find(text.key()), text.get());
        }
        assert_eq!(pack::find(key_of("never written")), None);
        assert_eq!(pack::install(pack::write(&texts)), Err(pack::PackError::AlreadyInstalled));
    }

    #[test]
    fn a_pack_is_one_sorted_line_per_text() {
        let texts = [Text::new("b words"), Text::new("a words"), Text::new("b words")];
        let pack = pack::write(&texts);
        assert_eq!(pack.lines().count(), 2);
        let keys: Vec<&str> = pack.lines().map(|l| &l[..8]).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(keys, sorted);
        assert!(pack.contains(&format!("{:08x}\ta words\n", key_of("a words"))));
    }
}
