//! The one place that owns the plans: a reducer. Pages read plans from it and send it changes;
//! keeping them in storage is a consequence of a change, never something a page does itself.
//!
//! Every change is saved at once (well within the second a person could notice), naming the
//! revision this window last read or wrote. If another tab or window has saved the plan since,
//! the save is refused by the domain and the plan is shown read-only here until the person
//! chooses which version to keep. Changes saved elsewhere arrive through the browser's
//! `storage` event and replace this window's copy, which has nothing unsaved.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use gloo::events::EventListener;
use sds_domain::date::Timestamp;
use sds_domain::keeping::device::{plan_id, Expect, Kept, SaveError, Shelf, Unreadable};
use sds_domain::keeping::StoreError;
use sds_domain::plan::SupportPlan;
use sds_domain::wording::Message;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::keeper::Keeper;
use crate::plans;

/// Everything the app knows about the plans on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanBook {
    /// Newest started first.
    pub plans: Rc<Vec<SupportPlan>>,
    /// The revision of each plan this window last read or wrote.
    pub revisions: Rc<BTreeMap<String, u64>>,
    /// Stored records that could not be read (left untouched).
    pub unreadable: Rc<Vec<Unreadable>>,
    /// Why the last write to storage failed, while any change is not saved.
    pub storage_problem: Option<StoreError>,
    /// Plans whose latest change is only in this window (storage refused it).
    pub unsaved: Rc<BTreeSet<String>>,
    /// Plans saved in another tab or window since this one read them: read-only here until the
    /// person chooses a version.
    pub conflicts: Rc<BTreeSet<String>>,
    /// When the last change was saved.
    pub saved_at: Option<Timestamp>,
    /// What the next save must do; set by every change.
    pending: Option<Pending>,
    /// Increases with every change, so the saving effect runs once per change.
    change: u64,
}

#[derive(Clone, Debug, PartialEq)]
enum Pending {
    Save(String),
    Remove(String),
}

pub enum PlanAction {
    /// A new plan, or a changed one (matched by id).
    Put(Box<SupportPlan>),
    /// A change to the plan with this id, applied to the newest state (so quick successive
    /// changes, like typing, never overwrite each other).
    Edit(String, Box<dyn FnOnce(&mut SupportPlan)>),
    Remove(String),
    /// A plan was saved at this revision.
    Saved(String, u64, Option<Timestamp>),
    /// Storage refused a change to this plan (or, with no plan, a removal).
    StorageFailed(Option<String>, StoreError),
    /// The plan was saved elsewhere since this window read it.
    Conflict(String),
    /// A plan as another tab or window saved it. Taken in only if this window has nothing of
    /// its own unsaved for it; otherwise the person chooses.
    Arrived(Box<Kept<SupportPlan>>),
    /// A plan as stored now, which the person chose (or restored from a backup): it replaces
    /// this window's copy, without being saved again.
    Chosen(Box<Kept<SupportPlan>>),
    /// A plan removed elsewhere.
    Gone(String),
    /// The records that cannot be read, as they are now.
    Unreadable(Vec<Unreadable>),
}

impl PlanBook {
    fn load(keeper: &Keeper) -> PlanBook {
        let (shelf, storage_problem) = match keeper.with(|device| device.plans()) {
            Ok(shelf) => (shelf, None),
            Err(error) => (Default::default(), Some(error)),
        };
        PlanBook {
            revisions: Rc::new(shelf.revisions()),
            plans: Rc::new(shelf.plans.into_iter().map(|kept| kept.content).collect()),
            unreadable: Rc::new(shelf.unreadable),
            storage_problem,
            unsaved: Rc::default(),
            conflicts: Rc::default(),
            saved_at: None,
            pending: None,
            change: 0,
        }
    }

    /// The plans in this window, at the revisions this window knows: what a download holds,
    /// even when storage refused the latest change.
    pub fn shelf(&self) -> Shelf {
        Shelf {
            plans: self
                .plans
                .iter()
                .map(|plan| Kept {
                    content: plan.clone(),
                    revision: self.revisions.get(&plan.id).copied().unwrap_or(0),
                })
                .collect(),
            unreadable: (*self.unreadable).clone(),
        }
    }

    pub fn plan(&self, id: &str) -> Option<&SupportPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    fn replace(&mut self, plan: SupportPlan) {
        let mut list = (*self.plans).clone();
        match list.iter_mut().find(|p| p.id == plan.id) {
            Some(existing) => *existing = plan,
            None => list.insert(0, plan),
        }
        self.plans = Rc::new(list);
    }
}

