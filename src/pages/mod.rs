//! One module per page (or group of pages) of the service, `PersonApp`, the person's view, and
//! `switch`, which page each address shows: here rather than beside `Route`, so what the
//! components import never imports the pages.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::device_gate::{DeviceGate, LockControl};
use crate::components::frame::Frame;
use crate::components::layout::Layout;
use crate::routes::{InPlaceRouting, Route, COUNCIL_PAGE, START_PAGE};
use crate::rules_in_force::RulesInForce;

pub mod about;
pub mod action_plan;
pub mod assessed_needs;
pub mod backup;
pub mod check;
pub mod council;
pub mod managing_money;
pub mod money;
pub mod new_plan;
pub mod not_found;
pub mod outcomes;
pub mod personal_budget;
pub mod print;
pub mod privacy;
pub mod service_unavailable;
pub mod sign;
pub mod signed;
pub mod start;
pub mod staying_safe;
pub mod supports;
pub mod task_list;
pub mod unlock;
pub mod what_matters;
pub mod your_plans;

/// The start page (index.html): in the frame, with no router, no rule set and none of the
/// device's plans, which it does not show. Every link on it loads the plans page.
#[component]
pub fn StartApp() -> Html {
    html! {
        <Frame>
            <start::Start />
        </Frame>
    }
}

/// The person's plans pages (plans.html): with the rule set in force, the routed pages in the
/// layout, with the device's plans.
#[component]
pub fn PersonApp() -> Html {
    html! {
        <RulesInForce>
            <PersonPages />
        </RulesInForce>
    }
}

/// The routed pages, once the rule set is at hand.
#[component]
fn PersonPages() -> Html {
    html! {
        <HashRouter>
            <InPlaceRouting>
                <DeviceGate>
                    <Layout>
                        <Pages />
                    </Layout>
                </DeviceGate>
            </InPlaceRouting>
        </HashRouter>
    }
}

/// The routed page, or the unlock page while the lock is closed. Removing everything is how a
/// forgotten passphrase is got past, so it works while locked, as do the old address of removing
/// everything, which moves on to it, and the council view's old address, which leaves for the
/// council's page (it keeps nothing on the device).
#[component]
fn Pages() -> Html {
    let closed = use_context::<LockControl>().is_some_and(|control| control.closed);
    let route = use_route::<Route>();
    if closed
        && !matches!(
            route,
            Some(Route::Council | Route::RemoveAll | Route::OldRemoveAll)
        )
    {
        return html! { <unlock::Unlock /> };
    }
    html! { <Switch<Route> render={switch} /> }
}

/// The page for an address: the router's `render`.
pub fn switch(route: Route) -> Html {
    match route {
        // The start page is its own page, beside this one.
        Route::Start => html! { <LeaveFor page={START_PAGE} /> },
        Route::YourPlans => html! { <your_plans::YourPlans /> },
        Route::NewPlan => html! { <new_plan::NewPlan /> },
        Route::TaskList { id } => html! { <task_list::TaskList {id} /> },
        Route::About { id } => html! { <about::About {id} /> },
        Route::Money { id } => html! { <money::MoneyStart {id} /> },
        // Keyed, so each question (and each support) starts with its own half-typed state.
        Route::Question { id, question } => {
            let key = format!("{id}/{question}");
            html! { <money::QuestionPage {key} {id} {question} /> }
        }
        Route::Budget { id } => html! { <money::BudgetSummary {id} /> },
        Route::AssessedNeeds { id } => html! { <assessed_needs::AssessedNeeds {id} /> },
        Route::WhatMatters { id } => html! { <what_matters::WhatMatters {id} /> },
        Route::Outcomes { id } => html! { <outcomes::Outcomes {id} /> },
        Route::Supports { id } => html! { <supports::Supports {id} /> },
        Route::SupportLine { id, support } => {
            let key = format!("{id}/{support}");
            html! { <supports::SupportLine {key} {id} {support} /> }
        }
        Route::ManagingMoney { id } => html! { <managing_money::ManagingMoney {id} /> },
        Route::PersonalBudget { id } => html! { <personal_budget::PersonalBudget {id} /> },
        Route::StayingSafe { id } => html! { <staying_safe::StayingSafe {id} /> },
        Route::ActionPlan { id } => html! { <action_plan::ActionPlan {id} /> },
        Route::Check { id } => html! { <check::CheckPlan {id} /> },
        Route::Delete { id } => html! { <your_plans::DeletePlan {id} /> },
        Route::Sign { id } => html! { <sign::Sign {id} /> },
        Route::Signed { id } => html! { <signed::Signed {id} /> },
        Route::PrintPlan { id } => html! { <print::PrintPlan {id} /> },
        Route::Backup => html! { <backup::Backup /> },
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::RemoveAll => html! { <privacy::RemoveAll /> },
        Route::OldPrivacy => html! { <MovedTo to={Route::Privacy} /> },
        Route::OldRemoveAll => html! { <MovedTo to={Route::RemoveAll} /> },
        Route::Council => html! { <LeaveFor page={COUNCIL_PAGE} /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}

#[derive(Properties, PartialEq)]
struct MovedToProps {
    to: Route,
}

/// An old address: swaps it for the page's new one in place, so the old address is left out of
/// the history and going back never returns to it (only to bounce forward again).
#[component]
fn MovedTo(props: &MovedToProps) -> Html {
    let navigator = use_navigator();
    use_effect_with(props.to.clone(), move |to| {
        if let Some(navigator) = navigator {
            navigator.replace(to);
        }
    });
    html! {}
}

#[derive(Properties, PartialEq)]
struct LeaveForProps {
    page: &'static str,
}

/// An address shown by another of the app's pages: the start page, or the council view's first
/// address, `#/council`, still followed from bookmarks (the council's tools are now their own
/// page, so their code is not in the person's wasm). The address is swapped for the page in
/// place, as `MovedTo` does.
#[component]
fn LeaveFor(props: &LeaveForProps) -> Html {
    use_effect_with(props.page, |page| {
        if let Some(window) = web_sys::window() {
            // Relative, so it stays under whatever path the app is hosted at.
            let _ = window.location().replace(page);
        }
    });
    html! {}
}
