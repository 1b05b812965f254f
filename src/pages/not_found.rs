//! Shown for an address the app does not know, for example a mistyped or old bookmark.

use yew::prelude::*;

use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::routes::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <PageHeading text="Page not found" class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ "If you typed the web address, check it is correct." }</p>
                <p class="govuk-body">
                    { "Your plans are still on this device. " }
                    <RouteLink to={Route::YourPlans} class="govuk-link">{ "Go to your plans" }</RouteLink>
                    { " or " }
                    <RouteLink to={Route::Start} class="govuk-link">{ "go to the start page" }</RouteLink>
                    { "." }
                </p>
            </div>
        </div>
    }
}
