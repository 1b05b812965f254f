//! A page's main heading. It names the page in the browser tab and, after moving between pages,
//! takes focus so a screen reader announces the new page and keyboard users start from the top
//! of its content (but not on first load, where the skip link should come first). When the
//! address asks for a field (`?focus=id`, from a link in "Check your plan"), that field takes
//! focus instead.

use std::cell::Cell;
use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::focus::focus_element;
use crate::i18n::use_text;

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
    /// For a question page whose one field's label is the heading: the field's id.
    #[prop_or_default]
    pub label_for: Option<AttrValue>,
    /// A caption above the heading, such as "Question 5 of 26".
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    /// The language of the heading's words when it is not the page's (a council's question
    /// not translated into the reader's language).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

/// The field the address asks to focus, if any.
#[hook]
pub fn use_focus_request() -> Option<String> {
    let location = use_location();
    location.and_then(|l| {
        l.query_str()
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("focus=").map(str::to_owned))
    })
}

#[component]
pub fn PageHeading(props: &PageHeadingProps) -> Html {
    let heading = use_node_ref();
    let config = use_context::<Rc<CouncilConfig>>();
    let error_prefix = use_text().get("error-prefix");
    let focus_request = use_focus_request();

    use_effect_with(
        (props.text.clone(), props.has_errors, config, error_prefix),
        |(text, has_errors, config, error_prefix)| {
            let mut title = String::new();
            if *has_errors {
                title.push_str(error_prefix);
                title.push(' ');
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
            let shown_before = A_PAGE_WAS_SHOWN.with(|shown| shown.replace(true));
            let field_focused = focus_request.is_some_and(|id| focus_element(&id));
            if shown_before && !field_focused {
                if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let caption = props.caption.as_ref().map(|caption| {
        html! {
            <span class="govuk-caption-l">{ caption }</span>
        }
    });
    match &props.label_for {
        Some(field) => html! {
            <>
                { caption }
                <h1 class="govuk-label-wrapper" tabindex="-1" ref={heading} lang={props.lang.clone()}>
                    <label class="govuk-label govuk-label--l" for={field.clone()}>{ &props.text }</label>
                </h1>
            </>
        },
        None => html! {
            <>
                { caption }
                <h1 class={props.class.clone()} tabindex="-1" ref={heading} lang={props.lang.clone()}>{ &props.text }</h1>
            </>
        },
    }
}
