//! Radios: one choice of several.

use yew::prelude::*;

use super::choice::{choice_item, item_id, Choice, Group};
use super::fieldset::Fieldset;
use super::words_lang::WordsLang;

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub choices: Vec<Choice>,
    pub selected: Option<AttrValue>,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub is_heading: bool,
    #[prop_or_default]
    pub inline: bool,
    /// The languages of the label (or legend) and hint, where not the page's.
    #[prop_or_default]
    pub words_lang: WordsLang,
}

#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let items = props.choices.iter().enumerate().map(|(index, choice)| {
        let id = item_id(&props.id, index);
        let onchange = {
            let callback = props.onchange.clone();
            let value = choice.value.to_string();
            Callback::from(move |_: Event| callback.emit(value.clone()))
        };
        let checked = props.selected.as_ref() == Some(&choice.value);
        choice_item(Group::Radios, &props.id, id, choice, checked, onchange)
    });
    html! {
        <Fieldset id={props.id.clone()} legend={props.legend.clone()} hint={props.hint.clone()}
            error={props.error.clone()} is_heading={props.is_heading} caption={props.caption.clone()}
            words_lang={props.words_lang.clone()}>
            <div class={classes!("govuk-radios", props.inline.then_some("govuk-radios--inline"))}>
                { for items }
            </div>
        </Fieldset>
    }
}
