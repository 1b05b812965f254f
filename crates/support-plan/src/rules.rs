//! `support-plan rules check` and `support-plan rules schema`.

use crate::{check_files, Outcome};
use sds_domain::rules::format::RuleSetFile;
use sds_domain::rules::RuleSet;

pub fn check(files: &[&str]) -> Outcome {
    check_files(files, |text| {
        RuleSet::load(text)
            .map(|rules| rules.summary())
            .map_err(|problems| problems.iter().map(ToString::to_string).collect())
    })
}

/// The JSON Schema of the rule set format, generated from the same types that read it.
pub fn schema() -> Outcome {
    let schema = schemars::schema_for!(RuleSetFile);
    match serde_json::to_string_pretty(&schema) {
        Ok(text) => {
            println!("{text}");
            Outcome::Success
        }
        Err(error) => {
            eprintln!("the schema could not be written: {error}");
            Outcome::Problems
        }
    }
}
