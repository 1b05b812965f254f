//! The person's app's entry point (index.html); the council's page has its own
//! (`src/bin/council.rs`). Trunk builds this for wasm32; natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    support_planner::start();
}
