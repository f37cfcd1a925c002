//! An embedded page's look, as a host page asks for it (docs/embedding.md):
//! the values it may give (plain colours, a font family list, a corner
//! radius; nothing else), WCAG 2.2 contrast, and the nearest colour to one
//! asked for that still reaches a contrast against what it sits on. No
//! dependency and no web crate: tested natively against published WCAG
//! figures (tests/wcag.rs). Built on its own as a small WebAssembly module
//! (`look.wasm`, the exports in [`wasm`]) that web/embed.js loads only in a
//! frame given a look: the app's first visit carries none of it. In that
//! module nothing allocates or formats (`no_std`), which keeps it small.

#![cfg_attr(target_arch = "wasm32", no_std)]

include!(concat!(env!("OUT_DIR"), "/linear.rs"));

/// An sRGB colour, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };
pub const WHITE: Rgb = Rgb { r: 255, g: 255, b: 255 };

/// WCAG 2.2's minimum contrast for text (1.4.3, AA).
pub const TEXT: f64 = 4.5;
/// WCAG 2.2's minimum contrast for control borders and focus indicators (1.4.11).
pub const NON_TEXT: f64 = 3.0;

/// The most bytes a font family list may have.
pub const MAX_FONT: usize = 200;
/// The largest corner radius, in CSS pixels.
pub const MAX_RADIUS: u8 = 24;

impl Rgb {
    /// `#rrggbb` or `#rgb`, either case; nothing else (no names, no
    /// functions, no alpha): a host's value is a plain colour or nothing.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?.as_bytes();
        let digit = |i: usize| (hex.get(i).copied()? as char).to_digit(16).map(|d| d as u8);
        let pair = |i: usize| Some(digit(i)? * 16 + digit(i + 1)?);
        match hex.len() {
            3 => Some(Rgb { r: digit(0)? * 17, g: digit(1)? * 17, b: digit(2)? * 17 }),
            6 => Some(Rgb { r: pair(0)?, g: pair(2)?, b: pair(4)? }),
            _ => None,
        }
    }

    /// As a number: 0xRRGGBB.
    pub fn packed(self) -> u32 {
        (u32::from(self.r) << 16) | (u32::from(self.g) << 8) | u32::from(self.b)
    }

    /// From a number, 0xRRGGBB.
    pub fn unpacked(colour: u32) -> Rgb {
        Rgb { r: (colour >> 16) as u8, g: (colour >> 8) as u8, b: colour as u8 }
    }

    /// WCAG's relative luminance: 0 for black, 1 for white.
    pub fn luminance(self) -> f64 {
        0.2126 * LINEAR[usize::from(self.r)]
            + 0.7152 * LINEAR[usize::from(self.g)]
            + 0.0722 * LINEAR[usize::from(self.b)]
    }

    /// This colour mixed with `other`: `share` of `other` (0 to 1).
    pub fn towards(self, other: Rgb, share: f64) -> Rgb {
        let share = share.clamp(0.0, 1.0);
        // (Rounded by hand: `core` has no f64::round.)
        let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share + 0.5) as u8;
        Rgb { r: mix(self.r, other.r), g: mix(self.g, other.g), b: mix(self.b, other.b) }
    }
}

/// The contrast ratio of two colours, 1 to 21, whichever is lighter.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `wanted` if it reaches `ratio` against `on`, else the colour nearest to
/// it that does: the same colour darkened (towards black) or lightened
/// (towards white), whichever needs the smaller change; black or white if
/// no shade of it does.
pub fn keep_contrast(wanted: Rgb, on: Rgb, ratio: f64) -> Rgb {
    if contrast(wanted, on) >= ratio {
        return wanted;
    }
    // The least share of black or of white that reaches the ratio (more of
    // either only moves further from `on`, so the first share that reaches
    // it is the nearest): halved ten times, then, as 8 bits round, stepped
    // on until it holds.
    let least = |end: Rgb| -> Option<(f64, Rgb)> {
        if contrast(end, on) < ratio {
            return None;
        }
        let (mut low, mut high) = (0.0, 1.0);
        for _ in 0..10 {
            let middle = (low + high) / 2.0;
            if contrast(wanted.towards(end, middle), on) >= ratio {
                high = middle;
            } else {
                low = middle;
            }
        }
        let mut colour = wanted.towards(end, high);
        while contrast(colour, on) < ratio && high < 1.0 {
            high = (high + 1.0 / 255.0).min(1.0);
            colour = wanted.towards(end, high);
        }
        Some((high, colour))
    };
    match (least(BLACK), least(WHITE)) {
        (Some(dark), Some(light)) => {
            if dark.0 <= light.0 {
                dark.1
            } else {
                light.1
            }
        }
        (Some((_, colour)), None) | (None, Some((_, colour))) => colour,
        (None, None) => {
            if contrast(BLACK, on) >= contrast(WHITE, on) {
                BLACK
            } else {
                WHITE
            }
        }
    }
}

