//! Staying safe and in control: what could go wrong and what will be done, the back-up plan if
//! support does not turn up, and who to contact.

use sds_app::edit::{next_id, ContactText, Item, PlanEdit, RiskText};
use sds_domain::plan::field::Field;
use yew::prelude::*;

use crate::components::fields::{use_focus_after_render, TextArea, TextField};
use crate::components::item_block::ItemBlock;
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{who, BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct StayingSafeProps {
    pub id: String,
}

#[component]
pub fn StayingSafe(props: &StayingSafeProps) -> Html {
    let text = use_text();
    let focus_after = use_focus_after_render();
    let Some((plan, editor)) = use_plan(&props.id) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let safe = &plan.staying_safe;
    let add_risk = {
        let (editor, focus_after) = (editor.clone(), focus_after.clone());
        let id = next_id(&plan, Item::Risk);
        Callback::from(move |_: MouseEvent| {
            focus_after.set(Some(Field::WhatCouldGoWrong.input_id(Some(&id))));
            editor.send(PlanEdit::AddRisk);
        })
    };
    let add_contact = {
        let (editor, focus_after) = (editor.clone(), focus_after.clone());
        let index = safe.contacts.len();
        Callback::from(move |_: MouseEvent| {
            focus_after.set(Some(format!("contact-{}-name", index + 1)));
            editor.send(PlanEdit::AddContact);
        })
    };
    let risks = safe.risks.iter().enumerate().map(|(n, risk)| {
        let rid = risk.id.clone();
        let set = |part: RiskText| {
            let rid = rid.clone();
            editor.on(move |value: String| PlanEdit::SetRisk(rid.clone(), part, value))
        };
        let remove = {
            let (editor, rid, focus_after) = (editor.clone(), rid.clone(), focus_after.clone());
            Callback::from(move |_: MouseEvent| {
                focus_after.set(Some("add-risk".to_owned()));
                editor.send(PlanEdit::RemoveRisk(rid.clone()));
            })
        };
        let number = text.with("risk-number", &[("number", (n + 1).into())]);
        html! {
            <ItemBlock key={rid.clone()} heading={number} heading_class={classes!("govuk-heading-s")} onremove={remove}>
                <TextArea id={Field::WhatCouldGoWrong.input_id(Some(&rid))} label={text.get("risk-what")} rows={2}
                    value={risk.what_could_go_wrong.clone()} oninput={set(RiskText::WhatCouldGoWrong)} />
                <TextArea id={Field::WhatWeWillDo.input_id(Some(&rid))} label={text.get("risk-do")} rows={3}
                    value={risk.what_we_will_do.clone()} oninput={set(RiskText::WhatWeWillDo)} />
            </ItemBlock>
        }
    });
    let contacts = safe.contacts.iter().enumerate().map(|(index, contact)| {
        let set = |part: ContactText| editor.on(move |value: String| PlanEdit::SetContact(index, part, value));
        let remove = {
            let (editor, focus_after) = (editor.clone(), focus_after.clone());
            Callback::from(move |_: MouseEvent| {
                focus_after.set(Some("add-contact".to_owned()));
                editor.send(PlanEdit::RemoveContact(index));
            })
        };
        let n = index + 1;
        let number = text.with("contact-number", &[("number", n.into())]);
        html! {
            <ItemBlock key={format!("contact-{n}")} heading={number} heading_class={classes!("govuk-heading-s")} onremove={remove}>
                <TextField id={format!("contact-{n}-name")} label={text.get("contact-name")} value={contact.name.clone()}
                    autocomplete="off" oninput={set(ContactText::Name)} />
                <TextField id={format!("contact-{n}-role")} label={text.get("contact-role")} hint={text.get("contact-role-hint")}
                    value={contact.role.clone()} width="govuk-!-width-one-half" oninput={set(ContactText::Role)} />
                <TextField id={format!("contact-{n}-phone")} label={text.get("contact-phone")} value={contact.phone.clone()}
                    width="govuk-input--width-20" autocomplete="off" inputmode="tel" oninput={set(ContactText::Phone)} />
            </ItemBlock>
        }
    });
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.with("staying-safe-heading", &args)} class={classes!("govuk-heading-l")} />
                <TextArea id={Field::BackupPlan.name()} label={text.get("backup-label")} hint={text.get("backup-hint")} rows={4}
                    value={safe.backup_plan.clone()} oninput={editor.on(PlanEdit::SetBackupPlan)} />
                <h2 class="govuk-heading-m">{ text.get("risks-heading") }</h2>
                <p class="govuk-body">{ text.get("risks-intro") }</p>
                { for risks }
                <button type="button" class="govuk-button govuk-button--secondary" id="add-risk" onclick={add_risk}>{ text.get("risk-add") }</button>
                <h2 class="govuk-heading-m" id={Field::Contacts.name()} tabindex="-1">{ text.get("contacts-heading") }</h2>
                { for contacts }
                <button type="button" class="govuk-button govuk-button--secondary" id="add-contact" onclick={add_contact}>{ text.get("contact-add") }</button>
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
