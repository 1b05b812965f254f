//! A backup: every plan on a device in one file, with the plans signed from each, to keep
//! somewhere safe or to move to another device.
//!
//! ```json
//! {"format": "sds-plans-backup", "format_version": 1, "made_at": "2026-11-27T14:32:55Z",
//!  "plans": [{"revision": 7, "plan": { a plan file }, "signed": { sent plans }}]}
//! ```
//! Restoring merges by plan id and revision. A file is read whole and checked before anything
//! changes, so a damaged or foreign file changes nothing; a plan that is newer here, or that
//! went a different way here, is replaced only when the person says so. The signing key is never
//! in a backup: it stays on the device it was made on.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::device::{plan_name, sent_name, Device, Expect, Kept, ReadError, SaveError, Shelf};
use super::record::MAX_REVISION;
use crate::date::Timestamp;
use crate::plan::stored::{plan_value, read_plan_value, StoredError};
use crate::plan::SupportPlan;
use crate::signing::sent::SentPlans;
use crate::wording::Message;

pub const BACKUP_TAG: &str = "sds-plans-backup";
pub const BACKUP_VERSION: u64 = 1;

/// One plan in a backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupEntry {
    pub plan: SupportPlan,
    pub revision: u64,
    pub sent: SentPlans,
}

/// The backup file's text.
pub fn write_backup(entries: &[BackupEntry], made_at: Option<Timestamp>) -> String {
    let plans: Vec<Value> = entries
        .iter()
        .map(|entry| {
            let mut value = json!({ "revision": entry.revision, "plan": plan_value(&entry.plan) });
            if !entry.sent.entries.is_empty() {
                value["signed"] = entry.sent.to_value();
            }
            value
        })
        .collect();
    let backup = json!({
        "format": BACKUP_TAG,
        "format_version": BACKUP_VERSION,
        "made_at": made_at.map(|at| at.to_string()),
        "plans": plans,
    });
    // Indented, so a person or a support desk can read it; only JSON values, which always
    // serialise.
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

/// Why a file cannot be restored. Nothing has changed when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupRefused {
    NotJson,
    /// Neither a backup nor a plan file.
    NotABackup,
    /// Made by a newer version of the app.
    TooNew(u64),
    /// The plan at this position (from 1) cannot be read, and why.
    BadPlan(usize, StoredError),
    /// The same plan twice in one file.
    Repeated(String),
    /// Larger, deeper or longer than any backup is (see [`crate::limits::BACKUP`]).
    TooLarge(crate::limits::Exceeded),
    Damaged(String),
}

/// Reads a backup, or a single plan file as a backup of one plan, checking every plan in it.
pub fn read_backup(text: &str) -> Result<Vec<BackupEntry>, BackupRefused> {
    crate::limits::check(text, &crate::limits::BACKUP).map_err(BackupRefused::TooLarge)?;
    let value: Value = serde_json::from_str(text).map_err(|_| BackupRefused::NotJson)?;
    match value.get("format").and_then(Value::as_str) {
        Some(BACKUP_TAG) => {}
        Some(crate::plan::stored::FORMAT_TAG) => {
            let plan = read_plan_value(value).map_err(|e| BackupRefused::BadPlan(1, e))?;
            return Ok(vec![BackupEntry {
                plan,
                revision: 0,
                sent: SentPlans::default(),
            }]);
        }
        _ => return Err(BackupRefused::NotABackup),
    }
    match value.get("format_version").and_then(Value::as_u64) {
        Some(BACKUP_VERSION) => {}
        Some(version) if version > BACKUP_VERSION => return Err(BackupRefused::TooNew(version)),
        _ => return Err(BackupRefused::Damaged("format_version".to_owned())),
    }
    let plans = value
        .get("plans")
        .and_then(Value::as_array)
        .ok_or_else(|| BackupRefused::Damaged("plans".to_owned()))?;
    let mut entries: Vec<BackupEntry> = Vec::with_capacity(plans.len());
    let mut ids = BTreeSet::new();
    for (i, item) in plans.iter().enumerate() {
        let damaged = |what: &str| BackupRefused::Damaged(format!("plans[{i}].{what}"));
        let revision = item
            .get("revision")
            .and_then(Value::as_u64)
            .filter(|revision| *revision <= MAX_REVISION)
            .ok_or_else(|| damaged("revision"))?;
        let plan = read_plan_value(item.get("plan").cloned().unwrap_or(Value::Null))
            .map_err(|e| BackupRefused::BadPlan(i + 1, e))?;
        let sent = match item.get("signed") {
            None => SentPlans::default(),
            Some(sent) => SentPlans::from_value(sent.clone()).map_err(|_| damaged("signed"))?,
        };
        if !ids.insert(plan.id.clone()) {
            return Err(BackupRefused::Repeated(plan.id));
        }
        entries.push(BackupEntry {
            plan,
            revision,
            sent,
        });
    }
    Ok(entries)
}

