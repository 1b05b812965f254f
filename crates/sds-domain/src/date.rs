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

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1 for January.
    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
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

/// An instant, to the second, in UTC: when a plan was signed or a decision made. Written as
/// RFC 3339 with a `Z` (`2026-11-27T14:32:55Z`) so every reader agrees on it and files sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    seconds: i64,
}

/// Days from 1970-01-01 to the first day of year 1 and past the last of 9999, so a timestamp's
/// date is always a `CalendarDate`.
const FIRST_DAY: i64 = -719_162;
const LAST_DAY: i64 = 2_932_896;

impl Timestamp {
    /// An instant from seconds since 1970 (UTC), within years 1 to 9999.
    pub fn from_unix_seconds(seconds: i64) -> Option<Timestamp> {
        (FIRST_DAY..=LAST_DAY)
            .contains(&seconds.div_euclid(86_400))
            .then_some(Timestamp { seconds })
    }

    pub fn unix_seconds(self) -> i64 {
        self.seconds
    }

    /// Reads exactly `YYYY-MM-DDTHH:MM:SSZ`.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let (date, time) = text.split_once('T')?;
        let time = time.strip_suffix('Z')?;
        let date = CalendarDate::parse_iso(date)?;
        let bytes = time.as_bytes();
        if bytes.len() != 8 || bytes[2] != b':' || bytes[5] != b':' {
            return None;
        }
        let part = |range: std::ops::Range<usize>| -> Option<i64> {
            let digits = &time[range];
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| digits.parse().ok())
                .flatten()
        };
        let (hour, minute, second) = (part(0..2)?, part(3..5)?, part(6..8)?);
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        Timestamp::from_unix_seconds(
            date.days_since_1970() * 86_400 + hour * 3600 + minute * 60 + second,
        )
    }

    /// The day in a place `offset_minutes` east of UTC, and the time of day there in minutes
    /// after midnight (a catalogue says them in words).
    pub fn local(self, offset_minutes: i32) -> (CalendarDate, u32) {
        let seconds = self.seconds + i64::from(offset_minutes) * 60;
        let days = seconds.div_euclid(86_400).clamp(FIRST_DAY, LAST_DAY);
        (
            CalendarDate::from_days_since_1970(days),
            // Below 1,440, so it always fits.
            u32::try_from(seconds.rem_euclid(86_400) / 60).unwrap_or(0),
        )
    }

    /// The day it was in UTC.
    pub fn date(self) -> CalendarDate {
        self.local(0).0
    }
}

impl CalendarDate {
    /// Days from 1970-01-01 (negative before it), by the proleptic Gregorian calendar.
    pub fn days_since_1970(self) -> i64 {
        // Howard Hinnant's days_from_civil: years start in March so the leap day comes last.
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01; `days` must be within years 1 to 9999.
    fn from_days_since_1970(days: i64) -> CalendarDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        // The callers clamp `days` to years 1 to 9999, so these conversions always succeed.
        CalendarDate {
            year: u16::try_from(year).unwrap_or(1),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (date, minutes) = self.local(0);
        let second = self.seconds.rem_euclid(60);
        write!(
            f,
            "{date}T{:02}:{:02}:{second:02}Z",
            minutes / 60,
            minutes % 60
        )
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{text:?} is not a time; write it in UTC as YYYY-MM-DDTHH:MM:SSZ, like \
                 \"2026-11-27T14:32:55Z\""
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
        assert_eq!((date.year(), date.month(), date.day()), (2026, 11, 27));
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

    #[test]
    fn timestamps_read_and_write_rfc_3339_utc() {
        let t = Timestamp::parse("2026-11-27T14:32:55Z").unwrap();
        assert_eq!(t.unix_seconds(), 1_795_789_975);
        assert_eq!(t.to_string(), "2026-11-27T14:32:55Z");
        assert_eq!(t.date().to_string(), "2026-11-27");
        assert_eq!(t.local(0), (t.date(), 14 * 60 + 32));
        // An hour east of UTC (British Summer Time), and across midnight.
        assert_eq!(
            Timestamp::parse("2026-06-30T23:30:00Z").unwrap().local(60),
            (CalendarDate::new(2026, 7, 1).unwrap(), 30)
        );
        assert_eq!(
            Timestamp::parse("1970-01-01T00:00:00Z")
                .unwrap()
                .unix_seconds(),
            0
        );
        assert_eq!(
            Timestamp::parse("2024-02-29T12:00:00Z").unwrap().local(0),
            (CalendarDate::new(2024, 2, 29).unwrap(), 12 * 60)
        );
        for bad in [
            "2026-11-27 14:32:55Z",
            "2026-11-27T14:32:55",
            "2026-11-27T24:00:00Z",
            "2026-11-27T14:32:55+01:00",
            "2026-11-27T1:32:55Z",
        ] {
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_since_1970_round_trip_over_the_whole_calendar() {
        for days in (FIRST_DAY..=LAST_DAY)
            .step_by(997)
            .chain([FIRST_DAY, 0, LAST_DAY])
        {
            let date = CalendarDate::from_days_since_1970(days);
            assert_eq!(date.days_since_1970(), days, "{date}");
        }
        assert_eq!(
            CalendarDate::from_days_since_1970(FIRST_DAY).to_string(),
            "0001-01-01"
        );
        assert_eq!(
            CalendarDate::from_days_since_1970(LAST_DAY).to_string(),
            "9999-12-31"
        );
        assert_eq!(Timestamp::from_unix_seconds((LAST_DAY + 1) * 86_400), None);
    }
}
