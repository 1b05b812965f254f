//! Money: whole minor units (pence) wherever an amount is kept, exact decimals while working one
//! out, and one stated rounding rule to get from the second to the first. Never floats.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How an exact amount becomes a whole number of minor units (or any other stated unit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Halves go away from zero: 2.5 becomes 3 (the usual rule on paper).
    HalfUp,
    /// Halves go to the even neighbour: 2.5 becomes 2, 3.5 becomes 4 (banker's rounding).
    HalfEven,
    /// Always towards zero: 2.9 becomes 2.
    Down,
    /// Always away from zero: 2.1 becomes 3.
    Up,
}

impl RoundingMode {
    pub(crate) fn strategy(self) -> RoundingStrategy {
        match self {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        }
    }

    /// The catalogue key of how the rule reads in an explanation ("halves rounded up").
    pub fn describe(self) -> &'static str {
        match self {
            RoundingMode::HalfUp => "rounding-half_up",
            RoundingMode::HalfEven => "rounding-half_even",
            RoundingMode::Down => "rounding-down",
            RoundingMode::Up => "rounding-up",
        }
    }
}

/// Rounds `value` to a whole multiple of `unit` (which must be positive), or `None` if the
/// result would not fit in a decimal.
pub fn round_to_unit(value: Decimal, unit: Decimal, mode: RoundingMode) -> Option<Decimal> {
    to_unit(value, unit, mode.strategy())
}

/// Rounds down to a multiple of `unit` (towards negative infinity).
pub fn floor_to_unit(value: Decimal, unit: Decimal) -> Option<Decimal> {
    to_unit(value, unit, RoundingStrategy::ToNegativeInfinity)
}

/// Rounds up to a multiple of `unit` (towards positive infinity).
pub fn ceil_to_unit(value: Decimal, unit: Decimal) -> Option<Decimal> {
    to_unit(value, unit, RoundingStrategy::ToPositiveInfinity)
}

fn to_unit(value: Decimal, unit: Decimal, strategy: RoundingStrategy) -> Option<Decimal> {
    if unit <= Decimal::ZERO {
        return None;
    }
    let whole = value.checked_div(unit)?.round_dp_with_strategy(0, strategy);
    whole.checked_mul(unit).map(|d| d.normalize())
}

/// A currency as a rule set states it: its ISO 4217 code and how many decimal places its minor
/// unit has (2 for pounds and pence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Currency {
    pub code: String,
    pub minor_digits: u32,
}

impl Currency {
    /// The number of minor units in one major unit (100 for GBP).
    pub fn minor_per_major(&self) -> i64 {
        10_i64.pow(self.minor_digits)
    }

    /// Turns an exact amount in major units (pounds) into whole minor units, rounding as stated.
    pub fn to_minor(&self, major: Decimal, mode: RoundingMode) -> Option<i64> {
        let minor = major.checked_mul(Decimal::from(self.minor_per_major()))?;
        minor.round_dp_with_strategy(0, mode.strategy()).to_i64()
    }

    /// The exact amount in major units of a whole number of minor units.
    pub fn to_major(&self, minor: i64) -> Decimal {
        Decimal::new(minor, self.minor_digits)
    }

    fn symbol(&self) -> Option<&'static str> {
        match self.code.as_str() {
            "GBP" => Some("£"),
            "EUR" => Some("€"),
            "USD" | "AUD" | "NZD" | "CAD" => Some("$"),
            _ => None,
        }
    }

    /// Formats minor units as people read money: "£1,234.56", "-£3.00", or "1,234.56 XYZ" for a
    /// currency with no common symbol.
    pub fn format(&self, minor: i64) -> String {
        let sign = if minor < 0 { "-" } else { "" };
        let magnitude = minor.unsigned_abs();
        let per = self.minor_per_major().unsigned_abs();
        let whole = group_thousands(magnitude / per);
        let amount = if self.minor_digits == 0 {
            whole
        } else {
            format!(
                "{whole}.{:0width$}",
                magnitude % per,
                width = self.minor_digits as usize
            )
        };
        match self.symbol() {
            Some(symbol) => format!("{sign}{symbol}{amount}"),
            None => format!("{sign}{amount} {}", self.code),
        }
    }
}

fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Reads an amount a person typed, in major units ("12", "12.5", "£1,234.50"), as whole minor
/// units. `None` for anything else, including more decimal places than the currency has and
/// negative amounts.
pub fn parse_major(text: &str, minor_digits: u32) -> Option<i64> {
    let cleaned: String = text
        .trim()
        .trim_start_matches(['£', '€', '$'])
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let (whole, fraction) = match cleaned.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (cleaned.as_str(), ""),
    };
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty()
        || !digits_only(whole)
        || !digits_only(fraction)
        || fraction.len() > minor_digits as usize
        || whole.len() > 12
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: i64 = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<width$}", width = minor_digits as usize)
            .parse()
            .ok()?
    };
    whole
        .checked_mul(10_i64.pow(minor_digits))?
        .checked_add(fraction)
}

/// Writes minor units as a person would type them back: "12.50", "1234", "0.05".
pub fn minor_as_input(minor: i64, minor_digits: u32) -> String {
    if minor_digits == 0 {
        return minor.to_string();
    }
    let per = 10_i64.pow(minor_digits);
    format!(
        "{}.{:0width$}",
        minor / per,
        (minor % per).abs(),
        width = minor_digits as usize
    )
}

