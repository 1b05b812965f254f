//! Fetches the council's `config.json` and the rule set it names, from beside the app (relative
//! URLs, so sub-path hosting works), and checks both with the domain's parsers.

use gloo::net::http::Request;
use sds_domain::config::CouncilConfig;
use sds_domain::rules::RuleSet;

/// The file a council edits, relative to the page.
pub const CONFIG_FILE: &str = "config.json";

/// The configuration and its rule set, or every problem with them, each a sentence for the
/// council's web team.
pub async fn load() -> Result<(CouncilConfig, RuleSet), Vec<String>> {
    let text = fetch_text(CONFIG_FILE).await?;
    let config = CouncilConfig::parse(&text).map_err(|problems| {
        problems
            .iter()
            .map(|problem| format!("{CONFIG_FILE}: {problem}"))
            .collect::<Vec<_>>()
    })?;
    let rules_text = fetch_text(&config.rule_set).await?;
    let rules = RuleSet::load(&rules_text).map_err(|problems| {
        problems
            .iter()
            .map(|problem| format!("{}: {problem}", config.rule_set))
            .collect::<Vec<_>>()
    })?;
    Ok((config, rules))
}

async fn fetch_text(file: &str) -> Result<String, Vec<String>> {
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
