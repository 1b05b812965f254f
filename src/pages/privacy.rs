//! "Privacy on this device" (`Route::Privacy`): turning the passphrase lock on and off, changing
//! it, locking now; and removing everything from the device at the end of a visit
//! (`Route::RemoveAll`, which is also the way past a forgotten passphrase). Opening the lock is
//! the unlock page's (`unlock.rs`), which shares the waiting and the problem wording here.

use gloo::timers::future::TimeoutFuture;
use sds_app::keeper::LockSet;
use sds_domain::keeping::device::LockProblem;
use sds_domain::keeping::lock::{
    LockError, DEFAULT_IDLE_MINUTES, IDLE_MINUTES_CHOICES, MIN_PASSPHRASE_CHARS,
};
use yew::prelude::*;

use crate::components::device_gate::LockControl;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::{Choice, Radios, TextField};
use crate::components::notification_banner::NotificationBanner;
use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::components::warning_text::WarningText;
use crate::i18n::use_text;
use crate::keeper::{save_problem, store_problem};
use crate::routes::Route;
use crate::state::{use_keeper, use_plan_book};

/// Argon2id takes a moment on purpose. Waiting one frame first lets "Checking" be shown.
pub(super) async fn after_a_frame() {
    TimeoutFuture::new(30).await;
}

pub(super) fn lock_problem(problem: &LockProblem) -> &'static str {
    match problem {
        LockProblem::Lock(LockError::WrongPassphrase) => "unlock-wrong",
        LockProblem::Lock(LockError::TooShort) => "lock-error-short",
        LockProblem::Lock(LockError::Damaged(_)) => "unlock-damaged",
        LockProblem::Lock(LockError::AlreadyOn) => "lock-error-already-on",
        LockProblem::Save(error) => save_problem(error),
    }
}

/// "Privacy on this device": the passphrase lock, and removing everything.
#[component]
pub fn Privacy() -> Html {
    let text = use_text();
    let keeper = use_keeper();
    let control = use_context::<LockControl>();
    let passphrase = use_state(String::new);
    let repeated = use_state(String::new);
    let idle = {
        // The lock's own time when it is on, so changing the passphrase keeps it unless changed.
        let current = control
            .as_ref()
            .and_then(|control| control.lock.as_ref())
            .map_or(DEFAULT_IDLE_MINUTES, |lock| lock.idle_minutes);
        use_state(move || current.to_string())
    };
    let errors = use_state(Vec::<FieldError>::new);
    let attempt = use_state(|| 0u32);
    let working = use_state(|| false);
    let (Some(keeper), Some(control)) = (keeper, control) else {
        return html! {};
    };
    // One form turns the lock on, or (when it is on) changes its passphrase and idle time.
    let submit = {
        let (passphrase, repeated, idle) = (passphrase.clone(), repeated.clone(), idle.clone());
        let (errors, attempt, working) = (errors.clone(), attempt.clone(), working.clone());
        let (text, keeper, control) = (text.clone(), keeper.clone(), control.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *working {
                return;
            }
            let mut found = Vec::new();
            let mut error = |field: &str, key: &str| {
                found.push(FieldError {
                    field_id: field.to_owned().into(),
                    message: text.get(key).into(),
                })
            };
            if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                error("new-passphrase", "lock-error-short");
            } else if *repeated != *passphrase {
                error("repeat-passphrase", "lock-error-different");
            }
            if !found.is_empty() {
                errors.set(found);
                attempt.set(*attempt + 1);
                return;
            }
            errors.set(Vec::new());
            working.set(true);
            let minutes = idle.parse().unwrap_or(DEFAULT_IDLE_MINUTES);
            let typed = (*passphrase).clone();
            let (keeper, control, working) = (keeper.clone(), control.clone(), working.clone());
            let (errors, attempt, text) = (errors.clone(), attempt.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                after_a_frame().await;
                let done = keeper
                    .set_lock(control.lock.is_some(), &typed, minutes)
                    .map(|set| match set {
                        LockSet::On => "lock-on-done",
                        LockSet::OnPartly => "lock-on-partly",
                        LockSet::Changed => "lock-changed-done",
                    });
                match done {
                    Ok(said) => control.changed.emit(Some(said)),
                    Err(problem) => {
                        errors.set(vec![FieldError {
                            field_id: "new-passphrase".into(),
                            message: text.get(lock_problem(&problem)).into(),
                        }]);
                        attempt.set(*attempt + 1);
                    }
                }
                working.set(false);
            });
        })
    };
    let turn_off = {
        let (keeper, control, errors, attempt, text) = (
            keeper.clone(),
            control.clone(),
            errors.clone(),
            attempt.clone(),
            text.clone(),
        );
        Callback::from(move |_: MouseEvent| match keeper.turn_lock_off() {
            Ok(()) => control.changed.emit(Some("lock-off-done")),
            Err(problem) => {
                errors.set(vec![FieldError {
                    field_id: "turn-off".into(),
                    message: text.get(lock_problem(&problem)).into(),
                }]);
                attempt.set(*attempt + 1);
            }
        })
    };
    let lock_now = {
        let control = control.clone();
        Callback::from(move |_: MouseEvent| control.lock_now.emit(()))
    };
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|e| e.field_id == field)
            .map(|e| e.message.clone())
    };
    let idle_choices: Vec<Choice> = IDLE_MINUTES_CHOICES
        .iter()
        .map(|m| {
            Choice::new(
                m.to_string(),
                text.with("lock-idle-choice", &[("minutes", (*m).into())]),
            )
        })
        .collect();
    let form = |button: &str| {
        html! {
            <form novalidate=true onsubmit={submit.clone()}>
                <TextField id="new-passphrase" label={text.get("lock-new-label")} hint={text.get("lock-new-hint")}
                    input_type="password" autocomplete="new-password" spellcheck={false}
                    width="govuk-!-width-two-thirds" value={(*passphrase).clone()} error={error_for("new-passphrase")}
                    oninput={{ let p = passphrase.clone(); Callback::from(move |v| p.set(v)) }} />
                <TextField id="repeat-passphrase" label={text.get("lock-repeat-label")}
                    input_type="password" autocomplete="new-password" spellcheck={false}
                    width="govuk-!-width-two-thirds" value={(*repeated).clone()} error={error_for("repeat-passphrase")}
                    oninput={{ let r = repeated.clone(); Callback::from(move |v| r.set(v)) }} />
                <Radios id="lock-idle" legend={text.get("lock-idle-legend")} choices={idle_choices.clone()}
                    selected={Some(AttrValue::from((*idle).clone()))}
                    onchange={{ let i = idle.clone(); Callback::from(move |v| i.set(v)) }} />
                <button type="submit" class="govuk-button">{ text.get(button) }</button>
                <p class="govuk-body" role="status">
                    if *working { { text.get("lock-working") } }
                </p>
            </form>
        }
    };
    let lock_section = match &control.lock {
        Some(lock) => html! {
            <>
                <h2 class="govuk-heading-m">{ text.get("lock-on-heading") }</h2>
                <p class="govuk-body">{ text.with("lock-on-body", &[("minutes", lock.idle_minutes.into())]) }</p>
                <button type="button" class="govuk-button" onclick={lock_now}>{ text.get("lock-now") }</button>
                <h2 class="govuk-heading-m">{ text.get("lock-change-heading") }</h2>
                <p class="govuk-body">{ text.get("lock-change-body") }</p>
                { form("lock-change-button") }
                <h2 class="govuk-heading-m">{ text.get("lock-off-heading") }</h2>
                <p class="govuk-body">{ text.get("lock-off-body") }</p>
                <button type="button" id="turn-off" class="govuk-button govuk-button--secondary" onclick={turn_off}>
                    { text.get("lock-off-button") }
                </button>
            </>
        },
        None => html! {
            <>
                <h2 class="govuk-heading-m">{ text.get("lock-heading") }</h2>
                <p class="govuk-body">{ text.get("lock-body") }</p>
                <WarningText text={text.get("lock-warning")} />
                <p class="govuk-body">
                    <RouteLink to={Route::Backup} class="govuk-link">{ text.get("lock-backup-first") }</RouteLink>
                </p>
                { form("lock-on-button") }
            </>
        },
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={(*errors).clone()} attempt={*attempt} />
                if let Some(key) = control.notice {
                    <NotificationBanner success=true id="lock-notice" heading={text.get(key)} />
                }
                <PageHeading text={text.get("device-privacy-heading")} class={classes!("govuk-heading-l")} />
                { lock_section }
                <h2 class="govuk-heading-m">{ text.get("remove-all-heading") }</h2>
                <p class="govuk-body">{ text.get("remove-all-when") }</p>
                <RouteLink to={Route::RemoveAll} class="govuk-button govuk-button--warning" role="button">
                    { text.get("remove-all-heading") }
                </RouteLink>
            </div>
        </div>
    }
}

