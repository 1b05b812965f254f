//! The plans book: every named action, saving, and the rules between two tabs on one device,
//! with the clock fixed and an in-memory store.

mod common;

use common::{amira, joan, now, today, Counter};
use sds_app::book::{arrived, latest_version, PlanAction, PlanBook};
use sds_app::edit::{EditRefused, PlanEdit};
use sds_domain::date::CalendarDate;
use sds_domain::keeping::device::{plan_name, Device, Expect, Kept, Unreadable, LOCK};
use sds_domain::keeping::Store;
use sds_domain::keeping::{MemoryStore, StoreError};
use sds_domain::plan::SupportPlan;

/// A window: its book, acting on `store` as the app does (every change saved at once).
struct Tab<'a> {
    store: &'a MemoryStore,
    book: PlanBook,
}

impl<'a> Tab<'a> {
    fn open(store: &'a MemoryStore) -> Tab<'a> {
        let book = PlanBook::load(&device(store));
        Tab { store, book }
    }

    /// Sends an action, then saves what it needs saving and sends back what happened.
    fn send(&mut self, action: PlanAction) {
        let before = self.book.change();
        if let Some(book) = self.book.reduce(action, today()) {
            self.book = book;
        }
        if self.book.change() != before {
            if let Some(result) = self.book.save(&device(self.store), now()) {
                self.send(result);
            }
        }
    }

    fn edit(&mut self, id: &str, edit: PlanEdit) {
        self.send(PlanAction::Edit(id.to_owned(), edit));
    }

    /// What another tab's save makes this one hear.
    fn hear(&mut self, id: &str) {
        if let Some(action) = arrived(&device(self.store), id) {
            self.send(action);
        }
    }

    fn name(&self, id: &str) -> String {
        self.book.plan(id).unwrap().person.name.clone()
    }
}

fn device(store: &MemoryStore) -> Device<'_> {
    // Leaked so the device can borrow it for as long as the test runs.
    let entropy: &'static Counter = Box::leak(Box::default());
    Device::new(store, None, entropy, now())
}

fn stored(store: &MemoryStore, id: &str) -> Kept<SupportPlan> {
    device(store).plan(id).unwrap().unwrap()
}

fn with_joan() -> MemoryStore {
    let store = MemoryStore::new();
    device(&store).save_plan(&joan(), Expect::Nothing).unwrap();
    store
}

/// Joan's plan under another name, as stored at `revision` by someone else.
fn joan_as(name: &str, revision: u64) -> Kept<SupportPlan> {
    let mut content = joan();
    content.person.name = name.into();
    Kept { content, revision }
}

fn day(text: &str) -> Option<CalendarDate> {
    CalendarDate::parse_iso(text)
}

#[test]
fn loading_reads_every_plan_at_its_revision() {
    let store = with_joan();
    let tab = Tab::open(&store);
    assert_eq!(tab.book.plans.len(), 1);
    assert_eq!(tab.book.revisions.get(&joan().id), Some(&1));
    assert_eq!(tab.book.storage_problem, None);
    assert_eq!(tab.book.shelf().plans[0].revision, 1);
}

#[test]
fn loading_from_a_refusing_store_says_why_and_holds_nothing() {
    let store = MemoryStore::unavailable();
    let tab = Tab::open(&store);
    assert!(tab.book.plans.is_empty());
    assert_eq!(tab.book.storage_problem, Some(StoreError::Unavailable));
}

#[test]
fn put_adds_a_plan_dated_today_and_saves_it() {
    let store = MemoryStore::new();
    let mut tab = Tab::open(&store);
    let mut plan = amira();
    plan.last_changed = day("2020-01-01");
    tab.send(PlanAction::Put(Box::new(plan.clone())));
    assert_eq!(tab.book.plan(&plan.id).unwrap().last_changed, today());
    assert_eq!(tab.book.revisions.get(&plan.id), Some(&1));
    assert_eq!(tab.book.saved_at, now());
    assert_eq!(stored(&store, &plan.id).content.last_changed, today());
}

#[test]
fn a_new_plan_goes_first() {
    let store = with_joan();
    let mut tab = Tab::open(&store);
    tab.send(PlanAction::Put(Box::new(amira())));
    assert_eq!(tab.book.plans[0].id, amira().id);
}

