//! The one place that owns the plans: a reducer. Pages read plans from it and send it changes;
//! keeping them in storage is a consequence of a change, never something a page does itself.

use std::rc::Rc;

use sds_domain::plan::SupportPlan;
use yew::prelude::*;

use crate::plans;
use crate::sent;
use crate::storage::{LocalStore, StoreError};

/// Everything the app knows about the plans on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanBook {
    /// Newest started first.
    pub plans: Rc<Vec<SupportPlan>>,
    /// Stored records that could not be read (left untouched).
    pub unreadable: usize,
    /// Why the last read or write of storage failed, if it did.
    pub storage_problem: Option<StoreError>,
    /// What the next save must do; set by every change.
    pending: Option<Pending>,
    /// Increases with every change, so the saving effect runs once per change.
    revision: u64,
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
    StorageFailed(StoreError),
    StorageWorked,
}

impl PlanBook {
    fn load() -> PlanBook {
        let (plans, unreadable, storage_problem) =
            match LocalStore::open().and_then(|store| plans::list(&store)) {
                Ok(listing) => (listing.plans, listing.unreadable, None),
                Err(error) => (Vec::new(), 0, Some(error)),
            };
        PlanBook {
            plans: Rc::new(plans),
            unreadable,
            storage_problem,
            pending: None,
            revision: 0,
        }
    }

    pub fn plan(&self, id: &str) -> Option<&SupportPlan> {
        self.plans.iter().find(|p| p.id == id)
    }
}

impl Reducible for PlanBook {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let mut book = (*self).clone();
        match action {
            PlanAction::Put(plan) => {
                let mut plan = *plan;
                plan.last_changed = plans::today().or(plan.last_changed);
                let mut list = (*book.plans).clone();
                match list.iter_mut().find(|p| p.id == plan.id) {
                    Some(existing) => *existing = plan.clone(),
                    None => list.insert(0, plan.clone()),
                }
                book.plans = Rc::new(list);
                book.pending = Some(Pending::Save(plan.id));
                book.revision += 1;
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
                book.pending = Some(Pending::Remove(id));
                book.revision += 1;
            }
            PlanAction::StorageFailed(error) => book.storage_problem = Some(error),
            PlanAction::StorageWorked => book.storage_problem = None,
        }
        Rc::new(book)
    }
}

pub type PlanBookHandle = UseReducerHandle<PlanBook>;

#[derive(Properties, PartialEq)]
pub struct PlanBookProviderProps {
    pub children: Html,
}

/// Owns the plans for everything inside it, and saves each change as it happens.
#[component]
pub fn PlanBookProvider(props: &PlanBookProviderProps) -> Html {
    let book = use_reducer(PlanBook::load);
    {
        let handle = book.clone();
        use_effect_with(book.revision, move |_| {
            let result = match &handle.pending {
                None => return,
                Some(Pending::Save(id)) => match handle.plan(id) {
                    Some(plan) => LocalStore::open().and_then(|store| plans::save(&store, plan)),
                    None => Ok(()),
                },
                // The plans signed from it go with it.
                Some(Pending::Remove(id)) => LocalStore::open().and_then(|store| {
                    plans::remove(&store, id).and_then(|()| sent::remove(&store, id))
                }),
            };
            match result {
                Ok(()) if handle.storage_problem.is_some() => {
                    handle.dispatch(PlanAction::StorageWorked)
                }
                Ok(()) => {}
                Err(error) => handle.dispatch(PlanAction::StorageFailed(error)),
            }
        });
    }
    html! {
        <ContextProvider<PlanBookHandle> context={book}>
            { props.children.clone() }
        </ContextProvider<PlanBookHandle>>
    }
}

/// The plans, from the provider every page is inside.
#[hook]
pub fn use_plan_book() -> Option<PlanBookHandle> {
    use_context::<PlanBookHandle>()
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
