//! Pieces shared by several pages.

pub mod backup_reminder;
pub mod budget_panel;
pub mod choice_list;
pub mod contact_details;
pub mod device_gate;
pub mod error_summary;
pub mod fields;
pub mod files;
pub mod focus;
pub mod footer;
pub mod frame;
pub mod header;
pub mod item_block;
pub mod language_select;
pub mod layout;
pub mod notification_banner;
pub mod page_heading;
pub mod plan_document;
pub mod plan_frame;
pub mod route_link;
pub mod untranslated_note;
pub mod warning_text;
