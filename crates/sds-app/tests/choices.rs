//! Each table of choices against the names serde stores: a radio button's value, a file and
//! the table can never disagree, and every value is in its table once.

use sds_app::choices::{management_words, overall_option, Choosable, CostingKind, SIGNING_ROLES};
use sds_app::edit::ContributionStatus;
use sds_domain::plan::{Contribution, DisagreementAbout, PlannedBy, Provider, RepresentativeBasis};
use sds_domain::rules::format::{ManagementOption, Scheme};
use sds_domain::signing::decision::Verdict;
use sds_domain::signing::signed_plan::SignerRole;

fn agrees_with_serde<T: Choosable + serde::Serialize + std::fmt::Debug>(count: usize) {
    assert_eq!(T::ALL.len(), count, "every value once");
    for entry in T::ALL {
        let stored = serde_json::to_value(entry.value).unwrap();
        assert_eq!(stored, entry.name, "{:?}", entry.value);
        assert_eq!(T::named(entry.name), Some(entry.value));
        assert_eq!(entry.value.name(), entry.name);
        assert_eq!(entry.value.key(), entry.key);
        assert!(!entry.key.is_empty());
    }
    assert_eq!(T::named("no such value"), None);
}

#[test]
fn every_table_names_its_values_as_they_are_stored() {
    agrees_with_serde::<PlannedBy>(2);
    agrees_with_serde::<RepresentativeBasis>(5);
    agrees_with_serde::<Provider>(6);
    agrees_with_serde::<ManagementOption>(4);
    agrees_with_serde::<SignerRole>(4);
    agrees_with_serde::<Verdict>(3);
    agrees_with_serde::<DisagreementAbout>(4);
}

#[test]
fn contribution_choices_are_named_as_a_contribution_is_stored() {
    // The status is not stored on its own: it is the tag of the contribution it makes.
    assert_eq!(ContributionStatus::ALL.len(), 2);
    for contribution in [
        Contribution::Assessed {
            weekly_minor: 4250,
            letter_dated: None,
        },
        Contribution::NotAssessedYet,
    ] {
        let status = ContributionStatus::of(&contribution);
        let stored = serde_json::to_value(contribution).unwrap();
        assert_eq!(stored["status"], status.name());
        assert_eq!(ContributionStatus::named(status.name()), Some(status));
    }
}

#[test]
fn scotland_names_the_ways_of_managing_money_as_its_four_options() {
    assert_eq!(
        management_words(ManagementOption::IndividualServiceFund, Scheme::Scotland),
        ("management-scotland-2", Some("management-scotland-2-hint"))
    );
    assert_eq!(
        management_words(ManagementOption::DirectPaymentNominee, Scheme::Scotland).0,
        "management-scotland-1-nominee"
    );
    // England and Wales keep the table's own words.
    for scheme in [Scheme::England, Scheme::Wales] {
        for entry in ManagementOption::ALL {
            assert_eq!(
                management_words(entry.value, scheme),
                (entry.key, entry.hint)
            );
        }
    }
    use ManagementOption::*;
    assert_eq!(overall_option(Scheme::England, [CouncilManaged]), None);
    assert_eq!(overall_option(Scheme::Scotland, []), None);
    assert_eq!(
        overall_option(Scheme::Scotland, [CouncilManaged, CouncilManaged]),
        Some("management-scotland-3")
    );
    // To the person or a nominee, a direct payment is Option 1 either way.
    assert_eq!(
        overall_option(
            Scheme::Scotland,
            [DirectPaymentPerson, DirectPaymentNominee]
        ),
        Some("management-scotland-1")
    );
    assert_eq!(
        overall_option(
            Scheme::Scotland,
            [DirectPaymentPerson, IndividualServiceFund, CouncilManaged]
        ),
        Some("management-scotland-4")
    );
}

#[test]
fn costing_kinds_are_named_as_a_costing_is_stored() {
    assert_eq!(CostingKind::ALL.len(), 5);
    for entry in CostingKind::ALL {
        let stored = serde_json::to_value(entry.value.empty()).unwrap();
        assert_eq!(stored["kind"], entry.name);
        assert_eq!(CostingKind::of(&entry.value.empty()), entry.value);
    }
}

#[test]
fn the_hints_are_where_the_pages_show_them() {
    assert_eq!(
        RepresentativeBasis::Deputy.hint(),
        Some("basis-deputy-hint")
    );
    assert_eq!(
        ManagementOption::CouncilManaged.hint(),
        Some("management-council-hint")
    );
    assert_eq!(Provider::Agency.hint(), None);
    assert!(SIGNING_ROLES
        .iter()
        .all(|(role, _)| role.agrees_to_the_plan()));
}

#[test]
fn yes_and_no_are_named_as_serde_writes_a_bool() {
    assert_eq!(bool::ALL.len(), 2, "every value once");
    for entry in bool::ALL {
        assert_eq!(serde_json::to_string(&entry.value).unwrap(), entry.name);
        assert_eq!(bool::named(entry.name), Some(entry.value));
        assert_eq!(entry.value.name(), entry.name);
    }
    assert_eq!((true.key(), false.key()), ("yes", "no"));
    assert_eq!(bool::named("yes"), None);
}