impl Reducible for PlanBook {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let mut book = (*self).clone();
        match action {
            PlanAction::Put(plan) => {
                let mut plan = *plan;
                if book.conflicts.contains(&plan.id) {
                    return self;
                }
                plan.last_changed = plans::today().or(plan.last_changed);
                let id = plan.id.clone();
                book.replace(plan);
                book.pending = Some(Pending::Save(id));
                book.change += 1;
            }
            PlanAction::Edit(id, change) => {
                let Some(mut plan) = book.plan(&id).cloned() else {
                    return self;
                };
                change(&mut plan);
                return Rc::new(book).reduce(PlanAction::Put(Box::new(plan)));
            }
            PlanAction::Remove(id) => {
                book.plans = Rc::new(book.plans.iter().filter(|p| p.id != id).cloned().collect());
                Rc::make_mut(&mut book.unsaved).remove(&id);
                Rc::make_mut(&mut book.conflicts).remove(&id);
                if book.unsaved.is_empty() {
                    book.storage_problem = None;
                }
                book.pending = Some(Pending::Remove(id));
                book.change += 1;
            }
            PlanAction::Saved(id, revision, at) => {
                Rc::make_mut(&mut book.revisions).insert(id.clone(), revision);
                Rc::make_mut(&mut book.unsaved).remove(&id);
                book.saved_at = at.or(book.saved_at);
                if book.unsaved.is_empty() {
                    book.storage_problem = None;
                }
            }
            PlanAction::StorageFailed(id, error) => {
                if let Some(id) = id {
                    Rc::make_mut(&mut book.unsaved).insert(id);
                }
                book.storage_problem = Some(error);
            }
            PlanAction::Conflict(id) => {
                Rc::make_mut(&mut book.conflicts).insert(id);
            }
            PlanAction::Arrived(kept) => {
                let id = kept.content.id.clone();
                let known = book.revisions.get(&id).copied();
                let ours = book.plan(&id);
                let differs = ours.is_some_and(|ours| *ours != kept.content);
                let held = book.conflicts.contains(&id) || book.unsaved.contains(&id);
                match known {
                    Some(known) if kept.revision < known => return self,
                    // The same revision written with other content: both windows saved at
                    // once. The person chooses.
                    Some(known) if kept.revision == known => {
                        if !differs {
                            return self;
                        }
                        Rc::make_mut(&mut book.conflicts).insert(id);
                    }
                    _ if held && differs => {
                        Rc::make_mut(&mut book.conflicts).insert(id);
                    }
                    _ => {
                        // Newer, and the same as (or replacing nothing unsaved in) this window.
                        Rc::make_mut(&mut book.conflicts).remove(&id);
                        Rc::make_mut(&mut book.unsaved).remove(&id);
                        if book.unsaved.is_empty() {
                            book.storage_problem = None;
                        }
                        Rc::make_mut(&mut book.revisions).insert(id, kept.revision);
                        book.replace(kept.content);
                    }
                }
            }
            PlanAction::Chosen(kept) => {
                let Kept { content, revision } = *kept;
                let id = content.id.clone();
                Rc::make_mut(&mut book.conflicts).remove(&id);
                Rc::make_mut(&mut book.unsaved).remove(&id);
                Rc::make_mut(&mut book.revisions).insert(id, revision);
                if book.unsaved.is_empty() {
                    book.storage_problem = None;
                }
                book.replace(content);
            }
            PlanAction::Gone(id) => {
                if book.plan(&id).is_none() {
                    return self;
                }
                // Removed elsewhere while changed here: kept, and the person chooses.
                if book.unsaved.contains(&id) || book.conflicts.contains(&id) {
                    Rc::make_mut(&mut book.conflicts).insert(id);
                    return Rc::new(book);
                }
                book.plans = Rc::new(book.plans.iter().filter(|p| p.id != id).cloned().collect());
                Rc::make_mut(&mut book.revisions).remove(&id);
            }
            PlanAction::Unreadable(list) => book.unreadable = Rc::new(list),
        }
        Rc::new(book)
    }
}

pub type PlanBookHandle = UseReducerHandle<PlanBook>;

#[derive(Properties, PartialEq)]
pub struct PlanBookProviderProps {
    pub keeper: Rc<Keeper>,
    pub children: Html,
}

/// Owns the plans for everything inside it, saves each change as it happens, and takes in
/// changes saved by other tabs and windows.
#[component]
pub fn PlanBookProvider(props: &PlanBookProviderProps) -> Html {
    let keeper = props.keeper.clone();
    let book = use_reducer(|| PlanBook::load(&keeper));
    {
        let (handle, keeper) = (book.clone(), props.keeper.clone());
        use_effect_with(book.change, move |_| save(&handle, &keeper));
    }
    {
        let (handle, keeper) = (book.clone(), props.keeper.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(name) = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .and_then(|event| event.key())
                    else {
                        return;
                    };
                    if let Some(id) = plan_id(&name) {
                        take_in(&handle, &keeper, id);
                    }
                })
            });
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<PlanBookHandle> context={book}>
            { props.children.clone() }
        </ContextProvider<PlanBookHandle>>
    }
}