/// How a plan in a file stands against the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Not on this device.
    New,
    /// The same as the plan here.
    Same,
    /// A later revision of the plan here: restored.
    Newer { here: u64 },
    /// The plan here is a later revision: kept unless the person chooses the file's.
    OlderThanHere { here: u64 },
    /// Changed here and in the file since they were the same: kept unless the person chooses.
    Different { here: u64 },
    /// The record here under this plan's id cannot be read: kept aside if the person chooses
    /// the file's copy, left as it is otherwise.
    ReplacesUnreadable,
}

impl Arrival {
    /// Whether restoring would replace a plan the person has here without asking.
    pub fn needs_choice(self) -> bool {
        matches!(
            self,
            Arrival::OlderThanHere { .. } | Arrival::Different { .. } | Arrival::ReplacesUnreadable
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    pub entry: BackupEntry,
    pub arrival: Arrival,
}

/// Compares each plan in a file with the plans here.
pub fn compare(shelf: &Shelf, entries: Vec<BackupEntry>) -> Vec<Incoming> {
    entries
        .into_iter()
        .map(|entry| {
            let here = shelf.plans.iter().find(|k| k.content.id == entry.plan.id);
            let name = plan_name(&entry.plan.id);
            let unreadable_here = shelf.unreadable.iter().any(|u| u.name == name);
            let arrival = match here {
                None if unreadable_here => Arrival::ReplacesUnreadable,
                None => Arrival::New,
                Some(kept) if kept.content == entry.plan => Arrival::Same,
                Some(kept) if entry.revision > kept.revision => Arrival::Newer {
                    here: kept.revision,
                },
                Some(kept) if entry.revision < kept.revision => Arrival::OlderThanHere {
                    here: kept.revision,
                },
                Some(kept) => Arrival::Different {
                    here: kept.revision,
                },
            };
            Incoming { entry, arrival }
        })
        .collect()
}

/// What a restore did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Restored {
    pub added: usize,
    pub updated: usize,
    /// Kept as they are here (the same, or the person kept the device's copy).
    pub kept: usize,
    /// The plans written, at their new revisions.
    pub written: Vec<Kept<SupportPlan>>,
}

/// Restores `incoming`; plans that need a choice are replaced only if their id is in
/// `replace`. Signed plans in the file are added to those here, never replacing any. If the
/// store refuses part-way, what was restored until then is returned with the error.
pub fn restore(
    device: &Device,
    incoming: &[Incoming],
    replace: &BTreeSet<String>,
) -> Result<Restored, (Restored, SaveError)> {
    let mut restored = Restored::default();
    for item in incoming {
        if let Err(error) = restore_one(device, item, replace, &mut restored) {
            return Err((restored, error));
        }
    }
    Ok(restored)
}

fn restore_one(
    device: &Device,
    Incoming { entry, arrival }: &Incoming,
    replace: &BTreeSet<String>,
    restored: &mut Restored,
) -> Result<(), SaveError> {
    let plan = &entry.plan;
    let chosen = replace.contains(&plan.id);
    if *arrival == Arrival::ReplacesUnreadable && chosen {
        device.set_aside(
            &plan_name(&plan.id),
            &Message::new("aside-replaced-from-backup"),
        )?;
    }
    let expect = match *arrival {
        Arrival::New => Some(Expect::Nothing),
        Arrival::ReplacesUnreadable if chosen => Some(Expect::Nothing),
        Arrival::Newer { here } => Some(Expect::Revision(here)),
        Arrival::OlderThanHere { here } | Arrival::Different { here } if chosen => {
            Some(Expect::Revision(here))
        }
        _ => None,
    };
    if let Some(expect) = expect {
        // The file's revision is kept where it is the higher, so a later merge the other
        // way round still sees which is newer.
        let revision = device.write(
            &plan_name(&plan.id),
            &plan_value(plan),
            expect,
            entry.revision,
        )?;
        if *arrival == Arrival::New {
            restored.added += 1;
        } else {
            restored.updated += 1;
        }
        restored.written.push(Kept {
            content: plan.clone(),
            revision,
        });
    } else {
        restored.kept += 1;
    }
    if !entry.sent.entries.is_empty() {
        let mut sent = match device.sent(&plan.id) {
            Ok(sent) => sent,
            Err(ReadError::Store(error)) => return Err(error.into()),
            Err(ReadError::Locked) => return Err(SaveError::LockChanged),
            // Kept aside as it is: the file's signed plans start a new record.
            Err(ReadError::Unreadable(reason)) => {
                device.set_aside(&sent_name(&plan.id), &reason)?;
                SentPlans::default()
            }
        };
        sent.merge(&entry.sent);
        device.save_sent(&plan.id, &sent)?;
    }
    Ok(())
}
