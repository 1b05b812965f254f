//! The person's plans pages (plans.html): every page but the start page, in their own entry and
//! wasm, so the start page's is small. Trunk builds this for wasm32; natively there is nothing
//! to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    support_planner::start_plans();
}
