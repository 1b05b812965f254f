//! What this device keeps of the plans signed on it (the signed files, and decisions loaded for
//! them), and its signing key. Both sit behind the same [`Store`] interface as the plans.

use sds_domain::date::Timestamp;
use sds_domain::signing::sent::SentPlans;
use sds_domain::signing::KeyPair;

use crate::storage::{Store, StoreError};

const SENT_PREFIX: &str = "sds.sent.";

/// The device's Ed25519 secret, as hex. Made the first time someone signs on this device.
const DEVICE_KEY: &str = "sds.device-key";

/// The plans signed on this device for the plan with this id (none yet is an empty list). A
/// record that cannot be read is reported, never replaced.
pub fn load(store: &dyn Store, plan_id: &str) -> Result<SentPlans, StoreError> {
    match store.read(&format!("{SENT_PREFIX}{plan_id}"))? {
        None => Ok(SentPlans::default()),
        Some(text) => SentPlans::read(&text).map_err(StoreError::Failed),
    }
}

pub fn save(store: &dyn Store, plan_id: &str, sent: &SentPlans) -> Result<(), StoreError> {
    store.write(&format!("{SENT_PREFIX}{plan_id}"), &sent.write())
}

pub fn remove(store: &dyn Store, plan_id: &str) -> Result<(), StoreError> {
    store.remove(&format!("{SENT_PREFIX}{plan_id}"))
}

/// This device's signing key, made and kept on first use. The key is written and read back
/// before it is used, so a plan is never signed with a key the device then forgets.
pub fn device_key(store: &dyn Store) -> Result<KeyPair, StoreError> {
    if let Some(pair) = store
        .read(DEVICE_KEY)?
        .as_deref()
        .and_then(KeyPair::from_secret_hex)
    {
        return Ok(pair);
    }
    let pair = KeyPair::from_secret(random_bytes()?);
    store.write(DEVICE_KEY, &pair.secret_hex())?;
    match store.read(DEVICE_KEY)? {
        Some(kept) if kept == pair.secret_hex() => Ok(pair),
        _ => Err(StoreError::Failed(
            "the signing key was not kept".to_owned(),
        )),
    }
}

/// 32 bytes from the browser's cryptographic random number generator.
fn random_bytes() -> Result<[u8; 32], StoreError> {
    let unavailable = || StoreError::Failed("no secure random number generator".to_owned());
    let crypto = web_sys::window()
        .ok_or(StoreError::Unavailable)?
        .crypto()
        .map_err(|_| unavailable())?;
    let mut bytes = [0u8; 32];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| unavailable())?;
    Ok(bytes)
}

/// Now, by this device's clock.
pub fn now() -> Option<Timestamp> {
    // Milliseconds since 1970 as a double; whole seconds are exact for any real date.
    let seconds = (js_sys::Date::now() / 1000.0).floor();
    Timestamp::from_unix_seconds(seconds as i64)
}

/// An instant as a person here reads it, in this device's time zone as it was then ("27
/// November 2026 at 2:32pm").
pub fn local_time(at: Timestamp) -> String {
    let then = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.unix_seconds() as f64 * 1000.0,
    ));
    // getTimezoneOffset is minutes west of UTC; the domain counts east.
    at.long_form(-(then.get_timezone_offset() as i32))
}
