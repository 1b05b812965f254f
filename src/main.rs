//! The browser entry point. Trunk builds this for wasm32; natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    support_planner::start();
}
