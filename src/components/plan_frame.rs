//! What every page of a plan shares: finding the plan (or saying it is not on this device) and
//! a way back to the plan's task list.

use std::rc::Rc;

use sds_domain::plan::SupportPlan;
use sds_domain::rules::RuleSet;
use yew::prelude::*;

use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::i18n::{use_text, Text};
use crate::routes::Route;

/// Arguments for messages that speak to the planner: "What matters to you?" when the person
/// plans, "What matters to Amira?" when someone plans for Amira.
pub fn who(
    plan: &SupportPlan,
    text: &Text,
) -> Vec<(&'static str, fluent_bundle::FluentValue<'static>)> {
    let planner = match plan.planned_by {
        sds_domain::plan::PlannedBy::ThePerson => "person",
        sds_domain::plan::PlannedBy::SomeoneElse => "other",
    };
    let name = if plan.person.name.trim().is_empty() {
        text.get("the-person")
    } else {
        plan.person.name.trim().to_owned()
    };
    vec![("planner", planner.into()), ("name", name.into())]
}

/// The rule set in force.
#[hook]
pub fn use_rules() -> Option<Rc<RuleSet>> {
    use_context::<Rc<RuleSet>>()
}

/// Shown for a plan address whose plan is not on this device (deleted, or another device's).
#[component]
pub fn PlanNotFound() -> Html {
    let text = use_text();
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <PageHeading text={text.get("plan-not-found-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.get("plan-not-found-body") }</p>
                <p class="govuk-body">
                    <RouteLink to={Route::YourPlans} class="govuk-link">{ text.get("go-to-your-plans") }</RouteLink>
                </p>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct BackToTasksProps {
    pub id: AttrValue,
}

/// The back link of every section page: to the plan's task list.
#[component]
pub fn BackToTasks(props: &BackToTasksProps) -> Html {
    let text = use_text();
    html! {
        <RouteLink to={Route::TaskList { id: props.id.to_string() }} class="govuk-back-link">
            { text.get("back") }
        </RouteLink>
    }
}

/// The button at the end of every section page: everything is saved already, so it only
/// returns to the task list.
#[component]
pub fn DoneButton(props: &BackToTasksProps) -> Html {
    let text = use_text();
    html! {
        <div class="govuk-button-group">
            <RouteLink to={Route::TaskList { id: props.id.to_string() }} class="govuk-button" role="button">
                { text.get("save-and-continue") }
            </RouteLink>
        </div>
    }
}
