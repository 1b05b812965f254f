//! "Send your signed plan": the signed file to download, the printable plan, how to send it to
//! the council, and a place to load the council's decision when it comes back.

use std::rc::Rc;

use sds_app::choices::verdict_words;
use sds_app::signing::{accept_decision, changed_since, DecisionNotKept};
use sds_domain::config::CouncilConfig;
use sds_domain::signing::decision::{Decision, Verdict};
use sds_domain::signing::sent::{DecisionRefused, SentPlans};
use sds_domain::signing::{file_name, ProblemLevel};
use yew::prelude::*;

use crate::clock::local_time;
use crate::components::files::{Download, FileField, FileProblem, OpenedFile};
use crate::components::item_block::summary_row;
use crate::components::notification_banner::NotificationBanner;
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, BackToTasks, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::components::warning_text::WarningText;
use crate::i18n::{use_text, Text};
use crate::keeper::{read_problem, save_problem};
use crate::routes::Route;
use crate::state::{use_keeper, use_plan};

#[derive(Properties, PartialEq)]
pub struct SignedProps {
    pub id: String,
}

/// The plans signed from this plan on this device, read afresh.
#[hook]
pub fn use_sent(plan_id: &str) -> UseStateHandle<Result<SentPlans, String>> {
    let plan_id = plan_id.to_owned();
    let keeper = use_keeper();
    use_state(move || match keeper {
        Some(keeper) => keeper
            .with(|device| device.sent(&plan_id))
            .map_err(|error| read_problem(&error).to_owned()),
        None => Err("storage-unavailable".to_owned()),
    })
}

/// A decision in one sentence: "Confirmed by Sam Patel, Social worker at Northshire Council, on
/// 3 December 2026 at 3:00pm."
pub fn decision_sentence(decision: &Decision, text: &Text) -> String {
    let (key, _) = verdict_words(decision.decision);
    text.with(
        key,
        &[
            ("officer", decision.officer.name.as_str().into()),
            ("role", decision.officer.role.as_str().into()),
            ("council", decision.council.name.as_str().into()),
            ("when", local_time(text, decision.decided_at).into()),
        ],
    )
}

#[derive(Properties, PartialEq)]
pub struct DecisionPanelProps {
    pub decision: Decision,
    pub currency: sds_domain::money::Currency,
}

/// A loaded decision: what was decided, by whom, the budget agreed and the reasons.
#[component]
pub fn DecisionPanel(props: &DecisionPanelProps) -> Html {
    let text = use_text();
    let d = &props.decision;
    // Amounts in the decision's own currency (the rule set's digits when it is the same one).
    let currency = d.confirmed.as_ref().map_or_else(
        || props.currency.clone(),
        |amounts| {
            if amounts.currency == props.currency.code {
                props.currency.clone()
            } else {
                sds_domain::money::Currency {
                    code: amounts.currency.clone(),
                    minor_digits: 2,
                }
            }
        },
    );
    let money = |minor: i64| currency.format(minor);
    let colour = match d.decision {
        Verdict::Confirmed => "govuk-tag--green",
        Verdict::Changed => "govuk-tag--yellow",
        Verdict::Returned => "govuk-tag--red",
    };
    let tag = html! {
        <strong class={classes!("govuk-tag", colour)}>{ text.get(verdict_words(d.decision).1) }</strong>
    };
    html! {
        <div class="app-decision">
            <p class="govuk-body">{ tag }</p>
            <p class="govuk-body govuk-!-font-weight-bold app-decision-sentence">{ decision_sentence(d, &text) }</p>
            <dl class="govuk-summary-list">
                if let Some(amounts) = &d.confirmed {
                    { summary_row(text.get("decision-budget"), html! { text.with("amount-week-and-year", &[("weekly", money(amounts.weekly_minor).into()), ("yearly", money(amounts.yearly_minor).into())]) }) }
                }
                if !d.reasons.trim().is_empty() {
                    { summary_row(text.get("decision-reasons"), html! { <span class="app-preserve-lines">{ &d.reasons }</span> }) }
                }
                if !d.changes.trim().is_empty() {
                    { summary_row(text.get("decision-changes"), html! { <span class="app-preserve-lines">{ &d.changes }</span> }) }
                }
            </dl>
        </div>
    }
}

