//! Form fields in the GOV.UK Design System's patterns: a label (or legend), an optional hint, an
//! error message tied to the field, and the field. Each reports the person's input through a
//! callback; none keeps anything of its own except what is half-typed (a date, an amount).
//!
//! One widget a file; everything is re-exported here so a page names any field as
//! `fields::X`, wherever it lives. The focus helpers live in `components::focus` (the page
//! heading uses them too) and are re-exported because pages reach them through here.

mod checkboxes;
mod choice;
mod date_field;
mod fieldset;
mod list_area;
mod money_field;
mod number_field;
mod parts;
mod radios;
mod select;
mod text_area;
mod text_field;
mod words_lang;

pub use checkboxes::{Checkboxes, CheckboxesProps};
pub use choice::Choice;
pub use date_field::{DateField, DateFieldProps};
pub use fieldset::{Fieldset, FieldsetProps};
pub use list_area::{ListArea, ListAreaProps};
pub use money_field::{MoneyField, MoneyFieldProps};
pub use number_field::{NumberField, NumberFieldProps};
pub(crate) use parts::{described_by, hint_html, ErrorMessage};
pub use radios::{Radios, RadiosProps};
pub use select::{Select, SelectProps};
pub use text_area::{TextArea, TextAreaProps};
pub use text_field::{TextField, TextFieldProps};
pub use words_lang::WordsLang;

pub use crate::components::focus::{focus_element, use_focus_after_render};
