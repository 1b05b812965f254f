//! The app's pages and their addresses. Hash routing (`#/plans`) works on any static host, under
//! any sub-path, without the server rewriting URLs.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages::{new_plan::NewPlan, not_found::NotFound, start::Start, your_plans::YourPlans};

#[derive(Clone, Debug, Routable, PartialEq, Eq)]
pub enum Route {
    #[at("/")]
    Start,
    #[at("/plans")]
    YourPlans,
    #[at("/plans/new")]
    NewPlan,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <Start /> },
        Route::YourPlans => html! { <YourPlans /> },
        Route::NewPlan => html! { <NewPlan /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
