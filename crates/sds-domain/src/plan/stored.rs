//! Plans as they are kept and exchanged: a versioned envelope, upgraded step by step from every
//! version ever released, and checked so that a damaged or hostile file is refused with a
//! message saying where, never half-read.
//!
//! Released versions (a fixture of each is kept in `tests/fixtures/plans/`):
//! - 1: the first release kept a bare record `{"id", "planned_by", "started_on"}`.
//! - 2: `{"format": "sds-support-plan", "format_version": 2, "plan": {...}}` with the full plan.
//! - 3: the same envelope; the plan may also hold assessed needs, wellbeing, information and
//!   advice, the contribution, monitoring, a disagreement, and each support's needs.

use super::costing::{MAX_AMOUNT_MINOR, MAX_SESSIONS_PER_WEEK, MINUTES_IN_A_WEEK};
use super::{Contribution, Costing, SupportPlan};
use crate::json_location::read_value;
use crate::limits::Exceeded;
use crate::wording::{json_at, Message};
use serde_json::{json, Value};

/// The most items in any one list of a plan (outcomes, supports, risks, contacts, actions and
/// the rest): real plans have tens. The app's "add" buttons stop at it.
pub const MAX_ITEMS: usize = 500;

pub const FORMAT_TAG: &str = "sds-support-plan";
pub const CURRENT_VERSION: u32 = 3;

/// Why a stored plan could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredError {
    /// Where the JSON reader stopped (see [`json_at`]).
    NotJson(Message),
    /// Not a support plan at all (another kind of file).
    NotAPlan,
    /// Saved by a newer version of the app than this one.
    TooNew(u64),
    /// A plan, but something in it is wrong.
    Invalid { path: String, message: Message },
    /// Larger, deeper or longer than any plan is (see [`crate::limits::PLAN`]).
    TooLarge(Exceeded),
}

impl StoredError {
    /// Why, to be said in the reader's language: the app shows it, the council's tool prints it
    /// in English, from the same catalogue key.
    pub fn message(&self) -> Message {
        match self {
            StoredError::NotJson(at) => Message::new("stored-not-json").with("at", at.clone()),
            StoredError::NotAPlan => Message::new("stored-not-a-plan"),
            StoredError::TooNew(version) => {
                Message::new("stored-too-new").with("version", version.to_string())
            }
            StoredError::Invalid { path, message } if path.is_empty() => {
                Message::new("stored-damaged").with("problem", message.clone())
            }
            StoredError::Invalid { path, message } => Message::new("stored-damaged-at")
                .with("path", path.as_str())
                .with("problem", message.clone()),
            StoredError::TooLarge(exceeded) => {
                Message::new("stored-too-large").with("detail", exceeded.message())
            }
        }
    }
}

/// Writes a plan in the current stored format.
pub fn write_plan(plan: &SupportPlan) -> String {
    // Plans hold only strings, integers, booleans and lists of them, which always serialise.
    serde_json::to_string(&plan_value(plan)).unwrap_or_default()
}

/// Reads a plan saved in any released format, upgrading it to the current one.
pub fn read_plan(text: &str) -> Result<SupportPlan, StoredError> {
    crate::limits::check(text, &crate::limits::PLAN).map_err(StoredError::TooLarge)?;
    let value: Value = serde_json::from_str(text).map_err(|e| StoredError::NotJson(json_at(&e)))?;
    read_plan_value(value)
}

/// The plan as JSON, in the current stored format (the envelope [`write_plan`] writes).
pub fn plan_value(plan: &SupportPlan) -> Value {
    json!({
        "format": FORMAT_TAG,
        "format_version": CURRENT_VERSION,
        "plan": plan,
    })
}

/// Reads a plan already parsed as JSON (for example one inside a signed plan), upgrading it.
pub fn read_plan_value(mut value: Value) -> Result<SupportPlan, StoredError> {
    let mut version = version_of(&value)?;
    while version < u64::from(CURRENT_VERSION) {
        value = upgrade(value, version)?;
        version += 1;
    }
    if version > u64::from(CURRENT_VERSION) {
        return Err(StoredError::TooNew(version));
    }
    let plan_value = match value {
        Value::Object(mut envelope) => envelope.remove("plan").ok_or(StoredError::NotAPlan)?,
        _ => return Err(StoredError::NotAPlan),
    };
    let plan: SupportPlan = read_value(&plan_value).map_err(|e| StoredError::Invalid {
        path: match e.path.as_str() {
            "" => "plan".to_owned(),
            path => format!("plan.{path}"),
        },
        // The reader's own words name the field or type it expected: outside text, kept as an
        // argument of a sentence from the catalogue.
        message: Message::new("stored-wrong-value").with("detail", e.message),
    })?;
    check_limits(&plan)?;
    Ok(plan)
}

/// Which released format a stored value is in.
fn version_of(value: &Value) -> Result<u64, StoredError> {
    let Value::Object(map) = value else {
        return Err(StoredError::NotAPlan);
    };
    match map.get("format") {
        Some(Value::String(tag)) if tag == FORMAT_TAG => {
            match map.get("format_version").and_then(Value::as_u64) {
                // Version 1 was never written in an envelope.
                Some(version) if version >= 2 => Ok(version),
                Some(version) => Err(StoredError::Invalid {
                    path: "format_version".to_owned(),
                    message: unknown_version(version),
                }),
                None => Err(StoredError::Invalid {
                    path: "format_version".to_owned(),
                    message: Message::new("stored-version-not-number"),
                }),
            }
        }
        Some(_) => Err(StoredError::NotAPlan),
        // Version 1 had no envelope: a bare record with these three fields.
        None if map.contains_key("id")
            && map.contains_key("planned_by")
            && map.contains_key("started_on") =>
        {
            Ok(1)
        }
        None => Err(StoredError::NotAPlan),
    }
}

