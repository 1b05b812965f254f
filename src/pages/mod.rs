//! One module per page (or group of pages) of the service.

pub mod about;
pub mod action_plan;
pub mod backup;
pub mod check;
pub mod council;
pub mod lock;
pub mod managing_money;
pub mod money;
pub mod new_plan;
pub mod not_found;
pub mod outcomes;
pub mod print;
pub mod service_unavailable;
pub mod sign;
pub mod signed;
pub mod start;
pub mod staying_safe;
pub mod supports;
pub mod task_list;
pub mod what_matters;
pub mod your_plans;
