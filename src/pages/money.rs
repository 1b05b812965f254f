//! "Find out your money": the council's questions one per page (GOV.UK question pages), only
//! those whose conditions apply, with the indicative budget updating as the person answers, and
//! a summary that shows how it was worked out.

use std::rc::Rc;

use sds_app::choices::Choosable;
use sds_app::edit::PlanEdit;
use sds_app::money::{asked, first_to_answer, next_after, usable_answers};
use sds_domain::money::{minor_as_input, parse_major, Plain};
use sds_domain::rules::answers::Answer;
use sds_domain::rules::format::{Dec, QuestionFile, QuestionType};
use sds_domain::rules::{RuleSet, Untranslated, WordsAt};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::budget_panel::BudgetPanel;
use crate::components::choice_list::choice_list;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::{Checkboxes, Choice, Radios, TextField, WordsLang};
use crate::components::page_heading::PageHeading;
use crate::components::plan_frame::{use_rules, who, BackToTasks, PlanNotFound};
use crate::components::route_link::RouteLink;
use crate::components::untranslated_note::UntranslatedNote;
use crate::components::warning_text::WarningText;
use crate::i18n::{use_text, Text};
use crate::routes::Route;
use crate::state::use_plan;

#[derive(Properties, PartialEq)]
pub struct MoneyProps {
    pub id: String,
}

fn question<'r>(rules: &'r RuleSet, id: &str) -> Option<&'r QuestionFile> {
    rules.questions().find(|q| q.id == id)
}

/// An answer as the person chose it, in words.
pub fn answer_words(
    rules: &RuleSet,
    question: &QuestionFile,
    answer: Option<&Answer>,
    text: &Text,
) -> String {
    let label = |id: &str| {
        question
            .options
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.label.clone())
            .unwrap_or_default()
    };
    match answer {
        None => text.get("not-answered"),
        Some(Answer::Option(id)) => label(id),
        Some(Answer::Options(ids)) if ids.is_empty() => text.get("none-of-these"),
        Some(Answer::Options(ids)) => ids
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Answer::YesNo(yes)) => text.get(yes.key()),
        Some(Answer::Number(n)) if question.kind == QuestionType::Money => {
            rules.currency().format(*n)
        }
        Some(Answer::Number(n)) => match &question.unit {
            Some(unit) => format!("{n} {unit}"),
            None => n.to_string(),
        },
    }
}

