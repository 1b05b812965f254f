//! The language marks on a field's own words, apart from the fields, since every field
//! carries them.

use yew::prelude::*;

/// The languages of a field's own words where they are not the page's: a council's question
/// left in its rule set's language is marked as such (WCAG 3.1.2), part by part.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordsLang {
    pub label: Option<AttrValue>,
    pub hint: Option<AttrValue>,
}
