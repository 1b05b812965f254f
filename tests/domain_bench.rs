//! Benchmarks (not tests; ignored in the test run): the domain in the browser. The allocation
//! engine on the same 200-question made-up rule set as the native benchmark, and signing and
//! verifying the Joan example plan. scripts/bench.sh runs them with `--include-ignored
//! --nocapture` and a release build.
#![cfg(target_arch = "wasm32")]

use sds_domain::rules::answers::Answers;
use sds_domain::rules::synthetic;
use sds_domain::rules::RuleSet;
use std::hint::black_box;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The median per-run time in microseconds of `batches` batches of `per_batch` runs.
fn median_micros(batches: usize, per_batch: usize, mut work: impl FnMut()) -> f64 {
    let clock = web_sys::window()
        .and_then(|w| w.performance())
        .expect("a browser with performance.now()");
    let mut samples: Vec<f64> = (0..batches)
        .map(|_| {
            let start = clock.now();
            for _ in 0..per_batch {
                work();
            }
            (clock.now() - start) * 1000.0 / per_batch as f64
        })
        .collect();
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[samples.len() / 2]
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run by scripts/bench.sh"]
fn allocation_in_the_browser() {
    for questions in [26, 200] {
        let text = synthetic::rule_set(questions);
        let rules = RuleSet::load(&text).expect("the synthetic rule set loads");
        let answers = Answers::from_json(&synthetic::answers(questions)).expect("answers parse");
        let load = median_micros(11, 10, || {
            black_box(RuleSet::load(black_box(&text)).ok());
        });
        let budget = median_micros(21, 200, || {
            black_box(rules.budget(black_box(&answers)).ok());
        });
        let explained = median_micros(21, 50, || {
            black_box(rules.explain(black_box(&answers)).ok());
        });
        console_log!(
            "BENCH browser: {questions} questions: load and check {load:.0} µs; budget {budget:.1} µs; budget with explanation {explained:.1} µs"
        );
    }
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run by scripts/bench.sh"]
fn signing_in_the_browser() {
    use sds_domain::date::Timestamp;
    use sds_domain::plan::stored::read_plan;
    use sds_domain::signing::signed_plan::{sign, verify, Signer, SignerRole};
    use sds_domain::signing::KeyPair;

    let rules = RuleSet::load(include_str!("../static/rules/northshire-points-2026.json"))
        .expect("the sample rule set loads");
    let plan = read_plan(include_str!("../docs/examples/joan-support-plan.json"))
        .expect("the example plan reads");
    let key = KeyPair::from_secret([7; 32]);
    let signers = [Signer {
        name: "Joan Smith".to_owned(),
        role: SignerRole::Person,
        text: "I agree to this support plan.".to_owned(),
    }];
    let at = Timestamp::parse("2026-11-27T10:15:00Z").expect("a time");
    let signed = sign(&plan, &rules, &signers, "en-GB", at, &key).expect("the plan signs");
    let signing = median_micros(11, 10, || {
        black_box(sign(black_box(&plan), &rules, &signers, "en-GB", at, &key).ok());
    });
    let verifying = median_micros(11, 10, || {
        black_box(verify(black_box(&signed.text), &[&rules]));
    });
    console_log!(
        "BENCH browser: the Joan example ({} KiB signed): sign {signing:.0} µs; verify and recompute {verifying:.0} µs",
        signed.text.len() / 1024
    );
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run by scripts/bench.sh"]
fn keeping_in_the_browser() {
    use sds_domain::keeping::device::{Device, Expect};
    use sds_domain::keeping::lock::{DataKey, Lock};
    use sds_domain::keeping::MemoryStore;
    use sds_domain::plan::stored::read_plan;
    use support_planner::storage::BrowserEntropy;

    let lock = Lock::new(
        "correct horse battery",
        &DataKey::from_bytes([7; 32]),
        [1; 16],
        [[2; 24], [3; 24]],
        15,
    )
    .expect("a lock");
    let unlock = median_micros(5, 1, || {
        black_box(lock.unlock(black_box("correct horse battery")).ok());
    });
    let mut plan = read_plan(include_str!("../docs/examples/joan-support-plan.json"))
        .expect("the example plan reads");
    let (plain_store, sealed_store) = (MemoryStore::new(), MemoryStore::new());
    let key = Device::new(&sealed_store, None, &BrowserEntropy, None)
        .turn_lock_on("correct horse battery", 15)
        .expect("the lock turns on")
        .key;
    let timings: Vec<(f64, f64)> = [(&plain_store, None), (&sealed_store, Some(&key))]
        .into_iter()
        .map(|(store, key)| {
            let device = Device::new(store, key, &BrowserEntropy, None);
            device
                .save_plan(&plan, Expect::Anything)
                .expect("the plan saves");
            let save = median_micros(11, 20, || {
                plan.what_matters.text.push('.');
                black_box(device.save_plan(black_box(&plan), Expect::Anything))
                    .expect("the plan saves");
            });
            let read = median_micros(11, 20, || {
                black_box(device.plan(black_box(&plan.id)))
                    .expect("the plan reads")
                    .expect("the plan is there");
            });
            (save, read)
        })
        .collect();
    console_log!(
        "BENCH browser: unlock (Argon2id, 46 MiB, 2 passes) {:.0} ms; save the Joan example {:.0} µs plain, {:.0} µs sealed; read it {:.0} µs plain, {:.0} µs sealed",
        unlock / 1000.0,
        timings[0].0,
        timings[1].0,
        timings[0].1,
        timings[1].1
    );
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: run by scripts/bench.sh"]
fn hostile_signed_plan_in_the_browser() {
    use sds_domain::signing::signed_plan::verify;
    let rules = RuleSet::load(include_str!("../static/rules/northshire-points-2026.json"))
        .expect("the sample rule set loads");
    // The council view opening a 1 MB signed plan of small fractional numbers (in lists of the
    // 5,000 items a list may hold), which once took seconds: what the page waits for.
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../docs/examples/joan-signed-plan.json"))
            .expect("the example is JSON");
    let lists: Vec<serde_json::Value> = (0..17)
        .map(|n| {
            (0..5_000)
                .map(|i| serde_json::json!(5e-324 * f64::from(i + n) + 1e-300 * f64::from(i)))
                .collect()
        })
        .collect();
    value["plan"]["plan"]["extra"] = serde_json::Value::Array(lists);
    let text = value.to_string();
    let verifying = median_micros(5, 1, || {
        black_box(verify(black_box(&text), &[&rules]));
    });
    console_log!(
        "BENCH browser: a hostile signed plan ({} KiB of tiny fractions): verify {:.0} ms",
        text.len() / 1024,
        verifying / 1000.0
    );
}
