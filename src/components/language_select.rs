//! The language choice at the top of every page: each language named in itself, in its own
//! `lang` so a screen reader says it properly, the current one marked and not a control. A
//! language chosen is shown once its words have arrived; until then the page stays as it was,
//! and if they cannot be had, [`LanguageNotLoaded`] says so.

use sds_domain::wording::LANGUAGES;
use yew::prelude::*;

use crate::components::notification_banner::NotificationBanner;
use crate::i18n::use_text;
use crate::language::LanguageChoice;

#[component]
pub fn LanguageSelect() -> Html {
    let text = use_text();
    let choice = use_context::<LanguageChoice>();
    let current_ref = use_node_ref();
    // Set when the person chose here: the button they pressed becomes the (unpressable) current
    // language, so focus is put on it rather than lost to the top of the page.
    let chose = use_mut_ref(|| false);
    {
        let (current_ref, chose) = (current_ref.clone(), chose.clone());
        let current = choice.as_ref().map(|c| c.current.clone());
        use_effect_with(current, move |_| {
            if std::mem::take(&mut *chose.borrow_mut()) {
                if let Some(element) = current_ref.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let Some(choice) = choice else {
        return html! {};
    };
    let items = LANGUAGES.iter().map(|language| {
        let current = choice.current.eq_ignore_ascii_case(language.tag);
        let item = if current {
            html! {
                <span class="app-language-select__current" aria-current="true" lang={language.tag}
                    tabindex="-1" ref={current_ref.clone()}>
                    { language.name }
                </span>
            }
        } else {
            let (choose, chose) = (choice.choose.clone(), chose.clone());
            let tag = language.tag;
            // Being fetched: said to assistive technology, and pressing it again does nothing new.
            let busy = choice.loading.is_some_and(|l| l.tag == tag);
            html! {
                <button type="button" class="app-link-button app-language-select__button" lang={language.tag}
                    aria-busy={busy.then_some("true")}
                    onclick={Callback::from(move |_: MouseEvent| {
                        *chose.borrow_mut() = true;
                        if !busy {
                            choose.emit(tag.to_owned());
                        }
                    })}>
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

/// Says that the language chosen (or kept from an earlier visit) could not be shown, because
/// its words could not be downloaded, in the language the page is still in.
#[component]
pub fn LanguageNotLoaded() -> Html {
    let text = use_text();
    let Some(language) = use_context::<LanguageChoice>().and_then(|choice| choice.not_loaded)
    else {
        return html! {};
    };
    let primary = language.tag.split('-').next().unwrap_or(language.tag);
    let name = text.with("language-name", &[("language", primary.into())]);
    html! {
        <NotificationBanner id="language-banner"
            heading={text.with("language-not-loaded", &[("language", name.into())])}>
            <p class="govuk-body">{ text.get("language-not-loaded-advice") }</p>
        </NotificationBanner>
    }
}
