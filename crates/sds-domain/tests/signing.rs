//! Signed plans and council decisions: signing, verifying, and refusing every kind of tampering.

use sds_domain::date::{CalendarDate, Timestamp};
use sds_domain::plan::SupportPlan;
use sds_domain::signing::decision::{
    self, CouncilKey, CouncilRef, Decision, KeyFile, PublishedKeys, Verdict,
};
use sds_domain::signing::signed_plan::{self, SignError, Signer, SignerRole};
use sds_domain::signing::{KeyPair, ProblemLevel};
use serde_json::Value;

mod common;
use common::{components, confirm, council_key, joan, points, repo};

fn device_key() -> KeyPair {
    KeyPair::from_secret([7; 32])
}

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn joan_signs() -> signed_plan::Signed {
    signed_plan::sign(
        &joan(),
        &points(),
        &[Signer {
            name: "Joan Smith".to_owned(),
            role: SignerRole::Person,
            text: "I agree to this support plan.".to_owned(),
        }],
        "en-GB",
        at("2026-11-27T10:15:00Z"),
        &device_key(),
    )
    .unwrap()
}

fn codes(problems: &[sds_domain::signing::Problem]) -> Vec<&'static str> {
    problems.iter().map(|p| p.code).collect()
}

fn published() -> Vec<CouncilKey> {
    vec![CouncilKey {
        public_key: council_key().public_key(),
        valid_from: CalendarDate::parse_iso("2026-01-01").unwrap(),
        valid_until: None,
    }]
}

fn northshire() -> CouncilRef {
    CouncilRef {
        id: "northshire".to_owned(),
        name: "Northshire Council".to_owned(),
    }
}

fn leaves(value: &Value, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let mut next = path.clone();
                next.push(key.clone());
                leaves(item, next, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let mut next = path.clone();
                next.push(i.to_string());
                leaves(item, next, out);
            }
        }
        _ => out.push(path),
    }
}

fn change_at(value: &mut Value, path: &[String]) {
    let mut target = value;
    for step in path {
        target = match target {
            Value::Object(map) => map.get_mut(step).unwrap(),
            Value::Array(items) => &mut items[step.parse::<usize>().unwrap()],
            _ => unreachable!(),
        };
    }
    *target = match target.take() {
        Value::String(s) if s.is_empty() => Value::from("x"),
        // Change one character, keeping the length (and hex still hex).
        Value::String(s) => {
            let mut chars: Vec<char> = s.chars().collect();
            let last = chars.len() - 1;
            chars[last] = if chars[last] == '0' { '1' } else { '0' };
            Value::from(chars.into_iter().collect::<String>())
        }
        Value::Number(n) => Value::from(n.as_i64().unwrap() + 1),
        Value::Bool(b) => Value::from(!b),
        Value::Null => Value::from(0),
        _ => unreachable!(),
    };
}

/// JSON with every object's members in reverse order and a different indentation.
fn reordered(value: &Value, depth: usize) -> String {
    let pad = "\t".repeat(depth + 1);
    match value {
        Value::Object(map) => {
            let members: Vec<String> = map
                .iter()
                .rev()
                .map(|(k, v)| {
                    format!(
                        "{pad}{} :  {}",
                        Value::from(k.as_str()),
                        reordered(v, depth + 1)
                    )
                })
                .collect();
            format!("{{\r\n{}\r\n}}", members.join(",\r\n"))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(|v| reordered(v, depth + 1)).collect();
            format!("[ {} ]", items.join(" , "))
        }
        other => other.to_string(),
    }
}

#[test]
fn a_signed_plan_verifies_and_recomputes() {
    let signed = joan_signs();
    assert_eq!(signed.digest.len(), 64);
    let rules = points();
    let result = signed_plan::verify(&signed.text, &[&rules]);
    assert!(result.report.verified(), "{:?}", result.report.problems);
    assert!(result.report.intact());
    assert!(
        result.report.problems.is_empty(),
        "{:?}",
        result.report.problems
    );
    assert_eq!(
        result.report.digest.as_deref(),
        Some(signed.digest.as_str())
    );
    let file = result.signed.unwrap();
    assert_eq!(file.plan, joan());
    assert_eq!(file.budget.weekly_minor, 25_578);
    assert_eq!(file.budget.yearly_minor, 1_330_056);
    assert_eq!(file.declarations[0].name, "Joan Smith");
    assert_eq!(file.declarations[0].language, "en-GB");
    assert_eq!(file.signed_at(), Some(at("2026-11-27T10:15:00Z")));
    let recomputed = result.recomputed.unwrap();
    assert_eq!(recomputed.budget, file.budget);
    assert_eq!(recomputed.totals, file.totals);
    let fingerprint = result.report.signatures[0].fingerprint.clone().unwrap();
    assert_eq!(fingerprint, device_key().public_key().fingerprint());
}

