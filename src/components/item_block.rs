//! One of several items edited on a page (an outcome, a risk, a contact, an action): its
//! heading, its fields, and a button to remove it that says which item it removes.

use yew::prelude::*;

use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct ItemBlockProps {
    /// "Outcome 2", "Risk 1": also read out after "Remove" by screen readers.
    pub heading: AttrValue,
    /// The heading's level class: `govuk-heading-m` for a page's main items, `-s` below that.
    #[prop_or(classes!("govuk-heading-m"))]
    pub heading_class: Classes,
    pub onremove: Callback<MouseEvent>,
    pub children: Html,
}

#[component]
pub fn ItemBlock(props: &ItemBlockProps) -> Html {
    let text = use_text();
    let heading = if props.heading_class.contains("govuk-heading-s") {
        html! { <h3 class={props.heading_class.clone()}>{ &props.heading }</h3> }
    } else {
        html! { <h2 class={props.heading_class.clone()}>{ &props.heading }</h2> }
    };
    html! {
        <div class="app-item">
            { heading }
            { props.children.clone() }
            <button type="button" class="govuk-button govuk-button--secondary" onclick={props.onremove.clone()}>
                { text.get("remove") }<span class="govuk-visually-hidden">{ format!(" {}", props.heading) }</span>
            </button>
        </div>
    }
}

/// A row of a GOV.UK summary list: a key and its value.
pub fn summary_row(key: String, value: Html) -> Html {
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ key }</dt>
            <dd class="govuk-summary-list__value">{ value }</dd>
        </div>
    }
}
