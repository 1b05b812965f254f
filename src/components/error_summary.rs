//! The GOV.UK error summary: listed at the top of a form when it cannot be accepted, focused so
//! the problem is announced, each problem a link to its field.
//!
//! The links cannot be plain `#field` fragments, because the app's router owns the address's
//! fragment; each link moves focus to its field itself instead.

use yew::prelude::*;

use crate::components::focus::focus_element;
use crate::i18n::use_text;

#[derive(Clone, PartialEq)]
pub struct FieldError {
    /// The id of the input the error is about (for a group of radios, the first one).
    pub field_id: AttrValue,
    pub message: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
    /// Changes on every failed submission, so focus returns to the summary each time.
    pub attempt: u32,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let text = use_text();
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(props.attempt, move |_| {
            if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="govuk-error-summary" tabindex="-1" ref={summary}>
            <div role="alert">
                <h2 class="govuk-error-summary__title">{ text.get("error-summary-title") }</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">
                        { for props.errors.iter().map(error_link) }
                    </ul>
                </div>
            </div>
        </div>
    }
}

fn error_link(error: &FieldError) -> Html {
    let field_id = error.field_id.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        focus_element(&field_id);
    });
    html! {
        <li><a href={format!("#{}", error.field_id)} {onclick}>{ &error.message }</a></li>
    }
}