#[test]
fn changing_any_single_value_in_a_signed_plan_fails() {
    let signed = joan_signs();
    let original: Value = serde_json::from_str(&signed.text).unwrap();
    let mut paths = Vec::new();
    leaves(&original, Vec::new(), &mut paths);
    assert!(paths.len() > 100, "only {} values", paths.len());
    let rules = points();
    for path in paths {
        let mut altered = original.clone();
        change_at(&mut altered, &path);
        let result = signed_plan::verify(&altered.to_string(), &[&rules]);
        assert!(
            !result.report.verified(),
            "changing {} went unnoticed",
            path.join(".")
        );
    }
}

#[test]
fn reindenting_or_reordering_keeps_a_signed_plan_valid() {
    let signed = joan_signs();
    let value: Value = serde_json::from_str(&signed.text).unwrap();
    let rules = points();
    for text in [value.to_string(), reordered(&value, 0)] {
        assert_ne!(text, signed.text);
        let result = signed_plan::verify(&text, &[&rules]);
        assert!(result.report.verified(), "{:?}", result.report.problems);
        assert_eq!(result.report.digest, Some(signed.digest.clone()));
    }
}

#[test]
fn a_different_current_rule_set_is_a_warning_not_a_failure() {
    let signed = joan_signs();
    let (points, components) = (points(), components());
    // The council has moved on but still has the rules the plan was made with.
    let result = signed_plan::verify(&signed.text, &[&components, &points]);
    assert!(result.report.verified());
    assert_eq!(codes(&result.report.problems), ["rule_set_differs"]);
    let english = sds_domain::wording::Catalogue::english().unwrap();
    assert!(english
        .message(&result.report.problems[0].message)
        .contains("the council's current rule set is"));
    assert!(result.recomputed.is_some());
    // Without the plan's rules the budget cannot be worked out again, so nothing shows the
    // figures are right: that is a failure, though the file is intact.
    let result = signed_plan::verify(&signed.text, &[&components]);
    assert!(!result.report.verified());
    assert!(result.report.intact());
    assert_eq!(
        codes(&result.report.problems),
        ["rule_set_differs", "budget_not_recomputed"]
    );
    let severities: Vec<ProblemLevel> = result.report.problems.iter().map(|p| p.severity).collect();
    assert_eq!(severities, [ProblemLevel::Warning, ProblemLevel::Failure]);
}

#[test]
fn a_plan_whose_rules_have_changed_is_not_signed_until_checked_again() {
    let mut plan = joan();
    plan.rule_set = None;
    let signers = [Signer {
        name: "Joan Smith".to_owned(),
        role: SignerRole::Person,
        text: "I agree.".to_owned(),
    }];
    let sign = |plan: &SupportPlan| {
        signed_plan::sign(
            plan,
            &points(),
            &signers,
            "en-GB",
            at("2026-11-27T10:15:00Z"),
            &device_key(),
        )
    };
    assert_eq!(sign(&plan).unwrap_err(), SignError::RuleSetNotCurrent);
    plan.rule_set = joan().rule_set;
    plan.rule_set.as_mut().unwrap().version = "2025.1".to_owned();
    assert_eq!(sign(&plan).unwrap_err(), SignError::RuleSetNotCurrent);
    assert!(sign(&joan()).is_ok());
}

#[test]
fn the_kind_version_and_numbers_are_checked() {
    let signed = joan_signs();
    let rules = points();
    let edit = |from: &str, to: &str| {
        let text = signed.text.replacen(from, to, 1);
        assert_ne!(text, signed.text, "{from}");
        codes(&signed_plan::verify(&text, &[&rules]).report.problems)
    };
    assert_eq!(
        edit("\"sds-signed-plan\"", "\"sds-signed-plans\""),
        ["unknown_format"]
    );
    assert_eq!(
        edit("\"format_version\": 2", "\"format_version\": 3"),
        ["version_too_new"]
    );
    assert!(
        edit("\"weekly_minor\": 25578", "\"weekly_minor\": 25578.0").contains(&"not_whole_number")
    );
    assert_eq!(edit("{", "{\"format\": \"x\", "), ["not_readable"]);
    assert_eq!(
        codes(&signed_plan::verify("[]", &[&rules]).report.problems),
        ["not_readable"]
    );
    // A decision is not a plan.
    let decision = decision::decide(&confirm(&signed.digest), &council_key()).unwrap();
    assert_eq!(
        codes(&signed_plan::verify(&decision, &[&rules]).report.problems),
        ["wrong_kind"]
    );
}

