//! The plans a window holds, and every named action that changes them: the one owner of the
//! plans. Pages read plans from the book and send it actions; keeping them on the device is a
//! consequence of a change ([`PlanBook::save`]), never something a page does itself.
//!
//! Every change is saved soon after it is made ([`PlanBook::waiting`]), naming the revision this
//! window last read or wrote: a whole plan put or removed at once, an edit (typing) within
//! [`SAVE_WITHIN_MS`], and before anything else happens to the book ([`PlanBook::saves_first`]),
//! so a key press is answered on screen without waiting for storage. If
//! another tab or window has saved the plan since, the device refuses the save and the plan is
//! held read-only here (a conflict) until the person chooses which version to keep. Changes
//! saved elsewhere arrive ([`PlanAction::Arrived`]) and replace this window's copy only when it
//! has nothing unsaved; the same revision with other content (two tabs saving at once) is a
//! conflict too. The clock is passed in, so every rule here is tested with it fixed.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use sds_domain::date::{CalendarDate, Timestamp};
use sds_domain::keeping::device::{Device, Expect, Kept, SaveError, Shelf, Unreadable};
use sds_domain::keeping::StoreError;
use sds_domain::plan::SupportPlan;
use sds_domain::wording::Message;

use crate::edit::{EditRefused, PlanEdit};

/// The longest an edit waits to be saved. Typing in a burst is saved once per this time rather
/// than at every key, which takes the save (serialising and writing the whole plan) off the path
/// from a key press to the page's answer; short enough that a crash loses at most a moment's
/// typing. Closing or hiding the page, or anything but another edit to the same plan, saves
/// at once.
pub const SAVE_WITHIN_MS: u32 = 300;

/// How soon the last change must be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveDue {
    /// A whole plan put or removed: the person expects it kept before anything else.
    Now,
    /// An edit: within [`SAVE_WITHIN_MS`], with any edits that follow it meanwhile.
    Soon,
}

/// Everything a window knows about the plans on this device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanBook {
    /// Newest started first.
    pub plans: Rc<Vec<SupportPlan>>,
    /// The revision of each plan this window last read or wrote.
    pub revisions: Rc<BTreeMap<String, u64>>,
    /// Stored records that could not be read (left untouched).
    pub unreadable: Rc<Vec<Unreadable>>,
    /// Why the last write to storage failed, while any change is not saved.
    pub storage_problem: Option<StoreError>,
    /// Plans whose latest change is only in this window (storage refused it).
    pub unsaved: Rc<BTreeSet<String>>,
    /// Plans saved in another tab or window since this one read them: read-only here until the
    /// person chooses a version.
    pub conflicts: Rc<BTreeSet<String>>,
    /// When the last change was saved.
    pub saved_at: Option<Timestamp>,
    /// Why the last edit was not made, until the next one is.
    pub refused: Option<EditRefused>,
    /// What the next save must do; set by every change.
    pending: Option<Pending>,
    /// Whether that save is still to be made, and how soon.
    waiting: Option<SaveDue>,
    /// Increases with every change, so the app saves once per change.
    change: u64,
}

#[derive(Clone, Debug, PartialEq)]
enum Pending {
    Save(String),
    Remove(String),
}

/// Everything that can happen to the plans in a window.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanAction {
    /// A new plan, or a whole plan replacing the one with its id (a copy, a new start).
    Put(Box<SupportPlan>),
    /// A change to the plan with this id, applied to the newest state (so quick successive
    /// changes, like typing, never overwrite each other).
    Edit(String, PlanEdit),
    Remove(String),
    /// A plan was saved at this revision.
    Saved(String, u64, Option<Timestamp>),
    /// Storage refused a change to this plan (or, with no plan, a removal).
    StorageFailed(Option<String>, StoreError),
    /// The plan was saved elsewhere since this window read it.
    Conflict(String),
    /// A plan as another tab or window saved it. Taken in only if this window has nothing of
    /// its own unsaved for it; otherwise the person chooses.
    Arrived(Box<Kept<SupportPlan>>),
    /// A plan as stored now, which the person chose (or restored from a backup): it replaces
    /// this window's copy, without being saved again.
    Chosen(Box<Kept<SupportPlan>>),
    /// A plan removed elsewhere.
    Gone(String),
    /// The records that cannot be read, as they are now.
    Unreadable(Vec<Unreadable>),
    /// Save the change waiting now (its time ran out, or the page is being closed or hidden).
    /// Changes nothing by itself: whoever holds the device saves first ([`PlanBook::saves_first`]).
    SaveWaiting,
}

impl PlanBook {
    /// The plans as the device holds them now.
    pub fn load(device: &Device) -> PlanBook {
        let (shelf, storage_problem) = match device.plans() {
            Ok(shelf) => (shelf, None),
            Err(error) => (Shelf::default(), Some(error)),
        };
        PlanBook {
            revisions: Rc::new(shelf.revisions()),
            plans: Rc::new(shelf.plans.into_iter().map(|kept| kept.content).collect()),
            unreadable: Rc::new(shelf.unreadable),
            storage_problem,
            ..PlanBook::default()
        }
    }

