//! The message catalogue in the app: the domain's [`Catalogue`] for the language the person
//! chose, shared with every component through context. Every word the app shows comes from
//! `locales/<language>.ftl`, so a language is added by adding a file, without touching a
//! component.

use sds_domain::wording::Catalogue;
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// The catalogue every component reads, in the chosen language.
pub struct Text(Catalogue);

impl Text {
    /// The catalogue for a language tag, or English for a tag the app does not have (or, in a
    /// broken build, an empty catalogue that shows keys, which the tests make impossible).
    pub fn for_tag(tag: &str) -> Text {
        let loaded = Catalogue::for_tag(tag)
            .and_then(Result::ok)
            .or_else(|| Catalogue::english().ok());
        match loaded {
            Some(catalogue) => Text(catalogue),
            None => Text(Catalogue::empty()),
        }
    }
}

impl Deref for Text {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        &self.0
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The catalogue, from the context every page is inside.
#[hook]
pub fn use_text() -> Rc<Text> {
    // Every page is inside a provider (the app shell, or the page saying the service cannot
    // start); English is only for a component mounted on its own.
    use_context::<Rc<Text>>().unwrap_or_else(|| Rc::new(Text::for_tag("en-GB")))
}
