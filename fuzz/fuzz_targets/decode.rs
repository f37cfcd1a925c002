//! Any bytes as outside input, both ways it arrives: as a query string and as
//! saved progress. Decoding, explaining what was ignored, and re-encoding
//! never panic, and what decodes re-decodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use licensing_rules::state::{decode, encode, Saved};

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
});
