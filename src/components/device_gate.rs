//! The passphrase lock around everything: with the lock on and closed, no plan is read and only
//! the unlock page (and the council's view, which keeps nothing) can be shown.
//!
//! The gate holds the [`BrowserKeeper`] and the plans ([`PlanBookProvider`]) only while open, so
//! locking drops every plan from memory along with the key. It locks itself after the chosen
//! time without a key press, click or touch, and when any tab locks on demand.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use sds_app::keeper::LockState;
use sds_domain::keeping::device::LOCK;
use sds_domain::keeping::lock::Lock;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::keeper::BrowserKeeper;
use crate::routes::Route;
use crate::state::PlanBookProvider;

/// The channel every tab of this app listens on for "lock now".
const LOCK_CHANNEL: &str = "sds-lock";

/// How long before the idle lock the person is warned, with a way to stay unlocked.
const WARN_SECONDS: f64 = 60.0;

/// What pages know about the lock, and how they ask for it to change.
#[derive(Clone, PartialEq)]
pub struct LockControl {
    /// The lock is on (open or closed).
    pub lock: Option<Rc<Lock>>,
    /// The lock is on and closed (or cannot be read): the unlock page is shown.
    pub closed: bool,
    /// The lock record cannot be read: nothing can be opened, and nothing is offered that
    /// would write over it.
    pub damaged: bool,
    /// The idle lock is less than a minute away.
    pub warning: bool,
    /// Counts as activity: the person chose to stay unlocked.
    pub stay: Callback<()>,
    /// Locks now, in every tab.
    pub lock_now: Callback<()>,
    /// Reads the lock and the plans again, after the lock was turned on or off, the lock was
    /// opened, or everything was removed; with what to tell the person, if anything.
    pub changed: Callback<Option<&'static str>>,
    /// The catalogue key of what just changed, until the person moves to another page. Kept
    /// here because the pages themselves are made again when the plans are.
    pub notice: Option<&'static str>,
}

/// How many times the lock or the store changed underneath the plans.
#[derive(Default, PartialEq)]
struct Generation(u32);

impl Reducible for Generation {
    type Action = ();

    fn reduce(self: Rc<Self>, (): ()) -> Rc<Self> {
        Rc::new(Generation(self.0.wrapping_add(1)))
    }
}

#[derive(Properties, PartialEq)]
pub struct DeviceGateProps {
    pub children: Html,
}

#[component]
pub fn DeviceGate(props: &DeviceGateProps) -> Html {
    let keeper = use_memo((), |_| BrowserKeeper::open());
    // Bumped whenever the lock or the store changes underneath the plans, so the plan book is
    // made again from what is stored. A reducer, so listeners made once still count on from
    // the current value.
    let generation = use_reducer(Generation::default);
    let state = {
        let keeper = keeper.clone();
        use_memo(generation.0, move |_| keeper.follow_lock())
    };
    let lock = match &*state {
        LockState::On(lock) => Some(Rc::new(lock.clone())),
        _ => None,
    };
    let damaged = *state == LockState::Damaged;
    let closed = keeper.closed(&state);
    let last_activity = use_memo((), |_| Cell::new(js_sys::Date::now()));
    let warning = use_state_eq(|| false);
    let channel = use_memo((), |_| web_sys::BroadcastChannel::new(LOCK_CHANNEL).ok());

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
            generation.dispatch(());
        })
    };
    let close = {
        let (keeper, changed, warning) = (keeper.clone(), changed.clone(), warning.clone());
        Callback::from(move |()| {
            keeper.set_key(None);
            warning.set(false);
            changed.emit(None);
        })
    };
    let lock_now = {
        let (channel, close) = (channel.clone(), close.clone());
        Callback::from(move |()| {
            if let Some(channel) = &*channel {
                // Every other tab closes too. If the browser refuses, this tab still locks.
                let _ = channel.post_message(&"lock".into());
            }
            close.emit(());
        })
    };
    let stay = {
        let (last_activity, warning) = (last_activity.clone(), warning.clone());
        Callback::from(move |()| {
            last_activity.set(js_sys::Date::now());
            warning.set(false);
        })
    };

    // Other tabs: a lock turned on, off or closed there is followed here.
    {
        let (close, changed, channel) = (close.clone(), changed.clone(), channel.clone());
        use_effect_with((), move |_| {
            let told = (*channel).as_ref().map(|channel| {
                let close = close.clone();
                EventListener::new(channel, "message", move |_| close.emit(()))
            });
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let name = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .map(|event| event.key());
                    match name {
                        // Everything cleared at once.
                        Some(None) => close.emit(()),
                        Some(Some(name)) if name == LOCK => changed.emit(None),
                        _ => {}
                    }
                })
            });
            move || drop((listener, told))
        });
    }

    // Locks after the chosen minutes without activity, while open.
    {
        let idle_minutes = lock
            .as_ref()
            .filter(|_| !closed)
            .map(|lock| lock.idle_minutes);
        let (close, last_activity, warning) =
            (close.clone(), last_activity.clone(), warning.clone());
        use_effect_with(idle_minutes, move |idle_minutes| {
            warning.set(false);
            let watch = idle_minutes.map(|minutes| {
                last_activity.set(js_sys::Date::now());
                watch_activity(minutes, last_activity, warning, close)
            });
            move || drop(watch)
        });
    }

    let control = LockControl {
        lock,
        closed,
        damaged,
        warning: *warning && !closed,
        stay,
        lock_now,
        changed,
        notice: *notice,
    };
    html! {
        <ContextProvider<Rc<BrowserKeeper>> context={keeper.clone()}>
        <ContextProvider<LockControl> context={control}>
            if closed {
                { props.children.clone() }
            } else {
                <PlanBookProvider key={generation.0} keeper={keeper.clone()}>
                    { props.children.clone() }
                </PlanBookProvider>
            }
        </ContextProvider<LockControl>>
        </ContextProvider<Rc<BrowserKeeper>>>
    }
}

/// Listeners for activity, and a timer that warns a minute before `minutes` without any, then
/// closes the lock.
fn watch_activity(
    minutes: u32,
    last: Rc<Cell<f64>>,
    warning: UseStateHandle<bool>,
    close: Callback<()>,
) -> (Vec<EventListener>, Interval) {
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
        let idle = js_sys::Date::now() - last.get();
        if idle >= limit {
            warning.set(false);
            close.emit(());
        } else {
            warning.set(idle >= limit - WARN_SECONDS * 1000.0);
        }
    });
    (listeners, timer)
}
