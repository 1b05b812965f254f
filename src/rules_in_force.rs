//! The rule set in force today, for the pages that work with a plan or check one (the plans page
//! and the council's page): fetched and checked once the configuration is known, and given to
//! every view in the language in use. The start page has no need of it, so it is not in the
//! start page's wasm and not on its critical path. A rule set that cannot be used shows the page
//! "this service is not available", with the council's contact details, never a blank screen.

use std::rc::Rc;

use gloo::timers::future::TimeoutFuture;
use sds_domain::config::CouncilConfig;
use sds_domain::rules::{RuleSet, Untranslated};
use yew::prelude::*;

use crate::app::waiting;
use crate::config_loader;
use crate::i18n::use_text;
use crate::offline;
use crate::pages::service_unavailable::ServiceUnavailable;

#[derive(Properties, PartialEq)]
pub struct RulesInForceProps {
    pub children: Html,
}

/// Loads the rule set in force, then shows the page's view with it ([`RulesShell`]).
#[component]
pub fn RulesInForce(props: &RulesInForceProps) -> Html {
    let config = use_context::<Rc<CouncilConfig>>();
    let loaded = use_state(|| None::<Result<Rc<RuleSet>, Vec<String>>>);
    {
        let (loaded, config) = (loaded.clone(), config.clone());
        use_effect_with((), move |_| {
            if let Some(config) = config {
                wasm_bindgen_futures::spawn_local(async move {
                    let rules = config_loader::load_in_force(&config).await;
                    if rules.is_err() {
                        // A newer release may read what this one cannot.
                        offline::take_waiting_release();
                    }
                    // Checking the rule set and drawing the page with it are separate tasks, so
                    // the page answers a tap or a key between them rather than only after both.
                    TimeoutFuture::new(0).await;
                    loaded.set(Some(rules.map(Rc::new)));
                    // Not on the start page, where it would share the first visit's bandwidth.
                    config_loader::keep_for_offline(&config);
                });
            }
        });
    }
    match (&*loaded, config) {
        (Some(Ok(rules)), _) => html! {
            <RulesShell rules={rules.clone()}>{ props.children.clone() }</RulesShell>
        },
        (Some(Err(problems)), Some(config)) => html! {
            <ServiceUnavailable problems={problems.clone()}
                contact={Some(config.service.contact.clone())} />
        },
        _ => waiting(),
    }
}

#[derive(Properties, PartialEq)]
struct RulesShellProps {
    rules: Rc<RuleSet>,
    children: Html,
}

/// The rule set in the language in use (the council's words, where its rule set has them) and
/// what it leaves untranslated, around the page's view.
#[component]
fn RulesShell(props: &RulesShellProps) -> Html {
    let text = use_text();
    let words = use_memo(
        (text.language().to_owned(), props.rules.clone()),
        |(tag, rules)| {
            let (rules, untranslated) = rules.in_language(tag);
            (Rc::new(rules), Rc::new(untranslated))
        },
    );
    html! {
        <ContextProvider<Rc<RuleSet>> context={words.0.clone()}>
        <ContextProvider<Rc<Untranslated>> context={words.1.clone()}>
            { props.children.clone() }
        </ContextProvider<Rc<Untranslated>>>
        </ContextProvider<Rc<RuleSet>>>
    }
}
