//! A page's main heading. It names the page in the browser tab and, after moving between pages,
//! takes focus so a screen reader announces the new page and keyboard users start from the top
//! of its content (but not on first load, where the skip link should come first).

use std::cell::Cell;
use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;

thread_local! {
    static A_PAGE_WAS_SHOWN: Cell<bool> = const { Cell::new(false) };
}

#[derive(Properties, PartialEq)]
pub struct PageHeadingProps {
    pub text: AttrValue,
    #[prop_or(classes!("govuk-heading-xl"))]
    pub class: Classes,
    /// Puts "Error: " before the tab title while the page shows errors, as GOV.UK pages do.
    #[prop_or_default]
    pub has_errors: bool,
}

#[component]
pub fn PageHeading(props: &PageHeadingProps) -> Html {
    let heading = use_node_ref();
    let config = use_context::<Rc<CouncilConfig>>();

    use_effect_with(
        (props.text.clone(), props.has_errors, config),
        |(text, has_errors, config)| {
            let mut title = String::new();
            if *has_errors {
                title.push_str("Error: ");
            }
            title.push_str(text);
            if let Some(config) = config {
                if config.service.name.as_str() != text.as_str() {
                    title.push_str(&format!(" - {}", config.service.name));
                }
                title.push_str(&format!(" - {}", config.council.name));
            }
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(&title);
            }
        },
    );
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if A_PAGE_WAS_SHOWN.with(|shown| shown.replace(true)) {
                if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    html! {
        <h1 class={props.class.clone()} tabindex="-1" ref={heading}>{ &props.text }</h1>
    }
}
