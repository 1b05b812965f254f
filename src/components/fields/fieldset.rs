//! The fieldset and legend that group radios, checkboxes and the parts of a date.

use yew::prelude::*;

use super::parts::{described_by, group_class, hint_html, ErrorMessage};
use super::words_lang::WordsLang;
use crate::components::page_heading::PageHeading;

#[derive(Properties, PartialEq)]
pub struct FieldsetProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The legend is the page's heading.
    #[prop_or_default]
    pub is_heading: bool,
    /// A caption above a heading legend, such as "Question 5 of 26".
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
    /// The languages of the label (or legend) and hint, where not the page's.
    #[prop_or_default]
    pub words_lang: WordsLang,
    /// A smaller legend, for a question under a section heading of its own, so the question
    /// does not read as a second heading.
    #[prop_or_default]
    pub small_legend: bool,
}

/// A fieldset with a legend, hint and error: the frame of radios, checkboxes and dates.
#[component]
pub fn Fieldset(props: &FieldsetProps) -> Html {
    html! {
        <div class={group_class(&props.error)}>
            <fieldset class="govuk-fieldset"
                aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}>
                <legend class={classes!("govuk-fieldset__legend",
                    if props.is_heading { "govuk-fieldset__legend--l" }
                    else if props.small_legend { "govuk-fieldset__legend--s" }
                    else { "govuk-fieldset__legend--m" })}>
                    if props.is_heading {
                        <PageHeading text={props.legend.clone()} class={classes!("govuk-fieldset__heading")}
                            has_errors={props.error.is_some()} caption={props.caption.clone()}
                            lang={props.words_lang.label.clone()} />
                    } else {
                        <span lang={props.words_lang.label.clone()}>{ &props.legend }</span>
                    }
                </legend>
                { hint_html(&props.id, &props.hint, &props.words_lang.hint) }
                <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
                { props.children.clone() }
            </fieldset>
        </div>
    }
}
