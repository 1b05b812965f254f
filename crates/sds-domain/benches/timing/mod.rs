//! Shared by the native benchmarks: timing that is robust on a busy machine.

use std::time::Instant;

/// The median per-run time in microseconds of `batches` batches of `per_batch` runs, so one slow
/// moment on a busy machine does not decide the figure.
pub fn median_micros(batches: usize, per_batch: usize, mut work: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_batch {
                work();
            }
            start.elapsed().as_secs_f64() * 1e6 / per_batch as f64
        })
        .collect();
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[samples.len() / 2]
}
