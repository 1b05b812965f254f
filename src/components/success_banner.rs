//! The GOV.UK success notification banner: something the person just did worked. It is
//! announced as it appears.

use yew::prelude::*;

use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct SuccessBannerProps {
    /// Unique on the page: the banner is labelled by its title.
    pub id: AttrValue,
    pub heading: AttrValue,
}

#[component]
pub fn SuccessBanner(props: &SuccessBannerProps) -> Html {
    let text = use_text();
    let title = format!("{}-title", props.id);
    html! {
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
            aria-labelledby={title.clone()}>
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id={title}>{ text.get("banner-success") }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ &props.heading }</p>
            </div>
        </div>
    }
}
