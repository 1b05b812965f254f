//! The support planner's browser shell: Yew components over the `sds_domain` core.
//!
//! Nothing here decides anything about budgets or plans; it renders what the domain computes,
//! keeps it in the browser's storage, and moves between pages. The whole crate is for wasm32.
#![cfg(target_arch = "wasm32")]

mod app;
pub mod clock;
pub mod components;
mod config_loader;
pub mod i18n;
pub mod keeper;
pub mod language;
mod offline;
pub mod pages;
pub mod plans;
mod routes;
pub mod rules_in_force;
pub mod state;
pub mod storage;

pub use app::{App, AppProps, AppShell, AppShellProps};
pub use routes::Route;

use yew::html;

/// Mounts the start page (index.html, `src/main.rs`). An address of the plans page moves on to
/// it: a bookmark from before the start page was a page of its own (`index.html#/plans/...`) at
/// once, before anything is fetched, and one typed in while the start page is open as it is.
pub fn start() {
    if to_plans_page() {
        return;
    }
    if let Some(window) = web_sys::window() {
        // The page's lifetime.
        gloo::events::EventListener::new(&window, "hashchange", |_| {
            to_plans_page();
        })
        .forget();
    }
    // Only the start page's own words: see `i18n::compile_in`.
    i18n::compile_in(i18n::START_PAGE_ENGLISH);
    mount(html! { <pages::StartApp /> });
}

/// Swaps an address of the plans page for the page itself, in place (the council view's first
/// address, `#/council`, for the council's page); whether it did.
fn to_plans_page() -> bool {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return false;
    };
    let hash = location.hash().unwrap_or_default();
    let page = match hash.as_str() {
        "#/council" => routes::COUNCIL_PAGE.to_owned(),
        // Not the start page's own route, nor a fragment of the page (the skip link's).
        route if route.starts_with("#/") && route != "#/" => {
            format!("{}{route}", routes::PLANS_PAGE)
        }
        _ => return false,
    };
    let _ = location.replace(&page);
    true
}

/// Mounts the person's plans pages (plans.html, `src/bin/plans.rs`).
pub fn start_plans() {
    i18n::compile_in(sds_domain::wording::ENGLISH_SOURCE);
    mount(html! { <pages::PersonApp /> });
}

/// Mounts the council's page (council.html, `src/bin/council.rs`). A function of its own, so
/// only the council's binary reaches the council view and the person's wasm leaves it out.
pub fn start_council() {
    i18n::compile_in(sds_domain::wording::ENGLISH_SOURCE);
    mount(html! { <pages::council::CouncilApp /> });
}

/// Mounts a page's view into `<div id="app">`, replacing its no-JavaScript message.
fn mount(view: yew::Html) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    if let Some(root) = root {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, AppProps { children: view }).render();
    }
}
