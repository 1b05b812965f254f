//! The council view: an officer opens a signed plan, sees whether it verifies, the budget worked
//! out again and what the checks find, reads the plan, and records a decision signed with a
//! council key file. The key is held in memory only until the decision is signed, and never
//! stored.
//!
//! It is the council's page (council.html, `CouncilApp`), its own entry with its own wasm
//! (`src/bin/council.rs`): nothing of the person's app links to this module, so none of it,
//! nor the decision tools and key files it uses, is in the wasm a person downloads.

use std::rc::Rc;

use sds_app::choices::Choosable;
use sds_app::council::{
    figures_agree, personal_budget_shown, verify_under_current, verify_with_rules_at_hand,
    FirstLook,
};
use sds_domain::config::CouncilConfig;
use sds_domain::plan::checks::{Finding, Severity};
use sds_domain::plan::costing::costs;
use sds_domain::plan::SupportPlan;
use sds_domain::rules::RuleSet;
use sds_domain::signing::decision::{
    self, ConfirmedAmounts, CouncilRef, Decision, KeyFile, KeyStanding, Officer, Verdict,
};
use sds_domain::signing::signed_plan::PlanVerification;
use sds_domain::signing::{file_name, KeyPair, ProblemLevel};
use yew::prelude::*;

use crate::clock;
use crate::components::choice_list::choice_list;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::{MoneyField, Radios, TextArea, TextField};
use crate::components::files::{Download, FileField, FileProblem, OpenedFile};
use crate::components::frame::Frame;
use crate::components::item_block::summary_row;
use crate::components::page_heading::PageHeading;
use crate::components::plan_document::{direct_payment_list, parts_list, PlanDocument};
use crate::components::plan_frame::use_rules;
use crate::components::warning_text::WarningText;
use crate::config_loader;
use crate::i18n::use_text;
use crate::rules_in_force::RulesInForce;

/// The council's page: the view in the same frame as the person's pages (header, language
/// choice, skip link, update banner, footer) with the rule set in force, but with no router and
/// none of the banners about the device's plans, since it keeps nothing on the device; the
/// header's links lead to the person's app beside it.
#[component]
pub fn CouncilApp() -> Html {
    html! {
        <RulesInForce>
            <Frame>
                <Council />
            </Frame>
        </RulesInForce>
    }
}

/// A council key loaded for the moment of signing.
struct LoadedKey {
    file: KeyFile,
    pair: KeyPair,
}

/// The decision form as typed.
#[derive(Clone, Default, PartialEq)]
struct DecisionDraft {
    verdict: Option<Verdict>,
    reasons: String,
    changes: String,
    weekly: Option<i64>,
    yearly: Option<i64>,
    officer: String,
    role: String,
}

