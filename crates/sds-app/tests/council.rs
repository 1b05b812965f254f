//! The council view's checks of a signed plan against the rule sets at hand.

mod common;

use common::{components, points, repo};
use sds_app::council::{
    figures_agree, personal_budget_shown, verify_under_current, verify_with_rules_at_hand,
    FirstLook,
};
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan;

#[test]
fn a_plan_made_under_the_rules_in_force_is_checked_at_once() {
    let text = repo("docs/examples/joan-signed-plan.json");
    match verify_under_current(&text, &points()) {
        FirstLook::Verified(verification) => assert!(verification.report.verified()),
        FirstLook::NeedsOtherRules => panic!("made under the rules in force"),
    }
}

#[test]
fn a_plan_made_under_other_rules_is_checked_against_them_once_fetched() {
    let text = repo("docs/examples/joan-signed-plan.json");
    // The council's rules have changed since Joan signed.
    assert!(matches!(
        verify_under_current(&text, &components()),
        FirstLook::NeedsOtherRules
    ));
    let with_them = verify_with_rules_at_hand(&text, &components(), &[points(), components()]);
    assert!(
        with_them.report.verified(),
        "{:?}",
        with_them.report.problems
    );
    assert!(
        with_them
            .report
            .problems
            .iter()
            .any(|p| p.code == "rule_set_differs"),
        "a warning that the rules have changed: {:?}",
        with_them.report.problems
    );
    // Without them, nothing shows the figures are right.
    let without = verify_with_rules_at_hand(&text, &components(), &[]);
    assert!(!without.report.verified());
}

#[test]
fn a_file_that_is_not_a_signed_plan_is_refused_without_fetching_anything() {
    match verify_under_current("not a signed plan", &points()) {
        FirstLook::Verified(verification) => assert!(!verification.report.verified()),
        FirstLook::NeedsOtherRules => panic!("nothing to fetch for"),
    }
}

#[test]
fn the_council_sees_the_personal_budget_as_signed() {
    let text = repo("docs/examples/joan-signed-plan.json");
    let verification = signed_plan::verify(&text, &[&points()]);
    let (figures, worked_out_again) = personal_budget_shown(&verification).unwrap();
    assert!(!worked_out_again);
    assert_eq!(
        Some(figures),
        verification
            .signed
            .as_ref()
            .unwrap()
            .personal_budget
            .as_ref()
    );
    assert_eq!(figures.council_weekly_minor, Some(21_328));
    assert_eq!(
        figures
            .direct_payment
            .as_ref()
            .and_then(|dp| dp.per_payment_minor),
        Some(37_280)
    );
    assert_eq!(figures_agree(&verification), Some(true));
    // Without the rules it names, nothing can be worked out again.
    assert_eq!(figures_agree(&signed_plan::verify(&text, &[])), None);
    assert_eq!(
        personal_budget_shown(&signed_plan::verify("not a plan", &[&points()])),
        None
    );
}

#[test]
fn a_file_signed_before_plans_said_the_personal_budget_shows_it_worked_out_again() {
    let v1 = repo("crates/sds-domain/tests/fixtures/signed-plans/v1.json");
    let then = RuleSet::load(&repo(
        "crates/sds-domain/tests/fixtures/signed-plans/v1-rules.json",
    ))
    .unwrap();
    let verification = signed_plan::verify(&v1, &[&then]);
    assert!(verification.report.verified());
    let (figures, worked_out_again) = personal_budget_shown(&verification).unwrap();
    assert!(worked_out_again);
    assert_eq!(
        figures,
        &verification.recomputed.as_ref().unwrap().personal_budget
    );
    // Its budget and totals still agree; there is no signed personal budget to compare.
    assert_eq!(figures_agree(&verification), Some(true));
}

#[test]
fn a_personal_budget_that_does_not_recompute_is_said_to_differ() {
    let mut value: serde_json::Value =
        serde_json::from_str(&repo("docs/examples/joan-signed-plan.json")).unwrap();
    value["personal_budget"]["council_weekly_minor"] = serde_json::json!(25_578);
    let verification = signed_plan::verify(&value.to_string(), &[&points()]);
    assert!(verification.signed.is_some());
    assert_eq!(figures_agree(&verification), Some(false));
}
