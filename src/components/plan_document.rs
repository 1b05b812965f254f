//! A whole signed plan, read-only: what the printed plan and the council view show. It is drawn
//! from the signed file itself (its plan, budget and totals), so what is printed or checked is
//! exactly what was signed.

use sds_app::choices::{basis_said_of, Choosable};
use sds_domain::money::Currency;
use sds_domain::plan::costing::LineCost;
use sds_domain::plan::{PlannedBy, SupportPlan};
use sds_domain::signing::signed_plan::{BudgetFigures, SignedPlan, Totals};
use sds_domain::wording::Language;
use yew::prelude::*;

use crate::clock::local_time;
use crate::components::item_block::summary_row;
use crate::i18n::{use_text, Text};

#[derive(Properties, PartialEq)]
pub struct PlanDocumentProps {
    pub signed: SignedPlan,
    pub currency: Currency,
    /// Each support's cost with its working, when the rule set the plan names is at hand.
    #[prop_or_default]
    pub lines: Option<Vec<LineCost>>,
}

#[component]
pub fn PlanDocument(props: &PlanDocumentProps) -> Html {
    let text = use_text();
    let signed = &props.signed;
    let plan = &signed.plan;
    let or_not_given = |s: &str| {
        if s.trim().is_empty() {
            text.get("not-given")
        } else {
            s.trim().to_owned()
        }
    };
    let list = |items: &[String]| {
        html! { <ul class="govuk-list govuk-list--bullet">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
    };
    html! {
        <div class="app-plan-document">
            <h2 class="govuk-heading-m">{ text.get("document-declarations") }</h2>
            { for signed.declarations.iter().map(|d| html! {
                <div class="app-declaration">
                    // In the language and direction it was signed in, whatever this page's are.
                    <blockquote class="govuk-inset-text" lang={d.language.clone()}
                        dir={Language::find(&d.language).map_or("auto", |l| l.direction.html())}>{ &d.text }</blockquote>
                    <dl class="govuk-summary-list">
                        { summary_row(text.get("document-signed-by"), html! { text.with("document-signer", &[("name", d.name.as_str().into()), ("role", text.get(d.role.key()).into())]) }) }
                        { summary_row(text.get("document-signed-at"), html! { local_time(&text, d.signed_at) }) }
                        { summary_row(text.get("document-key"), html! { <span class="app-code">{ d.public_key.fingerprint() }</span> }) }
                    </dl>
                </div>
            }) }

            <h2 class="govuk-heading-m">{ text.get("document-about") }</h2>
            <dl class="govuk-summary-list">
                { summary_row(text.get("check-row-for"), html! { or_not_given(&plan.person.name) }) }
                { summary_row(text.get("document-planned-by"), planned_by(plan, &text)) }
                if !plan.also_involved.is_empty() {
                    { summary_row(text.get("check-row-involved"), list(&plan.also_involved.iter().map(|p| with_relationship(&p.name, &p.relationship)).collect::<Vec<_>>())) }
                }
            </dl>

            <h2 class="govuk-heading-m">{ text.get("document-money") }</h2>
            <dl class="govuk-summary-list">
                { summary_row(text.get("check-row-budget"), budget(&signed.budget, &props.currency, &text)) }
                { summary_row(text.get("document-rule-set"), html! { text.with("document-rule-set-version", &[("id", signed.rule_set.id.as_str().into()), ("version", signed.rule_set.version.as_str().into())]) }) }
            </dl>

            <h2 class="govuk-heading-m">{ text.get("check-row-what-matters") }</h2>
            <p class="govuk-body app-preserve-lines">{ or_not_given(&plan.what_matters.text) }</p>
            if !plan.what_matters.strengths.is_empty() {
                <h3 class="govuk-heading-s">{ text.get("document-strengths") }</h3>
                { list(&plan.what_matters.strengths) }
            }
            if !plan.what_matters.relationships.is_empty() {
                <h3 class="govuk-heading-s">{ text.get("document-relationships") }</h3>
                { list(&plan.what_matters.relationships) }
            }

            <h2 class="govuk-heading-m">{ text.get("check-row-outcomes") }</h2>
            { for plan.outcomes.iter().enumerate().map(|(i, o)| html! {
                <>
                    <h3 class="govuk-heading-s">{ text.with("outcome-number", &[("number", (i + 1).into())]) }</h3>
                    <dl class="govuk-summary-list">
                        { summary_row(text.get("document-outcome-words"), html! { or_not_given(&o.in_my_words) }) }
                        { summary_row(text.get("document-outcome-know"), html! { or_not_given(&o.how_we_will_know) }) }
                    </dl>
                </>
            }) }

            <h2 class="govuk-heading-m">{ text.get("check-row-supports") }</h2>
            { for plan.supports.iter().map(|s| {
                let line = props.lines.as_ref().and_then(|lines| lines.iter().find(|l| l.support_id == s.id));
                let cost = if !s.paid {
                    text.get("document-unpaid")
                } else {
                    line.map_or_else(|| text.get("document-cost-not-shown"), |l| text.message(&l.working))
                };
                let management = s.management
                    .map_or_else(|| text.get("not-given"), |m| text.get(m.key()));
                html! {
                    <>
                        <h3 class="govuk-heading-s">{ or_not_given(&s.description) }</h3>
                        <dl class="govuk-summary-list">
                            { summary_row(text.get("document-provider"), html! { with_relationship(&text.get(s.provider.key()), &s.provider_name) }) }
                            { summary_row(text.get("document-cost"), html! { cost }) }
                            if s.paid {
                                { summary_row(text.get("check-row-managing"), html! { management }) }
                            }
                        </dl>
                    </>
                }
            }) }
            { totals(&signed.totals, &props.currency, &text) }

            if let Some(nominee) = &plan.nominee {
                <h2 class="govuk-heading-m">{ text.get("document-nominee") }</h2>
                <dl class="govuk-summary-list">
                    { summary_row(text.get("document-name"), html! { with_relationship(&nominee.name, &nominee.relationship) }) }
                    { summary_row(text.get("document-contact"), html! { or_not_given(&nominee.contact) }) }
                </dl>
            }

            <h2 class="govuk-heading-m">{ text.get("document-staying-safe") }</h2>
            { for plan.staying_safe.risks.iter().enumerate().map(|(i, r)| html! {
                <>
                    <h3 class="govuk-heading-s">{ text.with("risk-number", &[("number", (i + 1).into())]) }</h3>
                    <dl class="govuk-summary-list">
                        { summary_row(text.get("document-risk-what"), html! { or_not_given(&r.what_could_go_wrong) }) }
                        { summary_row(text.get("document-risk-do"), html! { or_not_given(&r.what_we_will_do) }) }
                    </dl>
                </>
            }) }
            <dl class="govuk-summary-list">
                { summary_row(text.get("check-row-backup"), html! { or_not_given(&plan.staying_safe.backup_plan) }) }
                if !plan.staying_safe.contacts.is_empty() {
                    { summary_row(text.get("document-contacts"), list(&plan.staying_safe.contacts.iter().map(|c| {
                        let who = with_relationship(&c.name, &c.role);
                        if c.phone.trim().is_empty() { who } else { format!("{who}: {}", c.phone.trim()) }
                    }).collect::<Vec<_>>())) }
                }
            </dl>

            <h2 class="govuk-heading-m">{ text.get("check-row-actions") }</h2>
            <dl class="govuk-summary-list">
                { for plan.actions.iter().map(|a| summary_row(or_not_given(&a.what), html! {
                    { text.with("document-action", &[
                        ("who", or_not_given(&a.who).into()),
                        ("when", a.by_when.map_or_else(|| text.get("not-given"), |d| text.date(d)).into()),
                    ]) }
                })) }
                { summary_row(text.get("check-row-review"), html! { plan.review_date.map_or_else(|| text.get("not-given"), |d| text.date(d)) }) }
            </dl>
        </div>
    }
}

/// "Mary Okafor (sister)", or just the name.
fn with_relationship(name: &str, relationship: &str) -> String {
    match (name.trim(), relationship.trim()) {
        (name, "") => name.to_owned(),
        (name, relationship) => format!("{name} ({relationship})"),
    }
}

fn planned_by(plan: &SupportPlan, text: &Text) -> Html {
    match (plan.planned_by, &plan.representative) {
        (PlannedBy::ThePerson, _) => html! { text.get("document-planned-by-person") },
        (PlannedBy::SomeoneElse, None) => html! { text.get("document-planned-by-other") },
        (PlannedBy::SomeoneElse, Some(r)) => html! {
            <>
                { with_relationship(&r.name, &r.relationship) }
                if let Some(basis) = r.basis {
                    <br />{ text.get(basis_said_of(basis)) }
                }
            </>
        },
    }
}

fn budget(figures: &BudgetFigures, currency: &Currency, text: &Text) -> Html {
    let money = |minor: i64| currency.format(minor);
    html! {
        <>
            { text.with("amount-week-and-year", &[("weekly", money(figures.weekly_minor).into()), ("yearly", money(figures.yearly_minor).into())]) }
            if let (Some(weekly), Some(yearly)) = (figures.carers_weekly_minor, figures.carers_yearly_minor) {
                if weekly > 0 {
                    <br />{ text.with("document-carers", &[("weekly", money(weekly).into()), ("yearly", money(yearly).into())]) }
                }
            }
            if figures.panel {
                <br />{ text.get("document-panel") }
            }
        </>
    }
}

fn totals(totals: &Totals, currency: &Currency, text: &Text) -> Html {
    let money = |minor: i64| currency.format(minor);
    let pair = |weekly: i64, yearly: i64| {
        html! { text.with("amount-week-and-year", &[("weekly", money(weekly).into()), ("yearly", money(yearly).into())]) }
    };
    html! {
        <dl class="govuk-summary-list">
            { summary_row(text.get("document-total-supports"), pair(totals.supports_weekly_minor, totals.supports_yearly_minor)) }
            { summary_row(text.get("document-total-contingency"), pair(totals.contingency_weekly_minor, totals.contingency_yearly_minor)) }
            { summary_row(text.get("check-row-planned"), pair(totals.planned_weekly_minor, totals.planned_yearly_minor)) }
            if totals.one_off_minor > 0 {
                { summary_row(text.get("document-total-one-off"), html! { money(totals.one_off_minor) }) }
            }
        </dl>
    }
}
