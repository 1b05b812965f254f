//! Browser storage behind a small interface, so pages never touch a browser API directly and a
//! failure (storage blocked, storage full) is a value to show, never a panic.
//!
//! localStorage is used directly through web-sys rather than through gloo-storage, whose
//! convenience functions panic when the browser refuses access to storage (as some privacy
//! modes do). A plan must never be lost to a panic.

use wasm_bindgen::{JsCast, JsValue};

/// Why the browser would not read or keep something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser does not allow this site to keep anything (privacy settings, a blocked
    /// storage API, or a sandboxed frame).
    Unavailable,
    /// The space the browser gives this site is used up.
    Full,
    /// Anything else the browser reported, with its own words for the web team.
    Failed(String),
}

impl StoreError {
    /// The catalogue key of what the person reads: what happened and what they can do.
    pub fn message_key(&self) -> &'static str {
        match self {
            StoreError::Unavailable => "storage-unavailable",
            StoreError::Full => "storage-full",
            StoreError::Failed(_) => "storage-failed",
        }
    }

    fn from_js(error: JsValue) -> StoreError {
        match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
            Some(name) if name == "QuotaExceededError" => StoreError::Full,
            Some(name) if name == "SecurityError" => StoreError::Unavailable,
            Some(name) => StoreError::Failed(name),
            None => StoreError::Failed(format!("{error:?}")),
        }
    }
}

/// A place that keeps text records by key for this site on this device.
pub trait Store {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn write(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key this site has stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// The browser's localStorage for this origin.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// Opens localStorage, or says why it cannot be used. Merely asking for it throws in some
    /// privacy modes, so that is caught here too.
    pub fn open() -> Result<LocalStore, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(LocalStore { storage }),
            Ok(None) => Err(StoreError::Unavailable),
            Err(error) => Err(StoreError::from_js(error)),
        }
    }
}

impl Store for LocalStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(StoreError::from_js)
    }

    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage
            .set_item(key, value)
            .map_err(StoreError::from_js)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(StoreError::from_js)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let count = self.storage.length().map_err(StoreError::from_js)?;
        let mut keys = Vec::with_capacity(count as usize);
        for index in 0..count {
            if let Some(key) = self.storage.key(index).map_err(StoreError::from_js)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
