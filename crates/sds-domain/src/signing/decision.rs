//! The council's decision on a signed plan, signed with a council key.
//!
//! A decision quotes the digest of the signed plan it decides on, so it cannot be moved to
//! another plan. The person's app accepts it only if it is signed by a key the council publishes
//! in its configuration, in force on the day of the decision.

use super::{check_envelope, sign_document, DocumentKind, KeyPair, PublicKey, Report};
use crate::canonical::{from_hex, hex};
use crate::date::{CalendarDate, Timestamp};
use crate::wording::Message;
use serde::{Deserialize, Serialize};

pub const FORMAT_TAG: &str = "sds-council-decision";

/// The format tag of a council's secret key file.
pub const KEY_FILE_TAG: &str = "sds-council-signing-key";

/// What the council decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The plan is agreed as it is.
    Confirmed,
    /// The plan is agreed with changes or conditions, which the decision lists.
    Changed,
    /// The plan is sent back, with reasons, to be changed and sent again.
    Returned,
}

impl Verdict {
    /// As the CLI and the file write it.
    pub fn parse(text: &str) -> Option<Verdict> {
        match text {
            "confirmed" => Some(Verdict::Confirmed),
            "changed" => Some(Verdict::Changed),
            "returned" => Some(Verdict::Returned),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Changed => "changed",
            Verdict::Returned => "returned",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Officer {
    pub name: String,
    pub role: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilRef {
    /// The council's short identifier from its configuration ("northshire").
    pub id: String,
    pub name: String,
}

/// The personal budget the council agreed, in minor units.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmedAmounts {
    /// ISO 4217 code, as in the signed plan.
    pub currency: String,
    pub weekly_minor: i64,
    pub yearly_minor: i64,
}

/// A council's decision on one signed plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The digest of the signed plan decided on (64 hex digits).
    pub plan_digest: String,
    /// The name of the person the plan is for, so a reader knows whose it is.
    pub person: String,
    pub decision: Verdict,
    /// Why: required when the plan is changed or returned.
    pub reasons: String,
    /// The changes made or conditions set, when the plan is confirmed with changes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub changes: String,
    /// The budget agreed; absent when the plan is returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<ConfirmedAmounts>,
    pub officer: Officer,
    pub council: CouncilRef,
    pub decided_at: Timestamp,
}

/// A council public key as the configuration publishes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CouncilKey {
    pub public_key: PublicKey,
    /// The first day decisions signed with it are accepted.
    pub valid_from: CalendarDate,
    /// The last day, if the key has been retired.
    pub valid_until: Option<CalendarDate>,
}

impl CouncilKey {
    pub fn in_force_on(&self, day: CalendarDate) -> bool {
        self.valid_from <= day && self.valid_until.is_none_or(|until| day <= until)
    }
}

/// The keys a council publishes, and its identifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedKeys<'a> {
    pub council_id: &'a str,
    pub keys: &'a [CouncilKey],
}

/// Where a council key stands on a day. One rule, used by verification (on the day a decision
/// was made), by the council view and by the CLI (before signing with a key file), so a key the
/// council's tools accept is always one people's apps accept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyStanding {
    /// Published, and in force on the day.
    InForce,
    /// Published, but not yet in force or already retired on the day.
    NotInForce,
    /// Not among the council's published keys.
    NotPublished,
}

impl PublishedKeys<'_> {
    /// Where `key` (in hex) stands on `day`: in force if any publication of it is.
    fn standing_of(&self, key_hex: &str, day: CalendarDate) -> KeyStanding {
        let mut published = self
            .keys
            .iter()
            .filter(|k| k.public_key.hex() == key_hex)
            .peekable();
        if published.peek().is_none() {
            KeyStanding::NotPublished
        } else if published.any(|k| k.in_force_on(day)) {
            KeyStanding::InForce
        } else {
            KeyStanding::NotInForce
        }
    }

    /// Where `key` stands on `day`.
    pub fn standing(&self, key: &PublicKey, day: CalendarDate) -> KeyStanding {
        self.standing_of(&key.hex(), day)
    }
}

/// Why a decision cannot be made as asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecideError {
    /// Changed and returned plans need reasons.
    ReasonsMissing,
    /// A plan confirmed with changes must say what they are.
    ChangesMissing,
    /// Confirmed and changed plans need the amounts agreed; returned ones have none.
    AmountsMissing,
    OfficerMissing,
}

/// Makes and signs a decision. Returns the decision file's text.
pub fn decide(decision: &Decision, key: &KeyPair) -> Result<String, DecideError> {
    if let Some(error) = shape_problem(decision) {
        return Err(error);
    }
    Ok(sign_document(DocumentKind::CouncilDecision, decision, &[key]).0)
}

fn shape_problem(decision: &Decision) -> Option<DecideError> {
    if decision.decision != Verdict::Confirmed && decision.reasons.trim().is_empty() {
        return Some(DecideError::ReasonsMissing);
    }
    if decision.decision == Verdict::Changed && decision.changes.trim().is_empty() {
        return Some(DecideError::ChangesMissing);
    }
    if (decision.decision == Verdict::Returned) == decision.confirmed.is_some() {
        return Some(DecideError::AmountsMissing);
    }
    if decision.officer.name.trim().is_empty() {
        return Some(DecideError::OfficerMissing);
    }
    None
}

/// Everything verifying a decision found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionVerification {
    pub report: Report,
    pub decision: Option<Decision>,
}