    /// The plans in this window, at the revisions this window knows: what a download holds,
    /// even when storage refused the latest change.
    pub fn shelf(&self) -> Shelf {
        Shelf {
            plans: self
                .plans
                .iter()
                .map(|plan| Kept {
                    content: plan.clone(),
                    revision: self.revisions.get(&plan.id).copied().unwrap_or(0),
                })
                .collect(),
            unreadable: (*self.unreadable).clone(),
        }
    }

    pub fn plan(&self, id: &str) -> Option<&SupportPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// Counts the changes, so whoever saves knows when there is something new to save.
    pub fn change(&self) -> u64 {
        self.change
    }

    /// How soon the last change must be saved; `None` once it has been.
    pub fn waiting(&self) -> Option<SaveDue> {
        self.waiting
    }

    /// Whether the change waiting must be saved before `action` is applied: for every action
    /// but a further edit to the same plan (which the same save will keep) and the answer of a
    /// save. So another plan's change never takes the place of one not yet kept, and a plan
    /// arriving from another tab meets this window's latest change on the device, where a
    /// clash is a conflict the person resolves, never a silent loss of what was typed here.
    pub fn saves_first(&self, action: &PlanAction) -> bool {
        if self.waiting.is_none() {
            return false;
        }
        match action {
            PlanAction::Edit(id, _) => self.pending != Some(Pending::Save(id.clone())),
            PlanAction::Saved(..) | PlanAction::StorageFailed(..) | PlanAction::Conflict(_) => {
                false
            }
            _ => true,
        }
    }

    /// Saves the change waiting, at `now`: the book after it (nothing waiting, and what the
    /// save said taken in), and what the save said, for whoever also follows it. `None` when
    /// nothing is waiting.
    pub fn save_waiting(
        &self,
        device: &Device,
        now: Option<Timestamp>,
    ) -> Option<(PlanBook, Option<PlanAction>)> {
        self.waiting?;
        let said = self.save(device, now);
        let mut book = self.clone();
        book.waiting = None;
        if let Some(said) = &said {
            if let Some(after) = book.reduce(said.clone(), None) {
                book = after;
            }
        }
        Some((book, said))
    }

    fn replace(&mut self, plan: SupportPlan) {
        let mut list = (*self.plans).clone();
        match list.iter_mut().find(|p| p.id == plan.id) {
            Some(existing) => *existing = plan,
            None => list.insert(0, plan),
        }
        self.plans = Rc::new(list);
    }

    fn settled(&mut self, id: &str) {
        Rc::make_mut(&mut self.unsaved).remove(id);
        if self.unsaved.is_empty() {
            self.storage_problem = None;
        }
    }

