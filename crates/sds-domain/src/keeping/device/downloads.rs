//! The note of what was last downloaded, and the rule for reminding the person to download a
//! copy: the only protection against a browser clearing the site's storage.

use std::collections::BTreeMap;

use serde_json::json;

use super::{Device, Expect, SaveError, BACKUPS};
use crate::date::Timestamp;

/// How long a change may go without being in a downloaded copy before the person is reminded:
/// some browsers clear a site's storage after seven days without a visit.
pub const REMIND_AFTER_DAYS: i64 = 7;
/// When the plans were last downloaded, and at which revisions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupNote {
    pub last: Option<Timestamp>,
    pub revisions: BTreeMap<String, u64>,
}

impl BackupNote {
    /// Whether to remind the person to download a copy: some plan has changes that are in no
    /// download, and nothing has been downloaded for [`REMIND_AFTER_DAYS`] (or ever).
    /// `current` is each plan's id and revision now.
    pub fn remind(&self, current: &BTreeMap<String, u64>, now: Timestamp) -> bool {
        let changed = current.iter().any(|(id, revision)| {
            self.revisions
                .get(id)
                .is_none_or(|downloaded| downloaded < revision)
        });
        let due = self.last.is_none_or(|last| {
            now.unix_seconds() - last.unix_seconds() >= REMIND_AFTER_DAYS * 86_400
        });
        changed && due
    }
}

impl Device<'_> {
    pub fn backup_note(&self) -> BackupNote {
        let Ok(Some(kept)) = self.read(BACKUPS) else {
            return BackupNote::default();
        };
        BackupNote {
            last: kept.content["last"].as_str().and_then(Timestamp::parse),
            revisions: kept.content["revisions"]
                .as_object()
                .map(|map| {
                    map.iter()
                        .filter_map(|(id, rev)| Some((id.clone(), rev.as_u64()?)))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Notes that these plans, at these revisions, were downloaded now.
    pub fn note_backup(&self, downloaded: &BTreeMap<String, u64>) -> Result<(), SaveError> {
        let mut note = self.backup_note();
        note.last = self.now.or(note.last);
        note.revisions
            .extend(downloaded.iter().map(|(id, rev)| (id.clone(), *rev)));
        let content = json!({
            "last": note.last.map(|at| at.to_string()),
            "revisions": note.revisions,
        });
        self.write(BACKUPS, &content, Expect::Anything, 0)
            .map(|_| ())
    }
}
