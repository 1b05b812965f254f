//! The printable plan: the latest signed plan in full, drawn from the signed file itself, with
//! its key fingerprint and digest, ready to print or save as a PDF from the browser.

use sds_app::personal_budget::for_document;
use sds_domain::plan::costing::costs;
use yew::prelude::*;

use crate::components::item_block::summary_row;
use crate::components::page_heading::PageHeading;
use crate::components::plan_document::PlanDocument;
use crate::components::plan_frame::{use_rules, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::pages::signed::{use_sent, DecisionPanel};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub id: String,
}

#[component]
pub fn PrintPlan(props: &PrintProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let sent_plans = use_sent(&props.id);
    let config = use_context::<std::rc::Rc<sds_domain::config::CouncilConfig>>();
    let entry = (*sent_plans)
        .as_ref()
        .ok()
        .and_then(|kept| kept.latest().cloned());
    let (Some(entry), Some(rules)) = (entry, rules) else {
        return html! { <PlanNotFound /> };
    };
    let Some(signed) = entry.signed_plan() else {
        return html! { <PlanNotFound /> };
    };
    // Each line's working, when the plan was made under the rule set in force here.
    let lines = (signed.rule_set.content_hash == rules.content_hash())
        .then(|| costs(&signed.plan, &rules).lines);
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let name = if signed.plan.person.name.trim().is_empty() {
        text.get("the-person")
    } else {
        signed.plan.person.name.clone()
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-full">
                <RouteLink to={Route::Signed { id: props.id.clone() }} class="govuk-back-link app-no-print">{ text.get("back") }</RouteLink>
                <PageHeading text={text.with("print-heading", &[("name", name.into())])} class={classes!("govuk-heading-xl")}
                    caption={config.as_ref().map(|c| AttrValue::from(c.council.name.clone()))} />
                <div class="govuk-button-group app-no-print">
                    <button type="button" class="govuk-button" onclick={onprint}>{ text.get("print-button") }</button>
                </div>
                <dl class="govuk-summary-list">
                    { summary_row(text.get("document-digest"), html! { <span class="app-code app-digest">{ &entry.digest }</span> }) }
                </dl>
                if let Some(decision) = entry.decision() {
                    <h2 class="govuk-heading-m">{ text.get("signed-decision-heading") }</h2>
                    <DecisionPanel {decision} currency={rules.currency().clone()} />
                }
                <PlanDocument signed={signed.clone()} currency={rules.currency().clone()} {lines}
                    personal_budget={for_document(&signed, &rules)} />
            </div>
        </div>
    }
}
