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
