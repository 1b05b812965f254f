//! Shown for an address the app does not know, for example a mistyped or old bookmark.

use yew::prelude::*;

use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::i18n::use_text;
use crate::routes::Route;

#[component]
pub fn NotFound() -> Html {
    let text = use_text();
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <PageHeading text={text.get("not-found-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.get("not-found-typed") }</p>
                <p class="govuk-body">
                    { text.get("not-found-plans-kept") }
                    <RouteLink to={Route::YourPlans} class="govuk-link">{ text.get("go-to-your-plans") }</RouteLink>
                    { text.get("not-found-or") }
                    <RouteLink to={Route::Start} class="govuk-link">{ text.get("not-found-start") }</RouteLink>
                    { "." }
                </p>
            </div>
        </div>
    }
}
