//! Keeping plans on a device: the storage interface, the record every write makes, the
//! passphrase lock, and the device's plans, signed plans and backups built on them.
//!
//! Nothing here touches a browser. The app gives it the browser's storage through [`Store`];
//! tests give it a [`MemoryStore`], which can also be made full or unavailable. The app uses a
//! `MemoryStore` for real when the browser refuses storage, so a visit still works.

pub mod backup;
pub mod device;
pub mod lock;
pub mod record;

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::wording::Message;

/// Why a store would not read or keep something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser does not allow this site to keep anything (privacy settings, a blocked
    /// storage API, or a sandboxed frame).
    Unavailable,
    /// The space the browser gives this site is used up.
    Full,
    /// Anything else: what went wrong, as a message (a browser's own words for it, which are
    /// outside text, are an argument of it), for the web team.
    Failed(Message),
}

impl StoreError {
    /// A failure the browser reported in its own words: outside text, so an argument of the
    /// catalogue's sentence, never the sentence.
    pub fn browser(said: String) -> StoreError {
        StoreError::Failed(Message::new("store-browser-refused").with("name", said))
    }
}

/// A place that keeps text records by key for this site on this device. Each write replaces
/// the whole value or fails leaving the old one, as browser storage does.
pub trait Store {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn write(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key this site has stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Cryptographically secure random bytes, from the browser (or the test) that runs the domain.
pub trait Entropy {
    fn fill(&self, bytes: &mut [u8]) -> Result<(), StoreError>;
}

/// A store in memory: for tests, and for a visit where the browser refuses to keep anything.
#[derive(Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    /// The most characters (keys and values together) it holds, like a browser's quota.
    capacity: Option<usize>,
    unavailable: bool,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// A store that refuses writes past `characters` in all, as a full browser store does.
    pub fn with_capacity(characters: usize) -> MemoryStore {
        MemoryStore {
            capacity: Some(characters),
            ..MemoryStore::default()
        }
    }

    /// A store that refuses everything, as a browser in some privacy modes does.
    pub fn unavailable() -> MemoryStore {
        MemoryStore {
            unavailable: true,
            ..MemoryStore::default()
        }
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.unavailable {
            Err(StoreError::Unavailable)
        } else {
            Ok(())
        }
    }
}

impl Store for MemoryStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        let mut entries = self.entries.borrow_mut();
        if let Some(capacity) = self.capacity {
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > capacity {
                return Err(StoreError::Full);
            }
        }
        entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}
