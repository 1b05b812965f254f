//! `support-plan config check`: a council's `config.json`, and the files it names beside it
//! (every rule set, which must load and check; the logo, which must exist), as the hosted app
//! will find them.

use crate::{check_files, shown, Exit, Terminal};
use sds_domain::config::CouncilConfig;
use sds_domain::limits;
use sds_domain::rules::translation::same_language;
use sds_domain::rules::RuleSet;
use sds_domain::wording::LANGUAGES;
use std::path::Path;

pub fn check(files: &[&str], terminal: &mut Terminal) -> Exit {
    let today = crate::now(terminal).map(|now| now.date());
    let mut invalid = 0;
    for file in files {
        let folder = Path::new(file).parent().unwrap_or(Path::new("."));
        let checked = check_files(
            &[file],
            &limits::CONFIG,
            "configuration",
            terminal,
            |text| {
                let config = CouncilConfig::parse(text).map_err(|problems| {
                    problems.iter().map(ToString::to_string).collect::<Vec<_>>()
                })?;
                beside(&config, folder)?;
                let in_force = today
                    .and_then(|day| config.rule_set_in_force(day))
                    .map_or_else(|| "none yet".to_owned(), |entry| entry.file.clone());
                let summary = format!(
                    "{} for {}; rule set in force today: {in_force}",
                    config.service.name, config.council.name
                );
                Ok((summary, config_untranslated(&config)))
            },
        );
        if !matches!(checked, Exit::Success) {
            invalid += 1;
        }
    }
    match invalid {
        0 => Exit::Success,
        n => Exit::Problems(format!(
            "{n} of {} configuration files cannot be used (the problems are listed above)",
            files.len()
        )),
    }
}

/// The files the configuration names, checked where the app will fetch them.
fn beside(config: &CouncilConfig, folder: &Path) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    for (i, entry) in config.rule_sets.iter().enumerate() {
        let path = folder.join(&entry.file);
        match read_beside(&path, &limits::RULE_SET) {
            Err(why) => problems.push(format!("rule_sets[{i}].file: {} {why}", shown(&entry.file))),
            Ok(text) => {
                if let Err(found) = RuleSet::load(&text) {
                    problems.push(format!(
                        "rule_sets[{i}].file: {} is not a valid rule set ({} problems; check it \
                         with 'support-plan rules check {}')",
                        shown(&entry.file),
                        found.len(),
                        shown(&path.to_string_lossy())
                    ));
                }
            }
        }
    }
    if let Some(logo) = &config.council.logo {
        if !folder.join(logo).is_file() {
            problems.push(format!(
                "council.logo: {} is not a file beside config.json",
                shown(logo)
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A file the configuration names, read within its kind's limits, or why it cannot be.
fn read_beside(path: &Path, limits: &limits::Limits) -> Result<String, String> {
    let size = std::fs::metadata(path)
        .map_err(|error| format!("cannot be read: {error}"))?
        .len();
    if usize::try_from(size).map_or(true, |size| size > limits.max_bytes) {
        return Err(limits::Exceeded::Bytes {
            limit: limits.max_bytes,
        }
        .to_string());
    }
    std::fs::read_to_string(path).map_err(|error| format!("cannot be read: {error}"))
}

/// Warnings for the service's words people reading one of the app's other languages would see
/// in English.
fn config_untranslated(config: &CouncilConfig) -> Vec<String> {
    LANGUAGES
        .iter()
        .filter(|language| !same_language(language.tag, "en"))
        .flat_map(|language| config.in_language(language.tag).1)
        .map(|path| format!("{path}: not translated, so it is shown in English"))
        .collect()
}
