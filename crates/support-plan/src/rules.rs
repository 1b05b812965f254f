//! `support-plan rules check` and `support-plan rules schema`.

use crate::{check_files, Exit, Terminal};
use sds_domain::limits;
use sds_domain::rules::format::RuleSetFile;
use sds_domain::rules::translation::same_language;
use sds_domain::rules::RuleSet;
use sds_domain::wording::LANGUAGES;

pub fn check(files: &[&str], terminal: &mut Terminal) -> Exit {
    check_files(files, &limits::RULE_SET, "rule set", terminal, |text| {
        RuleSet::load(text)
            .map(|rules| (rules.summary(), untranslated(&rules)))
            .map_err(|problems| problems.iter().map(ToString::to_string).collect())
    })
}

/// Warnings for words people reading one of the app's languages would see untranslated: each
/// missing word of a translation the rule set has, or one line for a language it has none for.
fn untranslated(rules: &RuleSet) -> Vec<String> {
    let own = rules.language();
    let mut warnings = Vec::new();
    for language in LANGUAGES.iter().filter(|l| !same_language(l.tag, own)) {
        let has_some = rules
            .file()
            .translations
            .keys()
            .any(|tag| same_language(tag, language.tag));
        if !has_some {
            warnings.push(format!(
                "no translation into {} ({}): people reading it see this rule set in {own}",
                language.name, language.tag
            ));
            continue;
        }
        let (_, missing) = rules.in_language(language.tag);
        warnings.extend(missing.paths.iter().map(|path| {
            format!(
                "translations.{}.{path}: not translated, so it is shown in {own}",
                language.tag
            )
        }));
    }
    warnings
}

/// The JSON Schema of the rule set format, generated from the same types that read it.
pub fn schema(terminal: &mut Terminal) -> Exit {
    let schema = schemars::schema_for!(RuleSetFile);
    match serde_json::to_value(&schema) {
        Ok(value) if crate::print_json(&value, terminal) => Exit::Success,
        _ => Exit::Problems("the schema could not be written".to_owned()),
    }
}
