//! Moving focus: to a field a link or error summary points at, or to an item a button has just
//! added. A module of its own because the page heading, the error summary and pages all need it:
//! kept with the fields, it made the fields and the page heading import each other.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves focus to the element with this id, scrolling it into view: where a link from a finding
/// or an error summary lands.
pub fn focus_element(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => {
            element.scroll_into_view();
            element.focus().is_ok()
        }
        None => false,
    }
}

/// After a button adds an item, the id of the field to focus once it is on the page.
#[hook]
pub fn use_focus_after_render() -> UseStateHandle<Option<String>> {
    let target = use_state(|| None::<String>);
    {
        let target = target.clone();
        use_effect_with((*target).clone(), move |wanted| {
            if let Some(id) = wanted {
                if focus_element(id) {
                    target.set(None);
                }
            }
        });
    }
    target
}
