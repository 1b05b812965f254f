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
    /// Fields shown under the choice while it is chosen (GOV.UK's conditional reveal).
    pub conditional: Option<Html>,
}

impl Choice {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
            lang: None,
            conditional: None,
        }
    }

    /// The same choice, showing `fields` under it while it is chosen.
    pub fn revealing(mut self, fields: Html) -> Choice {
        self.conditional = Some(fields);
        self
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
            conditional: None,
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
    let conditional_id = format!("conditional-{id}");
    // The revealed fields are drawn only while the choice is chosen, so each time it is chosen
    // they start from the plan; the empty, hidden place stays so `aria-controls` always names
    // an element.
    let conditional = choice.conditional.as_ref().map(|fields| {
        html! {
            <div class={classes!(format!("govuk-{kind}__conditional"), (!checked).then(|| format!("govuk-{kind}__conditional--hidden")))}
                id={conditional_id.clone()} hidden={!checked}>
                if checked {
                    { fields.clone() }
                }
            </div>
        }
    });
    html! {
        <key={choice.value.to_string()}>
            <div class={format!("govuk-{kind}__item")}>
                <input class={format!("govuk-{kind}__input")} id={id.clone()} name={name.clone()} type={input_type}
                    value={choice.value.clone()} {checked}
                    aria-describedby={choice.hint.as_ref().map(|_| hint_id.clone())}
                    aria-controls={conditional.as_ref().map(|_| conditional_id.clone())}
                    {onchange} />
                <label class={format!("govuk-label govuk-{kind}__label")} for={id} lang={choice.lang.clone()}>{ &choice.label }</label>
                if let Some(hint) = &choice.hint {
                    <div id={hint_id} class={format!("govuk-hint govuk-{kind}__hint")}>{ hint }</div>
                }
            </div>
            { conditional }
        </>
    }
}
