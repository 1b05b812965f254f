//! The root component: loads the council's configuration, then shows the routed pages inside the
//! council's layout. A broken configuration shows a page that says so, never a blank screen.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::Layout;
use crate::config_loader;
use crate::pages::service_unavailable::ServiceUnavailable;
use crate::routes::{switch, Route};

enum ConfigState {
    Loading,
    Ready(Rc<CouncilConfig>),
    Broken(Vec<String>),
}

#[component]
pub fn App() -> Html {
    let state = use_state(|| ConfigState::Loading);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match config_loader::load().await {
                    Ok(config) => ConfigState::Ready(Rc::new(config)),
                    Err(problems) => ConfigState::Broken(problems),
                });
            });
        });
    }
    match &*state {
        // Nothing is shown for the few milliseconds the configuration takes to arrive, so the
        // header never flashes the wrong council's name.
        ConfigState::Loading => html! { <div class="app-loading" aria-busy="true"></div> },
        ConfigState::Broken(problems) => {
            html! { <ServiceUnavailable problems={problems.clone()} /> }
        }
        ConfigState::Ready(config) => html! { <AppShell config={config.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct AppShellProps {
    pub config: Rc<CouncilConfig>,
}

/// The app once its configuration is known. Separate from [`App`] so browser tests can mount it
/// with a configuration of their own.
#[component]
pub fn AppShell(props: &AppShellProps) -> Html {
    use_effect_with(props.config.council.brand_colour, |colour| {
        set_brand_colour(&colour.to_string());
    });
    html! {
        <ContextProvider<Rc<CouncilConfig>> context={props.config.clone()}>
            <HashRouter>
                <Layout>
                    <Switch<Route> render={switch} />
                </Layout>
            </HashRouter>
        </ContextProvider<Rc<CouncilConfig>>>
    }
}

/// Sets the header colour as a CSS custom property through the CSS object model, which a strict
/// Content-Security-Policy allows (an inline `style` attribute would not be).
fn set_brand_colour(colour: &str) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        // Failure leaves the near-black fallback, which is still readable.
        let _ = root.style().set_property("--council-brand", colour);
    }
}
