//! The repository's sample files, shared by the integration tests.
#![allow(dead_code)] // Each test file uses only some of them.

use std::cell::Cell;

use sds_domain::date::{CalendarDate, Timestamp};
use sds_domain::keeping::{Entropy, StoreError};
use sds_domain::plan::stored::read_plan;
use sds_domain::plan::SupportPlan;
use sds_domain::rules::RuleSet;
use sds_domain::signing::decision::{ConfirmedAmounts, CouncilRef, Decision, Officer, Verdict};
use sds_domain::signing::KeyPair;
use sds_domain::wording::{Catalogue, Language};

/// A file of the repository, by its path from the root.
pub fn repo(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// A language's catalogue as the app has it: English's compiled in, any other read from its
/// file in the repository (the app fetches the same file from beside itself).
pub fn catalogue(language: &'static Language) -> Catalogue {
    Catalogue::compiled_in(language.tag)
        .unwrap_or_else(|| Catalogue::from_source(language, repo(&language.catalogue_file())))
        .unwrap_or_else(|e| panic!("{}: {e}", language.tag))
}

pub fn points() -> RuleSet {
    RuleSet::load(&repo("static/rules/northshire-points-2026.json")).unwrap()
}

pub fn components() -> RuleSet {
    RuleSet::load(&repo("static/rules/northshire-components-2026.json")).unwrap()
}

pub fn joan() -> SupportPlan {
    read_plan(&repo("docs/examples/joan-support-plan.json")).unwrap()
}

pub fn amira() -> SupportPlan {
    read_plan(&repo("docs/examples/amira-support-plan.json")).unwrap()
}

/// The moment the keeping and application tests happen at.
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

/// The council's signing key in the tests.
pub fn council_key() -> KeyPair {
    KeyPair::from_secret([42; 32])
}

/// Northshire confirming Joan's plan with this digest as it is.
pub fn confirm(digest: &str) -> Decision {
    Decision {
        plan_digest: digest.to_owned(),
        person: "Joan".to_owned(),
        decision: Verdict::Confirmed,
        reasons: "The plan meets Joan's eligible needs.".to_owned(),
        changes: String::new(),
        confirmed: Some(ConfirmedAmounts {
            currency: "GBP".to_owned(),
            weekly_minor: 25_578,
            yearly_minor: 1_330_056,
        }),
        officer: Officer {
            name: "Sam Patel".to_owned(),
            role: "Social worker".to_owned(),
        },
        council: CouncilRef {
            id: "northshire".to_owned(),
            name: "Northshire Council".to_owned(),
        },
        decided_at: Timestamp::parse("2026-12-03T15:00:00Z").unwrap(),
    }
}
