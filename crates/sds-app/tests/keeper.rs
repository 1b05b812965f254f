//! The lock as the app holds it: turning it on holds the key, opening it seals what was written
//! plain meanwhile, turning it off or removing everything forgets the key.

mod common;

use common::{joan, now, Counter};
use sds_app::keeper::{Keeper, LockSet};
use sds_domain::keeping::device::{plan_name, Expect, LockProblem};
use sds_domain::keeping::lock::LockError;
use sds_domain::keeping::{MemoryStore, Store};

/// A store the test can look into while the keeper holds it.
struct Shared(std::rc::Rc<MemoryStore>);

impl Store for Shared {
    fn read(&self, key: &str) -> Result<Option<String>, sds_domain::keeping::StoreError> {
        self.0.read(key)
    }
    fn write(&self, key: &str, value: &str) -> Result<(), sds_domain::keeping::StoreError> {
        self.0.write(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), sds_domain::keeping::StoreError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, sds_domain::keeping::StoreError> {
        self.0.keys()
    }
}

fn keeper() -> (Keeper, std::rc::Rc<MemoryStore>) {
    let store = std::rc::Rc::new(MemoryStore::new());
    let keeper = Keeper::new(
        Box::new(Shared(store.clone())),
        Box::<Counter>::default(),
        now,
        false,
    );
    (keeper, store)
}

fn plain(store: &MemoryStore, id: &str) -> bool {
    store
        .read(&plan_name(id))
        .unwrap()
        .unwrap()
        .contains("what_matters")
}

#[test]
fn the_lock_on_holds_its_key_and_opening_it_seals_what_was_written_plain() {
    let (keeper, store) = keeper();
    let plan = joan();
    keeper
        .with(|device| device.save_plan(&plan, Expect::Nothing))
        .unwrap();
    assert_eq!(
        keeper.set_lock(false, "plum tree orchard", 15),
        Ok(LockSet::On)
    );
    assert!(keeper.has_key());
    assert!(!plain(&store, &plan.id), "sealed at rest");
    let lock = keeper.with(|device| device.lock()).unwrap().unwrap();
    assert!(keeper.key_fits(&lock));

    // Closed: the key is forgotten; a wrong passphrase holds nothing.
    keeper.set_key(None);
    assert_eq!(
        keeper.unlock(&lock, "plum tree"),
        Err(LockError::WrongPassphrase)
    );
    assert!(!keeper.has_key());

    // A record written plain while the lock was closed (by an earlier release, say).
    let elsewhere = MemoryStore::new();
    let mut amira = common::amira();
    amira.person.name = "Written plain elsewhere".into();
    sds_domain::keeping::device::Device::new(&elsewhere, None, &Counter::default(), now())
        .save_plan(&amira, Expect::Nothing)
        .unwrap();
    let name = plan_name(&amira.id);
    store
        .write(&name, &elsewhere.read(&name).unwrap().unwrap())
        .unwrap();
    assert!(plain(&store, &amira.id));
    keeper.unlock(&lock, "plum tree orchard").unwrap();
    assert!(keeper.has_key());
    assert!(!plain(&store, &amira.id), "sealed once the lock was opened");
    assert_eq!(
        keeper
            .with(|device| device.plan(&amira.id))
            .unwrap()
            .unwrap()
            .content
            .person
            .name,
        "Written plain elsewhere"
    );

    // Turned off: every record plain again, and no key held.
    keeper.turn_lock_off().unwrap();
    assert!(!keeper.has_key());
    assert!(plain(&store, &plan.id));
    assert_eq!(keeper.with(|device| device.lock()).unwrap(), None);
}

#[test]
fn turning_the_lock_on_twice_is_refused() {
    let (keeper, _) = keeper();
    keeper.set_lock(false, "plum tree orchard", 15).unwrap();
    assert_eq!(
        keeper.set_lock(false, "another passphrase", 15),
        Err(LockProblem::Lock(LockError::AlreadyOn))
    );
}

#[test]
fn removing_everything_forgets_the_key_too() {
    let (keeper, store) = keeper();
    keeper
        .with(|device| device.save_plan(&joan(), Expect::Nothing))
        .unwrap();
    keeper.remove_all().unwrap();
    assert!(store.keys().unwrap().is_empty());
    assert!(!keeper.has_key());
    assert!(!keeper.in_memory_only());
}

#[test]
fn following_the_lock_forgets_a_key_that_no_longer_fits() {
    use sds_app::keeper::LockState;
    let (keeper, store) = keeper();
    assert_eq!(keeper.follow_lock(), LockState::Off);
    assert!(!keeper.closed(&LockState::Off));
    keeper.set_lock(false, "plum tree orchard", 15).unwrap();
    let state = keeper.follow_lock();
    assert!(matches!(state, LockState::On(_)));
    assert!(!keeper.closed(&state), "open here: the key is held");

    // Another tab turns it off and on again: this window's key is not the new lock's. (Its
    // random numbers run on from elsewhere, as a real generator's would.)
    let elsewhere = Counter::default();
    sds_domain::keeping::Entropy::fill(&elsewhere, &mut [0; 99]).unwrap();
    let other = Keeper::new(
        Box::new(Shared(store.clone())),
        Box::new(elsewhere),
        now,
        false,
    );
    let lock = other.with(|device| device.lock()).unwrap().unwrap();
    other.unlock(&lock, "plum tree orchard").unwrap();
    other.turn_lock_off().unwrap();
    other.set_lock(false, "apple blossom time", 15).unwrap();
    let state = keeper.follow_lock();
    assert!(!keeper.has_key(), "the old key is forgotten");
    assert!(keeper.closed(&state));

    // Turned off elsewhere: nothing held, nothing closed.
    other.turn_lock_off().unwrap();
    keeper.set_key(None);
    assert_eq!(keeper.follow_lock(), LockState::Off);

    // A lock record that cannot be read counts as closed.
    store
        .write(sds_domain::keeping::device::LOCK, "{ not a lock")
        .unwrap();
    let state = keeper.follow_lock();
    assert_eq!(state, LockState::Damaged);
    assert!(keeper.closed(&state));
}
