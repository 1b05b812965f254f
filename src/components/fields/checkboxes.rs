//! Checkboxes: any of several choices, given back in the order they are offered.

use yew::prelude::*;

use super::choice::{choice_item, item_id, Choice, Group};
use super::fieldset::Fieldset;
use super::words_lang::WordsLang;

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub choices: Vec<Choice>,
    pub selected: Vec<String>,
    pub onchange: Callback<Vec<String>>,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub is_heading: bool,
    /// The languages of the label (or legend) and hint, where not the page's.
    #[prop_or_default]
    pub words_lang: WordsLang,
    /// A smaller legend, under a section heading of its own.
    #[prop_or_default]
    pub small_legend: bool,
}

#[component]
pub fn Checkboxes(props: &CheckboxesProps) -> Html {
    let items = props.choices.iter().enumerate().map(|(index, choice)| {
        let id = item_id(&props.id, index);
        let checked = props
            .selected
            .iter()
            .any(|s| s.as_str() == choice.value.as_str());
        let onchange = {
            let callback = props.onchange.clone();
            let value = choice.value.to_string();
            let selected = props.selected.clone();
            let order: Vec<String> = props.choices.iter().map(|c| c.value.to_string()).collect();
            Callback::from(move |_: Event| {
                let mut next: Vec<String> = if checked {
                    selected.iter().filter(|s| **s != value).cloned().collect()
                } else {
                    selected.iter().cloned().chain([value.clone()]).collect()
                };
                // A value with no box on the page (an outcome since removed) goes.
                next.retain(|v| order.contains(v));
                next.sort_by_key(|v| order.iter().position(|o| o == v));
                callback.emit(next);
            })
        };
        choice_item(Group::Checkboxes, &props.id, id, choice, checked, onchange)
    });
    html! {
        <Fieldset id={props.id.clone()} legend={props.legend.clone()} hint={props.hint.clone()}
            error={props.error.clone()} is_heading={props.is_heading} caption={props.caption.clone()}
            words_lang={props.words_lang.clone()} small_legend={props.small_legend}>
            <div class="govuk-checkboxes">{ for items }</div>
        </Fieldset>
    }
}
