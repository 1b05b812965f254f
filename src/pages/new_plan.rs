//! Starting a plan: who is planning it. Everything the app says afterwards follows the answer.

use sds_app::choices::Choosable;
use sds_domain::plan::{PlannedBy, SupportPlan};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::choice_list::choice_list;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::Radios;
use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::plans;
use crate::routes::Route;
use crate::state::use_plan_book;
use sds_app::book::PlanAction;

const FIELD: &str = "planned-by";

#[component]
pub fn NewPlan() -> Html {
    let text = use_text();
    let choice = use_state(|| None::<PlannedBy>);
    let errors = use_state(Vec::<FieldError>::new);
    let attempt = use_state(|| 0u32);
    let book = use_plan_book();
    let navigator = use_navigator();

    let onchange = {
        let choice = choice.clone();
        Callback::from(move |value: String| {
            choice.set(PlannedBy::named(&value));
        })
    };
    let nothing_chosen = text.get("new-plan-error");
    let onsubmit = {
        let (choice, errors, attempt) = (choice.clone(), errors.clone(), attempt.clone());
        let nothing_chosen = nothing_chosen.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(planned_by) = *choice else {
                errors.set(vec![FieldError {
                    field_id: FIELD.into(),
                    message: nothing_chosen.clone().into(),
                }]);
                attempt.set(*attempt + 1);
                return;
            };
            let (Ok(id), Some(today)) = (plans::new_id(), plans::today()) else {
                return;
            };
            let plan = SupportPlan::new(id.clone(), today, planned_by);
            if let Some(book) = &book {
                book.dispatch(PlanAction::Put(Box::new(plan)));
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::About { id });
            }
        })
    };
    let error = (!errors.is_empty()).then(|| AttrValue::from(nothing_chosen));
    let selected = choice.map(|c| AttrValue::from(c.name()));
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <RouteLink to={Route::Start} class="govuk-back-link">{ text.get("back") }</RouteLink>
                <ErrorSummary errors={(*errors).clone()} attempt={*attempt} />
                <form novalidate=true {onsubmit}>
                    <Radios id={FIELD} legend={text.get("new-plan-heading")} hint={text.get("new-plan-hint")}
                        is_heading=true {error} {selected} {onchange}
                        choices={choice_list::<PlannedBy>(&text, |_| true)} />
                    <button type="submit" class="govuk-button">{ text.get("continue") }</button>
                </form>
            </div>
        </div>
    }
}
