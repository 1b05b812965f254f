//! Removing everything the app keeps on a device, as a person on a shared device may choose to:
//! in an order that never leaves plans without their lock, and checked afterwards.

use super::{Device, LOCK, PREFIX};
use crate::keeping::{Store, StoreError};
use crate::wording::Message;

impl Device<'_> {
    /// Removes everything this app keeps on the device, and checks that nothing is left.
    pub fn remove_all(&self) -> Result<(), StoreError> {
        let ours = |store: &dyn Store| -> Result<Vec<String>, StoreError> {
            Ok(store
                .keys()?
                .into_iter()
                .filter(|name| name.starts_with(PREFIX))
                .collect())
        };
        // Plans first, the lock last: an interruption never leaves plans without their lock.
        let mut names = ours(self.store)?;
        names.sort_by_key(|name| name == LOCK);
        for name in names {
            self.store.remove(&name)?;
        }
        if ours(self.store)?.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Failed(Message::new("store-not-all-removed")))
        }
    }
}
