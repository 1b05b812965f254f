//! The passphrase lock around everything: with the lock on and closed, no plan is read and only
//! the unlock page (and the council's view, which keeps nothing) can be shown.
//!
//! The gate holds the [`Keeper`] and the plans ([`PlanBookProvider`]) only while open, so
//! locking drops every plan from memory along with the key. It locks itself after the chosen
//! time without a key press, click or touch, and when any tab locks on demand.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use sds_domain::keeping::device::LOCK;
use sds_domain::keeping::lock::Lock;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::keeper::Keeper;
use crate::routes::Route;
use crate::state::PlanBookProvider;

/// Written and removed at once to tell every other tab to lock now.
const LOCK_SIGNAL: &str = "sds.lock-now";

/// What pages know about the lock, and how they ask for it to change.
#[derive(Clone, PartialEq)]
pub struct LockControl {
    /// The lock is on (open or closed).
    pub lock: Option<Rc<Lock>>,
    /// The lock is on and closed: the unlock page is shown.
    pub closed: bool,
    /// Locks now, in every tab.
    pub lock_now: Callback<()>,
    /// Reads the lock and the plans again, after the lock was turned on or off, the lock was
    /// opened, or everything was removed; with what to tell the person, if anything.
    pub changed: Callback<Option<&'static str>>,
    /// The catalogue key of what just changed, until the person moves to another page. Kept
    /// here because the pages themselves are made again when the plans are.
    pub notice: Option<&'static str>,
}

#[derive(Properties, PartialEq)]
pub struct DeviceGateProps {
    pub children: Html,
}

#[component]
pub fn DeviceGate(props: &DeviceGateProps) -> Html {
    let keeper = use_memo((), |_| Keeper::open());
    // Bumped whenever the lock or the store changes underneath the plans, so the plan book is
    // made again from what is stored.
    let generation = use_state(|| 0u32);
    let lock = {
        let keeper = keeper.clone();
        use_memo(*generation, move |_| {
            let lock = keeper.with(|device| device.lock()).ok().flatten();
            // Turned off in another tab: the key must not seal anything more.
            if lock.is_none() {
                keeper.set_key(None);
            }
            lock.map(Rc::new)
        })
    };
    let closed = lock.is_some() && !keeper.has_key();

    let notice = use_state(|| None::<&'static str>);
    let route = use_route::<Route>();
    {
        let notice = notice.clone();
        use_effect_with(route, move |_| notice.set(None));
    }
    let changed = {
        let (generation, notice) = (generation.clone(), notice.clone());
        Callback::from(move |said: Option<&'static str>| {
            notice.set(said);
            generation.set(generation.wrapping_add(1));
        })
    };
    let close = {
        let (keeper, changed) = (keeper.clone(), changed.clone());
        Callback::from(move |()| {
            keeper.set_key(None);
            changed.emit(None);
        })
    };
    let lock_now = {
        let (keeper, close) = (keeper.clone(), close.clone());
        Callback::from(move |()| {
            keeper.signal(LOCK_SIGNAL);
            close.emit(());
        })
    };

    // Other tabs: a lock turned on, off or closed there is followed here.
    {
        let (close, changed) = (close.clone(), changed.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let name = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .map(|event| event.key());
                    match name {
                        // Everything cleared at once.
                        Some(None) => close.emit(()),
                        Some(Some(name)) if name == LOCK_SIGNAL => close.emit(()),
                        Some(Some(name)) if name == LOCK => changed.emit(None),
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Locks after the chosen minutes without activity, while open.
    {
        let idle_minutes = (*lock)
            .as_ref()
            .filter(|_| !closed)
            .map(|lock| lock.idle_minutes);
        let close = close.clone();
        use_effect_with(idle_minutes, move |idle_minutes| {
            let watch = idle_minutes.map(|minutes| watch_activity(minutes, close));
            move || drop(watch)
        });
    }

    let control = LockControl {
        lock: (*lock).clone(),
        closed,
        lock_now,
        changed,
        notice: *notice,
    };
    html! {
        <ContextProvider<Rc<Keeper>> context={keeper.clone()}>
        <ContextProvider<LockControl> context={control}>
            if closed {
                { props.children.clone() }
            } else {
                <PlanBookProvider key={*generation} keeper={keeper.clone()}>
                    { props.children.clone() }
                </PlanBookProvider>
            }
        </ContextProvider<LockControl>>
        </ContextProvider<Rc<Keeper>>>
    }
}

/// Listeners for activity, and a timer that closes the lock after `minutes` without any.
fn watch_activity(minutes: u32, close: Callback<()>) -> (Vec<EventListener>, Interval) {
    let last = Rc::new(Cell::new(js_sys::Date::now()));
    let listeners = web_sys::window()
        .and_then(|window| window.document())
        .map(|document| {
            ["keydown", "pointerdown", "touchstart", "wheel"]
                .into_iter()
                .map(|kind| {
                    let last = last.clone();
                    EventListener::new(&document, kind, move |_| last.set(js_sys::Date::now()))
                })
                .collect()
        })
        .unwrap_or_default();
    let limit = f64::from(minutes) * 60_000.0;
    let timer = Interval::new(5_000, move || {
        if js_sys::Date::now() - last.get() >= limit {
            close.emit(());
        }
    });
    (listeners, timer)
}
