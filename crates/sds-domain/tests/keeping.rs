//! Keeping plans on a device: records and revisions, failures of the store, the passphrase lock
//! and backups, all against an in-memory store.

mod common;

use std::collections::BTreeSet;

use common::{amira, joan, now, Counter};
use sds_domain::date::Timestamp;
use sds_domain::keeping::backup::{
    compare, read_backup, restore, write_backup, Arrival, BackupEntry, BackupRefused,
};
use sds_domain::keeping::device::{
    Device, Expect, Kept, LockProblem, ReadError, SaveError, LANGUAGE, LOCK,
};
use sds_domain::keeping::lock::LockError;
use sds_domain::keeping::{MemoryStore, Store, StoreError};
use sds_domain::plan::SupportPlan;
use sds_domain::signing::sent::SentPlans;
use sds_domain::wording::{Catalogue, Message};

/// A reason in English, as the council's tool says it.
fn english(message: &Message) -> String {
    Catalogue::english().unwrap().message(message)
}

fn snapshot(store: &MemoryStore) -> Vec<(String, String)> {
    let mut keys = store.keys().unwrap();
    keys.sort();
    keys.into_iter()
        .map(|k| {
            let v = store.read(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

/// How many characters these plans take, kept plain in a store of their own.
/// The names of the records kept aside.
fn kept_aside(store: &MemoryStore) -> Vec<String> {
    store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("sds.aside."))
        .collect()
}

fn stored_size(plans: &[SupportPlan]) -> usize {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    for plan in plans {
        device.save_plan(plan, Expect::Nothing).unwrap();
    }
    snapshot(&store)
        .iter()
        .map(|(k, v)| k.len() + v.len())
        .sum()
}

#[test]
fn a_plan_reads_back_as_saved_and_each_save_is_the_next_revision() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let mut plan = joan();
    assert_eq!(device.save_plan(&plan, Expect::Nothing), Ok(1));
    plan.person.name = "Joan Smith".to_owned();
    assert_eq!(device.save_plan(&plan, Expect::Revision(1)), Ok(2));
    let shelf = device.plans().unwrap();
    assert_eq!(
        shelf.plans,
        vec![Kept {
            content: plan.clone(),
            revision: 2
        }]
    );
    assert!(shelf.unreadable.is_empty());
    // Only the record is left: the previous copy goes once the new one has read back.
    assert_eq!(store.keys().unwrap(), vec![format!("sds.plan.{}", plan.id)]);
    let text = store
        .read(&format!("sds.plan.{}", plan.id))
        .unwrap()
        .unwrap();
    assert!(
        text.contains("\"revision\":2") && text.contains("\"saved_at\":\"2026-11-27T14:32:55Z\"")
    );
}

#[test]
fn a_second_writer_from_the_same_revision_is_refused_not_silently_lost() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let first = Device::new(&store, None, &entropy, now());
    let second = Device::new(&store, None, &entropy, now());
    let mut plan = joan();
    first.save_plan(&plan, Expect::Nothing).unwrap();
    // Both tabs read revision 1; the first writes, then the second tries.
    plan.person.name = "From the first tab".to_owned();
    assert_eq!(first.save_plan(&plan, Expect::Revision(1)), Ok(2));
    let mut theirs = joan();
    theirs.person.name = "From the second tab".to_owned();
    assert_eq!(
        second.save_plan(&theirs, Expect::Revision(1)),
        Err(SaveError::Conflict { stored: Some(2) })
    );
    assert_eq!(
        first.plan(&plan.id).unwrap().unwrap().content.person.name,
        "From the first tab"
    );
    // Taking over is a choice, and it becomes the next revision.
    assert_eq!(second.save_plan(&theirs, Expect::Anything), Ok(3));
    // A plan removed elsewhere is a conflict too, not a quiet re-creation.
    first.remove_plan(&plan.id).unwrap();
    assert_eq!(
        second.save_plan(&theirs, Expect::Revision(3)),
        Err(SaveError::Conflict { stored: None })
    );
}

#[test]
fn a_full_store_refuses_the_write_and_keeps_the_last_good_record() {
    let entropy = Counter::default();
    let mut plan = joan();
    let first = Device::new(&MemoryStore::new(), None, &entropy, now())
        .save_plan(&plan, Expect::Nothing)
        .map(|_| ());
    assert_eq!(first, Ok(()));
    // Room for one copy of the plan and a little more, as a nearly full browser store.
    let one = stored_size(&[joan()]);
    let store = MemoryStore::with_capacity(one * 2 + 500);
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&plan, Expect::Nothing).unwrap();
    let before = snapshot(&store);
    plan.what_matters.text = "a".repeat(one * 2);
    assert_eq!(
        device.save_plan(&plan, Expect::Revision(1)),
        Err(SaveError::Store(StoreError::Full))
    );
    assert_eq!(snapshot(&store), before);
    assert_eq!(device.plans().unwrap().plans[0].content, joan());
}

