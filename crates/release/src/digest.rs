//! The hashes the page and its files carry: short content names, CSP hashes, integrity attributes.

use sha2::{Digest, Sha256, Sha384};

/// The first 16 hex digits of the SHA-256 of `data`: a name that changes with the content.
pub fn short(data: &[u8]) -> String {
    let mut out = String::with_capacity(16);
    for byte in &Sha256::digest(data)[..8] {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// `'sha256-…'`, as a Content-Security-Policy allows an inline script or style.
pub fn csp(text: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())))
}

/// `sha384-…`, as an integrity attribute names a file.
pub fn integrity(data: &[u8]) -> String {
    format!("sha384-{}", base64(&Sha384::digest(data)))
}

/// Standard base64 with padding.
pub fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let bytes = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(bytes[0]) << 16) | (u32::from(bytes[1]) << 8) | u32::from(bytes[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_rfc_4648_gives_it() {
        for (data, encoded) in
            [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")]
        {
            assert_eq!(base64(data.as_bytes()), encoded);
        }
    }

    #[test]
    fn hashes_as_browsers_compute_them() {
        assert_eq!(short(b"abc"), "ba7816bf8f01cfea");
        assert_eq!(csp(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
