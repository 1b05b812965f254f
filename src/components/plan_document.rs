//! A whole signed plan, read-only: what the printed plan and the council view show. It is drawn
//! from the signed file itself (its plan, budget, totals and personal budget), so what is
//! printed or checked is exactly what was signed. Its parts follow what the Care Act 2014 asks
//! a plan to say (s25, s26): the assessed needs and how they are met, wellbeing, information
//! and advice, the personal budget in three parts, direct payments, how progress is checked,
//! and how to ask for a review.

use std::rc::Rc;

use sds_app::choices::{basis_said_of, management_words, overall_option, Choosable};
use sds_app::personal_budget::{
    direct_payment_words, eligibility_words, how_met, meeting_words, named, needs_named,
    paid_by_it, parts, HowMet,
};
use sds_domain::config::CouncilConfig;
use sds_domain::money::Currency;
use sds_domain::plan::costing::LineCost;
use sds_domain::plan::{PlannedBy, Support, SupportPlan};
use sds_domain::rules::format::Scheme;
use sds_domain::rules::{Untranslated, WordsAt};
use sds_domain::signing::signed_plan::{
    BudgetFigures, DirectPaymentFigures, PersonalBudgetFigures, SignedPlan, Totals,
};
use sds_domain::wording::Language;
use yew::prelude::*;

use crate::clock::local_time;
use crate::components::contact_details::ContactDetails;
use crate::components::item_block::summary_row;
use crate::components::plan_frame::use_rules;
use crate::i18n::{use_text, Text};

#[derive(Properties, PartialEq)]
pub struct PlanDocumentProps {
    pub signed: SignedPlan,
    pub currency: Currency,
    /// Each support's cost with its working, when the rule set the plan names is at hand.
    #[prop_or_default]
    pub lines: Option<Vec<LineCost>>,
    /// The personal budget to show: the one signed, or for a file signed before plans said it,
    /// the one worked out again (`sds_app::personal_budget::for_document`); `None` says it
    /// cannot be shown.
    #[prop_or_default]
    pub personal_budget: Option<PersonalBudgetFigures>,
}

