//! The allocation engine: a rule set and a person's answers give an indicative budget, with the
//! working shown for every step.
//!
//! Questions that are asked (their condition holds) but not yet answered are listed, never
//! guessed: until they are answered they count as nothing (no option chosen, 0, or "no"), and
//! the explanation says so. The same rule set and answers give the same result on every machine,
//! because all arithmetic is exact decimal arithmetic on integers.

use super::analysis::{Arithmetic, Input, Node};
use super::answers::{AnswerProblem, Answers, Slot};
use super::expr::BinaryOp;
use super::format::{Period, QuestionType, RuleSetFile, StepFormat};
use super::RuleSet;
use crate::money::{ceil_to_unit, floor_to_unit, round_to_unit, with_unit, Currency, Plain};
use crate::wording::{Arg, Message};
use rust_decimal::Decimal;

/// A step's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepValue {
    /// Money for the allocation's period, in major units, exact.
    Money(Decimal),
    Number(Decimal),
    YesNo(bool),
}

/// Something a step used, with its value, as the explanation shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Because {
    /// A question's answer (or its lack).
    Answer {
        question: String,
        /// Saying the answer back: "You need help with washing every day".
        sentence: Message,
        /// The attribute value this answer contributed, with its unit: "12 points".
        contributes: Option<String>,
        answered: bool,
    },
    /// An earlier step.
    Step {
        id: String,
        label: String,
        value: Arg,
    },
}

impl Because {
    /// One plain sentence: "You need help with washing every day: 12 points."
    pub fn sentence(&self) -> Message {
        match self {
            Because::Answer {
                sentence,
                contributes: Some(amount),
                ..
            } => Message::new("because-answer-counts")
                .with("answer", sentence.clone())
                .with("amount", amount.as_str()),
            Because::Answer { sentence, .. } => {
                Message::new("because-answer").with("answer", sentence.clone())
            }
            Because::Step { label, value, .. } => Message::new("because-step")
                .with("label", label.as_str())
                .with("value", value.clone()),
        }
    }
}

/// One step of the working.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepResult {
    pub id: String,
    pub label: String,
    /// The rule set's own words about what the step does.
    pub explanation: Option<String>,
    pub value: StepValue,
    /// The value as a person reads it: "£312.41", "24 points", "Yes".
    pub shown: Arg,
    pub because: Vec<Because>,
}

/// An indicative budget: the figures, worked out fast enough to update on every keystroke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Budget {
    pub weekly_minor: i64,
    pub annual_minor: i64,
    /// A separate carer's allocation, weekly and yearly, where the rule set has one.
    pub carers_allocation: Option<(i64, i64)>,
    /// Whether the council's panel must look at the plan.
    pub panel: bool,
    /// Every step's value, in the rule set's order.
    pub step_values: Vec<StepValue>,
    /// Ids of questions that are asked but not yet answered, in questionnaire order.
    pub unanswered: Vec<String>,
}

/// The working behind a budget, in words: built only when someone asks how it was worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    pub steps: Vec<StepResult>,
    /// How the other period's figure was derived, in words.
    pub conversion: Message,
}

impl Budget {
    /// Whether every question that is asked has an answer.
    pub fn is_complete(&self) -> bool {
        self.unanswered.is_empty()
    }
}

/// Why a budget could not be worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BudgetError {
    /// The answers do not fit the rule set.
    Answers(Vec<AnswerProblem>),
    /// A figure went beyond what can be held. The rule set checks rule this out; this is here so
    /// that a fault is reported rather than a wrong figure given.
    Overflow(String),
}

impl RuleSet {
    /// Works out the indicative budget for these answers.
    pub fn budget(&self, answers: &Answers) -> Result<Budget, BudgetError> {
        let slots = answers.check(self).map_err(BudgetError::Answers)?;
        let mut evaluation = Evaluation::new(self, slots);
        evaluation.run()
    }

