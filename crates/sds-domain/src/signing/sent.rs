//! What a device keeps of the plans signed on it: each signed file exactly as it was sent, and
//! the council's decision on it once the person loads one.
//!
//! A decision is accepted only if it verifies against the council's published keys and names
//! the digest of a plan signed here, so a file meant for someone else, or forged, changes
//! nothing.

use super::decision::{self, Decision, PublishedKeys};
use super::signed_plan::{self, Signed, SignedPlan};
use super::Problem;
use crate::wording::Message;
use serde::{Deserialize, Serialize};
use serde_json::json;

pub const FORMAT_TAG: &str = "sds-sent-plans";
const FORMAT_VERSION: u64 = 1;

/// One plan as signed, and the decision on it if one has been loaded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentEntry {
    pub digest: String,
    /// The signed file's text, byte for byte as it was downloaded.
    pub signed: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
}

impl SentEntry {
    /// What the signed file says (it was verified when it was made; read again here).
    pub fn signed_plan(&self) -> Option<SignedPlan> {
        signed_plan::verify(&self.signed, &[]).signed
    }

    /// The decision, if one was loaded.
    pub fn decision(&self) -> Option<Decision> {
        self.decision
            .as_deref()
            .and_then(|text| decision::verify(text, None).decision)
    }
}

/// Every plan signed on this device for one plan, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentPlans {
    pub entries: Vec<SentEntry>,
}

/// Why a decision file was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecisionRefused {
    /// It does not verify; the problems say why.
    NotVerified(Vec<Problem>),
    /// It verifies, but decides on a plan that was not signed on this device for this plan.
    OtherPlan { person: String },
}

impl SentPlans {
    /// Reads the stored record.
    pub fn from_value(value: serde_json::Value) -> Result<SentPlans, Message> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Record {
            format: String,
            format_version: u64,
            entries: Vec<SentEntry>,
        }
        // The reader's own words name the field it expected: outside text, kept as an argument.
        let record: Record = serde_json::from_value(value)
            .map_err(|e| Message::new("sent-not-a-record").with("detail", e.to_string()))?;
        if record.format != FORMAT_TAG || record.format_version != FORMAT_VERSION {
            return Err(Message::new("sent-wrong-version")
                .with("format", record.format)
                .with("version", record.format_version.to_string()));
        }
        Ok(SentPlans {
            entries: record.entries,
        })
    }

    pub fn to_value(&self) -> serde_json::Value {
        json!({
            "format": FORMAT_TAG,
            "format_version": FORMAT_VERSION,
            "entries": self.entries,
        })
    }

    /// Adds what `other` knows and this does not: signed plans by digest, and decisions on
    /// plans that have none here. Nothing already kept is replaced.
    pub fn merge(&mut self, other: &SentPlans) {
        for entry in &other.entries {
            match self.entries.iter_mut().find(|e| e.digest == entry.digest) {
                None => self.entries.push(entry.clone()),
                Some(kept) if kept.decision.is_none() => kept.decision.clone_from(&entry.decision),
                Some(_) => {}
            }
        }
    }

    pub fn add(&mut self, signed: &Signed) {
        if !self.entries.iter().any(|e| e.digest == signed.digest) {
            self.entries.push(SentEntry {
                digest: signed.digest.clone(),
                signed: signed.text.clone(),
                decision: None,
            });
        }
    }

    /// The most recently signed.
    pub fn latest(&self) -> Option<&SentEntry> {
        self.entries.last()
    }

    /// Checks a decision file against the council's published keys and the plans signed here;
    /// if it is for one of them, keeps it with that plan and returns it.
    pub fn accept_decision(
        &mut self,
        text: &str,
        keys: &PublishedKeys,
    ) -> Result<Decision, DecisionRefused> {
        let verification = decision::verify(text, Some(keys));
        let decision = match verification.decision {
            Some(decision) if verification.report.verified() => decision,
            _ => return Err(DecisionRefused::NotVerified(verification.report.problems)),
        };
        let Some(entry) = self
            .entries
            .iter_mut()
            .find(|e| e.digest == decision.plan_digest)
        else {
            return Err(DecisionRefused::OtherPlan {
                person: decision.person,
            });
        };
        if let Some(plan) = entry.signed_plan() {
            let problems = decision::check_against_plan(&decision, &entry.digest, &plan);
            if !problems.is_empty() {
                return Err(DecisionRefused::NotVerified(problems));
            }
        }
        entry.decision = Some(text.to_owned());
        Ok(decision)
    }
}
