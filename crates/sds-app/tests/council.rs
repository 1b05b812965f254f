//! The council view's checks of a signed plan against the rule sets at hand.

mod common;

use common::{components, points, repo};
use sds_app::council::{verify_under_current, verify_with_rules_at_hand, FirstLook};

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
