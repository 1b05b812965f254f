//! A table of choices from the application layer as radio buttons or checkboxes: each value's
//! stored name as the input's value, its catalogue words as the label and hint.

use sds_app::choices::{management_words, Choosable};
use sds_domain::rules::format::{ManagementOption, Scheme};

use crate::components::fields::Choice;
use crate::i18n::Text;

/// The choices of `T` that `offered` allows, in the table's order.
pub fn choice_list<T: Choosable>(text: &Text, offered: impl Fn(T) -> bool) -> Vec<Choice> {
    words_list(text, offered, |value: T| (value.key(), value.hint()))
}

/// The ways of managing the money that `offered` allows, named as the council's scheme names
/// them (Scotland's four options, say).
pub fn management_choices(
    text: &Text,
    scheme: Scheme,
    offered: impl Fn(ManagementOption) -> bool,
) -> Vec<Choice> {
    words_list(text, offered, |option| management_words(option, scheme))
}

/// The choices of `T` that `offered` allows, each said with the keys `words` gives.
fn words_list<T: Choosable>(
    text: &Text,
    offered: impl Fn(T) -> bool,
    words: impl Fn(T) -> (&'static str, Option<&'static str>),
) -> Vec<Choice> {
    T::ALL
        .iter()
        .filter(|entry| offered(entry.value))
        .map(|entry| match words(entry.value) {
            (key, Some(hint)) => Choice::hinted(entry.name, text.get(key), text.get(hint)),
            (key, None) => Choice::new(entry.name, text.get(key)),
        })
        .collect()
}