#[test]
fn signatures_removed_or_replaced_are_refused() {
    let signed = joan_signs();
    let rules = points();
    let mut value: Value = serde_json::from_str(&signed.text).unwrap();
    value["signatures"] = Value::Array(Vec::new());
    let result = signed_plan::verify(&value.to_string(), &[&rules]);
    assert!(codes(&result.report.problems).contains(&"not_signed"));
    // Someone else's key put in place of the signer's.
    let mut value: Value = serde_json::from_str(&signed.text).unwrap();
    let other = KeyPair::from_secret([9; 32]);
    value["signatures"][0]["public_key"] = Value::from(other.public_key().hex());
    let result = signed_plan::verify(&value.to_string(), &[&rules]);
    assert!(!result.report.verified());
    assert!(codes(&result.report.problems).contains(&"signature_does_not_match"));
    assert!(codes(&result.report.problems).contains(&"declaration_not_signed"));
}

#[test]
fn a_plan_with_things_to_fix_cannot_be_signed() {
    let mut plan = joan();
    plan.review_date = None;
    plan.supports.clear();
    let error = signed_plan::sign(
        &plan,
        &points(),
        &[Signer {
            name: "Joan Smith".to_owned(),
            role: SignerRole::Person,
            text: "I agree.".to_owned(),
        }],
        "en-GB",
        at("2026-11-27T10:15:00Z"),
        &device_key(),
    )
    .unwrap_err();
    assert!(
        matches!(error, SignError::NotReady(n) if n >= 1),
        "{error:?}"
    );
    let witness_only = signed_plan::sign(
        &joan(),
        &points(),
        &[Signer {
            name: "Mary Okafor".to_owned(),
            role: SignerRole::Witness,
            text: "I saw Joan agree.".to_owned(),
        }],
        "en-GB",
        at("2026-11-27T10:15:00Z"),
        &device_key(),
    );
    assert_eq!(witness_only.unwrap_err(), SignError::NoOneAgrees);
}

#[test]
fn a_decision_verifies_against_the_published_keys() {
    let signed = joan_signs();
    let text = decision::decide(&confirm(&signed.digest), &council_key()).unwrap();
    let keys = published();
    let northshire = PublishedKeys {
        council_id: "northshire",
        keys: &keys,
    };
    let result = decision::verify(&text, Some(&northshire));
    assert!(
        result.report.problems.is_empty(),
        "{:?}",
        result.report.problems
    );
    let found = result.decision.unwrap();
    assert_eq!(found.plan_digest, signed.digest);
    assert_eq!(found.decision, Verdict::Confirmed);

    // Without the published keys nothing shows the council made it.
    let result = decision::verify(&text, None);
    assert!(!result.report.verified());
    assert!(result.report.intact());
    assert_eq!(codes(&result.report.problems), ["council_keys_not_checked"]);

    // Signed by a key the council does not publish.
    let forged =
        decision::decide(&confirm(&signed.digest), &KeyPair::from_secret([1; 32])).unwrap();
    assert_eq!(
        codes(&decision::verify(&forged, Some(&northshire)).report.problems),
        ["not_a_council_key"]
    );

    // Signed before the key came into force, or after it was retired.
    let mut early = confirm(&signed.digest);
    early.decided_at = at("2025-12-31T23:59:59Z");
    let early = decision::decide(&early, &council_key()).unwrap();
    assert_eq!(
        codes(&decision::verify(&early, Some(&northshire)).report.problems),
        ["key_not_in_force"]
    );
    let retired = vec![CouncilKey {
        valid_until: CalendarDate::parse_iso("2026-11-30"),
        ..published()[0].clone()
    }];
    let retired = PublishedKeys {
        council_id: "northshire",
        keys: &retired,
    };
    assert_eq!(
        codes(&decision::verify(&text, Some(&retired)).report.problems),
        ["key_not_in_force"]
    );

    // Another council's decision.
    let elsewhere = PublishedKeys {
        council_id: "southshire",
        keys: &keys,
    };
    assert_eq!(
        codes(&decision::verify(&text, Some(&elsewhere)).report.problems),
        ["other_council"]
    );
}

