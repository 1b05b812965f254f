//! Rule sets checked once per content: reading and checking a rule set (its analysis, which
//! also compiles the program every budget runs) depends only on the file's text, so the answer
//! for one text is kept for the visit and given again whenever the same text is fetched (the
//! council view's earlier rule sets, the one in force that start-up already checked).
//!
//! The key is the exact text that was checked, never a name or a date, so a changed file is
//! always checked anew. The text itself, not a digest of it: hashing a rule set's text is a
//! few milliseconds on a phone at every start-up, and comparing it with the few texts a visit
//! sees is not. Only memory holds the answers: see ARCHITECTURE.md for why a check is not
//! remembered across visits.

use std::collections::BTreeMap;

use sds_domain::rules::{RuleProblem, RuleSet};

/// Every rule set text checked in this visit, with its answer.
#[derive(Default)]
pub struct CheckedRuleSets {
    answers: BTreeMap<String, Result<RuleSet, Vec<RuleProblem>>>,
}

impl CheckedRuleSets {
    /// The rule set in `text`, or every problem with it: checked the first time this exact text
    /// is seen, and the same answer after.
    pub fn load(&mut self, text: &str) -> Result<RuleSet, Vec<RuleProblem>> {
        if let Some(answer) = self.answers.get(text) {
            return answer.clone();
        }
        let answer = RuleSet::load(text);
        self.answers.insert(text.to_owned(), answer.clone());
        answer
    }

    /// How many different texts have been checked.
    pub fn checked(&self) -> usize {
        self.answers.len()
    }
}
