//! The needs the council's needs assessment identified, in its words (Care Act 2014, s25(1)):
//! for each, the eligibility outcomes it affects, whether it is eligible, whether the council
//! will meet it and how (the supports that meet it, or why none does); then the parts of
//! wellbeing care and support could help with, and the information and advice the person was
//! given about reducing their needs.

use std::rc::Rc;

use sds_app::choices::Choosable;
use sds_app::edit::{next_id, Item, NeedText, PlanEdit};
use sds_app::needs::{asks_why_not_met, supports_meeting};
use sds_domain::plan::field::Field;
use sds_domain::rules::format::NamedItemFile;
use sds_domain::rules::{Untranslated, WordsAt};
use yew::prelude::*;

use crate::components::choice_list::choice_list;
use crate::components::fields::{use_focus_after_render, Checkboxes, Choice, Radios, TextArea};
use crate::components::item_block::ItemBlock;
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, DoneButton, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::components::untranslated_note::UntranslatedNote;
use crate::i18n::use_text;
use crate::routes::Route;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct AssessedNeedsProps {
    pub id: String,
}

#[component]
pub fn AssessedNeeds(props: &AssessedNeedsProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let untranslated = use_context::<Rc<Untranslated>>();
    let focus_after = use_focus_after_render();
    let (Some((plan, editor)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let args = who(&plan, &text);
    // The council's names for outcomes and wellbeing, each marked with the rule set's language
    // where this one lacks it.
    let choices = |items: &[NamedItemFile], at: fn(String) -> WordsAt| -> Vec<Choice> {
        items
            .iter()
            .map(|item| {
                let lang = untranslated
                    .as_ref()
                    .and_then(|u| u.lang_of(&at(item.id.clone())))
                    .map(|lang| AttrValue::from(lang.to_owned()));
                Choice::new(item.id.clone(), item.name.clone()).in_language(lang)
            })
            .collect()
    };
    let outcomes = choices(rules.eligibility_outcomes(), WordsAt::EligibilityOutcome);
    let wellbeing = choices(rules.wellbeing(), WordsAt::Wellbeing);
    let council_words: Vec<WordsAt> = rules
        .eligibility_outcomes()
        .iter()
        .map(|o| WordsAt::EligibilityOutcome(o.id.clone()))
        .chain(
            rules
                .wellbeing()
                .iter()
                .map(|w| WordsAt::Wellbeing(w.id.clone())),
        )
        .collect();
    let yes_no = choice_list::<bool>(&text, |_| true);
    let add = {
        let (editor, focus_after) = (editor.clone(), focus_after.clone());
        let id = next_id(&plan, Item::Need);
        Callback::from(move |_: MouseEvent| {
            focus_after.set(Some(Field::InCouncilWords.input_id(Some(&id))));
            editor.send(PlanEdit::AddNeed);
        })
    };
    let needs = plan.needs.iter().enumerate().map(|(n, need)| {
        let nid = need.id.clone();
        let input = |field: Field| field.input_id(Some(&nid));
        let set = |part: NeedText| {
            let nid = nid.clone();
            editor.on(move |value: String| PlanEdit::SetNeed(nid.clone(), part, value))
        };
        let answer = |edit: fn(String, Option<bool>) -> PlanEdit| {
            let nid = nid.clone();
            editor.on_choice(move |yes: bool| edit(nid.clone(), Some(yes)))
        };
        let remove = {
            let (editor, nid, focus_after) = (editor.clone(), nid.clone(), focus_after.clone());
            Callback::from(move |_: MouseEvent| {
                // The removed item's button goes with it: focus moves to "Add".
                focus_after.set(Some("add-need".to_owned()));
                editor.send(PlanEdit::RemoveNeed(nid.clone()));
            })
        };
        let meeting = supports_meeting(&plan, &nid);
        let met_by = (need.council_will_meet == Some(true) && !meeting.is_empty()).then(|| html! {
            <>
                <p class="govuk-body govuk-!-margin-bottom-2">{ text.get("need-met-by") }</p>
                <ul class="govuk-list govuk-list--bullet">
                    { for meeting.iter().map(|support| html! {
                        <li key={support.id.clone()}>
                            <RouteLink to={Route::SupportLine { id: plan.id.clone(), support: support.id.clone() }} class="govuk-link">
                                { if support.description.trim().is_empty() { text.get("support-undescribed") } else { support.description.clone() } }
                            </RouteLink>
                        </li>
                    }) }
                </ul>
                <p class="govuk-hint">{ text.get("need-met-by-hint") }</p>
            </>
        });
        let number = text.with("need-number", &[("number", (n + 1).into())]);
        html! {
            <ItemBlock key={nid.clone()} heading={number} onremove={remove}>
                <TextArea id={input(Field::InCouncilWords)} label={text.get("need-words")} hint={text.get("need-words-hint")}
                    rows={3} value={need.in_council_words.clone()} oninput={set(NeedText::InCouncilWords)} />
                if !outcomes.is_empty() {
                    <Checkboxes id={input(Field::EligibilityOutcomes)} legend={text.get("need-outcomes")}
                        hint={text.with("need-outcomes-hint", &args)} choices={outcomes.clone()}
                        selected={need.eligibility_outcomes.clone()}
                        onchange={{
                            let nid = nid.clone();
                            editor.on(move |ids: Vec<String>| PlanEdit::SetNeedOutcomes(nid.clone(), ids))
                        }} />
                }
                <Radios id={input(Field::Eligible)} legend={text.get("need-eligible")} inline=true choices={yes_no.clone()}
                    selected={need.eligible.map(|yes| AttrValue::from(yes.name()))}
                    onchange={answer(PlanEdit::SetNeedEligible)} />
                <Radios id={input(Field::CouncilWillMeet)} legend={text.get("need-met")} inline=true choices={yes_no.clone()}
                    selected={need.council_will_meet.map(|yes| AttrValue::from(yes.name()))}
                    onchange={answer(PlanEdit::SetNeedMet)} />
                { for met_by }
                if asks_why_not_met(&plan, need) {
                    <TextArea id={input(Field::NotMetReason)} label={text.get("need-not-met-reason")}
                        hint={text.get("need-not-met-reason-hint")} rows={3} value={need.not_met_reason.clone()}
                        oninput={set(NeedText::NotMetReason)} />
                }
            </ItemBlock>
        }
    });
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.with("assessed-needs-heading", &args)} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.with("assessed-needs-intro", &args) }</p>
                <UntranslatedNote under={council_words} />
                { for needs }
                <button type="button" id="add-need" class="govuk-button govuk-button--secondary" onclick={add}>
                    { text.get(if plan.needs.is_empty() { "need-add" } else { "need-add-another" }) }
                </button>
                if !wellbeing.is_empty() {
                    <h2 class="govuk-heading-m">{ text.get("wellbeing-heading") }</h2>
                    <Checkboxes id={Field::Wellbeing.input_id(None)} legend={text.with("wellbeing-label", &args)} small_legend=true
                        hint={text.get("choose-all-that-apply")} choices={wellbeing}
                        selected={plan.wellbeing.clone()} onchange={editor.on(PlanEdit::SetWellbeing)} />
                }
                <h2 class="govuk-heading-m">{ text.get("information-advice-heading") }</h2>
                <TextArea id={Field::InformationAndAdvice.input_id(None)} label={text.with("information-advice-label", &args)}
                    hint={text.get("information-advice-hint")} rows={4} value={plan.information_and_advice.clone()}
                    oninput={editor.on(PlanEdit::SetInformationAndAdvice)} />
                <DoneButton id={plan.id.clone()} />
            </div>
        </div>
    }
}
