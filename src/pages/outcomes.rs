//! Outcomes: what the person wants to change or achieve, in their own words, and how they will
//! know it is working. Any number, added and removed on the page.

use sds_app::edit::{next_id, Item, OutcomeText, PlanEdit};
use sds_domain::plan::field::Field;
use yew::prelude::*;

use crate::components::fields::{use_focus_after_render, TextArea};
use crate::components::item_block::ItemBlock;
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{who, BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct OutcomesProps {
    pub id: String,
}

#[component]
pub fn Outcomes(props: &OutcomesProps) -> Html {
    let text = use_text();
    let focus_after = use_focus_after_render();
    let Some((plan, editor)) = use_plan(&props.id) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let add = {
        let editor = editor.clone();
        let focus_after = focus_after.clone();
        let id = next_id(&plan, Item::Outcome);
        Callback::from(move |_: MouseEvent| {
            focus_after.set(Some(Field::InMyWords.input_id(Some(&id))));
            editor.send(PlanEdit::AddOutcome);
        })
    };
    let items = plan.outcomes.iter().enumerate().map(|(n, outcome)| {
        let oid = outcome.id.clone();
        let serving: Vec<String> = plan
            .supports
            .iter()
            .filter(|s| s.outcomes.contains(&oid))
            .map(|s| s.description.clone())
            .collect();
        let remove = {
            let (editor, oid, focus_after) = (editor.clone(), oid.clone(), focus_after.clone());
            Callback::from(move |_: MouseEvent| {
                // The removed item's button goes with it: focus moves to "Add".
                focus_after.set(Some("add-outcome".to_owned()));
                editor.send(PlanEdit::RemoveOutcome(oid.clone()));
            })
        };
        let set = |part: OutcomeText| {
            let oid = oid.clone();
            editor.on(move |value: String| PlanEdit::SetOutcome(oid.clone(), part, value))
        };
        let number = text.with("outcome-number", &[("number", (n + 1).into())]);
        html! {
            <ItemBlock key={oid.clone()} heading={number} onremove={remove}>
                <TextArea id={Field::InMyWords.input_id(Some(&oid))} label={text.with("outcome-words", &args)}
                    hint={text.get("outcome-words-hint")} rows={3} value={outcome.in_my_words.clone()}
                    oninput={set(OutcomeText::InMyWords)} />
                <TextArea id={Field::HowWeWillKnow.input_id(Some(&oid))} label={text.get("outcome-know")}
                    hint={text.get("outcome-know-hint")} rows={3} value={outcome.how_we_will_know.clone()}
                    oninput={set(OutcomeText::HowWeWillKnow)} />
                <p class="govuk-body" id={Field::Supports.input_id(Some(&oid))} tabindex="-1">
                    if serving.is_empty() {
                        { text.get("outcome-no-support-yet") }
                    } else {
                        { text.with("outcome-supported-by", &[("supports", serving.join("; ").into())]) }
                    }
                </p>
            </ItemBlock>
        }
    });
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.with("outcomes-heading", &args)} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.with("outcomes-intro", &args) }</p>
                { for items }
                <button type="button" id="add-outcome" class="govuk-button govuk-button--secondary" onclick={add}>
                    { text.get(if plan.outcomes.is_empty() { "outcome-add" } else { "outcome-add-another" }) }
                </button>
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
