//! Council brand colours, and whether text on them can be read.
//!
//! A council chooses the colour of its header; white text sits on it. WCAG 2.2 AA needs a
//! contrast ratio of at least 4.5:1 for normal text, so a colour that fails is rejected when the
//! configuration is loaded rather than shipped as an unreadable header.

use std::fmt;

/// The lowest contrast ratio WCAG 2.2 AA allows for normal-sized text (success criterion 1.4.3).
pub const MINIMUM_TEXT_CONTRAST: f64 = 4.5;

/// An opaque sRGB colour, written as `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    pub red: u8,
    pub green: u8,
    pub blue: u8,
}

impl Colour {
    pub const WHITE: Colour = Colour {
        red: 255,
        green: 255,
        blue: 255,
    };

    /// Reads `#rrggbb` (either case). Returns `None` for anything else, including the
    /// three-digit short form, so that what a council writes is exactly what is shown.
    pub fn parse_hex(text: &str) -> Option<Colour> {
        let digits = text.strip_prefix('#')?;
        if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
        Some(Colour {
            red: channel(0)?,
            green: channel(2)?,
            blue: channel(4)?,
        })
    }

    /// Relative luminance as WCAG defines it (0 for black, 1 for white).
    pub fn relative_luminance(self) -> f64 {
        fn linear(channel: u8) -> f64 {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * linear(self.red) + 0.7152 * linear(self.green) + 0.0722 * linear(self.blue)
    }

    /// The WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white).
    pub fn contrast_ratio(self, other: Colour) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        let (lighter, darker) = if a > b { (a, b) } else { (b, a) };
        (lighter + 0.05) / (darker + 0.05)
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_six_digit_hex_in_either_case() {
        assert_eq!(
            Colour::parse_hex("#1D70b8"),
            Some(Colour {
                red: 0x1d,
                green: 0x70,
                blue: 0xb8
            })
        );
    }

    #[test]
    fn rejects_anything_but_six_hex_digits() {
        for bad in [
            "1d70b8",
            "#1d70b",
            "#1d70b8f",
            "#fff",
            "#gggggg",
            "",
            "#",
            "#１２３４５",
        ] {
            assert_eq!(Colour::parse_hex(bad), None, "{bad:?} should not parse");
        }
    }

    #[test]
    fn black_on_white_is_twenty_one_to_one() {
        let black = Colour::parse_hex("#000000").unwrap();
        assert!((black.contrast_ratio(Colour::WHITE) - 21.0).abs() < 1e-9);
        assert!((Colour::WHITE.contrast_ratio(black) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn known_ratios_match_published_checkers() {
        // #767676 on white is the classic just-passing grey, 4.54:1.
        let grey = Colour::parse_hex("#767676").unwrap();
        let ratio = grey.contrast_ratio(Colour::WHITE);
        assert!(ratio > 4.5 && ratio < 4.6, "{ratio}");
        // #777777 just fails, 4.48:1.
        let lighter = Colour::parse_hex("#777777").unwrap();
        assert!(lighter.contrast_ratio(Colour::WHITE) < MINIMUM_TEXT_CONTRAST);
    }

    #[test]
    fn displays_as_lower_case_hex() {
        let colour = Colour::parse_hex("#0B4F6C").unwrap();
        assert_eq!(colour.to_string(), "#0b4f6c");
    }
}