#[test]
fn an_unavailable_store_says_so() {
    let (store, entropy) = (MemoryStore::unavailable(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    assert_eq!(device.plans(), Err(StoreError::Unavailable));
    assert_eq!(
        device.save_plan(&joan(), Expect::Nothing),
        Err(SaveError::Store(StoreError::Unavailable))
    );
}

#[test]
fn a_damaged_record_is_reported_kept_aside_and_never_overwritten() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let plan = joan();
    let name = format!("sds.plan.{}", plan.id);
    store
        .write(&name, "{\"format\":\"sds-support-plan\",\"form")
        .unwrap();
    let shelf = device.plans().unwrap();
    assert!(shelf.plans.is_empty());
    assert_eq!(shelf.unreadable.len(), 1);
    assert_eq!(shelf.unreadable[0].name, name);
    assert!(
        english(&shelf.unreadable[0].reason).contains("not JSON"),
        "{:?}",
        shelf.unreadable
    );
    assert_eq!(
        device.unreadable_text(&name).unwrap(),
        "{\"format\":\"sds-support-plan\",\"form"
    );
    // Saving a plan under that name keeps the damaged text aside first.
    device.save_plan(&plan, Expect::Nothing).unwrap();
    let shelf = device.plans().unwrap();
    assert_eq!(shelf.plans.len(), 1);
    assert_eq!(shelf.unreadable.len(), 1);
    let aside = &shelf.unreadable[0].name;
    assert!(aside.starts_with("sds.aside.1.sds.plan."), "{aside}");
    assert_eq!(
        device.unreadable_text(aside).unwrap(),
        "{\"format\":\"sds-support-plan\",\"form"
    );
    device.discard(aside).unwrap();
    assert!(device.plans().unwrap().unreadable.is_empty());
}

#[test]
fn a_write_interrupted_after_keeping_the_previous_copy_is_recovered() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let plan = joan();
    let name = format!("sds.plan.{}", plan.id);
    device.save_plan(&plan, Expect::Nothing).unwrap();
    let good = store.read(&name).unwrap().unwrap();
    // The previous copy was kept, then the new record was only half written.
    store.write(&format!("sds.previous.{name}"), &good).unwrap();
    store.write(&name, &good[..good.len() / 2]).unwrap();
    let shelf = device.plans().unwrap();
    assert_eq!(
        shelf.plans,
        vec![Kept {
            content: plan,
            revision: 1
        }]
    );
    assert_eq!(store.read(&name).unwrap().unwrap(), good);
    assert!(store
        .read(&format!("sds.previous.{name}"))
        .unwrap()
        .is_none());
    // The half-written text is kept aside, in case it holds something.
    assert_eq!(shelf.unreadable.len(), 0);
    assert_eq!(device.plans().unwrap().unreadable.len(), 1);
}

#[test]
fn plans_kept_by_earlier_releases_are_upgraded_as_they_are_read() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    for (version, file) in [
        ("v1", "tests/fixtures/plans/v1.json"),
        ("v2", "tests/fixtures/plans/v2.json"),
    ] {
        let text =
            std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let id = sds_domain::plan::stored::read_plan(&text).unwrap().id;
        assert!(!id.is_empty(), "{version}");
        store.write(&format!("sds.plan.{id}"), &text).unwrap();
    }
    let shelf = device.plans().unwrap();
    assert_eq!(shelf.plans.len(), 2, "{:?}", shelf.unreadable);
    assert!(shelf.plans.iter().all(|kept| kept.revision == 0));
    // The next save writes a record at revision 1.
    let plan = shelf.plans[0].content.clone();
    assert_eq!(
        device.save_plan(&plan, Expect::Nothing),
        Err(SaveError::Conflict { stored: Some(0) })
    );
    assert_eq!(device.save_plan(&plan, Expect::Revision(0)), Ok(1));
    // A key kept as bare hex by the first signing release is still the device's key.
    let key = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    store.write("sds.device-key", key).unwrap();
    assert_eq!(device.signing_key().unwrap().secret_hex(), key);
}

