//! A link to one of the app's pages. Unlike yew-router's `Link` it can carry `aria-current` and a
//! `role`, which the service navigation and the start button need, and it leads from one of the
//! app's HTML pages to another: only the plans page has a router, so a route on it is followed
//! in place there, and anywhere else (the start page, the council's page, or the start page's
//! route from the plans page) by loading the page it is on.

use yew::prelude::*;
use yew_router::Routable;

use crate::routes::{InPlace, Route};

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link as the page being shown, for screen readers.
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub role: Option<AttrValue>,
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    // Followed in place only where the router shows it: on the plans page, any route but the
    // start page's.
    let in_place = use_context::<InPlace>()
        .map(|in_place| in_place.follow)
        .filter(|_| props.to != Route::Start);
    let href = match in_place {
        Some(_) => format!("#{}", props.to.to_path()),
        None => props.to.address(),
    };
    let onclick = {
        let (to, in_place) = (props.to.clone(), in_place.clone());
        Callback::from(move |event: MouseEvent| {
            // Let the browser open a new tab or window when asked to.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            if let Some(in_place) = &in_place {
                event.prevent_default();
                in_place.emit(to.clone());
            }
        })
    };
    // A link that looks like a button must also act like one: Space presses it, as GOV.UK
    // Frontend's own script does for its buttons.
    let onkeydown = {
        let (to, is_button) = (props.to.clone(), props.role.is_some());
        Callback::from(move |event: KeyboardEvent| {
            if is_button && event.key() == " " {
                event.prevent_default();
                match &in_place {
                    Some(in_place) => in_place.emit(to.clone()),
                    None => follow(&to.address()),
                }
            }
        })
    };
    html! {
        <a
            {href}
            class={props.class.clone()}
            role={props.role.clone()}
            aria-current={props.current.then_some("page")}
            aria-describedby={props.described_by.clone()}
            draggable={props.role.as_ref().map(|_| "false")}
            {onclick}
            {onkeydown}
        >
            { props.children.clone() }
        </a>
    }
}

/// Loads another of the app's pages, as following its link would.
fn follow(address: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(address);
    }
}
