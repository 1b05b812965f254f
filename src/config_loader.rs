//! Fetches the council's `config.json` from beside the app (a relative URL, so sub-path hosting
//! works) and checks it with the domain's parser.

use gloo::net::http::Request;
use sds_domain::config::CouncilConfig;

/// The file a council edits, relative to the page.
pub const CONFIG_FILE: &str = "config.json";

/// The configuration, or every problem with it, each a sentence for the council's web team.
pub async fn load() -> Result<CouncilConfig, Vec<String>> {
    let response = Request::get(CONFIG_FILE)
        .send()
        .await
        .map_err(|e| vec![format!("{CONFIG_FILE} could not be fetched: {e}")])?;
    if !response.ok() {
        return Err(vec![format!(
            "{CONFIG_FILE} could not be fetched: the server answered {} {}",
            response.status(),
            response.status_text()
        )]);
    }
    let text = response
        .text()
        .await
        .map_err(|e| vec![format!("{CONFIG_FILE} could not be read: {e}")])?;
    CouncilConfig::parse(&text).map_err(|problems| {
        problems
            .iter()
            .map(|problem| format!("{CONFIG_FILE}: {problem}"))
            .collect()
    })
}
