//! Every page's frame: skip link, the council's header, the service navigation, the language
//! choice, the update banner, the main content and the footer with the privacy promise. The
//! person's plans pages add their own banners around it ([`super::layout::Layout`]); the start
//! page and the council's page use it as it is, so their wasm holds none of the plans' code.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::language_select::{LanguageNotLoaded, LanguageSelect};
use crate::components::notification_banner::NotificationBanner;
use crate::components::{footer::Footer, header::Header};
use crate::i18n::use_text;
use crate::offline;

const MAIN_ID: &str = "main-content";

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    /// Banners about the device's plans, shown above the update banner.
    #[prop_or_default]
    pub banners: Html,
    pub children: Html,
}

#[component]
pub fn Frame(props: &FrameProps) -> Html {
    html! {
        <>
            <SkipLink />
            <Header />
            <div class="govuk-width-container">
                <LanguageSelect />
                <LanguageNotLoaded />
                { props.banners.clone() }
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
        <NotificationBanner id="update-banner" quiet=true heading={text.get("update-available")}>
            <button type="button" class="govuk-button govuk-!-margin-bottom-0" onclick={reload}>{ text.get("update-reload") }</button>
        </NotificationBanner>
    }
}

/// "Skip to main content". The router owns the address's fragment, so rather than following
/// `#main-content` (which would change page) the link moves focus to the main content itself.
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