/// A font family list the reader's system may have, written tidily into
/// `out`: family names (letters, digits, spaces, hyphens; optionally in
/// double or single quotes, given back in double ones) separated by commas,
/// as CSS writes them; nothing that could load a font or be anything but
/// names. How many bytes it wrote, or `None` if `text` is no such list (or
/// longer than [`MAX_FONT`]).
pub fn tidy_font(text: &str, out: &mut [u8]) -> Option<usize> {
    if text.is_empty() || text.len() > MAX_FONT || out.len() < text.len() {
        return None;
    }
    let mut written = 0;
    let mut put = |bytes: &[u8]| {
        out[written..written + bytes.len()].copy_from_slice(bytes);
        written += bytes.len();
    };
    for (i, name) in text.split(',').enumerate() {
        // (Spaces as ASCII has them: Unicode's tables would outweigh the rest
        // of the module, and a family name has no other.)
        let name = name.trim_matches(' ');
        let quoted = name.len() >= 2
            && ((name.starts_with('"') && name.ends_with('"'))
                || (name.starts_with('\'') && name.ends_with('\'')));
        let bare = if quoted { &name[1..name.len() - 1] } else { name };
        if bare.trim_matches(' ').is_empty()
            || !bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
        {
            return None;
        }
        if i > 0 {
            put(b", ");
        }
        if quoted {
            put(b"\"");
        }
        for (j, word) in bare.split(' ').filter(|word| !word.is_empty()).enumerate() {
            if j > 0 {
                put(b" ");
            }
            put(word.as_bytes());
        }
        if quoted {
            put(b"\"");
        }
    }
    Some(written)
}

/// A corner radius: a whole number of CSS pixels, `px` or none after it,
/// up to [`MAX_RADIUS`].
pub fn radius(text: &str) -> Option<u8> {
    let digits = text.strip_suffix("px").unwrap_or(text);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|r| *r <= MAX_RADIUS)
}

/// What `look.wasm` exports for web/embed.js: colours as 0xRRGGBB numbers,
/// and text through a buffer the script writes into (no glue: the module
/// is a few functions of numbers).
#[cfg(target_arch = "wasm32")]
pub mod wasm {
    use super::*;

    static mut TEXT: [u8; MAX_FONT] = [0; MAX_FONT];
    static mut TIDY: [u8; MAX_FONT] = [0; MAX_FONT];

    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }

    /// The text the script wrote, `length` bytes of the buffer.
    fn text(length: usize) -> Option<&'static str> {
        // SAFETY: the script writes, then calls; nothing else touches the
        // buffer, and one call reads it at a time.
        let buffer: &'static [u8; MAX_FONT] = unsafe { &*core::ptr::addr_of!(TEXT) };
        let bytes = buffer.get(..length)?;
        // Every value it reads is ASCII; anything else is no value.
        if !bytes.is_ascii() {
            return None;
        }
        // SAFETY: ASCII is UTF-8.
        Some(unsafe { core::str::from_utf8_unchecked(bytes) })
    }

    /// Where the script writes a value (at most [`MAX_FONT`] bytes).
    #[no_mangle]
    pub extern "C" fn buffer() -> *mut u8 {
        core::ptr::addr_of_mut!(TEXT).cast()
    }

    /// The colour written in the buffer as 0xRRGGBB, or -1 if it is none.
    #[no_mangle]
    pub extern "C" fn colour(length: usize) -> i32 {
        text(length).and_then(Rgb::parse).map_or(-1, |c| c.packed() as i32)
    }

    /// The radius written in the buffer, or -1.
    #[no_mangle]
    pub extern "C" fn corner_radius(length: usize) -> i32 {
        text(length).and_then(radius).map_or(-1, i32::from)
    }

    /// The font family list written in the buffer, tidied, written back
    /// over it; its length, or -1 if it is none.
    #[no_mangle]
    pub extern "C" fn font(length: usize) -> i32 {
        // SAFETY: as in `text`; TIDY is this function's alone.
        let tidy: &mut [u8; MAX_FONT] = unsafe { &mut *core::ptr::addr_of_mut!(TIDY) };
        let Some(written) = text(length).and_then(|t| tidy_font(t, tidy)) else { return -1 };
        // SAFETY: `written` bytes fit the buffer (no longer than what was given).
        unsafe { core::ptr::copy_nonoverlapping(tidy.as_ptr(), buffer(), written) };
        written as i32
    }

    #[no_mangle]
    pub extern "C" fn contrast_of(a: u32, b: u32) -> f64 {
        contrast(Rgb::unpacked(a), Rgb::unpacked(b))
    }

    /// [`keep_contrast`].
    #[no_mangle]
    pub extern "C" fn keep(wanted: u32, on: u32, ratio: f64) -> u32 {
        keep_contrast(Rgb::unpacked(wanted), Rgb::unpacked(on), ratio).packed()
    }

    /// `a` moved `share` (0 to 1) of the way to `b`.
    #[no_mangle]
    pub extern "C" fn mix(a: u32, b: u32, share: f64) -> u32 {
        Rgb::unpacked(a).towards(Rgb::unpacked(b), share).packed()
    }
}
