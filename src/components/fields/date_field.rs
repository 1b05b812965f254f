//! A date typed as day, month and year.

use sds_domain::date::CalendarDate;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fieldset::Fieldset;
use crate::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: Option<CalendarDate>,
    pub onchange: Callback<Option<CalendarDate>>,
}

/// The GOV.UK date input: day, month and year boxes. A date is given back once all three make a
/// real date, and no date while they do not; what is typed is kept, with an error once the
/// person leaves a box and the three do not make a date.
#[component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let text = use_text();
    let initial = props.value.map(|date| {
        let iso = date.to_string();
        (
            iso[8..10].trim_start_matches('0').to_owned(),
            iso[5..7].trim_start_matches('0').to_owned(),
            iso[0..4].to_owned(),
        )
    });
    let parts = use_state(|| initial.unwrap_or_default());
    let touched = use_state(|| false);
    let (day, month, year) = (*parts).clone();
    let all_empty = day.trim().is_empty() && month.trim().is_empty() && year.trim().is_empty();
    let parse = |day: &str, month: &str, year: &str| -> Option<CalendarDate> {
        CalendarDate::new(
            year.trim().parse().ok()?,
            month.trim().parse().ok()?,
            day.trim().parse().ok()?,
        )
        .filter(|_| year.trim().len() == 4)
    };
    let error = (*touched && !all_empty && parse(&day, &month, &year).is_none())
        .then(|| AttrValue::from(text.get("error-date")));
    let onblur = {
        let touched = touched.clone();
        Callback::from(move |_: FocusEvent| touched.set(true))
    };
    let part_input = |which: usize, label: String, width: &'static str, value: String| {
        let id = match which {
            0 => props.id.to_string(),
            1 => format!("{}-month", props.id),
            _ => format!("{}-year", props.id),
        };
        let oninput = {
            let (parts, callback) = (parts.clone(), props.onchange.clone());
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let mut next = (*parts).clone();
                match which {
                    0 => next.0 = input.value(),
                    1 => next.1 = input.value(),
                    _ => next.2 = input.value(),
                }
                // Not yet a whole date: the plan has no date, rather than an old one.
                callback.emit(parse(&next.0, &next.1, &next.2));
                parts.set(next);
            })
        };
        html! {
            <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for={id.clone()}>{ label }</label>
                    <input class={classes!("govuk-input", "govuk-date-input__input", width, error.is_some().then_some("govuk-input--error"))}
                        id={id.clone()} name={id} type="text" inputmode="numeric" value={value} {oninput}
                        onblur={onblur.clone()} />
                </div>
            </div>
        }
    };
    html! {
        <Fieldset id={props.id.clone()} legend={props.legend.clone()} hint={props.hint.clone()} error={error.clone()}>
            <div class="govuk-date-input">
                { part_input(0, text.get("date-day"), "govuk-input--width-2", day) }
                { part_input(1, text.get("date-month"), "govuk-input--width-2", month) }
                { part_input(2, text.get("date-year"), "govuk-input--width-4", year) }
            </div>
        </Fieldset>
    }
}
