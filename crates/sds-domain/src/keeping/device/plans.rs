//! The plans on a device: listing them with the records that cannot be read, reading, saving and
//! removing one. A plan record is a record like any other, and also must hold a plan.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{plan_name, sent_name, Device, Expect, Kept, ReadError, SaveError, ASIDE, PLAN};
use crate::keeping::StoreError;
use crate::plan::stored::{plan_value, read_plan_value};
use crate::plan::SupportPlan;
use crate::wording::Message;

/// A record that could not be read, left exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Its name in the store, to download or remove it.
    pub name: String,
    pub reason: Message,
}

/// The plans on a device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shelf {
    /// Newest started first.
    pub plans: Vec<Kept<SupportPlan>>,
    pub unreadable: Vec<Unreadable>,
}

impl Shelf {
    /// Each plan's id and revision.
    pub fn revisions(&self) -> BTreeMap<String, u64> {
        self.plans
            .iter()
            .map(|kept| (kept.content.id.clone(), kept.revision))
            .collect()
    }
}

impl Device<'_> {
    /// Every plan on the device, and every record that could not be read.
    pub fn plans(&self) -> Result<Shelf, StoreError> {
        let mut shelf = Shelf::default();
        let mut names = self.store.keys()?;
        names.sort();
        for name in names {
            if name.starts_with(PLAN) {
                match self.read(&name) {
                    Ok(None) => {}
                    Ok(Some(kept)) => match read_plan_value(kept.content) {
                        Ok(plan) => shelf.plans.push(Kept {
                            content: plan,
                            revision: kept.revision,
                        }),
                        Err(error) => shelf.unreadable.push(Unreadable {
                            name,
                            reason: error.message(),
                        }),
                    },
                    Err(ReadError::Store(error)) => return Err(error),
                    // Not this tab's to list, replace or remove.
                    Err(ReadError::Locked) => {}
                    Err(ReadError::Unreadable(reason)) => {
                        shelf.unreadable.push(Unreadable { name, reason })
                    }
                }
            } else if name.starts_with(ASIDE) {
                let reason = match self.read(&name) {
                    Ok(Some(kept)) => aside_reason(&kept.content["reason"]),
                    Ok(None) => continue,
                    Err(ReadError::Store(error)) => return Err(error),
                    Err(ReadError::Locked) => continue,
                    Err(ReadError::Unreadable(reason)) => reason,
                };
                shelf.unreadable.push(Unreadable { name, reason });
            }
        }
        shelf.plans.sort_by(|a, b| {
            b.content
                .started_on
                .cmp(&a.content.started_on)
                .then(a.content.id.cmp(&b.content.id))
        });
        Ok(shelf)
    }

    pub fn plan(&self, id: &str) -> Result<Option<Kept<SupportPlan>>, ReadError> {
        match self.read(&plan_name(id))? {
            None => Ok(None),
            Some(kept) => read_plan_value(kept.content)
                .map(|plan| {
                    Some(Kept {
                        content: plan,
                        revision: kept.revision,
                    })
                })
                .map_err(|e| ReadError::Unreadable(e.message())),
        }
    }

    pub fn save_plan(&self, plan: &SupportPlan, expect: Expect) -> Result<u64, SaveError> {
        let readable = |content: &Value| {
            read_plan_value(content.clone())
                .map(|_| ())
                .map_err(|error| error.message())
        };
        self.write_over(
            &plan_name(&plan.id),
            &plan_value(plan),
            expect,
            0,
            Some(&readable),
        )
    }

    /// Removes a plan and the plans signed from it.
    pub fn remove_plan(&self, id: &str) -> Result<(), StoreError> {
        self.store.remove(&plan_name(id))?;
        self.store.remove(&sent_name(id))
    }
}

/// Why a record was kept aside, as it was kept: a message, or, from releases before reasons were
/// messages, English words, which are all there is to show.
fn aside_reason(kept: &Value) -> Message {
    match kept {
        Value::String(words) => Message::new("aside-reason-earlier").with("reason", words.as_str()),
        other => Message::from_value(other).unwrap_or_else(|| Message::new("aside-no-reason")),
    }
}
