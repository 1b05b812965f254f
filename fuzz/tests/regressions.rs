//! Every input the fuzz harness ever found failing, kept in `fuzz/regressions/<target>/`, and
//! every seed, run through its target again: each must now keep its target's promises. (How
//! long each takes is the harness's and the benchmarks' to measure, not a test's.)

use sds_fuzz::{regressions, run_one, seeds, Fixtures, TARGETS};

#[test]
fn every_kept_failure_and_every_seed_keeps_its_promises() {
    let fixtures = Fixtures::load("regressions").expect("the samples load");
    let mut failed = Vec::new();
    let mut count = 0;
    for target in &TARGETS {
        let kept = regressions(target).into_iter();
        let seeded = seeds(target)
            .into_iter()
            .map(|seed| (target.name.into(), seed));
        for (path, input) in kept.chain(seeded) {
            count += 1;
            if let Err(why) = run_one(target, &input, &fixtures) {
                failed.push(format!("{} {}: {why}", target.name, path.display()));
            }
        }
    }
    assert!(count > TARGETS.len(), "every target has seeds");
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
