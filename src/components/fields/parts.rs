//! The pieces every field shares: the label (or the page heading holding it), the hint, the
//! error message and the ids that tie them to the field with `aria-describedby`. Kept in one
//! place so every field, and the file field, announces its hint and error the same way.

use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::use_text;

/// `aria-describedby` for a field with an optional hint and error.
pub(crate) fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

pub(crate) fn hint_html(id: &str, hint: &Option<AttrValue>, lang: &Option<AttrValue>) -> Html {
    match hint {
        Some(hint) => {
            html! { <div id={format!("{id}-hint")} class="govuk-hint" lang={lang.clone()}>{ hint }</div> }
        }
        None => html! {},
    }
}

#[component]
pub(crate) fn ErrorMessage(props: &ErrorMessageProps) -> Html {
    let text = use_text();
    match &props.error {
        Some(error) => html! {
            <p id={format!("{}-error", props.id)} class="govuk-error-message">
                <span class="govuk-visually-hidden">{ text.get("error-prefix") }</span>
                { error }
            </p>
        },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct ErrorMessageProps {
    pub id: AttrValue,
    pub error: Option<AttrValue>,
}

/// A field's label, or, on a question page whose one field it is, the page heading holding it.
pub(super) fn field_label(
    id: &AttrValue,
    label: &AttrValue,
    is_heading: bool,
    has_error: bool,
    lang: &Option<AttrValue>,
) -> Html {
    if is_heading {
        html! { <PageHeading text={label.clone()} label_for={id.clone()} has_errors={has_error} lang={lang.clone()} /> }
    } else {
        html! { <label class="govuk-label" for={id.clone()} lang={lang.clone()}>{ label }</label> }
    }
}

/// The GOV.UK form group around a field, marked when the field has an error.
pub(super) fn group_class(error: &Option<AttrValue>) -> Classes {
    classes!(
        "govuk-form-group",
        error.is_some().then_some("govuk-form-group--error")
    )
}