    /// The ids of the questions that are asked with these answers, in order: a question whose
    /// condition depends on earlier answers comes and goes as they change.
    pub fn asked_questions(&self, answers: &Answers) -> Result<Vec<String>, BudgetError> {
        let slots = answers.check(self).map_err(BudgetError::Answers)?;
        let mut evaluation = Evaluation::new(self, slots);
        evaluation.ask()?;
        Ok(evaluation
            .asked
            .iter()
            .enumerate()
            .filter(|(_, asked)| **asked)
            .map(|(q, _)| self.question(q).id.clone())
            .collect())
    }

    /// Works out the budget and how it was worked out, every step with what it used.
    pub fn explain(&self, answers: &Answers) -> Result<(Budget, Explanation), BudgetError> {
        let slots = answers.check(self).map_err(BudgetError::Answers)?;
        let mut evaluation = Evaluation::new(self, slots);
        let budget = evaluation.run()?;
        let explanation = Explanation {
            steps: (0..evaluation.steps.len())
                .map(|s| evaluation.step_result(s))
                .collect(),
            conversion: evaluation.conversion(budget.weekly_minor, budget.annual_minor),
        };
        Ok((budget, explanation))
    }
}

struct Evaluation<'r> {
    rules: &'r RuleSet,
    /// Answers of questions that are asked; questions not asked are empty.
    slots: Vec<Slot>,
    asked: Vec<bool>,
    steps: Vec<StepValue>,
}

#[derive(Clone, Copy)]
enum Value {
    Number(Decimal),
    YesNo(bool),
}

/// An amount for the rule set's stated period as weekly and yearly figures in minor units:
/// rounded as the rule set states, then the other period derived from the rounded figure, so
/// the sum a person can check on paper is the one shown. `None` if a figure would not fit.
///
/// Every step of it keeps order (a larger amount never gives a smaller figure), so the rule
/// set's check applies it to the ends of the amount's range to prove the figures always fit.
pub(crate) fn periods(file: &RuleSetFile, amount: Decimal) -> Option<(i64, i64)> {
    let (unit, mode) = (file.rounding.unit.0, file.rounding.mode);
    let currency = Currency {
        code: String::new(),
        minor_digits: file.currency.minor_digits,
    };
    let weeks = file.weeks_per_year.0;
    let to_minor = |major: Decimal| -> Option<i64> {
        currency.to_minor(round_to_unit(major, unit, mode)?, mode)
    };
    let stated = to_minor(amount)?;
    let stated_major = currency.to_major(stated);
    match file.allocation.period {
        Period::Weekly => Some((stated, to_minor(stated_major.checked_mul(weeks)?)?)),
        Period::Yearly => Some((to_minor(stated_major.checked_div(weeks)?)?, stated)),
    }
}

fn overflow() -> BudgetError {
    BudgetError::Overflow("a figure grew beyond what can be held exactly".to_owned())
}

