//! Everything a device keeps, and the rules for keeping it safe.
//!
//! - Every write is a whole [`Record`] with a revision. A write names the revision it was based
//!   on; if the stored record has moved on (another tab or window wrote it), the write is refused
//!   as a [`SaveError::Conflict`] rather than silently overwriting.
//! - The last good copy is kept under `sds.previous.<name>` (where there is room) until the new
//!   record has been read back exactly as written; a record that cannot be read is recovered
//!   from that copy.
//! - A record that cannot be read is never overwritten: before anything is written under its
//!   name it is kept aside, as it was, under `sds.aside.<n>.<name>`, to be downloaded.
//! - With the passphrase lock on, every record but the lock itself is sealed.
//!
//! Names: `sds.plan.<id>`, `sds.sent.<id>` (plans signed here), `sds.device-key`, `sds.backups`
//! (what was last downloaded), `sds.lock`, and the two above.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::lock::{DataKey, Lock, LockError};
use super::record::{Body, Record, MAX_REVISION};
use super::{Entropy, Store, StoreError};
use crate::date::Timestamp;
use crate::limits::{self, Limits};
use crate::plan::stored::{plan_value, read_plan_value};
use crate::plan::SupportPlan;
use crate::signing::sent::SentPlans;
use crate::signing::KeyPair;

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

/// How long a change may go without being in a downloaded copy before the person is reminded:
/// some browsers clear a site's storage after seven days without a visit.
pub const REMIND_AFTER_DAYS: i64 = 7;

/// Whether a record's content is what its name says it is; why not, if it is not.
type Readable = dyn Fn(&Value) -> Result<(), String>;

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
    Unreadable(String),
}

impl From<StoreError> for ReadError {
    fn from(error: StoreError) -> ReadError {
        ReadError::Store(error)
    }
}

/// A record that could not be read, left exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Its name in the store, to download or remove it.
    pub name: String,
    pub reason: String,
}

/// The plans on a device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shelf {
    /// Newest started first.
    pub plans: Vec<Kept<SupportPlan>>,
    pub unreadable: Vec<Unreadable>,
}

impl Shelf {
    /// Each plan's id and revision.
    pub fn revisions(&self) -> BTreeMap<String, u64> {
        self.plans
            .iter()
            .map(|kept| (kept.content.id.clone(), kept.revision))
            .collect()
    }
}

/// When the plans were last downloaded, and at which revisions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupNote {
    pub last: Option<Timestamp>,
    pub revisions: BTreeMap<String, u64>,
}

