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
pub mod state;
pub mod storage;

pub use app::{App, AppProps, AppShell, AppShellProps};
pub use routes::Route;

use yew::html;

/// Mounts the person's app (index.html, `src/main.rs`).
pub fn start() {
    mount(html! { <pages::PersonApp /> });
}

/// Mounts the council's page (council.html, `src/bin/council.rs`). A function of its own, so
/// only the council's binary reaches the council view and the person's wasm leaves it out.
pub fn start_council() {
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
