//! The message catalogue in the app: the domain's [`Catalogue`] for the language the person
//! chose, shared with every component through context. Every word the app shows comes from
//! `locales/<language>.ftl`, so a language is added by adding a file, without touching a
//! component.
//!
//! English is compiled in, so the app can always say something: each page's entry point says
//! which English ([`compile_in`]), the whole catalogue on the plans and council pages, only the
//! start page's sections on the start page, so the start page's wasm does not carry every
//! page's words. Every other language's
//! catalogue is fetched from beside the app (by a relative address, as `config.json` is) the
//! first time it is wanted, then kept in memory for the rest of the visit; its file's name holds
//! its content's hash, so the browser and the service worker may keep it for ever, and the
//! service worker keeps every language's for offline use.

use crate::config_loader::fetch_text;
use sds_domain::wording::{Catalogue, Language, LANGUAGES};
use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/catalogue_files.rs"));

/// The start page's part of English's catalogue, written by `build.rs`: the sections its
/// page and frame show.
pub const START_PAGE_ENGLISH: &str =
    include_str!(concat!(env!("OUT_DIR"), "/start-page.en-GB.ftl"));

thread_local! {
    /// The English this page has compiled in, as its entry point said ([`compile_in`]).
    static ENGLISH: Cell<&'static str> = const { Cell::new("") };
}

/// Says which English words this page carries: [`START_PAGE_ENGLISH`] or the whole catalogue
/// ([`sds_domain::wording::ENGLISH_SOURCE`]). Called by each entry point before anything is
/// drawn; only the whole is referred to from the other pages' entry points, so the start page's
/// wasm leaves it out.
pub fn compile_in(english: &'static str) {
    ENGLISH.with(|compiled| compiled.set(english));
}

/// The catalogue every component reads, in the chosen language.
pub struct Text(Catalogue);

impl Text {
    /// English (or, in a broken build, an empty catalogue that shows keys, which the tests
    /// make impossible).
    pub fn english() -> Text {
        Text::compiled_in(LANGUAGES[0].tag).unwrap_or_else(|| Text(Catalogue::empty()))
    }

    /// The catalogue compiled in for a tag, from the English this page carries: English or
    /// the pseudo-locale.
    pub fn compiled_in(tag: &str) -> Option<Text> {
        let english = ENGLISH.with(Cell::get);
        Catalogue::compiled_in_from(english, tag)?.ok().map(Text)
    }
}

impl From<Catalogue> for Text {
    fn from(catalogue: Catalogue) -> Text {
        Text(catalogue)
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

/// A language whose words could not be had: its catalogue could not be fetched (offline before
/// it was ever kept, a server error) or was not a catalogue. The page stays in the language it
/// was in, and says so.
#[derive(Clone, Debug, PartialEq)]
pub struct NotLoaded {
    pub language: &'static Language,
    /// For the council's web team, in the browser's console: which file, and what went wrong.
    pub reason: String,
}

thread_local! {
    /// The catalogues fetched in this visit, so going back to a language is immediate.
    static FETCHED: RefCell<Vec<Rc<Text>>> = const { RefCell::new(Vec::new()) };
}

/// The catalogue's file beside the app, as this build names it.
pub fn catalogue_address(language: &Language) -> Option<&'static str> {
    CATALOGUE_FILES
        .iter()
        .find(|(tag, _)| *tag == language.tag)
        .map(|(_, file)| *file)
}

/// The catalogue for a language tag: at once for English and the pseudo-locale, and for a
/// language already fetched in this visit; otherwise fetched, checked and kept. A tag the app
/// does not have is English.
pub async fn load(tag: &str) -> Result<Rc<Text>, NotLoaded> {
    if let Some(text) = Text::compiled_in(tag) {
        return Ok(Rc::new(text));
    }
    let Some(language) = Language::find(tag) else {
        return Ok(Rc::new(Text::english()));
    };
    let fetched = FETCHED.with(|fetched| {
        fetched
            .borrow()
            .iter()
            .find(|text| text.language() == language.tag)
            .cloned()
    });
    if let Some(text) = fetched {
        return Ok(text);
    }
    let not_loaded = |reason: String| NotLoaded { language, reason };
    // Every language but English has a file (the domain's tests hold them to it); were one
    // missing from this build, asking for its plain name would fail and say so.
    let address =
        catalogue_address(language).map_or_else(|| language.catalogue_file(), str::to_owned);
    let source = fetch_text(&address)
        .await
        .map_err(|problems| not_loaded(problems.join("; ")))?;
    let catalogue = Catalogue::from_source(language, source)
        .map_err(|problem| not_loaded(format!("{address}: {problem}")))?;
    let text = Rc::new(Text(catalogue));
    FETCHED.with(|fetched| fetched.borrow_mut().push(text.clone()));
    Ok(text)
}

/// The catalogue, from the context every page is inside.
#[hook]
pub fn use_text() -> Rc<Text> {
    // Every page is inside a provider (the app shell, or the page saying the service cannot
    // start); English is only for a component mounted on its own.
    use_context::<Rc<Text>>().unwrap_or_else(|| Rc::new(Text::english()))
}