#[test]
fn the_signing_key_is_made_once_and_kept() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let first = device.signing_key().unwrap();
    assert_eq!(
        device.signing_key().unwrap().secret_hex(),
        first.secret_hex()
    );
    let full = MemoryStore::with_capacity(10);
    assert!(Device::new(&full, None, &entropy, now())
        .signing_key()
        .is_err());
}

#[test]
fn with_the_lock_on_nothing_personal_is_readable_without_the_passphrase() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let plain = Device::new(&store, None, &entropy, now());
    plain.save_plan(&joan(), Expect::Nothing).unwrap();
    plain.save_plan(&amira(), Expect::Nothing).unwrap();
    plain.signing_key().unwrap();
    plain
        .note_backup(&plain.plans().unwrap().revisions())
        .unwrap();
    store.write(LANGUAGE, "cy").unwrap();
    let key = plain.turn_lock_on("a long passphrase", 15).unwrap().key;
    // The language stays plain, so the unlock page can be shown in it.
    assert_eq!(store.read(LANGUAGE).unwrap().as_deref(), Some("cy"));
    for (name, text) in snapshot(&store) {
        for secret in ["Joan", "Amira", &joan().id, "what_matters"] {
            if name != LOCK {
                assert!(!text.contains(secret), "{name} shows {secret}: {text}");
            }
        }
    }
    // Without the key, records say they are locked; with it, they read as before.
    assert_eq!(plain.plan(&joan().id), Err(ReadError::Locked));
    // And not listed as unreadable (nothing offers to remove or replace it).
    assert_eq!(plain.plans().unwrap(), Default::default());
    let lock = plain.lock().unwrap().unwrap();
    assert!(matches!(
        lock.unlock("a wrong passphrase"),
        Err(LockError::WrongPassphrase)
    ));
    let opened = lock.unlock("a long passphrase").unwrap();
    let open = Device::new(&store, Some(&opened), &entropy, now());
    let shelf = open.plans().unwrap();
    assert_eq!(shelf.plans.len(), 2);
    assert!(shelf.unreadable.is_empty());
    assert_eq!(open.plan(&joan().id).unwrap().unwrap().content, joan());
    // The key the lock was turned on with is the one the passphrase opens.
    let with_first_key = Device::new(&store, Some(&key), &entropy, now());
    assert_eq!(with_first_key.plans().unwrap(), shelf);
    // Turning it off writes everything plain again and removes the lock.
    open.turn_lock_off().unwrap();
    assert_eq!(plain.lock().unwrap(), None);
    assert_eq!(plain.plans().unwrap().plans.len(), 2);
}

#[test]
fn a_changed_or_moved_sealed_record_is_refused() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let plain = Device::new(&store, None, &entropy, now());
    plain.save_plan(&joan(), Expect::Nothing).unwrap();
    plain.save_plan(&amira(), Expect::Nothing).unwrap();
    let key = plain.turn_lock_on("a long passphrase", 15).unwrap().key;
    let open = Device::new(&store, Some(&key), &entropy, now());
    let joan_name = format!("sds.plan.{}", joan().id);
    let amira_name = format!("sds.plan.{}", amira().id);
    let joan_text = store.read(&joan_name).unwrap().unwrap();
    // One hex digit of the ciphertext changed.
    let at = joan_text.rfind("\"}").unwrap() - 1;
    let flipped = if &joan_text[at..=at] == "0" { "1" } else { "0" };
    let tampered = format!("{}{}{}", &joan_text[..at], flipped, &joan_text[at + 1..]);
    store.write(&joan_name, &tampered).unwrap();
    assert!(
        matches!(open.plan(&joan().id), Err(ReadError::Unreadable(r)) if english(&r).contains("seal"))
    );
    // Amira's record copied over Joan's: it does not open under Joan's name.
    store
        .write(&joan_name, &store.read(&amira_name).unwrap().unwrap())
        .unwrap();
    assert!(matches!(
        open.plan(&joan().id),
        Err(ReadError::Unreadable(_))
    ));
    assert_eq!(open.plans().unwrap().plans.len(), 1);
}

