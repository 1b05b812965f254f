//! The personal budget in its three parts (the cost of meeting the needs, what the person pays
//! on the basis of the financial assessment, what the council pays), the direct payment where
//! there is one, and saying they disagree, with the council's contact for asking for a review.
//! What is said for each state is the application layer's (`sds_app::personal_budget`).

use std::rc::Rc;

use sds_app::choices::Choosable;
use sds_app::edit::{ContributionStatus, PlanEdit};
use sds_app::personal_budget::{
    amount_entered, direct_payment_words, letter_entered, needs_named, paid_by_it, parts,
};
use sds_domain::config::CouncilConfig;
use sds_domain::plan::checks::assess;
use sds_domain::plan::field::Field;
use sds_domain::plan::DisagreementAbout;
use sds_domain::signing::signed_plan::PersonalBudgetFigures;
use yew::prelude::*;

use crate::components::choice_list::choice_list;
use crate::components::contact_details::ContactDetails;
use crate::components::fields::{Choice, DateField, MoneyField, Radios, TextArea};
use crate::components::item_block::summary_row;
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, DoneButton, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::routes::Route;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct PersonalBudgetProps {
    pub id: String,
}

#[component]
pub fn PersonalBudget(props: &PersonalBudgetProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let config = use_context::<Rc<CouncilConfig>>();
    let (Some((plan, editor)), Some(rules), Some(config)) = (use_plan(&props.id), rules, config)
    else {
        return html! { <PlanNotFound /> };
    };
    let currency = rules.currency();
    let council = config.council.name.as_str();
    let mut args = who(&plan, &text);
    args.push(("council", council.to_owned().into()));
    let assessment = assess(&plan, &rules);

    // What the person pays: the letter's amount and date are asked only once "Yes" is chosen.
    let contribution_choices: Vec<Choice> = choice_list::<ContributionStatus>(&text, |_| true)
        .into_iter()
        .map(|choice| {
            if choice.value != ContributionStatus::Assessed.name() {
                return choice;
            }
            choice.revealing(html! {
                <>
                    <MoneyField id={Field::ContributionAmount.name()} label={text.get("personal-budget-amount")}
                        hint={text.get("personal-budget-amount-hint")} value={amount_entered(plan.contribution)}
                        minor_digits={currency.minor_digits} onchange={editor.on(PlanEdit::SetContributionAmount)} />
                    <DateField id={Field::ContributionLetterDate.name()} legend={text.get("personal-budget-letter-date")}
                        hint={text.get("personal-budget-letter-date-hint")} value={letter_entered(plan.contribution)}
                        onchange={editor.on(PlanEdit::SetContributionLetterDate)} />
                </>
            })
        })
        .collect();
    let contribution_selected = plan
        .contribution
        .as_ref()
        .map(|c| AttrValue::from(ContributionStatus::of(c).name()));

    let personal = assessment.personal_budget.as_ref();
    let figures = personal.map(PersonalBudgetFigures::of);
    let three_parts = figures.as_ref().map(|figures| {
        let said = parts(figures, currency);
        html! {
            <dl class="govuk-summary-list" id="personal-budget-parts">
                { summary_row(text.get("personal-budget-cost"), html! {
                    <>
                        { text.message(&said.cost) }<br />
                        <RouteLink to={Route::Budget { id: plan.id.clone() }} class="govuk-link">{ text.get("personal-budget-cost-link") }</RouteLink>
                    </>
                }) }
                { summary_row(text.with("personal-budget-contribution-heading", &args), html! { text.message(&said.contribution) }) }
                { summary_row(text.with("personal-budget-council-pays", &args), html! { text.message(&said.council) }) }
            </dl>
        }
    });
    let direct_payment = personal
        .and_then(|p| p.direct_payment.as_ref())
        .zip(figures.as_ref().and_then(|f| f.direct_payment.as_ref()))
        .map(|(payment, signed_form)| {
            let said = direct_payment_words(signed_form, &plan.person.name, council, currency);
            let supports = paid_by_it(&plan);
            let needs = needs_named(&plan, &payment.needs);
            let list = |items: Vec<String>| html! {
                <ul class="govuk-list govuk-list--bullet">{ for items.into_iter().map(|i| html! { <li><bdi>{ i }</bdi></li> }) }</ul>
            };
            html! {
                <>
                    <h2 class="govuk-heading-m">{ text.get("personal-budget-dp-heading") }</h2>
                    <dl class="govuk-summary-list" id="direct-payment">
                        { summary_row(text.get("personal-budget-dp-payment"), html! { text.message(&said.payment) }) }
                        { summary_row(text.get("personal-budget-dp-payee"), html! { text.message(&said.payee) }) }
                        { summary_row(text.get("personal-budget-dp-supports"), list(supports.iter().map(|s| {
                            if s.description.trim().is_empty() { text.get("support-undescribed") } else { s.description.trim().to_owned() }
                        }).collect())) }
                        { summary_row(text.get("personal-budget-dp-needs"), if needs.is_empty() {
                            html! { text.get("personal-budget-dp-no-needs") }
                        } else {
                            list(needs.iter().map(|n| text.message(n)).collect())
                        }) }
                        { summary_row(text.get("personal-budget-dp-basis"), html! { text.message(&said.basis) }) }
                        { summary_row(text.get("personal-budget-dp-working"), html! { text.message(&payment.working) }) }
                    </dl>
                </>
            }
        });

    // Saying they disagree: what about and why, carried to the council with the plan.
    let disagreement = plan.disagreement.clone();
    let about_fields = html! {
        <>
            <Radios id={Field::DisagreementAbout.name()} legend={text.get("personal-budget-about-legend")}
                selected={disagreement.as_ref().and_then(|d| d.about).map(|about| AttrValue::from(about.name()))}
                choices={choice_list::<DisagreementAbout>(&text, |_| true)}
                onchange={editor.on_choice(|about| PlanEdit::SetDisagreementAbout(Some(about)))} />
            <TextArea id={Field::DisagreementWhy.name()} label={text.with("personal-budget-why", &args)}
                hint={text.get("personal-budget-why-hint")} rows={5}
                value={disagreement.as_ref().map(|d| d.why.clone()).unwrap_or_default()}
                oninput={editor.on(PlanEdit::SetDisagreementWhy)} />
        </>
    };
    let contact = &config.service.contact;
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.with("personal-budget-heading", &args)} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.with("personal-budget-intro", &args) }</p>

                <h2 class="govuk-heading-m">{ text.with("personal-budget-contribution-heading", &args) }</h2>
                <Radios id={Field::Contribution.name()} legend={text.with("personal-budget-contribution-legend", &args)}
                    hint={text.get("personal-budget-contribution-hint")} selected={contribution_selected}
                    choices={contribution_choices}
                    onchange={editor.on_choice(|status| PlanEdit::SetContributionStatus(Some(status)))} />

                <h2 class="govuk-heading-m">{ text.get("personal-budget-parts-heading") }</h2>
                if let Some(three_parts) = three_parts {
                    { three_parts }
                } else {
                    <p class="govuk-body">
                        { text.get("personal-budget-no-budget") }{ " " }
                        <RouteLink to={Route::Money { id: plan.id.clone() }} class="govuk-link">{ text.get("task-money") }</RouteLink>
                    </p>
                }
                { direct_payment }

                <h2 class="govuk-heading-m">{ text.with("personal-budget-disagree-heading", &args) }</h2>
                <Radios id="disagrees" legend={text.with("personal-budget-disagrees-legend", &args)}
                    hint={text.get("personal-budget-disagrees-hint")}
                    selected={Some(AttrValue::from(if disagreement.is_some() { "yes" } else { "no" }))}
                    choices={vec![Choice::new("yes", text.get("yes")).revealing(about_fields), Choice::new("no", text.get("no"))]}
                    onchange={editor.on(|value: String| PlanEdit::SetDisagrees(value == "yes"))} />
                if contact.phone.is_some() || contact.email.is_some() {
                    <p class="govuk-body">{ text.with("personal-budget-review-contact", &args) }</p>
                    <ContactDetails contact={contact.clone()} />
                }
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
