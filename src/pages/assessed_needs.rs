//! Placeholder while the page is built.

use yew::prelude::*;

use crate::components::plan_frame::PlanNotFound;

#[derive(Properties, PartialEq)]
pub struct AssessedNeedsProps {
    pub id: String,
}

#[component]
pub fn AssessedNeeds(props: &AssessedNeedsProps) -> Html {
    let _ = &props.id;
    html! { <PlanNotFound /> }
}
