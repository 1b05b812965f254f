//! "Your plans": every plan on this device, to open, rename, copy for a review, or delete.

use sds_domain::plan::checks::assess;
use sds_domain::plan::SupportPlan;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::backup_reminder::BackupReminder;
use crate::components::fields::focus_element;
use crate::components::files::Download;
use crate::components::item_block::summary_row;
use crate::components::notification_banner::NotificationBanner;
use crate::components::plan_frame::{use_rules, PlanNotFound};
use crate::components::warning_text::WarningText;
use crate::components::{page_heading::PageHeading, route_link::RouteLink};
use crate::i18n::use_text;
use crate::keeper::save_problem;
use crate::plans;
use crate::routes::Route;
use crate::state::{use_keeper, use_plan, use_plan_book};
use sds_app::book::PlanAction;
use sds_app::edit::copy_of;
use sds_domain::keeping::device::SaveError;

#[component]
pub fn YourPlans() -> Html {
    let text = use_text();
    let rules = use_rules();
    // The plan just copied, to say so: the copy is otherwise added quietly to the list.
    let copied = use_state(|| None::<String>);
    let Some(book) = use_plan_book() else {
        return html! {};
    };
    let duplicate = {
        let (book, copied) = (book.clone(), copied.clone());
        Callback::from(move |plan: SupportPlan| {
            let (Ok(id), Some(today)) = (plans::new_id(), plans::today()) else {
                return;
            };
            copied.set(Some(plan.person.name.trim().to_owned()));
            book.dispatch(PlanAction::Put(Box::new(copy_of(&plan, id, today))));
        })
    };
    let rows = book.plans.iter().map(|plan| {
        let name = if plan.person.name.trim().is_empty() {
            text.get("plan-unnamed")
        } else {
            plan.person.name.trim().to_owned()
        };
        let ready = rules
            .as_ref()
            .is_some_and(|rules| assess(plan, rules).can_be_sent());
        let status = if ready {
            text.get("plan-status-ready")
        } else {
            text.get("plan-status-in-progress")
        };
        let last_changed = text.date(plan.last_changed.unwrap_or(plan.started_on));
        let copy = {
            let (duplicate, plan) = (duplicate.clone(), plan.clone());
            Callback::from(move |_: MouseEvent| duplicate.emit(plan.clone()))
        };
        let id = plan.id.clone();
        // Said after "Rename", "Make a copy" and "Delete", so copies can be told apart.
        let which = text.with(
            "plan-which",
            &[
                ("name", name.clone().into()),
                ("started", text.date(plan.started_on).into()),
            ],
        );
        let row = |key: &str, value: String| summary_row(text.get(key), html! { value });
        html! {
            <div class="govuk-summary-card app-plan" key={plan.id.clone()}>
                <div class="govuk-summary-card__title-wrapper">
                    <h2 class="govuk-summary-card__title">
                        <RouteLink to={Route::TaskList { id: id.clone() }} class="govuk-link">
                            { text.with("plan-for", &[("name", name.clone().into())]) }
                        </RouteLink>
                    </h2>
                    <ul class="govuk-summary-card__actions">
                        <li class="govuk-summary-card__action">
                            <RouteLink to={Route::About { id: id.clone() }} class="govuk-link">
                                { text.get("action-rename") }
                                <span class="govuk-visually-hidden">{ format!(" {which}") }</span>
                            </RouteLink>
                        </li>
                        <li class="govuk-summary-card__action">
                            <button type="button" class="app-link-button" onclick={copy}>
                                { text.get("action-copy") }
                                <span class="govuk-visually-hidden">{ format!(" {which}") }</span>
                            </button>
                        </li>
                        <li class="govuk-summary-card__action">
                            <RouteLink to={Route::Delete { id }} class="govuk-link">
                                { text.get("action-delete") }
                                <span class="govuk-visually-hidden">{ format!(" {which}") }</span>
                            </RouteLink>
                        </li>
                    </ul>
                </div>
                <div class="govuk-summary-card__content">
                    <dl class="govuk-summary-list">
                        { row("plans-col-started", text.date(plan.started_on)) }
                        { row("plans-col-changed", last_changed) }
                        { row("plans-col-status", status) }
                    </dl>
                </div>
            </div>
        }
    });
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                if let Some(name) = &*copied {
                    <NotificationBanner success=true id="copied" heading={text.with("plans-copied", &[("name", name.clone().into())])} />
                }
                <PageHeading text={text.get("your-plans")} class={classes!("govuk-heading-l")} />
                if !book.unreadable.is_empty() {
                    <UnreadableRecords />
                }
                <BackupReminder />
                if book.plans.is_empty() {
                    <p class="govuk-body">{ text.get("plans-none") }</p>
                } else {
                    <p class="govuk-body">{ text.get("plans-copy-hint") }</p>
                    <h2 class="govuk-heading-m">{ text.get("plans-caption") }</h2>
                    { for rows }
                }
                <RouteLink to={Route::NewPlan} class="govuk-button" role="button">{ text.get("start-new-plan") }</RouteLink>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DeletePlanProps {
    pub id: String,
}

/// "Are you sure?": deleting removes the plan from this device for good.
#[component]
pub fn DeletePlan(props: &DeletePlanProps) -> Html {
    let text = use_text();
    let book = use_plan_book();
    let navigator = use_navigator();
    let Some((plan, _)) = use_plan(&props.id) else {
        return html! { <PlanNotFound /> };
    };
    let name = if plan.person.name.trim().is_empty() {
        text.get("plan-unnamed")
    } else {
        plan.person.name.clone()
    };
    let delete = {
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(book) = &book {
                book.dispatch(PlanAction::Remove(id.clone()));
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::YourPlans);
            }
        })
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <PageHeading text={text.with("delete-heading", &[("name", name.into())])} class={classes!("govuk-heading-l")} />
                <WarningText text={text.get("delete-warning")} />
                <div class="govuk-button-group">
                    <button type="button" class="govuk-button govuk-button--warning" onclick={delete}>
                        { text.get("delete-confirm") }
                    </button>
                    <RouteLink to={Route::YourPlans} class="govuk-link">{ text.get("cancel") }</RouteLink>
                </div>
            </div>
        </div>
    }
}

