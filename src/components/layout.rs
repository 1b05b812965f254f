//! Every page's frame: skip link, the council's header, the service navigation, the main
//! content and the footer with the privacy promise.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{footer::Footer, header::Header};
use crate::i18n::use_text;
use crate::offline;
use crate::state::use_plan_book;

const MAIN_ID: &str = "main-content";

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    html! {
        <>
            <SkipLink />
            <Header />
            <div class="govuk-width-container">
                <StorageBanner />
                <UpdateBanner />
                <main class="govuk-main-wrapper" id={MAIN_ID} tabindex="-1">
                    { props.children.clone() }
                </main>
            </div>
            <Footer />
        </>
    }
}

/// Offers a new release once it has been downloaded. Everything the person typed is saved
/// already, so reloading loses nothing.
#[component]
pub fn UpdateBanner() -> Html {
    let text = use_text();
    let waiting = use_state(|| false);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            offline::watch(Callback::from(move |()| waiting.set(true)));
        });
    }
    if !*waiting {
        return html! {};
    }
    let reload = Callback::from(|_: MouseEvent| offline::apply_update());
    html! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="update-banner-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="update-banner-title">{ text.get("banner-important") }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ text.get("update-available") }</p>
                <button type="button" class="govuk-button govuk-!-margin-bottom-0" onclick={reload}>{ text.get("update-reload") }</button>
            </div>
        </div>
    }
}

/// "Skip to main content". The router owns the address's fragment, so rather than following
/// `#main-content` (which would change page) the link moves focus to the main content itself.
/// Says, on every page, when the browser is not keeping what the person enters.
#[component]
fn StorageBanner() -> Html {
    let text = use_text();
    let Some(problem) = use_plan_book().and_then(|book| book.storage_problem.clone()) else {
        return html! {};
    };
    html! {
        <div class="govuk-notification-banner" role="alert" aria-labelledby="storage-banner-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="storage-banner-title">{ text.get("banner-important") }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ text.get(problem.message_key()) }</p>
            </div>
        </div>
    }
}

#[component]
fn SkipLink() -> Html {
    let text = use_text();
    let onclick = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(MAIN_ID))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            let _ = main.focus();
        }
    });
    html! {
        <a href={format!("#{MAIN_ID}")} class="govuk-skip-link" {onclick}>{ text.get("skip-link") }</a>
    }
}
