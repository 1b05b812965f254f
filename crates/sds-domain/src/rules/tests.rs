//! Tests of loading, checking and evaluating rule sets, on a small rule set built for the purpose.

use super::allocation::{Because, StepValue};
use super::answers::Answers;
use super::{RuleProblem, RuleSet, WordsAt};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// A small but complete rule set: one of each question type, a condition, a band table.
fn base() -> Value {
    json!({
        "format": "sds-rule-set",
        "format_version": 1,
        "id": "test-rules",
        "title": "Test rules",
        "council": "Test Council",
        "version": "1",
        "effective_from": "2026-04-01",
        "currency": { "code": "GBP", "minor_digits": 2 },
        "weeks_per_year": 52,
        "rounding": { "unit": "0.01", "mode": "half_up" },
        "attributes": { "points": { "unit": "points" }, "hours": { "unit": "hours a week" } },
        "questionnaire": [
            { "id": "care", "title": "Care", "questions": [
                { "id": "choice", "text": "How much help?", "summary": "Help", "type": "single_choice", "options": [
                    { "id": "none", "label": "None", "attributes": { "points": 0 } },
                    { "id": "some", "label": "Some", "told_us": "You need some help", "attributes": { "points": 5, "hours": 2.5 } },
                    { "id": "lots", "label": "Lots", "attributes": { "points": 10 } }
                ]},
                { "id": "multi", "text": "Which?", "type": "multiple_choice", "options": [
                    { "id": "a", "label": "A", "attributes": { "points": 1 } },
                    { "id": "b", "label": "B", "attributes": { "points": 2 } },
                    { "id": "c", "label": "C", "attributes": { "points": -1 } }
                ]},
                { "id": "yes", "text": "Yes or no?", "type": "yes_no" },
                { "id": "num", "text": "How many?", "type": "whole_number", "min": 0, "max": 100, "unit": "hours" },
                { "id": "cash", "text": "How much?", "type": "money", "min": 0, "max": 500 }
            ]},
            { "id": "more", "title": "More", "questions": [
                { "id": "cond", "text": "Only if yes", "type": "single_choice", "asked_when": "yes", "options": [
                    { "id": "x", "label": "X", "attributes": { "points": 3 } },
                    { "id": "y", "label": "Y", "attributes": { "points": 4 } }
                ]}
            ]}
        ],
        "tables": { "bands": { "bands": [
            { "from": 0, "value": 100 }, { "from": 10, "value": 200 }, { "from": 20, "value": "300.5" }
        ]}},
        "allocation": {
            "period": "weekly",
            "steps": [ { "id": "amount", "label": "Amount", "format": "money", "value": "0" } ],
            "amount": "amount"
        },
        "spending": {
            "categories": [ { "id": "personal_care", "name": "Personal care", "flexible": false } ],
            "minimum_contingency_percent": 5,
            "management_options": ["direct_payment_person"]
        }
    })
}

fn load(value: &Value) -> Result<RuleSet, Vec<RuleProblem>> {
    RuleSet::load(&serde_json::to_string_pretty(value).unwrap())
}

fn with_steps(steps: Value) -> Value {
    let mut value = base();
    value["allocation"]["steps"] = steps;
    value
}

fn answers(value: Value) -> Answers {
    Answers::from_json(&value.to_string()).unwrap()
}

/// Evaluates a number expression as the budget's only step.
fn eval_with(expression: &str, given: Value) -> Decimal {
    let value = with_steps(json!([
        { "id": "x", "label": "X", "format": "number", "value": expression },
        { "id": "amount", "label": "Amount", "format": "money", "value": "0" }
    ]));
    let rules = load(&value).unwrap_or_else(|p| panic!("{expression}: {p:?}"));
    let (_, explanation) = rules.explain(&answers(given)).unwrap();
    match explanation.steps[0].value {
        StepValue::Number(n) => n,
        other => panic!("{other:?}"),
    }
}

fn eval(expression: &str) -> Decimal {
    eval_with(expression, json!({}))
}

fn truth(expression: &str, given: Value) -> bool {
    eval_with(&format!("if {expression} then 1 else 0"), given) == Decimal::ONE
}

