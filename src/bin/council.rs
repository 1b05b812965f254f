//! The council's page (council.html): its own entry and wasm, so the council's tools are not in
//! the person's. Trunk builds this for wasm32; natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    support_planner::start_council();
}
