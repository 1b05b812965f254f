//! The budget at a glance: the indicative budget, what the person pays and what the council
//! pays once the plan says so, what the plan spends and what is left, in words as well as
//! figures (over budget is said, never shown by colour alone). Announced politely to screen
//! readers as it changes.

use std::rc::Rc;

use sds_app::personal_budget::panel_rows;
use sds_domain::rules::allocation::Budget;
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::PersonalBudgetFigures;
use yew::prelude::*;

use crate::components::item_block::summary_row;
use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct BudgetPanelProps {
    pub budget: Budget,
    /// The plan's planned weekly spending, where the page is about spending.
    #[prop_or_default]
    pub planned_weekly_minor: Option<i64>,
    /// The personal budget's parts, where the page has the plan: the contribution and the
    /// council's part are shown once the plan says what the person pays.
    #[prop_or_default]
    pub personal: Option<PersonalBudgetFigures>,
}

#[component]
pub fn BudgetPanel(props: &BudgetPanelProps) -> Html {
    let text = use_text();
    let Some(rules) = use_context::<Rc<RuleSet>>() else {
        return html! {};
    };
    let money = |minor: i64| rules.currency().format(minor);
    let budget = &props.budget;
    let row = |key: &str, value: String| summary_row(text.get(key), html! { value });
    let announcement = match props.planned_weekly_minor {
        Some(planned) if planned > budget.weekly_minor => text.with(
            "budget-over-by",
            &[("amount", money(planned - budget.weekly_minor).into())],
        ),
        Some(planned) => text.with(
            "budget-left-announce",
            &[("amount", money(budget.weekly_minor - planned).into())],
        ),
        None => text.with(
            "budget-indicative-announce",
            &[("amount", money(budget.weekly_minor).into())],
        ),
    };
    let spending = props.planned_weekly_minor.map(|planned| {
        let left = budget.weekly_minor - planned;
        html! {
            <>
                { row("budget-planned", text.with("amount-a-week", &[("amount", money(planned).into())])) }
                if left >= 0 {
                    { row("budget-left", text.with("amount-a-week", &[("amount", money(left).into())])) }
                } else {
                    { row("budget-over", text.with("budget-over-by", &[("amount", money(-left).into())])) }
                }
            </>
        }
    });
    html! {
        <div class="app-budget-panel">
            <h2 class="govuk-heading-s">{ text.get("budget-panel-heading") }</h2>
            <dl class="govuk-summary-list govuk-summary-list--no-border">
                { row("budget-indicative", text.with("amount-week-and-year", &[
                    ("weekly", money(budget.weekly_minor).into()),
                    ("yearly", money(budget.annual_minor).into()),
                ])) }
                { for props.personal.iter().flat_map(|figures| panel_rows(figures, rules.currency())).map(|(key, value)| {
                    summary_row(text.get(key), html! { text.message(&value) })
                }) }
                { spending }
            </dl>
            // Only the figure that matters is announced as it changes, not the whole panel.
            <p class="govuk-visually-hidden" role="status">{ announcement }</p>
            if !budget.unanswered.is_empty() {
                <p class="govuk-body-s">{ text.with("budget-unanswered", &[("count", budget.unanswered.len().into())]) }</p>
            }
        </div>
    }
}
