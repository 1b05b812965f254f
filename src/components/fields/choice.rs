//! The choices offered by radios and checkboxes, and the ids their inputs share.

use yew::prelude::*;

/// One choice among radios or checkboxes.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    /// The label's language, where it is not the page's.
    pub lang: Option<AttrValue>,
}

impl Choice {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
            lang: None,
        }
    }

    /// The same choice with its label marked as in another language.
    pub fn in_language(mut self, lang: Option<AttrValue>) -> Choice {
        self.lang = lang;
        self
    }

    pub fn hinted(
        value: impl Into<AttrValue>,
        label: impl Into<AttrValue>,
        hint: impl Into<AttrValue>,
    ) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: Some(hint.into()),
            lang: None,
        }
    }
}

/// The id of the n-th input of a group: the first carries the group's own id, so an error
/// summary link to the group lands on it.
pub(super) fn item_id(id: &str, index: usize) -> String {
    if index == 0 {
        id.to_owned()
    } else {
        format!("{id}-{}", index + 1)
    }
}

/// The kind of group a choice's input is in, as GOV.UK names its classes.
#[derive(Clone, Copy)]
pub(super) enum Group {
    Radios,
    Checkboxes,
}

/// One choice's input, label and hint, the same for radios and checkboxes but for the input's
/// type and GOV.UK's class names: `id` is the input's, `name` the group's.
pub(super) fn choice_item(
    group: Group,
    name: &AttrValue,
    id: String,
    choice: &Choice,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let (kind, input_type) = match group {
        Group::Radios => ("radios", "radio"),
        Group::Checkboxes => ("checkboxes", "checkbox"),
    };
    let hint_id = format!("{id}-item-hint");
    html! {
        <div class={format!("govuk-{kind}__item")} key={choice.value.to_string()}>
            <input class={format!("govuk-{kind}__input")} id={id.clone()} name={name.clone()} type={input_type}
                value={choice.value.clone()} {checked}
                aria-describedby={choice.hint.as_ref().map(|_| hint_id.clone())}
                {onchange} />
            <label class={format!("govuk-label govuk-{kind}__label")} for={id} lang={choice.lang.clone()}>{ &choice.label }</label>
            if let Some(hint) = &choice.hint {
                <div id={hint_id} class={format!("govuk-hint govuk-{kind}__hint")}>{ hint }</div>
            }
        </div>
    }
}
