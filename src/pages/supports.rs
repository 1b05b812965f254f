//! How the person will be supported: every support, paid and unpaid, each costed as it is
//! typed, with the running total against the budget and the contingency.

use sds_app::choices::{Choosable, CostingKind};
use sds_app::edit::{next_id, Item, PlanEdit, SupportChange};
use sds_app::needs::listed_words;
use sds_domain::money::Plain;
use sds_domain::plan::checks::{assess, minimum_contingency};
use sds_domain::plan::costing::{costs, MAX_SESSIONS_PER_WEEK};
use sds_domain::plan::field::Field;
use sds_domain::plan::{Costing, Provider};
use sds_domain::rules::WordsAt;
use sds_domain::signing::signed_plan::PersonalBudgetFigures;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::budget_panel::BudgetPanel;
use crate::components::choice_list::choice_list;
use crate::components::fields::{
    use_focus_after_render, Checkboxes, Choice, MoneyField, NumberField, Radios, Select, TextField,
};
use crate::components::item_block::summary_row;
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, DoneButton, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::components::untranslated_note::UntranslatedNote;
use crate::i18n::use_text;
use crate::routes::Route;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct SupportsProps {
    pub id: String,
}

#[component]
pub fn Supports(props: &SupportsProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let navigator = use_navigator();
    let focus_after = use_focus_after_render();
    let (Some((plan, editor)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let assessment = assess(&plan, &rules);
    let money = |minor: i64| rules.currency().format(minor);
    let add = |paid: bool| {
        let (editor, navigator, plan_id) = (editor.clone(), navigator.clone(), plan.id.clone());
        let sid = next_id(&plan, Item::Support);
        Callback::from(move |_: MouseEvent| {
            editor.send(PlanEdit::AddSupport { paid });
            if let Some(navigator) = &navigator {
                navigator.push(&Route::SupportLine {
                    id: plan_id.clone(),
                    support: sid.clone(),
                });
            }
        })
    };
    let cards = plan.supports.iter().zip(&assessment.costs.lines).map(|(support, line)| {
        let title = if support.description.trim().is_empty() { text.get("support-undescribed") } else { support.description.clone() };
        let remove = {
            let (editor, sid, focus_after) = (editor.clone(), support.id.clone(), focus_after.clone());
            Callback::from(move |_: MouseEvent| {
                focus_after.set(Some("add-paid-support".to_owned()));
                editor.send(PlanEdit::RemoveSupport(sid.clone()));
            })
        };
        let outcomes: Vec<String> = plan.outcomes.iter().filter(|o| support.outcomes.contains(&o.id)).map(|o| o.in_my_words.clone()).collect();
        let provider = match support.provider_name.trim() {
            "" => text.get(support.provider.key()),
            name => format!("{} ({name})", text.get(support.provider.key())),
        };
        let row = |key: &str, value: String| summary_row(text.get(key), html! { value });
        html! {
            <div class="govuk-summary-card" key={support.id.clone()}>
                <div class="govuk-summary-card__title-wrapper">
                    <h2 class="govuk-summary-card__title">{ title.clone() }</h2>
                    <ul class="govuk-summary-card__actions">
                        <li class="govuk-summary-card__action">
                            <RouteLink to={Route::SupportLine { id: plan.id.clone(), support: support.id.clone() }} class="govuk-link">
                                { text.get("change") }<span class="govuk-visually-hidden">{ format!(" {title}") }</span>
                            </RouteLink>
                        </li>
                        <li class="govuk-summary-card__action">
                            <button type="button" class="app-link-button" onclick={remove}>
                                { text.get("remove") }<span class="govuk-visually-hidden">{ format!(" {title}") }</span>
                            </button>
                        </li>
                    </ul>
                </div>
                <div class="govuk-summary-card__content">
                    <dl class="govuk-summary-list">
                        { row("support-who", provider) }
                        { row("support-cost", if support.paid { text.message(&line.working) } else { text.get("support-unpaid") }) }
                        { row("support-helps-with", if outcomes.is_empty() { text.get("support-no-outcomes") } else { outcomes.join("; ") }) }
                    </dl>
                </div>
            </div>
        }
    });
    let budget = assessment.budget.clone();
    let minimum = budget.as_ref().map(|b| {
        (
            rules.file().spending.minimum_contingency_percent.0,
            minimum_contingency(&rules, b.weekly_minor),
        )
    });
    let c = &assessment.costs;
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.with("supports-heading", &args)} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.get("supports-intro") }</p>
                { for cards }
                <div class="govuk-button-group">
                    <button type="button" id="add-paid-support" class="govuk-button govuk-button--secondary" onclick={add(true)}>{ text.get("support-add-paid") }</button>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={add(false)}>{ text.get("support-add-unpaid") }</button>
                </div>
                <h2 class="govuk-heading-m">{ text.get("contingency-heading") }</h2>
                <MoneyField id={Field::Contingency.name()} label={text.get("contingency-label")}
                    hint={minimum.map(|(percent, minor)| AttrValue::from(text.with("contingency-hint", &[
                        ("percent", Plain(percent).to_string().into()), ("amount", money(minor).into()),
                    ])))}
                    value={Some(plan.contingency_weekly_minor)} minor_digits={rules.currency().minor_digits}
                    onchange={editor.on(PlanEdit::SetContingency)} />
                <h2 class="govuk-heading-m">{ text.get("supports-totals") }</h2>
                <dl class="govuk-summary-list">
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{ text.get("totals-supports") }</dt>
                        <dd class="govuk-summary-list__value">{ text.with("amount-week-and-year", &[("weekly", money(c.supports.weekly_minor).into()), ("yearly", money(c.supports.yearly_minor).into())]) }</dd>
                    </div>
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{ text.get("totals-contingency") }</dt>
                        <dd class="govuk-summary-list__value">{ text.with("amount-week-and-year", &[("weekly", money(c.contingency.weekly_minor).into()), ("yearly", money(c.contingency.yearly_minor).into())]) }</dd>
                    </div>
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{ text.get("totals-planned") }</dt>
                        <dd class="govuk-summary-list__value">{ text.with("amount-week-and-year", &[("weekly", money(c.planned.weekly_minor).into()), ("yearly", money(c.planned.yearly_minor).into())]) }</dd>
                    </div>
                    if c.one_off_minor > 0 {
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{ text.get("totals-one-off") }</dt>
                            <dd class="govuk-summary-list__value">{ money(c.one_off_minor) }</dd>
                        </div>
                    }
                </dl>
                <DoneButton id={plan.id.clone()} />
            </div>
            <div class="govuk-grid-column-one-third">
                if let Some(budget) = budget {
                    <BudgetPanel {budget} planned_weekly_minor={Some(c.planned.weekly_minor)}
                        personal={assessment.personal_budget.as_ref().map(PersonalBudgetFigures::of)} />
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SupportLineProps {
    pub id: String,
    pub support: String,
}

/// A whole number from a number field (which is never negative), as a count.
fn whole(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// Adding or changing one support.
#[component]
pub fn SupportLine(props: &SupportLineProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let (Some((plan, editor)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let Some(support) = plan
        .supports
        .iter()
        .find(|s| s.id == props.support)
        .cloned()
    else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let sid = support.id.clone();
    let field = |field: Field| field.input_id(Some(&sid));
    // Every change to this support goes through here.
    let on = |change: fn(String) -> SupportChange| {
        let sid = sid.clone();
        editor.on(move |value: String| PlanEdit::ChangeSupport(sid.clone(), change(value)))
    };
    let change = |change: fn(i64) -> SupportChange| {
        let sid = sid.clone();
        editor.on(move |value: i64| PlanEdit::ChangeSupport(sid.clone(), change(value)))
    };
    let amount = {
        let sid = sid.clone();
        editor.on(move |value: Option<i64>| {
            PlanEdit::ChangeSupport(sid.clone(), SupportChange::Amount(value))
        })
    };
    let choose = |change: fn(Option<String>) -> SupportChange| {
        let sid = sid.clone();
        editor.on(move |value: String| {
            PlanEdit::ChangeSupport(sid.clone(), change((!value.is_empty()).then_some(value)))
        })
    };
    let money = |minor: i64| rules.currency().format(minor);
    let digits = rules.currency().minor_digits;
    let spending = &rules.file().spending;
    let mut categories: Vec<(AttrValue, AttrValue)> =
        vec![(AttrValue::from(""), AttrValue::from(text.get("choose")))];
    categories.extend(spending.categories.iter().map(|c| {
        (
            AttrValue::from(c.id.clone()),
            AttrValue::from(c.name.clone()),
        )
    }));
    let mut items: Vec<(AttrValue, AttrValue)> = vec![(
        AttrValue::from(""),
        AttrValue::from(text.get("price-item-none")),
    )];
    items.extend(spending.price_list.iter().map(|p| {
        let label = match p.price_cap_minor {
            Some(cap) => text.with(
                "price-item-with-cap",
                &[
                    ("name", p.name.as_str().into()),
                    ("cap", money(cap).into()),
                    ("unit", p.unit.as_str().into()),
                ],
            ),
            None => p.name.clone(),
        };
        (AttrValue::from(p.code.clone()), AttrValue::from(label))
    }));
    let quote_needed = support
        .price_item
        .as_ref()
        .and_then(|code| spending.price_list.iter().find(|p| &p.code == code))
        .is_some_and(|p| p.quote_needed);
    let line = costs(&plan, &rules)
        .lines
        .into_iter()
        .find(|l| l.support_id == sid);
    let costing_fields = match support.costing {
        Some(Costing::Hourly {
            minutes_per_week,
            hourly_rate_minor,
        }) => html! {
            <>
                <NumberField id={field(Field::Hours)} label={text.get("costing-hours")} value={minutes_per_week / 60} max={168}
                    suffix={text.get("hours")} onchange={change(|hours| SupportChange::Hours(whole(hours))).reform(i64::from)} />
                <NumberField id={field(Field::Minutes)} label={text.get("costing-minutes")} value={minutes_per_week % 60} max={59}
                    suffix={text.get("minutes")} onchange={change(|minutes| SupportChange::Minutes(whole(minutes))).reform(i64::from)} />
                <MoneyField id={field(Field::Costing)} label={text.get("costing-rate")} value={Some(hourly_rate_minor)} minor_digits={digits}
                    onchange={amount.clone()} />
            </>
        },
        Some(Costing::Sessions {
            sessions_per_week,
            price_per_session_minor,
        }) => html! {
            <>
                <NumberField id={field(Field::Sessions)} label={text.get("costing-sessions-count")} value={sessions_per_week} max={MAX_SESSIONS_PER_WEEK}
                    onchange={change(|n| SupportChange::Sessions(whole(n))).reform(i64::from)} />
                <MoneyField id={field(Field::Costing)} label={text.get("costing-session-price")} value={Some(price_per_session_minor)} minor_digits={digits}
                    onchange={amount.clone()} />
            </>
        },
        Some(Costing::Weekly { weekly_minor }) => html! {
            <MoneyField id={field(Field::Costing)} label={text.get("costing-weekly-amount")} value={Some(weekly_minor)} minor_digits={digits}
                onchange={amount.clone()} />
        },
        Some(Costing::Yearly { yearly_minor }) => html! {
            <MoneyField id={field(Field::Costing)} label={text.get("costing-yearly-amount")} value={Some(yearly_minor)} minor_digits={digits}
                onchange={amount.clone()} />
        },
        Some(Costing::OneOff { amount_minor }) => html! {
            <MoneyField id={field(Field::Costing)} label={text.get("costing-one-off-amount")} value={Some(amount_minor)} minor_digits={digits}
                onchange={amount.clone()} />
        },
        None => html! {},
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <RouteLink to={Route::Supports { id: plan.id.clone() }} class="govuk-back-link">{ text.get("back") }</RouteLink>
                <PageHeading text={text.get(if support.paid { "support-paid-heading" } else { "support-unpaid-heading" })} class={classes!("govuk-heading-l")} />
                <UntranslatedNote under={vec![WordsAt::Categories, WordsAt::NotAllowed, WordsAt::PriceList]} />
                <TextField id={field(Field::Description)} label={text.get("support-description")} hint={text.get("support-description-hint")}
                    value={support.description.clone()} oninput={on(SupportChange::Description)} />
                <Radios id={field(Field::Provider)} legend={text.get("support-provider")}
                    selected={Some(AttrValue::from(support.provider.name()))}
                    onchange={{
                        let sid = sid.clone();
                        editor.on_choice(move |provider| PlanEdit::ChangeSupport(sid.clone(), SupportChange::Provider(provider)))
                    }}
                    choices={choice_list::<Provider>(&text, |_| true)} />
                <TextField id={field(Field::ProviderName)} label={text.get("support-provider-name")} hint={text.get("support-provider-name-hint")}
                    value={support.provider_name.clone()} oninput={on(SupportChange::ProviderName)} />
                <Radios id={field(Field::Paid)} legend={text.get("support-is-paid")} inline=true
                    selected={Some(AttrValue::from(if support.paid { "yes" } else { "no" }))}
                    onchange={on(|v| SupportChange::Paid(v == "yes"))}
                    choices={vec![Choice::new("yes", text.get("support-paid-yes")), Choice::new("no", text.get("support-paid-no"))]} />
                if support.paid {
                    <Select id={field(Field::Category)} label={text.get("support-category")} options={categories}
                        selected={support.category.clone().unwrap_or_default()}
                        onchange={choose(SupportChange::Category)} />
                    <Select id={field(Field::PriceItem)} label={text.get("support-price-item")} hint={text.get("support-price-item-hint")}
                        options={items} selected={support.price_item.clone().unwrap_or_default()}
                        onchange={choose(SupportChange::PriceItem)} />
                    <Radios id={field(Field::CostingKind)} legend={text.get("support-costing")}
                        selected={support.costing.as_ref().map(|c| AttrValue::from(CostingKind::of(c).name()))}
                        onchange={{
                            let sid = sid.clone();
                            editor.on_choice(move |kind| PlanEdit::ChangeSupport(sid.clone(), SupportChange::CostingKind(Some(kind))))
                        }}
                        choices={choice_list::<CostingKind>(&text, |_| true)} />
                    <div key={format!("{sid}-{}", support.costing.as_ref().map_or("", |c| CostingKind::of(c).name()))}>{ costing_fields }</div>
                    // Always on the page, so a screen reader hears the cost as it changes.
                    <div class="govuk-inset-text" aria-live="polite" id={field(Field::Working)}>
                        if let Some(line) = line.filter(|_| support.costing.is_some()) {
                            { text.with("support-costs", &[("working", text.message(&line.working).into())]) }
                        }
                    </div>
                    if quote_needed {
                        <Checkboxes id={field(Field::QuoteAttached)} legend={text.get("support-quote")}
                            selected={if support.quote_attached { vec!["yes".to_owned()] } else { Vec::new() }}
                            onchange={on(|v| SupportChange::QuoteAttached(!v.is_empty())).reform(|values: Vec<String>| values.join(""))}
                            choices={vec![Choice::new("yes", text.get("support-quote-yes"))]} />
                    }
                }
                <Checkboxes id={field(Field::Outcomes)} legend={text.with("support-outcomes", &args)}
                    hint={if plan.outcomes.is_empty() { text.get("support-outcomes-none-yet") } else { text.get("choose-all-that-apply") }}
                    selected={support.outcomes.clone()}
                    onchange={{
                        let sid = sid.clone();
                        editor.on(move |values: Vec<String>| PlanEdit::ChangeSupport(sid.clone(), SupportChange::Outcomes(values)))
                    }}
                    choices={plan.outcomes.iter().map(|o| Choice::new(o.id.clone(), if o.in_my_words.trim().is_empty() { text.get("outcome-unwritten") } else { o.in_my_words.clone() })).collect::<Vec<_>>()} />
                if plan.needs.is_empty() {
                    // The question, and where a finding about this support's needs lands, with
                    // the way to add them.
                    <h2 class="govuk-heading-m">{ text.get("support-needs") }</h2>
                    <p class="govuk-body" id={field(Field::Needs)} tabindex="-1">
                        { text.get("support-needs-none-yet") }{ " " }
                        <RouteLink to={Route::AssessedNeeds { id: plan.id.clone() }} class="govuk-link">{ text.get("support-needs-add") }</RouteLink>
                    </p>
                } else {
                    <Checkboxes id={field(Field::Needs)} legend={text.get("support-needs")} hint={text.get("choose-all-that-apply")}
                        selected={support.needs.clone()}
                        onchange={{
                            let sid = sid.clone();
                            editor.on(move |values: Vec<String>| PlanEdit::ChangeSupport(sid.clone(), SupportChange::Needs(values)))
                        }}
                        choices={plan.needs.iter().enumerate().map(|(n, need)| Choice::new(need.id.clone(),
                            listed_words(need).unwrap_or_else(|| text.with("need-number", &[("number", (n + 1).into())])))).collect::<Vec<_>>()} />
                }
                <div class="govuk-button-group">
                    <RouteLink to={Route::Supports { id: plan.id.clone() }} class="govuk-button" role="button">{ text.get("save-and-continue") }</RouteLink>
                </div>
            </div>
        </div>
    }
}
