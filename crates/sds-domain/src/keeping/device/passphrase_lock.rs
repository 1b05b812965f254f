//! The passphrase lock as the device keeps it: turning it on (and undoing that if not everything
//! can be sealed), turning it off, a new passphrase for the same key, and sealing records left
//! plain. Each rewrites many records at once, so each is careful never to leave a record sealed
//! under a key nobody holds.

use zeroize::Zeroizing;

use super::{limits_of, Device, Expect, ReadError, SaveError, LANGUAGE, LOCK, PREFIX, PREVIOUS};
use crate::keeping::lock::{DataKey, Lock, LockError};
use crate::keeping::record::{Body, Record};
use crate::keeping::StoreError;
use crate::wording::Message;

impl Device<'_> {
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
            _ => Err(StoreError::Failed(Message::new("store-lock-read-back-differs")).into()),
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
}

/// The lock, just turned on: its data key, and whether every record is sealed (if not, the rest
/// are sealed the next time the lock is opened).
pub struct LockedOn {
    pub key: DataKey,
    pub complete: bool,
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
