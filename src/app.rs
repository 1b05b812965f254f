//! The root component of every page: loads the council's configuration and the words of the
//! language the person reads, then shows the page's view with them. A broken configuration
//! shows a page that says so, never a blank screen; words that cannot be had leave the page in
//! the language it was in, saying so. The rule set in force is loaded by the pages that need it
//! ([`crate::rules_in_force`]), so the start page neither fetches nor checks it.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use sds_domain::wording::Language;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::config_loader;
use crate::i18n::{self, NotLoaded, Text};
use crate::language::{apply_to_page, remember, starting_language, LanguageChoice};
use crate::offline;
use crate::pages::service_unavailable::ServiceUnavailable;

enum Loading {
    Waiting,
    Ready(Rc<CouncilConfig>),
    /// The configuration cannot be used: the problems, for the council's web team.
    Broken(Vec<String>),
}

/// The words the app starts in, once at hand: the remembered language's, or English with the
/// language that could not be had.
#[derive(Clone)]
struct Starting {
    text: Rc<Text>,
    not_loaded: Option<&'static Language>,
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The page's view, shown once its files are at hand: passed in by each page's entry point
    /// (`start`, `start_plans`, `start_council`), so each wasm holds its own view and no
    /// other's.
    pub children: Html,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_state(|| Loading::Waiting);
    // The remembered language's catalogue is fetched beside the configuration, so the first page
    // (and the page "this service is not available") is in it, never English first; once the
    // files are read, `AppShell` holds the language and lets it be changed.
    let starting = use_state(|| None::<Starting>);
    {
        let starting = starting.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let words = match i18n::load(&starting_language()).await {
                    Ok(text) => Starting {
                        text,
                        not_loaded: None,
                    },
                    Err(not_loaded) => Starting {
                        text: Rc::new(Text::english()),
                        not_loaded: Some(said_not_loaded(not_loaded)),
                    },
                };
                // The page's language and direction before anything is drawn in it: the
                // configuration may be at hand already, so the next render draws the page.
                apply_to_page(&words.text);
                starting.set(Some(words));
            });
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match config_loader::load().await {
                    Ok(config) => Loading::Ready(Rc::new(config)),
                    Err(problems) => {
                        // A newer release may read what this one cannot.
                        offline::take_waiting_release();
                        Loading::Broken(problems)
                    }
                });
            });
        });
    }
    // Nothing is shown for the few milliseconds the files take to arrive, so the header never
    // flashes the wrong council's name, nor the page the wrong language.
    let Some(starting) = (*starting).clone() else {
        return waiting();
    };
    match &*state {
        Loading::Waiting => waiting(),
        Loading::Broken(problems) => html! {
            <ContextProvider<Rc<Text>> context={starting.text}>
                <ServiceUnavailable problems={problems.clone()} />
            </ContextProvider<Rc<Text>>>
        },
        Loading::Ready(config) => html! {
            <AppShell config={config.clone()} text={starting.text} not_loaded={starting.not_loaded}>
                { props.children.clone() }
            </AppShell>
        },
    }
}

/// What is shown while a page's files are fetched: nothing, for the few milliseconds they take.
pub(crate) fn waiting() -> Html {
    html! { <div class="app-loading" aria-busy="true"></div> }
}

/// Tells the council's web team, in the browser's console, why a language's words could not
/// be had; the person is told on the page.
fn said_not_loaded(not_loaded: NotLoaded) -> &'static Language {
    gloo::console::warn!(not_loaded.reason);
    not_loaded.language
}

#[derive(Properties, PartialEq)]
pub struct AppShellProps {
    pub config: Rc<CouncilConfig>,
    /// The words to start in: the remembered language's, fetched by [`App`]; English if not
    /// given.
    #[prop_or_else(|| Rc::new(Text::english()))]
    pub text: Rc<Text>,
    /// A language whose words could not be had at start, said on the page.
    #[prop_or_default]
    pub not_loaded: Option<&'static Language>,
    /// The page's view: see [`AppProps`].
    pub children: Html,
}

/// The app once its configuration is known: the contexts every view reads (the configuration
/// in the language in use, the words, the language choice) around the page's view. Separate
/// from [`App`] so browser tests can mount it with their own.
#[component]
pub fn AppShell(props: &AppShellProps) -> Html {
    use_effect_with(props.config.council.brand_colour, |colour| {
        set_brand_colour(&colour.to_string());
    });
    // The words in use. A language chosen is applied only once its words are at hand, so the
    // page stays whole in the language it was in while they are fetched, and stays so if they
    // cannot be had.
    // Applied to the page as it is taken, before anything is drawn in it (as `App` does at
    // start, and the choice below does), so no heading ever shows under the wrong `lang`.
    let text = use_state(|| {
        apply_to_page(&props.text);
        props.text.clone()
    });
    let loading = use_state(|| None::<&'static Language>);
    let not_loaded = use_state(|| props.not_loaded);
    // The last language chosen: a slow answer for an earlier choice must not override it.
    let latest = use_mut_ref(String::new);
    let language = text.language().to_owned();
    let config = use_memo((language.clone(), props.config.clone()), |(tag, config)| {
        Rc::new(config.in_language(tag).0)
    });
    let choice = LanguageChoice {
        current: language,
        loading: *loading,
        not_loaded: *not_loaded,
        choose: {
            let (text, loading, not_loaded) = (text.clone(), loading.clone(), not_loaded.clone());
            Callback::from(move |tag: String| {
                latest.replace(tag.clone());
                loading.set(Language::find(&tag));
                let (text, loading, not_loaded, latest) = (
                    text.clone(),
                    loading.clone(),
                    not_loaded.clone(),
                    latest.clone(),
                );
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = i18n::load(&tag).await;
                    if *latest.borrow() != tag {
                        return;
                    }
                    loading.set(None);
                    match loaded {
                        Ok(words) => {
                            remember(&tag);
                            not_loaded.set(None);
                            // As at start: the page's language before the page is drawn in it.
                            apply_to_page(&words);
                            text.set(words);
                        }
                        // The choice is not kept: the next visit tries the language kept before.
                        Err(problem) => not_loaded.set(Some(said_not_loaded(problem))),
                    }
                });
            })
        },
    };
    html! {
        <ContextProvider<Rc<CouncilConfig>> context={(*config).clone()}>
        <ContextProvider<Rc<Text>> context={(*text).clone()}>
        <ContextProvider<LanguageChoice> context={choice}>
            { props.children.clone() }
        </ContextProvider<LanguageChoice>>
        </ContextProvider<Rc<Text>>>
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
