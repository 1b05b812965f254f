//! Says when some of the council's words on a page are not in the reader's language: its rule
//! set has no translation for them, so they are shown in the rule set's own language rather
//! than left out.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use sds_domain::rules::{Untranslated, WordsAt};
use yew::prelude::*;

use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct UntranslatedNoteProps {
    /// The parts of the rule set the page shows: one question, the steps, the categories.
    pub under: Vec<WordsAt>,
}

#[component]
pub fn UntranslatedNote(props: &UntranslatedNoteProps) -> Html {
    let text = use_text();
    let untranslated = use_context::<Rc<Untranslated>>();
    let config = use_context::<Rc<CouncilConfig>>();
    let (Some(untranslated), Some(config)) = (untranslated, config) else {
        return html! {};
    };
    let shown_here = props.under.iter().any(|words| untranslated.under(words));
    if !shown_here {
        return html! {};
    }
    // The catalogue names the languages it knows; any other is shown by its tag.
    let primary = untranslated.fallback.split('-').next().unwrap_or("");
    let language = text.with(
        "language-name",
        &[("language", primary.to_ascii_lowercase().into())],
    );
    html! {
        <div class="govuk-inset-text app-untranslated">
            { text.with("untranslated-note", &[
                ("language", language.into()),
                ("council", config.council.name.as_str().into()),
            ]) }
        </div>
    }
}