#[test]
fn changing_any_single_value_in_a_decision_fails() {
    let signed = joan_signs();
    let text = decision::decide(&confirm(&signed.digest), &council_key()).unwrap();
    let keys = published();
    let northshire = PublishedKeys {
        council_id: "northshire",
        keys: &keys,
    };
    let original: Value = serde_json::from_str(&text).unwrap();
    let mut paths = Vec::new();
    leaves(&original, Vec::new(), &mut paths);
    for path in &paths {
        let mut altered = original.clone();
        change_at(&mut altered, path);
        let result = decision::verify(&altered.to_string(), Some(&northshire));
        assert!(
            !result.report.verified(),
            "changing {} went unnoticed",
            path.join(".")
        );
    }
    let result = decision::verify(&reordered(&original, 0), Some(&northshire));
    assert!(result.report.verified(), "{:?}", result.report.problems);
}

#[test]
fn decisions_must_be_complete() {
    let mut returned = confirm(&"a".repeat(64));
    returned.decision = Verdict::Returned;
    assert_eq!(
        decision::decide(&returned, &council_key()),
        Err(decision::DecideError::AmountsMissing)
    );
    returned.confirmed = None;
    returned.reasons = "  ".to_owned();
    assert_eq!(
        decision::decide(&returned, &council_key()),
        Err(decision::DecideError::ReasonsMissing)
    );
    returned.reasons = "The plan does not say how Joan will get to the day centre.".to_owned();
    assert!(decision::decide(&returned, &council_key()).is_ok());
    let mut changed = confirm(&"a".repeat(64));
    changed.decision = Verdict::Changed;
    assert_eq!(
        decision::decide(&changed, &council_key()),
        Err(decision::DecideError::ChangesMissing)
    );
}

#[test]
fn a_decision_must_agree_with_the_plan_it_names() {
    let signed = joan_signs();
    let plan = signed_plan::verify(&signed.text, &[&points()])
        .signed
        .unwrap();
    let check = |d: &Decision| -> Vec<&'static str> {
        decision::check_against_plan(d, &signed.digest, &plan)
            .iter()
            .map(|p| p.code)
            .collect()
    };
    assert!(check(&confirm(&signed.digest)).is_empty());
    let mut more = confirm(&signed.digest);
    more.confirmed.as_mut().unwrap().weekly_minor += 100;
    assert_eq!(check(&more), ["confirmed_amounts_differ"]);
    more.decision = Verdict::Changed;
    more.changes = "Two more hours a week.".to_owned();
    assert!(check(&more).is_empty());
    let mut euros = confirm(&signed.digest);
    euros.confirmed.as_mut().unwrap().currency = "EUR".to_owned();
    assert_eq!(check(&euros), ["currency_differs"]);
    assert_eq!(check(&confirm(&"b".repeat(64))), ["other_plan"]);

    // The person's app refuses a genuine, council-signed decision that contradicts the plan.
    use sds_domain::signing::sent::{DecisionRefused, SentPlans};
    let mut sent = SentPlans::default();
    sent.add(&signed);
    let keys = published();
    let northshire = PublishedKeys {
        council_id: "northshire",
        keys: &keys,
    };
    let mut contradicts = confirm(&signed.digest);
    contradicts.confirmed.as_mut().unwrap().yearly_minor = 1;
    let text = decision::decide(&contradicts, &council_key()).unwrap();
    assert!(matches!(
        sent.accept_decision(&text, &northshire),
        Err(DecisionRefused::NotVerified(p)) if p[0].code == "confirmed_amounts_differ"
    ));
    assert_eq!(sent.latest().unwrap().decision, None);
}

#[test]
fn key_files_read_back_and_refuse_mismatched_halves() {
    let file = KeyFile::new([42; 32], at("2026-11-27T09:00:00Z"), Some(northshire()));
    let (read, pair) = KeyFile::read(&file.to_json()).unwrap();
    assert_eq!(read, file);
    assert_eq!(pair.public_key(), council_key().public_key());
    let other = KeyPair::from_secret([1; 32]).public_key().hex();
    let mismatched = file.to_json().replace(&file.public_key.hex(), &other);
    assert!(KeyFile::read(&mismatched)
        .unwrap_err()
        .contains("do not belong together"));
    assert!(KeyFile::read("{}").is_err());
    assert!(KeyFile::read(&joan_signs().text).is_err());
}