#[test]
fn removing_everything_leaves_nothing_of_ours_and_nothing_of_anyone_elses_touched() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    device.signing_key().unwrap();
    device.turn_lock_on("a long passphrase", 5).unwrap();
    store.write("another-app", "theirs").unwrap();
    device.remove_all().unwrap();
    assert_eq!(store.keys().unwrap(), vec!["another-app".to_owned()]);
}

#[test]
fn the_reminder_to_download_waits_for_a_week_after_a_download() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let at = |text: &str| Timestamp::parse(text).unwrap();
    let device = Device::new(&store, None, &entropy, Some(at("2026-11-01T09:00:00Z")));
    let mut plan = joan();
    device.save_plan(&plan, Expect::Nothing).unwrap();
    let note = device.backup_note();
    let shelf = device.plans().unwrap();
    assert!(
        note.remind(&shelf.revisions(), at("2026-11-01T09:00:00Z")),
        "never downloaded"
    );
    device.note_backup(&shelf.revisions()).unwrap();
    let note = device.backup_note();
    assert!(
        !note.remind(&shelf.revisions(), at("2026-11-20T09:00:00Z")),
        "nothing changed since"
    );
    plan.person.name = "Joan Smith".to_owned();
    device.save_plan(&plan, Expect::Revision(1)).unwrap();
    let shelf = device.plans().unwrap();
    assert!(
        !note.remind(&shelf.revisions(), at("2026-11-07T08:59:59Z")),
        "changed, but downloaded this week"
    );
    assert!(
        note.remind(&shelf.revisions(), at("2026-11-08T09:00:00Z")),
        "changed, and a week since"
    );
}

fn backup_of(device: &Device) -> String {
    let entries: Vec<BackupEntry> = device
        .plans()
        .unwrap()
        .plans
        .into_iter()
        .map(|kept| BackupEntry {
            sent: device.sent(&kept.content.id).unwrap(),
            plan: kept.content,
            revision: kept.revision,
        })
        .collect();
    write_backup(&entries, now())
}

#[test]
fn a_backup_restores_on_another_device_and_merges_by_revision() {
    let entropy = Counter::default();
    let (home, laptop) = (MemoryStore::new(), MemoryStore::new());
    let home_device = Device::new(&home, None, &entropy, now());
    let laptop_device = Device::new(&laptop, None, &entropy, now());
    let mut joan_plan = joan();
    home_device.save_plan(&joan_plan, Expect::Nothing).unwrap();
    joan_plan.person.name = "Joan Smith".to_owned();
    home_device
        .save_plan(&joan_plan, Expect::Revision(1))
        .unwrap();
    home_device.save_plan(&amira(), Expect::Nothing).unwrap();
    let file = backup_of(&home_device);

    // A fresh device: both plans are new and keep their revisions.
    let incoming = compare(&laptop_device.plans().unwrap(), read_backup(&file).unwrap());
    assert!(incoming.iter().all(|i| i.arrival == Arrival::New));
    let restored = restore(&laptop_device, &incoming, &BTreeSet::new()).unwrap();
    assert_eq!((restored.added, restored.updated, restored.kept), (2, 0, 0));
    assert_eq!(
        laptop_device.plan(&joan_plan.id).unwrap().unwrap().revision,
        2
    );

    // The laptop goes on to revision 3; restoring the older file again asks before replacing.
    joan_plan.what_matters.text = "Changed on the laptop".to_owned();
    laptop_device
        .save_plan(&joan_plan, Expect::Revision(2))
        .unwrap();
    let incoming = compare(&laptop_device.plans().unwrap(), read_backup(&file).unwrap());
    let joan_arrival = incoming
        .iter()
        .find(|i| i.entry.plan.id == joan_plan.id)
        .unwrap()
        .arrival;
    assert_eq!(joan_arrival, Arrival::OlderThanHere { here: 3 });
    assert!(joan_arrival.needs_choice());
    let restored = restore(&laptop_device, &incoming, &BTreeSet::new()).unwrap();
    assert_eq!((restored.added, restored.updated, restored.kept), (0, 0, 2));
    assert_eq!(
        laptop_device
            .plan(&joan_plan.id)
            .unwrap()
            .unwrap()
            .content
            .what_matters
            .text,
        "Changed on the laptop"
    );
    // Chosen: the file's copy replaces it, as the next revision.
    let replace = BTreeSet::from([joan_plan.id.clone()]);
    let restored = restore(&laptop_device, &incoming, &replace).unwrap();
    assert_eq!(restored.updated, 1);
    let kept = laptop_device.plan(&joan_plan.id).unwrap().unwrap();
    assert_eq!(
        (kept.revision, kept.content.person.name.as_str()),
        (4, "Joan Smith")
    );
    assert_ne!(kept.content.what_matters.text, "Changed on the laptop");

    // The laptop's newer copy goes home: restored there without asking.
    let incoming = compare(
        &home_device.plans().unwrap(),
        read_backup(&backup_of(&laptop_device)).unwrap(),
    );
    let joan_arrival = incoming
        .iter()
        .find(|i| i.entry.plan.id == joan_plan.id)
        .unwrap()
        .arrival;
    assert_eq!(joan_arrival, Arrival::Same);
}

