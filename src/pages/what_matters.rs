//! What matters to the person (and to the people around them): in their words, with their
//! strengths and the people who matter to them.

use sds_domain::plan::field::Field;
use yew::prelude::*;

use crate::components::fields::{ListArea, TextArea};
use crate::components::plan_frame::{who, BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;
use sds_app::edit::PlanEdit;

#[derive(Properties, PartialEq)]
pub struct WhatMattersProps {
    pub id: String,
}

#[component]
pub fn WhatMatters(props: &WhatMattersProps) -> Html {
    let text = use_text();
    let Some((plan, editor)) = use_plan(&props.id) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let matters = &plan.what_matters;
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <TextArea id={Field::WhatMatters.name()} label={text.with("what-matters-heading", &args)} is_heading=true
                    hint={text.with("what-matters-hint", &args)} rows={8} value={matters.text.clone()}
                    oninput={editor.on(PlanEdit::SetWhatMatters)} />
                <ListArea id={Field::Strengths.name()} label={text.with("strengths-label", &args)} hint={text.get("one-a-line")}
                    items={matters.strengths.clone()}
                    onchange={editor.on(PlanEdit::SetStrengths)} />
                <ListArea id={Field::Relationships.name()} label={text.with("relationships-label", &args)} hint={text.get("one-a-line")}
                    items={matters.relationships.clone()}
                    onchange={editor.on(PlanEdit::SetRelationships)} />
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
