//! The plans book in the browser: the application layer's [`PlanBook`] as a Yew reducer, saved
//! after every change and told of changes other tabs save. Every rule about the plans (what an
//! action does, when a save is a conflict, what arrives from another tab) is in
//! `sds_app::book`, tested natively; this file only connects it to the page's clock, storage
//! and events.

use std::ops::Deref;
use std::rc::Rc;

use gloo::events::EventListener;
use sds_app::book::{self, PlanAction, PlanBook};
use sds_app::choices::Choosable;
use sds_app::edit::PlanEdit;
use sds_domain::keeping::device::plan_id;
use sds_domain::plan::SupportPlan;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::keeper::BrowserKeeper;
use crate::plans;

/// The book as the reducer holds it. A type of this crate, so it can be Yew's `Reducible`.
#[derive(Clone, Debug, PartialEq)]
pub struct Book(PlanBook);

impl Deref for Book {
    type Target = PlanBook;

    fn deref(&self) -> &PlanBook {
        &self.0
    }
}

impl Reducible for Book {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        match self.0.reduce(action, plans::today()) {
            Some(book) => Rc::new(Book(book)),
            None => self,
        }
    }
}

pub type PlanBookHandle = UseReducerHandle<Book>;

#[derive(Properties, PartialEq)]
pub struct PlanBookProviderProps {
    pub keeper: Rc<BrowserKeeper>,
    pub children: Html,
}

/// Owns the plans for everything inside it, saves each change as it happens, and takes in
/// changes saved by other tabs and windows.
#[component]
pub fn PlanBookProvider(props: &PlanBookProviderProps) -> Html {
    let keeper = props.keeper.clone();
    let book = use_reducer(|| Book(keeper.with(PlanBook::load)));
    {
        let (handle, keeper) = (book.clone(), props.keeper.clone());
        use_effect_with(book.change(), move |_| {
            let result = keeper.with(|device| handle.save(device, crate::clock::now()));
            if let Some(result) = result {
                if matches!(result, PlanAction::Saved(..)) {
                    keeper.saved();
                }
                handle.dispatch(result);
            }
        });
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
                        if let Some(action) = keeper.with(|device| book::arrived(device, id)) {
                            handle.dispatch(action);
                        }
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

/// "Show the latest version": the plan as stored replaces this window's copy.
pub fn show_latest_version(book: &PlanBookHandle, keeper: &BrowserKeeper, id: &str) {
    if let Some(action) = keeper.with(|device| book::latest_version(device, id)) {
        book.dispatch(action);
    }
}

/// Keeps this window's copy of a plan in conflict, replacing the one saved elsewhere.
pub fn keep_this_version(book: &PlanBookHandle, keeper: &BrowserKeeper, id: &str) {
    if let Some(action) = keeper.with(|device| book.keep_this_version(device, id)) {
        book.dispatch(action);
    }
}

/// The plans, from the provider every page is inside.
#[hook]
pub fn use_plan_book() -> Option<PlanBookHandle> {
    use_context::<PlanBookHandle>()
}

/// The device's storage.
#[hook]
pub fn use_keeper() -> Option<Rc<BrowserKeeper>> {
    use_context::<Rc<BrowserKeeper>>()
}

/// Sends named edits to one plan.
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
    pub fn send(&self, edit: PlanEdit) {
        self.book.dispatch(PlanAction::Edit(self.id.clone(), edit));
    }

    /// A callback for radio buttons over a table of choices: the value chosen, by its stored
    /// name, becomes the edit `edit` names.
    pub fn on_choice<T: Choosable>(
        &self,
        edit: impl Fn(T) -> PlanEdit + 'static,
    ) -> Callback<String> {
        let editor = self.clone();
        Callback::from(move |name: String| {
            if let Some(value) = T::named(&name) {
                editor.send(edit(value));
            }
        })
    }

    /// A callback for a field: each value it receives becomes the edit `edit` names.
    pub fn on<T: 'static>(&self, edit: impl Fn(T) -> PlanEdit + 'static) -> Callback<T> {
        let editor = self.clone();
        Callback::from(move |value: T| editor.send(edit(value)))
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
