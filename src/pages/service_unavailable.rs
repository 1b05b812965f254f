//! Shown instead of the service when the council's configuration cannot be used: a plain
//! message for the public and the exact problems for the council's web team.

use sds_domain::config::Contact;
use yew::prelude::*;

use crate::components::contact_details::ContactDetails;
use crate::components::frame::UpdateBanner;
use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct ServiceUnavailableProps {
    pub problems: Vec<String>,
    /// The council's contact details, when its configuration could be read.
    #[prop_or_default]
    pub contact: Option<Contact>,
}

#[component]
pub fn ServiceUnavailable(props: &ServiceUnavailableProps) -> Html {
    let text = use_text();
    html! {
        <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        <UpdateBanner />
                        <h1 class="govuk-heading-l">{ text.get("unavailable-heading") }</h1>
                        <p class="govuk-body">
                            { text.get("unavailable-body") }
                        </p>
                        if let Some(contact) = &props.contact {
                            <ContactDetails contact={contact.clone()} />
                        }
                        <p class="govuk-body">{ text.get("unavailable-plans-kept") }</p>
                        <details class="govuk-details">
                            <summary class="govuk-details__summary">
                                <span class="govuk-details__summary-text">{ text.get("unavailable-web-team") }</span>
                            </summary>
                            <div class="govuk-details__text">
                                <ul class="govuk-list govuk-list--bullet">
                                    { for props.problems.iter().map(|problem| html! { <li>{ problem }</li> }) }
                                </ul>
                            </div>
                        </details>
                    </div>
                </div>
            </main>
        </div>
    }
}
