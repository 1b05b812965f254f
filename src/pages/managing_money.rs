//! How the money is managed, line by line (direct payment to the person or a nominee, an
//! individual service fund, or council-managed; in Scotland, named as the four options, with the
//! plan's option as a whole), and the nominee's details when one is needed.

use sds_app::choices::{overall_option, Choosable};
use sds_app::edit::{NomineeDetail, PlanEdit, SupportChange};
use sds_domain::plan::field::Field;
use sds_domain::rules::format::ManagementOption;
use yew::prelude::*;

use crate::components::choice_list::management_choices;
use crate::components::fields::{Checkboxes, Choice, Radios, TextField};
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct ManagingMoneyProps {
    pub id: String,
}

#[component]
pub fn ManagingMoney(props: &ManagingMoneyProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let (Some((plan, editor)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let offered = &rules.file().spending.management_options;
    let choices = management_choices(&text, rules.scheme(), |option| offered.contains(&option));
    let overall = overall_option(
        rules.scheme(),
        plan.supports
            .iter()
            .filter(|s| s.paid)
            .filter_map(|s| s.management),
    );
    let lines = plan.supports.iter().filter(|s| s.paid).map(|support| {
        let sid = support.id.clone();
        let key = sid.clone();
        let title = if support.description.trim().is_empty() { text.get("support-undescribed") } else { support.description.clone() };
        html! {
            <Radios {key} id={Field::Management.input_id(Some(&support.id))} legend={text.with("management-for", &[("support", title.into())])}
                selected={support.management.map(|option| AttrValue::from(option.name()))}
                choices={choices.clone()}
                onchange={editor.on_choice(move |option| PlanEdit::ChangeSupport(sid.clone(), SupportChange::Management(Some(option))))} />
        }
    });
    let nominee_needed = plan
        .supports
        .iter()
        .any(|s| s.paid && s.management == Some(ManagementOption::DirectPaymentNominee));
    let nominee = plan.nominee.clone().unwrap_or_default();
    let set_nominee =
        |detail: NomineeDetail| editor.on(move |value: String| PlanEdit::SetNominee(detail, value));
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("managing-money-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.with("managing-money-intro", &args) }</p>
                { for lines }
                if let Some(overall) = overall {
                    <div class="govuk-inset-text" id="overall-option">
                        { text.with("management-scotland-overall", &[("option", text.get(overall).into())]) }
                    </div>
                }
                if nominee_needed {
                    <h2 class="govuk-heading-m">{ text.get("nominee-heading") }</h2>
                    <p class="govuk-body">{ text.with("nominee-intro", &args) }</p>
                    <TextField id={Field::NomineeName.name()} label={text.get("nominee-name")} value={nominee.name.clone()}
                        autocomplete="off" oninput={set_nominee(NomineeDetail::Name)} />
                    <TextField id={Field::NomineeRelationship.name()} label={text.get("about-rep-relationship")} value={nominee.relationship.clone()}
                        width="govuk-!-width-one-half" oninput={set_nominee(NomineeDetail::Relationship)} />
                    <TextField id={Field::NomineeContact.name()} label={text.get("about-rep-contact")} hint={text.get("about-rep-contact-hint")}
                        value={nominee.contact.clone()} oninput={set_nominee(NomineeDetail::Contact)} />
                    <Checkboxes id={Field::NomineeAgreed.name()} legend={text.get("nominee-agreement")}
                        selected={if nominee.agreed { vec!["yes".to_owned()] } else { Vec::new() }}
                        onchange={editor.on(|values: Vec<String>| PlanEdit::SetNomineeAgreed(!values.is_empty()))}
                        choices={vec![Choice::new("yes", text.get("nominee-agreed"))]} />
                }
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