/// The examples in `docs/examples/` are exactly what this code signs (Ed25519 signatures are
/// deterministic). `UPDATE_EXAMPLES=1 cargo test` rewrites them after a deliberate change.
#[test]
fn the_published_examples_are_what_the_code_signs() {
    let signed = joan_signs();
    let decision = decision::decide(&confirm(&signed.digest), &council_key()).unwrap();
    for (path, text) in [
        (
            "docs/examples/joan-signed-plan.json",
            format!("{}\n", signed.text),
        ),
        (
            "docs/examples/joan-council-decision.json",
            format!("{decision}\n"),
        ),
    ] {
        let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("UPDATE_EXAMPLES").is_some() {
            std::fs::write(&full, &text).unwrap();
        }
        assert_eq!(
            repo(path),
            text,
            "{path} is out of date: run UPDATE_EXAMPLES=1 cargo test"
        );
    }
}

#[test]
fn a_device_keeps_its_signed_plans_and_accepts_only_decisions_on_them() {
    use sds_domain::signing::sent::{DecisionRefused, SentPlans};
    let signed = joan_signs();
    let mut sent = SentPlans::default();
    sent.add(&signed);
    sent.add(&signed);
    assert_eq!(sent.entries.len(), 1);
    let keys = published();
    let northshire = PublishedKeys {
        council_id: "northshire",
        keys: &keys,
    };

    // A decision on another plan changes nothing.
    let elsewhere = decision::decide(&confirm(&"b".repeat(64)), &council_key()).unwrap();
    assert_eq!(
        sent.accept_decision(&elsewhere, &northshire),
        Err(DecisionRefused::OtherPlan {
            person: "Joan".to_owned()
        })
    );
    // A forged or altered one changes nothing.
    let forged =
        decision::decide(&confirm(&signed.digest), &KeyPair::from_secret([1; 32])).unwrap();
    assert!(matches!(
        sent.accept_decision(&forged, &northshire),
        Err(DecisionRefused::NotVerified(problems)) if problems[0].code == "not_a_council_key"
    ));
    let genuine = decision::decide(&confirm(&signed.digest), &council_key()).unwrap();
    let altered = genuine.replace("25578", "35578");
    assert!(sent.accept_decision(&altered, &northshire).is_err());
    assert!(sent.accept_decision("not json", &northshire).is_err());
    assert_eq!(sent.latest().unwrap().decision, None);

    // The genuine decision is kept with the plan, and survives being stored and read back.
    let accepted = sent.accept_decision(&genuine, &northshire).unwrap();
    assert_eq!(accepted.decision, Verdict::Confirmed);
    let stored = SentPlans::from_value(sent.to_value()).unwrap();
    assert_eq!(stored, sent);
    let entry = stored.latest().unwrap();
    assert_eq!(entry.decision().unwrap().officer.name, "Sam Patel");
    assert_eq!(
        entry.signed_plan().unwrap().declarations[0].name,
        "Joan Smith"
    );
    assert!(SentPlans::from_value(
        serde_json::json!({"format":"x","format_version":1,"entries":[]})
    )
    .is_err());
}

/// Found by fuzzing: a 1 MB signed plan of small fractional numbers took seconds to verify,
/// each number's exact expansion written out to 800 digits. Files past a signed plan's limits
/// are now refused before they are parsed, saying which limit; those within them take time in
/// proportion to their size (`cargo bench -p sds-domain --bench size`).
#[test]
fn a_signed_plan_beyond_the_limits_is_refused_before_it_is_read() {
    let signed = joan_signs();
    let mut value: Value = serde_json::from_str(&signed.text).unwrap();
    value["plan"]["plan"]["extra"] =
        Value::Array((0..5_001).map(|i| Value::from(i as f64 / 7.0)).collect());
    let result = signed_plan::verify(&value.to_string(), &[&points()]);
    assert_eq!(codes(&result.report.problems), ["too_large"]);
    assert_eq!(
        result.report.problems[0].message.args[1].1,
        sds_domain::wording::Arg::Message(
            sds_domain::limits::Exceeded::Items {
                limit: 5_000,
                line: 1
            }
            .message()
        )
    );
    assert!(result.signed.is_none());

    let long = format!(
        "\"{}\"",
        "x".repeat(sds_domain::limits::PLAN_TEXT_CHARS + 1)
    );
    let text = signed.text.replacen("\"Joan Smith\"", &long, 1);
    assert_eq!(
        codes(&signed_plan::verify(&text, &[&points()]).report.problems),
        ["too_large"]
    );

    // Within the limits, tiny fractions are refused for what they are, after the signature.
    value["plan"]["plan"]["extra"] = Value::Array(
        (0..4_000)
            .map(|i| Value::from(5e-324 * f64::from(i)))
            .collect(),
    );
    let result = signed_plan::verify(&value.to_string(), &[&points()]);
    assert!(codes(&result.report.problems).contains(&"not_whole_number"));
    assert!(codes(&result.report.problems).contains(&"signature_does_not_match"));
}

