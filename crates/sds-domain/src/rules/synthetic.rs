//! A large made-up rule set with answers to every question, for benchmarks: evaluation of a
//! realistic but bigger-than-real questionnaire, natively and in the browser.

use serde_json::{json, Value};

/// A rule set with `questions` questions in ten domains (mixing every question type), a band
/// table and a chain of steps over every domain, as JSON text.
pub fn rule_set(questions: usize) -> String {
    let domain_count = 10;
    let mut domains: Vec<Value> = (0..domain_count)
        .map(|d| json!({ "id": format!("d{d}"), "title": format!("Domain {d}"), "questions": [] }))
        .collect();
    for q in 0..questions {
        let id = format!("q{q}");
        let question = match kind(q, domain_count) {
            0 | 1 => {
                json!({ "id": id, "text": format!("Question {q}?"), "type": "single_choice", "options": [
                    { "id": "none", "label": "None", "attributes": { "points": 0, "hours": 0 } },
                    { "id": "some", "label": "Some", "told_us": "You need some help", "attributes": { "points": 3, "hours": 1.5 } },
                    { "id": "lots", "label": "Lots", "attributes": { "points": 7, "hours": "3.25" } }
                ]})
            }
            2 => {
                json!({ "id": id, "text": format!("Question {q}?"), "type": "multiple_choice", "options": [
                    { "id": "a", "label": "A", "attributes": { "points": 1 } },
                    { "id": "b", "label": "B", "attributes": { "points": 2 } },
                    { "id": "c", "label": "C", "attributes": { "points": 4 } }
                ]})
            }
            3 => {
                json!({ "id": id, "text": format!("Question {q}?"), "type": "whole_number", "min": 0, "max": 40 })
            }
            _ => json!({ "id": id, "text": format!("Question {q}?"), "type": "yes_no" }),
        };
        if let Some(list) = domains[q % domain_count]["questions"].as_array_mut() {
            list.push(question);
        }
    }
    let mut steps = Vec::new();
    for d in 0..domain_count {
        steps.push(
            json!({ "id": format!("points_{d}"), "label": format!("Points {d}"), "format": "number",
            "value": format!("d{d}.points") }),
        );
        steps.push(
            json!({ "id": format!("hours_{d}"), "label": format!("Hours {d}"), "format": "number",
            "value": format!("d{d}.hours + lookup(bands, points_{d})") }),
        );
    }
    let of_kind = |k: usize| -> Vec<String> {
        (0..questions)
            .filter(|q| kind(*q, domain_count) == k)
            .map(|q| format!("q{q}"))
            .collect()
    };
    let (number_questions, yes_questions) = (of_kind(3), of_kind(4));
    let all_points = (0..domain_count)
        .map(|d| format!("points_{d}"))
        .collect::<Vec<_>>()
        .join(" + ");
    let all_hours = (0..domain_count)
        .map(|d| format!("hours_{d}"))
        .collect::<Vec<_>>()
        .join(", ");
    steps.push(json!({ "id": "total_points", "label": "Total points", "format": "number", "value": all_points }));
    steps.push(json!({ "id": "extra_hours", "label": "Extra hours", "format": "number",
        "value": format!("sum({})", if number_questions.is_empty() { "0".to_owned() } else { number_questions.join(", ") }) }));
    steps.push(json!({ "id": "yes_count", "label": "Yes answers", "format": "number",
        "value": if yes_questions.is_empty() { "0".to_owned() } else {
            yes_questions.iter().map(|q| format!("(if {q} then 1 else 0)")).collect::<Vec<_>>().join(" + ") } }));
    steps.push(json!({ "id": "hours", "label": "Hours", "format": "number",
        "value": format!("sum({all_hours}) + extra_hours / 4 + max(yes_count - 5, 0) ^ 2 / 10") }));
    steps.push(json!({ "id": "cost", "label": "Cost", "format": "money",
        "value": "round(hours * 21.35 + total_points * 0.75, 0.01)" }));
    steps.push(
        json!({ "id": "budget", "label": "Budget", "format": "money",
        "value": "clamp(cost, 50, 50000)" }),
    );
    let rules = json!({
        "format": "sds-rule-set", "format_version": 1, "id": "synthetic", "title": "Synthetic",
        "council": "Benchmark Council", "version": "1", "effective_from": "2026-04-01",
        "currency": { "code": "GBP", "minor_digits": 2 }, "weeks_per_year": "52.143",
        "rounding": { "unit": "0.01", "mode": "half_up" },
        "attributes": { "points": { "unit": "points" }, "hours": { "unit": "hours a week" } },
        "questionnaire": domains,
        "tables": { "bands": { "bands": [
            { "from": 0, "value": 0 }, { "from": 10, "value": 2 }, { "from": 25, "value": 5 }, { "from": 50, "value": 9 }
        ]}},
        "allocation": { "period": "weekly", "steps": steps, "amount": "budget", "panel_when": "budget > 2000" },
        "spending": { "categories": [{ "id": "care", "name": "Care", "flexible": true }],
            "minimum_contingency_percent": 0, "management_options": ["council_managed"] }
    });
    rules.to_string()
}

/// Which type question `q` is: the first question of each domain is a single choice, so every
/// domain has the attributes its steps use; after that the five types take turns.
fn kind(q: usize, domain_count: usize) -> usize {
    if q < domain_count {
        0
    } else {
        q % 5
    }
}

/// Answers to every question of [`rule_set`], as JSON text.
pub fn answers(questions: usize) -> String {
    let mut answers = serde_json::Map::new();
    for q in 0..questions {
        let answer = match kind(q, 10) {
            0 | 1 => json!(["none", "some", "lots"][q % 3]),
            2 => json!(["a", "c"]),
            3 => json!(q % 41),
            _ => json!(q % 2 == 0),
        };
        answers.insert(format!("q{q}"), answer);
    }
    Value::Object(answers).to_string()
}

#[cfg(test)]
mod tests {
    use crate::rules::answers::Answers;
    use crate::rules::RuleSet;

    #[test]
    fn the_synthetic_rule_set_loads_and_evaluates() {
        let rules = RuleSet::load(&super::rule_set(200)).unwrap();
        assert_eq!(rules.question_count(), 200);
        let answers = Answers::from_json(&super::answers(200)).unwrap();
        let budget = rules.budget(&answers).unwrap();
        assert!(budget.unanswered.is_empty());
        assert!(budget.weekly_minor >= 5000);
    }
}
