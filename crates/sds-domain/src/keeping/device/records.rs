//! Reading and writing any record: the revision a write expects, the last good copy kept while
//! a write is read back, recovery from it, and keeping aside what cannot be read. Every other
//! part of the device keeps its records through these, so the rules are in one place.

use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::{limits_of, Device, Expect, Kept, ReadError, SaveError, ASIDE, LOCK, PLAN, PREVIOUS};
use crate::keeping::lock::Lock;
use crate::keeping::record::{Body, Record, MAX_REVISION};
use crate::keeping::StoreError;
use crate::plan::stored::read_plan_value;
use crate::wording::{json_at, Message};

/// Whether a record's content is what its name says it is; why not, if it is not.
type Readable = dyn Fn(&Value) -> Result<(), Message>;

impl Device<'_> {
    /// Reads the record under `name`, recovering the last good copy if it is damaged.
    pub fn read(&self, name: &str) -> Result<Option<Kept<Value>>, ReadError> {
        let Some(text) = self.store.read(name)? else {
            return Ok(None);
        };
        match self.open(name, &text) {
            Ok(kept) => Ok(Some(kept)),
            // Locked is not damaged: nothing is recovered over a record that may be newer.
            Err(RecordNotOpened::Locked) => Err(ReadError::Locked),
            Err(RecordNotOpened::Damaged { reason, .. }) => {
                let previous_name = format!("{PREVIOUS}{name}");
                if let Some(previous) = self.store.read(&previous_name)? {
                    if let Ok(kept) = self.open(name, &previous) {
                        // The damaged text aside, the good copy back in its place. If the store
                        // refuses, the good copy is still returned and both stay where they are.
                        if self.keep_aside(name, &text, &reason).is_ok()
                            && self.store.write(name, &previous).is_ok()
                        {
                            let _ = self.store.remove(&previous_name);
                        }
                        return Ok(Some(kept));
                    }
                }
                Err(ReadError::Unreadable(reason))
            }
        }
    }

    fn open(&self, name: &str, text: &str) -> Result<Kept<Value>, RecordNotOpened> {
        let record = Record::within(text, limits_of(name))
            .map_err(|reason| RecordNotOpened::damaged(reason, None))?;
        let content = match record.body {
            Body::Plain(content) => content,
            Body::Sealed(sealed) => {
                let key = self
                    .key
                    .or(self.also_opens)
                    .ok_or(RecordNotOpened::Locked)?;
                let bytes = key
                    .open(&Record::context(name, record.revision), &sealed)
                    .map_err(|_| {
                        RecordNotOpened::damaged(
                            Message::new("record-seal-broken"),
                            Some(record.revision),
                        )
                    })?;
                serde_json::from_slice(&bytes).map_err(|e| {
                    RecordNotOpened::damaged(
                        Message::new("record-sealed-not-json").with("at", json_at(&e)),
                        Some(record.revision),
                    )
                })?
            }
        };
        Ok(Kept {
            content,
            revision: record.revision,
        })
    }

    /// Writes `content` under `name` as the next revision (at least `at_least`), if what is
    /// stored is what `expect` says. Returns the revision written.
    pub fn write(
        &self,
        name: &str,
        content: &Value,
        expect: Expect,
        at_least: u64,
    ) -> Result<u64, SaveError> {
        self.write_over(name, content, expect, at_least, None)
    }

    /// [`Device::write`], where what is there now must also pass `readable` to count as a
    /// good record: one whose content does not (a plan record holding something that is not a
    /// plan) is kept aside like a damaged one, never written over.
    pub(super) fn write_over(
        &self,
        name: &str,
        content: &Value,
        expect: Expect,
        at_least: u64,
        readable: Option<&Readable>,
    ) -> Result<u64, SaveError> {
        self.check_lock()?;
        let read = self.store.read(name)?;
        let mut expect = expect;
        // `current` is the last good record, if there is one; `stored` its revision.
        let (current, stored) = match read {
            None => (None, None),
            Some(text) => match self.open(name, &text).and_then(|kept| {
                match readable.map_or(Ok(()), |check| check(&kept.content)) {
                    Ok(()) => Ok(kept),
                    Err(reason) => Err(RecordNotOpened::damaged(reason, Some(kept.revision))),
                }
            }) {
                Ok(kept) => (Some(text), Some(kept.revision)),
                // Sealed, and this writer has no key: another tab turned the lock on.
                Err(RecordNotOpened::Locked) => return Err(SaveError::LockChanged),
                Err(RecordNotOpened::Damaged {
                    reason,
                    revision: damaged,
                }) => {
                    // Damaged: kept aside, then treated as what the writer expected, with the
                    // revision going on past both, so other tabs and backups see it is newer.
                    self.keep_aside(name, &text, &reason)?;
                    let expected = match expect {
                        Expect::Revision(revision) => Some(revision),
                        _ => None,
                    };
                    expect = Expect::Anything;
                    (None, damaged.max(expected))
                }
            },
        };
        match (expect, stored) {
            (Expect::Anything, _) | (Expect::Nothing, None) => {}
            (Expect::Revision(read), Some(stored)) if read == stored => {}
            (_, stored) => return Err(SaveError::Conflict { stored }),
        }
        // Every revision read is at most MAX_REVISION, so this cannot overflow; one beyond it
        // would not read back, so it is refused rather than written.
        let revision = stored
            .unwrap_or(0)
            .saturating_add(1)
            .max(at_least)
            .min(MAX_REVISION.saturating_add(1));
        if revision > MAX_REVISION {
            return Err(StoreError::Failed(
                Message::new("store-revision-exhausted").with("limit", MAX_REVISION.to_string()),
            )
            .into());
        }
        let body = match self.key {
            None => Body::Plain(content.clone()),
            Some(key) => {
                let plaintext = Zeroizing::new(content.to_string());
                let mut nonce = [0u8; 24];
                self.entropy.fill(&mut nonce)?;
                Body::Sealed(key.seal(
                    &Record::context(name, revision),
                    plaintext.as_bytes(),
                    nonce,
                ))
            }
        };
        let text = Record {
            revision,
            saved_at: self.now,
            body,
        }
        .to_text();
        // The last good copy is kept in the store while the new record is written and read
        // back, where there is room for it; it is also held here, to put back if the new one
        // does not read back the same.
        let previous_name = format!("{PREVIOUS}{name}");
        if let Some(current) = &current {
            match self.store.write(&previous_name, current) {
                Ok(()) | Err(StoreError::Full) => {}
                Err(error) => return Err(error.into()),
            }
        }
        let written = self
            .store
            .write(name, &text)
            .and_then(|()| match self.store.read(name)? {
                Some(back) if back == text => Ok(()),
                _ => Err(StoreError::Failed(Message::new("store-read-back-differs"))),
            });
        if written.is_err() {
            if let Some(current) = &current {
                let _ = self.store.write(name, current);
            }
        }
        let _ = self.store.remove(&previous_name);
        written?;
        Ok(revision)
    }

    /// With a key, that the lock on the device is still the one the key belongs to.
    /// Without a key, that there is no lock (a tab that has not yet heard the lock was turned
    /// on must not write anything plain under it). A writer turning the lock off, which opens
    /// with the key but writes plain, passes while the lock is still there.
    pub(super) fn check_lock(&self) -> Result<(), SaveError> {
        let lock = self.store.read(LOCK)?.map(|text| Lock::from_json(&text));
        match (self.key.or(self.also_opens), lock) {
            (None, None) => Ok(()),
            (Some(key), Some(Ok(lock))) if lock.holds(key) => Ok(()),
            _ => Err(SaveError::LockChanged),
        }
    }

    /// Moves the record under `name` aside as it is, with why, so something new can be written
    /// there without losing it.
    pub fn set_aside(&self, name: &str, reason: &Message) -> Result<(), SaveError> {
        if let Some(text) = self.store.read(name)? {
            self.keep_aside(name, &text, reason)?;
            self.store.remove(name)?;
        }
        Ok(())
    }

    /// Keeps damaged text aside under a new name, with why it could not be read (as a message,
    /// so it is said in the language of whoever reads the list later).
    pub(super) fn keep_aside(
        &self,
        name: &str,
        text: &str,
        reason: &Message,
    ) -> Result<(), SaveError> {
        let taken = self.store.keys()?;
        let aside = (1..)
            .map(|n| format!("{ASIDE}{n}.{name}"))
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or_default();
        let content = json!({ "name": name, "reason": reason.to_value(), "text": text });
        self.write(&aside, &content, Expect::Nothing, 0).map(|_| ())
    }

    /// An unreadable record exactly as it was kept, to download.
    pub fn unreadable_text(&self, name: &str) -> Result<String, ReadError> {
        if name.starts_with(ASIDE) {
            let kept = self.read(name)?.ok_or_else(gone)?;
            return Ok(kept.content["text"].as_str().unwrap_or("").to_owned());
        }
        self.store.read(name)?.ok_or_else(gone)
    }

    /// Removes an unreadable record, once the person has chosen to. Refused if the record has
    /// become readable since it was listed (restored from a backup, here or in another tab), or
    /// is sealed under a lock this writer does not hold.
    pub fn discard(&self, name: &str) -> Result<(), SaveError> {
        self.check_lock()?;
        if name.starts_with(PLAN) {
            match self.read(name) {
                Ok(None) => return Ok(()),
                Ok(Some(kept)) if read_plan_value(kept.content.clone()).is_ok() => {
                    return Err(SaveError::Conflict {
                        stored: Some(kept.revision),
                    })
                }
                Err(ReadError::Store(error)) => return Err(error.into()),
                Err(ReadError::Locked) => return Err(SaveError::LockChanged),
                Ok(Some(_)) | Err(ReadError::Unreadable(_)) => {}
            }
        }
        if name.starts_with(ASIDE) || name.starts_with(PLAN) {
            self.store.remove(name)?;
        }
        Ok(())
    }
}

/// Why a stored record did not open.
enum RecordNotOpened {
    /// Sealed, and the lock is not open.
    Locked,
    /// Why not, and the damaged record's revision where that much of it read (so a write over
    /// it goes on past it without reading it again).
    Damaged {
        reason: Message,
        revision: Option<u64>,
    },
}

impl RecordNotOpened {
    fn damaged(reason: Message, revision: Option<u64>) -> RecordNotOpened {
        RecordNotOpened::Damaged { reason, revision }
    }
}

/// An unreadable record asked for by name that is no longer there (removed in another tab).
fn gone() -> ReadError {
    ReadError::Unreadable(Message::new("record-gone"))
}
