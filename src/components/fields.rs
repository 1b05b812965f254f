//! Form fields in the GOV.UK Design System's patterns: a label (or legend), an optional hint, an
//! error message tied to the field, and the field. Each reports the person's input through a
//! callback; none keeps anything of its own except what is half-typed (a date, an amount).

use sds_domain::date::CalendarDate;
use sds_domain::money::{minor_as_input, parse_major};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::use_text;

/// `aria-describedby` for a field with an optional hint and error.
pub(crate) fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

pub(crate) fn hint_html(id: &str, hint: &Option<AttrValue>, lang: &Option<AttrValue>) -> Html {
    match hint {
        Some(hint) => {
            html! { <div id={format!("{id}-hint")} class="govuk-hint" lang={lang.clone()}>{ hint }</div> }
        }
        None => html! {},
    }
}

#[component]
pub(crate) fn ErrorMessage(props: &ErrorMessageProps) -> Html {
    let text = use_text();
    match &props.error {
        Some(error) => html! {
            <p id={format!("{}-error", props.id)} class="govuk-error-message">
                <span class="govuk-visually-hidden">{ text.get("error-prefix") }</span>
                { error }
            </p>
        },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct ErrorMessageProps {
    pub id: AttrValue,
    pub error: Option<AttrValue>,
}

/// A field's label, or, on a question page whose one field it is, the page heading holding it.
fn field_label(
    id: &AttrValue,
    label: &AttrValue,
    is_heading: bool,
    has_error: bool,
    lang: &Option<AttrValue>,
) -> Html {
    if is_heading {
        html! { <PageHeading text={label.clone()} label_for={id.clone()} has_errors={has_error} lang={lang.clone()} /> }
    } else {
        html! { <label class="govuk-label" for={id.clone()} lang={lang.clone()}>{ label }</label> }
    }
}

/// The languages of a field's own words where they are not the page's: a council's question
/// left in its rule set's language is marked as such (WCAG 3.1.2), part by part.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordsLang {
    pub label: Option<AttrValue>,
    pub hint: Option<AttrValue>,
}

fn group_class(error: &Option<AttrValue>) -> Classes {
    classes!(
        "govuk-form-group",
        error.is_some().then_some("govuk-form-group--error")
    )
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    /// A GOV.UK width class such as "govuk-input--width-10"; full width when absent.
    #[prop_or_default]
    pub width: Option<&'static str>,
    #[prop_or_default]
    pub autocomplete: Option<&'static str>,
    #[prop_or_default]
    pub inputmode: Option<&'static str>,
    /// Shown before the box, like "£".
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Shown after the box, like "hours".
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// The label is the page's heading (a question page with one field).
    #[prop_or_default]
    pub is_heading: bool,
    #[prop_or_default]
    pub spellcheck: Option<bool>,
    #[prop_or_default]
    pub onblur: Option<Callback<FocusEvent>>,
    /// "password" for a passphrase; "text" when absent.
    #[prop_or_default]
    pub input_type: Option<&'static str>,
    /// The languages of the label (or legend) and hint, where not the page's.
    #[prop_or_default]
    pub words_lang: WordsLang,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = {
        let callback = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            callback.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let label = field_label(
        &props.id,
        &props.label,
        props.is_heading,
        props.error.is_some(),
        &props.words_lang.label,
    );
    let input = html! {
        <input
            class={classes!("govuk-input", props.width, props.error.is_some().then_some("govuk-input--error"))}
            id={props.id.clone()}
            name={props.id.clone()}
            type={props.input_type.unwrap_or("text")}
            value={props.value.clone()}
            autocomplete={props.autocomplete}
            inputmode={props.inputmode}
            spellcheck={props.spellcheck.map(|s| if s { "true" } else { "false" })}
            aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}
            {oninput}
            onblur={props.onblur.clone()}
        />
    };
    html! {
        <div class={group_class(&props.error)}>
            { label }
            { hint_html(&props.id, &props.hint, &props.words_lang.hint) }
            <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
            if props.prefix.is_some() || props.suffix.is_some() {
                <div class="govuk-input__wrapper">
                    if let Some(prefix) = &props.prefix {
                        <div class="govuk-input__prefix" aria-hidden="true">{ prefix }</div>
                    }
                    { input }
                    if let Some(suffix) = &props.suffix {
                        <div class="govuk-input__suffix" aria-hidden="true">{ suffix }</div>
                    }
                </div>
            } else {
                { input }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or(5)]
    pub rows: u32,
    #[prop_or_default]
    pub is_heading: bool,
}

#[component]
pub fn TextArea(props: &TextAreaProps) -> Html {
    let oninput = {
        let callback = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            callback.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let label = field_label(
        &props.id,
        &props.label,
        props.is_heading,
        props.error.is_some(),
        &None,
    );
    html! {
        <div class={group_class(&props.error)}>
            { label }
            { hint_html(&props.id, &props.hint, &None) }
            <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
            <textarea
                class={classes!("govuk-textarea", props.error.is_some().then_some("govuk-textarea--error"))}
                id={props.id.clone()}
                name={props.id.clone()}
                rows={props.rows.to_string()}
                value={props.value.clone()}
                aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}
                {oninput}
            />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ListAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub items: Vec<String>,
    pub onchange: Callback<Vec<String>>,
}

/// A list typed one item a line. What is typed is kept as typed (so a new line can be started);
/// the list given back has each line trimmed and blank lines dropped.
#[component]
pub fn ListArea(props: &ListAreaProps) -> Html {
    let typed = use_state(|| props.items.join("\n"));
    let oninput = {
        let (typed, callback) = (typed.clone(), props.onchange.clone());
        Callback::from(move |value: String| {
            callback.emit(
                value
                    .lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty())
                    .map(str::to_owned)
                    .collect(),
            );
            typed.set(value);
        })
    };
    html! {
        <TextArea id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            rows={4} value={(*typed).clone()} {oninput} />
    }
}

/// One choice among radios or checkboxes.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    /// The label's language, where it is not the page's.
    pub lang: Option<AttrValue>,
}

impl Choice {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
            lang: None,
        }
    }

    /// The same choice with its label marked as in another language.
    pub fn in_language(mut self, lang: Option<AttrValue>) -> Choice {
        self.lang = lang;
        self
    }

    pub fn hinted(
        value: impl Into<AttrValue>,
        label: impl Into<AttrValue>,
        hint: impl Into<AttrValue>,
    ) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: Some(hint.into()),
            lang: None,
        }
    }
}

