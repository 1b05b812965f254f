//! An amount of money, typed in pounds and pence.

use sds_domain::money::{minor_as_input, parse_major};
use yew::prelude::*;

use super::text_field::TextField;
use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct MoneyFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The amount in minor units, if one is set.
    pub value: Option<i64>,
    pub minor_digits: u32,
    pub onchange: Callback<Option<i64>>,
    #[prop_or_default]
    pub is_heading: bool,
    /// An error from outside (for example "enter an amount" on submitting).
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// An amount of money: typed in pounds and pence, given back in minor units (`None` while what
/// is typed is not an amount, so the plan never keeps an old figure the person has changed). What
/// is typed is kept as typed; an error shows once the person leaves a box that is not an amount.
#[component]
pub fn MoneyField(props: &MoneyFieldProps) -> Html {
    let text = use_text();
    let typed = use_state(|| {
        props
            .value
            .map(|v| minor_as_input(v, props.minor_digits))
            .unwrap_or_default()
    });
    let touched = use_state(|| false);
    let digits = props.minor_digits;
    let unreadable = !typed.trim().is_empty() && parse_major(&typed, digits).is_none();
    let oninput = {
        let (typed, callback) = (typed.clone(), props.onchange.clone());
        Callback::from(move |value: String| {
            // Not an amount (yet): the plan has none, rather than the old one.
            callback.emit(parse_major(&value, digits));
            typed.set(value);
        })
    };
    let onblur = {
        let touched = touched.clone();
        Callback::from(move |_: FocusEvent| touched.set(true))
    };
    let error = if unreadable && *touched {
        Some(AttrValue::from(text.get("error-amount")))
    } else {
        props.error.clone()
    };
    html! {
        <TextField id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            value={(*typed).clone()} {oninput} {error} prefix={text.get("currency-symbol")}
            width="govuk-input--width-10" inputmode="decimal" spellcheck={false}
            is_heading={props.is_heading} onblur={Some(onblur)} />
    }
}
