//! Benchmark (not a test; ignored in the test run): the allocation engine in the browser, on the
//! same 200-question made-up rule set as the native benchmark. scripts/bench.sh runs it with
//! `--include-ignored --nocapture` and a release build.
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