#[component]
pub fn PlanDocument(props: &PlanDocumentProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let config = use_context::<Rc<CouncilConfig>>();
    let untranslated = use_context::<Rc<Untranslated>>();
    let signed = &props.signed;
    let plan = &signed.plan;
    let scheme = rules.as_ref().map_or(Scheme::England, |r| r.scheme());
    let council = config
        .as_ref()
        .map(|c| c.council.name.clone())
        .unwrap_or_default();
    let person = if plan.person.name.trim().is_empty() {
        text.get("the-person")
    } else {
        plan.person.name.trim().to_owned()
    };
    // The council's words for outcomes and wellbeing left in its own language keep theirs.
    let lang_of = |words: WordsAt| {
        untranslated
            .as_ref()
            .and_then(|u| u.lang_of(&words))
            .map(|lang| AttrValue::from(lang.to_owned()))
    };
    let (outcome_names, wellbeing_names) = rules.as_ref().map_or((&[][..], &[][..]), |r| {
        (r.eligibility_outcomes(), r.wellbeing())
    });

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

            <h2 class="govuk-heading-m">{ text.get("document-needs") }</h2>
            if plan.needs.is_empty() {
                <p class="govuk-body">{ text.get("document-needs-none") }</p>
            }
            { for plan.needs.iter().enumerate().map(|(i, need)| {
                let outcomes = named(outcome_names, &need.eligibility_outcomes);
                let how = match how_met(plan, need) {
                    HowMet::Supports(supports) => Some(support_titles(&supports, &text)),
                    HowMet::Reason(reason) => Some(html! { <span class="app-preserve-lines" dir="auto">{ reason }</span> }),
                    HowMet::NotToBeMet => None,
                    HowMet::NotSaid => Some(html! { text.get("not-given") }),
                };
                html! {
                    <>
                        <h3 class="govuk-heading-s">{ text.with("document-need-number", &[("number", (i + 1).into())]) }</h3>
                        <dl class="govuk-summary-list">
                            { summary_row(text.get("document-need-words"), html! { <span class="app-preserve-lines" dir="auto">{ or_not_given(&need.in_council_words) }</span> }) }
                            { summary_row(text.get("document-need-eligibility"), html! { text.get(eligibility_words(need.eligible)) }) }
                            if !outcomes.is_empty() {
                                { summary_row(text.get("document-need-outcomes"), html! {
                                    <ul class="govuk-list govuk-list--bullet">
                                        { for outcomes.iter().map(|(id, name)| html! {
                                            <li><bdi lang={lang_of(WordsAt::EligibilityOutcome((*id).to_owned()))}>{ *name }</bdi></li>
                                        }) }
                                    </ul>
                                }) }
                            }
                            { summary_row(text.get("document-need-will-meet"), html! { text.get(meeting_words(need.council_will_meet)) }) }
                            if let Some(how) = how {
                                { summary_row(text.get("document-need-how"), how) }
                            }
                        </dl>
                    </>
                }
            }) }

            <h2 class="govuk-heading-m">{ text.get("document-wellbeing") }</h2>
            if plan.wellbeing.is_empty() {
                <p class="govuk-body">{ text.get("not-given") }</p>
            } else {
                <p class="govuk-body">{ text.get("document-wellbeing-intro") }</p>
                <ul class="govuk-list govuk-list--bullet">
                    { for named(wellbeing_names, &plan.wellbeing).iter().map(|(id, name)| html! {
                        <li><bdi lang={lang_of(WordsAt::Wellbeing((*id).to_owned()))}>{ *name }</bdi></li>
                    }) }
                </ul>
            }

            <h2 class="govuk-heading-m">{ text.get("document-information") }</h2>
            <p class="govuk-body app-preserve-lines"><bdi>{ or_not_given(&plan.information_and_advice) }</bdi></p>

            <h2 class="govuk-heading-m">{ text.get("document-money") }</h2>
            <dl class="govuk-summary-list">
                { summary_row(text.get("check-row-budget"), budget(&signed.budget, &props.currency, &text)) }
                { summary_row(text.get("document-rule-set"), html! { text.with("document-rule-set-version", &[("id", signed.rule_set.id.as_str().into()), ("version", signed.rule_set.version.as_str().into())]) }) }
            </dl>

            <h2 class="govuk-heading-m">{ text.get("document-personal-budget") }</h2>
            if let Some(figures) = &props.personal_budget {
                { parts_list(figures, &props.currency, &person, &council, &text) }
            } else {
                <p class="govuk-body">{ text.get("document-pb-not-shown") }</p>
            }

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
                    .map_or_else(|| text.get("not-given"), |m| text.get(management_words(m, scheme).0));
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
            if let Some(option) = overall_option(scheme, plan.supports.iter().filter(|s| s.paid).filter_map(|s| s.management)) {
                <dl class="govuk-summary-list">
                    { summary_row(text.get("document-scotland-option"), html! { text.get(option) }) }
                </dl>
            }

            if let Some(nominee) = &plan.nominee {
                <h2 class="govuk-heading-m">{ text.get("document-nominee") }</h2>
                <dl class="govuk-summary-list">
                    { summary_row(text.get("document-name"), html! { with_relationship(&nominee.name, &nominee.relationship) }) }
                    { summary_row(text.get("document-contact"), html! { or_not_given(&nominee.contact) }) }
                </dl>
            }

            <h2 class="govuk-heading-m">{ text.get("document-direct-payments") }</h2>
            if let Some(payment) = props.personal_budget.as_ref().and_then(|f| f.direct_payment.as_ref()) {
                { direct_payment_list(payment, plan, &council, &props.currency, &text) }
            } else if props.personal_budget.is_some() {
                <p class="govuk-body">{ text.get("document-no-direct-payment") }</p>
            } else {
                <p class="govuk-body">{ text.get("document-pb-not-shown") }</p>
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
            </dl>

            <h2 class="govuk-heading-m">{ text.get("document-review") }</h2>
            <dl class="govuk-summary-list" id="document-review">
                { summary_row(text.get("document-monitoring-how"), html! { <span class="app-preserve-lines" dir="auto">{ or_not_given(&plan.monitoring.how) }</span> }) }
                { summary_row(text.get("document-monitoring-by-whom"), html! { <bdi>{ or_not_given(&plan.monitoring.by_whom) }</bdi> }) }
                { summary_row(text.get("check-row-review"), html! { plan.review_date.map_or_else(|| text.get("not-given"), |d| text.date(d)) }) }
            </dl>

            <h2 class="govuk-heading-m">{ text.get("document-disagree") }</h2>
            if let Some(disagreement) = &plan.disagreement {
                <dl class="govuk-summary-list" id="document-disagreement">
                    { summary_row(text.get("document-disagree-about"), html! {
                        disagreement.about.map_or_else(|| text.get("not-given"), |about| text.get(about.key()))
                    }) }
                    { summary_row(text.get("document-disagree-why"), html! { <span class="app-preserve-lines" dir="auto">{ or_not_given(&disagreement.why) }</span> }) }
                </dl>
            } else {
                <p class="govuk-body">{ text.with("document-no-disagreement", &[("name", person.as_str().into())]) }</p>
            }
            if let Some(config) = config.as_ref().filter(|c| c.service.contact.phone.is_some() || c.service.contact.email.is_some()) {
                <p class="govuk-body">{ text.with("document-review-contact", &[("council", council.as_str().into())]) }</p>
                <ContactDetails contact={config.service.contact.clone()} />
            }
        </div>
    }
}