/// A value with its unit: "12 points", "10%", "10% less".
pub fn with_unit(value: &str, unit: &str) -> String {
    if unit.is_empty() {
        value.to_owned()
    } else if unit.starts_with('%') {
        format!("{value}{unit}")
    } else {
        format!("{value} {unit}")
    }
}

/// A decimal number written for people: "12", "1.5", "-0.25", "1,250.5".
pub struct Plain(pub Decimal);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.0.normalize();
        let text = value.abs().to_string();
        let (whole, fraction) = match text.split_once('.') {
            Some((w, fr)) => (w, Some(fr)),
            None => (text.as_str(), None),
        };
        let grouped = match whole.parse::<u64>() {
            Ok(n) => group_thousands(n),
            Err(_) => whole.to_owned(),
        };
        if value.is_sign_negative() && !value.is_zero() {
            f.write_str("-")?;
        }
        f.write_str(&grouped)?;
        if let Some(fraction) = fraction {
            write!(f, ".{fraction}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn gbp() -> Currency {
        Currency {
            code: "GBP".into(),
            minor_digits: 2,
        }
    }

    #[test]
    fn rounding_modes_differ_only_where_they_should() {
        let cases = [
            ("2.5", "3", "2", "2", "3"),
            ("3.5", "4", "4", "3", "4"),
            ("-2.5", "-3", "-2", "-2", "-3"),
            ("2.1", "2", "2", "2", "3"),
            ("2.9", "3", "3", "2", "3"),
            ("4", "4", "4", "4", "4"),
        ];
        for (value, half_up, half_even, down, up) in cases {
            let one = Decimal::ONE;
            assert_eq!(
                round_to_unit(d(value), one, RoundingMode::HalfUp),
                Some(d(half_up)),
                "{value}"
            );
            assert_eq!(
                round_to_unit(d(value), one, RoundingMode::HalfEven),
                Some(d(half_even)),
                "{value}"
            );
            assert_eq!(
                round_to_unit(d(value), one, RoundingMode::Down),
                Some(d(down)),
                "{value}"
            );
            assert_eq!(
                round_to_unit(d(value), one, RoundingMode::Up),
                Some(d(up)),
                "{value}"
            );
        }
    }

    #[test]
    fn rounds_to_any_positive_unit() {
        assert_eq!(
            round_to_unit(d("12.374"), d("0.01"), RoundingMode::HalfUp),
            Some(d("12.37"))
        );
        assert_eq!(
            round_to_unit(d("12.375"), d("0.01"), RoundingMode::HalfUp),
            Some(d("12.38"))
        );
        assert_eq!(
            round_to_unit(d("7.3"), d("0.25"), RoundingMode::HalfUp),
            Some(d("7.25"))
        );
        assert_eq!(
            round_to_unit(d("7.5"), d("5"), RoundingMode::HalfUp),
            Some(d("10"))
        );
        assert_eq!(floor_to_unit(d("7.99"), d("0.5")), Some(d("7.5")));
        assert_eq!(floor_to_unit(d("-7.01"), d("0.5")), Some(d("-7.5")));
        assert_eq!(ceil_to_unit(d("7.01"), d("0.5")), Some(d("7.5")));
        assert_eq!(
            round_to_unit(d("1"), Decimal::ZERO, RoundingMode::HalfUp),
            None
        );
        assert_eq!(floor_to_unit(d("1"), d("-1")), None);
    }

    #[test]
    fn converts_between_major_and_minor_units() {
        let gbp = gbp();
        assert_eq!(
            gbp.to_minor(d("312.405"), RoundingMode::HalfUp),
            Some(31241)
        );
        assert_eq!(
            gbp.to_minor(d("312.405"), RoundingMode::HalfEven),
            Some(31240)
        );
        assert_eq!(gbp.to_major(31241), d("312.41"));
        let yen = Currency {
            code: "JPY".into(),
            minor_digits: 0,
        };
        assert_eq!(yen.to_minor(d("99.5"), RoundingMode::HalfUp), Some(100));
    }

    #[test]
    fn formats_money_for_people() {
        let gbp = gbp();
        assert_eq!(gbp.format(0), "£0.00");
        assert_eq!(gbp.format(5), "£0.05");
        assert_eq!(gbp.format(123_456), "£1,234.56");
        assert_eq!(gbp.format(-300), "-£3.00");
        assert_eq!(gbp.format(10_000_000_000), "£100,000,000.00");
        let other = Currency {
            code: "CHF".into(),
            minor_digits: 2,
        };
        assert_eq!(other.format(150), "1.50 CHF");
    }

    #[test]
    fn reads_amounts_people_type() {
        for (text, minor) in [
            ("12", Some(1200)),
            ("12.5", Some(1250)),
            ("12.50", Some(1250)),
            ("£1,234.56", Some(123_456)),
            (" 0.05 ", Some(5)),
            (".5", Some(50)),
            ("12.345", None),
            ("-3", None),
            ("12p", None),
            ("", None),
            (".", None),
            ("1e3", None),
            ("9999999999999", None),
        ] {
            assert_eq!(parse_major(text, 2), minor, "{text:?}");
        }
        assert_eq!(minor_as_input(1250, 2), "12.50");
        assert_eq!(minor_as_input(5, 2), "0.05");
        assert_eq!(minor_as_input(1200, 0), "1200");
    }

    #[test]
    fn formats_plain_numbers() {
        assert_eq!(Plain(d("12.50")).to_string(), "12.5");
        assert_eq!(Plain(d("1250.5")).to_string(), "1,250.5");
        assert_eq!(Plain(d("-0.25")).to_string(), "-0.25");
        assert_eq!(Plain(d("0.00")).to_string(), "0");
    }
}
