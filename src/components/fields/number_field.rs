//! A whole number up to a limit.

use yew::prelude::*;

use super::text_field::TextField;
use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: u32,
    pub max: u32,
    pub onchange: Callback<u32>,
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
}

/// A whole number from 0 to `max`, kept as typed; given back as 0 while what is typed is not one
/// (so an old figure is never silently kept), with an error once the person leaves the box.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let text = use_text();
    let typed = use_state(|| props.value.to_string());
    let touched = use_state(|| false);
    let max = props.max;
    let read = move |value: &str| value.trim().parse::<u32>().ok().filter(|n| *n <= max);
    let error = (read(&typed).is_none() && *touched)
        .then(|| AttrValue::from(text.with("error-whole-number", &[("max", max.into())])));
    let oninput = {
        let (typed, callback) = (typed.clone(), props.onchange.clone());
        Callback::from(move |value: String| {
            // Not a whole number (yet): the plan has none, rather than the old one.
            callback.emit(read(&value).unwrap_or(0));
            typed.set(value);
        })
    };
    let onblur = {
        let touched = touched.clone();
        Callback::from(move |_: FocusEvent| touched.set(true))
    };
    html! {
        <TextField id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            value={(*typed).clone()} {oninput} {error} suffix={props.suffix.clone()}
            width="govuk-input--width-4" inputmode="numeric" spellcheck={false} onblur={Some(onblur)} />
    }
}
