//! About the plan: who it is for, and who is planning it (with a representative's details and
//! the basis on which they plan).

use sds_app::choices::Choosable;
use sds_app::edit::{involved_line, PlanEdit, RepresentativeDetail};
use sds_domain::plan::field::Field;
use sds_domain::plan::{PlannedBy, RepresentativeBasis};
use yew::prelude::*;

use crate::components::choice_list::choice_list;
use crate::components::fields::{ListArea, Radios, TextField};
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{who, BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub id: String,
}

#[component]
pub fn About(props: &AboutProps) -> Html {
    let text = use_text();
    let Some((plan, editor)) = use_plan(&props.id) else {
        return html! { <PlanNotFound /> };
    };
    let representative = plan.representative.clone().unwrap_or_default();
    let someone_else = plan.planned_by == PlannedBy::SomeoneElse;
    let set_representative = |detail: RepresentativeDetail| {
        editor.on(move |value: String| PlanEdit::SetRepresentative(detail, value))
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("about-heading")} class={classes!("govuk-heading-l")} />
                <TextField id={Field::PersonName.name()} label={text.get("about-person-name")} hint={text.get("about-person-name-hint")}
                    value={plan.person.name.clone()} width="govuk-!-width-two-thirds" autocomplete="off" spellcheck={false}
                    oninput={editor.on(PlanEdit::SetPersonName)} />
                <Radios id={Field::PlannedBy.name()} legend={text.get("new-plan-heading")}
                    selected={Some(AttrValue::from(plan.planned_by.name()))}
                    onchange={editor.on_choice(PlanEdit::SetPlannedBy)}
                    choices={choice_list::<PlannedBy>(&text, |_| true)} />
                if someone_else {
                    <h2 class="govuk-heading-m">{ text.get("about-representative-heading") }</h2>
                    <TextField id={Field::RepresentativeName.name()} label={text.get("about-rep-name")} value={representative.name.clone()}
                        autocomplete="name" oninput={set_representative(RepresentativeDetail::Name)} />
                    <TextField id={Field::RepresentativeRelationship.name()} label={text.get("about-rep-relationship")}
                        hint={text.get("about-rep-relationship-hint")} value={representative.relationship.clone()}
                        width="govuk-!-width-one-half" oninput={set_representative(RepresentativeDetail::Relationship)} />
                    <TextField id={Field::RepresentativeContact.name()} label={text.get("about-rep-contact")}
                        hint={text.get("about-rep-contact-hint")} value={representative.contact.clone()}
                        oninput={set_representative(RepresentativeDetail::Contact)} />
                    <Radios id={Field::RepresentativeBasis.name()} legend={text.get("about-rep-basis")}
                        selected={representative.basis.map(|basis| AttrValue::from(basis.name()))}
                        onchange={editor.on_choice(|basis: RepresentativeBasis| PlanEdit::SetRepresentativeBasis(Some(basis)))}
                        choices={choice_list::<RepresentativeBasis>(&text, |_| true)} />
                }
                <ListArea id={Field::AlsoInvolved.name()} label={text.with("about-involved", &who(&plan, &text))}
                    hint={text.get("about-involved-hint")}
                    items={plan.also_involved.iter().map(involved_line).collect::<Vec<_>>()}
                    onchange={editor.on(PlanEdit::SetAlsoInvolved)} />
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
