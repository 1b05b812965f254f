//! The council's own header (GOV.UK's generic header pattern: never the GOV.UK crown or
//! typeface), then the service navigation with the service's name and its pages.

use std::rc::Rc;

use sds_domain::config::CouncilConfig;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::routes::Route;

#[component]
pub fn Header() -> Html {
    let text = use_text();
    let route = use_route::<Route>();
    let Some(config) = use_context::<Rc<CouncilConfig>>() else {
        return html! {};
    };
    let on_plans = !matches!(route, Some(Route::Start) | None);
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
                                <li class={classes!(
                                    "govuk-service-navigation__item",
                                    on_plans.then_some("govuk-service-navigation__item--active")
                                )}>
                                    <RouteLink to={Route::YourPlans} class="govuk-service-navigation__link" current={on_plans}>
                                        { text.get("your-plans") }
                                    </RouteLink>
                                </li>
                            </ul>
                        </nav>
                    </div>
                </div>
            </section>
        </>
    }
}