#[test]
fn an_edit_changes_the_newest_plan_and_is_saved_at_the_next_revision() {
    let store = with_joan();
    let mut tab = Tab::open(&store);
    let id = joan().id;
    tab.edit(&id, PlanEdit::SetPersonName("Joan R".into()));
    tab.edit(&id, PlanEdit::SetPersonName("Joan Ri".into()));
    assert_eq!(tab.name(&id), "Joan Ri");
    assert_eq!(tab.book.revisions.get(&id), Some(&3));
    assert_eq!(stored(&store, &id).content.person.name, "Joan Ri");
}

#[test]
fn an_edit_for_a_plan_not_here_changes_nothing() {
    let store = with_joan();
    let tab = Tab::open(&store);
    let action = PlanAction::Edit("no-such-plan".into(), PlanEdit::SetPersonName("X".into()));
    assert_eq!(tab.book.reduce(action, today()), None);
}

#[test]
fn a_refused_edit_is_said_and_changes_nothing_until_the_next_edit() {
    let store = with_joan();
    let mut tab = Tab::open(&store);
    let id = joan().id;
    let before = tab.book.plan(&id).cloned();
    tab.edit(&id, PlanEdit::SetWhatMatters("x".repeat(50_001)));
    assert_eq!(
        tab.book.refused,
        Some(EditRefused::TextTooLong { limit: 50_000 })
    );
    assert_eq!(tab.book.plan(&id).cloned(), before);
    assert_eq!(tab.book.revisions.get(&id), Some(&1), "nothing saved");
    tab.edit(&id, PlanEdit::SetWhatMatters("Gardening".into()));
    assert_eq!(tab.book.refused, None);
}

#[test]
fn remove_takes_the_plan_from_the_book_and_the_device() {
    let store = with_joan();
    let mut tab = Tab::open(&store);
    let id = joan().id;
    tab.send(PlanAction::Remove(id.clone()));
    assert!(tab.book.plan(&id).is_none());
    assert!(device(&store).plan(&id).unwrap().is_none());
}

#[test]
fn a_full_store_marks_the_plan_unsaved_until_a_save_of_it_succeeds() {
    let store = MemoryStore::with_capacity(1);
    let mut tab = Tab::open(&store);
    let plan = amira();
    tab.send(PlanAction::Put(Box::new(plan.clone())));
    assert_eq!(tab.book.storage_problem, Some(StoreError::Full));
    assert!(tab.book.unsaved.contains(&plan.id));
    assert_eq!(
        tab.book.plan(&plan.id),
        Some(&{
            let mut p = plan.clone();
            p.last_changed = today();
            p
        }),
        "the change stays in this window"
    );
    // The download holds it, at the revision this window knows.
    assert_eq!(tab.book.shelf().plans[0].revision, 0);
    tab.send(PlanAction::Saved(plan.id.clone(), 1, now()));
    assert!(tab.book.unsaved.is_empty());
    assert_eq!(tab.book.storage_problem, None);
}

#[test]
fn a_refused_removal_says_why() {
    let store = with_joan();
    let mut tab = Tab::open(&store);
    let id = joan().id;
    let gone = tab.book.reduce(PlanAction::Remove(id), today()).unwrap();
    let refusing = MemoryStore::unavailable();
    assert_eq!(
        gone.save(&device(&refusing), now()),
        Some(PlanAction::StorageFailed(None, StoreError::Unavailable))
    );
    tab.send(PlanAction::StorageFailed(None, StoreError::Unavailable));
    assert_eq!(tab.book.storage_problem, Some(StoreError::Unavailable));
}

#[test]
fn a_save_over_another_tabs_save_is_a_conflict_and_the_plan_is_held() {
    let store = with_joan();
    let id = joan().id;
    let (mut one, mut two) = (Tab::open(&store), Tab::open(&store));
    one.edit(&id, PlanEdit::SetPersonName("Joan in one".into()));
    two.edit(&id, PlanEdit::SetPersonName("Joan in two".into()));
    assert!(two.book.conflicts.contains(&id), "two never saw one's save");
    assert_eq!(
        stored(&store, &id).content.person.name,
        "Joan in one",
        "nothing overwritten"
    );
    // While held, no edit is taken.
    two.edit(&id, PlanEdit::SetPersonName("more".into()));
    assert_eq!(two.name(&id), "Joan in two");
    assert_eq!(
        two.book.reduce(PlanAction::Put(Box::new(joan())), today()),
        None
    );
}