#[component]
pub fn MoneyStart(props: &MoneyProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let (Some((plan, _)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    // Start at the first question still to answer; with none left, at the first.
    let next = match first_to_answer(&rules, &plan.answers) {
        Some(question) => Route::Question {
            id: plan.id.clone(),
            question,
        },
        None => Route::Budget {
            id: plan.id.clone(),
        },
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("money-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.with("money-intro", &{
                    let mut args = who(&plan, &text);
                    args.push(("council", rules.file().council.clone().into()));
                    args
                }) }</p>
                <p class="govuk-body">{ text.with("money-count", &[("count", asked(&rules, &plan.answers).len().into())]) }</p>
                <p class="govuk-body">{ text.get("money-indicative") }</p>
                <div class="govuk-button-group">
                    <RouteLink to={next} class="govuk-button" role="button">
                        { text.get(if plan.answers.0.is_empty() { "money-start" } else { "money-continue" }) }
                    </RouteLink>
                    if !plan.answers.0.is_empty() {
                        <RouteLink to={Route::Budget { id: plan.id.clone() }} class="govuk-link">{ text.get("money-see-budget") }</RouteLink>
                    }
                </div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub id: String,
    pub question: String,
}

/// The answer being given, before it is saved by "Continue".
#[derive(Clone, PartialEq)]
enum AnswerDraft {
    Choice(Option<String>),
    Choices(Vec<String>),
    YesNo(Option<bool>),
    Typed(String),
}

impl AnswerDraft {
    fn from_answer(
        question: &QuestionFile,
        answer: Option<&Answer>,
        minor_digits: u32,
    ) -> AnswerDraft {
        match (question.kind, answer) {
            (QuestionType::SingleChoice, Some(Answer::Option(o))) => {
                AnswerDraft::Choice(Some(o.clone()))
            }
            (QuestionType::SingleChoice, _) => AnswerDraft::Choice(None),
            (QuestionType::MultipleChoice, Some(Answer::Options(o))) if o.is_empty() => {
                AnswerDraft::Choices(vec![NONE_OF_THESE.to_owned()])
            }
            (QuestionType::MultipleChoice, Some(Answer::Options(o))) => {
                AnswerDraft::Choices(o.clone())
            }
            (QuestionType::MultipleChoice, _) => AnswerDraft::Choices(Vec::new()),
            (QuestionType::YesNo, Some(Answer::YesNo(b))) => AnswerDraft::YesNo(Some(*b)),
            (QuestionType::YesNo, _) => AnswerDraft::YesNo(None),
            (QuestionType::Money, Some(Answer::Number(n))) => {
                AnswerDraft::Typed(minor_as_input(*n, minor_digits))
            }
            (_, Some(Answer::Number(n))) => AnswerDraft::Typed(n.to_string()),
            _ => AnswerDraft::Typed(String::new()),
        }
    }

    /// The answer, or the catalogue key and arguments of what is wrong with it.
    fn answer(&self, question: &QuestionFile, rules: &RuleSet) -> Result<Answer, AnswerError> {
        let fits = |answer: Answer| match rules.check_answer(&question.id, &answer) {
            Ok(()) => Ok(answer),
            Err(_) => Err(("error-select-answer", Vec::new())),
        };
        match self {
            AnswerDraft::Choice(Some(option)) => fits(Answer::Option(option.clone())),
            AnswerDraft::Choice(None) | AnswerDraft::YesNo(None) => {
                Err(("error-select-answer", Vec::new()))
            }
            AnswerDraft::Choices(options) if options.is_empty() => {
                Err(("error-select-answer", Vec::new()))
            }
            AnswerDraft::Choices(options) if options.iter().any(|o| o == NONE_OF_THESE) => {
                fits(Answer::Options(Vec::new()))
            }
            AnswerDraft::Choices(options) => fits(Answer::Options(options.clone())),
            AnswerDraft::YesNo(Some(yes)) => Ok(Answer::YesNo(*yes)),
            AnswerDraft::Typed(typed) => {
                let money = question.kind == QuestionType::Money;
                let currency = rules.currency();
                let value = if money {
                    parse_major(typed, currency.minor_digits)
                } else {
                    typed.trim().parse::<i64>().ok()
                };
                match value.map(Answer::Number) {
                    Some(answer) if rules.check_answer(&question.id, &answer).is_ok() => Ok(answer),
                    _ => {
                        let show = |limit: Option<Dec>| {
                            let limit = limit.map(|d| d.0).unwrap_or_default();
                            if money {
                                currency.format(
                                    currency
                                        .to_minor(limit, rules.rounding_mode())
                                        .unwrap_or_default(),
                                )
                            } else {
                                Plain(limit).to_string()
                            }
                        };
                        let limits = vec![("min", show(question.min)), ("max", show(question.max))];
                        Err((
                            if money {
                                "error-amount-range"
                            } else {
                                "error-number-range"
                            },
                            limits,
                        ))
                    }
                }
            }
        }
    }
}

/// What is wrong with an answer: a catalogue key and its arguments.
type AnswerError = (&'static str, Vec<(&'static str, String)>);

const FIELD: &str = "answer";

