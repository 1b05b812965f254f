//! A list typed one item a line, in a text area.

use yew::prelude::*;

use super::text_area::TextArea;

#[derive(Properties, PartialEq)]
pub struct ListAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub items: Vec<String>,
    pub onchange: Callback<Vec<String>>,
}

/// A list typed one item a line. What is typed is kept as typed (so a new line can be started);
/// the list given back has each line trimmed and blank lines dropped.
#[component]
pub fn ListArea(props: &ListAreaProps) -> Html {
    let typed = use_state(|| props.items.join("\n"));
    let oninput = {
        let (typed, callback) = (typed.clone(), props.onchange.clone());
        Callback::from(move |value: String| {
            callback.emit(
                value
                    .lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty())
                    .map(str::to_owned)
                    .collect(),
            );
            typed.set(value);
        })
    };
    html! {
        <TextArea id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            rows={4} value={(*typed).clone()} {oninput} />
    }
}
