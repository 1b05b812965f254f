//! A table of choices from the application layer as radio buttons or checkboxes: each value's
//! stored name as the input's value, its catalogue words as the label and hint.

use sds_app::choices::Choosable;

use crate::components::fields::Choice;
use crate::i18n::Text;

/// The choices of `T` that `offered` allows, in the table's order.
pub fn choice_list<T: Choosable>(text: &Text, offered: impl Fn(T) -> bool) -> Vec<Choice> {
    T::ALL
        .iter()
        .filter(|entry| offered(entry.value))
        .map(|entry| match entry.hint {
            Some(hint) => Choice::hinted(entry.name, text.get(entry.key), text.get(hint)),
            None => Choice::new(entry.name, text.get(entry.key)),
        })
        .collect()
}
