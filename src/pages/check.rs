//! "Check your plan" (GOV.UK check answers): what the council's checks find, must-fix first,
//! each linking to the exact field, and the whole plan with a change link for every part.

use std::collections::HashMap;

use sds_app::choices::{management_words, Choosable};
use sds_app::fixing::{where_fixed, PlanPage};
use sds_domain::plan::checks::{assess, Finding, Place, Severity};
use sds_domain::plan::SupportPlan;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::routes::Route;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub id: String,
}

/// Where a finding is fixed: the route of its page, and the input on it to focus.
pub fn fix_location(plan: &SupportPlan, place: &Place) -> (Route, Option<String>) {
    let (page, input) = where_fixed(plan, place);
    (route_of(page, plan.id.clone()), input)
}

/// The route of a page of the plan with this id.
fn route_of(page: PlanPage, id: String) -> Route {
    match page {
        PlanPage::About => Route::About { id },
        PlanPage::Budget => Route::Budget { id },
        PlanPage::AssessedNeeds => Route::AssessedNeeds { id },
        PlanPage::PersonalBudget => Route::PersonalBudget { id },
        PlanPage::WhatMatters => Route::WhatMatters { id },
        PlanPage::Outcomes => Route::Outcomes { id },
        PlanPage::Supports => Route::Supports { id },
        PlanPage::Support(support) => Route::SupportLine { id, support },
        PlanPage::ManagingMoney => Route::ManagingMoney { id },
        PlanPage::StayingSafe => Route::StayingSafe { id },
        PlanPage::ActionPlan => Route::ActionPlan { id },
    }
}

#[derive(Properties, PartialEq)]
struct FindingLinkProps {
    finding: Finding,
    plan: SupportPlan,
    /// Inside the error summary, links take its own (red) style.
    in_error_summary: bool,
}

/// A finding as a link to where it is fixed, landing on the field itself.
#[component]
fn FindingLink(props: &FindingLinkProps) -> Html {
    let text = use_text();
    let navigator = use_navigator();
    let (route, field) = fix_location(&props.plan, &props.finding.place);
    let href = match &field {
        Some(field) => format!("#{}?focus={field}", route.to_path()),
        None => format!("#{}", route.to_path()),
    };
    let onclick = Callback::from(move |event: MouseEvent| {
        if event.ctrl_key() || event.meta_key() || event.shift_key() {
            return;
        }
        event.prevent_default();
        if let Some(navigator) = &navigator {
            let result = match &field {
                Some(field) => {
                    navigator.push_with_query(&route, &HashMap::from([("focus", field.clone())]))
                }
                None => {
                    navigator.push(&route);
                    Ok(())
                }
            };
            if result.is_err() {
                navigator.push(&route);
            }
        }
    });
    html! {
        <a {href} class={(!props.in_error_summary).then_some("govuk-link")} {onclick}>{ text.message(&props.finding.message) }</a>
    }
}

