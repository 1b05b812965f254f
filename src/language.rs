//! The language the person reads: chosen on any page, remembered on this device, and set on
//! the page itself (`lang` and `dir` on `<html>`) so screen readers pronounce it and the
//! layout mirrors for right-to-left scripts. Its words are the catalogue `i18n.rs` loads.

use crate::storage::LocalStore;
use sds_domain::keeping::device::LANGUAGE;
use sds_domain::keeping::Store;
use sds_domain::wording::{Catalogue, Language, LANGUAGES, PSEUDO};
use yew::prelude::*;

/// Changes the language of every page; given by the app shell through context.
#[derive(Clone, PartialEq)]
pub struct LanguageChoice {
    /// The tag in use now ("en-GB", "cy", "ur").
    pub current: String,
    /// A language chosen whose words are being fetched; the page stays in `current` until they
    /// are at hand.
    pub loading: Option<&'static Language>,
    /// A language whose words could not be had (the last one chosen, or the one remembered).
    pub not_loaded: Option<&'static Language>,
    /// Asks for a language by its tag: applied, and remembered, once its words are at hand.
    pub choose: Callback<String>,
}

/// The language to start in: the one chosen on this device before, else the first of the
/// browser's preferred languages the app has, else English.
pub fn starting_language() -> String {
    let remembered = LocalStore::open()
        .ok()
        .and_then(|store| store.read(LANGUAGE).ok().flatten())
        .filter(|tag| offered(tag));
    remembered
        .or_else(browser_preference)
        .unwrap_or_else(|| LANGUAGES[0].tag.to_owned())
}

/// Whether the app can show a language tag: one it offers, or the pseudo-locale.
fn offered(tag: &str) -> bool {
    tag.eq_ignore_ascii_case(PSEUDO) || Language::find(tag).is_some()
}

fn browser_preference() -> Option<String> {
    let navigator = web_sys::window()?.navigator();
    navigator.languages().iter().find_map(|value| {
        let tag = value.as_string()?;
        // "cy-GB" is Welsh, "ur-PK" Urdu: the language part decides.
        let language = tag.split('-').next().unwrap_or("");
        LANGUAGES
            .iter()
            .find(|l| l.tag.split('-').next() == Some(language))
            .map(|l| l.tag.to_owned())
    })
}

/// Keeps the choice on this device. Storage that refuses it only means the choice lasts this
/// visit, which the storage banner already explains.
pub fn remember(tag: &str) {
    if let Ok(store) = LocalStore::open() {
        let _ = store.write(LANGUAGE, tag);
    }
}

/// Sets `lang` and `dir` on the page for the catalogue in use.
pub fn apply_to_page(catalogue: &Catalogue) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        // Failure leaves the previous values, which the page still works with.
        let _ = root.set_attribute("lang", catalogue.language());
        let _ = root.set_attribute("dir", catalogue.direction().html());
    }
}
