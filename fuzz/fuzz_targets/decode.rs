//! Any bytes as outside input, every way it arrives: as a query string, as
//! saved progress and as the checks kept. Decoding, explaining what was ignored, and re-encoding
//! never panic, and what decodes re-decodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use licensing_rules::state::{decode, encode, Checks, Saved};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let decoded = decode(&text);
    for ignored in &decoded.ignored {
        let _ = ignored.message();
    }
    let again = decode(&encode(&decoded.location));
    assert_eq!(again.location, decoded.location);
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
});
