//! The device as the app holds it: a store, the random numbers and clock to write with, and the
//! data key while the passphrase lock is open. Turning the lock on or off, opening it and
//! removing everything each change both the device and the key held, so they are done here,
//! together, rather than by the pages.

use std::cell::RefCell;

use sds_domain::date::Timestamp;
use sds_domain::keeping::device::{Device, LockProblem};
use sds_domain::keeping::lock::{DataKey, Lock, LockError};
use sds_domain::keeping::{Entropy, Store, StoreError};

/// The store, the means to write to it, and the key while the lock is open.
pub struct Keeper {
    store: Box<dyn Store>,
    entropy: Box<dyn Entropy>,
    clock: fn() -> Option<Timestamp>,
    /// The store is memory only: nothing outlives this visit unless downloaded.
    in_memory_only: bool,
    key: RefCell<Option<DataKey>>,
}

/// The passphrase lock as this window follows it.
#[derive(Debug, PartialEq)]
pub enum LockState {
    Off,
    On(Lock),
    /// The lock record cannot be read (damaged, or written by a newer release): treated as
    /// closed, with nothing offered that would write over it.
    Damaged,
}

/// What setting the lock did, to tell the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockSet {
    /// Turned on, every record sealed.
    On,
    /// Turned on, but some records could not be sealed (the store was full).
    OnPartly,
    /// A new passphrase (and idle time) for the lock that was on.
    Changed,
}

impl Keeper {
    pub fn new(
        store: Box<dyn Store>,
        entropy: Box<dyn Entropy>,
        clock: fn() -> Option<Timestamp>,
        in_memory_only: bool,
    ) -> Keeper {
        Keeper {
            store,
            entropy,
            clock,
            in_memory_only,
            key: RefCell::new(None),
        }
    }

    pub fn in_memory_only(&self) -> bool {
        self.in_memory_only
    }

    /// Runs `f` with the device as it is now: this store, the key if the lock is open, the
    /// random numbers and the time.
    pub fn with<R>(&self, f: impl FnOnce(&Device) -> R) -> R {
        let key = self.key.borrow();
        let device = Device::new(&*self.store, key.as_ref(), &*self.entropy, (self.clock)());
        f(&device)
    }

    /// Holds the key while the lock is open; `None` forgets it (the key is wiped as it drops).
    pub fn set_key(&self, key: Option<DataKey>) {
        *self.key.borrow_mut() = key;
    }

    pub fn has_key(&self) -> bool {
        self.key.borrow().is_some()
    }

    /// Whether the key held here (if any) is `lock`'s.
    pub fn key_fits(&self, lock: &Lock) -> bool {
        self.key.borrow().as_ref().is_none_or(|key| lock.holds(key))
    }

    /// The lock as the device holds it now, forgetting the key held here if it no longer fits:
    /// turned off in another tab (the key must not seal anything more), or turned off and on
    /// again there (the key is not this lock's).
    pub fn follow_lock(&self) -> LockState {
        match self.with(|device| device.lock()) {
            Ok(Some(lock)) => {
                if !self.key_fits(&lock) {
                    self.set_key(None);
                }
                LockState::On(lock)
            }
            Ok(None) => {
                self.set_key(None);
                LockState::Off
            }
            Err(_) => LockState::Damaged,
        }
    }

    /// Whether the plans are closed to this window: the lock is on and no key is held here, or
    /// the lock cannot be read.
    pub fn closed(&self, state: &LockState) -> bool {
        match state {
            LockState::Off => false,
            LockState::On(_) => !self.has_key(),
            LockState::Damaged => true,
        }
    }

    /// Opens `lock` with `passphrase` and holds its key; anything written plain while it was
    /// closed elsewhere is sealed now.
    pub fn unlock(&self, lock: &Lock, passphrase: &str) -> Result<(), LockError> {
        let key = lock.unlock(passphrase)?;
        self.set_key(Some(key));
        // A record that cannot be sealed now is sealed at its next save.
        let _ = self.with(|device| device.seal_plain_records());
        Ok(())
    }

    /// Turns the lock on with `passphrase` (holding its key), or, with `on` because it is on
    /// already and open, gives it a new passphrase and idle time.
    pub fn set_lock(
        &self,
        on: bool,
        passphrase: &str,
        idle_minutes: u32,
    ) -> Result<LockSet, LockProblem> {
        if on {
            return self
                .with(|device| device.change_lock(passphrase, idle_minutes))
                .map(|()| LockSet::Changed);
        }
        let locked = self.with(|device| device.turn_lock_on(passphrase, idle_minutes))?;
        self.set_key(Some(locked.key));
        Ok(if locked.complete {
            LockSet::On
        } else {
            LockSet::OnPartly
        })
    }

    /// Turns the lock off, writing every record plain, and forgets the key.
    pub fn turn_lock_off(&self) -> Result<(), LockProblem> {
        self.with(|device| device.turn_lock_off())?;
        self.set_key(None);
        Ok(())
    }

    /// Removes everything this app keeps on the device, and forgets the key.
    pub fn remove_all(&self) -> Result<(), StoreError> {
        self.with(|device| device.remove_all())?;
        self.set_key(None);
        Ok(())
    }
}
