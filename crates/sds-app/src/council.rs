//! The council view's checks of a signed plan: against the rule set in force, and when the
//! plan names another, against every rule set the council has published. Fetching those is the
//! browser's part; which to use, and in what order, is decided here.

use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::{self, PlanVerification};

/// A signed plan checked against the rule set in force.
#[derive(Debug)]
pub enum FirstLook {
    /// Checked: made under the rules in force, or not readable enough to name any.
    Verified(Box<PlanVerification>),
    /// It names other rules (last year's, say): fetch the council's rule sets and check it
    /// with [`verify_with_rules_at_hand`].
    NeedsOtherRules,
}

/// Checks `text` against `current`, the rule set in force.
pub fn verify_under_current(text: &str, current: &RuleSet) -> FirstLook {
    let first = signed_plan::verify(text, &[current]);
    let named = first
        .signed
        .as_ref()
        .map(|signed| signed.rule_set.content_hash.as_str());
    match named {
        Some(hash) if hash != current.content_hash() => FirstLook::NeedsOtherRules,
        _ => FirstLook::Verified(Box::new(first)),
    }
}

/// Checks `text` against `current` and every other rule set `fetched` (the same rules fetched
/// twice count once). A rule set that could not be fetched is simply not at hand, and the
/// report says so if the plan needs it.
pub fn verify_with_rules_at_hand(
    text: &str,
    current: &RuleSet,
    fetched: &[RuleSet],
) -> PlanVerification {
    let all: Vec<&RuleSet> = std::iter::once(current)
        .chain(
            fetched
                .iter()
                .filter(|rules| rules.content_hash() != current.content_hash()),
        )
        .collect();
    signed_plan::verify(text, &all)
}
