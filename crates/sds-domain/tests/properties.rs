//! Property tests of rule sets and the allocation engine.

use proptest::prelude::*;
use rust_decimal::Decimal;
use sds_domain::rules::allocation::{BudgetError, StepValue};
use sds_domain::rules::answers::{Answer, Answers};
use sds_domain::rules::format::QuestionType;
use sds_domain::rules::RuleSet;
use serde_json::{json, Value};

fn sample(name: &str) -> String {
    let path = format!("{}/../../static/rules/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

const POINTS: &str = "northshire-points-2026.json";
const COMPONENTS: &str = "northshire-components-2026.json";

/// Turns one random number per question into a valid answer (or no answer).
fn answers_from(rules: &RuleSet, seeds: &[u64]) -> Answers {
    let mut answers = Answers::default();
    for (question, seed) in rules.questions().zip(seeds) {
        if seed % 7 == 0 {
            continue; // left unanswered
        }
        let pick = (seed / 7) as usize;
        let answer = match question.kind {
            QuestionType::SingleChoice => {
                Answer::Option(question.options[pick % question.options.len()].id.clone())
            }
            QuestionType::MultipleChoice => Answer::Options(
                question
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| pick >> i & 1 == 1)
                    .map(|(_, o)| o.id.clone())
                    .collect(),
            ),
            QuestionType::YesNo => Answer::YesNo(pick % 2 == 0),
            QuestionType::WholeNumber | QuestionType::Money => {
                let scale = if question.kind == QuestionType::Money {
                    100
                } else {
                    1
                };
                let to_i64 = |d: Decimal| {
                    (d * Decimal::from(scale))
                        .trunc()
                        .to_string()
                        .parse::<i64>()
                        .unwrap()
                };
                let (min, max) = (
                    to_i64(question.min.unwrap().0),
                    to_i64(question.max.unwrap().0),
                );
                Answer::Number(min + (pick as i64).rem_euclid(max - min + 1))
            }
        };
        answers.0.insert(question.id.clone(), answer);
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn points_budget_is_deterministic_and_within_floor_and_cap(seeds in prop::collection::vec(any::<u64>(), 27)) {
        let rules = RuleSet::load(&sample(POINTS)).unwrap();
        let answers = answers_from(&rules, &seeds);
        let first = rules.budget(&answers).unwrap();
        let again = RuleSet::load(&serde_json::to_string(rules.file()).unwrap()).unwrap().budget(&answers).unwrap();
        prop_assert_eq!(&first, &again);
        // Not eligible gives nothing; otherwise between the £75 floor and the £700 cap.
        prop_assert!(first.weekly_minor == 0 || (7_500..=70_000).contains(&first.weekly_minor));
        prop_assert_eq!(first.annual_minor, first.weekly_minor * 52);
    }

    #[test]
    fn components_budget_is_within_its_cap(seeds in prop::collection::vec(any::<u64>(), 26)) {
        let rules = RuleSet::load(&sample(COMPONENTS)).unwrap();
        let (budget, explanation) = rules.explain(&answers_from(&rules, &seeds)).unwrap();
        prop_assert!((0..=250_000).contains(&budget.weekly_minor));
        let total = match explanation.steps[12].value {
            StepValue::Money(total) => total,
            other => panic!("{other:?}"),
        };
        prop_assert_eq!(budget.panel, total > Decimal::from(1500));
    }

    #[test]
    fn changed_numbers_survive_serialise_and_parse_with_the_same_hash(points in prop::collection::vec(-1000i64..1000, 4), cents in 0u32..100) {
        let mut value: Value = serde_json::from_str(&sample(POINTS)).unwrap();
        let options = value["questionnaire"][0]["questions"][0]["options"].as_array_mut().unwrap();
        for (option, p) in options.iter_mut().zip(&points) {
            option["attributes"]["points"] = json!(format!("{p}.{cents:02}"));
        }
        if let Ok(rules) = RuleSet::load(&value.to_string()) {
            let again = RuleSet::load(&serde_json::to_string_pretty(rules.file()).unwrap()).unwrap();
            prop_assert_eq!(again.file(), rules.file());
            prop_assert_eq!(again.content_hash(), rules.content_hash());
        }
    }

    /// Any text at all either loads or gives problems: never a panic.
    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = RuleSet::load(&text);
        let _ = Answers::from_json(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = RuleSet::load(&text);
        let _ = Answers::from_json(&text);
    }

    /// A sample with one value anywhere replaced by something else loads or gives problems
    /// with locations: never a panic, and never a problem without a place.
    #[test]
    fn damaged_samples_give_located_problems(pick in any::<u64>(), replacement in prop_oneof![
        Just(json!(null)), Just(json!(-1)), Just(json!("")), Just(json!("x + ")), Just(json!([])),
        Just(json!({})), Just(json!(1e300)), Just(json!("999999999999999999999999999999")),
        Just(json!(true)), Just(json!("if")),
    ]) {
        let mut value: Value = serde_json::from_str(&sample(COMPONENTS)).unwrap();
        let mut slots = Vec::new();
        collect_paths(&value, String::new(), &mut slots);
        let target = &slots[(pick as usize) % slots.len()];
        if let Some(slot) = value.pointer_mut(target) {
            *slot = replacement;
        }
        if let Err(problems) = RuleSet::load(&serde_json::to_string_pretty(&value).unwrap()) {
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(problem.line.is_some(), "{}", problem);
            }
        }
    }

    /// The checker's promise: an expression that loads can be evaluated for every possible set
    /// of answers, with no division by zero, no missed band and no overflow.
    #[test]
    fn expressions_that_load_always_evaluate(expression in number_expression(), seeds in prop::collection::vec(any::<u64>(), 6)) {
        let rules_json = small_rule_set(&expression);
        if let Ok(rules) = RuleSet::load(&rules_json.to_string()) {
            let answers = answers_from(&rules, &seeds);
            match rules.budget(&answers) {
                Ok(_) => {}
                Err(BudgetError::Overflow(message)) => prop_assert!(false, "{expression}: {message}"),
                Err(BudgetError::Answers(problems)) => prop_assert!(false, "{problems:?}"),
            }
        }
    }
}

/// Random well-formed number expressions over the small rule set's questions.
fn number_expression() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("num".to_owned()),
        Just("cash".to_owned()),
        Just("choice.points".to_owned()),
        Just("care.points".to_owned()),
        Just("multi.points".to_owned()),
        Just("0".to_owned()),
        Just("1".to_owned()),
        Just("0.5".to_owned()),
        Just("1000".to_owned()),
        Just("2.5".to_owned()),
    ];
    leaf.prop_recursive(4, 24, 2, |inner| {
        let pair = (inner.clone(), inner.clone());
        prop_oneof![
            (
                pair.clone(),
                prop_oneof![Just("+"), Just("-"), Just("*"), Just("/")]
            )
                .prop_map(|((a, b), op)| format!("({a} {op} {b})")),
            inner.clone().prop_map(|a| format!("-({a})")),
            pair.clone().prop_map(|(a, b)| format!("max({a}, {b})")),
            pair.clone().prop_map(|(a, b)| format!("min({a}, {b}, 5)")),
            pair.clone().prop_map(|(a, b)| format!("sum({a}, {b})")),
            inner.clone().prop_map(|a| format!("clamp({a}, -10, 10)")),
            inner.clone().prop_map(|a| format!("round({a}, 0.01)")),
            inner.clone().prop_map(|a| format!("floor({a}, 0.5)")),
            inner.clone().prop_map(|a| format!("ceil({a}, 3)")),
            inner.clone().prop_map(|a| format!("lookup(bands, {a})")),
            inner.clone().prop_map(|a| format!("({a}) ^ 2")),
            inner
                .clone()
                .prop_map(|a| format!("max({a}, 1) / max({a}, 2)")),
            pair.prop_map(|(a, b)| format!("(if {a} > {b} or yes then {a} else {b})")),
        ]
    })
}

