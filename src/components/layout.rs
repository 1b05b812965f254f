//! The plans pages' layout: the [`Frame`] with the banners about the device's plans (storage,
//! a change refused, the idle lock, a plan saved elsewhere) and, on a plan's pages, when it was
//! last saved.

use sds_app::edit::EditRefused;
use yew::prelude::*;

use crate::clock::local_time_of_day;
use crate::components::device_gate::LockControl;
use crate::components::frame::Frame;
use crate::components::notification_banner::NotificationBanner;
use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::keeper::{store_advice, store_problem};
use crate::routes::Route;
use crate::state::{keep_this_version, show_latest_version, use_keeper, use_plan_book};
use sds_domain::keeping::StoreError;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let route = use_route::<Route>();
    let book = use_plan_book();
    let plan_id = route.as_ref().and_then(Route::plan_id);
    // A plan saved elsewhere since this window read it cannot be changed here until the
    // person chooses: every field on the page is disabled by the fieldset.
    let conflict = plan_id.filter(|id| book.as_ref().is_some_and(|b| b.conflicts.contains(*id)));
    let content = match conflict {
        Some(_) => html! {
            <fieldset class="app-read-only" disabled=true>{ props.children.clone() }</fieldset>
        },
        None => props.children.clone(),
    };
    let banners = html! {
        <>
            <StorageBanner />
            <EditRefusedBanner />
            <IdleLockWarning />
            if let Some(id) = conflict {
                <ConflictBanner id={id.to_owned()} />
            }
        </>
    };
    html! {
        <Frame {banners}>
            if plan_id.is_some() {
                <SaveStatus />
            }
            { content }
        </Frame>
    }
}

/// A minute before the idle lock: says so, with a way to stay unlocked (WCAG 2.2.1). Any key
/// press, click or touch also counts.
#[component]
fn IdleLockWarning() -> Html {
    let text = use_text();
    let Some(control) = use_context::<LockControl>().filter(|control| control.warning) else {
        return html! {};
    };
    let stay = Callback::from(move |_: MouseEvent| control.stay.emit(()));
    html! {
        <NotificationBanner id="idle-banner" heading={text.get("idle-warning")}>
            <button type="button" class="govuk-button govuk-!-margin-bottom-0" onclick={stay}>{ text.get("idle-stay") }</button>
        </NotificationBanner>
    }
}

/// "Saved on this device at 2:32pm", said politely to screen readers. It changes at most once a
/// minute while someone types, so it is announced without interrupting.
#[component]
fn SaveStatus() -> Html {
    let text = use_text();
    let book = use_plan_book();
    let route = use_route::<Route>();
    let in_memory_only = use_keeper().is_some_and(|keeper| keeper.in_memory_only());
    let Some(book) = book else {
        return html! {};
    };
    let not_saved = route
        .as_ref()
        .and_then(Route::plan_id)
        .is_some_and(|id| book.conflicts.contains(id) || book.unsaved.contains(id));
    let said = if in_memory_only || not_saved {
        text.get("saved-not")
    } else {
        match book.saved_at {
            Some(at) => text.with("saved-at", &[("time", local_time_of_day(&text, at).into())]),
            None => text.get("saved-as-you-go"),
        }
    };
    html! { <p class="govuk-body-s app-save-status" role="status">{ said }</p> }
}

#[derive(Properties, PartialEq)]
struct ConflictBannerProps {
    id: String,
}

/// The plan was saved in another tab or window: which version to keep.
#[component]
fn ConflictBanner(props: &ConflictBannerProps) -> Html {
    let text = use_text();
    let (Some(book), Some(keeper)) = (use_plan_book(), use_keeper()) else {
        return html! {};
    };
    let theirs = {
        let (book, keeper, id) = (book.clone(), keeper.clone(), props.id.clone());
        Callback::from(move |_: MouseEvent| show_latest_version(&book, &keeper, &id))
    };
    let mine = {
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| keep_this_version(&book, &keeper, &id))
    };
    html! {
        <NotificationBanner id="conflict-banner" heading={text.get("conflict-heading")}>
            <p class="govuk-body">{ text.get("conflict-body") }</p>
            <div class="govuk-button-group govuk-!-margin-bottom-0">
                <button type="button" class="govuk-button govuk-!-margin-bottom-0" onclick={theirs}>{ text.get("conflict-theirs") }</button>
                <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onclick={mine}>{ text.get("conflict-mine") }</button>
            </div>
        </NotificationBanner>
    }
}

/// Says, on every page, when the browser is not keeping what the person enters, and offers the
/// download that keeps it (made from what is in this window).
#[component]
fn StorageBanner() -> Html {
    let text = use_text();
    let in_memory_only = use_keeper().is_some_and(|keeper| keeper.in_memory_only());
    let problem = use_plan_book().and_then(|book| book.storage_problem.clone());
    let problem = match (in_memory_only, problem) {
        (true, _) => StoreError::Unavailable,
        (false, Some(problem)) => problem,
        (false, None) => return html! {},
    };
    html! {
        <NotificationBanner id="storage-banner" heading={text.get(store_problem(&problem))}>
            <p class="govuk-body">{ text.get(store_advice(&problem)) }</p>
            <p class="govuk-body">
                <RouteLink to={Route::Backup} class="govuk-notification-banner__link">{ text.get("storage-download") }</RouteLink>
            </p>
        </NotificationBanner>
    }
}

/// Says why the last change was not kept (a text or a list longer than a plan can hold), until
/// the next change is.
#[component]
fn EditRefusedBanner() -> Html {
    let text = use_text();
    let Some(refused) = use_plan_book().and_then(|book| book.refused) else {
        return html! {};
    };
    let said = match refused {
        EditRefused::TextTooLong { limit } => {
            text.with("edit-refused-text", &[("limit", limit.into())])
        }
        EditRefused::TooMany { limit } => {
            text.with("edit-refused-list", &[("limit", limit.into())])
        }
    };
    html! {
        <div class="govuk-error-summary" role="alert">
            <p class="govuk-body govuk-!-margin-bottom-0">{ said }</p>
        </div>
    }
}
