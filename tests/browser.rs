//! Browser tests: run in headless Chromium by wasm-bindgen-test (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use sds_domain::config::CouncilConfig;
use sds_domain::date::CalendarDate;
use sds_domain::keeping::device::{Expect, Kept, SaveError};
use sds_domain::keeping::{Store, StoreError};
use sds_domain::plan::{PlannedBy, SupportPlan};
use sds_domain::rules::RuleSet;
use sds_domain::wording::{Catalogue, Language, ENGLISH_SOURCE};
use support_planner::clock;
use support_planner::i18n::{compile_in, Text, START_PAGE_ENGLISH};
use support_planner::keeper::BrowserKeeper;
use support_planner::pages::StartApp;
use support_planner::plans;
use support_planner::storage::LocalStore;
use support_planner::{AppShell, AppShellProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const CONFIG: &str = r##"{
    "council": { "id": "testshire", "name": "Testshire Council", "brand_colour": "#112233" },
    "service": { "name": "Plan your support (test)", "contact": { "phone": "0300 000 0000" } },
    "rule_set": "rules/test.json"
}"##;

const RULES: &str = include_str!("../static/rules/northshire-points-2026.json");

/// Mounts one of the app's pages, with the test configuration and the English its entry point
/// compiles in: the whole catalogue, or the start page's part of it ([`START_PAGE_ENGLISH`]).
async fn mount_page_in(english: &'static str, view: yew::Html) -> Element {
    compile_in(english);
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let config = Rc::new(CouncilConfig::parse(CONFIG).unwrap());
    yew::Renderer::<AppShell>::with_root_and_props(
        root.clone(),
        yew::props!(AppShellProps {
            config,
            children: view,
        }),
    )
    .render();
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
    // With the words the start page's own entry point compiles in.
    let root = mount_page_in(START_PAGE_ENGLISH, yew::html! { <StartApp /> }).await;

    assert_eq!(text_of(&root, "main h1"), "Plan your support (test)");
    assert_eq!(
        text_of(&root, ".govuk-generic-header__homepage-link"),
        "Testshire Council"
    );
    assert!(text_of(&root, "footer").contains(
        "Everything you enter stays on this device. Nothing is sent to Testshire Council"
    ));

    let start = link_named(&root, "Start a new plan");
    // The start page is its own page: its links load the plans page.
    assert_eq!(
        start.get_attribute("href").as_deref(),
        Some("plans.html#/plans/new")
    );
    assert_eq!(start.get_attribute("role").as_deref(), Some("button"));
    let continue_link = link_named(&root, "Continue a plan");
    assert_eq!(
        continue_link.get_attribute("href").as_deref(),
        Some("plans.html#/plans")
    );

    let skip = link_named(&root, "Skip to main content");
    assert_eq!(
        skip.get_attribute("class").as_deref(),
        Some("govuk-skip-link")
    );
    let brand = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>()
            .style()
            .get_property_value("--council-brand")
            .unwrap()
    };
    // Effects run after rendering; on a busy machine that can take a moment.
    for _ in 0..40 {
        if !brand().is_empty() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(brand(), "#112233");
    assert_eq!(
        web_sys::window().unwrap().document().unwrap().title(),
        "Plan your support (test) - Testshire Council"
    );
    root.remove();
}

use wasm_bindgen::JsCast;

/// The start page compiles in only its part of English (`build.rs`, `START_PAGE_SECTIONS`):
/// the start page, and the page saying the service is not available, are drawn the same with it
/// as with the whole catalogue, so no word the start page shows is missing from its part.
#[wasm_bindgen_test]
async fn the_start_page_says_with_its_part_of_english_all_the_whole_would() {
    use support_planner::pages::service_unavailable::ServiceUnavailable;
    assert!(START_PAGE_ENGLISH.len() * 4 < ENGLISH_SOURCE.len());
    let contact = CouncilConfig::parse(CONFIG).unwrap().service.contact;
    let views = || {
        [
            yew::html! { <StartApp /> },
            yew::html! {
                <ServiceUnavailable problems={vec!["config.json: a problem".to_owned()]}
                    contact={Some(contact.clone())} />
            },
        ]
    };
    for (part, whole) in views().into_iter().zip(views()) {
        let drawn_with_part = mount_page_in(START_PAGE_ENGLISH, part).await;
        let drawn_with_whole = mount_page_in(ENGLISH_SOURCE, whole).await;
        assert!(drawn_with_whole.text_content().unwrap_or_default().len() > 100);
        assert_eq!(drawn_with_part.inner_html(), drawn_with_whole.inner_html());
        drawn_with_part.remove();
        drawn_with_whole.remove();
    }
}