#[test]
fn a_newer_save_elsewhere_arrives_when_nothing_here_is_unsaved() {
    let store = with_joan();
    let id = joan().id;
    let (mut one, mut two) = (Tab::open(&store), Tab::open(&store));
    one.edit(&id, PlanEdit::SetPersonName("Joan from one".into()));
    two.hear(&id);
    assert_eq!(two.name(&id), "Joan from one");
    assert_eq!(two.book.revisions.get(&id), Some(&2));
    assert!(two.book.conflicts.is_empty());
    // And two can go on from there.
    two.edit(&id, PlanEdit::SetPersonName("Joan from two".into()));
    assert_eq!(stored(&store, &id).revision, 3);
}

#[test]
fn an_older_or_identical_arrival_changes_nothing() {
    let store = with_joan();
    let id = joan().id;
    let mut tab = Tab::open(&store);
    tab.edit(&id, PlanEdit::SetPersonName("Joan 2".into()));
    let older = Kept {
        content: joan(),
        revision: 1,
    };
    assert_eq!(
        tab.book
            .reduce(PlanAction::Arrived(Box::new(older)), today()),
        None
    );
    let same = stored(&store, &id);
    assert_eq!(
        tab.book
            .reduce(PlanAction::Arrived(Box::new(same)), today()),
        None
    );
}

#[test]
fn the_same_revision_with_other_content_is_a_conflict() {
    let store = with_joan();
    let id = joan().id;
    let tab = Tab::open(&store);
    let kept = joan_as("Saved at once elsewhere", 1);
    let book = tab
        .book
        .reduce(PlanAction::Arrived(Box::new(kept)), today())
        .unwrap();
    assert!(book.conflicts.contains(&id));
    assert_eq!(
        book.plan(&id).unwrap().person.name,
        joan().person.name,
        "ours kept to choose"
    );
}

#[test]
fn a_newer_arrival_over_an_unsaved_change_here_is_a_conflict() {
    let store = with_joan();
    let id = joan().id;
    let mut tab = Tab::open(&store);
    tab.send(PlanAction::StorageFailed(
        Some(id.clone()),
        StoreError::Full,
    ));
    let kept = joan_as("Newer elsewhere", 2);
    let book = tab
        .book
        .reduce(PlanAction::Arrived(Box::new(kept)), today())
        .unwrap();
    assert!(book.conflicts.contains(&id));
    assert!(book.unsaved.contains(&id));
}

#[test]
fn showing_the_latest_version_ends_a_conflict_with_the_stored_plan() {
    let store = with_joan();
    let id = joan().id;
    let (mut one, mut two) = (Tab::open(&store), Tab::open(&store));
    one.edit(&id, PlanEdit::SetPersonName("Joan in one".into()));
    two.edit(&id, PlanEdit::SetPersonName("Joan in two".into()));
    let action = latest_version(&device(&store), &id).unwrap();
    two.send(action);
    assert!(two.book.conflicts.is_empty());
    assert_eq!(two.name(&id), "Joan in one");
    assert_eq!(two.book.revisions.get(&id), Some(&2));
}

#[test]
fn keeping_this_version_replaces_the_one_saved_elsewhere() {
    let store = with_joan();
    let id = joan().id;
    let (mut one, mut two) = (Tab::open(&store), Tab::open(&store));
    one.edit(&id, PlanEdit::SetPersonName("Joan in one".into()));
    two.edit(&id, PlanEdit::SetPersonName("Joan in two".into()));
    let action = two.book.keep_this_version(&device(&store), &id).unwrap();
    two.send(action);
    assert!(two.book.conflicts.is_empty());
    assert_eq!(stored(&store, &id).content.person.name, "Joan in two");
    assert_eq!(two.book.revisions.get(&id), Some(&3));
    // The first tab hears it and follows.
    one.hear(&id);
    assert_eq!(one.name(&id), "Joan in two");
}

#[test]
fn keeping_this_version_on_a_full_store_leaves_it_unsaved() {
    let store = with_joan();
    let id = joan().id;
    let tab = Tab::open(&store);
    let refusing = MemoryStore::unavailable();
    assert_eq!(
        tab.book.keep_this_version(&device(&refusing), &id),
        Some(PlanAction::StorageFailed(Some(id), StoreError::Unavailable))
    );
}

#[test]
fn the_latest_version_of_a_plan_removed_elsewhere_removes_it_here() {
    let store = with_joan();
    let id = joan().id;
    device(&store).remove_plan(&id).unwrap();
    assert_eq!(
        latest_version(&device(&store), &id),
        Some(PlanAction::Remove(id))
    );
}

