//! The device as the app holds it: the browser's store (or, when the browser refuses one, a
//! store in memory for this visit), and the data key while the passphrase lock is open.
//!
//! Pages reach storage only through the application layer's `Keeper::with`, which hands them
//! the domain's `Device` with the key, the browser's random numbers and the clock already in
//! place; this file adds the browser's store and the request to keep it.

use std::cell::Cell;
use std::ops::Deref;

use sds_domain::keeping::device::{ReadError, SaveError};
use sds_domain::keeping::{MemoryStore, Store, StoreError};

use crate::storage::{ask_to_persist, BrowserEntropy, LocalStore};

/// A name written and removed once at start-up, to learn whether the browser keeps anything.
const PROBE: &str = "sds.probe";

pub struct BrowserKeeper {
    /// The device and the key, with every rule about them (`sds_app::keeper`).
    held: sds_app::keeper::Keeper,
    persist_asked: Cell<bool>,
}

impl PartialEq for BrowserKeeper {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Deref for BrowserKeeper {
    type Target = sds_app::keeper::Keeper;

    fn deref(&self) -> &sds_app::keeper::Keeper {
        &self.held
    }
}

impl BrowserKeeper {
    /// The browser's store if it will keep things; otherwise memory, said so on every page.
    pub fn open() -> BrowserKeeper {
        let local = LocalStore::open().and_then(|store| {
            match store.write(PROBE, "") {
                // A full store still reads: it is used, and each refused write says so.
                Ok(()) | Err(StoreError::Full) => {}
                Err(error) => return Err(error),
            }
            let _ = store.remove(PROBE);
            Ok(store)
        });
        match local {
            Ok(store) => BrowserKeeper::over(Box::new(store), false),
            Err(_) => BrowserKeeper::over(Box::new(MemoryStore::new()), true),
        }
    }

    /// A keeper over any store, with the browser's random numbers and clock; for tests too.
    pub fn over(store: Box<dyn Store>, in_memory_only: bool) -> BrowserKeeper {
        BrowserKeeper {
            held: sds_app::keeper::Keeper::new(
                store,
                Box::new(BrowserEntropy),
                crate::clock::now,
                in_memory_only,
            ),
            persist_asked: Cell::new(false),
        }
    }

    /// After the first save of a visit, asks the browser to keep this site's data.
    pub fn saved(&self) {
        if !self.persist_asked.replace(true) && !self.in_memory_only() {
            ask_to_persist();
        }
    }
}

/// The catalogue key of what the person reads when the store refuses: what happened and what
/// they can do.
pub fn store_problem(error: &StoreError) -> &'static str {
    match error {
        StoreError::Unavailable => "storage-unavailable",
        StoreError::Full => "storage-full",
        StoreError::Failed(_) => "storage-failed",
    }
}

/// The catalogue key of what the person can do about a refusing store.
pub fn store_advice(error: &StoreError) -> &'static str {
    match error {
        StoreError::Unavailable => "storage-unavailable-advice",
        StoreError::Full => "storage-full-advice",
        StoreError::Failed(_) => "storage-failed-advice",
    }
}

/// The catalogue key saying why something could not be read.
pub fn read_problem(error: &ReadError) -> &'static str {
    match error {
        ReadError::Store(error) => store_problem(error),
        ReadError::Unreadable(_) => "storage-record-unreadable",
        ReadError::Locked => "storage-lock-changed",
    }
}

/// The catalogue key saying why something could not be saved.
pub fn save_problem(error: &SaveError) -> &'static str {
    match error {
        SaveError::Store(error) => store_problem(error),
        SaveError::Conflict { .. } => "storage-conflict",
        SaveError::LockChanged => "storage-lock-changed",
    }
}
