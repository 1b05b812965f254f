//! When the book saves: a whole plan put or removed at once, typing soon (a burst kept by one
//! save), and whatever is waiting before anything else happens to the book, so no change is
//! lost to another plan's change or hidden by a plan arriving from another tab.

mod common;

use common::{amira, joan, now, today, Counter};
use sds_app::book::{arrived, PlanAction, PlanBook, SaveDue};
use sds_app::edit::PlanEdit;
use sds_domain::keeping::device::{Device, Expect};
use sds_domain::keeping::MemoryStore;

fn device(store: &MemoryStore) -> Device<'_> {
    // Leaked so the device can borrow it for as long as the test runs.
    let entropy: &'static Counter = Box::leak(Box::default());
    Device::new(store, None, entropy, now())
}

fn with_joan() -> MemoryStore {
    let store = MemoryStore::new();
    device(&store).save_plan(&joan(), Expect::Nothing).unwrap();
    store
}

/// A window as the app runs it: an action saves first what the book says must be saved first.
fn send(book: &PlanBook, store: &MemoryStore, action: PlanAction) -> PlanBook {
    let book = if book.saves_first(&action) {
        book.save_waiting(&device(store), now()).unwrap().0
    } else {
        book.clone()
    };
    book.reduce(action, today()).unwrap_or(book)
}

fn name(id: &str, text: &str) -> PlanAction {
    PlanAction::Edit(id.to_owned(), PlanEdit::SetPersonName(text.into()))
}

fn stored_name(store: &MemoryStore, id: &str) -> String {
    device(store).plan(id).unwrap().unwrap().content.person.name
}

#[test]
fn nothing_waits_after_loading() {
    let store = with_joan();
    let book = PlanBook::load(&device(&store));
    assert_eq!(book.waiting(), None);
    assert!(!book.saves_first(&PlanAction::SaveWaiting));
    assert!(book.save_waiting(&device(&store), now()).is_none());
}

#[test]
fn a_whole_plan_put_or_removed_is_due_at_once_and_an_edit_soon() {
    let store = with_joan();
    let book = PlanBook::load(&device(&store));
    let put = send(&book, &store, PlanAction::Put(Box::new(amira())));
    assert_eq!(put.waiting(), Some(SaveDue::Now));
    let edited = send(&book, &store, name(&joan().id, "Joan R"));
    assert_eq!(edited.waiting(), Some(SaveDue::Soon));
    let removed = send(&book, &store, PlanAction::Remove(joan().id));
    assert_eq!(removed.waiting(), Some(SaveDue::Now));
    // An edit does not put off a save already due at once.
    let put_then_edited = send(&put, &store, name(&amira().id, "Amira K"));
    assert_eq!(put_then_edited.waiting(), Some(SaveDue::Now));
}

#[test]
fn a_burst_of_typing_is_kept_by_one_save_with_the_last_key() {
    let store = with_joan();
    let id = joan().id;
    let mut book = PlanBook::load(&device(&store));
    for typed in ["J", "Jo", "Joa", "Joan S"] {
        assert!(!book.saves_first(&name(&id, typed)), "typing on waits");
        book = send(&book, &store, name(&id, typed));
    }
    assert_ne!(stored_name(&store, &id), "Joan S", "not saved yet");
    let (book, said) = book.save_waiting(&device(&store), now()).unwrap();
    assert!(matches!(said, Some(PlanAction::Saved(..))));
    assert_eq!(book.waiting(), None);
    assert_eq!(stored_name(&store, &id), "Joan S");
    let revision = device(&store).plan(&id).unwrap().unwrap().revision;
    assert_eq!(book.revisions.get(&id), Some(&revision));
    // Nothing is saved twice.
    assert!(!book.saves_first(&PlanAction::SaveWaiting));
}

#[test]
fn the_time_running_out_saves_what_waits() {
    let store = with_joan();
    let id = joan().id;
    let book = send(
        &PlanBook::load(&device(&store)),
        &store,
        name(&id, "Joan R"),
    );
    assert!(book.saves_first(&PlanAction::SaveWaiting));
    let book = send(&book, &store, PlanAction::SaveWaiting);
    assert_eq!(book.waiting(), None);
    assert_eq!(stored_name(&store, &id), "Joan R");
}

#[test]
fn another_plans_change_saves_the_waiting_one_first() {
    let store = with_joan();
    device(&store).save_plan(&amira(), Expect::Nothing).unwrap();
    let book = PlanBook::load(&device(&store));
    let book = send(&book, &store, name(&joan().id, "Joan R"));
    assert!(book.saves_first(&name(&amira().id, "Amira K")));
    assert!(book.saves_first(&PlanAction::Remove(amira().id)));
    let book = send(&book, &store, name(&amira().id, "Amira K"));
    assert_eq!(
        stored_name(&store, &joan().id),
        "Joan R",
        "kept before Amira's edit"
    );
    let book = book.save_waiting(&device(&store), now()).unwrap().0;
    assert_eq!(stored_name(&store, &amira().id), "Amira K");
    assert_eq!(book.waiting(), None);
}

#[test]
fn what_a_save_says_never_saves_again_first() {
    let store = with_joan();
    let id = joan().id;
    let book = send(
        &PlanBook::load(&device(&store)),
        &store,
        name(&id, "Joan R"),
    );
    assert!(!book.saves_first(&PlanAction::Saved(id.clone(), 9, now())));
    assert!(!book.saves_first(&PlanAction::Conflict(id)));
}

#[test]
fn a_plan_arriving_while_typing_waits_is_a_conflict_not_a_loss() {
    let store = with_joan();
    let id = joan().id;
    let book = PlanBook::load(&device(&store));
    // Another tab saves Joan's plan; this one has typed a name not yet saved.
    let mut theirs = joan();
    theirs.person.name = "Joan from the other tab".into();
    device(&store)
        .save_plan(&theirs, Expect::Revision(1))
        .unwrap();
    let book = send(&book, &store, name(&id, "Joan typed here"));
    let arrival = arrived(&device(&store), &id).unwrap();
    assert!(book.saves_first(&arrival));
    let book = send(&book, &store, arrival);
    assert!(
        book.conflicts.contains(&id),
        "held for the person to choose"
    );
    assert_eq!(book.plan(&id).unwrap().person.name, "Joan typed here");
    assert_eq!(
        stored_name(&store, &id),
        "Joan from the other tab",
        "theirs not overwritten"
    );
}
