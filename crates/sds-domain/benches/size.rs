//! Benchmark (not a test): time against input size, for honest and hostile files, at about
//! 100 kB, 1 MB and 10 MB.
//!
//! `cargo bench -p sds-domain --bench size`
//!
//! Loading and checking a rule set, reading and checking a plan, canonicalising (RFC 8785) and
//! verifying a signed plan should each take time in proportion to the file's size, so the
//! microseconds per kilobyte should stay about the same from one size to the next. Files past
//! their kind's limit (`sds_domain::limits`) are refused after one pass over the text, so at
//! 10 MB the figure is that refusal; canonicalising has no limit of its own and is measured at
//! every size.
//!
//! Hostile shapes are the ones that once cost far more than their size: many small fractional
//! numbers (each once formatted to 800 digits), long unknown names (each compared with every
//! known one), many bands, deep nesting.

mod signing;
mod timing;
use timing::median_micros;

use sds_domain::canonical::{canonical_json, parse_strict};
use sds_domain::plan::checks::assess;
use sds_domain::plan::stored::{read_plan, write_plan};
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::{sign, verify};
use sds_domain::wording::{Catalogue, Message};
use serde_json::{json, Value};
use std::hint::black_box;

fn read(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

const SIZES: [(usize, &str); 3] = [
    (100_000, "100 kB"),
    (1_000_000, "1 MB"),
    (10_000_000, "10 MB"),
];

/// Runs enough times for a steady figure at this size; microseconds per run.
fn time(bytes: usize, work: impl FnMut()) -> f64 {
    let per_batch = (2_000_000 / bytes.max(1)).clamp(1, 200);
    median_micros(if bytes > 5_000_000 { 5 } else { 11 }, per_batch, work)
}

fn row(what: &str, size: &str, bytes: usize, micros: f64, outcome: &str) {
    println!(
        "{what:<46} {size:>7} {:>9.1} KiB {:>11.1} µs {:>8.3} µs/KiB  {outcome}",
        bytes as f64 / 1024.0,
        micros,
        micros / (bytes as f64 / 1024.0)
    );
}

/// The points sample grown to about `bytes` the honest way: more questions (each with long
/// help), up to the 500 a rule set may have, then longer help texts.
fn honest_rule_set(bytes: usize) -> String {
    let mut value: Value = serde_json::from_str(&read("static/rules/northshire-points-2026.json"))
        .expect("the sample is JSON");
    let template = value["questionnaire"][0]["questions"][0].clone();
    let mut n = 0;
    while serde_json::to_string(&value).map_or(0, |t| t.len()) < bytes && n < 470 {
        let mut question = template.clone();
        question["id"] = json!(format!("extra_{n}"));
        question["help"] =
            json!("Tell us about the help you need with this, in your own words. ".repeat(40));
        if let Some(questions) = value["questionnaire"][1]["questions"].as_array_mut() {
            questions.push(question);
        }
        n += 1;
    }
    let text = serde_json::to_string(&value).unwrap_or_default();
    if text.len() < bytes {
        let longer = "x".repeat((bytes - text.len()) / 470 + 1);
        for q in value["questionnaire"][1]["questions"]
            .as_array_mut()
            .into_iter()
            .flatten()
        {
            q["help"] = json!(format!("{}{longer}", q["help"].as_str().unwrap_or(""))
                .chars()
                .take(19_000)
                .collect::<String>());
        }
    }
    serde_json::to_string(&value).unwrap_or_default()
}

/// The points sample with its band table and steps made hostile: as many bands as a table may
/// have (1,000) in as many tables as it takes, and steps naming long unknown names.
fn hostile_rule_set(bytes: usize) -> String {
    let mut value: Value =
        serde_json::from_str(&read("static/rules/northshire-components-2026.json"))
            .expect("the sample is JSON");
    let mut t = 0;
    while serde_json::to_string(&value).map_or(0, |s| s.len()) < bytes / 2 && t < 100 {
        let bands: Vec<Value> = (0..1000)
            .map(|b| json!({"from": b, "value": format!("{b}.5")}))
            .collect();
        value["tables"][format!("band_table_{t}")] = json!({ "bands": bands });
        t += 1;
    }
    let steps = value["allocation"]["steps"].as_array_mut().expect("steps");
    for s in 0..(bytes / 8_000).min(200) {
        steps.insert(
            0,
            json!({
                "id": format!("unknown_{s}"), "label": "x", "format": "number",
                "value": format!("{} + {}", "q".repeat(60), "z".repeat(3_000)),
            }),
        );
    }
    serde_json::to_string(&value).unwrap_or_default()
}

fn joan() -> (RuleSet, sds_domain::plan::SupportPlan) {
    let rules = RuleSet::load(&read("static/rules/northshire-points-2026.json")).expect("rules");
    let plan = read_plan(&read("docs/examples/joan-support-plan.json")).expect("plan");
    (rules, plan)
}

/// The Joan example grown to about `bytes`: supports repeated to the 500 a list may hold, then
/// longer descriptions (a person's own words, up to 50,000 characters each).
fn honest_plan(bytes: usize) -> sds_domain::plan::SupportPlan {
    let (_, mut plan) = joan();
    let originals = plan.supports.clone();
    let count = (bytes / 600).clamp(originals.len(), 500);
    plan.supports = (0..count)
        .map(|i| {
            let mut support = originals[i % originals.len()].clone();
            support.id = format!("s{i}");
            support
        })
        .collect();
    let size = write_plan(&plan).len();
    if size < bytes {
        let extra = ((bytes - size) / plan.supports.len()).min(49_000);
        for support in &mut plan.supports {
            support
                .description
                .push_str(&"Help in the mornings. ".repeat(extra / 22));
        }
    }
    plan
}

/// A signed plan with an unknown member holding small fractional numbers, in lists of the
/// 5,000 items a list may hold: refused, after its signature and digest are worked out.
fn hostile_signed_plan(signed: &str, bytes: usize) -> String {
    let mut value: Value = serde_json::from_str(signed).expect("signed JSON");
    let tiny = [5e-324, 1e-300, 2.225_073_858_507_201_4e-308, 1e-7, 0.1];
    let mut lists = Vec::new();
    let mut size = signed.len();
    let mut n = 0usize;
    while size < bytes {
        let list: Vec<Value> = (0..5_000)
            .map(|i| json!(tiny[(i + n) % tiny.len()] * (1.0 + (i as f64) / 7.0)))
            .collect();
        size += serde_json::to_string(&list).map_or(0, |t| t.len());
        lists.push(Value::Array(list));
        n += 1;
    }
    value["plan"]["plan"]["extra"] = Value::Array(lists);
    serde_json::to_string(&value).unwrap_or_default()
}

/// A JSON document of many kinds of value: objects with many members, strings with escapes,
/// whole and fractional numbers, nested a few deep.
fn mixed_document(bytes: usize) -> Value {
    let mut items = Vec::new();
    let mut size = 0;
    let mut i = 0u64;
    while size < bytes {
        let item = json!({
            "name": format!("Person {i} \"quoted\"\n\t€😀"),
            "amounts": [i, i * 1_000_003, (i as f64) / 3.0, 1e-7 * i as f64],
            "flags": { "z": true, "a": null, "m": false, format!("k{i}"): "v" },
        });
        size += serde_json::to_string(&item).map_or(0, |t| t.len());
        items.push(item);
        i += 1;
    }
    Value::Array(items)
}

fn main() {
    println!(
        "{:<46} {:>7} {:>13} {:>14} {:>14}  outcome",
        "work", "size", "bytes", "time", "per KiB"
    );
    for (bytes, size) in SIZES {
        let text = honest_rule_set(bytes);
        let loaded = RuleSet::load(&text);
        let outcome = match &loaded {
            Ok(rules) => format!("loaded, {} questions", rules.question_count()),
            Err(problems) => format!(
                "refused: {}",
                problems[0].message.chars().take(40).collect::<String>()
            ),
        };
        let micros = time(text.len(), || {
            black_box(RuleSet::load(black_box(&text)).is_ok());
        });
        row(
            "rule set, more questions: load and check",
            size,
            text.len(),
            micros,
            &outcome,
        );
    }
    for (bytes, size) in SIZES {
        let text = hostile_rule_set(bytes);
        let problems = RuleSet::load(&text).err().map_or(0, |p| p.len());
        let micros = time(text.len(), || {
            black_box(RuleSet::load(black_box(&text)).is_ok());
        });
        row(
            "rule set, bands and unknown names: check",
            size,
            text.len(),
            micros,
            &format!("refused, {problems} problems"),
        );
    }
    let (rules, _) = joan();
    for (bytes, size) in SIZES {
        let plan = honest_plan(bytes);
        let text = write_plan(&plan);
        let outcome = match read_plan(&text) {
            Ok(read) => format!("read, {} supports", read.supports.len()),
            Err(error) => format!(
                "refused: {}",
                english(&error.message())
                    .chars()
                    .take(40)
                    .collect::<String>()
            ),
        };
        let micros = time(text.len(), || {
            if let Ok(plan) = read_plan(black_box(&text)) {
                black_box(assess(&plan, &rules));
            }
        });
        row(
            "plan: read, cost and check",
            size,
            text.len(),
            micros,
            &outcome,
        );
    }
    for (bytes, size) in SIZES {
        let document = mixed_document(bytes);
        let text = serde_json::to_string(&document).unwrap_or_default();
        let micros = time(text.len(), || {
            if let Ok(value) = parse_strict(black_box(&text)) {
                black_box(canonical_json(&value));
            }
        });
        row(
            "canonical JSON: strict parse and RFC 8785",
            size,
            text.len(),
            micros,
            "canonical",
        );
    }
    let signing::Signing { key, signers, at } = signing::by_joan();
    for (bytes, size) in SIZES {
        let plan = honest_plan(bytes);
        let outcome;
        let text = match sign(&plan, &rules, &signers, "en-GB", at, &key) {
            Ok(signed) => {
                let verified = verify(&signed.text, &[&rules]).report.verified();
                outcome = format!("verified: {verified}");
                signed.text
            }
            Err(_) => {
                outcome = "(too large to sign; a 500-support plan signed instead)".to_owned();
                let small = honest_plan(200_000);
                sign(&small, &rules, &signers, "en-GB", at, &key)
                    .map(|s| s.text)
                    .unwrap_or_default()
            }
        };
        let micros = time(text.len(), || {
            black_box(verify(black_box(&text), &[&rules]));
        });
        row(
            "signed plan: verify and recompute",
            size,
            text.len(),
            micros,
            &outcome,
        );
    }
    let joan_signed = read("docs/examples/joan-signed-plan.json");
    for (bytes, size) in SIZES {
        let text = hostile_signed_plan(&joan_signed, bytes);
        let report = verify(&text, &[&rules]).report;
        let codes: Vec<&str> = report.problems.iter().map(|p| p.code).collect();
        let micros = time(text.len(), || {
            black_box(verify(black_box(&text), &[&rules]));
        });
        row(
            "signed plan, tiny fractions: verify",
            size,
            text.len(),
            micros,
            &format!("refused: {}", codes.join(", ")),
        );
    }
}

/// A refusal in English, as the council's tool says it.
fn english(message: &Message) -> String {
    Catalogue::english().map_or_else(|_| message.key.to_owned(), |c| c.message(message))
}
