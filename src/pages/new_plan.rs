//! Starting a plan: who is planning it. Everything the app says afterwards follows the answer.

use sds_domain::plan::{PlannedBy, SupportPlan};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::plans;
use crate::routes::Route;
use crate::storage::{LocalStore, StoreError};

const FIELD: &str = "planned-by";
const NOTHING_CHOSEN: &str = "Select who is planning this support plan";

#[component]
pub fn NewPlan() -> Html {
    let choice = use_state(|| None::<PlannedBy>);
    let errors = use_state(Vec::<FieldError>::new);
    let attempt = use_state(|| 0u32);
    let save_problem = use_state(|| None::<StoreError>);
    let navigator = use_navigator();

    let onchange = {
        let choice = choice.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            choice.set(match input.value().as_str() {
                "the_person" => Some(PlannedBy::ThePerson),
                "someone_else" => Some(PlannedBy::SomeoneElse),
                _ => None,
            });
        })
    };

    let onsubmit = {
        let (choice, errors, attempt, save_problem) = (
            choice.clone(),
            errors.clone(),
            attempt.clone(),
            save_problem.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(planned_by) = *choice else {
                errors.set(vec![FieldError {
                    field_id: FIELD.into(),
                    message: NOTHING_CHOSEN.into(),
                }]);
                attempt.set(*attempt + 1);
                return;
            };
            errors.set(Vec::new());
            match start_plan(planned_by) {
                Ok(()) => {
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::YourPlans);
                    }
                }
                Err(problem) => save_problem.set(Some(problem)),
            }
        })
    };

    let has_error = !errors.is_empty();
    let described_by = if has_error {
        format!("{FIELD}-hint {FIELD}-error")
    } else {
        format!("{FIELD}-hint")
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <RouteLink to={Route::Start} class="govuk-back-link">{ "Back" }</RouteLink>
                <ErrorSummary errors={(*errors).clone()} attempt={*attempt} />
                if let Some(problem) = &*save_problem {
                    <div class="govuk-inset-text" role="alert">{ problem.explain() }</div>
                }
                <form novalidate=true {onsubmit}>
                    <div class={classes!("govuk-form-group", has_error.then_some("govuk-form-group--error"))}>
                        <fieldset class="govuk-fieldset" aria-describedby={described_by}>
                            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                                <PageHeading
                                    text="Who is planning this support plan?"
                                    class={classes!("govuk-fieldset__heading")}
                                    has_errors={has_error}
                                />
                            </legend>
                            <div id={format!("{FIELD}-hint")} class="govuk-hint">
                                { "The plan is always about the person who needs care and support. \
                                   Someone else can plan it with them or for them." }
                            </div>
                            if has_error {
                                <p id={format!("{FIELD}-error")} class="govuk-error-message">
                                    <span class="govuk-visually-hidden">{ "Error: " }</span>
                                    { NOTHING_CHOSEN }
                                </p>
                            }
                            <div class="govuk-radios">
                                <div class="govuk-radios__item">
                                    <input class="govuk-radios__input" id={FIELD} name={FIELD} type="radio"
                                        value="the_person" checked={*choice == Some(PlannedBy::ThePerson)}
                                        onchange={onchange.clone()} />
                                    <label class="govuk-label govuk-radios__label" for={FIELD}>
                                        { "I am planning my own care and support" }
                                    </label>
                                </div>
                                <div class="govuk-radios__item">
                                    <input class="govuk-radios__input" id={format!("{FIELD}-2")} name={FIELD}
                                        type="radio" value="someone_else"
                                        checked={*choice == Some(PlannedBy::SomeoneElse)}
                                        aria-describedby={format!("{FIELD}-2-hint")} {onchange} />
                                    <label class="govuk-label govuk-radios__label" for={format!("{FIELD}-2")}>
                                        { "I am planning for someone else" }
                                    </label>
                                    <div id={format!("{FIELD}-2-hint")} class="govuk-hint govuk-radios__hint">
                                        { "For example as their family member, friend, nominee or representative" }
                                    </div>
                                </div>
                            </div>
                        </fieldset>
                    </div>
                    <button type="submit" class="govuk-button">{ "Continue" }</button>
                </form>
            </div>
        </div>
    }
}

fn start_plan(planned_by: PlannedBy) -> Result<(), StoreError> {
    let store = LocalStore::open()?;
    let started_on = plans::today()
        .ok_or_else(|| StoreError::Failed("this device's clock gives no valid date".to_owned()))?;
    let plan = SupportPlan::new(plans::new_id()?, started_on, planned_by);
    plans::save(&store, &plan)
}
