//! About the plan: who it is for, and who is planning it (with a representative's details and
//! the basis on which they plan).

use sds_domain::plan::{InvolvedPerson, PlannedBy, Representative, RepresentativeBasis};
use yew::prelude::*;

use crate::components::fields::{Choice, ListArea, Radios, TextField};
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{who, BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub id: String,
}

const BASES: [(RepresentativeBasis, &str, &str); 5] = [
    (
        RepresentativeBasis::ChosenByThePerson,
        "chosen_by_the_person",
        "basis-chosen",
    ),
    (
        RepresentativeBasis::AuthorisedPerson,
        "authorised_person",
        "basis-authorised",
    ),
    (
        RepresentativeBasis::LastingPowerOfAttorney,
        "lasting_power_of_attorney",
        "basis-attorney",
    ),
    (RepresentativeBasis::Deputy, "deputy", "basis-deputy"),
    (RepresentativeBasis::Other, "other", "basis-other"),
];

#[component]
pub fn About(props: &AboutProps) -> Html {
    let text = use_text();
    let Some((plan, editor)) = use_plan(&props.id) else {
        return html! { <PlanNotFound /> };
    };
    let representative = plan.representative.clone().unwrap_or_default();
    let someone_else = plan.planned_by == PlannedBy::SomeoneElse;
    let set_representative = |change: fn(&mut Representative, String)| {
        editor.on(move |plan, value: String| {
            change(
                plan.representative.get_or_insert_with(Default::default),
                value,
            )
        })
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("about-heading")} class={classes!("govuk-heading-l")} />
                <TextField id="person_name" label={text.get("about-person-name")} hint={text.get("about-person-name-hint")}
                    value={plan.person.name.clone()} width="govuk-!-width-two-thirds" autocomplete="off" spellcheck={false}
                    oninput={editor.on(|plan, value: String| plan.person.name = value)} />
                <Radios id="planned_by" legend={text.get("new-plan-heading")}
                    selected={Some(AttrValue::from(if someone_else { "someone_else" } else { "the_person" }))}
                    onchange={editor.on(|plan, value: String| {
                        plan.planned_by = if value == "someone_else" { PlannedBy::SomeoneElse } else { PlannedBy::ThePerson };
                    })}
                    choices={vec![
                        Choice::new("the_person", text.get("new-plan-myself")),
                        Choice::new("someone_else", text.get("new-plan-someone")),
                    ]} />
                if someone_else {
                    <h2 class="govuk-heading-m">{ text.get("about-representative-heading") }</h2>
                    <TextField id="representative_name" label={text.get("about-rep-name")} value={representative.name.clone()}
                        autocomplete="name" oninput={set_representative(|r, v| r.name = v)} />
                    <TextField id="representative_relationship" label={text.get("about-rep-relationship")}
                        hint={text.get("about-rep-relationship-hint")} value={representative.relationship.clone()}
                        width="govuk-!-width-one-half" oninput={set_representative(|r, v| r.relationship = v)} />
                    <TextField id="representative_contact" label={text.get("about-rep-contact")}
                        hint={text.get("about-rep-contact-hint")} value={representative.contact.clone()}
                        oninput={set_representative(|r, v| r.contact = v)} />
                    <Radios id="representative_basis" legend={text.get("about-rep-basis")}
                        selected={representative.basis.and_then(|b| BASES.iter().find(|(basis, _, _)| *basis == b)).map(|(_, value, _)| AttrValue::from(*value))}
                        onchange={editor.on(|plan, value: String| {
                            let basis = BASES.iter().find(|(_, v, _)| *v == value).map(|(basis, _, _)| *basis);
                            plan.representative.get_or_insert_with(Default::default).basis = basis;
                        })}
                        choices={BASES.iter().map(|(_, value, key)| Choice::hinted(*value, text.get(key), text.get(&format!("{key}-hint")))).collect::<Vec<_>>()} />
                }
                <ListArea id="also_involved" label={text.with("about-involved", &who(&plan, &text))}
                    hint={text.get("about-involved-hint")}
                    items={plan.also_involved.iter().map(|p| if p.relationship.is_empty() { p.name.clone() } else { format!("{}, {}", p.name, p.relationship) }).collect::<Vec<_>>()}
                    onchange={editor.on(|plan, lines: Vec<String>| {
                        // "Name, relationship" on each line; the relationship may be left out.
                        plan.also_involved = lines
                            .iter()
                            .map(|line| match line.split_once(',') {
                                Some((name, relationship)) => InvolvedPerson {
                                    name: name.trim().to_owned(),
                                    relationship: relationship.trim().to_owned(),
                                },
                                None => InvolvedPerson { name: line.clone(), relationship: String::new() },
                            })
                            .collect();
                    })} />
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
