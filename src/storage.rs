//! The browser's side of keeping things: localStorage behind the domain's [`Store`] interface,
//! the browser's random number generator, and asking for storage that is not cleared.
//!
//! localStorage is used directly through web-sys rather than through gloo-storage, whose
//! convenience functions panic when the browser refuses access to storage (as some privacy
//! modes do). A plan must never be lost to a panic. Why localStorage rather than IndexedDB is
//! in ARCHITECTURE.md.

use sds_domain::keeping::{Entropy, Store, StoreError};
use sds_domain::wording::Message;
use wasm_bindgen::{JsCast, JsValue};

fn store_error(error: JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" => StoreError::Full,
        Some(name) if name == "SecurityError" => StoreError::Unavailable,
        Some(name) => StoreError::browser(name),
        None => StoreError::browser(format!("{error:?}")),
    }
}

/// The browser's localStorage for this origin.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// Opens localStorage, or says why it cannot be used. Merely asking for it throws in some
    /// privacy modes, so that is caught here too; so is a store that opens but refuses writes.
    pub fn open() -> Result<LocalStore, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        let storage = match window.local_storage() {
            Ok(Some(storage)) => storage,
            Ok(None) => return Err(StoreError::Unavailable),
            Err(error) => return Err(store_error(error)),
        };
        Ok(LocalStore { storage })
    }
}

impl Store for LocalStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(store_error)
    }

    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(store_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let count = self.storage.length().map_err(store_error)?;
        let mut keys = Vec::with_capacity(count as usize);
        for index in 0..count {
            if let Some(key) = self.storage.key(index).map_err(store_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// The browser's cryptographic random number generator. `getRandomValues` works on plain http
/// too, unlike `randomUUID`, so an intranet host is fine.
pub struct BrowserEntropy;

impl Entropy for BrowserEntropy {
    fn fill(&self, bytes: &mut [u8]) -> Result<(), StoreError> {
        let unavailable = || StoreError::Failed(Message::new("store-no-random"));
        let crypto = web_sys::window()
            .ok_or(StoreError::Unavailable)?
            .crypto()
            .map_err(|_| unavailable())?;
        // getRandomValues takes at most 65,536 bytes at a time.
        for chunk in bytes.chunks_mut(65_536) {
            crypto
                .get_random_values_with_u8_array(chunk)
                .map_err(|_| unavailable())?;
        }
        Ok(())
    }
}

/// Asks the browser not to clear this site's storage when space runs low (or, in Safari, after
/// seven days without a visit, where the site is installed). The browser may say no; nothing
/// depends on the answer, which is why the app also reminds people to download a copy.
pub fn ask_to_persist() {
    let storage = web_sys::window()
        .map(|window| window.navigator())
        .and_then(|navigator| js_sys::Reflect::get(&navigator, &"storage".into()).ok())
        .filter(|storage| storage.is_object());
    let Some(storage) = storage else {
        return;
    };
    if let Ok(persist) = js_sys::Reflect::get(&storage, &"persist".into()) {
        if let Some(persist) = persist.dyn_ref::<js_sys::Function>() {
            // A promise; a refusal is an answer, not an error, and either is ignored.
            if let Ok(promise) = persist.call0(&storage) {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                    });
                }
            }
        }
    }
}
