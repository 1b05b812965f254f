//! Browser tests: run in headless Chromium by wasm-bindgen-test (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use sds_domain::config::CouncilConfig;
use sds_domain::date::CalendarDate;
use sds_domain::plan::{PlannedBy, SupportPlan};
use support_planner::plans;
use support_planner::storage::{LocalStore, Store};
use support_planner::{AppShell, AppShellProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const CONFIG: &str = r##"{
    "council": { "name": "Testshire Council", "brand_colour": "#112233" },
    "service": { "name": "Plan your support (test)", "contact": { "phone": "0300 000 0000" } }
}"##;

async fn mount_app() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let config = Rc::new(CouncilConfig::parse(CONFIG).unwrap());
    yew::Renderer::<AppShell>::with_root_and_props(root.clone(), AppShellProps { config }).render();
    // Let Yew render and run its effects.
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn link_named(root: &Element, name: &str) -> Element {
    let links = root.query_selector_all("a").unwrap();
    (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
        .find(|link| link.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no link named {name:?}"))
}

#[wasm_bindgen_test]
async fn start_page_shows_the_service_and_its_two_ways_in() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let root = mount_app().await;

    assert_eq!(text_of(&root, "main h1"), "Plan your support (test)");
    assert_eq!(
        text_of(&root, ".govuk-generic-header__homepage-link"),
        "Testshire Council"
    );
    assert!(text_of(&root, "footer").contains(
        "Everything you enter stays on this device. Nothing is sent to Testshire Council"
    ));

    let start = link_named(&root, "Start a new plan");
    assert_eq!(start.get_attribute("href").as_deref(), Some("#/plans/new"));
    assert_eq!(start.get_attribute("role").as_deref(), Some("button"));
    let continue_link = link_named(&root, "Continue a plan");
    assert_eq!(
        continue_link.get_attribute("href").as_deref(),
        Some("#/plans")
    );

    let skip = link_named(&root, "Skip to main content");
    assert_eq!(
        skip.get_attribute("class").as_deref(),
        Some("govuk-skip-link")
    );
    let brand = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .style()
        .get_property_value("--council-brand")
        .unwrap();
    assert_eq!(brand, "#112233");
    assert_eq!(
        web_sys::window().unwrap().document().unwrap().title(),
        "Plan your support (test) - Testshire Council"
    );
    root.remove();
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
fn storage_round_trip() {
    let store = LocalStore::open().expect("localStorage is available in the test browser");
    let key = "sds.test.round-trip";
    store.remove(key).unwrap();
    assert_eq!(store.read(key).unwrap(), None);

    let text = "Amira’s plan: £12.50 an hour, 🌱, \"quoted\"\nsecond line";
    store.write(key, text).unwrap();
    assert_eq!(store.read(key).unwrap().as_deref(), Some(text));
    assert!(store.keys().unwrap().iter().any(|k| k == key));

    store.remove(key).unwrap();
    assert_eq!(store.read(key).unwrap(), None);
    assert!(!store.keys().unwrap().iter().any(|k| k == key));
}

#[wasm_bindgen_test]
fn saved_plans_are_listed_newest_first_and_unreadable_ones_left_alone() {
    let store = LocalStore::open().unwrap();
    for key in store.keys().unwrap() {
        store.remove(&key).unwrap();
    }
    let older = SupportPlan::new(
        "aaa".into(),
        CalendarDate::new(2026, 1, 2).unwrap(),
        PlannedBy::ThePerson,
    );
    let newer = SupportPlan::new(
        "bbb".into(),
        CalendarDate::new(2026, 11, 27).unwrap(),
        PlannedBy::SomeoneElse,
    );
    plans::save(&store, &older).unwrap();
    plans::save(&store, &newer).unwrap();
    store.write("sds.plan.broken", "{not json").unwrap();
    // A record kept by the first release is upgraded as it is read.
    store
        .write(
            "sds.plan.ccc",
            r#"{"id":"ccc","planned_by":"the_person","started_on":"2025-06-30"}"#,
        )
        .unwrap();
    store.write("something.else", "ignored").unwrap();

    let listing = plans::list(&store).unwrap();
    let oldest = SupportPlan::new(
        "ccc".into(),
        CalendarDate::new(2025, 6, 30).unwrap(),
        PlannedBy::ThePerson,
    );
    assert_eq!(listing.plans, vec![newer, older, oldest]);
    assert_eq!(listing.unreadable, 1);
    assert_eq!(
        store.read("sds.plan.broken").unwrap().as_deref(),
        Some("{not json")
    );
}

#[wasm_bindgen_test]
fn new_plan_ids_are_random_128_bit_hex() {
    let a = plans::new_id().unwrap();
    let b = plans::new_id().unwrap();
    assert_eq!(a.len(), 32);
    assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a, b);
}
