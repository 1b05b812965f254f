//! The smallest useful Yew app: a heading, a paragraph and a button that counts. The Lighthouse
//! benchmark loads it beside the planner in the same run, so the planner's figures are read
//! against what Yew itself costs on a phone.

#[cfg(target_arch = "wasm32")]
mod app {
    use yew::prelude::*;

    #[component]
    pub fn Baseline() -> Html {
        let count = use_state(|| 0u32);
        let onclick = {
            let count = count.clone();
            Callback::from(move |_: MouseEvent| count.set(*count + 1))
        };
        html! {
            <main>
                <h1>{ "Baseline" }</h1>
                <p>{ "A minimal Yew app for comparison." }</p>
                <button type="button" {onclick}>{ format!("Pressed {} times", *count) }</button>
            </main>
        }
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<app::Baseline>::new().render();
}