fn clear_storage(store: &LocalStore) {
    for key in store.keys().unwrap() {
        store.remove(&key).unwrap();
    }
}

fn keeper() -> BrowserKeeper {
    BrowserKeeper::over(Box::new(LocalStore::open().unwrap()), false)
}

fn plan(id: &str, year: u16) -> SupportPlan {
    SupportPlan::new(
        id.into(),
        CalendarDate::new(year, 1, 2).unwrap(),
        PlannedBy::ThePerson,
    )
}

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

    // A plan through the whole layer: saved, read back at its revision.
    clear_storage(&store);
    let keeper = keeper();
    let mut amira = plan("aaa", 2026);
    amira.person.name = text.to_owned();
    assert_eq!(keeper.with(|d| d.save_plan(&amira, Expect::Nothing)), Ok(1));
    let shelf = keeper.with(|d| d.plans()).unwrap();
    assert_eq!(
        shelf.plans,
        vec![Kept {
            content: amira,
            revision: 1
        }]
    );
    clear_storage(&store);
}

#[wasm_bindgen_test]
fn saved_plans_are_listed_newest_first_upgraded_and_unreadable_ones_kept_aside() {
    let store = LocalStore::open().unwrap();
    clear_storage(&store);
    let keeper = keeper();
    let (older, newer) = (plan("aaa", 2026), plan("bbb", 2027));
    keeper
        .with(|d| d.save_plan(&older, Expect::Nothing))
        .unwrap();
    keeper
        .with(|d| d.save_plan(&newer, Expect::Nothing))
        .unwrap();
    store.write("sds.plan.broken", "{not json").unwrap();
    // A record kept by the first release is upgraded as it is read.
    store
        .write(
            "sds.plan.ccc",
            r#"{"id":"ccc","planned_by":"the_person","started_on":"2025-06-30"}"#,
        )
        .unwrap();
    store.write("something.else", "ignored").unwrap();

    let shelf = keeper.with(|d| d.plans()).unwrap();
    let mut oldest = plan("ccc", 2025);
    oldest.started_on = CalendarDate::new(2025, 6, 30).unwrap();
    oldest.last_changed = None;
    let listed: Vec<_> = shelf
        .plans
        .iter()
        .map(|k| (k.content.clone(), k.revision))
        .collect();
    assert_eq!(listed, vec![(newer, 1), (older, 1), (oldest, 0)]);
    assert_eq!(shelf.unreadable.len(), 1);
    assert_eq!(shelf.unreadable[0].name, "sds.plan.broken");
    assert_eq!(
        keeper
            .with(|d| d.unreadable_text("sds.plan.broken"))
            .unwrap(),
        "{not json"
    );
    // Writing under a damaged record's name keeps the damaged text aside, never overwritten.
    keeper
        .with(|d| d.save_plan(&plan("broken", 2026), Expect::Nothing))
        .unwrap();
    let aside = store.read("sds.aside.1.sds.plan.broken").unwrap().unwrap();
    assert!(aside.contains("{not json"), "{aside}");
    assert_eq!(
        store.read("something.else").unwrap().as_deref(),
        Some("ignored")
    );
    clear_storage(&store);
}

#[wasm_bindgen_test]
fn a_full_store_refuses_the_save_and_keeps_the_last_good_record() {
    let store = LocalStore::open().unwrap();
    clear_storage(&store);
    let keeper = keeper();
    let mut joan = plan("joan", 2026);
    keeper
        .with(|d| d.save_plan(&joan, Expect::Nothing))
        .unwrap();
    let before = store.read("sds.plan.joan").unwrap();
    // Fill the browser's store for this site, in ever smaller pieces, until it refuses.
    let mut size = 1 << 20;
    let mut n = 0;
    while size >= 16 {
        match store.write(&format!("filler.{n}"), &"x".repeat(size)) {
            Ok(()) => n += 1,
            Err(StoreError::Full) => size /= 2,
            Err(other) => panic!("{other:?}"),
        }
    }
    joan.what_matters.text = "Gardening with my grandson on Saturdays".repeat(20);
    assert_eq!(
        keeper.with(|d| d.save_plan(&joan, Expect::Revision(1))),
        Err(SaveError::Store(StoreError::Full))
    );
    assert_eq!(store.read("sds.plan.joan").unwrap(), before);
    assert_eq!(store.read("sds.previous.sds.plan.joan").unwrap(), None);
    // Room made, the same save goes through.
    for i in 0..n {
        store.remove(&format!("filler.{i}")).unwrap();
    }
    assert_eq!(
        keeper.with(|d| d.save_plan(&joan, Expect::Revision(1))),
        Ok(2)
    );
    clear_storage(&store);
}