#[test]
fn a_damaged_or_foreign_file_changes_nothing() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    let before = snapshot(&store);
    let good = backup_of(&device).replace(&joan().id, "another-id");
    let one_bad = good.replacen("\"started_on\": \"", "\"started_on\": \"x", 1);
    for (file, expected) in [
        ("not json".to_owned(), BackupRefused::NotJson),
        (
            "{\"format\":\"sds-sent-plans\"}".to_owned(),
            BackupRefused::NotABackup,
        ),
        (
            good.replace("\"format_version\": 1", "\"format_version\": 9"),
            BackupRefused::TooNew(9),
        ),
    ] {
        assert_eq!(read_backup(&file), Err(expected));
    }
    assert!(matches!(
        read_backup(&one_bad),
        Err(BackupRefused::BadPlan(1, _))
    ));
    let twice = format!(
        "{{\"format\":\"sds-plans-backup\",\"format_version\":1,\"plans\":[{0},{0}]}}",
        format_args!(
            "{{\"revision\":1,\"plan\":{}}}",
            sds_domain::plan::stored::write_plan(&amira())
        )
    );
    assert_eq!(
        read_backup(&twice),
        Err(BackupRefused::Repeated(amira().id))
    );
    assert_eq!(snapshot(&store), before);
}

#[test]
fn a_single_plan_file_restores_as_a_plan_and_signed_plans_are_merged() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let file = sds_domain::plan::stored::write_plan(&amira());
    let incoming = compare(&device.plans().unwrap(), read_backup(&file).unwrap());
    assert_eq!(incoming[0].arrival, Arrival::New);
    restore(&device, &incoming, &BTreeSet::new()).unwrap();
    assert_eq!(device.plans().unwrap().plans[0].content, amira());
    assert_eq!(device.sent(&amira().id).unwrap(), SentPlans::default());
}

