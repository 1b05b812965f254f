//! Every finding leads to the page and the input where it is fixed.

mod common;

use common::{joan, points};
use sds_app::fixing::{where_fixed, PlanPage};
use sds_domain::plan::checks::assess;

fn fixes(plan: &sds_domain::plan::SupportPlan) -> Vec<(&'static str, PlanPage, Option<String>)> {
    assess(plan, &points())
        .findings
        .iter()
        .map(|f| {
            let (page, input) = where_fixed(plan, &f.place);
            (f.code, page, input)
        })
        .collect()
}

#[test]
fn a_support_not_costed_leads_to_its_kind_of_costing() {
    let mut plan = joan();
    let id = plan.supports.iter().find(|s| s.paid).unwrap().id.clone();
    plan.supports
        .iter_mut()
        .find(|s| s.id == id)
        .unwrap()
        .costing = None;
    let found = fixes(&plan);
    assert!(
        found.contains(&(
            "support_not_costed",
            PlanPage::Support(id.clone()),
            Some(format!("{id}-costing_kind"))
        )),
        "{found:?}"
    );
}

#[test]
fn plan_wide_fields_lead_to_their_own_inputs() {
    let mut plan = joan();
    plan.person.name.clear();
    plan.what_matters.text.clear();
    plan.staying_safe.backup_plan.clear();
    plan.review_date = None;
    let found = fixes(&plan);
    let to = |code: &str| {
        found
            .iter()
            .find(|(c, _, _)| *c == code)
            .map(|(_, p, i)| (p.clone(), i.clone()))
    };
    assert_eq!(
        to("person_name_missing"),
        Some((PlanPage::About, Some("person_name".into()))),
        "{found:?}"
    );
    assert_eq!(
        to("what_matters_empty").map(|(p, _)| p),
        Some(PlanPage::WhatMatters)
    );
    assert!(
        found
            .iter()
            .any(|(_, page, input)| *page == PlanPage::StayingSafe
                && input.as_deref() == Some("backup_plan")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(_, page, input)| *page == PlanPage::ActionPlan
                && input.as_deref() == Some("review_date")),
        "{found:?}"
    );
}

#[test]
fn every_finding_on_joans_plan_emptied_has_a_page() {
    let mut plan = joan();
    plan.outcomes
        .iter_mut()
        .for_each(|o| o.how_we_will_know.clear());
    plan.supports.iter_mut().for_each(|s| {
        s.description.clear();
        s.management = None;
    });
    let found = fixes(&plan);
    assert!(found.len() >= 3, "{found:?}");
    for (code, page, input) in &found {
        if let Some(input) = input {
            assert!(!input.is_empty(), "{code} on {page:?}");
        }
    }
    assert!(found.iter().any(|(_, p, i)| *p == PlanPage::Outcomes
        && i.as_deref()
            .is_some_and(|i| i.ends_with("-how_we_will_know"))));
    assert!(found.iter().any(|(_, p, i)| *p == PlanPage::ManagingMoney
        && i.as_deref().is_some_and(|i| i.ends_with("-management"))));
}