/// Records that could not be read: kept exactly as they were, to download (for the council's
/// support desk to recover) and then remove.
#[component]
fn UnreadableRecords() -> Html {
    let text = use_text();
    // The record the person asked to remove, waiting for them to confirm.
    let confirming = use_state(|| None::<String>);
    let removed = use_state(Vec::<String>::new);
    // Why the last removal was refused (it reads again, or the lock changed).
    let refused = use_state(|| None::<&'static str>);
    // Focus follows the choice: to "Yes, remove" when it appears, and to the page's heading
    // when the record (and the button that had focus) is gone.
    let confirm_button = use_node_ref();
    {
        let confirm_button = confirm_button.clone();
        use_effect_with((*confirming).clone(), move |confirming| {
            if confirming.is_some() {
                if let Some(button) = confirm_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    use_effect_with(removed.len(), |count| {
        if *count > 0 {
            focus_heading();
        }
    });
    let (Some(book), Some(keeper)) = (use_plan_book(), use_keeper()) else {
        return html! {};
    };
    let records: Vec<_> = book
        .unreadable
        .iter()
        .filter(|record| !removed.contains(&record.name))
        .collect();
    if records.is_empty() {
        return html! {};
    }
    let items = records.iter().enumerate().map(|(index, record)| {
        let contents = keeper
            .with(|device| device.unreadable_text(&record.name))
            .unwrap_or_default();
        let name = record.name.clone();
        let ask = {
            let (confirming, name) = (confirming.clone(), name.clone());
            Callback::from(move |_: MouseEvent| confirming.set(Some(name.clone())))
        };
        let number = index + 1;
        let remove_id = format!("remove-unreadable-{number}");
        let remove = {
            let (keeper, removed, confirming, refused, name) = (
                keeper.clone(),
                removed.clone(),
                confirming.clone(),
                refused.clone(),
                name.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                match keeper.with(|device| device.discard(&name)) {
                    Ok(()) => {
                        let mut next = (*removed).clone();
                        next.push(name.clone());
                        removed.set(next);
                        refused.set(None);
                        confirming.set(None);
                    }
                    // Still asking; the message says why, announced.
                    Err(SaveError::Conflict { .. }) => refused.set(Some("unreadable-reads-now")),
                    Err(error) => refused.set(Some(save_problem(&error))),
                }
            })
        };
        let cancel = {
            let (confirming, refused, remove_id) =
                (confirming.clone(), refused.clone(), remove_id.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(None);
                refused.set(None);
                // Back to the button that asked, once it is drawn again.
                let remove_id = remove_id.clone();
                gloo::timers::callback::Timeout::new(0, move || {
                    focus_element(&remove_id);
                })
                .forget();
            })
        };
        html! {
            <li key={record.name.clone()}>
                <p class="govuk-body">{ text.with("unreadable-item", &[("number", number.into()), ("reason", text.message(&record.reason).into())]) }</p>
                <div class="govuk-button-group">
                    <Download contents={contents} file_name={format!("unreadable-plan-{number}.txt")}
                        label={text.with("unreadable-download", &[("number", number.into())])} secondary=true />
                    if confirming.as_deref() == Some(name.as_str()) {
                        if let Some(key) = *refused {
                            <p class="govuk-error-message" role="alert">{ text.get(key) }</p>
                        }
                        <button type="button" class="govuk-button govuk-button--warning" onclick={remove}
                            ref={confirm_button.clone()}>
                            { text.with("unreadable-remove-confirm", &[("number", number.into())]) }
                        </button>
                        <button type="button" class="app-link-button" onclick={cancel}>{ text.get("cancel") }</button>
                    } else {
                        <button type="button" class="app-link-button" id={remove_id} onclick={ask}>
                            { text.with("unreadable-remove", &[("number", number.into())]) }
                        </button>
                    }
                </div>
            </li>
        }
    });
    html! {
        <div class="govuk-!-margin-bottom-6">
            <WarningText text={text.with("plans-unreadable", &[("count", records.len().into())])} />
            <p class="govuk-body">{ text.get("unreadable-explain") }</p>
            <ol class="govuk-list">{ for items }</ol>
        </div>
    }
}

/// Moves focus to the page's main heading, when the control that had it has gone.
fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("main h1").ok().flatten())
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}
