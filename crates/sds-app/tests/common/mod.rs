//! What the application layer's tests share: the repository's sample plans and rule sets, a
//! fixed clock, and random numbers that are the same in every run.
#![allow(dead_code)] // Each test file uses only some of them.

use std::cell::Cell;

use sds_domain::date::{CalendarDate, Timestamp};
use sds_domain::keeping::{Entropy, StoreError};
use sds_domain::plan::stored::read_plan;
use sds_domain::plan::SupportPlan;
use sds_domain::rules::RuleSet;

/// A file of the repository, by its path from the root.
pub fn repo(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

pub fn points() -> RuleSet {
    RuleSet::load(&repo("static/rules/northshire-points-2026.json")).unwrap()
}

pub fn joan() -> SupportPlan {
    read_plan(&repo("docs/examples/joan-support-plan.json")).unwrap()
}

pub fn amira() -> SupportPlan {
    read_plan(&repo("docs/examples/amira-support-plan.json")).unwrap()
}

/// The moment every test happens at.
pub fn now() -> Option<Timestamp> {
    Timestamp::parse("2026-11-27T14:32:55Z")
}

pub fn today() -> Option<CalendarDate> {
    now().map(|now| now.date())
}

/// Different bytes every time, like a real generator, but the same in every run.
#[derive(Default)]
pub struct Counter(Cell<u8>);

impl Entropy for Counter {
    fn fill(&self, bytes: &mut [u8]) -> Result<(), StoreError> {
        for byte in bytes {
            self.0.set(self.0.get().wrapping_add(1));
            *byte = self.0.get().wrapping_mul(151).wrapping_add(17);
        }
        Ok(())
    }
}
