//! Any bytes as a query string: decoding, explaining what was ignored, and
//! re-encoding never panic, and what decodes re-decodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use licensing_check::state::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let decoded = decode(&text);
    for ignored in &decoded.ignored {
        let _ = ignored.message();
    }
    let again = decode(&encode(&decoded.location));
    assert_eq!(again.location, decoded.location);
    assert!(again.ignored.is_empty());
});