impl BackupNote {
    /// Whether to remind the person to download a copy: some plan has changes that are in no
    /// download, and nothing has been downloaded for [`REMIND_AFTER_DAYS`] (or ever).
    /// `current` is each plan's id and revision now.
    pub fn remind(&self, current: &BTreeMap<String, u64>, now: Timestamp) -> bool {
        let changed = current.iter().any(|(id, revision)| {
            self.revisions
                .get(id)
                .is_none_or(|downloaded| downloaded < revision)
        });
        let due = self.last.is_none_or(|last| {
            now.unix_seconds() - last.unix_seconds() >= REMIND_AFTER_DAYS * 86_400
        });
        changed && due
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

    // --- Records -------------------------------------------------------------------------

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
                            "it was changed or damaged after it was saved (its seal does not match)",
                            Some(record.revision),
                        )
                    })?;
                serde_json::from_slice(&bytes).map_err(|e| {
                    RecordNotOpened::damaged(format!("not JSON inside: {e}"), Some(record.revision))
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
    fn write_over(
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
            return Err(StoreError::Failed(format!(
                "the record's revision cannot go past {MAX_REVISION}"
            ))
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
                _ => Err(StoreError::Failed(
                    "what was saved did not read back the same".to_owned(),
                )),
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
    fn check_lock(&self) -> Result<(), SaveError> {
        let lock = self.store.read(LOCK)?.map(|text| Lock::from_json(&text));
        match (self.key.or(self.also_opens), lock) {
            (None, None) => Ok(()),
            (Some(key), Some(Ok(lock))) if lock.holds(key) => Ok(()),
            _ => Err(SaveError::LockChanged),
        }
    }

    /// Moves the record under `name` aside as it is, with why, so something new can be written
    /// there without losing it.
    pub fn set_aside(&self, name: &str, reason: &str) -> Result<(), SaveError> {
        if let Some(text) = self.store.read(name)? {
            self.keep_aside(name, &text, reason)?;
            self.store.remove(name)?;
        }
        Ok(())
    }

    /// Keeps damaged text aside under a new name, with why it could not be read.
    fn keep_aside(&self, name: &str, text: &str, reason: &str) -> Result<(), SaveError> {
        let taken = self.store.keys()?;
        let aside = (1..)
            .map(|n| format!("{ASIDE}{n}.{name}"))
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or_default();
        let content = json!({ "name": name, "reason": reason, "text": text });
        self.write(&aside, &content, Expect::Nothing, 0).map(|_| ())
    }

    // --- Plans ---------------------------------------------------------------------------

    /// Every plan on the device, and every record that could not be read.
    pub fn plans(&self) -> Result<Shelf, StoreError> {
        let mut shelf = Shelf::default();
        let mut names = self.store.keys()?;
        names.sort();
        for name in names {
            if name.starts_with(PLAN) {
                match self.read(&name) {
                    Ok(None) => {}
                    Ok(Some(kept)) => match read_plan_value(kept.content) {
                        Ok(plan) => shelf.plans.push(Kept {
                            content: plan,
                            revision: kept.revision,
                        }),
                        Err(error) => shelf.unreadable.push(Unreadable {
                            name,
                            reason: error.to_string(),
                        }),
                    },
                    Err(ReadError::Store(error)) => return Err(error),
                    // Not this tab's to list, replace or remove.
                    Err(ReadError::Locked) => {}
                    Err(ReadError::Unreadable(reason)) => {
                        shelf.unreadable.push(Unreadable { name, reason })
                    }
                }
            } else if name.starts_with(ASIDE) {
                let reason = match self.read(&name) {
                    Ok(Some(kept)) => kept.content["reason"].as_str().unwrap_or("").to_owned(),
                    Ok(None) => continue,
                    Err(ReadError::Store(error)) => return Err(error),
                    Err(ReadError::Locked) => continue,
                    Err(ReadError::Unreadable(reason)) => reason,
                };
                shelf.unreadable.push(Unreadable { name, reason });
            }
        }
        shelf.plans.sort_by(|a, b| {
            b.content
                .started_on
                .cmp(&a.content.started_on)
                .then(a.content.id.cmp(&b.content.id))
        });
        Ok(shelf)
    }

    pub fn plan(&self, id: &str) -> Result<Option<Kept<SupportPlan>>, ReadError> {
        match self.read(&plan_name(id))? {
            None => Ok(None),
            Some(kept) => read_plan_value(kept.content)
                .map(|plan| {
                    Some(Kept {
                        content: plan,
                        revision: kept.revision,
                    })
                })
                .map_err(|e| ReadError::Unreadable(e.to_string())),
        }
    }

    pub fn save_plan(&self, plan: &SupportPlan, expect: Expect) -> Result<u64, SaveError> {
        let readable = |content: &Value| {
            read_plan_value(content.clone())
                .map(|_| ())
                .map_err(|error| error.to_string())
        };
        self.write_over(
            &plan_name(&plan.id),
            &plan_value(plan),
            expect,
            0,
            Some(&readable),
        )
    }

    /// Removes a plan and the plans signed from it.
    pub fn remove_plan(&self, id: &str) -> Result<(), StoreError> {
        self.store.remove(&plan_name(id))?;
        self.store.remove(&sent_name(id))
    }

    /// An unreadable record exactly as it was kept, to download.
    pub fn unreadable_text(&self, name: &str) -> Result<String, ReadError> {
        if name.starts_with(ASIDE) {
            let kept = self
                .read(name)?
                .ok_or(ReadError::Unreadable(String::new()))?;
            return Ok(kept.content["text"].as_str().unwrap_or("").to_owned());
        }
        self.store
            .read(name)?
            .ok_or(ReadError::Unreadable(String::new()))
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

    // --- Signed plans and the signing key -----------------------------------------------

    /// The plans signed on this device from the plan with this id (none yet is empty).
    pub fn sent(&self, id: &str) -> Result<SentPlans, ReadError> {
        match self.read(&sent_name(id))? {
            None => Ok(SentPlans::default()),
            Some(kept) => SentPlans::from_value(kept.content).map_err(ReadError::Unreadable),
        }
    }

    pub fn save_sent(&self, id: &str, sent: &SentPlans) -> Result<(), SaveError> {
        self.write(&sent_name(id), &sent.to_value(), Expect::Anything, 0)
            .map(|_| ())
    }

    /// This device's signing key, made and kept on first use. The key is written and read back
    /// before it is used, so a plan is never signed with a key the device then forgets.
    pub fn signing_key(&self) -> Result<KeyPair, SaveError> {
        // A record that is not a usable key is kept aside, never written over.
        match self.read(SIGNING_KEY) {
            Ok(Some(kept)) => match kept.content.as_str().and_then(KeyPair::from_secret_hex) {
                Some(pair) => return Ok(pair),
                None => self.set_aside(SIGNING_KEY, "not a signing key")?,
            },
            Ok(None) => {}
            Err(ReadError::Store(error)) => return Err(error.into()),
            Err(ReadError::Locked) => return Err(SaveError::LockChanged),
            Err(ReadError::Unreadable(reason)) => self.set_aside(SIGNING_KEY, &reason)?,
        }
        let expect = Expect::Nothing;
        let mut secret = Zeroizing::new([0u8; 32]);
        self.entropy.fill(&mut secret[..])?;
        let pair = KeyPair::from_secret(*secret);
        match self.write(SIGNING_KEY, &Value::String(pair.secret_hex()), expect, 0) {
            Ok(_) => {}
            // Another tab made one first: use that.
            Err(SaveError::Conflict { .. }) => {}
            Err(error) => return Err(error),
        }
        match self.read(SIGNING_KEY) {
            Ok(Some(kept)) => kept
                .content
                .as_str()
                .and_then(KeyPair::from_secret_hex)
                .ok_or_else(|| {
                    StoreError::Failed("the signing key was not kept".to_owned()).into()
                }),
            _ => Err(StoreError::Failed("the signing key was not kept".to_owned()).into()),
        }
    }

    // --- Downloads -----------------------------------------------------------------------

    pub fn backup_note(&self) -> BackupNote {
        let Ok(Some(kept)) = self.read(BACKUPS) else {
            return BackupNote::default();
        };
        BackupNote {
            last: kept.content["last"].as_str().and_then(Timestamp::parse),
            revisions: kept.content["revisions"]
                .as_object()
                .map(|map| {
                    map.iter()
                        .filter_map(|(id, rev)| Some((id.clone(), rev.as_u64()?)))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Notes that these plans, at these revisions, were downloaded now.
    pub fn note_backup(&self, downloaded: &BTreeMap<String, u64>) -> Result<(), SaveError> {
        let mut note = self.backup_note();
        note.last = self.now.or(note.last);
        note.revisions
            .extend(downloaded.iter().map(|(id, rev)| (id.clone(), *rev)));
        let content = json!({
            "last": note.last.map(|at| at.to_string()),
            "revisions": note.revisions,
        });
        self.write(BACKUPS, &content, Expect::Anything, 0)
            .map(|_| ())
    }

    // --- The passphrase lock and removing everything ------------------------------------

    /// The lock, if the passphrase lock is on.
    pub fn lock(&self) -> Result<Option<Lock>, LockProblem> {
        match self.store.read(LOCK)? {
            None => Ok(None),
            Some(text) => Lock::from_json(&text).map(Some).map_err(LockProblem::Lock),
        }
    }

    /// Turns the lock on: a new data key, wrapped under `passphrase`, and every record sealed.
    /// Returns the data key, for the app to hold while the lock is open.
    ///
    /// If not every record can be sealed (the store fills up: sealed records are larger), every
    /// record is written plain again and the lock removed, so no plan is left sealed under a key
    /// nobody holds. Refused if the lock is on already (another tab may have turned it on).
    pub fn turn_lock_on(
        &self,
        passphrase: &str,
        idle_minutes: u32,
    ) -> Result<LockedOn, LockProblem> {
        if self.store.read(LOCK)?.is_some() {
            return Err(LockProblem::Lock(LockError::AlreadyOn));
        }
        let mut secret = Zeroizing::new([0u8; 32]);
        let mut salt = [0u8; 16];
        let mut nonces = [[0u8; 24]; 2];
        self.entropy.fill(&mut secret[..])?;
        self.entropy.fill(&mut salt)?;
        for nonce in &mut nonces {
            self.entropy.fill(nonce)?;
        }
        let key = DataKey::from_bytes(*secret);
        let lock = Lock::new(passphrase, &key, salt, nonces, idle_minutes)?;
        self.write_lock(&lock)?;
        let sealed = Device {
            key: Some(&key),
            ..*self
        };
        if let Err(problem) = self.rewrite_all(&sealed, false) {
            // Another tab's lock now: nothing of it is touched.
            if sealed.check_lock().is_err() {
                return Err(problem);
            }
            // Undone: everything plain again, then no lock. Plain records are smaller, so this
            // fits where the sealing did not. Should even that fail, the lock stays on and its
            // key is returned, so nothing is sealed under a key nobody holds.
            let plain = Device {
                also_opens: Some(&key),
                ..*self
            };
            let undone = sealed
                .rewrite_all(&plain, false)
                .and_then(|()| self.store.remove(LOCK).map_err(LockProblem::from));
            return match undone {
                Ok(()) => Err(problem),
                Err(_) => Ok(LockedOn {
                    key,
                    complete: false,
                }),
            };
        }
        Ok(LockedOn {
            key,
            complete: true,
        })
    }

    /// Turns the lock off: every record opened and written plain, then the lock removed.
    pub fn turn_lock_off(&self) -> Result<(), LockProblem> {
        // Only with the key of the lock that is on now.
        if self.key.is_none() {
            return Err(SaveError::LockChanged.into());
        }
        self.check_lock()?;
        let plain = Device {
            key: None,
            also_opens: self.key,
            ..*self
        };
        self.rewrite_all(&plain, false)?;
        self.store.remove(LOCK)?;
        Ok(())
    }

    /// Seals any record still plain (one written by a tab that had not yet seen the lock, or
    /// left by an interrupted change). Called when the lock is opened.
    pub fn seal_plain_records(&self) -> Result<(), LockProblem> {
        self.rewrite_all(self, true)
    }

    /// A new passphrase (and idle time) for the lock that is open: the same data key wrapped
    /// again, so no record is rewritten and every tab holding the key stays open.
    pub fn change_lock(&self, passphrase: &str, idle_minutes: u32) -> Result<(), LockProblem> {
        let key = self.key.ok_or(SaveError::LockChanged)?;
        self.check_lock()?;
        let mut salt = [0u8; 16];
        let mut nonces = [[0u8; 24]; 2];
        self.entropy.fill(&mut salt)?;
        for nonce in &mut nonces {
            self.entropy.fill(nonce)?;
        }
        self.write_lock(&Lock::new(passphrase, key, salt, nonces, idle_minutes)?)
    }

    fn write_lock(&self, lock: &Lock) -> Result<(), LockProblem> {
        let text = lock.to_json();
        self.store.write(LOCK, &text)?;
        match self.store.read(LOCK)? {
            Some(back) if back == text => Ok(()),
            _ => Err(StoreError::Failed("the lock did not read back the same".to_owned()).into()),
        }
    }

    /// Reads every record with this device's key and writes it with `to`'s. Last good copies
    /// left by an interrupted write are used to recover their record first, then removed, so
    /// none is left plain under a lock or sealed under a key that is gone.
    fn rewrite_all(&self, to: &Device, only_plain: bool) -> Result<(), LockProblem> {
        let mut names = self.store.keys()?;
        names.retain(|name| name.starts_with(PREFIX) && name != LOCK && name != LANGUAGE);
        names.sort_by_key(|name| name.starts_with(PREVIOUS));
        for name in names {
            if name.starts_with(PREVIOUS) {
                self.store.remove(&name)?;
                continue;
            }
            let Some(text) = self.store.read(&name)? else {
                continue;
            };
            let plain = matches!(
                Record::within(&text, limits_of(&name)),
                Ok(Record {
                    body: Body::Plain(_),
                    ..
                })
            );
            if only_plain && !plain {
                continue;
            }
            match self.read(&name) {
                Ok(Some(kept)) => {
                    to.write(&name, &kept.content, Expect::Revision(kept.revision), 0)?;
                }
                Ok(None) => {}
                Err(ReadError::Store(error)) => return Err(error.into()),
                // Sealed under a key this device does not hold: the lock changed elsewhere.
                // Stop; setting it aside would lose it with the key.
                Err(ReadError::Locked) => return Err(SaveError::LockChanged.into()),
                Err(ReadError::Unreadable(_)) if !plain => {
                    return Err(SaveError::LockChanged.into())
                }
                // Damaged: kept aside under `to`'s key, so nothing stays readable by accident.
                Err(ReadError::Unreadable(reason)) => {
                    to.keep_aside(&name, &text, &reason)?;
                    self.store.remove(&name)?;
                }
            }
        }
        Ok(())
    }

    /// Removes everything this app keeps on the device, and checks that nothing is left.
    pub fn remove_all(&self) -> Result<(), StoreError> {
        let ours = |store: &dyn Store| -> Result<Vec<String>, StoreError> {
            Ok(store
                .keys()?
                .into_iter()
                .filter(|name| name.starts_with(PREFIX))
                .collect())
        };
        // Plans first, the lock last: an interruption never leaves plans without their lock.
        let mut names = ours(self.store)?;
        names.sort_by_key(|name| name == LOCK);
        for name in names {
            self.store.remove(&name)?;
        }
        if ours(self.store)?.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Failed(
                "some records could not be removed".to_owned(),
            ))
        }
    }
}

/// The lock, just turned on: its data key, and whether every record is sealed (if not, the rest
/// are sealed the next time the lock is opened).
pub struct LockedOn {
    pub key: DataKey,
    pub complete: bool,
}

/// Why a stored record did not open.
enum RecordNotOpened {
    /// Sealed, and the lock is not open.
    Locked,
    /// Why not, and the damaged record's revision where that much of it read (so a write over
    /// it goes on past it without reading it again).
    Damaged {
        reason: String,
        revision: Option<u64>,
    },
}

impl RecordNotOpened {
    fn damaged(reason: impl Into<String>, revision: Option<u64>) -> RecordNotOpened {
        RecordNotOpened::Damaged {
            reason: reason.into(),
            revision,
        }
    }
}

/// Why the lock could not be turned on, off or opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockProblem {
    Lock(LockError),
    Save(SaveError),
}

impl From<LockError> for LockProblem {
    fn from(error: LockError) -> LockProblem {
        LockProblem::Lock(error)
    }
}

impl From<SaveError> for LockProblem {
    fn from(error: SaveError) -> LockProblem {
        LockProblem::Save(error)
    }
}

impl From<StoreError> for LockProblem {
    fn from(error: StoreError) -> LockProblem {
        LockProblem::Save(SaveError::Store(error))
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
