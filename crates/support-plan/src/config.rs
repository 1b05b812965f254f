//! `support-plan config check`.

use crate::{check_files, Outcome};
use sds_domain::config::CouncilConfig;

pub fn check(files: &[&str]) -> Outcome {
    check_files(files, |text| {
        CouncilConfig::parse(text)
            .map(|config| format!("{} for {}", config.service.name, config.council.name))
            .map_err(|problems| problems.iter().map(ToString::to_string).collect())
    })
}
