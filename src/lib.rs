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

pub use app::{App, AppShell, AppShellProps};
pub use routes::Route;

/// Mounts the app into `<div id="app">` in index.html, replacing its no-JavaScript message.
pub fn start() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    if let Some(root) = root {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
    }
}
