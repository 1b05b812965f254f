//! Signing a plan and keeping what was signed; taking in the council's decision on it. Each is
//! several steps against the device (the signing key, the record of plans signed here), done
//! whole or not at all, so no page does any of them itself.

use sds_domain::date::Timestamp;
use sds_domain::keeping::device::{Device, ReadError, SaveError};
use sds_domain::plan::{PlannedBy, SupportPlan};
use sds_domain::rules::RuleSet;
use sds_domain::signing::decision::{Decision, PublishedKeys};
use sds_domain::signing::sent::{DecisionRefused, SentPlans};
use sds_domain::signing::signed_plan::{self, SignError, Signed, Signer, SignerRole};

/// Who signs first, unless they choose otherwise: the person, or for someone else their
/// nominee (where there is one) or their representative.
pub fn first_signer(plan: &SupportPlan) -> SignerRole {
    match plan.planned_by {
        PlannedBy::ThePerson => SignerRole::Person,
        PlannedBy::SomeoneElse if plan.nominee.is_some() => SignerRole::Nominee,
        PlannedBy::SomeoneElse => SignerRole::Representative,
    }
}

/// Everyone who signs: the signer in `role` under their typed name, and a witness if one was
/// named; each with the declaration `said` puts to them, in the words shown.
pub fn signers(
    role: SignerRole,
    name: &str,
    witness: &str,
    said: impl Fn(SignerRole) -> String,
) -> Vec<Signer> {
    let mut signers = vec![Signer {
        name: name.trim().to_owned(),
        role,
        text: said(role),
    }];
    if !witness.trim().is_empty() {
        signers.push(Signer {
            name: witness.trim().to_owned(),
            role: SignerRole::Witness,
            text: said(SignerRole::Witness),
        });
    }
    signers
}

/// Why a plan was not signed. Nothing is kept when any step fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotSigned {
    /// The device's signing key could not be read or made and kept.
    Key(SaveError),
    /// The plans signed here before could not be read.
    Sent(ReadError),
    /// The device does not know the time, which a signature records.
    NoClock,
    /// The plan cannot be signed as it stands.
    Refused(SignError),
    /// Signed, but the signed plan could not be kept, so it is not offered.
    NotKept(SaveError),
}

/// Signs `plan` as it stands under `rules` at `now` with this device's key, and keeps the
/// signed plan with the plans signed from it here.
pub fn sign_and_keep(
    device: &Device,
    plan: &SupportPlan,
    rules: &RuleSet,
    signers: &[Signer],
    language: &str,
    now: Option<Timestamp>,
) -> Result<Signed, NotSigned> {
    let key = device.signing_key().map_err(NotSigned::Key)?;
    let mut kept = device.sent(&plan.id).map_err(NotSigned::Sent)?;
    let now = now.ok_or(NotSigned::NoClock)?;
    let signed =
        signed_plan::sign(plan, rules, signers, language, now, &key).map_err(NotSigned::Refused)?;
    kept.add(&signed);
    device
        .save_sent(&plan.id, &kept)
        .map_err(NotSigned::NotKept)?;
    Ok(signed)
}

/// A decision taken in and kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionKept {
    pub decision: Decision,
    /// The plans signed here, with the decision now among them.
    pub sent: SentPlans,
    /// Whether it is on the latest plan signed here (an earlier one may have been decided).
    pub on_latest: bool,
}

/// Why a decision was not kept. Nothing changes when any step fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecisionNotKept {
    /// It does not verify against the council's keys, or is on no plan signed here.
    Refused(DecisionRefused),
    /// The plans signed here could not be read.
    Sent(ReadError),
    /// It verifies, but could not be kept.
    NotKept(SaveError),
}

/// Takes in the council's decision (the file's text) on a plan signed here, if it verifies
/// against the keys `keys` publishes, and keeps it with that plan.
pub fn accept_decision(
    device: &Device,
    plan_id: &str,
    text: &str,
    keys: &PublishedKeys,
) -> Result<DecisionKept, DecisionNotKept> {
    let mut sent = device.sent(plan_id).map_err(DecisionNotKept::Sent)?;
    let decision = sent
        .accept_decision(text, keys)
        .map_err(DecisionNotKept::Refused)?;
    device
        .save_sent(plan_id, &sent)
        .map_err(DecisionNotKept::NotKept)?;
    let on_latest = sent
        .latest()
        .is_some_and(|entry| entry.digest == decision.plan_digest);
    Ok(DecisionKept {
        decision,
        sent,
        on_latest,
    })
}

/// Whether the plan has changed since it was signed (ignoring only the day it was last saved).
pub fn changed_since(current: &SupportPlan, signed: &SupportPlan) -> bool {
    let mut a = current.clone();
    let mut b = signed.clone();
    a.last_changed = None;
    b.last_changed = None;
    a != b
}
