//! The root component: loads the council's configuration and rule set, then shows the routed
//! pages inside the council's layout. A broken configuration or rule set shows a page that says
//! so, never a blank screen.

use std::rc::Rc;

use sds_domain::config::{Contact, CouncilConfig};
use sds_domain::rules::{RuleSet, Untranslated};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::device_gate::{DeviceGate, LockControl};
use crate::components::layout::Layout;
use crate::config_loader;
use crate::i18n::Text;
use crate::language::{apply_to_page, remember, starting_language, LanguageChoice};
use crate::offline;
use crate::pages::service_unavailable::ServiceUnavailable;
use crate::pages::switch;
use crate::pages::unlock::Unlock;
use crate::routes::Route;

enum Loading {
    Waiting,
    Ready(Rc<CouncilConfig>, Rc<RuleSet>),
    Broken(Vec<String>, Option<Contact>),
}

#[component]
pub fn App() -> Html {
    let state = use_state(|| Loading::Waiting);
    // The page "this service is not available" is in the remembered language too; once the
    // files are read, `AppShell` holds the language and lets it be changed.
    let text = use_memo((), |_| Rc::new(Text::for_tag(&starting_language())));
    use_effect_with(text.clone(), |text| apply_to_page(text));
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match config_loader::load().await {
                    Ok((config, rules)) => {
                        config_loader::keep_for_offline(&config);
                        Loading::Ready(Rc::new(config), Rc::new(rules))
                    }
                    Err(unavailable) => {
                        // A newer release may read what this one cannot.
                        offline::take_waiting_release();
                        Loading::Broken(unavailable.problems, unavailable.contact)
                    }
                });
            });
        });
    }
    match &*state {
        // Nothing is shown for the few milliseconds the files take to arrive, so the header
        // never flashes the wrong council's name.
        Loading::Waiting => html! { <div class="app-loading" aria-busy="true"></div> },
        Loading::Broken(problems, contact) => html! {
            <ContextProvider<Rc<Text>> context={(*text).clone()}>
                <ServiceUnavailable problems={problems.clone()} contact={contact.clone()} />
            </ContextProvider<Rc<Text>>>
        },
        Loading::Ready(config, rules) => html! {
            <AppShell config={config.clone()} rules={rules.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct AppShellProps {
    pub config: Rc<CouncilConfig>,
    pub rules: Rc<RuleSet>,
}

/// The app once its configuration and rule set are known. Separate from [`App`] so browser
/// tests can mount it with their own.
#[component]
pub fn AppShell(props: &AppShellProps) -> Html {
    use_effect_with(props.config.council.brand_colour, |colour| {
        set_brand_colour(&colour.to_string());
    });
    let language = use_state(starting_language);
    let text = use_memo((*language).clone(), |tag| Rc::new(Text::for_tag(tag)));
    let config = use_memo(
        ((*language).clone(), props.config.clone()),
        |(tag, config)| Rc::new(config.in_language(tag).0),
    );
    // The council's words in the same language, where its rule set has them.
    let words = use_memo(
        ((*language).clone(), props.rules.clone()),
        |(tag, rules)| {
            let (rules, untranslated) = rules.in_language(tag);
            (Rc::new(rules), Rc::new(untranslated))
        },
    );
    use_effect_with(text.clone(), |text| apply_to_page(text));
    let choice = LanguageChoice {
        current: (*language).clone(),
        choose: {
            let language = language.clone();
            Callback::from(move |tag: String| {
                remember(&tag);
                language.set(tag);
            })
        },
    };
    html! {
        <ContextProvider<Rc<CouncilConfig>> context={(*config).clone()}>
        <ContextProvider<Rc<RuleSet>> context={words.0.clone()}>
        <ContextProvider<Rc<Untranslated>> context={words.1.clone()}>
        <ContextProvider<Rc<Text>> context={(*text).clone()}>
        <ContextProvider<LanguageChoice> context={choice}>
            <HashRouter>
                <DeviceGate>
                    <Layout>
                        <Pages />
                    </Layout>
                </DeviceGate>
            </HashRouter>
        </ContextProvider<LanguageChoice>>
        </ContextProvider<Rc<Text>>>
        </ContextProvider<Rc<Untranslated>>>
        </ContextProvider<Rc<RuleSet>>>
        </ContextProvider<Rc<CouncilConfig>>>
    }
}

/// The routed page, or the unlock page while the lock is closed. The council's view keeps
/// nothing on the device, and removing everything is how a forgotten passphrase is got past,
/// so both work while locked, as does the old address of removing everything, which moves on
/// to it.
#[component]
fn Pages() -> Html {
    let closed = use_context::<LockControl>().is_some_and(|control| control.closed);
    let route = use_route::<Route>();
    if closed
        && !matches!(
            route,
            Some(Route::Council | Route::RemoveAll | Route::OldRemoveAll)
        )
    {
        return html! { <Unlock /> };
    }
    html! { <Switch<Route> render={switch} /> }
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
