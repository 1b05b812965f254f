//! The footer: the privacy promise on every page, and how to reach the council.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;

use crate::components::contact_details::ContactDetails;
use crate::i18n::use_text;
use crate::routes::COUNCIL_PAGE;

#[component]
pub fn Footer() -> Html {
    let text = use_text();
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
                        <h2 class="govuk-heading-s">{ text.get("privacy-heading") }</h2>
                        <p>{ text.with("privacy-promise", &[("council", config.council.name.as_str().into())]) }</p>
                        <p>
                            <a href={COUNCIL_PAGE} class="govuk-footer__link">{ text.get("footer-council-view") }</a>
                        </p>
                        if has_contact {
                            <h2 class="govuk-heading-s">{ text.get("help-heading") }</h2>
                            <ContactDetails contact={contact.clone()} in_footer=true />
                        }
                    </div>
                </div>
            </div>
        </footer>
    }
}