#[test]
fn turning_the_lock_on_twice_is_refused_and_a_half_done_lock_is_undone() {
    let entropy = Counter::default();
    let store = MemoryStore::new();
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    let key = device.turn_lock_on("a long passphrase", 15).unwrap().key;
    let sealed = snapshot(&store);
    // Another tab, not yet told of the lock, tries too: refused, and nothing changes.
    assert_eq!(
        device.turn_lock_on("another passphrase", 15).err(),
        Some(LockProblem::Lock(LockError::AlreadyOn))
    );
    assert_eq!(snapshot(&store), sealed);
    drop(key);

    // Room for the plans plain, not sealed (sealed is about twice the size): the lock is not
    // left half on; everything is plain and readable again, and the person is told why.
    let plain_size = stored_size(&[joan(), amira()]);
    let small = MemoryStore::with_capacity(plain_size + plain_size / 2);
    let device = Device::new(&small, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    device.save_plan(&amira(), Expect::Nothing).unwrap();
    let contents = |device: &Device| -> Vec<_> {
        let shelf = device.plans().unwrap();
        assert!(shelf.unreadable.is_empty());
        shelf.plans.into_iter().map(|kept| kept.content).collect()
    };
    let before = contents(&device);
    assert!(matches!(
        device.turn_lock_on("a long passphrase", 15).err(),
        Some(LockProblem::Save(SaveError::Store(StoreError::Full)))
    ));
    assert_eq!(device.lock().unwrap(), None);
    assert!(contents(&device) == before, "every plan reads as before");
}

#[test]
fn a_tab_holding_an_old_key_cannot_seal_after_the_lock_changes_elsewhere() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    let key = device.turn_lock_on("a long passphrase", 15).unwrap().key;
    let first_tab = Device::new(&store, Some(&key), &entropy, now());
    let revision = first_tab.plan(&joan().id).unwrap().unwrap().revision;
    // The second tab turns the lock off.
    let second_key = device
        .lock()
        .unwrap()
        .unwrap()
        .unlock("a long passphrase")
        .unwrap();
    Device::new(&store, Some(&second_key), &entropy, now())
        .turn_lock_off()
        .unwrap();
    let plain_revision = device.plan(&joan().id).unwrap().unwrap().revision;
    assert_eq!(
        first_tab.save_plan(&joan(), Expect::Revision(plain_revision)),
        Err(SaveError::LockChanged)
    );
    assert!(plain_revision > revision);
    // And turned on again with a new key: the old key still may not seal.
    device.turn_lock_on("a new passphrase", 15).unwrap();
    let now_revision = store.keys().unwrap().len();
    assert!(now_revision > 0);
    assert!(matches!(
        first_tab.save_plan(&joan(), Expect::Anything),
        Err(SaveError::LockChanged)
    ));
    // A tab with no key may not write plain over a sealed record either.
    assert_eq!(
        device.save_plan(&joan(), Expect::Anything),
        Err(SaveError::LockChanged)
    );
}

#[test]
fn a_damaged_lock_is_reported_not_taken_for_no_lock() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    device.turn_lock_on("a long passphrase", 15).unwrap();
    store
        .write(LOCK, "{\"format\":\"sds-passphrase-lock\"")
        .unwrap();
    assert!(matches!(
        device.lock(),
        Err(LockProblem::Lock(LockError::Damaged(_)))
    ));
    assert_eq!(
        device.turn_lock_on("a long passphrase", 15).err(),
        Some(LockProblem::Lock(LockError::AlreadyOn))
    );
}

#[test]
fn a_record_whose_seal_fails_is_kept_aside_before_anything_is_written_over_it() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    let key = device.turn_lock_on("a long passphrase", 15).unwrap().key;
    let open = Device::new(&store, Some(&key), &entropy, now());
    let name = format!("sds.plan.{}", joan().id);
    let text = store.read(&name).unwrap().unwrap();
    let damaged = text.replacen("\"ciphertext\":\"", "\"ciphertext\":\"00", 1);
    store.write(&name, &damaged).unwrap();
    // The damaged record was revision 2 (the lock rewrote revision 1): the next is 3, so other
    // tabs and backups see it as newer.
    assert_eq!(open.save_plan(&joan(), Expect::Anything), Ok(3));
    let shelf = open.plans().unwrap();
    assert_eq!(shelf.plans.len(), 1);
    assert_eq!(shelf.unreadable.len(), 1);
    assert_eq!(
        open.unreadable_text(&shelf.unreadable[0].name).unwrap(),
        damaged
    );
}

#[test]
fn restoring_over_an_unreadable_record_is_a_choice_and_signed_plans_merge() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let name = format!("sds.plan.{}", joan().id);
    store.write(&name, "{damaged").unwrap();
    let signed = |digest: &str, decision: Option<&str>| sds_domain::signing::sent::SentEntry {
        digest: digest.to_owned(),
        signed: format!("signed {digest}"),
        decision: decision.map(str::to_owned),
    };
    store
        .write(
            &format!("sds.sent.{}", joan().id),
            &SentPlans {
                entries: vec![signed("aa", None)],
            }
            .to_value()
            .to_string(),
        )
        .unwrap();
    let entries = vec![BackupEntry {
        plan: joan(),
        revision: 4,
        sent: SentPlans {
            entries: vec![signed("aa", Some("confirmed")), signed("bb", None)],
        },
    }];
    let incoming = compare(&device.plans().unwrap(), entries);
    assert_eq!(incoming[0].arrival, Arrival::ReplacesUnreadable);
    assert!(incoming[0].arrival.needs_choice());
    // Not chosen: the unreadable record stays exactly as it is.
    let restored = restore(&device, &incoming, &BTreeSet::new()).unwrap();
    assert_eq!(restored.kept, 1);
    assert_eq!(store.read(&name).unwrap().as_deref(), Some("{damaged"));
    // Chosen: kept aside, and the file's plan restored at its revision.
    let restored = restore(&device, &incoming, &BTreeSet::from([joan().id])).unwrap();
    assert_eq!(restored.updated, 1);
    let shelf = device.plans().unwrap();
    assert_eq!(
        shelf.plans,
        vec![Kept {
            content: joan(),
            revision: 4
        }]
    );
    assert_eq!(
        device.unreadable_text(&shelf.unreadable[0].name).unwrap(),
        "{damaged"
    );
    // Signed plans: the one here gains the file's decision; the file's other one is added.
    let sent = device.sent(&joan().id).unwrap();
    assert_eq!(
        sent.entries,
        vec![signed("aa", Some("confirmed")), signed("bb", None)]
    );
}