/// The value of the explicit "None of these" box of a multiple choice question: ticking nothing
/// at all is not an answer, so "none" is always said on purpose.
const NONE_OF_THESE: &str = "none-of-these";

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let plan = use_plan(&props.id);
    let navigator = use_navigator();
    let minor_digits = rules.as_ref().map_or(2, |r| r.currency().minor_digits);
    let initial = {
        let (plan, rules) = (plan.as_ref().map(|(p, _)| p.clone()), rules.clone());
        let id = props.question.clone();
        move || {
            let (Some(plan), Some(rules)) = (plan, rules) else {
                return AnswerDraft::Typed(String::new());
            };
            match question(&rules, &id) {
                Some(q) => AnswerDraft::from_answer(q, plan.answers.0.get(&id), minor_digits),
                None => AnswerDraft::Typed(String::new()),
            }
        }
    };
    let draft = use_state(initial);
    let error = use_state(|| None::<String>);
    let attempt = use_state(|| 0u32);
    let untranslated = use_context::<Rc<Untranslated>>();
    let (Some((plan, editor)), Some(rules)) = (plan, rules) else {
        return html! { <PlanNotFound /> };
    };
    let Some(q) = question(&rules, &props.question) else {
        return html! { <PlanNotFound /> };
    };
    // The council's words left in its own language are marked with it, part by part.
    let lang_of = |words: WordsAt| {
        untranslated
            .as_ref()
            .and_then(|u| u.lang_of(&words))
            .map(|lang| AttrValue::from(lang.to_owned()))
    };
    let words_lang = WordsLang {
        label: lang_of(WordsAt::QuestionText(q.id.clone())),
        hint: lang_of(WordsAt::QuestionHelp(q.id.clone())),
    };
    let asked_now = asked(&rules, &plan.answers);
    let Some(position) = asked_now.iter().position(|id| *id == q.id) else {
        return html! {
            <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <PageHeading text={text.get("question-not-asked-heading")} class={classes!("govuk-heading-l")} />
                <p class="govuk-body">{ text.get("question-not-asked-body") }</p>
                <RouteLink to={Route::Budget { id: plan.id.clone() }} class="govuk-link">{ text.get("money-see-budget") }</RouteLink>
            </div></div>
        };
    };

    // The budget as it would be with the answer being given: it updates as the person chooses.
    let mut with_draft = plan.answers.clone();
    if let Ok(answer) = draft.answer(q, &rules) {
        with_draft.0.insert(q.id.clone(), answer);
    }
    let budget = rules.budget(&with_draft).ok();

    let onsubmit = {
        let (draft, error, attempt) = (draft.clone(), error.clone(), attempt.clone());
        let (rules, editor, answers, text) = (
            rules.clone(),
            editor.clone(),
            plan.answers.clone(),
            text.clone(),
        );
        let (plan_id, question_id) = (plan.id.clone(), q.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(q) = question(&rules, &question_id) else {
                return;
            };
            let answer = match draft.answer(q, &rules) {
                Ok(answer) => answer,
                Err((key, args)) => {
                    let args: Vec<(&str, fluent_bundle::FluentValue)> = args
                        .iter()
                        .map(|(name, value)| (*name, value.clone().into()))
                        .collect();
                    error.set(Some(text.with(key, &args)));
                    attempt.set(*attempt + 1);
                    return;
                }
            };
            let next = next_after(&rules, &answers, &question_id, &answer);
            editor.send(PlanEdit::Answer {
                question: question_id.clone(),
                answer,
                rule_set: rules.reference(),
            });
            if let Some(navigator) = &navigator {
                match next {
                    Some(question) => navigator.push(&Route::Question {
                        id: plan_id.clone(),
                        question,
                    }),
                    None => navigator.push(&Route::Budget {
                        id: plan_id.clone(),
                    }),
                }
            }
        })
    };

    let caption = text.with(
        "question-caption",
        &[
            ("number", (position + 1).into()),
            ("total", asked_now.len().into()),
        ],
    );
    let back = match position {
        0 => Route::Money {
            id: plan.id.clone(),
        },
        n => Route::Question {
            id: plan.id.clone(),
            question: asked_now[n - 1].clone(),
        },
    };
    let error_attr = (*error).clone().map(AttrValue::from);
    let errors = match &*error {
        Some(message) => vec![FieldError {
            field_id: FIELD.into(),
            message: message.clone().into(),
        }],
        None => Vec::new(),
    };
    let hint = q.help.clone().map(AttrValue::from);
    let choices = || {
        q.options
            .iter()
            .map(|o| {
                Choice::new(o.id.clone(), o.label.clone()).in_language(lang_of(
                    WordsAt::OptionLabel {
                        question: q.id.clone(),
                        option: o.id.clone(),
                    },
                ))
            })
            .collect::<Vec<_>>()
    };
    let set = |make: fn(String, &AnswerDraft) -> AnswerDraft| {
        let draft = draft.clone();
        Callback::from(move |value: String| draft.set(make(value, &draft)))
    };
    let field = match &*draft {
        AnswerDraft::Choice(selected) => html! {
            <Radios id={FIELD} legend={q.text.clone()} {hint} error={error_attr} is_heading=true caption={caption.clone()}
                words_lang={words_lang.clone()} selected={selected.clone().map(AttrValue::from)} choices={choices()}
                onchange={set(|value, _| AnswerDraft::Choice(Some(value)))} />
        },
        AnswerDraft::YesNo(selected) => html! {
            <Radios id={FIELD} legend={q.text.clone()} {hint} error={error_attr} is_heading=true caption={caption.clone()} inline=true
                words_lang={words_lang.clone()}
                selected={selected.map(|yes| AttrValue::from(yes.name()))}
                choices={choice_list::<bool>(&text, |_| true)}
                onchange={set(|value, _| AnswerDraft::YesNo(bool::named(&value)))} />
        },
        AnswerDraft::Choices(selected) => {
            let draft = draft.clone();
            let had_none = selected.iter().any(|v| v == NONE_OF_THESE);
            let mut all = choices();
            all.push(Choice::new(NONE_OF_THESE, text.get("none-of-these")));
            html! {
                <Checkboxes id={FIELD} legend={q.text.clone()} error={error_attr} is_heading=true caption={caption.clone()}
                    words_lang={words_lang.clone()}
                    hint={hint.unwrap_or_else(|| AttrValue::from(text.get("choose-all-that-apply")))}
                    selected={selected.clone()} choices={all}
                    onchange={Callback::from(move |values: Vec<String>| {
                        // "None of these" and the options exclude each other: whichever was
                        // ticked last wins.
                        let has_none = values.iter().any(|v| v == NONE_OF_THESE);
                        let values = if has_none && !had_none {
                            vec![NONE_OF_THESE.to_owned()]
                        } else {
                            values.into_iter().filter(|v| v != NONE_OF_THESE).collect()
                        };
                        draft.set(AnswerDraft::Choices(values));
                    })} />
            }
        }
        AnswerDraft::Typed(typed) => {
            let money = q.kind == QuestionType::Money;
            html! {
                <>
                    <span class="govuk-caption-l">{ caption.clone() }</span>
                    <TextField id={FIELD} label={q.text.clone()} {hint} error={error_attr} is_heading=true
                        words_lang={words_lang.clone()}
                        value={typed.clone()} width="govuk-input--width-5"
                        inputmode={if money { "decimal" } else { "numeric" }} spellcheck={false}
                        prefix={money.then(|| AttrValue::from(text.get("currency-symbol")))}
                        suffix={q.unit.clone().map(AttrValue::from)}
                        oninput={set(|value, _| AnswerDraft::Typed(value))} />
                </>
            }
        }
    };
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <RouteLink to={back} class="govuk-back-link">{ text.get("back") }</RouteLink>
                <ErrorSummary {errors} attempt={*attempt} />
                <UntranslatedNote under={vec![WordsAt::Question(q.id.clone())]} />
                <form novalidate=true {onsubmit}>
                    { field }
                    <button type="submit" class="govuk-button">{ text.get("continue") }</button>
                </form>
            </div>
            <div class="govuk-grid-column-one-third">
                if let Some(budget) = budget {
                    <BudgetPanel {budget} />
                }
            </div>
        </div>
    }
}