#[component]
pub fn Council() -> Html {
    let text = use_text();
    let rules = use_rules();
    let config = use_context::<Rc<CouncilConfig>>();
    let opened = use_state(|| None::<(String, Rc<PlanVerification>)>);
    let open_error = use_state(|| None::<String>);
    let draft = use_state(DecisionDraft::default);
    let key = use_state(|| None::<Rc<LoadedKey>>);
    let key_error = use_state(|| None::<String>);
    let errors = use_state(Vec::<FieldError>::new);
    let attempt = use_state(|| 0u32);
    let made = use_state(|| None::<(String, String)>);
    // Each file opened moves focus to its result, so the verdict is read out at once.
    let result_heading = use_node_ref();
    let opened_count = use_state(|| 0u32);
    let latest_open = use_mut_ref(|| 0u32);
    {
        let result_heading = result_heading.clone();
        use_effect_with(*opened_count, move |count| {
            if *count > 0 {
                if let Some(heading) = result_heading.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    // Once the decision is signed the form goes; focus goes to the banner that says so.
    let made_banner = use_node_ref();
    {
        let made_banner = made_banner.clone();
        use_effect_with(made.is_some(), move |made| {
            if *made {
                if let Some(banner) = made_banner.cast::<web_sys::HtmlElement>() {
                    let _ = banner.focus();
                }
            }
        });
    }
    let (Some(rules), Some(config)) = (rules, config) else {
        return html! {};
    };

    let onopen_plan = {
        let (opened, open_error, draft, made, rules, text) = (
            opened.clone(),
            open_error.clone(),
            draft.clone(),
            made.clone(),
            rules.clone(),
            text.clone(),
        );
        let (opened_count, key, config) = (opened_count.clone(), key.clone(), config.clone());
        let latest_open = latest_open.clone();
        Callback::from(move |file: Result<OpenedFile, FileProblem>| match file {
            Err(problem) => open_error.set(Some(text.get(problem.message_key()))),
            Ok(file) => {
                open_error.set(None);
                made.set(None);
                // A key loaded for another plan is forgotten.
                key.set(None);
                let (opened, draft, opened_count, rules, config) = (
                    opened.clone(),
                    draft.clone(),
                    opened_count.clone(),
                    rules.clone(),
                    config.clone(),
                );
                // Each file opened gets a number; a slow check of an earlier file (fetching old
                // rule sets) must not overwrite the result of a later one.
                let ticket = {
                    let mut latest = latest_open.borrow_mut();
                    *latest += 1;
                    *latest
                };
                let latest_open = latest_open.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let verification = verify_with_earlier_rules(&file.text, &rules, &config).await;
                    if *latest_open.borrow() != ticket {
                        return;
                    }
                    // Amounts to agree start as the budget worked out again, never the file's
                    // own claim.
                    draft.set(DecisionDraft {
                        weekly: verification
                            .recomputed
                            .as_ref()
                            .map(|r| r.budget.weekly_minor),
                        yearly: verification
                            .recomputed
                            .as_ref()
                            .map(|r| r.budget.yearly_minor),
                        ..DecisionDraft::default()
                    });
                    opened.set(Some((file.name, Rc::new(verification))));
                    opened_count.set(*opened_count + 1);
                });
            }
        })
    };
    let onopen_key = {
        let (key, key_error, config, text) =
            (key.clone(), key_error.clone(), config.clone(), text.clone());
        Callback::from(move |file: Result<OpenedFile, FileProblem>| {
            let file = match file {
                Ok(file) => file,
                Err(problem) => {
                    key_error.set(Some(text.get(problem.message_key())));
                    return;
                }
            };
            match KeyFile::read(&file.text) {
                Err(_) => key_error.set(Some(text.get("council-key-unreadable"))),
                Ok((file, pair)) => {
                    let today = clock::now().map(|now| now.date());
                    let standing =
                        today.map(|day| config.published_keys().standing(&file.public_key, day));
                    if standing == Some(KeyStanding::InForce) {
                        key_error.set(None);
                        key.set(Some(Rc::new(LoadedKey { file, pair })));
                    } else {
                        key_error.set(Some(text.with(
                            "council-key-not-published",
                            &[("fingerprint", file.public_key.fingerprint().into())],
                        )));
                    }
                }
            }
        })
    };
    let forget_key = {
        let key = key.clone();
        Callback::from(move |_: MouseEvent| key.set(None))
    };

    let verification = opened.as_ref().map(|(_, v)| v.clone());
    let signed = verification.as_ref().and_then(|v| v.signed.clone());
    let digest = verification.as_ref().and_then(|v| v.report.digest.clone());
    let verified = verification.as_ref().is_some_and(|v| v.report.verified());

    let onsubmit = {
        let (draft, key, errors, attempt, made, text, config) = (
            draft.clone(),
            key.clone(),
            errors.clone(),
            attempt.clone(),
            made.clone(),
            text.clone(),
            config.clone(),
        );
        let (signed, digest) = (signed.clone(), digest.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(signed), Some(digest)) = (&signed, &digest) else {
                return;
            };
            let mut found = Vec::new();
            let mut need = |ok: bool, field: &str, key: &str| {
                if !ok {
                    found.push(FieldError {
                        field_id: field.to_owned().into(),
                        message: text.get(key).into(),
                    });
                }
            };
            let d = &*draft;
            need(d.verdict.is_some(), "decision", "decision-error-outcome");
            let needs_reasons = d.verdict.is_some_and(|o| o != Verdict::Confirmed);
            let changed = d.verdict == Some(Verdict::Changed);
            need(
                !needs_reasons || !d.reasons.trim().is_empty(),
                "decision-reasons",
                "decision-error-reasons",
            );
            need(
                !changed || !d.changes.trim().is_empty(),
                "decision-changes",
                "decision-error-changes",
            );
            need(
                !changed || d.weekly.is_some(),
                "decision-weekly",
                "decision-error-weekly",
            );
            need(
                !changed || d.yearly.is_some(),
                "decision-yearly",
                "decision-error-yearly",
            );
            need(
                !d.officer.trim().is_empty(),
                "officer-name",
                "decision-error-officer",
            );
            need(
                !d.role.trim().is_empty(),
                "officer-role",
                "decision-error-role",
            );
            need(key.is_some(), "council-key", "decision-error-key");
            let (Some(verdict), Some(loaded), Some(now), true) =
                (d.verdict, (*key).clone(), clock::now(), found.is_empty())
            else {
                errors.set(found);
                attempt.set(*attempt + 1);
                return;
            };
            // Confirmed as it is: the plan's own budget. With changes: the amounts typed.
            let confirmed = match (verdict, d.weekly, d.yearly) {
                (Verdict::Returned, _, _) => None,
                (Verdict::Confirmed, _, _) => Some(ConfirmedAmounts {
                    currency: signed.currency.clone(),
                    weekly_minor: signed.budget.weekly_minor,
                    yearly_minor: signed.budget.yearly_minor,
                }),
                (Verdict::Changed, weekly, yearly) => Some(ConfirmedAmounts {
                    currency: signed.currency.clone(),
                    weekly_minor: weekly.unwrap_or(signed.budget.weekly_minor),
                    yearly_minor: yearly.unwrap_or(signed.budget.yearly_minor),
                }),
            };
            let decision = Decision {
                plan_digest: digest.clone(),
                person: signed.plan.person.name.clone(),
                decision: verdict,
                reasons: d.reasons.trim().to_owned(),
                changes: if verdict == Verdict::Changed {
                    d.changes.trim().to_owned()
                } else {
                    String::new()
                },
                confirmed,
                officer: Officer {
                    name: d.officer.trim().to_owned(),
                    role: d.role.trim().to_owned(),
                },
                council: CouncilRef {
                    id: config.council.id.clone(),
                    name: config.council.name.clone(),
                },
                decided_at: now,
            };
            match decision::decide(&decision, &loaded.pair) {
                Ok(file) => {
                    errors.set(Vec::new());
                    let name = file_name("council-decision", &decision.person, now.date());
                    made.set(Some((file, name)));
                    // The key was needed only for this signature.
                    key.set(None);
                }
                Err(_) => {
                    errors.set(vec![FieldError {
                        field_id: "decision".into(),
                        message: text.get("decision-error-outcome").into(),
                    }]);
                    attempt.set(*attempt + 1);
                }
            }
        })
    };

    let error_for = |field: &str| {
        errors
            .iter()
            .find(|e| e.field_id == field)
            .map(|e| e.message.clone())
    };
    let set = |change: fn(&mut DecisionDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let set_amount = |change: fn(&mut DecisionDraft, Option<i64>)| {
        let draft = draft.clone();
        Callback::from(move |value: Option<i64>| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let on_verdict = set(|d, v| d.verdict = Verdict::named(&v));
    let money = |minor: i64| rules.currency().format(minor);
    let selected = draft.verdict.map(|verdict| AttrValue::from(verdict.name()));

    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={(*errors).clone()} attempt={*attempt} />
                <PageHeading text={text.get("council-heading")} class={classes!("govuk-heading-l")} has_errors={!errors.is_empty()} />
                <p class="govuk-body">{ text.get("council-lede") }</p>
                <FileField id="signed-plan-file" label={text.get("council-open")} hint={text.get("council-open-hint")}
                    error={(*open_error).clone().map(AttrValue::from)} onopen={onopen_plan} drop_zone=true />

                if let (Some((name, verification)), true) = (&*opened, made.is_none()) {
                    <h2 class="govuk-heading-m" tabindex="-1" ref={result_heading.clone()}>{ text.with("council-result-heading", &[("file", name.as_str().into())]) }</h2>
                    { verdict(verification, &text) }
                    if let (Some(signed), true) = (&verification.signed, verified) {
                        { disagreement(&signed.plan, &text) }
                        <h3 class="govuk-heading-s">{ text.get("council-signatures") }</h3>
                        <dl class="govuk-summary-list">
                            { for signed.declarations.iter().map(|d| summary_row(
                                text.with("document-signer", &[("name", d.name.as_str().into()), ("role", text.get(d.role.key()).into())]),
                                html! { <span class="app-code">{ d.public_key.fingerprint() }</span> },
                            )) }
                        </dl>
                        <p class="govuk-body">{ text.get("council-fingerprint-advice") }</p>
                        <h3 class="govuk-heading-s">{ text.get("council-budget") }</h3>
                        <dl class="govuk-summary-list">
                            { summary_row(text.get("council-budget-stated"), html! { text.with("amount-week-and-year", &[("weekly", money(signed.budget.weekly_minor).into()), ("yearly", money(signed.budget.yearly_minor).into())]) }) }
                            { summary_row(text.get("council-budget-recomputed"), match &verification.recomputed {
                                Some(r) => html! { text.with("amount-week-and-year", &[("weekly", money(r.budget.weekly_minor).into()), ("yearly", money(r.budget.yearly_minor).into())]) },
                                None => html! { text.get("council-budget-not-recomputed") },
                            }) }
                            { summary_row(text.get("check-row-planned"), html! { text.with("amount-week-and-year", &[("weekly", money(signed.totals.planned_weekly_minor).into()), ("yearly", money(signed.totals.planned_yearly_minor).into())]) }) }
                        </dl>
                        { personal_budget(verification, &config.council.name, &rules, &text) }
                        if let Some(recomputed) = &verification.recomputed {
                            { findings(&recomputed.findings, &text) }
                        }
                        <details class="govuk-details">
                            <summary class="govuk-details__summary">
                                <span class="govuk-details__summary-text">{ text.get("council-read-plan") }</span>
                            </summary>
                            <div class="govuk-details__text">
                                <PlanDocument signed={signed.clone()} currency={rules.currency().clone()}
                                    lines={(signed.rule_set.content_hash == rules.content_hash()).then(|| costs(&signed.plan, &rules).lines)}
                                    personal_budget={personal_budget_shown(verification).map(|(figures, _)| figures.clone())} />
                            </div>
                        </details>

                        <h2 class="govuk-heading-m">{ text.get("council-decide-heading") }</h2>
                        <form novalidate=true {onsubmit}>
                            <Radios id="decision" legend={text.get("council-decision-legend")} {selected} onchange={on_verdict}
                                error={error_for("decision")}
                                choices={choice_list::<Verdict>(&text, |_| true)} />
                            <TextArea id="decision-reasons" label={text.get("decision-reasons")} hint={text.get("council-reasons-hint")}
                                value={draft.reasons.clone()} oninput={set(|d, v| d.reasons = v)} error={error_for("decision-reasons")} rows={4} />
                            if draft.verdict == Some(Verdict::Changed) {
                                <TextArea id="decision-changes" label={text.get("decision-changes")} hint={text.get("council-changes-hint")}
                                    value={draft.changes.clone()} oninput={set(|d, v| d.changes = v)} rows={4} error={error_for("decision-changes")} />
                            }
                            if draft.verdict == Some(Verdict::Confirmed) {
                                <p class="govuk-body">{ text.with("council-confirm-amounts", &[("weekly", money(signed.budget.weekly_minor).into()), ("yearly", money(signed.budget.yearly_minor).into())]) }</p>
                            }
                            if draft.verdict == Some(Verdict::Changed) {
                                <MoneyField id="decision-weekly" label={text.get("council-weekly")} value={draft.weekly}
                                    minor_digits={rules.currency().minor_digits} onchange={set_amount(|d, v| d.weekly = v)} error={error_for("decision-weekly")} />
                                <MoneyField id="decision-yearly" label={text.get("council-yearly")} value={draft.yearly}
                                    minor_digits={rules.currency().minor_digits} onchange={set_amount(|d, v| d.yearly = v)} error={error_for("decision-yearly")} />
                            }
                            <TextField id="officer-name" label={text.get("council-officer")} value={draft.officer.clone()}
                                oninput={set(|d, v| d.officer = v)} autocomplete="name" spellcheck={false} error={error_for("officer-name")} />
                            <TextField id="officer-role" label={text.get("council-officer-role")} value={draft.role.clone()}
                                oninput={set(|d, v| d.role = v)} autocomplete="organization-title" error={error_for("officer-role")} />
                            if let Some(loaded) = &*key {
                                <div class="govuk-inset-text" id="council-key">
                                    <p class="govuk-body">{ text.with("council-key-loaded", &[("fingerprint", loaded.file.public_key.fingerprint().into())]) }</p>
                                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onclick={forget_key}>{ text.get("council-key-forget") }</button>
                                </div>
                            } else {
                                <FileField id="council-key" label={text.get("council-key")} hint={text.get("council-key-hint")}
                                    error={error_for("council-key").or_else(|| (*key_error).clone().map(AttrValue::from))} onopen={onopen_key} />
                            }
                            <button type="submit" class="govuk-button">{ text.get("council-sign") }</button>
                        </form>
                    }
                }

                if let Some((file, name)) = &*made {
                    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="decision-made-title"
                        tabindex="-1" ref={made_banner.clone()}>
                        <div class="govuk-notification-banner__header">
                            <h2 class="govuk-notification-banner__title" id="decision-made-title">{ text.get("banner-success") }</h2>
                        </div>
                        <div class="govuk-notification-banner__content">
                            <p class="govuk-notification-banner__heading">{ text.get("council-made") }</p>
                            <p class="govuk-body">{ text.get("council-made-body") }</p>
                        </div>
                    </div>
                    <Download contents={file.clone()} file_name={name.clone()} label={text.get("council-download")} />
                }
            </div>
        </div>
    }
}

/// Verifies a signed plan under the rule set in force and, when the plan names another, under
/// the configuration's earlier rule sets too (fetched only then), so a plan made before the
/// rules changed is still checked against the rules it was made with.
async fn verify_with_earlier_rules(
    text: &str,
    current: &RuleSet,
    config: &CouncilConfig,
) -> PlanVerification {
    if let FirstLook::Verified(verification) = verify_under_current(text, current) {
        return *verification;
    }
    let today = clock::now().map(|now| now.date());
    let mut fetched = Vec::new();
    for entry in config.rule_sets_for_verifying(today) {
        // A rule set that cannot be fetched is simply not at hand; the report says so.
        if let Ok(rules) = config_loader::load_rule_set(&entry.file).await {
            fetched.push(rules);
        }
    }
    verify_with_rules_at_hand(text, current, &fetched)
}

/// Whether the file verifies, and every problem and warning, in the domain's words.
fn verdict(verification: &PlanVerification, text: &crate::i18n::Text) -> Html {
    let report = &verification.report;
    let of = |severity: ProblemLevel| -> Vec<String> {
        report
            .problems
            .iter()
            .filter(|p| p.severity == severity)
            .map(|p| text.message(&p.message))
            .collect()
    };
    let (failures, warnings) = (of(ProblemLevel::Failure), of(ProblemLevel::Warning));
    let list = |items: &[String]| {
        html! {
            <ul class="govuk-list govuk-list--bullet">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        }
    };
    let intact = if report.intact() {
        "council-yes"
    } else {
        "council-no"
    };
    let budget = match figures_agree(verification) {
        Some(true) => "council-budget-same",
        Some(false) => "council-budget-different",
        None => "council-budget-unchecked",
    };
    html! {
        <div id="verification-result">
            <dl class="govuk-summary-list">
                { summary_row(text.get("council-intact"), html! { text.get(intact) }) }
                { summary_row(text.get("council-budget-check"), html! { text.get(budget) }) }
            </dl>
            if failures.is_empty() {
                <div class="govuk-panel govuk-panel--confirmation app-verdict">
                    <h3 class="govuk-panel__title govuk-!-font-size-27">{ text.get("council-verified") }</h3>
                    <div class="govuk-panel__body govuk-!-font-size-19">{ text.get("council-verified-body") }</div>
                </div>
            } else {
                <div class="govuk-error-summary" tabindex="-1">
                    <div role="alert">
                        <h3 class="govuk-error-summary__title">{ text.get("council-not-verified") }</h3>
                        <div class="govuk-error-summary__body">
                            { list(&failures) }
                            <p class="govuk-body">{ text.get("council-not-verified-body") }</p>
                        </div>
                    </div>
                </div>
            }
            if !warnings.is_empty() {
                <WarningText text={text.get("council-warnings")} />
                { list(&warnings) }
            }
        </div>
    }
}

/// The personal budget in its three parts and the direct payment, from the signed figures (or,
/// for a file signed before plans said them, worked out again, and said to be).
fn personal_budget(
    verification: &PlanVerification,
    council: &str,
    rules: &RuleSet,
    text: &crate::i18n::Text,
) -> Html {
    let (Some((figures, worked_out_again)), Some(signed)) =
        (personal_budget_shown(verification), &verification.signed)
    else {
        return html! {};
    };
    let person = if signed.plan.person.name.trim().is_empty() {
        text.get("the-person")
    } else {
        signed.plan.person.name.trim().to_owned()
    };
    html! {
        <div id="council-personal-budget">
            <h3 class="govuk-heading-s">{ text.get("council-personal-budget") }</h3>
            if worked_out_again {
                <div class="govuk-inset-text">{ text.get("council-pb-worked-out-again") }</div>
            }
            { parts_list(figures, rules.currency(), &person, council, text) }
            if let Some(payment) = &figures.direct_payment {
                <h3 class="govuk-heading-s">{ text.get("personal-budget-dp-heading") }</h3>
                { direct_payment_list(payment, &signed.plan, council, rules.currency(), text) }
            }
        </div>
    }
}

/// The person's disagreement, where the plan records one: first, so an officer cannot miss it.
fn disagreement(plan: &SupportPlan, text: &crate::i18n::Text) -> Html {
    let Some(disagreement) = &plan.disagreement else {
        return html! {};
    };
    let person = if plan.person.name.trim().is_empty() {
        text.get("the-person")
    } else {
        plan.person.name.trim().to_owned()
    };
    html! {
        <div id="council-disagreement">
            <WarningText text={text.with("council-disagreement", &[("name", person.into())])} />
            <div class="govuk-inset-text">
                <dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
                    { summary_row(text.get("document-disagree-about"), html! {
                        disagreement.about.map_or_else(|| text.get("not-given"), |about| text.get(about.key()))
                    }) }
                    { summary_row(text.get("document-disagree-why"), html! {
                        <span class="app-preserve-lines" dir="auto">{ if disagreement.why.trim().is_empty() { text.get("not-given") } else { disagreement.why.trim().to_owned() } }</span>
                    }) }
                </dl>
            </div>
        </div>
    }
}

/// What the checks find in the plan, as the person's "Check your plan" shows them.
fn findings(found: &[Finding], text: &crate::i18n::Text) -> Html {
    if found.is_empty() {
        return html! { <p class="govuk-body">{ text.get("council-no-findings") }</p> };
    }
    let group = |severity: Severity, key: &str| {
        let items: Vec<&Finding> = found.iter().filter(|f| f.severity == severity).collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <>
                <h3 class="govuk-heading-s">{ text.get(key) }</h3>
                <ul class="govuk-list govuk-list--bullet">
                    { for items.iter().map(|f| html! { <li>{ text.message(&f.message) }</li> }) }
                </ul>
            </>
        }
    };
    html! {
        <>
            { group(Severity::MustFix, "council-findings-must-fix") }
            { group(Severity::WorthChecking, "check-worth-checking") }
            { group(Severity::ForInformation, "check-for-information") }
        </>
    }
}