#[component]
pub fn Signed(props: &SignedProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let config = use_context::<Rc<CouncilConfig>>();
    let sent_plans = use_sent(&props.id);
    let decision_error = use_state(|| None::<String>);
    let keeper = use_keeper();
    // Set when a decision has just been accepted: whether it is on the latest signed plan.
    let just_loaded = use_state(|| None::<bool>);
    let (Some((plan, _)), Some(rules), Some(config)) = (use_plan(&props.id), rules, config) else {
        return html! { <PlanNotFound /> };
    };
    let kept = match &*sent_plans {
        Ok(kept) => kept.clone(),
        Err(key) => {
            return html! {
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                    <BackToTasks id={plan.id.clone()} />
                    <PageHeading text={text.get("signed-heading")} class={classes!("govuk-heading-l")} />
                    <p class="govuk-body">{ text.get(key) }</p>
                </div></div>
            };
        }
    };
    let Some(latest) = kept.latest().cloned() else {
        return html! {
            <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("signed-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.get("signed-none") }</p>
                <RouteLink to={Route::Sign { id: plan.id.clone() }} class="govuk-button" role="button">{ text.get("sign-button") }</RouteLink>
            </div></div>
        };
    };
    let Some(signed) = latest.signed_plan() else {
        return html! { <PlanNotFound /> };
    };
    let signed_at = signed.signed_at();
    let download_name = file_name(
        "support-plan",
        &signed.plan.person.name,
        signed_at.map_or(signed.plan.started_on, |t| t.date()),
    );
    let onopen = {
        let (sent_plans, decision_error, just_loaded) = (
            sent_plans.clone(),
            decision_error.clone(),
            just_loaded.clone(),
        );
        let (config, text, plan_id) = (config.clone(), text.clone(), plan.id.clone());
        let keeper = keeper.clone();
        Callback::from(move |opened: Result<OpenedFile, FileProblem>| {
            just_loaded.set(None);
            let opened = match opened {
                Ok(opened) => opened,
                Err(problem) => {
                    decision_error.set(Some(text.get(problem.message_key())));
                    return;
                }
            };
            let Some(keeper) = &keeper else {
                decision_error.set(Some(text.get("storage-unavailable")));
                return;
            };
            let kept = keeper.with(|device| {
                accept_decision(device, &plan_id, &opened.text, &config.published_keys())
            });
            match kept {
                Ok(kept) => {
                    decision_error.set(None);
                    just_loaded.set(Some(kept.on_latest));
                    sent_plans.set(Ok(kept.sent));
                }
                Err(DecisionNotKept::NotKept(error)) => {
                    decision_error.set(Some(text.get(save_problem(&error))))
                }
                Err(DecisionNotKept::Sent(error)) => {
                    decision_error.set(Some(text.get(read_problem(&error))))
                }
                Err(DecisionNotKept::Refused(DecisionRefused::OtherPlan { person })) => {
                    decision_error.set(Some(
                        text.with("decision-other-plan", &[("person", person.into())]),
                    ));
                }
                Err(DecisionNotKept::Refused(DecisionRefused::NotVerified(problems))) => {
                    // The first failure says what is wrong; the domain's words are specific.
                    let first = problems
                        .iter()
                        .find(|p| p.severity == ProblemLevel::Failure)
                        .map_or_else(String::new, |p| text.message(&p.message));
                    decision_error.set(Some(
                        text.with("decision-refused", &[("reason", first.into())]),
                    ));
                }
            }
        })
    };
    let contact = &config.service.contact;
    let send_to = &config.service.send_to;
    let changed = changed_since(&plan, &signed.plan);
    let signers = signed
        .declarations
        .iter()
        .map(|d| d.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let fingerprint = signed
        .declarations
        .first()
        .map(|d| d.public_key.fingerprint())
        .unwrap_or_default();
    let earlier: Vec<_> = kept.entries.iter().rev().skip(1).cloned().collect();
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                if let Some(on_latest) = *just_loaded {
                    <NotificationBanner success=true id="decision-loaded" heading={text.get(if on_latest { "decision-loaded" } else { "decision-loaded-earlier" })} />
                }
                <PageHeading text={text.get("signed-heading")} class={classes!("govuk-heading-l")} has_errors={decision_error.is_some()} />
                <dl class="govuk-summary-list">
                    { summary_row(text.get("document-signed-by"), html! { signers }) }
                    if let Some(at) = signed_at {
                        { summary_row(text.get("document-signed-at"), html! { local_time(&text, at) }) }
                    }
                    { summary_row(text.get("document-key"), html! { <span class="app-code" id="signed-fingerprint">{ fingerprint }</span> }) }
                    { summary_row(text.get("document-digest"), html! { <span class="app-code app-digest" id="signed-digest">{ &latest.digest }</span> }) }
                </dl>
                if changed {
                    <WarningText text={text.get("signed-changed-since")} />
                    <RouteLink to={Route::Sign { id: plan.id.clone() }} class="govuk-button govuk-button--secondary" role="button">{ text.get("sign-again") }</RouteLink>
                }

                <h2 class="govuk-heading-m">{ text.get("signed-download-heading") }</h2>
                <p class="govuk-body">{ text.with("signed-download-body", &[("file", download_name.as_str().into())]) }</p>
                <div class="govuk-button-group">
                    <Download contents={latest.signed.clone()} file_name={download_name.clone()} label={text.get("signed-download")} />
                    <RouteLink to={Route::PrintPlan { id: plan.id.clone() }} class="govuk-link">{ text.get("signed-print") }</RouteLink>
                </div>

                <h2 class="govuk-heading-m">{ text.with("signed-send-heading", &[("council", config.council.name.as_str().into())]) }</h2>
                // Where the council asks for signed plans; its general contact address if it
                // names nowhere else.
                if let Some(email) = send_to.email.as_ref().or(if send_to.web_address.is_none() { contact.email.as_ref() } else { None }) {
                    <p class="govuk-body">
                        { text.get("signed-send-email") }
                        <a class="govuk-link" href={format!("mailto:{email}")}>{ email }</a>
                    </p>
                }
                if let Some(address) = &send_to.web_address {
                    <p class="govuk-body">
                        { text.get("signed-send-web") }
                        <a class="govuk-link" href={address.clone()}>{ address }</a>
                    </p>
                }
                if let Some(instructions) = &send_to.instructions {
                    <p class="govuk-body app-preserve-lines">{ instructions }</p>
                }
                <p class="govuk-body">{ text.with("signed-send-fingerprint", &[("council", config.council.name.as_str().into())]) }</p>

                <h2 class="govuk-heading-m">{ text.get("signed-decision-heading") }</h2>
                if let Some(decision) = latest.decision() {
                    <DecisionPanel {decision} currency={rules.currency().clone()} />
                } else {
                    <p class="govuk-body">{ text.with("signed-decision-waiting", &[("council", config.council.name.as_str().into())]) }</p>
                }
                <FileField id="decision-file" label={text.get("signed-load-decision")} hint={text.get("signed-load-decision-hint")}
                    error={(*decision_error).clone().map(AttrValue::from)} {onopen} />

                if !earlier.is_empty() {
                    <h2 class="govuk-heading-m">{ text.get("signed-earlier") }</h2>
                    <ul class="govuk-list govuk-list--bullet">
                        { for earlier.iter().map(|entry| {
                            let when = entry.signed_plan().and_then(|s| s.signed_at()).map(|at| local_time(&text, at)).unwrap_or_default();
                            let status = entry.decision().map_or_else(|| text.get("signed-earlier-no-decision"), |d| decision_sentence(&d, &text));
                            html! { <li key={entry.digest.clone()}>{ text.with("signed-earlier-item", &[("when", when.into()), ("status", status.into())]) }</li> }
                        }) }
                    </ul>
                }
            </div>
        </div>
    }
}
