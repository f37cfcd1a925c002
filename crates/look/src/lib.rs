//! Colour arithmetic for an embedded page that takes a host's colours
//! (issue: the embed's look): WCAG 2.2 contrast, and the nearest colour to
//! one asked for that still reaches a contrast against what it sits on. No
//! dependency and no web crate: tested natively against published WCAG
//! figures (tests/wcag.rs).

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

impl Rgb {
    /// `#rrggbb` or `#rgb`, either case; nothing else (no names, no
    /// functions, no alpha): a host's value is a plain colour or nothing.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        match hex.len() {
            3 => Some(Rgb { r: digit(0)? * 17, g: digit(1)? * 17, b: digit(2)? * 17 }),
            6 => Some(Rgb {
                r: u8::from_str_radix(&hex[0..2], 16).ok()?,
                g: u8::from_str_radix(&hex[2..4], 16).ok()?,
                b: u8::from_str_radix(&hex[4..6], 16).ok()?,
            }),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG's relative luminance: 0 for black, 1 for white.
    pub fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            // WCAG 2.2 writes 0.04045 (sRGB's own); earlier versions wrote
            // 0.03928. No 8-bit value falls between the two.
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// This colour mixed with `other`: `share` of `other` (0 to 1).
    fn towards(self, other: Rgb, share: f64) -> Rgb {
        let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
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
    // it is the nearest), to 1/1024.
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
        let found = wanted.towards(end, high);
        // Rounding to 8 bits may land a hair short: step on until it holds.
        let mut share = high;
        let mut colour = found;
        while contrast(colour, on) < ratio && share < 1.0 {
            share = (share + 1.0 / 255.0).min(1.0);
            colour = wanted.towards(end, share);
        }
        Some((share, colour))
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