fn collect_paths(value: &Value, path: String, out: &mut Vec<String>) {
    out.push(path.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                collect_paths(
                    child,
                    format!("{path}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_paths(child, format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn small_rule_set(expression: &str) -> Value {
    json!({
        "format": "sds-rule-set", "format_version": 1, "id": "p", "title": "P", "council": "C",
        "version": "1", "effective_from": "2026-04-01", "currency": { "code": "GBP", "minor_digits": 2 },
        "weeks_per_year": 52, "rounding": { "unit": "0.01", "mode": "half_even" },
        "attributes": { "points": { "unit": "points" } },
        "questionnaire": [{ "id": "care", "title": "Care", "questions": [
            { "id": "choice", "text": "?", "type": "single_choice", "options": [
                { "id": "a", "label": "A", "attributes": { "points": 0 } },
                { "id": "b", "label": "B", "attributes": { "points": "-2.5" } },
                { "id": "c", "label": "C", "attributes": { "points": 40 } }]},
            { "id": "multi", "text": "?", "type": "multiple_choice", "options": [
                { "id": "x", "label": "X", "attributes": { "points": 3 } },
                { "id": "y", "label": "Y", "attributes": { "points": -7 } }]},
            { "id": "yes", "text": "?", "type": "yes_no" },
            { "id": "num", "text": "?", "type": "whole_number", "min": -5, "max": 1000 },
            { "id": "cash", "text": "?", "type": "money", "min": "0.01", "max": 999 }
        ]}],
        "tables": { "bands": { "bands": [{ "from": -1_000_000_000_000_i64, "value": 1 }, { "from": 0, "value": 2 }, { "from": 10, "value": 3 }] } },
        "allocation": { "period": "weekly", "steps": [
            { "id": "x", "label": "X", "format": "number", "value": expression },
            { "id": "amount", "label": "Amount", "format": "money", "value": "0" }
        ], "amount": "amount" },
        "spending": { "categories": [{ "id": "c", "name": "C", "flexible": true }], "minimum_contingency_percent": 0,
            "management_options": ["council_managed"] }
    })
}