#[test]
fn a_plan_removed_elsewhere_goes_unless_changed_here() {
    let store = with_joan();
    let id = joan().id;
    let (mut one, mut two) = (Tab::open(&store), Tab::open(&store));
    one.send(PlanAction::Remove(id.clone()));
    two.hear(&id);
    assert!(two.book.plan(&id).is_none());
    assert!(two.book.revisions.get(&id).is_none());
    // Gone for a plan this window never had: nothing.
    assert_eq!(two.book.reduce(PlanAction::Gone(id), today()), None);
}

#[test]
fn a_plan_removed_elsewhere_while_unsaved_here_is_kept_to_choose() {
    let store = with_joan();
    let id = joan().id;
    let mut tab = Tab::open(&store);
    tab.send(PlanAction::StorageFailed(
        Some(id.clone()),
        StoreError::Full,
    ));
    let book = tab
        .book
        .reduce(PlanAction::Gone(id.clone()), today())
        .unwrap();
    assert!(book.plan(&id).is_some());
    assert!(book.conflicts.contains(&id));
}

#[test]
fn chosen_replaces_this_windows_copy_without_saving_again() {
    let store = with_joan();
    let id = joan().id;
    let mut tab = Tab::open(&store);
    let mut restored = joan();
    restored.person.name = "Joan restored".into();
    let change = tab.book.change();
    tab.send(PlanAction::Chosen(Box::new(Kept {
        content: restored,
        revision: 7,
    })));
    assert_eq!(tab.name(&id), "Joan restored");
    assert_eq!(tab.book.revisions.get(&id), Some(&7));
    assert_eq!(tab.book.change(), change, "nothing to save");
    assert_eq!(stored(&store, &id).revision, 1);
}

#[test]
fn unreadable_records_are_listed_as_they_are_now() {
    let store = with_joan();
    let mut tab = Tab::open(&store);
    let list = vec![Unreadable {
        name: "sds.plan.x".into(),
        reason: sds_domain::wording::Message::new("record-not-json"),
    }];
    tab.send(PlanAction::Unreadable(list.clone()));
    assert_eq!(*tab.book.unreadable, list);
}

#[test]
fn a_save_with_nothing_pending_does_nothing() {
    let store = with_joan();
    let tab = Tab::open(&store);
    assert_eq!(tab.book.save(&device(&store), now()), None);
}

/// A store holding Joan's plan sealed under a passphrase lock, as another tab left it.
fn locked_with_joan() -> MemoryStore {
    let store = with_joan();
    let locked = device(&store)
        .turn_lock_on("plum tree orchard", 15)
        .unwrap();
    assert!(locked.complete);
    store
}

#[test]
fn a_save_after_the_lock_was_turned_on_elsewhere_is_not_written_and_says_so() {
    use sds_domain::wording::Message;
    let store = with_joan();
    let id = joan().id;
    let mut tab = Tab::open(&store);
    // Another tab turns the lock on, sealing Joan's plan; this one holds no key.
    let locked = locked_with_joan();
    let sealed = locked.read(&plan_name(&id)).unwrap().unwrap();
    store.write(&plan_name(&id), &sealed).unwrap();
    store
        .write(LOCK, &locked.read(LOCK).unwrap().unwrap())
        .unwrap();
    tab.edit(&id, PlanEdit::SetPersonName("Joan, after the lock".into()));
    assert!(tab.book.unsaved.contains(&id));
    assert_eq!(
        tab.book.storage_problem,
        Some(StoreError::Failed(Message::new("store-lock-changed")))
    );
    assert_eq!(
        store.read(&plan_name(&id)).unwrap().unwrap(),
        sealed,
        "the sealed record is untouched"
    );
    // Keeping this version cannot write over it either.
    assert_eq!(tab.book.keep_this_version(&device(&store), &id), None);
    // And what cannot be read now is not offered as an arrival or as the latest version.
    assert_eq!(arrived(&device(&store), &id), None);
    assert_eq!(latest_version(&device(&store), &id), None);
}

#[test]
fn a_plan_in_conflict_removed_elsewhere_stays_to_choose_and_removing_it_here_ends_the_conflict() {
    let store = with_joan();
    let id = joan().id;
    let mut tab = Tab::open(&store);
    tab.send(PlanAction::Conflict(id.clone()));
    let book = tab
        .book
        .reduce(PlanAction::Gone(id.clone()), today())
        .unwrap();
    assert!(book.plan(&id).is_some(), "kept while the person chooses");
    assert!(book.conflicts.contains(&id));
    tab.send(PlanAction::Remove(id.clone()));
    assert!(tab.book.conflicts.is_empty());
    assert!(tab.book.plan(&id).is_none());
}
