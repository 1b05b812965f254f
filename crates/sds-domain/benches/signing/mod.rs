//! Shared by the native benchmarks that sign: one key, the person's declaration and a fixed
//! time, so every benchmark signs the same way and figures compare.

use sds_domain::date::Timestamp;
use sds_domain::signing::signed_plan::{Signer, SignerRole};
use sds_domain::signing::KeyPair;

pub struct Signing {
    pub key: KeyPair,
    pub signers: [Signer; 1],
    pub at: Timestamp,
}

/// Joan signs her own plan.
pub fn by_joan() -> Signing {
    Signing {
        key: KeyPair::from_secret([7; 32]),
        signers: [Signer {
            name: "Joan Smith".to_owned(),
            role: SignerRole::Person,
            text: "I agree to this support plan.".to_owned(),
        }],
        at: Timestamp::parse("2026-11-27T10:15:00Z").expect("a time"),
    }
}
