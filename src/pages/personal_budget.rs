//! Placeholder while the page is built.

use yew::prelude::*;

use crate::components::plan_frame::PlanNotFound;

#[derive(Properties, PartialEq)]
pub struct PersonalBudgetProps {
    pub id: String,
}

#[component]
pub fn PersonalBudget(props: &PersonalBudgetProps) -> Html {
    let _ = &props.id;
    html! { <PlanNotFound /> }
}
