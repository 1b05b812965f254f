//! How to reach the council: its phone line (with the hours it is open) and email, from its
//! configuration. The footer, the page shown when the service cannot start, and the places that
//! say how to ask for a review all show them this one way.

use sds_domain::config::Contact;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactDetailsProps {
    pub contact: Contact,
    /// In the footer: its inline list and link styles, rather than the page's.
    #[prop_or_default]
    pub in_footer: bool,
}

#[component]
pub fn ContactDetails(props: &ContactDetailsProps) -> Html {
    let text = crate::i18n::use_text();
    let contact = &props.contact;
    let (list, item, link) = if props.in_footer {
        (
            "govuk-footer__inline-list",
            Some("govuk-footer__inline-list-item"),
            "govuk-footer__link",
        )
    } else {
        ("govuk-list", None, "govuk-link")
    };
    html! {
        <ul class={list}>
            if let Some(phone) = &contact.phone {
                <li class={item}>
                    { text.get("help-phone") }
                    <a class={link} href={format!("tel:{}", phone.replace(' ', ""))}>{ phone }</a>
                    if let Some(hours) = &contact.hours {
                        { text.with("help-hours", &[("hours", hours.as_str().into())]) }
                    }
                </li>
            }
            if let Some(email) = &contact.email {
                <li class={item}>
                    { text.get("help-email") }
                    <a class={link} href={format!("mailto:{email}")}>{ email }</a>
                </li>
            }
        </ul>
    }
}
