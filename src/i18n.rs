//! The message catalogue: every word the app shows comes from `locales/<language>.ftl`, in
//! Project Fluent's format (arguments, plurals and selectors are the translator's, not the
//! code's), so a language is added by adding a file, without touching a component.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::rc::Rc;
use unic_langid::LanguageIdentifier;
use yew::prelude::*;

const ENGLISH: &str = include_str!("../locales/en-GB.ftl");

/// A loaded catalogue.
pub struct Text {
    bundle: FluentBundle<FluentResource>,
    /// The catalogue's language, a BCP 47 tag ("en-GB"): recorded with what a person signs.
    language: String,
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Text {
    /// The built-in English catalogue. Its syntax is checked by the tests, so an error here is a
    /// fault in the build, reported as text rather than a panic.
    pub fn english() -> Result<Text, String> {
        Text::from_source("en-GB", ENGLISH)
    }

    fn from_source(language: &str, source: &str) -> Result<Text, String> {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| format!("{language}.ftl: {errors:?}"))?;
        let id: LanguageIdentifier = language.parse().map_err(|e| format!("{language}: {e:?}"))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // Bidirectional isolation marks are for right-to-left languages, which come with them.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{language}.ftl: {errors:?}"))?;
        Ok(Text {
            bundle,
            language: language.to_owned(),
        })
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// A message with no arguments. A missing key shows the key itself, which the catalogue
    /// test makes impossible in a release.
    pub fn get(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A message with arguments: `text.with("amount-a-week", &[("amount", "£3.00".into())])`.
    pub fn with(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(key, Some(&fluent_args))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// The catalogue, from the context every page is inside.
#[hook]
pub fn use_text() -> Rc<Text> {
    use_context::<Rc<Text>>().unwrap_or_else(|| {
        Rc::new(Text::english().unwrap_or(Text {
            bundle: FluentBundle::new(Vec::new()),
            language: String::new(),
        }))
    })
}
