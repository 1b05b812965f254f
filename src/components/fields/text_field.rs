//! The one-line text box, also the base of the money and whole-number fields.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::parts::{described_by, field_label, group_class, hint_html, ErrorMessage};
use super::words_lang::WordsLang;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    /// A GOV.UK width class such as "govuk-input--width-10"; full width when absent.
    #[prop_or_default]
    pub width: Option<&'static str>,
    #[prop_or_default]
    pub autocomplete: Option<&'static str>,
    #[prop_or_default]
    pub inputmode: Option<&'static str>,
    /// Shown before the box, like "£".
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Shown after the box, like "hours".
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// The label is the page's heading (a question page with one field).
    #[prop_or_default]
    pub is_heading: bool,
    #[prop_or_default]
    pub spellcheck: Option<bool>,
    #[prop_or_default]
    pub onblur: Option<Callback<FocusEvent>>,
    /// "password" for a passphrase; "text" when absent.
    #[prop_or_default]
    pub input_type: Option<&'static str>,
    /// The languages of the label (or legend) and hint, where not the page's.
    #[prop_or_default]
    pub words_lang: WordsLang,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = {
        let callback = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            callback.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let label = field_label(
        &props.id,
        &props.label,
        props.is_heading,
        props.error.is_some(),
        &props.words_lang.label,
    );
    let input = html! {
        <input
            class={classes!("govuk-input", props.width, props.error.is_some().then_some("govuk-input--error"))}
            id={props.id.clone()}
            name={props.id.clone()}
            type={props.input_type.unwrap_or("text")}
            value={props.value.clone()}
            autocomplete={props.autocomplete}
            inputmode={props.inputmode}
            spellcheck={props.spellcheck.map(|s| if s { "true" } else { "false" })}
            aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}
            {oninput}
            onblur={props.onblur.clone()}
        />
    };
    html! {
        <div class={group_class(&props.error)}>
            { label }
            { hint_html(&props.id, &props.hint, &props.words_lang.hint) }
            <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
            if props.prefix.is_some() || props.suffix.is_some() {
                <div class="govuk-input__wrapper">
                    if let Some(prefix) = &props.prefix {
                        <div class="govuk-input__prefix" aria-hidden="true">{ prefix }</div>
                    }
                    { input }
                    if let Some(suffix) = &props.suffix {
                        <div class="govuk-input__suffix" aria-hidden="true">{ suffix }</div>
                    }
                </div>
            } else {
                { input }
            }
        </div>
    }
}