#[wasm_bindgen_test]
fn two_writers_from_the_same_revision_never_overwrite_each_other_silently() {
    let store = LocalStore::open().unwrap();
    clear_storage(&store);
    let (first, second) = (keeper(), keeper());
    let mut plan = plan("shared", 2026);
    first.with(|d| d.save_plan(&plan, Expect::Nothing)).unwrap();
    plan.person.name = "Typed in the first tab".to_owned();
    assert_eq!(
        first.with(|d| d.save_plan(&plan, Expect::Revision(1))),
        Ok(2)
    );
    plan.person.name = "Typed in the second tab".to_owned();
    assert_eq!(
        second.with(|d| d.save_plan(&plan, Expect::Revision(1))),
        Err(SaveError::Conflict { stored: Some(2) })
    );
    let kept = first.with(|d| d.plan("shared")).unwrap().unwrap();
    assert_eq!(kept.content.person.name, "Typed in the first tab");
    clear_storage(&store);
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory_for_the_visit() {
    // Some privacy modes make merely reading window.localStorage throw.
    js_sys::eval(
        "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
         Object.defineProperty(window, 'localStorage', { configurable: true,
           get() { throw new DOMException('blocked', 'SecurityError'); } });",
    )
    .unwrap();
    let opened = LocalStore::open().err();
    let keeper = BrowserKeeper::open();
    let saved = keeper.with(|d| d.save_plan(&plan("visit", 2026), Expect::Nothing));
    let listed = keeper.with(|d| d.plans()).map(|shelf| shelf.plans.len());
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__savedStorage);").unwrap();
    assert_eq!(opened, Some(StoreError::Unavailable));
    assert!(keeper.in_memory_only());
    assert_eq!(saved, Ok(1));
    assert_eq!(listed, Ok(1));
    assert!(LocalStore::open().is_ok());
}

#[wasm_bindgen_test]
fn the_device_key_is_made_once_kept_and_reused() {
    let store = LocalStore::open().unwrap();
    clear_storage(&store);
    let keeper = keeper();
    let first = keeper.with(|d| d.signing_key()).unwrap();
    let again = keeper.with(|d| d.signing_key()).unwrap();
    assert_eq!(first.public_key(), again.public_key());
    // A new device (storage cleared) gets a different key from the random generator.
    clear_storage(&store);
    let other = keeper.with(|d| d.signing_key()).unwrap();
    assert_ne!(other.public_key(), first.public_key());
    assert!(clock::now().is_some_and(|now| now.date().to_string().starts_with("20")));
    clear_storage(&store);
}

#[wasm_bindgen_test]
fn with_the_lock_on_plans_and_the_key_are_sealed_in_the_browser_store() {
    let store = LocalStore::open().unwrap();
    clear_storage(&store);
    let keeper = keeper();
    let mut joan = plan("joan", 2026);
    joan.person.name = "Joan Smith".to_owned();
    keeper
        .with(|d| d.save_plan(&joan, Expect::Nothing))
        .unwrap();
    let secret = keeper.with(|d| d.signing_key()).unwrap().secret_hex();
    let key = keeper
        .with(|d| d.turn_lock_on("correct horse battery", 15))
        .unwrap()
        .key;
    for name in store.keys().unwrap() {
        let text = store.read(&name).unwrap().unwrap();
        assert!(
            !text.contains("Joan") && !text.contains(&secret),
            "{name}: {text}"
        );
    }
    keeper.set_key(Some(key));
    assert_eq!(
        keeper.with(|d| d.plan("joan")).unwrap().unwrap().content,
        joan
    );
    assert_eq!(
        keeper.with(|d| d.signing_key()).unwrap().secret_hex(),
        secret
    );
    clear_storage(&store);
}

