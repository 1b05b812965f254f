//! The repository's sample files, shared by the integration tests.
#![allow(dead_code)] // Each test file uses only some of them.

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

pub fn components() -> RuleSet {
    RuleSet::load(&repo("static/rules/northshire-components-2026.json")).unwrap()
}

pub fn joan() -> SupportPlan {
    read_plan(&repo("docs/examples/joan-support-plan.json")).unwrap()
}

pub fn amira() -> SupportPlan {
    read_plan(&repo("docs/examples/amira-support-plan.json")).unwrap()
}
