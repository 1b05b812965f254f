//! The council's own header (GOV.UK's generic header pattern: never the GOV.UK crown or
//! typeface), then the service navigation with the service's name and its pages.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;

use crate::components::device_gate::LockControl;
use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::routes::{InPlace, Route};

#[component]
pub fn Header() -> Html {
    let text = use_text();
    // The route shown, on the plans page; none on the start and council pages.
    let route = use_context::<InPlace>().and_then(|in_place| in_place.route);
    let Some(config) = use_context::<Rc<CouncilConfig>>() else {
        return html! {};
    };
    let control = use_context::<LockControl>();
    let on_backup = matches!(route, Some(Route::Backup));
    let on_privacy = matches!(route, Some(Route::Privacy | Route::RemoveAll));
    let on_plans = !matches!(route, Some(Route::Start) | None) && !on_backup && !on_privacy;
    // "Lock" is offered on every page while the lock is on and open.
    let lock_now = control
        .filter(|control| control.lock.is_some() && !control.closed)
        .map(|control| {
            let lock_now = control.lock_now.clone();
            Callback::from(move |_: MouseEvent| lock_now.emit(()))
        });
    let item = |to: Route, current: bool, label: &str| {
        html! {
            <li class={classes!(
                "govuk-service-navigation__item",
                current.then_some("govuk-service-navigation__item--active")
            )}>
                <RouteLink {to} class="govuk-service-navigation__link" {current}>{ text.get(label) }</RouteLink>
            </li>
        }
    };
    // The logo sits beside the council's name, which says the same: so it has no text of its own.
    let name = html! {
        <>
            if let Some(logo) = &config.council.logo {
                <img src={logo.clone()} alt="" class="app-council-logo" />
            }
            { &config.council.name }
        </>
    };
    let council_home = match &config.council.website {
        Some(url) => html! {
            <a href={url.clone()} class="govuk-generic-header__homepage-link">{ name }</a>
        },
        None => html! {
            <RouteLink to={Route::Start} class="govuk-generic-header__homepage-link">{ name }</RouteLink>
        },
    };
    html! {
        <>
            <header class="govuk-generic-header">
                <div class="govuk-generic-header__container govuk-width-container">
                    <div class="govuk-generic-header__logo">{ council_home }</div>
                </div>
            </header>
            <section aria-label={text.get("service-navigation-label")} class="govuk-service-navigation">
                <div class="govuk-width-container">
                    <div class="govuk-service-navigation__container">
                        <span class="govuk-service-navigation__service-name">
                            <RouteLink to={Route::Start} class="govuk-service-navigation__link">
                                { &config.service.name }
                            </RouteLink>
                        </span>
                        <nav aria-label={text.get("menu-label")} class="govuk-service-navigation__wrapper">
                            <ul class="govuk-service-navigation__list">
                                { item(Route::YourPlans, on_plans, "your-plans") }
                                { item(Route::Backup, on_backup, "nav-backup") }
                                { item(Route::Privacy, on_privacy, "nav-privacy") }
                                if let Some(onclick) = lock_now {
                                    <li class="govuk-service-navigation__item">
                                        <button type="button" class="app-link-button govuk-service-navigation__link" {onclick}>
                                            { text.get("nav-lock") }
                                        </button>
                                    </li>
                                }
                            </ul>
                        </nav>
                    </div>
                </div>
            </section>
        </>
    }
}
