//! What happens next: an action plan (who does what, by when), the review date, and how progress
//! is checked before it and by whom.

use sds_app::edit::{next_id, ActionText, Item, MonitoringText, PlanEdit};
use sds_domain::plan::field::Field;
use yew::prelude::*;

use crate::components::fields::{use_focus_after_render, DateField, TextArea, TextField};
use crate::components::item_block::ItemBlock;
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct ActionPlanProps {
    pub id: String,
}

#[component]
pub fn ActionPlan(props: &ActionPlanProps) -> Html {
    let text = use_text();
    let focus_after = use_focus_after_render();
    let Some((plan, editor)) = use_plan(&props.id) else {
        return html! { <PlanNotFound /> };
    };
    let add = {
        let (editor, focus_after) = (editor.clone(), focus_after.clone());
        let id = next_id(&plan, Item::Action);
        Callback::from(move |_: MouseEvent| {
            focus_after.set(Some(Field::What.input_id(Some(&id))));
            editor.send(PlanEdit::AddAction);
        })
    };
    let actions = plan.actions.iter().enumerate().map(|(n, action)| {
        let aid = action.id.clone();
        let set = |part: ActionText| {
            let aid = aid.clone();
            editor.on(move |value: String| PlanEdit::SetAction(aid.clone(), part, value))
        };
        let set_date = {
            let aid = aid.clone();
            editor.on(move |value| PlanEdit::SetActionDate(aid.clone(), value))
        };
        let remove = {
            let (editor, aid, focus_after) = (editor.clone(), aid.clone(), focus_after.clone());
            Callback::from(move |_: MouseEvent| {
                focus_after.set(Some("add-action".to_owned()));
                editor.send(PlanEdit::RemoveAction(aid.clone()));
            })
        };
        let number = text.with("action-number", &[("number", (n + 1).into())]);
        html! {
            <ItemBlock key={aid.clone()} heading={number} onremove={remove}>
                <TextField id={Field::What.input_id(Some(&aid))} label={text.get("action-what")} value={action.what.clone()}
                    oninput={set(ActionText::What)} />
                <TextField id={Field::Who.input_id(Some(&aid))} label={text.get("action-who")} value={action.who.clone()}
                    width="govuk-!-width-two-thirds" oninput={set(ActionText::Who)} />
                <DateField id={Field::ByWhen.input_id(Some(&aid))} legend={text.get("action-by-when")} hint={text.get("date-hint")}
                    value={action.by_when} onchange={set_date} />
            </ItemBlock>
        }
    });
    let monitoring =
        |part: MonitoringText| editor.on(move |value: String| PlanEdit::SetMonitoring(part, value));
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("action-plan-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.get("action-plan-intro") }</p>
                { for actions }
                <button type="button" id="add-action" class="govuk-button govuk-button--secondary" onclick={add}>
                    { text.get(if plan.actions.is_empty() { "action-add" } else { "action-add-another" }) }
                </button>
                <h2 class="govuk-heading-m">{ text.get("review-heading") }</h2>
                <DateField id={Field::ReviewDate.name()} legend={text.get("review-label")} hint={text.get("review-hint")}
                    value={plan.review_date} onchange={editor.on(PlanEdit::SetReviewDate)} />
                <h2 class="govuk-heading-m">{ text.get("monitoring-heading") }</h2>
                <TextArea id={Field::MonitoringHow.name()} label={text.get("monitoring-how")} hint={text.get("monitoring-how-hint")}
                    rows={4} value={plan.monitoring.how.clone()} oninput={monitoring(MonitoringText::How)} />
                <TextField id={Field::MonitoringByWhom.name()} label={text.get("monitoring-by-whom")} hint={text.get("monitoring-by-whom-hint")}
                    value={plan.monitoring.by_whom.clone()} oninput={monitoring(MonitoringText::ByWhom)} />
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