#[wasm_bindgen_test]
fn signed_plans_are_kept_per_plan_and_an_unreadable_record_is_never_replaced() {
    let store = LocalStore::open().unwrap();
    clear_storage(&store);
    let keeper = keeper();
    let rules = RuleSet::load(RULES).unwrap();
    let plan = sds_domain::plan::stored::read_plan(include_str!(
        "../docs/examples/joan-support-plan.json"
    ))
    .unwrap();
    let key = keeper.with(|d| d.signing_key()).unwrap();
    let signed = sds_domain::signing::signed_plan::sign(
        &plan,
        &rules,
        &[sds_domain::signing::signed_plan::Signer {
            name: "Joan Smith".to_owned(),
            role: sds_domain::signing::signed_plan::SignerRole::Person,
            text: "I agree.".to_owned(),
        }],
        "en-GB",
        clock::now().unwrap(),
        &key,
    )
    .unwrap();
    let mut kept = keeper.with(|d| d.sent("browser-test")).unwrap();
    assert!(kept.entries.is_empty());
    kept.add(&signed);
    keeper.with(|d| d.save_sent("browser-test", &kept)).unwrap();
    assert_eq!(keeper.with(|d| d.sent("browser-test")).unwrap(), kept);
    // Signing works the same in the browser as natively: the file verifies.
    let verified = sds_domain::signing::signed_plan::verify(&signed.text, &[&rules]);
    assert!(verified.report.verified(), "{:?}", verified.report.problems);

    store.write("sds.sent.damaged", "{not json").unwrap();
    assert!(keeper.with(|d| d.sent("damaged")).is_err());
    assert_eq!(
        store.read("sds.sent.damaged").unwrap().as_deref(),
        Some("{not json")
    );
    clear_storage(&store);
}

#[wasm_bindgen_test]
fn new_plan_ids_are_random_128_bit_hex() {
    let a = plans::new_id().unwrap();
    let b = plans::new_id().unwrap();
    assert_eq!(a.len(), 32);
    assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a, b);
}

#[wasm_bindgen_test]
fn the_catalogue_loads_and_chooses_wording() {
    compile_in(ENGLISH_SOURCE);
    let text = Text::english();
    assert_eq!(text.get("start-new-plan"), "Start a new plan");
    assert_eq!(
        text.with(
            "what-matters-heading",
            &[("planner", "person".into()), ("name", "Amira".into())]
        ),
        "What matters to you?"
    );
    assert_eq!(
        text.with(
            "what-matters-heading",
            &[("planner", "other".into()), ("name", "Amira".into())]
        ),
        "What matters to Amira?"
    );
    assert_eq!(
        text.with("task-check-to-fix", &[("count", 1.into())]),
        "One thing must be fixed before the plan can be sent."
    );
    assert_eq!(
        text.with("task-check-to-fix", &[("count", 3.into())]),
        "3 things must be fixed before the plan can be sent."
    );
    assert_eq!(text.get("no-such-key"), "no-such-key");
}

mod components {
    use super::*;
    use sds_domain::plan::checks::{Place, Section};
    use sds_domain::plan::field::Field;
    use sds_domain::rules::allocation::Budget;
    use std::cell::RefCell;
    use support_planner::components::budget_panel::BudgetPanel;
    use support_planner::components::fields::MoneyField;
    use support_planner::pages::check::fix_location;
    use yew::prelude::*;
    use yew_router::Routable;

    #[derive(Properties, PartialEq)]
    struct HarnessProps {
        children: Html,
    }

    /// What every component expects around it: the catalogue and the rule set.
    #[function_component]
    fn Harness(props: &HarnessProps) -> Html {
        let text = use_memo((), |_| {
            compile_in(ENGLISH_SOURCE);
            Rc::new(Text::english())
        });
        let rules = use_memo((), |_| Rc::new(RuleSet::load(RULES).unwrap()));
        html! {
            <ContextProvider<Rc<Text>> context={(*text).clone()}>
                <ContextProvider<Rc<RuleSet>> context={(*rules).clone()}>
                    { props.children.clone() }
                </ContextProvider<Rc<RuleSet>>>
            </ContextProvider<Rc<Text>>>
        }
    }