/// The personal budget's three parts, as a summary list. `person` and `council` are their names.
pub fn parts_list(
    figures: &PersonalBudgetFigures,
    currency: &Currency,
    person: &str,
    council: &str,
    text: &Text,
) -> Html {
    let said = parts(figures, currency);
    html! {
        <dl class="govuk-summary-list app-personal-budget">
            { summary_row(text.get("document-pb-cost"), html! { text.message(&said.cost) }) }
            { summary_row(text.with("document-pb-contribution", &[("name", person.into())]), html! { text.message(&said.contribution) }) }
            { summary_row(text.with("document-pb-council", &[("council", council.into())]), html! { text.message(&said.council) }) }
        </dl>
    }
}

/// A direct payment as a summary list: each payment and how often, to whom, what it pays for
/// and the needs that meets, and whether it is paid net or gross.
pub fn direct_payment_list(
    payment: &DirectPaymentFigures,
    plan: &SupportPlan,
    council: &str,
    currency: &Currency,
    text: &Text,
) -> Html {
    let said = direct_payment_words(payment, &plan.person.name, council, currency);
    let needs = needs_named(plan, &payment.needs);
    html! {
        <dl class="govuk-summary-list app-direct-payment">
            { summary_row(text.get("personal-budget-dp-payment"), html! { text.message(&said.payment) }) }
            { summary_row(text.get("personal-budget-dp-payee"), html! { text.message(&said.payee) }) }
            { summary_row(text.get("personal-budget-dp-supports"), support_titles(&paid_by_it(plan), text)) }
            { summary_row(text.get("personal-budget-dp-needs"), if needs.is_empty() {
                html! { text.get("personal-budget-dp-no-needs") }
            } else {
                html! {
                    <ul class="govuk-list govuk-list--bullet">{ for needs.iter().map(|n| html! { <li>{ text.message(n) }</li> }) }</ul>
                }
            }) }
            { summary_row(text.get("personal-budget-dp-basis"), html! { text.message(&said.basis) }) }
        </dl>
    }
}

/// Supports by their descriptions, as a list.
fn support_titles(supports: &[&Support], text: &Text) -> Html {
    html! {
        <ul class="govuk-list govuk-list--bullet">
            { for supports.iter().map(|s| html! {
                <li><bdi>{ if s.description.trim().is_empty() { text.get("support-undescribed") } else { s.description.trim().to_owned() } }</bdi></li>
            }) }
        </ul>
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
