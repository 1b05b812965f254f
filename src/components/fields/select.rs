//! A drop-down list of options.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::parts::{described_by, group_class, hint_html, ErrorMessage};

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// `(value, label)`; an empty value means "none chosen".
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
}

#[component]
pub fn Select(props: &SelectProps) -> Html {
    let onchange = {
        let callback = props.onchange.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            callback.emit(select.value());
        })
    };
    html! {
        <div class={group_class(&props.error)}>
            <label class="govuk-label" for={props.id.clone()}>{ &props.label }</label>
            { hint_html(&props.id, &props.hint, &None) }
            <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
            <select class={classes!("govuk-select", props.error.is_some().then_some("govuk-select--error"))}
                id={props.id.clone()} name={props.id.clone()}
                aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}
                {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label }</option>
                }) }
            </select>
        </div>
    }
}
