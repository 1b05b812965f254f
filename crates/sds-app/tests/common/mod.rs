//! The samples, fixed clock and repeatable random numbers the domain's tests use, shared so
//! both crates' tests work on the same plans and moments.
#![allow(dead_code)] // Each test file uses only some of them.

#[path = "../../../sds-domain/tests/common/mod.rs"]
mod samples;

pub use samples::*;
