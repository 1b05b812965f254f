//! Golden tests: the two sample rule sets in static/rules give exactly the amounts worked out by
//! hand in docs/rule-sets.md for their example answers, and broken copies give located errors.

use sds_domain::rules::allocation::{Because, Budget, Explanation, StepValue};
use sds_domain::rules::answers::Answers;
use sds_domain::rules::RuleSet;
use sds_domain::wording::Catalogue;
use serde_json::{json, Value};

fn english() -> Catalogue {
    Catalogue::english().unwrap()
}

fn sentence(because: &Because) -> String {
    english().message(&because.sentence())
}

fn sample(name: &str) -> String {
    let path = format!("{}/../../static/rules/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn budget_for(rules: &str, answers: &str) -> (RuleSet, Budget, Explanation) {
    let rules = RuleSet::load(&sample(rules)).unwrap_or_else(|p| panic!("{p:#?}"));
    let answers = Answers::from_json(&sample(answers)).unwrap();
    let (budget, explanation) = rules.explain(&answers).unwrap();
    // The fast path gives the same figures as the explained one.
    assert_eq!(rules.budget(&answers).unwrap(), budget);
    (rules, budget, explanation)
}

fn shown(explanation: &Explanation) -> Vec<(String, String)> {
    explanation
        .steps
        .iter()
        .map(|s| (s.id.clone(), english().say(&s.shown)))
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn points_sample_gives_the_hand_worked_budget() {
    let (rules, budget, explanation) = budget_for(
        "northshire-points-2026.json",
        "northshire-points-2026.example-answers.json",
    );
    assert_eq!(rules.question_count(), 27);
    assert_eq!(rules.file().questionnaire.len(), 9);
    assert_eq!(
        shown(&explanation),
        pairs(&[
            ("need_points", "49 points"),
            ("price_per_point", "£5.80"),
            ("need_amount", "£284.20"),
            ("informal_reduction", "10%"),
            ("after_informal_support", "£255.78"),
            ("eligible", "Yes"),
            ("indicative_budget", "£255.78"),
            ("carer_amount", "£0.00"),
        ])
    );
    assert_eq!(budget.weekly_minor, 25578);
    assert_eq!(budget.annual_minor, 1_330_056);
    assert_eq!(budget.carers_allocation, Some((0, 0)));
    assert!(!budget.panel);
    assert!(budget.unanswered.is_empty());
    assert_eq!(
        english().message(&explanation.conversion),
        "£255.78 a week × 52 weeks = £13,300.56 a year (rounded to the nearest £0.01, halves rounded up)."
    );
    let first: Vec<String> = explanation.steps[0].because.iter().map(sentence).collect();
    assert_eq!(
        first.len(),
        21,
        "one line per answered question that scores points"
    );
    assert_eq!(
        first[0],
        "You need help with some parts of washing: 5 points."
    );
    assert_eq!(
        first[12],
        "Activities you would like support with: Clubs or groups; A place of worship: 3 points."
    );
    let reduction: Vec<String> = explanation.steps[3].because.iter().map(sentence).collect();
    assert_eq!(
        reduction,
        vec!["Family or friends give you some support: 10% less."]
    );
}

#[test]
fn components_sample_gives_the_hand_worked_budget() {
    let (rules, budget, explanation) = budget_for(
        "northshire-components-2026.json",
        "northshire-components-2026.example-answers.json",
    );
    assert_eq!(rules.question_count(), 26);
    assert_eq!(rules.file().questionnaire.len(), 9);
    assert_eq!(
        shown(&explanation),
        pairs(&[
            ("care_hours", "23.5 hours a week"),
            ("double_up", "9 hours a week"),
            ("family_hours_used", "10 hours a week"),
            ("paid_care_hours", "22.5 hours a week"),
            ("care_rate", "£24.50"),
            ("care_cost", "£551.25"),
            ("supervision_hours", "3.5 hours a week"),
            ("support_hours", "25 hours a week"),
            ("support_rate", "£19.20"),
            ("support_cost", "£480.00"),
            ("night_cost", "£190.00"),
            ("transport", "£30.00"),
            ("total", "£1,251.25"),
            ("indicative_budget", "£1,251.25"),
            ("carer_amount", "£25.00"),
        ])
    );
    assert_eq!(budget.weekly_minor, 125_125);
    // 1251.25 × 52.143 = 65243.92875, to the nearest penny.
    assert_eq!(budget.annual_minor, 6_524_393);
    // 25 × 52.143 = 1303.575: exactly half a penny, so half-to-even gives 1303.58.
    assert_eq!(budget.carers_allocation, Some((2500, 130_358)));
    assert!(!budget.panel);
    assert!(budget.unanswered.is_empty());
    assert_eq!(
        explanation.steps[13].value,
        StepValue::Money("1251.25".parse().unwrap())
    );
}

#[test]
fn unanswered_questions_are_listed_for_the_samples() {
    let rules = RuleSet::load(&sample("northshire-points-2026.json")).unwrap();
    let budget = rules.budget(&Answers::default()).unwrap();
    assert_eq!(
        budget.weekly_minor, 0,
        "no needs known yet, so not eligible yet"
    );
    // lives_alone and work_or_learning are unanswered, so the questions that depend on them are
    // not asked yet and not listed.
    assert_eq!(budget.unanswered.len(), 25);
    assert!(!budget.unanswered.contains(&"checking_in".to_owned()));
}

#[test]
fn questions_come_and_go_with_the_answers_they_depend_on() {
    let rules = RuleSet::load(&sample("northshire-points-2026.json")).unwrap();
    let asked = |answers: &str| {
        rules
            .asked_questions(&Answers::from_json(answers).unwrap())
            .unwrap()
    };
    let none = asked("{}");
    assert_eq!(none.len(), 25);
    assert!(!none.contains(&"checking_in".to_owned()));
    let alone = asked(r#"{"lives_alone": true}"#);
    assert_eq!(alone.len(), 26);
    let position = alone.iter().position(|q| q == "checking_in").unwrap();
    assert_eq!(alone[position - 1], "contact");
}

#[test]
fn high_needs_reach_the_panel_and_the_cap() {
    let rules = RuleSet::load(&sample("northshire-points-2026.json")).unwrap();
    let mut answers: Value =
        serde_json::from_str(&sample("northshire-points-2026.example-answers.json")).unwrap();
    for (question, option) in [
        ("washing", "all"),
        ("toilet", "all"),
        ("mobility", "hoist"),
        ("night", "every_night"),
        ("behaviour", "high"),
        ("risk_at_home", "high"),
        ("mental_health", "often"),
        ("getting_out", "all"),
        ("everyday_decisions", "all"),
        ("informal_support", "none"),
        ("dressing", "all"),
        ("eating", "help"),
        ("medication", "given"),
        ("checking_in", "several"),
        ("contact", "rarely"),
        ("travel", "all"),
        ("work_support", "lots"),
        ("daily_structure", "lots"),
        ("money_management", "all"),
        ("communication", "all"),
    ] {
        answers[question] = json!(option);
    }
    answers["work_or_learning"] = json!(true);
    answers["activities"] = json!(["clubs", "sport", "faith", "volunteering"]);
    answers["carer_hours"] = json!(40);
    answers["carer_coping"] = json!("struggling");
    let (budget, explanation) = rules
        .explain(&Answers::from_json(&answers.to_string()).unwrap())
        .unwrap();
    // Every need at its highest: 125 points × £5.80 = £725, above the £600 panel threshold.
    assert_eq!(english().say(&explanation.steps[0].shown), "125 points");
    assert_eq!(english().say(&explanation.steps[4].shown), "£725.00");
    assert!(budget.panel);
    assert_eq!(budget.weekly_minor, 70_000, "capped at £700");
    assert_eq!(budget.carers_allocation, Some((4000, 208_000)));
}

/// Every documented way of breaking a sample gives a problem that names where it is.
#[test]
fn broken_copies_give_located_specific_errors() {
    for name in [
        "northshire-points-2026.json",
        "northshire-components-2026.json",
    ] {
        let mut value: Value = serde_json::from_str(&sample(name)).unwrap();
        value["allocation"]["steps"][2]["value"] = json!("need_pionts * 2");
        value["questionnaire"][0]["questions"][0]["options"][1]["attributes"] =
            json!({ "pointz": 1 });
        value["allocation"]["amount"] = json!("budget");
        value["spending"]["price_list"][0]["category"] = json!("personal");
        let text = serde_json::to_string_pretty(&value).unwrap();
        let problems = RuleSet::load(&text).unwrap_err();
        assert!(problems.len() >= 4, "{name}: {problems:#?}");
        for problem in &problems {
            assert!(problem.line.is_some(), "{name}: {problem}");
            assert!(!problem.path.is_empty(), "{name}: {problem}");
        }
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for wanted in [
            "allocation.steps[2].value: at character 1: there is no question, domain, step or table called 'need_pionts'",
            "questionnaire[0].questions[0].options[1].attributes.pointz: 'pointz' is not a declared attribute",
            "allocation.amount: there is no step called 'budget'",
            "spending.price_list[0].category: there is no category 'personal'",
        ] {
            assert!(shown.iter().any(|p| p.contains(wanted)), "{name}: missing {wanted:?} in {shown:#?}");
        }
    }
}

#[test]
fn samples_survive_serialise_and_parse_with_the_same_hash() {
    for name in [
        "northshire-points-2026.json",
        "northshire-components-2026.json",
    ] {
        let rules = RuleSet::load(&sample(name)).unwrap();
        let written = serde_json::to_string(rules.file()).unwrap();
        let again = RuleSet::load(&written).unwrap();
        assert_eq!(again.file(), rules.file());
        assert_eq!(again.content_hash(), rules.content_hash());
    }
}