impl<'r> Evaluation<'r> {
    fn new(rules: &'r RuleSet, given: Vec<Slot>) -> Evaluation<'r> {
        Evaluation {
            rules,
            slots: given,
            asked: Vec::new(),
            steps: Vec::new(),
        }
    }

    /// Works out which questions are asked, in order; an unasked question's answer is set aside
    /// so it cannot affect anything after it.
    fn ask(&mut self) -> Result<(), BudgetError> {
        let program = self.rules.program();
        for q in 0..self.slots.len() {
            let asked = match &program.conditions[q] {
                Some(condition) => self.yes_no(&condition.node)?,
                None => true,
            };
            if !asked {
                self.slots[q] = Slot::Empty;
            }
            self.asked.push(asked);
        }
        Ok(())
    }

    fn run(&mut self) -> Result<Budget, BudgetError> {
        self.ask()?;
        let program = self.rules.program();
        let file = self.rules.file();
        for (s, compiled) in program.steps.iter().enumerate() {
            let value = match file.allocation.steps[s].format {
                StepFormat::Money => StepValue::Money(self.number(&compiled.node)?),
                StepFormat::Number => StepValue::Number(self.number(&compiled.node)?),
                StepFormat::YesNo => StepValue::YesNo(self.yes_no(&compiled.node)?),
            };
            self.steps.push(value);
        }
        let panel = match &program.panel_when {
            Some(condition) => self.yes_no(&condition.node)?,
            None => false,
        };
        let amount = self.money(program.amount);
        let (weekly_minor, annual_minor) = self.both_periods(amount)?;
        let carers_allocation = match program.carers_allocation {
            Some(s) => Some(self.both_periods(self.money(s))?),
            None => None,
        };
        let unanswered = (0..self.slots.len())
            .filter(|&q| self.asked[q] && self.slots[q] == Slot::Empty)
            .map(|q| self.rules.question(q).id.clone())
            .collect();
        Ok(Budget {
            weekly_minor,
            annual_minor,
            carers_allocation,
            panel,
            step_values: self.steps.clone(),
            unanswered,
        })
    }

    fn money(&self, step: usize) -> Decimal {
        match self.steps[step] {
            StepValue::Money(d) | StepValue::Number(d) => d,
            StepValue::YesNo(_) => Decimal::ZERO,
        }
    }

    fn both_periods(&self, amount: Decimal) -> Result<(i64, i64), BudgetError> {
        periods(self.rules.file(), amount).ok_or_else(overflow)
    }

    fn conversion(&self, weekly: i64, annual: i64) -> Message {
        let rules = self.rules;
        let currency = rules.currency();
        let rounding = Message::new("rounding")
            .with(
                "unit",
                currency.format(
                    currency
                        .to_minor(rules.rounding_unit(), rules.rounding_mode())
                        .unwrap_or(1),
                ),
            )
            .with("mode", Message::new(rules.rounding_mode().describe()));
        match rules.file().allocation.period {
            Period::Weekly => Message::new("conversion-from-weekly"),
            Period::Yearly => Message::new("conversion-from-yearly"),
        }
        .with("weekly", currency.format(weekly))
        .with("yearly", currency.format(annual))
        .with("weeks", Plain(rules.file().weeks_per_year.0).to_string())
        .with("rounding", rounding)
    }

    fn show(&self, value: StepValue, unit: Option<&str>) -> Arg {
        match value {
            StepValue::Money(d) => {
                let currency = self.rules.currency();
                let minor = currency
                    // Shown to the penny by the rule set's own mode, so the budget step reads
                    // exactly as the budget does.
                    .to_minor(d, self.rules.rounding_mode())
                    .unwrap_or_default();
                Arg::Text(currency.format(minor))
            }
            StepValue::Number(d) => {
                let shown = Plain(d.round_dp_with_strategy(
                    2,
                    rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                ))
                .to_string();
                Arg::Text(with_unit(&shown, unit.unwrap_or("")))
            }
            StepValue::YesNo(true) => Arg::Message(Message::new("yes")),
            StepValue::YesNo(false) => Arg::Message(Message::new("no")),
        }
    }

    fn step_result(&self, s: usize) -> StepResult {
        let program = self.rules.program();
        let step = &self.rules.file().allocation.steps[s];
        let because = program.steps[s]
            .inputs
            .iter()
            .filter_map(|input| self.because(*input))
            .collect();
        // The budget and the carer's allocation are shown exactly as they are paid: rounded
        // with the rule set's unit, not only to the penny.
        let paid = s == program.amount || program.carers_allocation == Some(s);
        let shown = match self.steps[s] {
            StepValue::Money(value) if paid => {
                let currency = self.rules.currency();
                round_to_unit(
                    value,
                    self.rules.rounding_unit(),
                    self.rules.rounding_mode(),
                )
                .and_then(|rounded| currency.to_minor(rounded, self.rules.rounding_mode()))
                .map_or_else(
                    || self.show(self.steps[s], None),
                    |minor| Arg::Text(currency.format(minor)),
                )
            }
            value => self.show(value, step.unit.as_deref()),
        };
        StepResult {
            id: step.id.clone(),
            label: step.label.clone(),
            explanation: step.explanation.clone(),
            value: self.steps[s],
            shown,
            because,
        }
    }

    /// The explanation of one input; `None` for a question that is not asked.
    fn because(&self, input: Input) -> Option<Because> {
        let file = self.rules.file();
        match input {
            Input::Step(s) => {
                let step = &file.allocation.steps[s];
                Some(Because::Step {
                    id: step.id.clone(),
                    label: step.label.clone(),
                    value: self.show(self.steps[s], step.unit.as_deref()),
                })
            }
            Input::Answer(q) | Input::Attribute(q, _) => {
                if !self.asked[q] {
                    return None;
                }
                let question = self.rules.question(q);
                let topic = question
                    .summary
                    .clone()
                    .unwrap_or_else(|| question.text.clone());
                let currency = self.rules.currency();
                let (sentence, answered) = match &self.slots[q] {
                    Slot::Empty => (Message::new("answer-not-yet").with("topic", topic), false),
                    Slot::Choice(options) if options.is_empty() => {
                        (Message::new("answer-none").with("topic", topic), true)
                    }
                    Slot::Choice(options) => {
                        let single = question.kind == QuestionType::SingleChoice;
                        match (single, question.options[options[0]].told_us.as_ref()) {
                            (true, Some(told_us)) => (
                                Message::new("answer-told-us").with("words", told_us.as_str()),
                                true,
                            ),
                            _ => {
                                let labels: Vec<&str> = options
                                    .iter()
                                    .map(|o| question.options[*o].label.as_str())
                                    .collect();
                                let answer = Message::new("answer-is")
                                    .with("topic", topic)
                                    .with("answer", labels.join("; "));
                                (answer, true)
                            }
                        }
                    }
                    Slot::Number(n) => {
                        let shown = if question.kind == QuestionType::Money {
                            currency
                                .to_minor(*n, self.rules.rounding_mode())
                                .map_or_else(|| n.to_string(), |m| currency.format(m))
                        } else {
                            with_unit(
                                &Plain(*n).to_string(),
                                question.unit.as_deref().unwrap_or(""),
                            )
                        };
                        let answer = Message::new("answer-is")
                            .with("topic", topic)
                            .with("answer", shown);
                        (answer, true)
                    }
                    Slot::YesNo(yes) => (
                        Message::new(if *yes { "answer-yes" } else { "answer-no" })
                            .with("topic", topic),
                        true,
                    ),
                };
                let contributes = match input {
                    Input::Attribute(_, a) => {
                        let attribute = &self.rules.program().attribute_ids[a];
                        let unit = file
                            .attributes
                            .get(attribute)
                            .map(|a| a.unit.as_str())
                            .unwrap_or("");
                        let total: Decimal = match &self.slots[q] {
                            Slot::Choice(options) => options
                                .iter()
                                .filter_map(|o| question.options[*o].attributes.get(attribute))
                                .map(|d| d.0)
                                .sum(),
                            _ => Decimal::ZERO,
                        };
                        Some(with_unit(&Plain(total).to_string(), unit))
                    }
                    _ => None,
                };
                Some(Because::Answer {
                    question: question.id.clone(),
                    sentence,
                    contributes,
                    answered,
                })
            }
        }
    }

    fn number(&self, node: &Node) -> Result<Decimal, BudgetError> {
        match self.eval(node)? {
            Value::Number(d) => Ok(d),
            Value::YesNo(_) => Err(overflow()),
        }
    }

    fn yes_no(&self, node: &Node) -> Result<bool, BudgetError> {
        match self.eval(node)? {
            Value::YesNo(b) => Ok(b),
            Value::Number(_) => Err(overflow()),
        }
    }

    fn eval(&self, node: &Node) -> Result<Value, BudgetError> {
        let number = |n: &Node| self.number(n);
        Ok(match node {
            Node::Number(d) => Value::Number(*d),
            Node::YesNo(b) => Value::YesNo(*b),
            Node::Answer(q) => Value::Number(match &self.slots[*q] {
                Slot::Number(d) => *d,
                _ => Decimal::ZERO,
            }),
            Node::AnswerYes(q) => Value::YesNo(matches!(self.slots[*q], Slot::YesNo(true))),
            Node::OptionValues { question, values } => {
                Value::Number(match &self.slots[*question] {
                    Slot::Choice(options) => {
                        let mut total = Decimal::ZERO;
                        for o in options {
                            total = total.checked_add(values[*o]).ok_or_else(overflow)?;
                        }
                        total
                    }
                    _ => Decimal::ZERO,
                })
            }
            Node::Chosen { question, option } => Value::YesNo(
                matches!(&self.slots[*question], Slot::Choice(options) if options.contains(option)),
            ),
            Node::Step(s) => match self.steps[*s] {
                StepValue::Money(d) | StepValue::Number(d) => Value::Number(d),
                StepValue::YesNo(b) => Value::YesNo(b),
            },
            Node::Negate(inner) => Value::Number(-number(inner)?),
            Node::Not(inner) => Value::YesNo(!self.yes_no(inner)?),
            Node::Arithmetic(op, a, b) => {
                let (a, b) = (number(a)?, number(b)?);
                let result = match op {
                    Arithmetic::Add => a.checked_add(b),
                    Arithmetic::Subtract => a.checked_sub(b),
                    Arithmetic::Multiply => a.checked_mul(b),
                    Arithmetic::Divide => a.checked_div(b),
                };
                Value::Number(result.ok_or_else(overflow)?)
            }
            Node::Compare(op, a, b) => {
                let ordering = match (self.eval(a)?, self.eval(b)?) {
                    (Value::Number(a), Value::Number(b)) => a.cmp(&b),
                    (Value::YesNo(a), Value::YesNo(b)) => a.cmp(&b),
                    _ => return Err(overflow()),
                };
                Value::YesNo(match op {
                    BinaryOp::Equal => ordering.is_eq(),
                    BinaryOp::NotEqual => ordering.is_ne(),
                    BinaryOp::Less => ordering.is_lt(),
                    BinaryOp::LessOrEqual => ordering.is_le(),
                    BinaryOp::Greater => ordering.is_gt(),
                    _ => ordering.is_ge(),
                })
            }
            Node::And(a, b) => Value::YesNo(self.yes_no(a)? && self.yes_no(b)?),
            Node::Or(a, b) => Value::YesNo(self.yes_no(a)? || self.yes_no(b)?),
            Node::Power(base, power) => {
                let base = number(base)?;
                let mut result = Decimal::ONE;
                for _ in 0..*power {
                    result = result.checked_mul(base).ok_or_else(overflow)?;
                }
                Value::Number(result)
            }
            Node::If(condition, then, otherwise) => {
                if self.yes_no(condition)? {
                    self.eval(then)?
                } else {
                    self.eval(otherwise)?
                }
            }
            Node::Min(items) | Node::Max(items) | Node::Sum(items) => {
                let mut values = items.iter().map(number);
                let mut acc = values.next().ok_or_else(overflow)??;
                for value in values {
                    let value = value?;
                    acc = match node {
                        Node::Min(_) => acc.min(value),
                        Node::Max(_) => acc.max(value),
                        _ => acc.checked_add(value).ok_or_else(overflow)?,
                    };
                }
                Value::Number(acc)
            }
            Node::Clamp(x, lo, hi) => Value::Number(number(x)?.max(number(lo)?).min(number(hi)?)),
            Node::Round(x, unit, mode) => {
                Value::Number(round_to_unit(number(x)?, *unit, *mode).ok_or_else(overflow)?)
            }
            Node::Floor(x, unit) => {
                Value::Number(floor_to_unit(number(x)?, *unit).ok_or_else(overflow)?)
            }
            Node::Ceil(x, unit) => {
                Value::Number(ceil_to_unit(number(x)?, *unit).ok_or_else(overflow)?)
            }
            Node::Lookup { table, input } => {
                let input = number(input)?;
                let bands = &self.rules.program().tables[*table];
                let value = bands
                    .iter()
                    .rev()
                    .find(|(from, _)| input >= *from)
                    .map(|(_, value)| *value)
                    .ok_or_else(overflow)?;
                Value::Number(value)
            }
        })
    }
}
