//! Replays the fuzzing corpus (fuzz/corpus/decode) with the fuzz target's own
//! checks, so every input the fuzzer kept is a regression test in CI.

use std::fs;
use std::path::Path;

use licensing_rules::state::{decode, encode, Checks, Saved};

#[test]
fn every_corpus_input_decodes_and_round_trips() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/decode");
    let mut count = 0;
    for entry in fs::read_dir(&dir).expect("the corpus folder").flatten() {
        let data = fs::read(entry.path()).expect("a corpus file");
        let text = String::from_utf8_lossy(&data);
        let decoded = decode(&text);
        for ignored in &decoded.ignored {
            assert!(!ignored.message().is_empty());
        }
        let again = decode(&encode(&decoded.location));
        assert_eq!(again.location, decoded.location, "{}", entry.path().display());
        assert!(again.ignored.is_empty());
        if let Ok(saved) = Saved::decode(&text) {
            assert_eq!(Saved::decode(&saved.encode()), Ok(saved));
        }
        // And as the checks kept: what is read is written back and read again the same.
        for kept in [text.to_string(), format!("v1\n{text}")] {
            let checks = Checks::decode(&kept);
            if !checks.foreign {
                assert_eq!(Checks::decode(&checks.encode()), checks);
            }
        }
        count += 1;
    }
    assert!(count >= 9, "the committed corpus is there ({count} files)");
}
