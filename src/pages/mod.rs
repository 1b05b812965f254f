//! One module per page of the service.

pub mod new_plan;
pub mod not_found;
pub mod service_unavailable;
pub mod start;
pub mod your_plans;