#[test]
fn a_restore_stopped_by_a_full_store_says_what_it_did() {
    let entropy = Counter::default();
    let file = {
        let (home, e) = (MemoryStore::new(), Counter::default());
        let d = Device::new(&home, None, &e, now());
        d.save_plan(&joan(), Expect::Nothing).unwrap();
        d.save_plan(&amira(), Expect::Nothing).unwrap();
        backup_of(&d)
    };
    let one_plan = stored_size(&[joan()]);
    let store = MemoryStore::with_capacity(one_plan + one_plan / 2);
    let device = Device::new(&store, None, &entropy, now());
    let incoming = compare(&device.plans().unwrap(), read_backup(&file).unwrap());
    let Err((done, error)) = restore(&device, &incoming, &BTreeSet::new()) else {
        panic!("the second plan cannot fit");
    };
    assert_eq!(error, SaveError::Store(StoreError::Full));
    assert_eq!((done.added, done.written.len()), (1, 1));
    assert_eq!(device.plans().unwrap().plans.len(), 1);
}

#[test]
fn an_old_key_cannot_turn_off_a_newer_lock_and_a_keyless_tab_writes_nothing_under_a_lock() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    let first = device.turn_lock_on("a long passphrase", 15).unwrap().key;
    // Another tab turns it off, then on again with a new passphrase (and a new key).
    Device::new(&store, Some(&first), &entropy, now())
        .turn_lock_off()
        .unwrap();
    let second = device.turn_lock_on("a new passphrase", 15).unwrap().key;
    let sealed = snapshot(&store);
    // The first tab, still holding the first key, chooses "Turn off the lock": refused, and
    // nothing is touched (the plans stay sealed under the lock that is on).
    assert_eq!(
        Device::new(&store, Some(&first), &entropy, now()).turn_lock_off(),
        Err(LockProblem::Save(SaveError::LockChanged))
    );
    assert_eq!(snapshot(&store), sealed);
    // A tab that has not heard of the lock writes nothing plain, not even under a new name.
    let mut other = amira();
    other.id = "new-here".to_owned();
    assert_eq!(
        device.save_plan(&other, Expect::Nothing),
        Err(SaveError::LockChanged)
    );
    assert_eq!(device.signing_key().err(), Some(SaveError::LockChanged));
    assert_eq!(snapshot(&store), sealed);
    let open = Device::new(&store, Some(&second), &entropy, now());
    assert_eq!(open.plans().unwrap().plans.len(), 1);
}

#[test]
fn removing_an_unreadable_record_is_refused_once_it_reads_again() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let name = format!("sds.plan.{}", joan().id);
    store.write(&name, "{damaged").unwrap();
    assert_eq!(device.plans().unwrap().unreadable[0].name, name);
    // Restored from a backup in another tab meanwhile: the listed "unreadable" record is now a
    // good plan, and removing it is refused.
    device.save_plan(&joan(), Expect::Anything).unwrap();
    assert!(matches!(
        device.discard(&name),
        Err(SaveError::Conflict { .. })
    ));
    assert_eq!(device.plans().unwrap().plans.len(), 1);
}

