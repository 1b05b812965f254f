//! The GOV.UK notification banner: "Important" (something the person needs to know or act on
//! now) or "Success" (something they just did worked). Announced as it appears, except where it
//! says something that can wait (a new release), which is a labelled region.

use yew::prelude::*;

use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct NotificationBannerProps {
    /// Unique on the page: the banner is labelled by its title.
    pub id: AttrValue,
    pub heading: AttrValue,
    #[prop_or_default]
    pub success: bool,
    /// A region rather than an alert: found, but not announced as it appears.
    #[prop_or_default]
    pub quiet: bool,
    /// Anything under the heading: more words, a link, buttons.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn NotificationBanner(props: &NotificationBannerProps) -> Html {
    let text = use_text();
    let title = format!("{}-title", props.id);
    let (class, label) = if props.success {
        (
            classes!(
                "govuk-notification-banner",
                "govuk-notification-banner--success"
            ),
            "banner-success",
        )
    } else {
        (classes!("govuk-notification-banner"), "banner-important")
    };
    html! {
        <div {class} role={if props.quiet { "region" } else { "alert" }} aria-labelledby={title.clone()}>
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id={title}>{ text.get(label) }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ &props.heading }</p>
                { props.children.clone() }
            </div>
        </div>
    }
}
