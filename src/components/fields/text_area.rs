//! The multi-line text box, also the base of the list field.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::parts::{described_by, field_label, group_class, hint_html, ErrorMessage};

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or(5)]
    pub rows: u32,
    #[prop_or_default]
    pub is_heading: bool,
}

#[component]
pub fn TextArea(props: &TextAreaProps) -> Html {
    let oninput = {
        let callback = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            callback.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let label = field_label(
        &props.id,
        &props.label,
        props.is_heading,
        props.error.is_some(),
        &None,
    );
    html! {
        <div class={group_class(&props.error)}>
            { label }
            { hint_html(&props.id, &props.hint, &None) }
            <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
            <textarea
                class={classes!("govuk-textarea", props.error.is_some().then_some("govuk-textarea--error"))}
                id={props.id.clone()}
                name={props.id.clone()}
                rows={props.rows.to_string()}
                value={props.value.clone()}
                aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}
                {oninput}
            />
        </div>
    }
}