/// The id of the n-th input of a group: the first carries the group's own id, so an error
/// summary link to the group lands on it.
fn item_id(id: &str, index: usize) -> String {
    if index == 0 {
        id.to_owned()
    } else {
        format!("{id}-{}", index + 1)
    }
}

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
}

/// A fieldset with a legend, hint and error: the frame of radios, checkboxes and dates.
#[component]
pub fn Fieldset(props: &FieldsetProps) -> Html {
    html! {
        <div class={group_class(&props.error)}>
            <fieldset class="govuk-fieldset"
                aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}>
                <legend class={classes!("govuk-fieldset__legend",
                    if props.is_heading { "govuk-fieldset__legend--l" } else { "govuk-fieldset__legend--m" })}>
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

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub choices: Vec<Choice>,
    pub selected: Option<AttrValue>,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub is_heading: bool,
    #[prop_or_default]
    pub inline: bool,
    /// The languages of the label (or legend) and hint, where not the page's.
    #[prop_or_default]
    pub words_lang: WordsLang,
}

#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let items = props.choices.iter().enumerate().map(|(index, choice)| {
        let id = item_id(&props.id, index);
        let onchange = {
            let callback = props.onchange.clone();
            let value = choice.value.to_string();
            Callback::from(move |_: Event| callback.emit(value.clone()))
        };
        html! {
            <div class="govuk-radios__item" key={choice.value.to_string()}>
                <input class="govuk-radios__input" id={id.clone()} name={props.id.clone()} type="radio"
                    value={choice.value.clone()} checked={props.selected.as_ref() == Some(&choice.value)}
                    aria-describedby={choice.hint.as_ref().map(|_| format!("{id}-item-hint"))}
                    {onchange} />
                <label class="govuk-label govuk-radios__label" for={id.clone()} lang={choice.lang.clone()}>{ &choice.label }</label>
                if let Some(hint) = &choice.hint {
                    <div id={format!("{id}-item-hint")} class="govuk-hint govuk-radios__hint">{ hint }</div>
                }
            </div>
        }
    });
    html! {
        <Fieldset id={props.id.clone()} legend={props.legend.clone()} hint={props.hint.clone()}
            error={props.error.clone()} is_heading={props.is_heading} caption={props.caption.clone()}
            words_lang={props.words_lang.clone()}>
            <div class={classes!("govuk-radios", props.inline.then_some("govuk-radios--inline"))}>
                { for items }
            </div>
        </Fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub choices: Vec<Choice>,
    pub selected: Vec<String>,
    pub onchange: Callback<Vec<String>>,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub is_heading: bool,
    /// The languages of the label (or legend) and hint, where not the page's.
    #[prop_or_default]
    pub words_lang: WordsLang,
}

