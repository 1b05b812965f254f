//! Calendar dates as plans use them: the day a plan was started, a review date, a deadline.
//!
//! Stored as ISO 8601 (`2026-11-27`) so files sort and compare simply; shown in the long form
//! GOV.UK style asks for ("27 November 2026").

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day in the Gregorian calendar, with no time zone: plans talk about days, not instants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: u16,
    month: u8,
    day: u8,
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl CalendarDate {
    /// A date if it exists (so 29 February only in leap years); years 1 to 9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<CalendarDate> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(CalendarDate { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<CalendarDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        CalendarDate::new(year, month, day)
    }

    /// "27 November 2026".
    pub fn long_form(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTH_NAMES[usize::from(self.month - 1)],
            self.year
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        CalendarDate::parse_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{text:?} is not a date; write it as YYYY-MM-DD, like \"2026-11-27\""
            ))
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for CalendarDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date, YYYY-MM-DD.",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_iso_dates() {
        let date = CalendarDate::parse_iso("2026-11-27").unwrap();
        assert_eq!(date.to_string(), "2026-11-27");
        assert_eq!(date.long_form(), "27 November 2026");
    }

    #[test]
    fn knows_leap_years() {
        assert!(CalendarDate::parse_iso("2024-02-29").is_some());
        assert!(CalendarDate::parse_iso("2000-02-29").is_some());
        assert!(CalendarDate::parse_iso("1900-02-29").is_none());
        assert!(CalendarDate::parse_iso("2026-02-29").is_none());
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "26-11-27",
            "2026/11/27",
            "2026-11-27T00:00",
            "0000-01-01",
            "+026-11-27",
            "2026-+1-01",
            "२०२६-११-२७",
        ] {
            assert_eq!(CalendarDate::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn serde_round_trip_and_clear_error() {
        let date = CalendarDate::new(2027, 1, 5).unwrap();
        let json = serde_json::to_string(&date).unwrap();
        assert_eq!(json, "\"2027-01-05\"");
        assert_eq!(serde_json::from_str::<CalendarDate>(&json).unwrap(), date);
        let error = serde_json::from_str::<CalendarDate>("\"5/1/2027\"").unwrap_err();
        assert!(
            error.to_string().contains("write it as YYYY-MM-DD"),
            "{error}"
        );
    }

    #[test]
    fn orders_chronologically() {
        let earlier = CalendarDate::parse_iso("2026-12-31").unwrap();
        let later = CalendarDate::parse_iso("2027-01-01").unwrap();
        assert!(earlier < later);
    }
}
