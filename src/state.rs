//! The plans book in the browser: the application layer's [`PlanBook`] as a Yew reducer, saved
//! soon after every change and told of changes other tabs save. Every rule about the plans (what
//! an action does, when a save is due or must come first, when a save is a conflict, what
//! arrives from another tab) is in `sds_app::book`, tested natively; this file only connects it
//! to the page's clock, storage, timers and events.

use std::ops::Deref;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use sds_app::book::{self, PlanAction, PlanBook, SaveDue, SAVE_WITHIN_MS};
use sds_app::choices::Choosable;
use sds_app::edit::PlanEdit;
use sds_domain::keeping::device::plan_id;
use sds_domain::plan::SupportPlan;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::keeper::BrowserKeeper;
use crate::plans;

/// The book as the reducer holds it, with the keeper it saves through. A type of this crate, so
/// it can be Yew's `Reducible`.
#[derive(Clone, PartialEq)]
pub struct Book {
    book: PlanBook,
    keeper: Rc<BrowserKeeper>,
}

impl Deref for Book {
    type Target = PlanBook;

    fn deref(&self) -> &PlanBook {
        &self.book
    }
}

impl Reducible for Book {
    type Action = PlanAction;

    /// Saves here, in the reducer, whatever must be saved before the action (the book decides):
    /// the reducer always holds the newest book, where a timer's or an event listener's handle
    /// holds the one of the render that made it, and a save from that would miss later edits.
    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let saved = if self.book.saves_first(&action) {
            self.keeper
                .with(|device| self.book.save_waiting(device, crate::clock::now()))
        } else {
            None
        };
        let before = match saved {
            Some((book, said)) => {
                if matches!(said, Some(PlanAction::Saved(..))) {
                    self.keeper.saved();
                }
                Some(book)
            }
            None => None,
        };
        let after = before
            .as_ref()
            .unwrap_or(&self.book)
            .reduce(action, plans::today());
        match after.or(before) {
            Some(book) => Rc::new(Book {
                book,
                keeper: self.keeper.clone(),
            }),
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

/// Owns the plans for everything inside it, saves each change soon after it happens (at once
/// when the page is hidden or closed, or the person points or moves focus elsewhere), and takes
/// in changes saved by other tabs and windows.
#[component]
pub fn PlanBookProvider(props: &PlanBookProviderProps) -> Html {
    let keeper = props.keeper.clone();
    let book = use_reducer(|| Book {
        book: keeper.with(PlanBook::load),
        keeper,
    });
    // The timer for an edit's save, and whether it is still to run. Edits while it runs are
    // kept by the same save, so a burst of typing is saved at most every `SAVE_WITHIN_MS`.
    let timer = use_mut_ref(|| None::<Timeout>);
    let timing = use_mut_ref(|| false);
    {
        let (handle, timer, timing) = (book.clone(), timer.clone(), timing.clone());
        use_effect_with(book.change(), move |_| match handle.waiting() {
            Some(SaveDue::Now) => handle.dispatch(PlanAction::SaveWaiting),
            Some(SaveDue::Soon) if !timing.replace(true) => {
                let handle = handle.clone();
                let due = timing.clone();
                // Replacing the timer that already ran drops it outside its own callback.
                *timer.borrow_mut() = Some(Timeout::new(SAVE_WITHIN_MS, move || {
                    *due.borrow_mut() = false;
                    handle.dispatch(PlanAction::SaveWaiting);
                }));
            }
            _ => {}
        });
    }
    {
        let handle = book.clone();
        use_effect_with((), move |_| {
            let listeners = save_waiting_on_leaving(&handle);
            move || {
                // Leaving the plans (the lock closing, the page going): keep what was typed.
                handle.dispatch(PlanAction::SaveWaiting);
                drop(listeners);
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

/// Saves the change waiting whenever the page may be about to go, or the person turns from
/// typing to something else: the page hidden (a phone's app switcher, where it may be ended
/// without warning) or being left, a pointer pressed or focus moving (before a click or a key
/// on a button acts: a button that locks, removes or signs then finds the change kept).
fn save_waiting_on_leaving(book: &PlanBookHandle) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let save = |target: &web_sys::EventTarget, event: &'static str| {
        let book = book.clone();
        let options = EventListenerOptions::run_in_capture_phase();
        EventListener::new_with_options(target, event, options, move |_| {
            book.dispatch(PlanAction::SaveWaiting)
        })
    };
    let mut listeners = vec![save(&window, "pagehide")];
    if let Some(document) = window.document() {
        let hidden = {
            let (book, document) = (book.clone(), document.clone());
            EventListener::new(&document.clone(), "visibilitychange", move |_| {
                if document.hidden() {
                    book.dispatch(PlanAction::SaveWaiting);
                }
            })
        };
        listeners.extend([
            hidden,
            save(&document, "pointerdown"),
            save(&document, "focusout"),
        ]);
    }
    listeners
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