#[component]
pub fn Checkboxes(props: &CheckboxesProps) -> Html {
    let items = props.choices.iter().enumerate().map(|(index, choice)| {
        let id = item_id(&props.id, index);
        let checked = props.selected.iter().any(|s| s.as_str() == choice.value.as_str());
        let onchange = {
            let callback = props.onchange.clone();
            let value = choice.value.to_string();
            let selected = props.selected.clone();
            let order: Vec<String> = props.choices.iter().map(|c| c.value.to_string()).collect();
            Callback::from(move |_: Event| {
                let mut next: Vec<String> = if checked {
                    selected.iter().filter(|s| **s != value).cloned().collect()
                } else {
                    selected.iter().cloned().chain([value.clone()]).collect()
                };
                // A value with no box on the page (an outcome since removed) goes.
                next.retain(|v| order.contains(v));
                next.sort_by_key(|v| order.iter().position(|o| o == v));
                callback.emit(next);
            })
        };
        html! {
            <div class="govuk-checkboxes__item" key={choice.value.to_string()}>
                <input class="govuk-checkboxes__input" id={id.clone()} name={props.id.clone()} type="checkbox"
                    value={choice.value.clone()} {checked}
                    aria-describedby={choice.hint.as_ref().map(|_| format!("{id}-item-hint"))}
                    {onchange} />
                <label class="govuk-label govuk-checkboxes__label" for={id.clone()} lang={choice.lang.clone()}>{ &choice.label }</label>
                if let Some(hint) = &choice.hint {
                    <div id={format!("{id}-item-hint")} class="govuk-hint govuk-checkboxes__hint">{ hint }</div>
                }
            </div>
        }
    });
    html! {
        <Fieldset id={props.id.clone()} legend={props.legend.clone()} hint={props.hint.clone()}
            error={props.error.clone()} is_heading={props.is_heading} caption={props.caption.clone()}
            words_lang={props.words_lang.clone()}>
            <div class="govuk-checkboxes">{ for items }</div>
        </Fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// `(value, label)`; an empty value means "none chosen".
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
}

#[component]
pub fn Select(props: &SelectProps) -> Html {
    let onchange = {
        let callback = props.onchange.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            callback.emit(select.value());
        })
    };
    html! {
        <div class={group_class(&props.error)}>
            <label class="govuk-label" for={props.id.clone()}>{ &props.label }</label>
            { hint_html(&props.id, &props.hint, &None) }
            <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
            <select class={classes!("govuk-select", props.error.is_some().then_some("govuk-select--error"))}
                id={props.id.clone()} name={props.id.clone()}
                aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}
                {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MoneyFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The amount in minor units, if one is set.
    pub value: Option<i64>,
    pub minor_digits: u32,
    pub onchange: Callback<Option<i64>>,
    #[prop_or_default]
    pub is_heading: bool,
    /// An error from outside (for example "enter an amount" on submitting).
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// An amount of money: typed in pounds and pence, given back in minor units (`None` while what
/// is typed is not an amount, so the plan never keeps an old figure the person has changed). What
/// is typed is kept as typed; an error shows once the person leaves a box that is not an amount.
#[component]
pub fn MoneyField(props: &MoneyFieldProps) -> Html {
    let text = use_text();
    let typed = use_state(|| {
        props
            .value
            .map(|v| minor_as_input(v, props.minor_digits))
            .unwrap_or_default()
    });
    let touched = use_state(|| false);
    let digits = props.minor_digits;
    let unreadable = !typed.trim().is_empty() && parse_major(&typed, digits).is_none();
    let oninput = {
        let (typed, callback) = (typed.clone(), props.onchange.clone());
        Callback::from(move |value: String| {
            // Not an amount (yet): the plan has none, rather than the old one.
            callback.emit(parse_major(&value, digits));
            typed.set(value);
        })
    };
    let onblur = {
        let touched = touched.clone();
        Callback::from(move |_: FocusEvent| touched.set(true))
    };
    let error = if unreadable && *touched {
        Some(AttrValue::from(text.get("error-amount")))
    } else {
        props.error.clone()
    };
    html! {
        <TextField id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            value={(*typed).clone()} {oninput} {error} prefix={text.get("currency-symbol")}
            width="govuk-input--width-10" inputmode="decimal" spellcheck={false}
            is_heading={props.is_heading} onblur={Some(onblur)} />
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: u32,
    pub max: u32,
    pub onchange: Callback<u32>,
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
}

/// A whole number from 0 to `max`, kept as typed; given back as 0 while what is typed is not one
/// (so an old figure is never silently kept), with an error once the person leaves the box.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let text = use_text();
    let typed = use_state(|| props.value.to_string());
    let touched = use_state(|| false);
    let max = props.max;
    let read = move |value: &str| value.trim().parse::<u32>().ok().filter(|n| *n <= max);
    let error = (read(&typed).is_none() && *touched)
        .then(|| AttrValue::from(text.with("error-whole-number", &[("max", max.into())])));
    let oninput = {
        let (typed, callback) = (typed.clone(), props.onchange.clone());
        Callback::from(move |value: String| {
            // Not a whole number (yet): the plan has none, rather than the old one.
            callback.emit(read(&value).unwrap_or(0));
            typed.set(value);
        })
    };
    let onblur = {
        let touched = touched.clone();
        Callback::from(move |_: FocusEvent| touched.set(true))
    };
    html! {
        <TextField id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            value={(*typed).clone()} {oninput} {error} suffix={props.suffix.clone()}
            width="govuk-input--width-4" inputmode="numeric" spellcheck={false} onblur={Some(onblur)} />
    }
}

/// After a button adds an item, the id of the field to focus once it is on the page.
#[hook]
pub fn use_focus_after_render() -> UseStateHandle<Option<String>> {
    let target = use_state(|| None::<String>);
    {
        let target = target.clone();
        use_effect_with((*target).clone(), move |wanted| {
            if let Some(id) = wanted {
                if focus_element(id) {
                    target.set(None);
                }
            }
        });
    }
    target
}

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

/// Moves focus to the element with this id, scrolling it into view: where a link from a finding
/// or an error summary lands.
pub fn focus_element(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => {
            element.scroll_into_view();
            element.focus().is_ok()
        }
        None => false,
    }
}
