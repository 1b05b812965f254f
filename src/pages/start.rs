//! The start page: what the service is, who it is for, what the person will do and get.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;

use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::routes::Route;

#[component]
pub fn Start() -> Html {
    let Some(config) = use_context::<Rc<CouncilConfig>>() else {
        return html! {};
    };
    let council = &config.council.name;
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <PageHeading text={config.service.name.clone()} />
                <p class="govuk-body-l">
                    { format!(
                        "Plan the care and support you need, using the money {council} expects \
                         to give you (your personal budget)."
                    ) }
                </p>
                <p class="govuk-body">
                    { "You can plan for yourself, or for someone else as their family member, \
                       friend, nominee or representative." }
                </p>
                <p class="govuk-body">{ "You can use this service to:" }</p>
                <ul class="govuk-list govuk-list--bullet">
                    <li>{ "find out how much money you are likely to get, and see how it was worked out" }</li>
                    <li>{ "say what matters to you and what you want to achieve" }</li>
                    <li>{ "plan who will support you and what it will cost, including help from family and friends" }</li>
                    <li>{ "check your plan against the council's rules before you send it" }</li>
                    <li>{ "sign your plan and send it to the council" }</li>
                </ul>
                <h2 class="govuk-heading-m">{ "What you will get" }</h2>
                <p class="govuk-body">
                    { format!(
                        "A support plan you can print or save, and a signed copy to send to \
                         {council}. The council checks it and tells you whether it is confirmed."
                    ) }
                </p>
                <RouteLink to={Route::NewPlan} class="govuk-button govuk-button--start" role="button">
                    { "Start a new plan" }
                    <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5"
                        height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                    </svg>
                </RouteLink>
                <h2 class="govuk-heading-m">{ "Before you start" }</h2>
                <p class="govuk-body">
                    { "It usually takes about an hour. You do not have to do it all at once: what \
                       you enter is kept on this device as you go, so you can stop and come back." }
                </p>
                <p class="govuk-body">
                    { "It helps to have to hand what you know about the support you get now, \
                       including help from family and friends, and any costs." }
                </p>
                <h2 class="govuk-heading-m">{ "If you have already started" }</h2>
                <p class="govuk-body">
                    <RouteLink to={Route::YourPlans} class="govuk-link">{ "Continue a plan" }</RouteLink>
                    { " you started on this device." }
                </p>
            </div>
        </div>
    }
}
