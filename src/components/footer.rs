//! The footer: the privacy promise on every page, and how to reach the council.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;

#[component]
pub fn Footer() -> Html {
    let Some(config) = use_context::<Rc<CouncilConfig>>() else {
        return html! {};
    };
    let contact = &config.service.contact;
    let has_contact = contact.phone.is_some() || contact.email.is_some();
    html! {
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <div class="govuk-footer__meta">
                    <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                        <h2 class="govuk-heading-s">{ "Your privacy" }</h2>
                        <p>
                            { format!(
                                "Everything you enter stays on this device. Nothing is sent to {} \
                                 or anyone else unless you export your plan and send it yourself.",
                                config.council.name
                            ) }
                        </p>
                        if has_contact {
                            <h2 class="govuk-heading-s">{ "Get help" }</h2>
                            <ul class="govuk-footer__inline-list">
                                if let Some(phone) = &contact.phone {
                                    <li class="govuk-footer__inline-list-item">
                                        { "Phone: " }
                                        <a class="govuk-footer__link" href={format!("tel:{}", phone.replace(' ', ""))}>{ phone }</a>
                                        if let Some(hours) = &contact.hours {
                                            { format!(" ({hours})") }
                                        }
                                    </li>
                                }
                                if let Some(email) = &contact.email {
                                    <li class="govuk-footer__inline-list-item">
                                        { "Email: " }
                                        <a class="govuk-footer__link" href={format!("mailto:{email}")}>{ email }</a>
                                    </li>
                                }
                            </ul>
                        }
                    </div>
                </div>
            </div>
        </footer>
    }
}