/// One step: a value in `version` becomes a value in `version + 1`.
fn upgrade(value: Value, version: u64) -> Result<Value, StoredError> {
    match version {
        // 1 → 2: wrap the bare record in the envelope; its three fields keep their meaning.
        1 => Ok(json!({ "format": FORMAT_TAG, "format_version": 2, "plan": value })),
        // 2 → 3: every new part is optional and a version 2 plan has none of them, so the plan
        // is kept as it is. Its contribution stays unsaid (never taken as nothing), so the
        // checks ask for it.
        2 => match value {
            Value::Object(mut envelope) => {
                envelope.insert("format_version".to_owned(), Value::from(3));
                Ok(Value::Object(envelope))
            }
            _ => Err(StoredError::NotAPlan),
        },
        _ => Err(StoredError::Invalid {
            path: "format_version".to_owned(),
            message: unknown_version(version),
        }),
    }
}

fn unknown_version(version: u64) -> Message {
    Message::new("stored-unknown-version").with("version", version.to_string())
}

/// Figures beyond what any real plan has are refused, so no sum over a plan can overflow.
fn check_limits(plan: &SupportPlan) -> Result<(), StoredError> {
    let invalid = |path: String, message: Message| Err(StoredError::Invalid { path, message });
    let out_of_range = |amount: i64| {
        Message::new("stored-amount-out-of-range")
            .with("amount", amount)
            .with("limit", MAX_AMOUNT_MINOR)
    };
    let mut lists = vec![
        ("plan.also_involved".to_owned(), plan.also_involved.len()),
        (
            "plan.what_matters.strengths".to_owned(),
            plan.what_matters.strengths.len(),
        ),
        (
            "plan.what_matters.relationships".to_owned(),
            plan.what_matters.relationships.len(),
        ),
        ("plan.outcomes".to_owned(), plan.outcomes.len()),
        ("plan.supports".to_owned(), plan.supports.len()),
        (
            "plan.staying_safe.risks".to_owned(),
            plan.staying_safe.risks.len(),
        ),
        (
            "plan.staying_safe.contacts".to_owned(),
            plan.staying_safe.contacts.len(),
        ),
        ("plan.actions".to_owned(), plan.actions.len()),
        ("plan.answers".to_owned(), plan.answers.0.len()),
        ("plan.needs".to_owned(), plan.needs.len()),
        ("plan.wellbeing".to_owned(), plan.wellbeing.len()),
    ];
    lists.extend(plan.supports.iter().enumerate().flat_map(|(i, s)| {
        [
            (format!("plan.supports[{i}].outcomes"), s.outcomes.len()),
            (format!("plan.supports[{i}].needs"), s.needs.len()),
        ]
    }));
    lists.extend(plan.needs.iter().enumerate().map(|(i, n)| {
        (
            format!("plan.needs[{i}].eligibility_outcomes"),
            n.eligibility_outcomes.len(),
        )
    }));
    if let Some((path, count)) = lists.into_iter().find(|(_, count)| *count > MAX_ITEMS) {
        return invalid(
            path,
            Message::new("stored-too-many-items")
                .with("count", count)
                .with("limit", MAX_ITEMS),
        );
    }
    let amount_ok = |minor: i64| (0..=MAX_AMOUNT_MINOR).contains(&minor);
    if !amount_ok(plan.contingency_weekly_minor) {
        return invalid(
            "plan.contingency_weekly_minor".to_owned(),
            out_of_range(plan.contingency_weekly_minor),
        );
    }
    if let Some(Contribution::Assessed { weekly_minor, .. }) = plan.contribution {
        if !amount_ok(weekly_minor) {
            return invalid(
                "plan.contribution.weekly_minor".to_owned(),
                out_of_range(weekly_minor),
            );
        }
    }
    for (i, support) in plan.supports.iter().enumerate() {
        let path = format!("plan.supports[{i}].costing");
        let amounts: Vec<i64> = match support.costing {
            None => continue,
            Some(Costing::Hourly {
                minutes_per_week,
                hourly_rate_minor,
            }) => {
                if minutes_per_week > MINUTES_IN_A_WEEK {
                    return invalid(
                        path,
                        Message::new("stored-minutes-over-week")
                            .with("minutes", i64::from(minutes_per_week)),
                    );
                }
                vec![hourly_rate_minor]
            }
            Some(Costing::Sessions {
                sessions_per_week,
                price_per_session_minor,
            }) => {
                if sessions_per_week > MAX_SESSIONS_PER_WEEK {
                    return invalid(
                        path,
                        Message::new("stored-sessions-over-limit")
                            .with("sessions", i64::from(sessions_per_week))
                            .with("limit", i64::from(MAX_SESSIONS_PER_WEEK)),
                    );
                }
                vec![price_per_session_minor]
            }
            Some(Costing::Weekly { weekly_minor }) => vec![weekly_minor],
            Some(Costing::Yearly { yearly_minor }) => vec![yearly_minor],
            Some(Costing::OneOff { amount_minor }) => vec![amount_minor],
        };
        if let Some(bad) = amounts.into_iter().find(|a| !amount_ok(*a)) {
            return invalid(path, out_of_range(bad));
        }
    }
    Ok(())
}
