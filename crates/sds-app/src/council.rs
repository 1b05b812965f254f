//! The council view's checks of a signed plan: against the rule set in force, and when the
//! plan names another, against every rule set the council has published. Fetching those is the
//! browser's part; which to use, and in what order, is decided here.

use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::{self, PersonalBudgetFigures, PlanVerification};

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

/// The personal budget the council view shows for a checked plan, and whether it was worked out
/// again rather than signed: the figures signed, or, for a file signed before plans said them
/// (version 1, which the report warns of), the ones its plan works out to. `None` when the file
/// cannot be read or its rules are not at hand.
pub fn personal_budget_shown(
    verification: &PlanVerification,
) -> Option<(&PersonalBudgetFigures, bool)> {
    let signed = verification.signed.as_ref()?;
    match (&signed.personal_budget, &verification.recomputed) {
        (Some(figures), _) => Some((figures, false)),
        (None, Some(recomputed)) => Some((&recomputed.personal_budget, true)),
        (None, None) => None,
    }
}

/// Whether every figure the file states (the budget, the totals and, where it says it, the
/// personal budget) is the same when worked out again; `None` when it could not be worked out.
pub fn figures_agree(verification: &PlanVerification) -> Option<bool> {
    let (recomputed, signed) = (
        verification.recomputed.as_ref()?,
        verification.signed.as_ref()?,
    );
    Some(
        signed.budget == recomputed.budget
            && signed.totals == recomputed.totals
            && signed
                .personal_budget
                .as_ref()
                .is_none_or(|figures| *figures == recomputed.personal_budget),
    )
}
