//! The colour arithmetic against published figures: WCAG 2.2's definitions
//! and the contrast ratios WebAIM's checker and the WCAG Understanding
//! documents give for well-known pairs.

use licensing_look::{contrast, keep_contrast, Rgb, BLACK, NON_TEXT, TEXT, WHITE};

fn hex(text: &str) -> Rgb {
    Rgb::parse(text).unwrap_or_else(|| panic!("{text} is a colour"))
}

/// Ratios to two decimals, cut rather than rounded (a pair at 4.497 does not
/// pass 4.5, and must not read as if it did).
fn shown(ratio: f64) -> f64 {
    (ratio * 100.0).floor() / 100.0
}

#[test]
fn black_on_white_is_21_to_1_and_a_colour_on_itself_1_to_1() {
    assert_eq!(contrast(BLACK, WHITE), 21.0);
    assert_eq!(contrast(WHITE, BLACK), 21.0);
    assert_eq!(contrast(hex("#1d4f91"), hex("#1d4f91")), 1.0);
}

#[test]
fn published_pairs() {
    for (fg, bg, ratio) in [
        // The lightest grey that passes AA on white, and the one just short.
        ("#767676", "#ffffff", 4.54),
        ("#777777", "#ffffff", 4.47), // 4.478: published rounded, as 4.48
        ("#ff0000", "#ffffff", 3.99),
        ("#0000ff", "#ffffff", 8.59),
        ("#008000", "#ffffff", 5.13),
    ] {
        assert_eq!(shown(contrast(hex(fg), hex(bg))), ratio, "{fg} on {bg}");
    }
}

#[test]
fn relative_luminance_follows_the_definition() {
    assert_eq!(BLACK.luminance(), 0.0);
    assert!((WHITE.luminance() - 1.0).abs() < 1e-12);
    // sRGB mid grey (#808080): about 0.2159.
    assert!((hex("#808080").luminance() - 0.2159).abs() < 1e-4);
    // Pure primaries: the coefficients themselves.
    assert!((hex("#ff0000").luminance() - 0.2126).abs() < 1e-12);
    assert!((hex("#00ff00").luminance() - 0.7152).abs() < 1e-12);
    assert!((hex("#0000ff").luminance() - 0.0722).abs() < 1e-12);
}

#[test]
fn only_plain_colours_are_read() {
    assert_eq!(Rgb::parse("#FFE600"), Some(Rgb { r: 255, g: 230, b: 0 }));
    assert_eq!(Rgb::parse("#fe0"), Some(Rgb { r: 255, g: 238, b: 0 }));
    for hostile in [
        "red",
        "#ff000",
        "#ff00000",
        "ff0000",
        "#ff0000;background:url(x)",
        "expression(alert(1))",
        "#ggg",
        "",
        "#",
        "#ff\u{0}000",
    ] {
        assert_eq!(Rgb::parse(hostile), None, "{hostile:?}");
    }
    assert_eq!(hex("#1D4F91").packed(), 0x1d4f91);
    assert_eq!(Rgb::unpacked(0x1d4f91), hex("#1d4f91"));
}

#[test]
fn a_colour_that_passes_is_kept() {
    assert_eq!(keep_contrast(hex("#1d4f91"), WHITE, TEXT), hex("#1d4f91"));
    assert_eq!(keep_contrast(hex("#767676"), WHITE, TEXT), hex("#767676"));
}

#[test]
fn a_colour_that_fails_becomes_the_nearest_shade_that_passes() {
    // A pale brand yellow on white: darkened until it reaches 4.5:1, and no further.
    let yellow = keep_contrast(hex("#ffe600"), WHITE, TEXT);
    assert!(contrast(yellow, WHITE) >= TEXT, "{yellow:?}");
    assert!(contrast(yellow, WHITE) < TEXT + 0.2, "not darker than it needs: {yellow:?}");
    assert!(yellow.r > yellow.b, "still a yellow-brown: {yellow:?}");
    // #777 on white is a hair short: the next darker grey that passes.
    let grey = keep_contrast(hex("#777777"), WHITE, TEXT);
    assert!(contrast(grey, WHITE) >= TEXT && grey.r >= 0x74, "{grey:?}");
    // A dark accent on black: lightened.
    let navy = keep_contrast(hex("#1d4f91"), BLACK, TEXT);
    assert!(contrast(navy, BLACK) >= TEXT && navy.luminance() > hex("#1d4f91").luminance(), "{navy:?}");
    // Control borders need 3:1 only.
    let border = keep_contrast(hex("#cccccc"), WHITE, NON_TEXT);
    assert!(contrast(border, WHITE) >= NON_TEXT && contrast(border, WHITE) < NON_TEXT + 0.2, "{border:?}");
}

#[test]
fn on_a_mid_grey_the_better_end_is_taken() {
    // #777 background: black reaches 4.5 (4.69), white does not (4.47).
    let on = hex("#777777");
    let text = keep_contrast(hex("#888888"), on, TEXT);
    assert!(contrast(text, on) >= TEXT, "{text:?}");
    assert!(text.luminance() < on.luminance(), "darker: {text:?}");
    // Nothing reaches 7:1 against it: the end with the most contrast.
    assert_eq!(keep_contrast(hex("#888888"), on, 7.0), BLACK);
}

#[test]
fn a_font_is_a_list_of_family_names_and_nothing_else() {
    let font_family = |text: &str| {
        let mut out = [0u8; licensing_look::MAX_FONT];
        licensing_look::tidy_font(text, &mut out).map(|n| String::from_utf8(out[..n].to_vec()).expect("text"))
    };
    assert_eq!(
        font_family("Georgia, \"Times New Roman\",  serif").as_deref(),
        Some("Georgia, \"Times New Roman\", serif")
    );
    assert_eq!(font_family("'Source Sans 3',system-ui").as_deref(), Some("\"Source Sans 3\", system-ui"));
    for hostile in [
        "",
        "url(https://evil.example/font.woff)",
        "Arial; background: red",
        "Arial, }",
        "expression(alert(1))",
        "\"Arial",
        "Arial\u{7}",
        "a,,b",
        &"Arial, ".repeat(40),
    ] {
        assert_eq!(font_family(hostile), None, "{hostile:?}");
    }
}

#[test]
fn a_radius_is_a_few_pixels() {
    use licensing_look::radius;
    assert_eq!(radius("0"), Some(0));
    assert_eq!(radius("12px"), Some(12));
    assert_eq!(radius("24"), Some(24));
    for hostile in ["25", "-1", "1.5", "1em", "100px", "", "px", "9px;x"] {
        assert_eq!(radius(hostile), None, "{hostile:?}");
    }
}
