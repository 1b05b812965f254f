//! The service worker (`sw.js`, written by `scripts/after-build.mjs`) keeps the app working with
//! no network after the first visit. This registers it, says when a new release has been
//! downloaded and is waiting, and switches to it when the person chooses to reload.
//!
//! The old release keeps serving every file until then, so a page never runs a mix of two
//! releases' files. Service workers need a secure context (https, or localhost); elsewhere, for
//! example an intranet on plain http, the app simply runs online only.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};
use yew::Callback;

const WORKER: &str = "./sw.js";

/// The browser's service worker container, if this page may use one.
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .then(|| navigator.service_worker())
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
        // A release that arrived during an earlier visit is already waiting.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update.emit(());
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update = on_update.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                // Installed while another release controls the page: it waits for the person.
                let controlled = container_controls();
                if worker.state() == ServiceWorkerState::Installed && controlled {
                    on_update.emit(());
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            // The listener lives as long as the worker it watches.
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        // Look for a new release now, not only on the next navigation.
        let _ = registration.update();
    });
}

fn container_controls() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Hands over to the waiting release and reloads the page once it has taken over.
pub fn apply_update() {
    let Some(container) = container() else {
        return;
    };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let registration: Option<ServiceWorkerRegistration> = registration.dyn_into().ok();
        if let Some(waiting) = registration.and_then(|r| r.waiting()) {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}