/// Saves what the last change needs saving.
fn save(book: &PlanBookHandle, keeper: &Keeper) {
    match &book.pending {
        None => {}
        Some(Pending::Save(id)) => {
            let Some(plan) = book.plan(id) else {
                return;
            };
            let expect = book
                .revisions
                .get(id)
                .map_or(Expect::Nothing, |r| Expect::Revision(*r));
            match keeper.with(|device| device.save_plan(plan, expect)) {
                Ok(revision) => {
                    keeper.saved();
                    book.dispatch(PlanAction::Saved(id.clone(), revision, crate::clock::now()));
                }
                Err(SaveError::Conflict { .. }) => book.dispatch(PlanAction::Conflict(id.clone())),
                Err(SaveError::Store(error)) => {
                    book.dispatch(PlanAction::StorageFailed(Some(id.clone()), error))
                }
                // The lock changed in another tab; this window follows it as soon as it hears.
                Err(SaveError::LockChanged) => book.dispatch(PlanAction::StorageFailed(
                    Some(id.clone()),
                    StoreError::Failed(Message::new("store-lock-changed")),
                )),
            }
        }
        // The plans signed from it go with it.
        Some(Pending::Remove(id)) => {
            if let Err(error) = keeper.with(|device| device.remove_plan(id)) {
                book.dispatch(PlanAction::StorageFailed(None, error));
            }
        }
    }
}

/// Reads the plan with this id as another window saved it, and offers it to the book.
fn take_in(book: &PlanBookHandle, keeper: &Keeper, id: &str) {
    match keeper.with(|device| device.plan(id)) {
        Ok(Some(kept)) => book.dispatch(PlanAction::Arrived(Box::new(kept))),
        Ok(None) => book.dispatch(PlanAction::Gone(id.to_owned())),
        // Unreadable now: this window's copy stays; the list shows the record on reload.
        Err(_) => {}
    }
}

/// "Show the latest version": the plan as stored replaces this window's copy.
pub fn show_latest_version(book: &PlanBookHandle, keeper: &Keeper, id: &str) {
    match keeper.with(|device| device.plan(id)) {
        Ok(Some(kept)) => book.dispatch(PlanAction::Chosen(Box::new(kept))),
        Ok(None) => book.dispatch(PlanAction::Remove(id.to_owned())),
        Err(_) => {}
    }
}

/// Keeps this window's copy of a plan in conflict, replacing the one saved elsewhere.
pub fn keep_this_version(book: &PlanBookHandle, keeper: &Keeper, id: &str) {
    let Some(plan) = book.plan(id) else {
        return;
    };
    match keeper.with(|device| device.save_plan(plan, Expect::Anything)) {
        Ok(revision) => book.dispatch(PlanAction::Chosen(Box::new(Kept {
            content: plan.clone(),
            revision,
        }))),
        Err(SaveError::Store(error)) => {
            book.dispatch(PlanAction::StorageFailed(Some(id.to_owned()), error))
        }
        // Anything replaces anything, so no conflict; the lock changing elsewhere locks here.
        Err(SaveError::Conflict { .. } | SaveError::LockChanged) => {}
    }
}

/// The plans, from the provider every page is inside.
#[hook]
pub fn use_plan_book() -> Option<PlanBookHandle> {
    use_context::<PlanBookHandle>()
}

/// The device's storage.
#[hook]
pub fn use_keeper() -> Option<Rc<Keeper>> {
    use_context::<Rc<Keeper>>()
}

/// Sends changes to one plan.
#[derive(Clone)]
pub struct Editor {
    id: String,
    book: PlanBookHandle,
}

impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Editor {
    pub fn edit(&self, change: impl FnOnce(&mut SupportPlan) + 'static) {
        self.book
            .dispatch(PlanAction::Edit(self.id.clone(), Box::new(change)));
    }

    /// A callback for a field: each value it receives is applied to the plan by `change`.
    pub fn on<T: 'static>(&self, change: impl Fn(&mut SupportPlan, T) + 'static) -> Callback<T> {
        let editor = self.clone();
        let change = Rc::new(change);
        Callback::from(move |value: T| {
            let change = change.clone();
            editor.edit(move |plan| change(plan, value));
        })
    }
}

/// One plan and a way to change it, or `None` when there is no plan with this id on the device.
#[hook]
pub fn use_plan(id: &str) -> Option<(SupportPlan, Editor)> {
    let book = use_plan_book()?;
    let plan = book.plan(id)?.clone();
    Some((
        plan,
        Editor {
            id: id.to_owned(),
            book,
        },
    ))
}