#[component]
pub fn CheckPlan(props: &CheckProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with((), move |_| {
            if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let (Some((plan, _)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let assessment = assess(&plan, &rules);
    let args = who(&plan, &text);
    let money = |minor: i64| rules.currency().format(minor);
    let of = |severity: Severity| -> Vec<Finding> {
        assessment
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .cloned()
            .collect()
    };
    let (must, worth, info) = (
        of(Severity::MustFix),
        of(Severity::WorthChecking),
        of(Severity::ForInformation),
    );
    let list = |findings: &[Finding], in_error_summary: bool| {
        html! {
            <ul class={classes!("govuk-list", if in_error_summary { "govuk-error-summary__list" } else { "govuk-list--bullet" })}>
                { for findings.iter().map(|f| html! {
                    <li key={format!("{}-{:?}", f.code, f.place.item)}>
                        <FindingLink finding={f.clone()} plan={plan.clone()} {in_error_summary} />
                        <div class="govuk-hint govuk-!-margin-bottom-2">{ text.message(&f.how_to_fix) }</div>
                    </li>
                }) }
            </ul>
        }
    };
    let row = |key: String, value: Html, route: Route| {
        html! {
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{ key.clone() }</dt>
                <dd class="govuk-summary-list__value">{ value }</dd>
                <dd class="govuk-summary-list__actions">
                    <RouteLink to={route} class="govuk-link">
                        { text.get("change") }<span class="govuk-visually-hidden">{ format!(" {key}") }</span>
                    </RouteLink>
                </dd>
            </div>
        }
    };
    let id = || plan.id.clone();
    let blank = |s: &str| {
        if s.trim().is_empty() {
            text.get("not-given")
        } else {
            s.to_owned()
        }
    };
    let supports: Html = plan
        .supports
        .iter()
        .zip(&assessment.costs.lines)
        .map(|(s, line)| html! {
            <li key={s.id.clone()}>{ text.with("label-value", &[
                ("label", blank(&s.description).into()),
                ("value", (if s.paid { text.message(&line.working) } else { text.get(s.provider.key()) }).into()),
            ]) }</li>
        })
        .collect();
    let management: Html = plan
        .supports
        .iter()
        .filter(|s| s.paid)
        .map(|s| {
            let how = s.management.map_or_else(
                || text.get("not-given"),
                |m| text.get(management_words(m, rules.scheme()).0),
            );
            html! { <li key={s.id.clone()}>{ format!("{}: {how}", blank(&s.description)) }</li> }
        })
        .collect();
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                if !must.is_empty() {
                    <div class="govuk-error-summary" tabindex="-1" ref={summary}>
                        <div role="alert">
                            <h2 class="govuk-error-summary__title">{ text.with("check-must-fix", &[("count", must.len().into())]) }</h2>
                            <div class="govuk-error-summary__body">{ list(&must, true) }</div>
                        </div>
                    </div>
                }
                <PageHeading text={text.get("check-heading")} class={classes!("govuk-heading-l")} has_errors={!must.is_empty()} />
                if must.is_empty() {
                    <div class="govuk-panel govuk-panel--confirmation app-ready">
                        <div class="govuk-panel__body">{ text.get("check-ready") }</div>
                    </div>
                }
                if !worth.is_empty() {
                    <h2 class="govuk-heading-m">{ text.get("check-worth-checking") }</h2>
                    { list(&worth, false) }
                }
                if !info.is_empty() {
                    <h2 class="govuk-heading-m">{ text.get("check-for-information") }</h2>
                    { list(&info, false) }
                }
                <h2 class="govuk-heading-m">{ text.with("check-your-plan-summary", &args) }</h2>
                <dl class="govuk-summary-list">
                    { row(text.get("check-row-for"), html! { blank(&plan.person.name) }, Route::About { id: id() }) }
                    if !plan.also_involved.is_empty() {
                        { row(text.get("check-row-involved"), html! {
                            <ul class="govuk-list">
                                { for plan.also_involved.iter().map(|p| html! { <li>{ p.name.clone() }</li> }) }
                            </ul>
                        }, Route::About { id: id() }) }
                    }
                    { row(text.get("check-row-budget"), html! {
                        if let Some(b) = &assessment.budget { { text.with("amount-week-and-year", &[("weekly", money(b.weekly_minor).into()), ("yearly", money(b.annual_minor).into())]) } }
                    }, Route::Budget { id: id() }) }
                    { row(text.get("check-row-what-matters"), html! { blank(&plan.what_matters.text) }, Route::WhatMatters { id: id() }) }
                    { row(text.get("check-row-outcomes"), html! {
                        <ul class="govuk-list">{ for plan.outcomes.iter().map(|o| html! { <li key={o.id.clone()}>{ blank(&o.in_my_words) }</li> }) }</ul>
                    }, Route::Outcomes { id: id() }) }
                    { row(text.get("check-row-supports"), html! { <ul class="govuk-list">{ supports }</ul> }, Route::Supports { id: id() }) }
                    { row(text.get("check-row-planned"), html! {
                        { text.with("amount-week-and-year", &[("weekly", money(assessment.costs.planned.weekly_minor).into()), ("yearly", money(assessment.costs.planned.yearly_minor).into())]) }
                    }, Route::Supports { id: id() }) }
                    { row(text.get("check-row-managing"), html! { <ul class="govuk-list">{ management }</ul> }, Route::ManagingMoney { id: id() }) }
                    { row(text.get("check-row-backup"), html! { blank(&plan.staying_safe.backup_plan) }, Route::StayingSafe { id: id() }) }
                    { row(text.get("check-row-actions"), html! { text.with("check-actions-count", &[("count", plan.actions.len().into())]) }, Route::ActionPlan { id: id() }) }
                    { row(text.get("check-row-review"), html! {
                        { plan.review_date.map_or_else(|| text.get("not-given"), |d| text.date(d)) }
                    }, Route::ActionPlan { id: id() }) }
                </dl>
            </div>
        </div>
    }
}
