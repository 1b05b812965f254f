//! The plans signed on a device, and the device's own signing key: the key is made once, and
//! read back before anything is signed with it.

use serde_json::Value;
use zeroize::Zeroizing;

use super::{sent_name, Device, Expect, ReadError, SaveError, SIGNING_KEY};
use crate::keeping::StoreError;
use crate::signing::sent::SentPlans;
use crate::signing::KeyPair;
use crate::wording::Message;

impl Device<'_> {
    /// The plans signed on this device from the plan with this id (none yet is empty).
    pub fn sent(&self, id: &str) -> Result<SentPlans, ReadError> {
        match self.read(&sent_name(id))? {
            None => Ok(SentPlans::default()),
            Some(kept) => SentPlans::from_value(kept.content).map_err(ReadError::Unreadable),
        }
    }

    pub fn save_sent(&self, id: &str, sent: &SentPlans) -> Result<(), SaveError> {
        self.write(&sent_name(id), &sent.to_value(), Expect::Anything, 0)
            .map(|_| ())
    }

    /// This device's signing key, made and kept on first use. The key is written and read back
    /// before it is used, so a plan is never signed with a key the device then forgets.
    pub fn signing_key(&self) -> Result<KeyPair, SaveError> {
        // A record that is not a usable key is kept aside, never written over.
        match self.read(SIGNING_KEY) {
            Ok(Some(kept)) => match kept.content.as_str().and_then(KeyPair::from_secret_hex) {
                Some(pair) => return Ok(pair),
                None => self.set_aside(SIGNING_KEY, &Message::new("aside-not-a-signing-key"))?,
            },
            Ok(None) => {}
            Err(ReadError::Store(error)) => return Err(error.into()),
            Err(ReadError::Locked) => return Err(SaveError::LockChanged),
            Err(ReadError::Unreadable(reason)) => self.set_aside(SIGNING_KEY, &reason)?,
        }
        let expect = Expect::Nothing;
        let mut secret = Zeroizing::new([0u8; 32]);
        self.entropy.fill(&mut secret[..])?;
        let pair = KeyPair::from_secret(*secret);
        match self.write(SIGNING_KEY, &Value::String(pair.secret_hex()), expect, 0) {
            Ok(_) => {}
            // Another tab made one first: use that.
            Err(SaveError::Conflict { .. }) => {}
            Err(error) => return Err(error),
        }
        match self.read(SIGNING_KEY) {
            Ok(Some(kept)) => kept
                .content
                .as_str()
                .and_then(KeyPair::from_secret_hex)
                .ok_or_else(not_kept),
            _ => Err(not_kept()),
        }
    }
}

/// The key just made did not read back: signing with it would sign with a key the device then
/// forgets.
fn not_kept() -> SaveError {
    StoreError::Failed(Message::new("store-signing-key-not-kept")).into()
}
