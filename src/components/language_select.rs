//! The language choice at the top of every page: each language named in itself, in its own
//! `lang` so a screen reader says it properly, the current one marked and not a control.

use sds_domain::wording::LANGUAGES;
use yew::prelude::*;

use crate::i18n::use_text;
use crate::language::LanguageChoice;

#[component]
pub fn LanguageSelect() -> Html {
    let text = use_text();
    let Some(choice) = use_context::<LanguageChoice>() else {
        return html! {};
    };
    let items = LANGUAGES.iter().map(|language| {
        let current = choice.current.eq_ignore_ascii_case(language.tag);
        let item = if current {
            html! {
                <span class="app-language-select__current" aria-current="true" lang={language.tag}>
                    { language.name }
                </span>
            }
        } else {
            let choose = choice.choose.clone();
            let tag = language.tag;
            html! {
                <button type="button" class="app-language-select__button" lang={language.tag}
                    onclick={Callback::from(move |_: MouseEvent| choose.emit(tag.to_owned()))}>
                    { language.name }
                </button>
            }
        };
        html! { <li class="app-language-select__item" key={language.tag}>{ item }</li> }
    });
    html! {
        <nav class="app-language-select" aria-label={text.get("language-choice-label")}>
            <ul class="app-language-select__list">{ for items }</ul>
        </nav>
    }
}
