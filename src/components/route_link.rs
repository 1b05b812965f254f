//! A link to one of the app's pages. Unlike yew-router's `Link` it can carry `aria-current` and a
//! `role`, which the service navigation and the start button need, and it works outside the
//! person's router too: on the council's page (which has none) it leads to the person's app.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::routes::Route;

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
    let navigator = use_navigator();
    // Without a router this is the council's page, beside the person's app: `./` is the app.
    let page = if navigator.is_some() { "" } else { "./" };
    let onclick = {
        let (to, navigator) = (props.to.clone(), navigator.clone());
        Callback::from(move |event: MouseEvent| {
            // Let the browser open a new tab or window when asked to.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            if let Some(navigator) = &navigator {
                event.prevent_default();
                navigator.push(&to);
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
                if let Some(navigator) = &navigator {
                    navigator.push(&to);
                }
            }
        })
    };
    html! {
        <a
            href={format!("{page}#{}", props.to.to_path())}
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
