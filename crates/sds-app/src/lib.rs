//! The application layer: what the planner decides, as plain Rust with no browser in it.
//!
//! The domain crate knows what a plan, a rule set or a signature is. This crate knows what the
//! app does with them: the plans held in a window and how each named action changes them
//! ([`book`]), every change a page can make to a plan with its limits ([`edit`]), the values a
//! person chooses between with their stored names and catalogue keys ([`choices`]), how the
//! personal budget is said ([`personal_budget`]), rule sets checked once per content
//! ([`rule_sets`]), and the actions that take several steps. The
//! Yew pages only show what is here and send actions to it; everything that can be decided
//! without a browser is tested natively, with the clock and the store passed in.

pub mod book;
pub mod choices;
pub mod council;
pub mod edit;
pub mod fixing;
pub mod keeper;
pub mod money;
pub mod needs;
pub mod personal_budget;
pub mod restoring;
pub mod rule_sets;
pub mod signing;
