//! This device's clock, and instants as a person here reads them.

use crate::i18n::Text;
use sds_domain::date::Timestamp;

/// Now, by this device's clock.
pub fn now() -> Option<Timestamp> {
    // Milliseconds since 1970 as a double; whole seconds are exact for any real date.
    let seconds = (js_sys::Date::now() / 1000.0).floor();
    Timestamp::from_unix_seconds(seconds as i64)
}

/// Minutes east of UTC in this device's time zone at `at`.
fn offset_at(at: Timestamp) -> i32 {
    let then = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.unix_seconds() as f64 * 1000.0,
    ));
    // getTimezoneOffset is minutes west of UTC; the domain counts east.
    -(then.get_timezone_offset() as i32)
}

/// An instant as a person here reads it, in this device's time zone as it was then ("27
/// November 2026 at 2:32pm"), in the catalogue's language.
pub fn local_time(text: &Text, at: Timestamp) -> String {
    let (date, minutes) = at.local(offset_at(at));
    text.date_and_time(date, minutes)
}

/// The time of day of an instant here ("2:32pm").
pub fn local_time_of_day(text: &Text, at: Timestamp) -> String {
    text.time_of_day(at.local(offset_at(at)).1)
}