/// The problems loading a step with this expression gives, as text.
fn step_problems(expression: &str) -> Vec<String> {
    let value = with_steps(json!([
        { "id": "x", "label": "X", "format": "number", "value": expression },
        { "id": "amount", "label": "Amount", "format": "money", "value": "0" }
    ]));
    match load(&value) {
        Ok(_) => panic!("{expression} should not load"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn problems_of(value: &Value) -> Vec<String> {
    match load(value) {
        Ok(_) => panic!("should not load"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn arithmetic_is_exact() {
    assert_eq!(eval("0.1 + 0.2"), d("0.3"));
    assert_eq!(eval("10 - 4 - 3"), d("3"));
    assert_eq!(eval("2.5 * 4"), d("10"));
    assert_eq!(eval("7 / 2"), d("3.5"));
    assert_eq!(eval("-3 + 1"), d("-2"));
    assert_eq!(eval("-2 ^ 2"), d("-4"));
    assert_eq!(eval("(1.5) ^ 3"), d("3.375"));
    assert_eq!(eval("5 ^ 0"), d("1"));
    assert_eq!(eval("2 × 3 ÷ 4 − 1"), d("0.5"));
}

#[test]
fn functions() {
    assert_eq!(eval("min(3, 1, 2)"), d("1"));
    assert_eq!(eval("max(3, 1, 2)"), d("3"));
    assert_eq!(eval("sum(1, 2, 3.5)"), d("6.5"));
    assert_eq!(eval("clamp(5, 0, 3)"), d("3"));
    assert_eq!(eval("clamp(-5, 0, 3)"), d("0"));
    assert_eq!(eval("clamp(2, 0, 3)"), d("2"));
    assert_eq!(eval("round(2.345, 0.01)"), d("2.35"));
    assert_eq!(eval("round(7.3, 0.25)"), d("7.25"));
    assert_eq!(eval("floor(7.99, 0.5)"), d("7.5"));
    assert_eq!(eval("ceil(7.01, 0.5)"), d("7.5"));
    assert_eq!(eval("ceil(-7.01, 1)"), d("-7"));
}

#[test]
fn round_uses_the_rule_sets_mode() {
    let mut value = with_steps(json!([
        { "id": "x", "label": "X", "format": "number", "value": "round(2.5, 1) + round(3.5, 1)" },
        { "id": "amount", "label": "Amount", "format": "money", "value": "0" }
    ]));
    value["rounding"]["mode"] = json!("half_even");
    let (_, explanation) = load(&value).unwrap().explain(&Answers::default()).unwrap();
    assert_eq!(explanation.steps[0].value, StepValue::Number(d("6")));
    value["rounding"]["mode"] = json!("down");
    let (_, explanation) = load(&value).unwrap().explain(&Answers::default()).unwrap();
    assert_eq!(explanation.steps[0].value, StepValue::Number(d("5")));
}

#[test]
fn comparisons_and_logic() {
    let none = || json!({});
    assert!(truth("1 < 2", none()));
    assert!(truth("2 <= 2", none()));
    assert!(!truth("2 > 2", none()));
    assert!(truth("2 >= 2", none()));
    assert!(truth("2 = 2.0", none()));
    assert!(truth("2 != 3", none()));
    assert!(truth("true = true", none()));
    assert!(truth("not false and (false or true)", none()));
    assert!(!truth("true and false", none()));
    assert_eq!(eval("if 1 > 2 then 10 else 20"), d("20"));
}

#[test]
fn answers_attributes_and_choices() {
    let given = || json!({ "choice": "some", "multi": ["a", "c"], "yes": true, "num": 7, "cash": 2550, "cond": "y" });
    assert_eq!(eval_with("choice.points", given()), d("5"));
    assert_eq!(eval_with("choice.hours", given()), d("2.5"));
    assert_eq!(eval_with("multi.points", given()), d("0"));
    assert_eq!(eval_with("care.points", given()), d("5"));
    assert_eq!(eval_with("more.points", given()), d("4"));
    assert_eq!(eval_with("num * 2", given()), d("14"));
    assert_eq!(eval_with("cash", given()), d("25.50"));
    assert!(truth("yes", given()));
    assert!(truth("chosen(choice, some)", given()));
    assert!(!truth("chosen(choice, lots)", given()));
    assert!(truth("chosen(multi, c) and not chosen(multi, b)", given()));
}

#[test]
fn unanswered_questions_count_as_nothing_and_are_listed() {
    let value = with_steps(json!([
        { "id": "x", "label": "X", "format": "number", "value": "choice.points + num + cash" },
        { "id": "amount", "label": "Amount", "format": "money", "value": "0" }
    ]));
    let rules = load(&value).unwrap();
    let (budget, explanation) = rules.explain(&answers(json!({ "num": 3 }))).unwrap();
    assert_eq!(explanation.steps[0].value, StepValue::Number(d("3")));
    // "cond" is not asked (yes is unanswered, so false), so it is not listed.
    assert_eq!(budget.unanswered, vec!["choice", "multi", "yes", "cash"]);
    assert!(!budget.is_complete());
    let sentences: Vec<String> = explanation.steps[0]
        .because
        .iter()
        .map(|b| english().message(&b.sentence()))
        .collect();
    assert!(
        sentences.contains(
            &"Help: not answered yet, so it counts as nothing until it is: 0 points.".to_owned()
        ),
        "{sentences:?}"
    );
    assert!(
        sentences.contains(&"How many?: 3 hours.".to_owned()),
        "{sentences:?}"
    );
}

#[test]
fn a_question_not_asked_is_ignored_even_if_answered() {
    let given = json!({ "yes": false, "cond": "y" });
    assert_eq!(eval_with("more.points", given.clone()), d("0"));
    let value = with_steps(json!([
        { "id": "x", "label": "X", "format": "number", "value": "more.points" },
        { "id": "amount", "label": "Amount", "format": "money", "value": "0" }
    ]));
    let (budget, explanation) = load(&value).unwrap().explain(&answers(given)).unwrap();
    assert!(
        explanation.steps[0].because.is_empty(),
        "not-asked questions are not explained"
    );
    assert!(!budget.unanswered.contains(&"cond".to_owned()));
}

#[test]
fn band_edges() {
    let at = |n: i64| eval_with("lookup(bands, num)", json!({ "num": n }));
    assert_eq!(at(0), d("100"));
    assert_eq!(at(9), d("100"));
    assert_eq!(at(10), d("200"));
    assert_eq!(at(19), d("200"));
    assert_eq!(at(20), d("300.5"));
    assert_eq!(at(100), d("300.5"));
}

#[test]
fn steps_use_earlier_steps_and_explain_them() {
    let value = with_steps(json!([
        { "id": "pts", "label": "Points", "format": "number", "unit": "points", "value": "choice.points" },
        { "id": "amount", "label": "Amount", "format": "money", "value": "pts * 3.333" }
    ]));
    let (budget, explanation) = load(&value)
        .unwrap()
        .explain(&answers(json!({ "choice": "some" })))
        .unwrap();
    assert_eq!(explanation.steps[1].value, StepValue::Money(d("16.665")));
    assert_eq!(english().say(&explanation.steps[1].shown), "£16.67");
    assert_eq!(budget.weekly_minor, 1667);
    assert_eq!(budget.annual_minor, 86684);
    let said = |b: &Because| english().message(&b.sentence());
    assert_eq!(
        said(&explanation.steps[0].because[0]),
        "You need some help: 5 points."
    );
    assert_eq!(said(&explanation.steps[1].because[0]), "Points: 5 points.");
}

#[test]
fn yearly_rule_sets_derive_the_weekly_figure() {
    let mut value = with_steps(json!([
        { "id": "amount", "label": "Amount", "format": "money", "value": "10000" }
    ]));
    value["allocation"]["period"] = json!("yearly");
    value["weeks_per_year"] = json!("52.143");
    let (budget, explanation) = load(&value).unwrap().explain(&Answers::default()).unwrap();
    assert_eq!(budget.annual_minor, 1_000_000);
    // 10000 / 52.143 = 191.780...
    assert_eq!(budget.weekly_minor, 19178);
    assert!(english()
        .message(&explanation.conversion)
        .starts_with("£10,000.00 a year ÷ 52.143 weeks = £191.78 a week"));
}

#[test]
fn rounding_unit_applies_to_the_budget() {
    let mut value = with_steps(json!([
        { "id": "amount", "label": "Amount", "format": "money", "value": "12.49" }
    ]));
    value["rounding"] = json!({ "unit": "0.5", "mode": "up" });
    let (budget, explanation) = load(&value).unwrap().explain(&Answers::default()).unwrap();
    assert_eq!(budget.weekly_minor, 1250);
    assert_eq!(budget.annual_minor, 65000);
    assert_eq!(
        english().say(&explanation.steps[0].shown),
        "£12.50",
        "the budget step reads as it is paid"
    );
}

#[test]
fn carers_allocation_and_panel() {
    let mut value = with_steps(json!([
        { "id": "amount", "label": "Amount", "format": "money", "value": "num * 10" },
        { "id": "carer", "label": "Carer", "format": "money", "value": "if yes then 20 else 0" }
    ]));
    value["allocation"]["carers_allocation"] = json!("carer");
    value["allocation"]["panel_when"] = json!("amount > 500");
    let rules = load(&value).unwrap();
    let low = rules
        .budget(&answers(json!({ "num": 50, "yes": true })))
        .unwrap();
    assert!(!low.panel);
    assert_eq!(low.carers_allocation, Some((2000, 104000)));
    let high = rules
        .budget(&answers(json!({ "num": 51, "yes": false })))
        .unwrap();
    assert!(high.panel);
    assert_eq!(high.carers_allocation, Some((0, 0)));
}

#[test]
fn answers_are_checked() {
    let rules = load(&base()).unwrap();
    let problems = |given: Value| match rules.budget(&answers(given)) {
        Err(super::allocation::BudgetError::Answers(problems)) => {
            problems.iter().map(ToString::to_string).collect::<Vec<_>>()
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(
        problems(json!({ "nope": 1 })),
        vec!["nope: there is no question with this id in the rule set"]
    );
    assert_eq!(
        problems(json!({ "choice": "huge" })),
        vec!["choice: 'huge' is not one of its options (none, some, lots)"]
    );
    assert_eq!(
        problems(json!({ "multi": ["a", "a"] })),
        vec!["multi: 'a' is chosen twice"]
    );
    assert_eq!(
        problems(json!({ "num": 101 })),
        vec!["num: 101 is outside the range this question accepts (0 to 100)"]
    );
    assert_eq!(
        problems(json!({ "cash": 50001 })),
        vec!["cash: £500.01 is outside the range this question accepts (£0.00 to £500.00)"]
    );
    assert!(problems(json!({ "yes": 1 }))[0].starts_with("yes: this is a yes/no question"));
    assert!(problems(json!({ "choice": ["some"] }))[0]
        .starts_with("choice: this is a single choice question"));
    assert_eq!(
        problems(json!({ "num": 200, "choice": "x" })).len(),
        2,
        "every problem at once"
    );
    assert!(Answers::from_json("[1]").is_err());
    assert!(Answers::from_json("{\"num\": 1.5}").is_err());
    assert!(Answers::from_json("{\"num\": null}").is_err());
    assert!(Answers::from_json("not json").is_err());
}

#[test]
fn expression_errors_are_located_and_specific() {
    let one = |expression: &str| {
        let problems = step_problems(expression);
        assert_eq!(problems.len(), 1, "{expression}: {problems:?}");
        problems[0].clone()
    };
    let p = one("nmu + 1");
    assert!(p.contains("allocation.steps[0].value: at character 1: there is no question, domain, step or table called 'nmu' (did you mean 'num'?)"), "{p}");
    assert!(one("choice + 1").contains("'choice' is a choice question: use choice.ATTRIBUTE"));
    assert!(one("care + 1").contains("'care' is a domain"));
    assert!(one("bands + 1").contains("'bands' is a table: use lookup(bands, VALUE)"));
    assert!(one("choice.pints").contains("there is no attribute 'pints' (did you mean 'points'?)"));
    assert!(one("multi.hours").contains("no option of question 'multi' has the attribute 'hours'"));
    assert!(one("amount + 1").contains("step 'amount' comes later"));
    assert!(one("x + 1").contains("step 'x' cannot use itself"));
    assert!(one("1 + yes").contains("'+' needs a number here, not a yes/no value"));
    assert!(one("if num then 1 else 2").contains("the condition of 'if' needs a yes/no value"));
    assert!(one("if yes then 1 else true")
        .contains("'then' gives a number but 'else' gives a yes/no value"));
    assert!(one("1 = yes").contains("compares two numbers or two yes/no values"));
    assert!(one("yes").contains("gives a yes/no value but must give a number"));
    assert!(one("num / num")
        .contains("this could divide by zero: the divisor can be anything from 0 to 100"));
    assert!(one("num / (num - 50)").contains("could divide by zero"));
    assert!(one("lookup(bands, num - 1)")
        .contains("as low as -1, below the first band of table 'bands' (from 0)"));
    assert!(one("lookup(care, 1)").contains("'care' is not a table"));
    assert!(one("clamp(num, 50, num)")
        .contains("lower limit of clamp(…) could be above its upper limit"));
    assert!(one("round(num, 0)").contains("must be a number written out, more than 0"));
    assert!(one("round(num, num)").contains("must be a number written out"));
    assert!(one("min()").contains("min(…) takes at least 1 values, not 0"));
    assert!(one("clamp(1, 2)").contains("clamp(…) takes 3 values, not 2"));
    assert!(one("average(1, 2)").contains("there is no function 'average'"));
    assert!(one("chosen(choice, huge)").contains("question 'choice' has no option 'huge'"));
    assert!(one("chosen(num, x)").contains("'num' is not a choice question"));
    assert!(one("num ^ 6 * 10000").contains("could grow beyond 1000000000000"));
    assert!(one("1 +").contains("at character 4: expected a number"));
}

#[test]
fn dividing_by_something_that_cannot_be_zero_is_fine() {
    assert_eq!(eval_with("num / max(num, 1)", json!({ "num": 4 })), d("1"));
    assert_eq!(eval_with("100 / (num + 1)", json!({ "num": 3 })), d("25"));
}

#[test]
fn conditions_may_only_use_earlier_answers() {
    let mut value = base();
    value["questionnaire"][0]["questions"][0]["asked_when"] = json!("yes");
    let problems = problems_of(&value);
    assert!(problems[0].contains("questionnaire[0].questions[0].asked_when: at character 1: 'yes' is not asked before this question"), "{problems:?}");
    let mut value = base();
    value["questionnaire"][1]["questions"][0]["asked_when"] = json!("amount > 0");
    assert!(problems_of(&value)[0]
        .contains("'amount' is a step; a question's condition can only use earlier answers"));
    let mut value = base();
    value["questionnaire"][1]["questions"][0]["asked_when"] = json!("num");
    assert!(problems_of(&value)[0].contains("gives a number but must give a yes/no value"));
}

#[test]
fn structural_problems_are_reported_with_path_and_line() {
    let text = serde_json::to_string_pretty(&base())
        .unwrap()
        .replace("\"single_choice\"", "\"one_of\"");
    let problems = RuleSet::load(&text).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "questionnaire[0].questions[0].type");
    assert_eq!(
        problems[0].line,
        Some(text.lines().position(|l| l.contains("one_of")).unwrap() + 1)
    );
    assert!(
        problems[0].message.contains("unknown variant `one_of`"),
        "{}",
        problems[0].message
    );

    let problems = RuleSet::load("{\n  \"format\": \"sds-rule-set\",\n  \"id\": 3\n}").unwrap_err();
    assert_eq!(problems[0].location(), "line 3, id");

    let problems = RuleSet::load("{ \"format\": ").unwrap_err();
    assert_eq!(problems[0].line, Some(1));
    let mut value = base();
    value["spending"]["colour"] = json!("blue");
    assert!(problems_of(&value)[0].contains("unknown field `colour`"));
}

#[test]
fn every_meaning_problem_is_reported_at_once_with_lines() {
    let mut value = base();
    value["format_version"] = json!(2);
    value["id"] = json!("Test Rules");
    value["currency"]["code"] = json!("pounds");
    value["weeks_per_year"] = json!(7);
    value["rounding"]["unit"] = json!("0.001");
    value["questionnaire"][0]["questions"][1]["id"] = json!("choice");
    value["questionnaire"][0]["questions"][3]["min"] = json!(200);
    value["questionnaire"][0]["questions"][0]["options"][0]["attributes"]["pts"] = json!(1);
    value["tables"]["bands"]["bands"][1]["from"] = json!(0);
    value["allocation"]["amount"] = json!("amout");
    value["spending"]["minimum_contingency_percent"] = json!(120);
    value["spending"]["management_options"] = json!(["council_managed", "council_managed"]);
    let text = serde_json::to_string_pretty(&value).unwrap();
    let problems = RuleSet::load(&text).unwrap_err();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let expect = [
        "format_version: is 2; this version of the app reads rule set format version 1",
        "id: must be 1 to 100 lower-case letters",
        "currency.code: \"pounds\" is not an ISO 4217 currency code",
        "weeks_per_year: is 7; it must be from 52 to 53",
        "rounding.unit: is 0.001; it must be a positive whole number of the currency's minor unit (0.01)",
        "questionnaire[0].questions[1].id: 'choice' is already used",
        "questionnaire[0].questions[3].min: is 200, more than max (100)",
        "questionnaire[0].questions[0].options[0].attributes.pts: 'pts' is not a declared attribute",
        "tables.bands.bands[1].from: is 0, but bands must go up",
        "allocation.amount: there is no step called 'amout' (did you mean 'amount'?)",
        "spending.minimum_contingency_percent: must be from 0 to 100",
        "spending.management_options[1]: is listed twice",
    ];
    for wanted in expect {
        assert!(
            shown.iter().any(|p| p.contains(wanted)),
            "missing {wanted:?} in {shown:#?}"
        );
    }
    assert!(problems.iter().all(|p| p.line.is_some()), "{shown:#?}");
    let id_line = text
        .lines()
        .position(|l| l.contains("\"Test Rules\""))
        .unwrap()
        + 1;
    assert!(
        shown
            .iter()
            .any(|p| p.starts_with(&format!("line {id_line}, id:"))),
        "{shown:#?}"
    );
}

#[test]
fn question_shapes_are_checked() {
    let mut value = base();
    let questions = &mut value["questionnaire"][0]["questions"];
    questions[0]["options"] = json!([{ "id": "only", "label": "Only" }]);
    questions[2]["min"] = json!(0);
    questions[3].as_object_mut().unwrap().remove("max");
    questions[4]["max"] = json!("10.001");
    questions[4]["options"] = json!([{ "id": "o", "label": "O" }]);
    let shown = problems_of(&value);
    for wanted in [
        "questionnaire[0].questions[0].options: a single choice question needs at least 2 options",
        "questionnaire[0].questions[2].min: a yes/no question has no limits",
        "questionnaire[0].questions[3]: a whole number question needs \"min\" and \"max\"",
        "questionnaire[0].questions[4].max: has more decimal places than the currency's 2",
        "questionnaire[0].questions[4].options: a money question has no options",
    ] {
        assert!(
            shown.iter().any(|p| p.contains(wanted)),
            "missing {wanted:?} in {shown:#?}"
        );
    }
}

#[test]
fn ids_are_checked() {
    let mut value = base();
    value["questionnaire"][0]["id"] = json!("if");
    value["questionnaire"][0]["questions"][0]["id"] = json!("Has Spaces");
    value["questionnaire"][0]["questions"][0]["options"][1]["id"] = json!("none");
    let shown = problems_of(&value);
    assert!(shown
        .iter()
        .any(|p| p.contains("questionnaire[0].id: 'if' is a word of the expression language")));
    assert!(shown.iter().any(|p| p.contains("questionnaire[0].questions[0].id: the id of a question must start with a lower-case letter")));
    assert!(shown
        .iter()
        .any(|p| p.contains("options[1].id: 'none' is already an option of this question")));
}

#[test]
fn a_budget_or_carers_allocation_that_could_be_negative_is_refused() {
    let value = with_steps(
        json!([{ "id": "amount", "label": "Amount", "format": "money", "value": "num - 10" }]),
    );
    let shown = problems_of(&value);
    assert!(
        shown[0].contains("this amount could be negative (as low as -10)"),
        "{shown:?}"
    );
    let mut value = with_steps(json!([
        { "id": "amount", "label": "Amount", "format": "money", "value": "num" },
        { "id": "carer", "label": "Carer", "format": "money", "value": "num - 50" }
    ]));
    value["allocation"]["carers_allocation"] = json!("carer");
    let shown = problems_of(&value);
    assert!(
        shown[0].starts_with("line ")
            && shown[0].contains(
                "allocation.steps[1].value: this amount could be negative (as low as -50)"
            ),
        "{shown:?}"
    );
}

#[test]
fn rounding_keeps_a_range_that_cannot_go_below_zero() {
    // round(n * 5.8, 0.01) with n ≥ 0 is never negative, so it can be a budget.
    let value = with_steps(
        json!([{ "id": "amount", "label": "Amount", "format": "money", "value": "round(num * 5.8, 0.01)" }]),
    );
    assert!(load(&value).is_ok());
    // A unit so small that dividing by it could overflow is refused when loading.
    let tiny = step_problems("round(num * 1000000000, 0.0000000000000000001)");
    assert!(tiny[0].contains("could grow beyond"), "{tiny:?}");
}

#[test]
fn spending_rules_are_checked() {
    let mut value = base();
    value["spending"]["price_list"] = json!([
        { "code": "A", "name": "A", "category": "personal_cre", "unit": "hour", "price_cap_minor": 0 },
        { "code": "A", "name": "", "category": "personal_care", "unit": "hour" }
    ]);
    value["spending"]["not_allowed"] = json!([{ "id": "personal_care", "name": "Dup" }]);
    value["spending"]["personal_assistant_on_costs"] = json!([{ "name": "NI", "percent": -1 }]);
    let shown = problems_of(&value);
    for wanted in [
        "spending.price_list[0].category: there is no category 'personal_cre' (did you mean 'personal_care'?)",
        "spending.price_list[0].price_cap_minor: must be more than 0",
        "spending.price_list[1].code: 'A' is already used",
        "spending.price_list[1].name: must not be empty",
        "spending.not_allowed[0].id: 'personal_care' is already used",
        "spending.personal_assistant_on_costs[0].percent: must be from 0 to 100",
    ] {
        assert!(shown.iter().any(|p| p.contains(wanted)), "missing {wanted:?} in {shown:#?}");
    }
}

#[test]
fn the_content_hash_ignores_layout_but_not_content() {
    let value = base();
    let compact = RuleSet::load(&value.to_string()).unwrap();
    let pretty = RuleSet::load(&serde_json::to_string_pretty(&value).unwrap()).unwrap();
    assert_eq!(compact.content_hash(), pretty.content_hash());
    assert_eq!(compact.content_hash().len(), 64);
    let mut changed = base();
    changed["questionnaire"][0]["questions"][0]["options"][1]["attributes"]["points"] = json!(6);
    assert_ne!(
        RuleSet::load(&changed.to_string()).unwrap().content_hash(),
        compact.content_hash()
    );
    // "12.50" and 12.5 are the same number, so the same rules.
    let mut a = base();
    a["tables"]["bands"]["bands"][2]["value"] = json!("300.50");
    assert_eq!(
        RuleSet::load(&a.to_string()).unwrap().content_hash(),
        compact.content_hash()
    );
}

/// Each remaining check, one mutation at a time: the problem it gives, and where.
#[test]
fn every_other_check_fires_alone() {
    type Mutation = fn(&mut Value);
    let cases: Vec<(Mutation, &str)> = vec![
        (|v| v["format"] = json!("ras"), "format: is \"ras\"; a rule set file must say \"sds-rule-set\""),
        (|v| v["title"] = json!(" "), "title: must not be empty"),
        (|v| v["council"] = json!(""), "council: must not be empty"),
        (|v| v["version"] = json!(""), "version: must not be empty"),
        (|v| v["currency"]["minor_digits"] = json!(5), "currency.minor_digits: must be from 0 to 4"),
        (|v| v["rounding"]["unit"] = json!(0), "rounding.unit: is 0; it must be a positive whole number"),
        (|v| v["attributes"]["points"]["unit"] = json!(""), "attributes.points.unit: must not be empty"),
        (|v| v["attributes"]["Bad"] = json!({ "unit": "x" }), "attributes.Bad: the id of an attribute must start"),
        (|v| v["questionnaire"] = json!([]), "questionnaire: must have at least one domain"),
        (|v| v["questionnaire"][1]["title"] = json!(""), "questionnaire[1].title: must not be empty"),
        (|v| v["questionnaire"][1]["questions"] = json!([]), "questionnaire[1].questions: must have at least one question"),
        (|v| v["questionnaire"][0]["questions"][0]["text"] = json!(""), "questionnaire[0].questions[0].text: must not be empty"),
        (|v| v["questionnaire"][0]["questions"][1]["options"] = json!([]), "questionnaire[0].questions[1].options: a multiple choice question needs at least 1 options"),
        (|v| v["questionnaire"][0]["questions"][0]["options"][0]["label"] = json!(""), "questionnaire[0].questions[0].options[0].label: must not be empty"),
        (|v| v["questionnaire"][0]["questions"][0]["options"][0]["id"] = json!("1st"), "questionnaire[0].questions[0].options[0].id: the id of an option must start"),
        (|v| v["questionnaire"][0]["questions"][0]["options"][0]["attributes"]["points"] = json!("2000000000000"), "options[0].attributes.points: is larger than 1000000000000 in size"),
        (|v| v["questionnaire"][0]["questions"][0]["min"] = json!(1), "questionnaire[0].questions[0].min: is only for whole number and money questions"),
        (|v| v["questionnaire"][0]["questions"][0]["unit"] = json!("x"), "questionnaire[0].questions[0].unit: is only for whole number and money questions"),
        (|v| v["questionnaire"][0]["questions"][4]["unit"] = json!("x"), "questionnaire[0].questions[4].unit: is only for whole number questions"),
        (|v| v["questionnaire"][0]["questions"][3]["max"] = json!(2.5), "questionnaire[0].questions[3].max: must be a whole number"),
        (|v| v["questionnaire"][0]["questions"][3]["max"] = json!("2000000000000"), "questionnaire[0].questions[3].max: is larger than 1000000000000 in size"),
        (|v| v["tables"]["bands"]["bands"] = json!([]), "tables.bands.bands: must have at least one band"),
        (|v| v["tables"]["bands"]["bands"][0]["value"] = json!("-2000000000000"), "tables.bands.bands[0].value: is larger than"),
        (|v| v["tables"]["min"] = json!({ "bands": [{ "from": 0, "value": 1 }] }), "tables.min: 'min' is a word of the expression language"),
        (|v| v["tables"]["num"] = json!({ "bands": [{ "from": 0, "value": 1 }] }), "tables.num: 'num' is already used"),
        (|v| v["allocation"]["steps"] = json!([]), "allocation.steps: must have at least one step"),
        (|v| v["allocation"]["steps"][0]["label"] = json!(""), "allocation.steps[0].label: must not be empty"),
        (|v| v["allocation"]["steps"][0]["format"] = json!("number"), "allocation.amount: step 'amount' must have \"format\": \"money\""),
        (|v| v["allocation"]["carers_allocation"] = json!("nothing"), "allocation.carers_allocation: there is no step called 'nothing'"),
        (|v| v["allocation"]["panel_when"] = json!("amount"), "allocation.panel_when: gives a number but must give a yes/no value"),
        (|v| v["spending"]["categories"] = json!([]), "spending.categories: must have at least one category"),
        (|v| v["spending"]["categories"][0]["name"] = json!(""), "spending.categories[0].name: must not be empty"),
        (|v| v["spending"]["categories"][0]["id"] = json!("Care!"), "spending.categories[0].id: the id of a category must start"),
        (|v| v["spending"]["not_allowed"] = json!([{ "id": "x", "name": "" }]), "spending.not_allowed[0].name: must not be empty"),
        (|v| v["spending"]["price_list"] = json!([{ "code": "", "name": "n", "category": "personal_care", "unit": "" }]), "spending.price_list[0].code: must not be empty"),
        (|v| v["spending"]["personal_assistant_on_costs"] = json!([{ "name": "", "percent": 1 }]), "spending.personal_assistant_on_costs[0].name: must not be empty"),
        (|v| v["spending"]["management_options"] = json!([]), "spending.management_options: must offer at least one way"),
        (|v| v["care_and_support"] = care(json!([{ "id": "Eat!", "name": "Eating" }])), "care_and_support.eligibility_outcomes[0].id: the id of an eligibility outcome must start"),
        (|v| v["care_and_support"] = care(json!([{ "id": "eat", "name": "A" }, { "id": "eat", "name": "B" }])), "care_and_support.eligibility_outcomes[1].id: 'eat' is already used"),
        (|v| v["care_and_support"] = care(json!([{ "id": "eat", "name": " " }])), "care_and_support.eligibility_outcomes[0].name: must not be empty"),
        (|v| v["care_and_support"] = care(json!((0..51).map(|i| json!({ "id": format!("o{i}"), "name": "x" })).collect::<Vec<_>>())), "care_and_support.eligibility_outcomes: has 51 items; at most 50"),
        (|v| { v["care_and_support"] = care(json!([])); v["care_and_support"]["wellbeing"] = json!([{ "id": "w", "name": "" }]); }, "care_and_support.wellbeing[0].name: must not be empty"),
        (|v| v["care_and_support"] = json!({ "scheme": "mars", "direct_payments": { "contribution": "net", "frequency": "weekly" } }), "care_and_support.scheme: unknown variant `mars`"),
        (|v| { v["care_and_support"] = care(json!([{ "id": "eat", "name": "Eating" }])); v["translations"] = json!({ "cy": { "eligibility_outcomes": { "drink": { "name": "Yfed" } } } }); }, "translations.cy.eligibility_outcomes.drink: the rule set has no eligibility outcome with this id"),
        (|v| v["translations"] = json!({ "cy": { "wellbeing": { "dignity": { "name": "Urddas" } } } }), "translations.cy.wellbeing.dignity: the rule set has no wellbeing matter with this id"),
    ];
    for (mutate, wanted) in cases {
        let mut value = base();
        mutate(&mut value);
        let shown = problems_of(&value);
        assert!(
            shown.iter().any(|p| p.contains(wanted)),
            "missing {wanted:?} in {shown:#?}"
        );
    }
}

#[test]
fn money_steps_are_shown_with_the_rule_sets_rounding() {
    let mut value = with_steps(json!([
        { "id": "amount", "label": "Amount", "format": "money", "value": "10.245" }
    ]));
    value["rounding"]["mode"] = json!("half_even");
    let (budget, explanation) = load(&value).unwrap().explain(&Answers::default()).unwrap();
    assert_eq!(budget.weekly_minor, 1024);
    assert_eq!(english().say(&explanation.steps[0].shown), "£10.24");
}

fn english() -> crate::wording::Catalogue {
    crate::wording::Catalogue::english().unwrap()
}

#[test]
fn translations_change_words_not_rules_and_say_what_is_left_out() {
    let steps = || {
        with_steps(json!([
            { "id": "pts", "label": "Points", "format": "number", "unit": "points", "value": "choice.points" },
            { "id": "amount", "label": "Amount", "format": "money", "value": "pts * 3" }
        ]))
    };
    let english = load(&steps()).unwrap();
    let mut value = steps();
    value["translations"] = json!({
        "cy": {
            "title": "Rheolau prawf",
            "questions": {
                "choice": {
                    "text": "Faint o help?",
                    "summary": "Help",
                    "options": {
                        "none": { "label": "Dim" },
                        "some": { "label": "Rhywfaint", "told_us": "Mae angen rhywfaint o help arnoch chi" }
                    }
                }
            },
            "attributes": { "points": { "unit": "pwynt" } }
        }
    });
    value["language"] = json!("en-GB");
    let rules = load(&value).unwrap();
    // The same rules: the same hash, the same budget.
    assert_eq!(rules.content_hash(), english.content_hash());
    let (welsh, untranslated) = rules.in_language("cy-GB");
    assert_eq!(welsh.file().title, "Rheolau prawf");
    assert_eq!(welsh.content_hash(), english.content_hash());
    assert_ne!(
        &welsh, &rules,
        "the same rules in other words are another rule set to show"
    );
    let answers = answers(json!({ "choice": "some" }));
    assert_eq!(welsh.budget(&answers), rules.budget(&answers));
    let (_, explanation) = welsh.explain(&answers).unwrap();
    let said: Vec<String> = explanation
        .steps
        .iter()
        .flat_map(|step| &step.because)
        .map(|because| english_words(&because.sentence()))
        .collect();
    assert!(
        said.contains(&"Mae angen rhywfaint o help arnoch chi: 5 pwynt.".to_owned()),
        "{said:#?}"
    );
    // Whatever was not translated is listed, and shown in English.
    assert_eq!(untranslated.fallback, "en-GB");
    assert!(
        untranslated.under(&WordsAt::Question("choice".into())),
        "option lots has no label"
    );
    assert!(untranslated
        .paths
        .contains(&"questions.choice.options.lots.label".to_owned()));
    assert!(!untranslated
        .paths
        .iter()
        .any(|p| p == "questions.choice.text"));
    assert_eq!(
        untranslated.lang_of(&WordsAt::QuestionText("choice".into())),
        None
    );
    assert_eq!(
        untranslated.lang_of(&WordsAt::OptionLabel {
            question: "choice".into(),
            option: "lots".into()
        }),
        Some("en-GB")
    );
    assert!(untranslated.under(&WordsAt::Steps));
    let lots = &welsh.file().questionnaire[0].questions[0].options[2];
    assert_eq!(lots.label, "Lots");
    // A language with no translation at all has every word listed; English has none.
    assert!(rules.in_language("ur").1.under(&WordsAt::Title));
    assert!(rules.in_language("en").1.paths.is_empty());
}

#[test]
fn translations_of_things_the_rule_set_does_not_have_are_refused() {
    let mut value = base();
    value["translations"] = json!({
        "cy": {
            "questions": {
                "choise": { "text": "Faint?" },
                "choice": { "help": "Help", "options": { "many": { "label": "Llawer" } } }
            },
            "steps": { "nope": { "label": "Na" } }
        },
        "en-US": { "title": "Test rules" },
        "not a tag!": {}
    });
    let problems = load(&value).unwrap_err();
    for wanted in [
        "translations.cy.questions.choise: the rule set has no question with this id to translate",
        "translations.cy.questions.choice.options.many: the rule set has no option",
        "translations.cy.questions.choice.help: translates words the rule set does not have",
        "translations.cy.steps.nope: the rule set has no step",
        "translations.en-US: the rule set's own words are already in en-GB",
        "translations.not a tag!: \"not a tag!\" is not a language tag",
    ] {
        assert!(
            problems.iter().any(|p| p.to_string().contains(wanted)),
            "missing {wanted:?} in {problems:#?}"
        );
    }
}

fn english_words(message: &crate::wording::Message) -> String {
    english().message(message)
}

/// Found by fuzzing: rule sets the checker accepted whose budget then could not be worked out,
/// because rounding up to a huge unit (or turning a week into a year) took a figure past what
/// is held. The checker now refuses them, saying where.
#[test]
fn a_checked_rule_set_always_gives_a_budget_that_can_be_signed() {
    let mut huge_unit = base();
    huge_unit["rounding"] = json!({ "unit": "3045676160732958881", "mode": "up" });
    huge_unit["currency"]["minor_digits"] = json!(1);
    let problems = problems_of(&huge_unit);
    assert!(
        problems.iter().any(|p| p.contains(
            "rounding.unit: is 3045676160732958881; a budget is rounded to at most 10000"
        )),
        "{problems:?}"
    );

    // Within the unit's limit, but a budget of up to £1 trillion rounded up to £5,000 and worked
    // out for a year in ten-thousandths of a pound is more than 2^53 of them.
    let mut too_much = with_steps(json!([
        { "id": "amount", "label": "Amount", "format": "money", "value": "num * 10000000000" }
    ]));
    too_much["rounding"] = json!({ "unit": "5000", "mode": "up" });
    too_much["currency"]["minor_digits"] = json!(4);
    let problems = problems_of(&too_much);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("allocation.amount: step 'amount' can reach 1000000000000")),
        "{problems:?}"
    );

    // The same rules with a budget that is bounded load, and evaluate at the ends.
    too_much["allocation"]["steps"][0]["value"] = json!("num * 100");
    let rules = load(&too_much).unwrap();
    let budget = rules.budget(&answers(json!({ "num": 100 }))).unwrap();
    assert_eq!(budget.weekly_minor, 100_000_000);
    assert_eq!(budget.annual_minor, 5_200_000_000);
}

#[test]
fn more_of_anything_than_a_rule_set_has_is_refused_naming_where() {
    let mut bands = base();
    bands["tables"]["bands"]["bands"] = Value::Array(
        (0..1_001)
            .map(|b| json!({ "from": b, "value": b }))
            .collect(),
    );
    let problems = problems_of(&bands);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with(
            ", tables.bands.bands: has 1001 bands in one table; a rule set has at most 1000"
        ),
        "{problems:?}"
    );
    let mut questions = base();
    let question = questions["questionnaire"][0]["questions"][2].clone();
    questions["questionnaire"][0]["questions"] = Value::Array(
        (0..501)
            .map(|i| {
                let mut q = question.clone();
                q["id"] = json!(format!("q{i}"));
                q
            })
            .collect(),
    );
    let problems = problems_of(&questions);
    assert!(
        problems[0]
            .ends_with("questionnaire: has 502 questions in all; a rule set has at most 500"),
        "{problems:?}"
    );
}

/// Found by fuzzing: each unknown name was compared with every known name, so a file full of
/// long unknown names took seconds. Only the first fifty problems get a suggestion now, and
/// names longer than any identifier are never compared.
#[test]
fn suggestions_stop_after_the_first_fifty() {
    let steps: Vec<Value> = (0..60)
        .map(|i| json!({ "id": format!("s{i}"), "label": "S", "format": "number", "value": "choise.points" }))
        .chain([json!({ "id": "amount", "label": "Amount", "format": "money", "value": "0" })])
        .collect();
    let problems = problems_of(&with_steps(Value::Array(steps)));
    assert_eq!(problems.len(), 60);
    let suggested = problems
        .iter()
        .filter(|p| p.contains("did you mean 'choice'"))
        .count();
    assert_eq!(suggested, 50, "{problems:?}");
    let long = format!("{}.points", "c".repeat(70));
    assert!(!step_problems(&long)[0].contains("did you mean"));
}

/// A `care_and_support` section with these eligibility outcomes, paid net every four weeks.
fn care(outcomes: serde_json::Value) -> serde_json::Value {
    json!({
        "scheme": "england",
        "eligibility_outcomes": outcomes,
        "direct_payments": { "contribution": "net", "frequency": "four_weekly" }
    })
}

#[test]
fn the_care_and_support_section_is_read_and_translated() {
    let mut value = base();
    assert_eq!(load(&value).unwrap().eligibility_outcomes(), &[]);
    assert_eq!(
        load(&value).unwrap().direct_payments(),
        super::format::DirectPaymentsFile::default()
    );
    value["care_and_support"] = care(json!([{ "id": "eat", "name": "Eating" }]));
    value["care_and_support"]["scheme"] = json!("scotland");
    value["care_and_support"]["direct_payments"]["frequency"] = json!("monthly");
    value["translations"] =
        json!({ "cy": { "eligibility_outcomes": { "eat": { "name": "Bwyta" } } } });
    let rules = load(&value).unwrap();
    assert_eq!(rules.scheme(), super::format::Scheme::Scotland);
    assert_eq!(
        rules.direct_payments().frequency,
        super::format::PaymentFrequency::Monthly
    );
    let (welsh, untranslated) = rules.in_language("cy");
    assert_eq!(welsh.eligibility_outcomes()[0].name, "Bwyta");
    assert_eq!(
        untranslated.lang_of(&super::WordsAt::EligibilityOutcome("eat".into())),
        None
    );
    let (urdu, untranslated) = rules.in_language("ur");
    assert_eq!(urdu.eligibility_outcomes()[0].name, "Eating");
    assert_eq!(
        untranslated.lang_of(&super::WordsAt::EligibilityOutcome("eat".into())),
        Some("en-GB")
    );
}