    async fn mount(html: Html) -> Element {
        #[derive(Properties, PartialEq)]
        struct Wrap {
            inner: Html,
        }
        #[function_component]
        fn Root(props: &Wrap) -> Html {
            html! { <Harness>{ props.inner.clone() }</Harness> }
        }
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<Root>::with_root_and_props(root.clone(), Wrap { inner: html }).render();
        yew::platform::time::sleep(Duration::from_millis(30)).await;
        root
    }

    fn budget(weekly: i64) -> Budget {
        Budget {
            weekly_minor: weekly,
            annual_minor: weekly * 52,
            carers_allocation: None,
            panel: false,
            step_values: Vec::new(),
            unanswered: vec!["washing".into()],
        }
    }

    #[wasm_bindgen_test]
    async fn the_budget_panel_says_over_budget_in_words() {
        let over = mount(
            html! { <BudgetPanel budget={budget(25_056)} planned_weekly_minor={Some(30_000)} /> },
        )
        .await;
        let shown = over.text_content().unwrap();
        assert!(
            shown.contains("£250.56 a week (£13,029.12 a year)"),
            "{shown}"
        );
        assert!(shown.contains("Over budget by £49.44 a week"), "{shown}");
        assert!(
            shown.contains("One question is not answered yet"),
            "{shown}"
        );
        let status = over
            .query_selector(".app-budget-panel [role=status]")
            .unwrap()
            .unwrap();
        assert_eq!(
            status.text_content().as_deref(),
            Some("Over budget by £49.44 a week")
        );
        let within = mount(
            html! { <BudgetPanel budget={budget(25_056)} planned_weekly_minor={Some(20_000)} /> },
        )
        .await;
        let shown = within.text_content().unwrap();
        assert!(shown.contains("Left to plan£50.56 a week"), "{shown}");
        let status = within.query_selector("[role=status]").unwrap().unwrap();
        assert_eq!(
            status.text_content().as_deref(),
            Some("Left to plan: £50.56 a week")
        );
        assert!(!shown.contains("Over budget"), "{shown}");
        over.remove();
        within.remove();
    }

    #[wasm_bindgen_test]
    async fn the_budget_panel_adds_what_the_person_and_the_council_pay_once_said() {
        use sds_domain::signing::signed_plan::{ContributionFigures, PersonalBudgetFigures};
        let figures = |contribution, council: Option<i64>| PersonalBudgetFigures {
            cost_weekly_minor: 25_056,
            cost_yearly_minor: 25_056 * 52,
            contribution,
            council_weekly_minor: council,
            council_yearly_minor: council.map(|weekly| weekly * 52),
            direct_payment: None,
        };
        let assessed = mount(html! {
            <BudgetPanel budget={budget(25_056)} personal={Some(figures(ContributionFigures::Assessed {
                weekly_minor: 4_250, yearly_minor: 4_250 * 52, letter_dated: None,
            }, Some(20_806)))} />
        })
        .await;
        let shown = assessed.text_content().unwrap();
        assert!(shown.contains("Contribution£42.50 a week"), "{shown}");
        assert!(
            shown.contains("Paid by the council£208.06 a week"),
            "{shown}"
        );
        let not_yet = mount(html! {
            <BudgetPanel budget={budget(25_056)} personal={Some(figures(ContributionFigures::NotAssessedYet, None))} />
        })
        .await;
        let shown = not_yet.text_content().unwrap();
        assert!(shown.contains("ContributionNot assessed yet"), "{shown}");
        assert!(
            shown.contains("Paid by the councilNot known until the financial assessment"),
            "{shown}"
        );
        // Nothing said, nothing shown: never a contribution of nothing.
        let unsaid = mount(html! {
            <BudgetPanel budget={budget(25_056)} personal={Some(figures(ContributionFigures::NotStated, None))} />
        })
        .await;
        assert!(!unsaid.text_content().unwrap().contains("Contribution"));
        for root in [assessed, not_yet, unsaid] {
            root.remove();
        }
    }

