//! Support plans as they are kept on a device.
//!
//! This is the start of the plan model: who is planning, and when the plan was started. The
//! sections of the plan itself (what matters, outcomes, supports, money, safety, actions) are
//! added to this record as they are built.

use crate::date::CalendarDate;
use serde::{Deserialize, Serialize};

/// Who is doing the planning. The app's wording follows it: "What matters to you?" for the
/// person, "What matters to Amira?" for someone planning with or for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlannedBy {
    /// The person who needs care and support is planning it themselves.
    ThePerson,
    /// A family member, friend, nominee or representative is planning for or with the person.
    SomeoneElse,
}

/// One plan on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRecord {
    /// Random and unique, so plans from different devices never collide when merged.
    pub id: String,
    pub planned_by: PlannedBy,
    pub started_on: CalendarDate,
}

impl PlanRecord {
    /// Reads a stored record; any problem is returned as text for the "cannot be read" notice.
    pub fn from_json(text: &str) -> Result<PlanRecord, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    pub fn to_json(&self) -> String {
        // A PlanRecord holds only strings and unit enums, which always serialise.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_json() {
        let plan = PlanRecord {
            id: "3f2a".into(),
            planned_by: PlannedBy::SomeoneElse,
            started_on: CalendarDate::new(2026, 11, 27).unwrap(),
        };
        let json = plan.to_json();
        assert_eq!(
            json,
            r#"{"id":"3f2a","planned_by":"someone_else","started_on":"2026-11-27"}"#
        );
        assert_eq!(PlanRecord::from_json(&json).unwrap(), plan);
    }

    #[test]
    fn a_damaged_record_is_an_error_not_a_panic() {
        for bad in [
            "",
            "{",
            "null",
            r#"{"id":"x","planned_by":"robot","started_on":"2026-11-27"}"#,
        ] {
            assert!(PlanRecord::from_json(bad).is_err(), "{bad}");
        }
    }
}
