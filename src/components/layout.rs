//! Every page's frame: skip link, the council's header, the service navigation, the main
//! content and the footer with the privacy promise.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{footer::Footer, header::Header};

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
                <main class="govuk-main-wrapper" id={MAIN_ID} tabindex="-1">
                    { props.children.clone() }
                </main>
            </div>
            <Footer />
        </>
    }
}

/// "Skip to main content". The router owns the address's fragment, so rather than following
/// `#main-content` (which would change page) the link moves focus to the main content itself.
#[component]
fn SkipLink() -> Html {
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
        <a href={format!("#{MAIN_ID}")} class="govuk-skip-link" {onclick}>{ "Skip to main content" }</a>
    }
}
