//! Everything a device keeps, and the rules for keeping it safe.
//!
//! - Every write is a whole [`Record`](super::record::Record) with a revision. A write names the
//!   revision it was based on; if the stored record has moved on (another tab or window wrote
//!   it), the write is refused as a [`SaveError::Conflict`] rather than silently overwriting.
//! - The last good copy is kept under `sds.previous.<name>` (where there is room) until the new
//!   record has been read back exactly as written; a record that cannot be read is recovered
//!   from that copy.
//! - A record that cannot be read is never overwritten: before anything is written under its
//!   name it is kept aside, as it was, under `sds.aside.<n>.<name>`, to be downloaded.
//! - With the passphrase lock on, every record but the lock itself is sealed.
//!
//! Names: `sds.plan.<id>`, `sds.sent.<id>` (plans signed here), `sds.device-key`, `sds.backups`
//! (what was last downloaded), `sds.lock`, and the two above.
//!
//! [`Device`] is one type, so every part of it keeps a record the same way, but its methods are
//! split by what they are about, one file each, so each concern can be read on its own:
//! `records.rs` (reading and writing any record, the last good copy, keeping aside), `plans.rs`,
//! `signed.rs` (signed plans and the signing key), `passphrase_lock.rs` (turning the lock on and
//! off, changing its passphrase, sealing plain records), `downloads.rs` (the note of the last
//! download and the reminder) and `removal.rs` (removing everything). This file holds what they
//! all share: the names, the results of reading and writing, and the device itself.

mod downloads;
mod passphrase_lock;
mod plans;
mod records;
mod removal;
mod signed;

pub use downloads::{BackupNote, REMIND_AFTER_DAYS};
pub use passphrase_lock::{LockProblem, LockedOn};
pub use plans::{Shelf, Unreadable};

use super::lock::DataKey;
use super::{Entropy, Store, StoreError};
use crate::date::Timestamp;
use crate::limits::{self, Limits};
use crate::wording::Message;

/// Every name this app keeps starts with this; nothing else on the origin is touched.
pub const PREFIX: &str = "sds.";
pub const PLAN: &str = "sds.plan.";
const SENT: &str = "sds.sent.";
const SIGNING_KEY: &str = "sds.device-key";
const BACKUPS: &str = "sds.backups";
pub const LOCK: &str = "sds.lock";
/// The language the person chose. Kept plain under the lock, because the unlock page is shown
/// in it; it says nothing about anyone. Removing everything removes it too.
pub const LANGUAGE: &str = "sds.language";
const PREVIOUS: &str = "sds.previous.";
const ASIDE: &str = "sds.aside.";

/// Content as read, with the revision it was read at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept<T> {
    pub content: T,
    pub revision: u64,
}

/// What a write expects to find under its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Nothing yet: a new record.
    Nothing,
    /// The record at this revision, which the writer read.
    Revision(u64),
    /// Whatever is there: the person chose to replace it.
    Anything,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    Store(StoreError),
    /// Someone else wrote since this writer read: the stored revision (none if removed).
    Conflict {
        stored: Option<u64>,
    },
    /// The passphrase lock was turned off, or on with another key, in another tab since this
    /// writer opened it: nothing may be sealed with the key it holds, or kept plain over a
    /// sealed record.
    LockChanged,
}

impl From<StoreError> for SaveError {
    fn from(error: StoreError) -> SaveError {
        SaveError::Store(error)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Store(StoreError),
    /// Sealed under the passphrase lock, which is not open here (or not with this key). Not
    /// damage: nothing may be recovered, set aside or written over because of it.
    Locked,
    /// The record is there but cannot be read; why, for the person and the web team.
    Unreadable(Message),
}

impl From<StoreError> for ReadError {
    fn from(error: StoreError) -> ReadError {
        ReadError::Store(error)
    }
}

/// A store seen through the rules above, with the data key when the lock is open.
pub struct Device<'a> {
    store: &'a dyn Store,
    key: Option<&'a DataKey>,
    /// A key that opens records but seals nothing: while the lock is turned off (or a failed
    /// turning-on undone), each sealed record is read with it and written plain.
    also_opens: Option<&'a DataKey>,
    entropy: &'a dyn Entropy,
    now: Option<Timestamp>,
}

impl<'a> Device<'a> {
    pub fn new(
        store: &'a dyn Store,
        key: Option<&'a DataKey>,
        entropy: &'a dyn Entropy,
        now: Option<Timestamp>,
    ) -> Device<'a> {
        Device {
            store,
            key,
            also_opens: None,
            entropy,
            now,
        }
    }
}

/// How much of a record is read: one kept aside holds a whole damaged record besides why.
fn limits_of(name: &str) -> &'static Limits {
    if name.starts_with(ASIDE) {
        &limits::ASIDE
    } else {
        &limits::RECORD
    }
}

pub fn plan_name(id: &str) -> String {
    format!("{PLAN}{id}")
}

pub fn sent_name(id: &str) -> String {
    format!("{SENT}{id}")
}

/// The plan id a plan record's name is for.
pub fn plan_id(name: &str) -> Option<&str> {
    name.strip_prefix(PLAN)
}
