//! Rule sets checked once per content: reading and checking a rule set (its analysis, which
//! also compiles the program every budget runs) depends only on the file's text, so the answer
//! for one text is kept for the visit and given again whenever the same text is fetched (the
//! council view's earlier rule sets, the one in force that start-up already checked).
//!
//! The key is the SHA-256 of the exact text that was checked, never a name or a date, so a
//! changed file is always checked anew. Only memory holds the answers: see ARCHITECTURE.md for
//! why a check is not remembered across visits.

use std::collections::BTreeMap;

use sds_domain::canonical::sha256_hex;
use sds_domain::rules::{RuleProblem, RuleSet};

/// Every rule set text checked in this visit, by the SHA-256 of its text, with its answer.
#[derive(Default)]
pub struct CheckedRuleSets {
    answers: BTreeMap<String, Result<RuleSet, Vec<RuleProblem>>>,
}

impl CheckedRuleSets {
    /// The rule set in `text`, or every problem with it: checked the first time this exact text
    /// is seen, and the same answer after.
    pub fn load(&mut self, text: &str) -> Result<RuleSet, Vec<RuleProblem>> {
        self.answers
            .entry(sha256_hex(text.as_bytes()))
            .or_insert_with(|| RuleSet::load(text))
            .clone()
    }

    /// How many different texts have been checked.
    pub fn checked(&self) -> usize {
        self.answers.len()
    }
}