    /// The book after `action`, on `today`; `None` when nothing changed.
    pub fn reduce(&self, action: PlanAction, today: Option<CalendarDate>) -> Option<PlanBook> {
        let mut book = self.clone();
        match action {
            PlanAction::Put(plan) => {
                let mut plan = *plan;
                if book.conflicts.contains(&plan.id) {
                    return None;
                }
                plan.last_changed = today.or(plan.last_changed);
                let id = plan.id.clone();
                book.replace(plan);
                book.refused = None;
                book.pending = Some(Pending::Save(id));
                book.waiting = Some(SaveDue::Now);
                book.change += 1;
            }
            PlanAction::Edit(id, edit) => {
                let mut plan = book.plan(&id)?.clone();
                if book.conflicts.contains(&id) {
                    return None;
                }
                if let Err(refused) = edit.apply(&mut plan) {
                    book.refused = Some(refused);
                    return Some(book);
                }
                let mut book = book.reduce(PlanAction::Put(Box::new(plan)), today)?;
                // An edit does not make a save due at once that already was.
                if self.waiting != Some(SaveDue::Now) {
                    book.waiting = Some(SaveDue::Soon);
                }
                return Some(book);
            }
            PlanAction::Remove(id) => {
                book.plans = Rc::new(book.plans.iter().filter(|p| p.id != id).cloned().collect());
                Rc::make_mut(&mut book.conflicts).remove(&id);
                book.settled(&id);
                book.pending = Some(Pending::Remove(id));
                book.waiting = Some(SaveDue::Now);
                book.change += 1;
            }
            PlanAction::Saved(id, revision, at) => {
                Rc::make_mut(&mut book.revisions).insert(id.clone(), revision);
                book.saved_at = at.or(book.saved_at);
                book.settled(&id);
            }
            PlanAction::StorageFailed(id, error) => {
                if let Some(id) = id {
                    Rc::make_mut(&mut book.unsaved).insert(id);
                }
                book.storage_problem = Some(error);
            }
            PlanAction::Conflict(id) => {
                Rc::make_mut(&mut book.conflicts).insert(id);
            }
            PlanAction::Arrived(kept) => {
                let id = kept.content.id.clone();
                let known = book.revisions.get(&id).copied();
                let differs = book.plan(&id).is_some_and(|ours| *ours != kept.content);
                let held = book.conflicts.contains(&id) || book.unsaved.contains(&id);
                match known {
                    Some(known) if kept.revision < known => return None,
                    // The same revision written with other content: both windows saved at
                    // once. The person chooses.
                    Some(known) if kept.revision == known => {
                        if !differs {
                            return None;
                        }
                        Rc::make_mut(&mut book.conflicts).insert(id);
                    }
                    _ if held && differs => {
                        Rc::make_mut(&mut book.conflicts).insert(id);
                    }
                    _ => {
                        // Newer, and the same as (or replacing nothing unsaved in) this window.
                        Rc::make_mut(&mut book.conflicts).remove(&id);
                        book.settled(&id);
                        Rc::make_mut(&mut book.revisions).insert(id, kept.revision);
                        book.replace(kept.content);
                    }
                }
            }
            PlanAction::Chosen(kept) => {
                let Kept { content, revision } = *kept;
                let id = content.id.clone();
                Rc::make_mut(&mut book.conflicts).remove(&id);
                book.settled(&id);
                Rc::make_mut(&mut book.revisions).insert(id, revision);
                book.replace(content);
            }
            PlanAction::Gone(id) => {
                book.plan(&id)?;
                // Removed elsewhere while changed here: kept, and the person chooses.
                if book.unsaved.contains(&id) || book.conflicts.contains(&id) {
                    Rc::make_mut(&mut book.conflicts).insert(id);
                    return Some(book);
                }
                book.plans = Rc::new(book.plans.iter().filter(|p| p.id != id).cloned().collect());
                Rc::make_mut(&mut book.revisions).remove(&id);
            }
            PlanAction::Unreadable(list) => book.unreadable = Rc::new(list),
            PlanAction::SaveWaiting => return None,
        }
        Some(book)
    }

    /// Saves what the last change needs saving, at `now`; what happened, to send back to the
    /// book.
    pub fn save(&self, device: &Device, now: Option<Timestamp>) -> Option<PlanAction> {
        match self.pending.as_ref()? {
            Pending::Save(id) => {
                let plan = self.plan(id)?;
                let expect = self
                    .revisions
                    .get(id)
                    .map_or(Expect::Nothing, |r| Expect::Revision(*r));
                Some(match device.save_plan(plan, expect) {
                    Ok(revision) => PlanAction::Saved(id.clone(), revision, now),
                    Err(SaveError::Conflict { .. }) => PlanAction::Conflict(id.clone()),
                    Err(SaveError::Store(error)) => {
                        PlanAction::StorageFailed(Some(id.clone()), error)
                    }
                    // The lock changed in another tab; this window follows it as soon as it
                    // hears.
                    Err(SaveError::LockChanged) => PlanAction::StorageFailed(
                        Some(id.clone()),
                        StoreError::Failed(Message::new("store-lock-changed")),
                    ),
                })
            }
            // The plans signed from it go with it.
            Pending::Remove(id) => device
                .remove_plan(id)
                .err()
                .map(|error| PlanAction::StorageFailed(None, error)),
        }
    }

    /// "Keep the version on this page": this window's copy of a plan in conflict replaces the
    /// one saved elsewhere.
    pub fn keep_this_version(&self, device: &Device, id: &str) -> Option<PlanAction> {
        let plan = self.plan(id)?;
        match device.save_plan(plan, Expect::Anything) {
            Ok(revision) => Some(PlanAction::Chosen(Box::new(Kept {
                content: plan.clone(),
                revision,
            }))),
            Err(SaveError::Store(error)) => {
                Some(PlanAction::StorageFailed(Some(id.to_owned()), error))
            }
            // Anything replaces anything, so no conflict; the lock changing elsewhere locks
            // here.
            Err(SaveError::Conflict { .. } | SaveError::LockChanged) => None,
        }
    }
}

/// The plan with this id as another window saved it, to offer to the book; nothing if it
/// cannot be read now (this window's copy stays; the list shows the record on reload).
pub fn arrived(device: &Device, id: &str) -> Option<PlanAction> {
    match device.plan(id) {
        Ok(Some(kept)) => Some(PlanAction::Arrived(Box::new(kept))),
        Ok(None) => Some(PlanAction::Gone(id.to_owned())),
        Err(_) => None,
    }
}

/// "Show the latest version": the plan as stored replaces this window's copy.
pub fn latest_version(device: &Device, id: &str) -> Option<PlanAction> {
    match device.plan(id) {
        Ok(Some(kept)) => Some(PlanAction::Chosen(Box::new(kept))),
        Ok(None) => Some(PlanAction::Remove(id.to_owned())),
        Err(_) => None,
    }
}
