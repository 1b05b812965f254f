//! The start page: what the service is, who it is for, what the person will do and get.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;

use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::i18n::use_text;
use crate::routes::Route;

#[component]
pub fn Start() -> Html {
    let text = use_text();
    let Some(config) = use_context::<Rc<CouncilConfig>>() else {
        return html! {};
    };
    let council = || [("council", config.council.name.as_str().into())];
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <PageHeading text={config.service.name.clone()} />
                <p class="govuk-body-l">{ text.with("start-lede", &council()) }</p>
                <p class="govuk-body">{ text.get("start-for-whom") }</p>
                <p class="govuk-body">{ text.get("start-use-to") }</p>
                <ul class="govuk-list govuk-list--bullet">
                    <li>{ text.get("start-use-money") }</li>
                    <li>{ text.get("start-use-matters") }</li>
                    <li>{ text.get("start-use-support") }</li>
                    <li>{ text.get("start-use-check") }</li>
                    <li>{ text.get("start-use-send") }</li>
                </ul>
                <h2 class="govuk-heading-m">{ text.get("start-get-heading") }</h2>
                <p class="govuk-body">{ text.with("start-get", &council()) }</p>
                <RouteLink to={Route::NewPlan} class="govuk-button govuk-button--start" role="button">
                    { text.get("start-new-plan") }
                    <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5"
                        height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                    </svg>
                </RouteLink>
                <h2 class="govuk-heading-m">{ text.get("start-before-heading") }</h2>
                <p class="govuk-body">{ text.get("start-before-time") }</p>
                <p class="govuk-body">{ text.get("start-before-have") }</p>
                <h2 class="govuk-heading-m">{ text.get("start-continue-heading") }</h2>
                <p class="govuk-body">
                    <RouteLink to={Route::YourPlans} class="govuk-link">{ text.get("start-continue") }</RouteLink>
                    { text.get("start-continue-after") }
                </p>
            </div>
        </div>
    }
}
