//! The app's pages and their addresses. Hash routing (`#/plans`) works on any static host, under
//! any sub-path, without the server rewriting URLs.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

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
    #[at("/device")]
    Privacy,
    #[at("/device/remove-all")]
    RemoveAll,
    /// For council staff: check a signed plan and record a decision.
    #[at("/council")]
    Council,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The plan a page is about, if it is about one.
    pub fn plan_id(&self) -> Option<&str> {
        match self {
            Route::TaskList { id }
            | Route::About { id }
            | Route::Money { id }
            | Route::Question { id, .. }
            | Route::Budget { id }
            | Route::WhatMatters { id }
            | Route::Outcomes { id }
            | Route::Supports { id }
            | Route::SupportLine { id, .. }
            | Route::ManagingMoney { id }
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

pub fn switch(route: Route) -> Html {
    use pages::*;
    match route {
        Route::Start => html! { <start::Start /> },
        Route::YourPlans => html! { <your_plans::YourPlans /> },
        Route::NewPlan => html! { <new_plan::NewPlan /> },
        Route::TaskList { id } => html! { <task_list::TaskList {id} /> },
        Route::About { id } => html! { <about::About {id} /> },
        Route::Money { id } => html! { <money::MoneyStart {id} /> },
        // Keyed, so each question (and each support) starts with its own half-typed state.
        Route::Question { id, question } => {
            let key = format!("{id}/{question}");
            html! { <money::QuestionPage {key} {id} {question} /> }
        }
        Route::Budget { id } => html! { <money::BudgetSummary {id} /> },
        Route::WhatMatters { id } => html! { <what_matters::WhatMatters {id} /> },
        Route::Outcomes { id } => html! { <outcomes::Outcomes {id} /> },
        Route::Supports { id } => html! { <supports::Supports {id} /> },
        Route::SupportLine { id, support } => {
            let key = format!("{id}/{support}");
            html! { <supports::SupportLine {key} {id} {support} /> }
        }
        Route::ManagingMoney { id } => html! { <managing_money::ManagingMoney {id} /> },
        Route::StayingSafe { id } => html! { <staying_safe::StayingSafe {id} /> },
        Route::ActionPlan { id } => html! { <action_plan::ActionPlan {id} /> },
        Route::Check { id } => html! { <check::CheckPlan {id} /> },
        Route::Delete { id } => html! { <your_plans::DeletePlan {id} /> },
        Route::Sign { id } => html! { <sign::Sign {id} /> },
        Route::Signed { id } => html! { <signed::Signed {id} /> },
        Route::PrintPlan { id } => html! { <print::PrintPlan {id} /> },
        Route::Backup => html! { <backup::Backup /> },
        Route::Privacy => html! { <lock::Privacy /> },
        Route::RemoveAll => html! { <lock::RemoveAll /> },
        Route::Council => html! { <council::Council /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}
