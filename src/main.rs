//! The start page's entry point (index.html): the first page a person opens, with its own small
//! wasm. The plans pages (`src/bin/plans.rs`) and the council's page (`src/bin/council.rs`) have
//! their own. Trunk builds this for wasm32; natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    support_planner::start();
}