    #[wasm_bindgen_test]
    async fn money_entry_gives_pence_and_refuses_what_is_not_money() {
        let seen: Rc<RefCell<Vec<Option<i64>>>> = Rc::default();
        let onchange = {
            let seen = seen.clone();
            Callback::from(move |value: Option<i64>| seen.borrow_mut().push(value))
        };
        let root = mount(html! {
            <MoneyField id="rate" label="Rate" value={Some(1550)} minor_digits={2} {onchange} />
        })
        .await;
        let input: web_sys::HtmlInputElement = root
            .query_selector("#rate")
            .unwrap()
            .unwrap()
            .unchecked_into();
        assert_eq!(input.value(), "15.50");
        let type_in = |text: &str| {
            input.set_value(text);
            input
                .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
                .unwrap();
        };
        type_in("£1,234.5");
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        type_in("12.5p");
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        // What is not an amount leaves the plan with no amount, never the old one.
        assert_eq!(*seen.borrow(), vec![Some(123_450), None]);
        assert!(
            root.query_selector("#rate-error").unwrap().is_none(),
            "no error while typing"
        );
        input
            .dispatch_event(&web_sys::FocusEvent::new("blur").unwrap())
            .unwrap();
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        let error = root
            .query_selector("#rate-error")
            .unwrap()
            .expect("an error once the box is left");
        assert!(error
            .text_content()
            .unwrap()
            .contains("Enter an amount of money"));
        assert_eq!(
            input.get_attribute("aria-describedby").as_deref(),
            Some("rate-error")
        );
        root.remove();
    }

    #[wasm_bindgen_test]
    fn findings_lead_to_their_fields() {
        let plan = sds_domain::plan::stored::read_plan(include_str!(
            "../docs/examples/joan-support-plan.json"
        ))
        .unwrap();
        let place = |section, item: Option<&str>, field| Place {
            section,
            item: item.map(str::to_owned),
            field,
        };
        let go = |p: Place| {
            let (route, field) = fix_location(&plan, &p);
            (route.to_path(), field)
        };
        let id = &plan.id;
        assert_eq!(
            go(place(Section::Supports, Some("s1"), Some(Field::Category))),
            (
                format!("/plans/{id}/supports/s1"),
                Some("s1-category".to_owned())
            )
        );
        assert_eq!(
            go(place(Section::Supports, None, Some(Field::Contingency))),
            (
                format!("/plans/{id}/supports"),
                Some("contingency".to_owned())
            )
        );
        assert_eq!(
            go(place(Section::Review, None, Some(Field::ReviewDate))),
            (
                format!("/plans/{id}/action-plan"),
                Some("review_date".to_owned())
            )
        );
        assert_eq!(
            go(place(
                Section::ManagingTheMoney,
                None,
                Some(Field::NomineeAgreed)
            )),
            (
                format!("/plans/{id}/managing-money"),
                Some("nominee_agreed".to_owned())
            )
        );
        assert_eq!(
            go(place(
                Section::Outcomes,
                Some("o2"),
                Some(Field::HowWeWillKnow)
            )),
            (
                format!("/plans/{id}/outcomes"),
                Some("o2-how_we_will_know".to_owned())
            )
        );
        assert_eq!(
            go(place(Section::YourMoney, None, None)),
            (format!("/plans/{id}/budget"), None)
        );
    }
}

#[wasm_bindgen_test]
async fn a_catalogue_that_cannot_be_fetched_is_said_and_english_needs_no_network() {
    compile_in(ENGLISH_SOURCE);
    // The test runner serves no catalogues beside it: as a device offline before Welsh was ever
    // kept does not have them.
    let Err(not_loaded) = support_planner::i18n::load("cy").await else {
        panic!("Welsh arrived from nowhere");
    };
    assert_eq!(not_loaded.language.tag, "cy");
    assert!(
        not_loaded.reason.starts_with("locales/cy-") && not_loaded.reason.contains(".ftl"),
        "{}",
        not_loaded.reason
    );
    for tag in ["en-GB", "en-XA", "fr"] {
        let text = support_planner::i18n::load(tag).await.unwrap();
        assert!(text.language().starts_with("en-"), "{tag}");
    }
}

#[wasm_bindgen_test]
fn the_language_chosen_is_remembered_and_set_on_the_page() {
    use support_planner::language::{apply_to_page, remember, starting_language};
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    remember("ur");
    assert_eq!(starting_language(), "ur");
    // Urdu's catalogue as the app fetches it from beside itself.
    let urdu = Language::find("ur").unwrap();
    let source = include_str!("../locales/ur.ftl").to_owned();
    apply_to_page(&Text::from(Catalogue::from_source(urdu, source).unwrap()));
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ur"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    // A language the app does not have is not kept to: the browser's or English is used.
    storage.set_item("sds.language", "fr").unwrap();
    assert_ne!(starting_language(), "fr");
    apply_to_page(&Text::english());
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
    storage.remove_item("sds.language").unwrap();
}
