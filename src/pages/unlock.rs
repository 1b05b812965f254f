//! "This device is locked": opening the lock with the passphrase, or, if it is forgotten, the
//! way to removing everything. It has no route of its own: while the lock is closed the app
//! shows it in place of the page asked for (all but the council's view and removing everything).

use sds_domain::keeping::device::LockProblem;
use yew::prelude::*;

use super::privacy::{after_a_frame, lock_problem};
use crate::components::device_gate::LockControl;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::TextField;
use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::routes::Route;
use crate::state::use_keeper;

/// "This device is locked": the passphrase, and what to do if it is forgotten.
#[component]
pub fn Unlock() -> Html {
    let text = use_text();
    let keeper = use_keeper();
    let control = use_context::<LockControl>();
    let passphrase = use_state(String::new);
    let errors = use_state(Vec::<FieldError>::new);
    let attempt = use_state(|| 0u32);
    let checking = use_state(|| false);
    let onsubmit = {
        let (passphrase, errors, attempt, checking) = (
            passphrase.clone(),
            errors.clone(),
            attempt.clone(),
            checking.clone(),
        );
        let (text, keeper, control) = (text.clone(), keeper.clone(), control.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(keeper), Some(control)) = (keeper.clone(), control.clone()) else {
                return;
            };
            let Some(lock) = control.lock.clone() else {
                return;
            };
            if *checking {
                return;
            }
            let fail = {
                let (errors, attempt, text) = (errors.clone(), attempt.clone(), text.clone());
                move |key: &str| {
                    errors.set(vec![FieldError {
                        field_id: "passphrase".into(),
                        message: text.get(key).into(),
                    }]);
                    attempt.set(*attempt + 1);
                }
            };
            if passphrase.is_empty() {
                fail("unlock-error-empty");
                return;
            }
            checking.set(true);
            let (typed, checking) = ((*passphrase).clone(), checking.clone());
            wasm_bindgen_futures::spawn_local(async move {
                after_a_frame().await;
                match keeper.unlock(&lock, &typed) {
                    Ok(()) => control.changed.emit(None),
                    Err(error) => {
                        checking.set(false);
                        fail(lock_problem(&LockProblem::Lock(error)));
                    }
                }
            });
        })
    };
    let error = errors.first().map(|e| e.message.clone());
    let damaged = control.as_ref().is_some_and(|control| control.damaged);
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={(*errors).clone()} attempt={*attempt} />
                <PageHeading text={text.get("unlock-heading")} class={classes!("govuk-heading-l")} />
                if damaged {
                    // Nothing can open the plans; nothing is offered that would write over them.
                    <p class="govuk-body">{ text.get("unlock-damaged") }</p>
                } else {
                <p class="govuk-body">{ text.get("unlock-body") }</p>
                <form novalidate=true {onsubmit}>
                    <TextField id="passphrase" label={text.get("unlock-label")} input_type="password"
                        autocomplete="current-password" spellcheck={false} width="govuk-!-width-two-thirds"
                        value={(*passphrase).clone()} {error}
                        oninput={Callback::from(move |value| passphrase.set(value))} />
                    <button type="submit" class="govuk-button">{ text.get("unlock-button") }</button>
                    <p class="govuk-body" role="status">
                        if *checking { { text.get("unlock-checking") } }
                    </p>
                </form>
                }
                <h2 class="govuk-heading-m">{ text.get("unlock-forgotten-heading") }</h2>
                <p class="govuk-body">{ text.get("unlock-forgotten-body") }</p>
                <p class="govuk-body">
                    <RouteLink to={Route::RemoveAll} class="govuk-link">{ text.get("remove-all-heading") }</RouteLink>
                </p>
            </div>
        </div>
    }
}
