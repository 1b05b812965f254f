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

/// Where a finding with this code leads on `plan`.
fn fixed_at(
    plan: &sds_domain::plan::SupportPlan,
    code: &str,
) -> Option<(PlanPage, Option<String>)> {
    fixes(plan)
        .into_iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, page, input)| (page, input))
}

fn on_needs_page(input: &str) -> Option<(PlanPage, Option<String>)> {
    Some((PlanPage::AssessedNeeds, Some(input.to_owned())))
}

#[test]
fn each_need_finding_lands_on_its_input_on_the_needs_page() {
    let mut plan = joan();
    plan.needs[0].in_council_words.clear();
    plan.needs[0].eligible = None;
    plan.needs[0].council_will_meet = None;
    plan.needs[0].eligibility_outcomes = vec!["flying".to_owned()];
    plan.needs[1].eligibility_outcomes.clear();
    // Joan's second need is met by her meals: no support meets it now.
    plan.supports
        .iter_mut()
        .for_each(|s| s.needs.retain(|n| n != "n2"));
    plan.wellbeing = vec!["fame".to_owned()];
    plan.information_and_advice.clear();
    assert_eq!(
        fixed_at(&plan, "need_not_described"),
        on_needs_page("n1-in_council_words")
    );
    assert_eq!(
        fixed_at(&plan, "unknown_eligibility_outcome"),
        on_needs_page("n1-eligibility_outcomes")
    );
    assert_eq!(
        fixed_at(&plan, "need_eligibility_not_said"),
        on_needs_page("n1-eligible")
    );
    assert_eq!(
        fixed_at(&plan, "need_meeting_not_said"),
        on_needs_page("n1-council_will_meet")
    );
    assert_eq!(
        fixed_at(&plan, "eligible_need_without_outcome"),
        on_needs_page("n2-eligibility_outcomes")
    );
    assert_eq!(
        fixed_at(&plan, "need_not_met"),
        on_needs_page("n2-not_met_reason")
    );
    assert_eq!(
        fixed_at(&plan, "unknown_wellbeing"),
        on_needs_page("wellbeing")
    );
    assert_eq!(
        fixed_at(&plan, "no_information_and_advice"),
        on_needs_page("information_and_advice")
    );
    plan.wellbeing.clear();
    assert_eq!(
        fixed_at(&plan, "wellbeing_not_said"),
        on_needs_page("wellbeing")
    );
}

#[test]
fn a_plan_with_no_needs_leads_to_the_needs_page_itself() {
    // There is no input yet: the page's heading, then "Add a need".
    let mut plan = joan();
    plan.needs.clear();
    plan.supports.iter_mut().for_each(|s| s.needs.clear());
    assert_eq!(
        fixed_at(&plan, "no_assessed_needs"),
        Some((PlanPage::AssessedNeeds, None))
    );
}

#[test]
fn a_support_linked_to_a_need_no_longer_there_leads_to_its_needs() {
    let mut plan = joan();
    plan.supports[0].needs.push("n9".to_owned());
    let id = plan.supports[0].id.clone();
    assert_eq!(
        fixed_at(&plan, "support_meets_missing_need"),
        Some((PlanPage::Support(id.clone()), Some(format!("{id}-needs"))))
    );
}

#[test]
fn monitoring_leads_to_the_first_detail_missing_on_the_action_plan() {
    let mut plan = joan();
    plan.monitoring.how.clear();
    assert_eq!(
        fixed_at(&plan, "monitoring_not_said"),
        Some((PlanPage::ActionPlan, Some("monitoring_how".to_owned())))
    );
    let mut plan = joan();
    plan.monitoring.by_whom.clear();
    assert_eq!(
        fixed_at(&plan, "monitoring_not_said"),
        Some((PlanPage::ActionPlan, Some("monitoring_by_whom".to_owned())))
    );
}