#[component]
pub fn BudgetSummary(props: &MoneyProps) -> Html {
    let text = use_text();
    let rules = use_rules();
    let (Some((plan, _)), Some(rules)) = (use_plan(&props.id), rules) else {
        return html! { <PlanNotFound /> };
    };
    let (usable, unusable) = usable_answers(&rules, &plan.answers);
    let Ok((budget, explanation)) = rules.explain(&usable) else {
        return html! { <PlanNotFound /> };
    };
    let money = |minor: i64| rules.currency().format(minor);
    let asked = asked(&rules, &plan.answers);
    let answer_rows = asked.iter().filter_map(|id| question(&rules, id)).map(|q| {
        let words = answer_words(&rules, q, plan.answers.0.get(&q.id), &text);
        let topic = q.summary.clone().unwrap_or_else(|| q.text.clone());
        html! {
            <div class="govuk-summary-list__row" key={q.id.clone()}>
                <dt class="govuk-summary-list__key">{ topic.clone() }</dt>
                <dd class="govuk-summary-list__value">{ words }</dd>
                <dd class="govuk-summary-list__actions">
                    <RouteLink to={Route::Question { id: plan.id.clone(), question: q.id.clone() }} class="govuk-link">
                        { text.get("change") }<span class="govuk-visually-hidden">{ format!(" {topic}") }</span>
                    </RouteLink>
                </dd>
            </div>
        }
    });
    let steps = explanation.steps.iter().map(|step| html! {
        <li>
            <p class="govuk-body govuk-!-margin-bottom-1"><strong>{ text.with("label-value", &[("label", step.label.as_str().into()), ("value", text.say(&step.shown).into())]) }</strong></p>
            if let Some(why) = &step.explanation {
                <p class="govuk-body-s govuk-!-margin-bottom-1">{ why }</p>
            }
            if !step.because.is_empty() {
                <ul class="govuk-list govuk-list--bullet govuk-body-s">
                    { for step.because.iter().map(|b| html! { <li>{ text.message(&b.sentence()) }</li> }) }
                </ul>
            }
        </li>
    });
    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <BackToTasks id={plan.id.clone()} />
                <PageHeading text={text.get("budget-heading")} class={classes!("govuk-heading-l")} />
                <UntranslatedNote under={vec![WordsAt::Title, WordsAt::Questions, WordsAt::Attributes, WordsAt::Steps]} />
                <div class="govuk-panel app-budget-figure">
                    <div class="govuk-panel__body">
                        { text.with("amount-a-week", &[("amount", money(budget.weekly_minor).into())]) }
                        <br />
                        <span class="govuk-body-l">{ text.with("amount-a-year", &[("amount", money(budget.annual_minor).into())]) }</span>
                    </div>
                </div>
                <p class="govuk-body">{ text.get("budget-indicative-means") }</p>
                if let Some((weekly, annual)) = budget.carers_allocation.filter(|(w, _)| *w > 0) {
                    <p class="govuk-body">{ text.with("budget-carers", &[("weekly", money(weekly).into()), ("yearly", money(annual).into())]) }</p>
                }
                if budget.panel {
                    <div class="govuk-inset-text">{ text.get("budget-panel-review") }</div>
                }
                if !unusable.is_empty() {
                    <WarningText text={text.get("budget-answers-again")} />
                    <ul class="govuk-list govuk-list--bullet">
                        { for unusable.iter().filter_map(|id| question(&rules, id)).map(|q| html! {
                            <li><RouteLink to={Route::Question { id: plan.id.clone(), question: q.id.clone() }} class="govuk-link">{ q.text.clone() }</RouteLink></li>
                        }) }
                    </ul>
                }
                if !budget.unanswered.is_empty() {
                    <WarningText text={text.with("budget-not-final", &[("count", budget.unanswered.len().into())])} />
                    <ul class="govuk-list govuk-list--bullet">
                        { for budget.unanswered.iter().filter_map(|id| question(&rules, id)).map(|q| html! {
                            <li><RouteLink to={Route::Question { id: plan.id.clone(), question: q.id.clone() }} class="govuk-link">{ q.text.clone() }</RouteLink></li>
                        }) }
                    </ul>
                }
                <details class="govuk-details">
                    <summary class="govuk-details__summary">
                        <span class="govuk-details__summary-text">{ text.get("budget-how") }</span>
                    </summary>
                    <div class="govuk-details__text">
                        <ol class="govuk-list govuk-list--number">{ for steps }</ol>
                        <p class="govuk-body">{ text.message(&explanation.conversion) }</p>
                        <p class="govuk-body-s">{ text.with("budget-rules-used", &[
                            ("title", rules.file().title.as_str().into()),
                            ("version", rules.version().into()),
                        ]) }</p>
                    </div>
                </details>
                <h2 class="govuk-heading-m">{ text.get("budget-your-answers") }</h2>
                <dl class="govuk-summary-list">{ for answer_rows }</dl>
                <RouteLink to={Route::TaskList { id: plan.id.clone() }} class="govuk-button" role="button">
                    { text.get("continue") }
                </RouteLink>
            </div>
        </div>
    }
}
