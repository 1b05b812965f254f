//! "Sign your plan": the declaration, who is signing and their typed name, and an optional
//! witness. Signing makes the signed file, keeps it on this device with the plan, and moves on
//! to sending it.

use std::rc::Rc;

use sds_app::choices::{declaration_key, Choosable, SIGNING_ROLES};
use sds_app::money::answered_under;
use sds_app::signing::{first_signer, sign_and_keep, signers, NotSigned};
use sds_domain::config::CouncilConfig;
use sds_domain::plan::checks::{assess, Severity};
use sds_domain::plan::SupportPlan;
use sds_domain::signing::signed_plan::SignerRole;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::{Checkboxes, Choice, Radios, TextField};
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::i18n::{use_text, Text};
use crate::keeper::{read_problem, save_problem};
use crate::routes::Route;
use crate::state::{use_keeper, use_plan};

#[derive(Properties, PartialEq)]
pub struct SignProps {
    pub id: String,
}

/// The declaration a signer in `role` agrees to, in the words shown to them.
pub fn declaration(role: SignerRole, plan: &SupportPlan, council: &str, text: &Text) -> String {
    let mut args = who(plan, text);
    args.push(("council", council.to_owned().into()));
    text.with(declaration_key(role), &args)
}

#[component]
pub fn Sign(props: &SignProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let config = use_context::<Rc<CouncilConfig>>();
    let navigator = use_navigator();
    let found = use_plan(&props.id);
    let keeper = use_keeper();
    let default_role = found.as_ref().map(|(plan, _)| first_signer(plan));
    let role = use_state(|| default_role);
    let name = use_state(String::new);
    let agreed = use_state(|| false);
    let witness = use_state(String::new);
    let errors = use_state(Vec::<FieldError>::new);
    let attempt = use_state(|| 0u32);
    let failure = use_state(|| None::<String>);
    // A failure to sign is announced and focused, like an error summary.
    let failure_box = use_node_ref();
    {
        let failure_box = failure_box.clone();
        use_effect_with((*failure).clone(), move |failure| {
            if failure.is_some() {
                if let Some(element) = failure_box.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }

    let (Some((plan, _)), Some(rules), Some(config)) = (found, rules, config) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let assessment = assess(&plan, &rules);
    let must_fix = assessment
        .findings
        .iter()
        .filter(|f| f.severity == Severity::MustFix)
        .count();
    if must_fix > 0 {
        return html! {
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <BackToTasks id={plan.id.clone()} />
                    <PageHeading text={text.get("sign-heading")} class={classes!("govuk-heading-l")} />
                    <p class="govuk-body">{ text.with("sign-not-ready", &[("count", must_fix.into())]) }</p>
                    <RouteLink to={Route::Check { id: plan.id.clone() }} class="govuk-button" role="button">
                        { text.get("task-check-button") }
                    </RouteLink>
                </div>
            </div>
        };
    }
    if !answered_under(plan.rule_set.as_ref(), &rules) {
        return html! {
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <BackToTasks id={plan.id.clone()} />
                    <PageHeading text={text.get("sign-heading")} class={classes!("govuk-heading-l")} />
                    <p class="govuk-body">{ text.with("sign-rules-changed", &[("council", config.council.name.as_str().into())]) }</p>
                    <RouteLink to={Route::Money { id: plan.id.clone() }} class="govuk-button" role="button">
                        { text.get("sign-rules-changed-button") }
                    </RouteLink>
                </div>
            </div>
        };
    }
    let council = config.council.name.clone();
    let onsubmit = {
        let (role, name, agreed, witness) =
            (role.clone(), name.clone(), agreed.clone(), witness.clone());
        let (errors, attempt, failure) = (errors.clone(), attempt.clone(), failure.clone());
        let (plan, rules, text, council) =
            (plan.clone(), rules.clone(), text.clone(), council.clone());
        let navigator = navigator.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut found = Vec::new();
            if role.is_none() {
                found.push(FieldError {
                    field_id: "signer-role".into(),
                    message: text.get("sign-error-role").into(),
                });
            }
            if name.trim().is_empty() {
                found.push(FieldError {
                    field_id: "signer-name".into(),
                    message: text.get("sign-error-name").into(),
                });
            }
            if !*agreed {
                found.push(FieldError {
                    field_id: "agree".into(),
                    message: text.get("sign-error-agree").into(),
                });
            }
            let Some(role) = *role else {
                errors.set(found);
                attempt.set(*attempt + 1);
                return;
            };
            if !found.is_empty() {
                errors.set(found);
                attempt.set(*attempt + 1);
                return;
            }
            errors.set(Vec::new());
            let signers = signers(role, &name, &witness, |role| {
                declaration(role, &plan, &council, &text)
            });
            let Some(keeper) = &keeper else {
                return;
            };
            // The key and the record of signed plans must both be kept, or nothing is signed.
            let signed = keeper.with(|device| {
                sign_and_keep(
                    device,
                    &plan,
                    &rules,
                    &signers,
                    text.language(),
                    clock::now(),
                )
            });
            match signed {
                Ok(_) => {
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::Signed {
                            id: plan.id.clone(),
                        });
                    }
                }
                Err(problem) => failure.set(Some(text.get(match &problem {
                    NotSigned::Key(error) | NotSigned::NotKept(error) => save_problem(error),
                    NotSigned::Sent(error) => read_problem(error),
                    NotSigned::NoClock => "sign-clock",
                    NotSigned::Refused(_) => "sign-failed",
                }))),
            }
        })
    };
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|e| e.field_id == field)
            .map(|e| e.message.clone())
    };
    let on_role = {
        let (role, agreed) = (role.clone(), agreed.clone());
        Callback::from(move |value: String| {
            // Another role is another declaration: agreeing to the last one does not carry over.
            agreed.set(false);
            role.set(SignerRole::named(&value));
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |value: String| name.set(value))
    };
    let on_agree = {
        let agreed = agreed.clone();
        Callback::from(move |values: Vec<String>| agreed.set(values.iter().any(|v| v == "agree")))
    };
    let on_witness = {
        let witness = witness.clone();
        Callback::from(move |value: String| witness.set(value))
    };
    let role_choices: Vec<Choice> = SIGNING_ROLES
        .iter()
        .map(|(role, key)| Choice::new(role.name(), text.with(key, &args)))
        .collect();
    let selected = role.map(|role| AttrValue::from(role.name()));
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <ErrorSummary errors={(*errors).clone()} attempt={*attempt} />
                if let Some(problem) = &*failure {
                    <div class="govuk-error-summary" tabindex="-1" ref={failure_box}>
                        <div role="alert">
                            <h2 class="govuk-error-summary__title">{ text.get("error-summary-title") }</h2>
                            <div class="govuk-error-summary__body"><p class="govuk-body">{ problem }</p></div>
                        </div>
                    </div>
                }
                <PageHeading text={text.get("sign-heading")} class={classes!("govuk-heading-l")} has_errors={!errors.is_empty()} />
                <p class="govuk-body">{ text.with("sign-lede", &[("council", council.as_str().into())]) }</p>
                <form novalidate=true {onsubmit}>
                    <Radios id="signer-role" legend={text.get("sign-role-legend")} choices={role_choices}
                        {selected} onchange={on_role} error={error_for("signer-role")} />
                    if let Some(role) = *role {
                        <h2 class="govuk-heading-m">{ text.get("sign-declaration-heading") }</h2>
                        <div class="govuk-inset-text app-declaration-text">{ declaration(role, &plan, &council, &text) }</div>
                    }
                    <TextField id="signer-name" label={text.get("sign-name")} hint={text.get("sign-name-hint")}
                        value={(*name).clone()} oninput={on_name} autocomplete="name" spellcheck={false}
                        error={error_for("signer-name")} />
                    <TextField id="witness-name" label={text.get("sign-witness")} hint={text.with("sign-witness-hint", &[("declaration", declaration(SignerRole::Witness, &plan, &council, &text).into())])}
                        value={(*witness).clone()} oninput={on_witness} spellcheck={false} />
                    <Checkboxes id="agree" legend={text.get("sign-agree-legend")} selected={if *agreed { vec!["agree".to_owned()] } else { Vec::new() }}
                        choices={vec![Choice::new("agree", text.get("sign-agree"))]} onchange={on_agree} error={error_for("agree")} />
                    <button type="submit" class="govuk-button">{ text.get("sign-button") }</button>
                </form>
            </div>
        </div>
    }
}
