//! How the money is managed, line by line (direct payment to the person or a nominee, an
//! individual service fund, or council-managed), and the nominee's details when one is needed.

use sds_domain::plan::Nominee;
use sds_domain::rules::format::ManagementOption;
use yew::prelude::*;

use crate::components::fields::{Checkboxes, Choice, Radios, TextField};
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, DoneButton, PlanNotFound};
use crate::i18n::use_text;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct ManagingMoneyProps {
    pub id: String,
}

pub const OPTIONS: [(ManagementOption, &str, &str); 4] = [
    (
        ManagementOption::DirectPaymentPerson,
        "direct_payment_person",
        "management-person",
    ),
    (
        ManagementOption::DirectPaymentNominee,
        "direct_payment_nominee",
        "management-nominee",
    ),
    (
        ManagementOption::IndividualServiceFund,
        "individual_service_fund",
        "management-isf",
    ),
    (
        ManagementOption::CouncilManaged,
        "council_managed",
        "management-council",
    ),
];

#[component]
pub fn ManagingMoney(props: &ManagingMoneyProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let (Some((plan, editor)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    let offered = &rules.file().spending.management_options;
    let choices: Vec<Choice> = OPTIONS
        .iter()
        .filter(|(option, _, _)| offered.contains(option))
        .map(|(_, value, key)| {
            Choice::hinted(*value, text.get(key), text.get(&format!("{key}-hint")))
        })
        .collect();
    let lines = plan.supports.iter().filter(|s| s.paid).map(|support| {
        let sid = support.id.clone();
        let key = sid.clone();
        let title = if support.description.trim().is_empty() { text.get("support-undescribed") } else { support.description.clone() };
        html! {
            <Radios {key} id={format!("{}-management", support.id)} legend={text.with("management-for", &[("support", title.into())])}
                selected={support.management.and_then(|m| OPTIONS.iter().find(|(o, _, _)| *o == m)).map(|(_, v, _)| AttrValue::from(*v))}
                choices={choices.clone()}
                onchange={editor.on(move |plan, value: String| {
                    let option = OPTIONS.iter().find(|(_, v, _)| *v == value).map(|(o, _, _)| *o);
                    if let Some(s) = plan.supports.iter_mut().find(|s| s.id == sid) { s.management = option; }
                })} />
        }
    });
    let nominee_needed = plan
        .supports
        .iter()
        .any(|s| s.paid && s.management == Some(ManagementOption::DirectPaymentNominee));
    let nominee = plan.nominee.clone().unwrap_or_default();
    let set_nominee = |change: fn(&mut Nominee, String)| {
        editor.on(move |plan, value: String| {
            change(plan.nominee.get_or_insert_with(Default::default), value)
        })
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("managing-money-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.with("managing-money-intro", &args) }</p>
                { for lines }
                if nominee_needed {
                    <h2 class="govuk-heading-m">{ text.get("nominee-heading") }</h2>
                    <p class="govuk-body">{ text.with("nominee-intro", &args) }</p>
                    <TextField id="nominee_name" label={text.get("nominee-name")} value={nominee.name.clone()}
                        autocomplete="off" oninput={set_nominee(|n, v| n.name = v)} />
                    <TextField id="nominee_relationship" label={text.get("about-rep-relationship")} value={nominee.relationship.clone()}
                        width="govuk-!-width-one-half" oninput={set_nominee(|n, v| n.relationship = v)} />
                    <TextField id="nominee_contact" label={text.get("about-rep-contact")} hint={text.get("about-rep-contact-hint")}
                        value={nominee.contact.clone()} oninput={set_nominee(|n, v| n.contact = v)} />
                    <Checkboxes id="nominee_agreed" legend={text.get("nominee-agreement")}
                        selected={if nominee.agreed { vec!["yes".to_owned()] } else { Vec::new() }}
                        onchange={editor.on(|plan, values: Vec<String>| plan.nominee.get_or_insert_with(Default::default).agreed = !values.is_empty())}
                        choices={vec![Choice::new("yes", text.get("nominee-agreed"))]} />
                }
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
