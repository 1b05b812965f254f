//! What the pages about assessed needs decide: which supports meet a need, when the plan is
//! asked why none does, and how a need is named where a list shows it.

use sds_domain::plan::checks::short;
use sds_domain::plan::{AssessedNeed, Support, SupportPlan};

/// The supports in the plan that meet the need with this id, paid or unpaid, in the plan's
/// order: what the needs page lists under a need the council will meet.
pub fn supports_meeting<'p>(plan: &'p SupportPlan, need: &str) -> Vec<&'p Support> {
    plan.supports
        .iter()
        .filter(|support| support.needs.iter().any(|n| n == need))
        .collect()
}

/// Whether the needs page asks why no support in the plan meets this need: when the council
/// will meet it and no support does (the check `need_not_met` fires until it says), and always
/// while a reason is written, so words once typed are never hidden out of reach.
pub fn asks_why_not_met(plan: &SupportPlan, need: &AssessedNeed) -> bool {
    let unmet = need.council_will_meet == Some(true) && supports_meeting(plan, &need.id).is_empty();
    unmet || !need.not_met_reason.trim().is_empty()
}

/// The need's words as a list of needs shows them (a support's "which needs does it meet"):
/// shortened as the checks' messages shorten them, so a need reads the same in both; `None`
/// while it has no words, for the page to name it by its number.
pub fn listed_words(need: &AssessedNeed) -> Option<String> {
    let words = need.in_council_words.trim();
    (!words.is_empty()).then(|| short(words))
}
