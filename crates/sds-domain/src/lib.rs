//! The self-directed support domain.
//!
//! Everything that decides something lives here, as plain Rust with no browser dependency, so it
//! is tested natively in milliseconds and shared by the browser app and the council's
//! command-line tool. The browser app only renders what this crate computes.

pub mod canonical;
pub mod colour;
pub mod config;
pub mod date;
pub mod json_location;
pub mod keeping;
pub mod limits;
pub mod money;
pub mod plan;
pub mod rules;
pub mod signing;
pub mod wording;
