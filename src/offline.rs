//! The service worker (`sw.js`, written by `scripts/after-build.mjs`) keeps the app working with
//! no network after the first visit. This registers it, says when a new release has been
//! downloaded and is waiting, and switches to it when the person chooses to reload.
//!
//! The old release keeps serving every file until then, so a page never runs a mix of two
//! releases' files. Service workers need a secure context (https, or localhost); elsewhere, for
//! example an intranet on plain http, the app simply runs online only. Nothing here can stop
//! the app: every browser refusal is caught and the app carries on without offline use.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::Callback;

const WORKER: &str = "./sw.js";

/// The browser's service worker container, if this page may use one. Read without calling the
/// getter directly: some browsers throw from it when storage is blocked.
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}

/// Awaits a promise, treating a rejection as nothing (so it is never reported as unhandled).
async fn settle(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Registers the service worker; `on_update` is called when a new release is waiting.
pub fn watch(on_update: Callback<()>) {
    let Some(container) = container() else {
        return;
    };
    let registering = container.register(WORKER);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else {
            // No sw.js (a development server) or the browser refused: the app works online.
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A release that arrived during an earlier visit is already waiting, or one is being
        // installed as this page loads.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update.emit(());
        }
        if let Some(installing) = registration.installing() {
            watch_worker(&installing, on_update.clone());
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            if let Some(installing) = watched.installing() {
                watch_worker(&installing, on_update.clone());
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // The listener lives as long as the page.
        on_found.forget();
        // Look for a new release now, not only on the next navigation.
        let _ = settle(registration.update()).await;
    });
}

/// Calls `on_update` once `worker` has installed while another release controls the page.
fn watch_worker(worker: &ServiceWorker, on_update: Callback<()>) {
    let watched = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let controlled = container().is_some_and(|c| c.controller().is_some());
        if watched.state() == ServiceWorkerState::Installed && controlled {
            on_update.emit(());
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    // The listener lives as long as the worker it watches.
    on_state.forget();
}

/// Hands over to the waiting release and reloads once it has taken over. If there is none
/// waiting (another tab took it over already), reloads at once: the new release is in charge.
pub fn apply_update() {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let Some(container) = container() else {
        reload();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Some(waiting) = waiting_release(&container).await else {
            reload();
            return;
        };
        let on_change = Closure::<dyn FnMut()>::new(reload);
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        if waiting
            .post_message(&JsValue::from_str("skip-waiting"))
            .is_err()
        {
            reload();
        }
    });
}

/// When the app cannot start (its configuration is newer than this release can read, say), a
/// release that is already downloaded and waiting is taken at once: it may read it.
pub fn take_waiting_release() {
    let Some(container) = container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if waiting_release(&container).await.is_some() {
            apply_update();
        }
    });
}

/// The release downloaded and waiting to take over, if there is one.
async fn waiting_release(container: &ServiceWorkerContainer) -> Option<ServiceWorker> {
    settle(Ok(container.get_registration()))
        .await?
        .dyn_into::<ServiceWorkerRegistration>()
        .ok()?
        .waiting()
}
