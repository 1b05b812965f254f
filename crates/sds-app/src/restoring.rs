//! Backing up and restoring: the download of every plan in a window with the plans signed from
//! each, and restoring a file's plans onto the device, then telling the book what changed. A
//! store that fills part-way stops the restore where it is; what was restored is kept and said,
//! and the rest of the file is compared again so trying again carries on from there.

use std::collections::BTreeSet;

use sds_domain::date::{CalendarDate, Timestamp};
use sds_domain::keeping::backup::{
    compare, restore, write_backup, BackupEntry, Incoming, Restored,
};
use sds_domain::keeping::device::{Device, SaveError, Shelf};

use crate::book::PlanAction;

/// A backup file, ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupFile {
    pub contents: String,
    pub file_name: String,
}

/// Every plan on `shelf` (this window's, so a change storage refused is in it too) with the
/// plans signed from each, as one file made at `now`.
pub fn backup_file(
    device: &Device,
    shelf: &Shelf,
    now: Option<Timestamp>,
    today: Option<CalendarDate>,
) -> BackupFile {
    let entries: Vec<BackupEntry> = shelf
        .plans
        .iter()
        .map(|kept| BackupEntry {
            plan: kept.content.clone(),
            revision: kept.revision,
            // Unreadable signed plans are left out rather than stopping the backup of the plan.
            sent: device.sent(&kept.content.id).unwrap_or_default(),
        })
        .collect();
    let file_name = match now.map(|now| now.date()).or(today) {
        Some(day) => format!("support-plans-backup-{day}.json"),
        None => "support-plans-backup.json".to_owned(),
    };
    BackupFile {
        contents: write_backup(&entries, now),
        file_name,
    }
}

/// What a restore did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Restoring {
    pub restored: Restored,
    /// What to tell the book: each plan written, as chosen, and the records that cannot be
    /// read now (a record replaced from the file is no longer among them).
    pub actions: Vec<PlanAction>,
    /// Why it stopped part-way, if it did, with the file compared again with the device.
    pub stopped: Option<(SaveError, Vec<Incoming>)>,
}

/// Restores `incoming` onto the device; plans that need a choice are replaced only if their id
/// is in `replace`.
pub fn restore_plans(
    device: &Device,
    incoming: &[Incoming],
    replace: &BTreeSet<String>,
) -> Restoring {
    let (restored, error) = match restore(device, incoming, replace) {
        Ok(restored) => (restored, None),
        Err((restored, error)) => (restored, Some(error)),
    };
    let mut actions: Vec<PlanAction> = restored
        .written
        .iter()
        .map(|kept| PlanAction::Chosen(Box::new(kept.clone())))
        .collect();
    let now_here = device.plans();
    if let Ok(shelf) = &now_here {
        actions.push(PlanAction::Unreadable(shelf.unreadable.clone()));
    }
    let stopped = error.map(|error| {
        let again = match &now_here {
            Ok(shelf) => compare(shelf, incoming.iter().map(|i| i.entry.clone()).collect()),
            Err(_) => incoming.to_vec(),
        };
        (error, again)
    });
    Restoring {
        restored,
        actions,
        stopped,
    }
}
