//! What the needs pages decide: the supports that meet a need, when the plan is asked why none
//! does, and how a need is named in a list.

mod common;

use common::joan;
use sds_app::needs::{asks_why_not_met, listed_words, supports_meeting};

fn ids(supports: Vec<&sds_domain::plan::Support>) -> Vec<&str> {
    supports.into_iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn a_need_is_met_by_every_support_that_names_it_paid_or_not() {
    let plan = joan();
    assert_eq!(ids(supports_meeting(&plan, "n1")), ["s1", "s6"]);
    assert_eq!(ids(supports_meeting(&plan, "n3")), ["s2", "s5"]);
    assert!(plan
        .supports
        .iter()
        .any(|s| !s.paid && s.needs.iter().any(|n| n == "n3")));
    assert!(supports_meeting(&plan, "n4").is_empty());
    assert!(supports_meeting(&plan, "no such need").is_empty());
}

#[test]
fn the_reason_is_asked_for_a_need_the_council_meets_with_no_support() {
    let mut plan = joan();
    // Met by supports, or not met by the council: nothing to explain.
    assert!(!asks_why_not_met(&plan, &plan.needs[0]));
    assert!(!asks_why_not_met(&plan, &plan.needs[3]));
    plan.supports
        .iter_mut()
        .for_each(|s| s.needs.retain(|n| n != "n1"));
    assert!(asks_why_not_met(&plan, &plan.needs[0]));
    // Not said yet whether the council meets it: the question comes first.
    plan.needs[0].council_will_meet = None;
    assert!(!asks_why_not_met(&plan, &plan.needs[0]));
}

#[test]
fn a_reason_once_written_stays_on_the_page() {
    let mut plan = joan();
    plan.needs[3].not_met_reason = "The garden is not a care need.".to_owned();
    assert!(asks_why_not_met(&plan, &plan.needs[3]));
    plan.needs[0].not_met_reason = "   ".to_owned();
    assert!(!asks_why_not_met(&plan, &plan.needs[0]));
}

#[test]
fn a_need_is_listed_by_its_words_shortened_as_findings_shorten_them() {
    let mut plan = joan();
    assert_eq!(
        listed_words(&plan.needs[3]).as_deref(),
        Some("Joan finds it hard to keep the garden tidy.")
    );
    // Long words end at a whole word, without the punctuation that followed it.
    assert_eq!(
        listed_words(&plan.needs[0]).as_deref(),
        Some("Joan needs help to wash and dress in the morning because…")
    );
    assert_eq!(
        listed_words(&plan.needs[1]).as_deref(),
        Some("Joan cannot stand to cook for long and has lost weight…")
    );
    // Words with no space to end at are cut where they must be.
    plan.needs[2].in_council_words = "x".repeat(80);
    assert_eq!(
        listed_words(&plan.needs[2]),
        Some(format!("{}…", "x".repeat(57)))
    );
    plan.needs[1].in_council_words = "  \n ".to_owned();
    assert_eq!(listed_words(&plan.needs[1]), None);
}
