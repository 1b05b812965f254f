//! The app's addresses. Hash routing (`#/plans`) works on any static host, under any sub-path,
//! without the server rewriting URLs. Which page each address shows is `pages::switch`, so the
//! components that link to a route never depend on the pages.
//!
//! The person's app is two HTML pages, each with its own wasm, so a first visit downloads only
//! what its page needs: the start page (index.html, the address a council links to) and
//! [`PLANS_PAGE`], every other route. See ARCHITECTURE.md, "Why the start page is its own page".

use yew::prelude::*;
use yew_router::prelude::*;

/// The council's page, beside the person's app (index.html), relative so it works under any
/// sub-path: the council view (checking a signed plan, recording a decision) is its own entry
/// with its own wasm, which a person's visit never loads. It has no routes of its own.
pub const COUNCIL_PAGE: &str = "council.html";

/// The person's pages other than the start page, beside it: the one page with a router.
pub const PLANS_PAGE: &str = "plans.html";

/// The start page, relative so it stays under the app's sub-path: index.html, by the address a
/// council links to.
pub const START_PAGE: &str = "./";

#[derive(Clone, Debug, Routable, PartialEq, Eq)]
pub enum Route {
    #[at("/")]
    Start,
    #[at("/plans")]
    YourPlans,
    #[at("/plans/new")]
    NewPlan,
    #[at("/plans/:id")]
    TaskList { id: String },
    #[at("/plans/:id/about")]
    About { id: String },
    #[at("/plans/:id/money")]
    Money { id: String },
    #[at("/plans/:id/money/:question")]
    Question { id: String, question: String },
    #[at("/plans/:id/budget")]
    Budget { id: String },
    #[at("/plans/:id/needs")]
    AssessedNeeds { id: String },
    #[at("/plans/:id/what-matters")]
    WhatMatters { id: String },
    #[at("/plans/:id/outcomes")]
    Outcomes { id: String },
    #[at("/plans/:id/supports")]
    Supports { id: String },
    #[at("/plans/:id/supports/:support")]
    SupportLine { id: String, support: String },
    #[at("/plans/:id/managing-money")]
    ManagingMoney { id: String },
    #[at("/plans/:id/personal-budget")]
    PersonalBudget { id: String },
    #[at("/plans/:id/staying-safe")]
    StayingSafe { id: String },
    #[at("/plans/:id/action-plan")]
    ActionPlan { id: String },
    #[at("/plans/:id/check")]
    Check { id: String },
    #[at("/plans/:id/delete")]
    Delete { id: String },
    #[at("/plans/:id/sign")]
    Sign { id: String },
    #[at("/plans/:id/signed")]
    Signed { id: String },
    #[at("/plans/:id/signed/print")]
    PrintPlan { id: String },
    /// Download every plan as one file, or restore plans from one.
    #[at("/backup")]
    Backup,
    /// The passphrase lock, and removing everything from the device.
    #[at("/privacy")]
    Privacy,
    #[at("/privacy/remove-all")]
    RemoveAll,
    /// The privacy page's first address, still followed from bookmarks: it moves to `Privacy`.
    #[at("/device")]
    OldPrivacy,
    /// Likewise moves to `RemoveAll`.
    #[at("/device/remove-all")]
    OldRemoveAll,
    /// The council view's first address, still followed from bookmarks: it leaves for
    /// [`COUNCIL_PAGE`].
    #[at("/council")]
    Council,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The route's full address from any of the app's pages: the start page, or
    /// [`PLANS_PAGE`] with the route in its fragment.
    pub fn address(&self) -> String {
        match self {
            Route::Start => START_PAGE.to_owned(),
            route => format!("{PLANS_PAGE}#{}", route.to_path()),
        }
    }

    /// The plan a page is about, if it is about one.
    pub fn plan_id(&self) -> Option<&str> {
        match self {
            Route::TaskList { id }
            | Route::About { id }
            | Route::Money { id }
            | Route::Question { id, .. }
            | Route::Budget { id }
            | Route::AssessedNeeds { id }
            | Route::WhatMatters { id }
            | Route::Outcomes { id }
            | Route::Supports { id }
            | Route::SupportLine { id, .. }
            | Route::ManagingMoney { id }
            | Route::PersonalBudget { id }
            | Route::StayingSafe { id }
            | Route::ActionPlan { id }
            | Route::Check { id }
            | Route::Delete { id }
            | Route::Sign { id }
            | Route::Signed { id }
            | Route::PrintPlan { id } => Some(id),
            _ => None,
        }
    }
}

/// The route the plans page shows and how to follow another in place there, for the header and
/// every `RouteLink`. Only the plans page has a router, and it alone provides this
/// ([`InPlaceRouting`]); the header and links read it rather than the router's hooks, so the
/// start page's and the council's wasm carry no router.
#[derive(Clone, PartialEq)]
pub struct InPlace {
    pub route: Option<Route>,
    pub follow: Callback<Route>,
}

#[derive(Properties, PartialEq)]
pub struct InPlaceRoutingProps {
    pub children: Html,
}

/// Provides [`InPlace`] from the router it is inside (the plans page's).
#[component]
pub fn InPlaceRouting(props: &InPlaceRoutingProps) -> Html {
    let route = use_route::<Route>();
    let navigator = use_navigator();
    let follow = use_callback(navigator, |to: Route, navigator| {
        if let Some(navigator) = navigator {
            navigator.push(&to);
        }
    });
    html! {
        <ContextProvider<InPlace> context={InPlace { route, follow }}>
            { props.children.clone() }
        </ContextProvider<InPlace>>
    }
}
