//! A plan's task list (GOV.UK "complete multiple tasks"): every part of the plan with its status,
//! to be done in any order over as many visits as the person needs.

use sds_domain::plan::checks::{assess, Severity};
use sds_domain::plan::progress::{status, Status, Task, TASKS};
use sds_domain::signing::signed_plan::PersonalBudgetFigures;
use yew::prelude::*;

use crate::clock::local_time;
use crate::components::backup_reminder::BackupReminder;
use crate::components::budget_panel::BudgetPanel;
use crate::components::plan_frame::{use_rules, who, PlanNotFound};
use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::i18n::use_text;
use crate::pages::signed::{decision_sentence, use_sent};
use crate::routes::Route;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct TaskListProps {
    pub id: String,
}

/// Where each task is done, and its name in the catalogue.
pub fn task_route(task: Task, id: &str) -> (Route, &'static str) {
    let id = id.to_owned();
    match task {
        Task::AboutThePlan => (Route::About { id }, "task-about"),
        Task::FindOutYourMoney => (Route::Money { id }, "task-money"),
        Task::AssessedNeeds => (Route::AssessedNeeds { id }, "task-assessed-needs"),
        Task::WhatMatters => (Route::WhatMatters { id }, "task-what-matters"),
        Task::Outcomes => (Route::Outcomes { id }, "task-outcomes"),
        Task::Support => (Route::Supports { id }, "task-supports"),
        Task::ManagingTheMoney => (Route::ManagingMoney { id }, "task-managing-money"),
        Task::PersonalBudget => (Route::PersonalBudget { id }, "task-personal-budget"),
        Task::StayingSafe => (Route::StayingSafe { id }, "task-staying-safe"),
        Task::ActionPlanAndReview => (Route::ActionPlan { id }, "task-action-plan"),
    }
}

#[component]
pub fn TaskList(props: &TaskListProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let sent_plans = use_sent(&props.id);
    let (Some((plan, _)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let assessment = assess(&plan, &rules);
    let args = who(&plan, &text);
    let items = TASKS.into_iter().map(|task| {
        let (route, key) = task_route(task, &plan.id);
        let status_id = format!("{key}-status");
        let state = status(&plan, &assessment, task);
        let status_html = match state {
            Status::Completed => html! { { text.get("status-completed") } },
            Status::InProgress => html! { <strong class="govuk-tag govuk-tag--light-blue">{ text.get("status-in-progress") }</strong> },
            Status::NotYetStarted => html! { <strong class="govuk-tag govuk-tag--blue">{ text.get("status-not-started") }</strong> },
            Status::CannotStartYet => html! { { text.get("status-cannot-start") } },
        };
        let name = text.with(key, &args);
        html! {
            <li class={classes!("govuk-task-list__item", (state != Status::CannotStartYet).then_some("govuk-task-list__item--with-link"))}>
                <div class="govuk-task-list__name-and-hint">
                    if state == Status::CannotStartYet {
                        <div>{ name }</div>
                        <div id={format!("{key}-hint")} class="govuk-task-list__hint">{ text.get("managing-money-needs-support") }</div>
                    } else {
                        <RouteLink to={route} class="govuk-link govuk-task-list__link" described_by={status_id.clone()}>{ name }</RouteLink>
                    }
                </div>
                <div class={classes!("govuk-task-list__status", (state == Status::CannotStartYet).then_some("govuk-task-list__status--cannot-start-yet"))} id={status_id}>
                    { status_html }
                </div>
            </li>
        }
    });
    let must_fix = assessment
        .findings
        .iter()
        .filter(|f| f.severity == Severity::MustFix)
        .count();
    let done = TASKS
        .into_iter()
        .filter(|t| status(&plan, &assessment, *t) == Status::Completed)
        .count();
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <RouteLink to={Route::YourPlans} class="govuk-back-link">{ text.get("your-plans") }</RouteLink>
                <PageHeading text={text.with("task-list-heading", &args)} class={classes!("govuk-heading-xl")} />
                <BackupReminder />
                <p class="govuk-body">{ text.with("task-list-progress", &[("done", done.into()), ("total", TASKS.len().into())]) }</p>
                if let Some(budget) = &assessment.budget {
                    <BudgetPanel budget={budget.clone()} planned_weekly_minor={Some(assessment.costs.planned.weekly_minor)}
                        personal={assessment.personal_budget.as_ref().map(PersonalBudgetFigures::of)} />
                }
                <ul class="govuk-task-list">{ for items }</ul>
                <h2 class="govuk-heading-m">{ text.get("task-check-heading") }</h2>
                <p class="govuk-body">
                    if must_fix == 0 {
                        { text.get("task-check-ready") }
                    } else {
                        { text.with("task-check-to-fix", &[("count", must_fix.into())]) }
                    }
                </p>
                <div class="govuk-button-group">
                    <RouteLink to={Route::Check { id: plan.id.clone() }} class={classes!("govuk-button", (must_fix == 0).then_some("govuk-button--secondary"))} role="button">
                        { text.get("task-check-button") }
                    </RouteLink>
                    if must_fix == 0 {
                        <RouteLink to={Route::Sign { id: plan.id.clone() }} class="govuk-button" role="button">
                            { text.get("task-sign-button") }
                        </RouteLink>
                    }
                </div>
                if let Some(latest) = sent_plans.as_ref().ok().and_then(|kept| kept.latest().cloned()) {
                    <h2 class="govuk-heading-m">{ text.get("task-sent-heading") }</h2>
                    <p class="govuk-body" id="sent-status">
                        { match (latest.decision(), latest.signed_plan().and_then(|s| s.signed_at())) {
                            (Some(decision), _) => decision_sentence(&decision, &text),
                            (None, Some(at)) => text.with("task-signed-on", &[("when", local_time(&text, at).into())]),
                            (None, None) => String::new(),
                        } }
                    </p>
                    <p class="govuk-body">
                        <RouteLink to={Route::Signed { id: plan.id.clone() }} class="govuk-link">{ text.get("task-sent-link") }</RouteLink>
                    </p>
                }
            </div>
        </div>
    }
}
