//! Backing up and restoring, including a store that fills part-way, with the clock fixed.

mod common;

use std::collections::BTreeSet;

use common::{amira, joan, now, today, Counter};
use sds_app::book::PlanAction;
use sds_app::restoring::{backup_file, restore_plans};
use sds_domain::keeping::backup::{compare, read_backup, Arrival};
use sds_domain::keeping::device::{Device, Expect, SaveError, Shelf};
use sds_domain::keeping::{MemoryStore, Store, StoreError};

fn device(store: &MemoryStore) -> Device<'_> {
    let entropy: &'static Counter = Box::leak(Box::default());
    Device::new(store, None, entropy, now())
}

fn used(store: &MemoryStore) -> usize {
    store
        .keys()
        .unwrap()
        .iter()
        .map(|k| k.len() + store.read(k).unwrap().unwrap().len())
        .sum()
}

/// A device with Joan and Amira, and its backup file.
fn both() -> (MemoryStore, String) {
    let store = MemoryStore::new();
    device(&store).save_plan(&joan(), Expect::Nothing).unwrap();
    device(&store).save_plan(&amira(), Expect::Nothing).unwrap();
    let shelf = device(&store).plans().unwrap();
    let file = backup_file(&device(&store), &shelf, now(), today());
    (store, file.contents)
}

#[test]
fn the_backup_holds_every_plan_and_is_named_for_the_day() {
    let (store, _) = both();
    let shelf = device(&store).plans().unwrap();
    let file = backup_file(&device(&store), &shelf, now(), today());
    assert_eq!(file.file_name, "support-plans-backup-2026-11-27.json");
    let entries = read_backup(&file.contents).unwrap();
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| e.revision == 1));
    let undated = backup_file(&device(&store), &Shelf::default(), None, None);
    assert_eq!(undated.file_name, "support-plans-backup.json");
}

#[test]
fn restoring_onto_an_empty_device_adds_every_plan_and_tells_the_book() {
    let (_, file) = both();
    let store = MemoryStore::new();
    let incoming = compare(
        &device(&store).plans().unwrap(),
        read_backup(&file).unwrap(),
    );
    let done = restore_plans(&device(&store), &incoming, &BTreeSet::new());
    assert_eq!(done.restored.added, 2);
    assert_eq!(done.stopped, None);
    let chosen = done
        .actions
        .iter()
        .filter(|a| matches!(a, PlanAction::Chosen(_)))
        .count();
    assert_eq!(chosen, 2);
    assert!(matches!(done.actions.last(), Some(PlanAction::Unreadable(list)) if list.is_empty()));
    assert_eq!(device(&store).plans().unwrap().plans.len(), 2);
}

#[test]
fn a_store_that_fills_part_way_keeps_what_was_restored_and_carries_on_from_there() {
    let (_, file) = both();
    let entries = read_backup(&file).unwrap();
    // Room for the first plan only.
    let one = MemoryStore::new();
    let first = compare(&device(&one).plans().unwrap(), vec![entries[0].clone()]);
    restore_plans(&device(&one), &first, &BTreeSet::new());
    let store = MemoryStore::with_capacity(used(&one) + 10);

    let incoming = compare(&device(&store).plans().unwrap(), entries.clone());
    let done = restore_plans(&device(&store), &incoming, &BTreeSet::new());
    assert_eq!(done.restored.added, 1);
    let (error, again) = done.stopped.expect("stopped part-way");
    assert_eq!(error, SaveError::Store(StoreError::Full));
    assert_eq!(
        device(&store).plans().unwrap().plans.len(),
        1,
        "the first is kept"
    );
    // Compared again: the first is now the same as here, the second still new.
    assert_eq!(again[0].arrival, Arrival::Same);
    assert_eq!(again[1].arrival, Arrival::New);
    // The book hears of the plan that was written.
    assert!(
        matches!(&done.actions[0], PlanAction::Chosen(kept) if kept.content.id == entries[0].plan.id)
    );
}

#[test]
fn a_plan_newer_here_is_replaced_only_when_the_person_ticks_it() {
    let (store, file) = both();
    let mut changed = joan();
    changed.person.name = "Joan (changed here)".into();
    device(&store)
        .save_plan(&changed, Expect::Revision(1))
        .unwrap();
    let incoming = compare(
        &device(&store).plans().unwrap(),
        read_backup(&file).unwrap(),
    );
    let joan_in = incoming
        .iter()
        .find(|i| i.entry.plan.id == joan().id)
        .unwrap();
    assert!(matches!(joan_in.arrival, Arrival::OlderThanHere { .. }));

    let kept = restore_plans(&device(&store), &incoming, &BTreeSet::new());
    assert_eq!(kept.restored.kept, 2);
    assert_eq!(
        device(&store)
            .plan(&joan().id)
            .unwrap()
            .unwrap()
            .content
            .person
            .name,
        "Joan (changed here)"
    );

    let ticked = BTreeSet::from([joan().id]);
    let replaced = restore_plans(&device(&store), &incoming, &ticked);
    assert_eq!(replaced.restored.updated, 1);
    assert_eq!(
        device(&store)
            .plan(&joan().id)
            .unwrap()
            .unwrap()
            .content
            .person
            .name,
        joan().person.name
    );
}