#[test]
fn a_new_passphrase_opens_the_same_plans_and_the_old_one_no_longer_does() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    device.save_plan(&joan(), Expect::Nothing).unwrap();
    let key = device.turn_lock_on("first passphrase", 15).unwrap().key;
    let open = Device::new(&store, Some(&key), &entropy, now());
    assert_eq!(
        open.change_lock("short", 5).err(),
        Some(LockProblem::Lock(LockError::TooShort))
    );
    open.change_lock("second passphrase", 5).unwrap();
    let lock = device.lock().unwrap().unwrap();
    assert_eq!(lock.idle_minutes, 5);
    assert!(matches!(
        lock.unlock("first passphrase"),
        Err(LockError::WrongPassphrase)
    ));
    let again = lock.unlock("second passphrase").unwrap();
    // The same data key: the tab that changed it stays open, and every record still opens.
    assert!(lock.holds(&key));
    let reopened = Device::new(&store, Some(&again), &entropy, now());
    assert_eq!(reopened.plan(&joan().id).unwrap().unwrap().content, joan());
    // Without the key, nothing changes.
    assert_eq!(
        device.change_lock("third passphrase", 5).err(),
        Some(LockProblem::Save(SaveError::LockChanged))
    );
}

/// Found by fuzzing: a record with revision 18446744073709551615 made the next save add one to
/// it, which panicked (with overflow checks) or wrapped to 0 (without), breaking the order the
/// rules between tabs rely on. A revision beyond any this app writes now makes the record
/// unreadable, kept aside like any damaged one; and no save goes past the highest.
#[test]
fn revisions_never_overflow() {
    use sds_domain::keeping::record::MAX_REVISION;
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let plan = joan();
    device.save_plan(&plan, Expect::Nothing).unwrap();
    let name = format!("sds.plan.{}", plan.id);
    let stored = store.read(&name).unwrap().unwrap();
    let at = |revision: u64| stored.replace("\"revision\":1", &format!("\"revision\":{revision}"));

    store.write(&name, &at(u64::MAX)).unwrap();
    assert!(matches!(
        device.plan(&plan.id),
        Err(ReadError::Unreadable(_))
    ));
    let revision = device.save_plan(&plan, Expect::Revision(1)).unwrap();
    assert_eq!(
        revision, 2,
        "the revision goes on from what this writer knew"
    );
    let aside = kept_aside(&store);
    assert_eq!(aside.len(), 1);
    assert_eq!(device.unreadable_text(&aside[0]).unwrap(), at(u64::MAX));

    store.write(&name, &at(MAX_REVISION)).unwrap();
    assert_eq!(
        device.plan(&plan.id).unwrap().unwrap().revision,
        MAX_REVISION
    );
    assert!(matches!(
        device.save_plan(&plan, Expect::Revision(MAX_REVISION)),
        Err(SaveError::Store(StoreError::Failed(_)))
    ));
    assert_eq!(
        store.read(&name).unwrap().unwrap(),
        at(MAX_REVISION),
        "nothing was written"
    );

    let backup = write_backup(
        &[BackupEntry {
            plan: plan.clone(),
            revision: MAX_REVISION + 1,
            sent: SentPlans::default(),
        }],
        now(),
    );
    assert_eq!(
        read_backup(&backup),
        Err(BackupRefused::Damaged("plans[0].revision".to_owned()))
    );
}

/// Found by fuzzing: a record that opened, but whose content was not a plan this app reads, was
/// listed as unreadable and then written over by the next save. It is now kept aside first.
#[test]
fn a_plan_record_that_is_not_a_plan_is_kept_aside_before_a_save() {
    let (store, entropy) = (MemoryStore::new(), Counter::default());
    let device = Device::new(&store, None, &entropy, now());
    let plan = joan();
    let name = format!("sds.plan.{}", plan.id);
    // From before revisions (a bare plan file), with a field no plan has.
    let foreign = sds_domain::plan::stored::write_plan(&plan).replacen("{", "{\"unknown\":1,", 1);
    let foreign = foreign.replacen("\"plan\":{", "\"plan\":{\"unknown\":1,", 1);
    store.write(&name, &foreign).unwrap();
    assert!(matches!(
        device.plan(&plan.id),
        Err(ReadError::Unreadable(_))
    ));
    assert_eq!(device.save_plan(&plan, Expect::Revision(0)).unwrap(), 1);
    let aside = kept_aside(&store);
    assert_eq!(aside.len(), 1, "{:?}", store.keys());
    assert_eq!(device.unreadable_text(&aside[0]).unwrap(), foreign);
    assert_eq!(device.plan(&plan.id).unwrap().unwrap().content, plan);
}
