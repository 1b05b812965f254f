//! The plans kept on this device: one storage record per plan, keyed by its id, in the domain's
//! versioned stored format (older records are upgraded as they are read).

use sds_domain::date::CalendarDate;
use sds_domain::plan::stored::{read_plan, write_plan};
use sds_domain::plan::SupportPlan;

use crate::storage::{Store, StoreError};

const KEY_PREFIX: &str = "sds.plan.";

/// What is on this device: the plans that could be read, newest first, and how many records
/// could not be (they are left exactly as they are, never overwritten).
pub struct Listing {
    pub plans: Vec<SupportPlan>,
    pub unreadable: usize,
}

pub fn list(store: &dyn Store) -> Result<Listing, StoreError> {
    let mut plans = Vec::new();
    let mut unreadable = 0;
    for key in store.keys()? {
        if !key.starts_with(KEY_PREFIX) {
            continue;
        }
        match store.read(&key)?.map(|text| read_plan(&text)) {
            Some(Ok(plan)) => plans.push(plan),
            Some(Err(_)) => unreadable += 1,
            None => {}
        }
    }
    plans.sort_by(|a, b| b.started_on.cmp(&a.started_on).then(a.id.cmp(&b.id)));
    Ok(Listing { plans, unreadable })
}

pub fn save(store: &dyn Store, plan: &SupportPlan) -> Result<(), StoreError> {
    store.write(&format!("{KEY_PREFIX}{}", plan.id), &write_plan(plan))
}

pub fn remove(store: &dyn Store, id: &str) -> Result<(), StoreError> {
    store.remove(&format!("{KEY_PREFIX}{id}"))
}

/// A new random plan id: 128 bits from the browser's cryptographic generator, as hex.
/// `getRandomValues` works on plain http too, unlike `randomUUID`, so an intranet host is fine.
pub fn new_id() -> Result<String, StoreError> {
    let crypto = web_sys::window()
        .ok_or(StoreError::Unavailable)?
        .crypto()
        .map_err(|_| StoreError::Failed("no secure random number generator".to_owned()))?;
    let mut bytes = [0u8; 16];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| StoreError::Failed("no secure random number generator".to_owned()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
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