/// "Remove all data from this device": every plan, signed plan, the signing key and the lock.
#[component]
pub fn RemoveAll() -> Html {
    let text = use_text();
    let keeper = use_keeper();
    let control = use_context::<LockControl>();
    let book = use_plan_book();
    let failed = use_state(|| None::<&'static str>);
    let (Some(keeper), Some(control)) = (keeper, control) else {
        return html! {};
    };
    if control.notice == Some("remove-all-done") {
        return html! {
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <div class="govuk-panel govuk-panel--confirmation">
                        <h1 class="govuk-panel__title" tabindex="-1">{ text.get("remove-all-done") }</h1>
                    </div>
                    <p class="govuk-body">{ text.get("remove-all-done-body") }</p>
                    <p class="govuk-body">
                        <RouteLink to={Route::Start} class="govuk-link">{ text.get("remove-all-start") }</RouteLink>
                    </p>
                </div>
            </div>
        };
    }
    let remove = {
        let (failed, keeper, control) = (failed.clone(), keeper.clone(), control.clone());
        Callback::from(move |_: MouseEvent| match keeper.remove_all() {
            Ok(()) => control.changed.emit(Some("remove-all-done")),
            Err(error) => failed.set(Some(store_problem(&error))),
        })
    };
    let count = book.as_ref().map(|book| book.plans.len());
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                if let Some(key) = *failed {
                    <div class="govuk-error-summary" role="alert">
                        <h2 class="govuk-error-summary__title">{ text.get("error-summary-title") }</h2>
                        <div class="govuk-error-summary__body"><p class="govuk-body">{ text.get(key) }</p></div>
                    </div>
                }
                <PageHeading text={text.get("remove-all-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.get("remove-all-body") }</p>
                if let Some(count) = count {
                    <p class="govuk-body">{ text.with("remove-all-count", &[("count", count.into())]) }</p>
                }
                <WarningText text={text.get("remove-all-warning")} />
                if !control.closed {
                    <p class="govuk-body">
                        <RouteLink to={Route::Backup} class="govuk-link">{ text.get("lock-backup-first") }</RouteLink>
                    </p>
                }
                <div class="govuk-button-group">
                    <button type="button" class="govuk-button govuk-button--warning" onclick={remove}>
                        { text.get("remove-all-button") }
                    </button>
                    <RouteLink to={if control.closed { Route::Start } else { Route::Privacy }} class="govuk-link">
                        { text.get("cancel") }
                    </RouteLink>
                </div>
            </div>
        </div>
    }
}
