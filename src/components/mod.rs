//! Pieces shared by several pages.

pub mod error_summary;
pub mod footer;
pub mod header;
pub mod layout;
pub mod page_heading;
pub mod route_link;