/// Verifies a decision file. A decision counts only if it is signed by one of the `published`
/// keys in force on its date; without them it cannot verify (the report still says what the
/// file claims, and whether it is intact).
pub fn verify(text: &str, published: Option<&PublishedKeys>) -> DecisionVerification {
    let (mut report, decision) = check_envelope::<Decision>(text, DocumentKind::CouncilDecision);
    let Some(decision) = decision else {
        return DecisionVerification {
            report,
            decision: None,
        };
    };
    if from_hex::<32>(&decision.plan_digest).is_none() {
        report.fail(
            "plan_digest_unreadable",
            Message::new("problem-plan_digest_unreadable"),
        );
    }
    match shape_problem(&decision) {
        Some(DecideError::ReasonsMissing) => {
            report.fail("reasons_missing", Message::new("problem-reasons_missing"))
        }
        Some(DecideError::ChangesMissing) => {
            report.fail("changes_missing", Message::new("problem-changes_missing"))
        }
        Some(DecideError::AmountsMissing) => {
            report.fail("amounts_missing", Message::new("problem-amounts_missing"))
        }
        Some(DecideError::OfficerMissing) => {
            report.fail("officer_missing", Message::new("problem-officer_missing"))
        }
        None => {}
    }
    match published {
        None => report.fail(
            "council_keys_not_checked",
            Message::new("problem-council_keys_not_checked"),
        ),
        Some(published) => check_council_key(&decision, published, &mut report),
    }
    DecisionVerification {
        report,
        decision: Some(decision),
    }
}

/// Checks a decision against the signed plan it names (given with its digest): a plan confirmed
/// as it is keeps its own budget, and amounts are in the plan's currency. Returns the failures.
pub fn check_against_plan(
    decision: &Decision,
    plan_digest: &str,
    plan: &super::signed_plan::SignedPlan,
) -> Vec<super::Problem> {
    let mut problems = Vec::new();
    if decision.plan_digest != plan_digest {
        problems.push(super::Problem::failure(
            "other_plan",
            Message::new("problem-other_plan"),
        ));
        return problems;
    }
    if let Some(amounts) = &decision.confirmed {
        if amounts.currency != plan.currency {
            problems.push(super::Problem::failure(
                "currency_differs",
                Message::new("problem-currency_differs_plan")
                    .with("currency", amounts.currency.as_str())
                    .with("expected", plan.currency.as_str()),
            ));
        }
        let as_planned = amounts.weekly_minor == plan.budget.weekly_minor
            && amounts.yearly_minor == plan.budget.yearly_minor;
        if decision.decision == Verdict::Confirmed && !as_planned {
            problems.push(super::Problem::failure(
                "confirmed_amounts_differ",
                Message::new("problem-confirmed_amounts_differ"),
            ));
        }
    }
    problems
}

fn check_council_key(decision: &Decision, published: &PublishedKeys, report: &mut Report) {
    if decision.council.id != published.council_id {
        report.fail(
            "other_council",
            Message::new("problem-other_council").with("council", decision.council.name.as_str()),
        );
        return;
    }
    let day = decision.decided_at.date();
    let standings: Vec<KeyStanding> = report
        .valid_keys()
        .map(|key| published.standing_of(key, day))
        .collect();
    if standings.iter().all(|s| *s == KeyStanding::NotPublished) {
        report.fail(
            "not_a_council_key",
            Message::new("problem-not_a_council_key")
                .with("council", decision.council.name.as_str()),
        );
    } else if !standings.contains(&KeyStanding::InForce) {
        report.fail(
            "key_not_in_force",
            Message::new("problem-key_not_in_force").with("date", day),
        );
    }
}

/// A council's secret signing key as kept in a file. Whoever holds the file can sign decisions
/// in the council's name: it is kept off shared drives and loaded only for the moment of
/// signing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFile {
    pub format: String,
    pub format_version: u64,
    pub public_key: PublicKey,
    pub secret_key: String,
    pub created_at: Timestamp,
    /// The council the key signs for, so decisions name it without retyping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council: Option<CouncilRef>,
}

impl KeyFile {
    /// A new key file for a 32-byte random secret.
    pub fn new(secret: [u8; 32], created_at: Timestamp, council: Option<CouncilRef>) -> KeyFile {
        let pair = KeyPair::from_secret(secret);
        KeyFile {
            format: KEY_FILE_TAG.to_owned(),
            format_version: super::FORMAT_VERSION,
            public_key: pair.public_key(),
            secret_key: hex(&secret),
            created_at,
            council,
        }
    }

    /// Reads a key file and the key pair it holds, refusing one whose halves do not match.
    pub fn read(text: &str) -> Result<(KeyFile, KeyPair), String> {
        crate::limits::check(text, &crate::limits::KEY_FILE)
            .map_err(|exceeded| format!("this is not a council signing key file: {exceeded}"))?;
        let file: KeyFile = serde_json::from_str(text)
            .map_err(|e| format!("this is not a council signing key file ({e})"))?;
        if file.format != KEY_FILE_TAG {
            return Err("this is not a council signing key file".to_owned());
        }
        if file.format_version != super::FORMAT_VERSION {
            return Err(format!(
                "this key file is in format version {}, which this version does not read",
                file.format_version
            ));
        }
        let pair = KeyPair::from_secret_hex(&file.secret_key)
            .ok_or("the key file's secret_key is not 64 hex digits")?;
        if pair.public_key() != file.public_key {
            return Err("the key file's secret and public keys do not belong together".to_owned());
        }
        Ok((file, pair))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
