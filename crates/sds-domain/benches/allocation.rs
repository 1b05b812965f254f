//! Benchmark (not a test): loading and evaluating a 200-question rule set natively.
//!
//! `cargo bench -p sds-domain --features synthetic --bench allocation`
//! Prints the median of many timed batches, so one slow moment on a busy machine does not
//! decide the figure.

mod timing;
use timing::median_micros;

use sds_domain::rules::answers::Answers;
use sds_domain::rules::synthetic;
use sds_domain::rules::RuleSet;
use std::hint::black_box;

fn main() {
    for questions in [26, 200] {
        let text = synthetic::rule_set(questions);
        let answers_text = synthetic::answers(questions);
        let rules = RuleSet::load(&text).expect("the synthetic rule set loads");
        let answers = Answers::from_json(&answers_text).expect("the synthetic answers parse");
        let load = median_micros(21, 20, || {
            black_box(RuleSet::load(black_box(&text)).ok());
        });
        let budget = median_micros(21, 500, || {
            black_box(rules.budget(black_box(&answers)).ok());
        });
        let explained = median_micros(21, 200, || {
            black_box(rules.explain(black_box(&answers)).ok());
        });
        println!(
            "{questions} questions, {} steps: load and check {load:.0} µs; budget {budget:.1} µs; \
             budget with explanation {explained:.1} µs",
            rules.file().allocation.steps.len()
        );
    }
}
