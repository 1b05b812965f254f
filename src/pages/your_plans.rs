//! "Your plans": every plan kept on this device.

use sds_domain::plan::{PlannedBy, SupportPlan};
use yew::prelude::*;

use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::plans::{self, Listing};
use crate::routes::Route;
use crate::storage::{LocalStore, StoreError};

#[component]
pub fn YourPlans() -> Html {
    let listing = use_memo((), |_| {
        LocalStore::open().and_then(|store| plans::list(&store))
    });
    let body = match &*listing {
        Err(error) => storage_problem(error),
        Ok(Listing { plans, unreadable }) => html! {
            <>
                if *unreadable > 0 {
                    <div class="govuk-warning-text">
                        <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
                        <strong class="govuk-warning-text__text">
                            <span class="govuk-visually-hidden">{ "Warning" }</span>
                            { unreadable_message(*unreadable) }
                        </strong>
                    </div>
                }
                if plans.is_empty() {
                    <p class="govuk-body">{ "There are no plans on this device yet." }</p>
                } else {
                    <table class="govuk-table">
                        <caption class="govuk-table__caption govuk-table__caption--m">
                            { "Plans on this device" }
                        </caption>
                        <thead class="govuk-table__head">
                            <tr class="govuk-table__row">
                                <th scope="col" class="govuk-table__header">{ "Started" }</th>
                                <th scope="col" class="govuk-table__header">{ "Who is planning" }</th>
                            </tr>
                        </thead>
                        <tbody class="govuk-table__body">
                            { for plans.iter().map(plan_row) }
                        </tbody>
                    </table>
                }
            </>
        },
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <PageHeading text="Your plans" class={classes!("govuk-heading-l")} />
                { body }
                <RouteLink to={Route::NewPlan} class="govuk-button" role="button">{ "Start a new plan" }</RouteLink>
            </div>
        </div>
    }
}

fn plan_row(plan: &SupportPlan) -> Html {
    let who = match plan.planned_by {
        PlannedBy::ThePerson => "The person themselves",
        PlannedBy::SomeoneElse => "Someone for them",
    };
    html! {
        <tr class="govuk-table__row" key={plan.id.clone()}>
            <td class="govuk-table__cell">{ plan.started_on.long_form() }</td>
            <td class="govuk-table__cell">{ who }</td>
        </tr>
    }
}

fn unreadable_message(count: usize) -> String {
    if count == 1 {
        "One saved plan on this device cannot be read. It has been left exactly as it is."
            .to_owned()
    } else {
        format!(
            "{count} saved plans on this device cannot be read. They have been left exactly as \
             they are."
        )
    }
}

fn storage_problem(error: &StoreError) -> Html {
    html! {
        <div class="govuk-inset-text">{ error.explain() }</div>
    }
}
