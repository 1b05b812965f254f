//! New plans: their ids and the day they start.

use sds_domain::date::CalendarDate;
use sds_domain::keeping::{Entropy, StoreError};

use crate::storage::BrowserEntropy;

/// A new random plan id: 128 bits from the browser's cryptographic generator, as hex.
pub fn new_id() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    BrowserEntropy.fill(&mut bytes)?;
    Ok(sds_domain::canonical::hex(&bytes))
}

/// Today's date on this device's clock, in its own time zone: the day the person sees.
pub fn today() -> Option<CalendarDate> {
    let now = js_sys::Date::new_0();
    CalendarDate::new(
        u16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}