#[test]
fn more_signatures_than_a_document_carries_are_refused() {
    let signed = joan_signs();
    let mut value: Value = serde_json::from_str(&signed.text).unwrap();
    let one = value["signatures"][0].clone();
    value["signatures"] = Value::Array(vec![one; 9]);
    let result = signed_plan::verify(&value.to_string(), &[&points()]);
    assert!(
        codes(&result.report.problems).contains(&"too_many_signatures"),
        "{:?}",
        result.report.problems
    );
    assert!(
        result.report.signatures.is_empty(),
        "none of the nine was checked"
    );
}

#[test]
fn a_council_key_stands_in_force_only_between_its_dates() {
    use sds_domain::signing::decision::KeyStanding;
    let day = |text: &str| CalendarDate::parse_iso(text).unwrap();
    let keys = vec![CouncilKey {
        public_key: council_key().public_key(),
        valid_from: day("2026-01-01"),
        valid_until: Some(day("2026-12-31")),
    }];
    let northshire = PublishedKeys {
        council_id: "northshire",
        keys: &keys,
    };
    let key = council_key().public_key();
    assert_eq!(
        northshire.standing(&key, day("2026-01-01")),
        KeyStanding::InForce
    );
    assert_eq!(
        northshire.standing(&key, day("2026-12-31")),
        KeyStanding::InForce
    );
    assert_eq!(
        northshire.standing(&key, day("2025-12-31")),
        KeyStanding::NotInForce
    );
    assert_eq!(
        northshire.standing(&key, day("2027-01-01")),
        KeyStanding::NotInForce
    );
    assert_eq!(
        northshire.standing(&device_key().public_key(), day("2026-06-01")),
        KeyStanding::NotPublished
    );
}

/// Every signed-plan version released still verifies. A version 1 file (signed before plans
/// said the personal budget in three parts) verifies with a warning, and its personal budget is
/// worked out again from the plan inside it: with no contribution said, the council's part and
/// a net direct payment are unknown, never the contribution taken as nothing.
#[test]
fn every_released_signed_plan_version_still_verifies() {
    use sds_domain::signing::signed_plan::ContributionFigures;
    let v1 = repo("crates/sds-domain/tests/fixtures/signed-plans/v1.json");
    let then = sds_domain::rules::RuleSet::load(&repo(
        "crates/sds-domain/tests/fixtures/signed-plans/v1-rules.json",
    ))
    .unwrap();
    let result = signed_plan::verify(&v1, &[&points(), &then]);
    assert!(result.report.verified(), "{:?}", result.report.problems);
    assert_eq!(
        codes(&result.report.problems),
        ["signed_before_personal_budget", "rule_set_differs"]
    );
    assert_eq!(result.report.format_version, Some(1));
    assert_eq!(result.signed.unwrap().personal_budget, None);
    let recomputed = result.recomputed.unwrap().personal_budget;
    assert_eq!(recomputed.contribution, ContributionFigures::NotStated);
    assert_eq!(recomputed.council_weekly_minor, None);
    let payment = recomputed.direct_payment.unwrap();
    assert_eq!(payment.supports_weekly_minor, 13_570);
    assert_eq!(
        (payment.weekly_minor, payment.per_payment_minor),
        (None, None)
    );

    let v2 = joan_signs();
    let result = signed_plan::verify(&v2.text, &[&points()]);
    assert_eq!(result.report.format_version, Some(2));
    assert!(result.report.problems.is_empty());
}
