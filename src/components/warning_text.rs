//! The GOV.UK warning text: an important point, with "Warning" read out before it.

use yew::prelude::*;

use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct WarningTextProps {
    pub text: AttrValue,
}

#[component]
pub fn WarningText(props: &WarningTextProps) -> Html {
    let text = use_text();
    html! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{ text.get("warning") }</span>
                { &props.text }
            </strong>
        </div>
    }
}
