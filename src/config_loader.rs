//! Fetches the council's `config.json` and, for the pages that need it, the rule set in force
//! today, from beside the app (relative URLs, so sub-path hosting works), and checks both with
//! the domain's parsers. The
//! message catalogues (`i18n.rs`) are fetched the same way. A rule set text is checked once a
//! visit (`sds_app::rule_sets`): the council view asks again for rule sets start-up has checked.

use std::cell::RefCell;

use gloo::net::http::Request;
use sds_app::rule_sets::CheckedRuleSets;
use sds_domain::config::CouncilConfig;
use sds_domain::rules::RuleSet;

thread_local! {
    /// Every rule set text checked in this visit, with its answer.
    static CHECKED: RefCell<CheckedRuleSets> = RefCell::default();
}

/// The file a council edits, relative to the page.
pub const CONFIG_FILE: &str = "config.json";

/// The configuration, or why the service cannot start: every problem, each a sentence for the
/// council's web team (with no configuration there are no contact details to give).
pub async fn load() -> Result<CouncilConfig, Vec<String>> {
    let text = fetch_text(CONFIG_FILE).await?;
    CouncilConfig::parse(&text).map_err(|problems| {
        problems
            .iter()
            .map(|problem| format!("{CONFIG_FILE}: {problem}"))
            .collect()
    })
}

/// The rule set the configuration puts in force today.
pub async fn load_in_force(config: &CouncilConfig) -> Result<RuleSet, Vec<String>> {
    let Some(today) = crate::plans::today() else {
        return Err(vec![
            "this device's clock is not set to a real date".to_owned()
        ]);
    };
    let Some(in_force) = config.rule_set_in_force(today) else {
        return Err(vec![format!(
            "{CONFIG_FILE}: rule_sets: no rule set is in force on {today}; the first comes into \
             force later"
        )]);
    };
    load_rule_set(&in_force.file).await
}

/// Fetches and checks one rule set file named by the configuration; a text already checked in
/// this visit is not checked again.
pub async fn load_rule_set(file: &str) -> Result<RuleSet, Vec<String>> {
    let text = fetch_text(file).await?;
    CHECKED
        .with(|checked| checked.borrow_mut().load(&text))
        .map_err(|problems| {
            problems
                .iter()
                .map(|problem| format!("{file}: {problem}"))
                .collect::<Vec<_>>()
        })
}

/// A file beside the app, as text: the one way the app fetches its own and the council's files
/// (configuration, rule sets, message catalogues). Failures say which file and why.
pub(crate) async fn fetch_text(file: &str) -> Result<String, Vec<String>> {
    let response = Request::get(file)
        .send()
        .await
        .map_err(|e| vec![format!("{file} could not be fetched: {e}")])?;
    if !response.ok() {
        return Err(vec![format!(
            "{file} could not be fetched: the server answered {} {}",
            response.status(),
            response.status_text()
        )]);
    }
    response
        .text()
        .await
        .map_err(|e| vec![format!("{file} could not be read: {e}")])
}

/// Asks for every other file the configuration names (rule sets coming into force later, earlier
/// ones the council view may need, the logo), so the service worker keeps them for offline use:
/// a device offline on the day new rules start still has them. Failures are of no consequence.
/// Each body is read to the end: the service worker keeps a copy of the response as it streams,
/// and a large body left unread stalls that copy, which keeps the worker busy and stops a new
/// release from ever taking over (seen with a rule set carrying two translations).
pub fn keep_for_offline(config: &CouncilConfig) {
    let files: Vec<String> = config
        .rule_sets
        .iter()
        .map(|entry| entry.file.clone())
        .chain(config.council.logo.clone())
        .collect();
    wasm_bindgen_futures::spawn_local(async move {
        for file in files {
            if let Ok(response) = Request::get(&file).send().await {
                let _ = response.binary().await;
            }
        }
    });
}
