//! A person's answers to the self-assessment, and checking them against a rule set.
//!
//! Answers are kept as a JSON object from question id to answer: an option id (single choice), a
//! list of option ids (multiple choice), `true`/`false` (yes/no), or a whole number (whole
//! number questions; money questions in minor units, so £25.50 is 2550). Every problem is found
//! at once, so a person or officer can fix a file in one go.

use super::format::QuestionType;
use super::RuleSet;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One answer as it is kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    YesNo(bool),
    /// A whole number, or an amount of money in minor units.
    Number(i64),
    Option(String),
    Options(Vec<String>),
}

/// Every answer given so far, by question id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

/// A problem with one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerProblem {
    /// The question id, or empty for the file as a whole.
    pub question: String,
    pub message: String,
}

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.question.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.question, self.message)
        }
    }
}

/// A checked answer, by question position, ready for the engine.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Slot {
    Empty,
    Choice(Vec<usize>),
    Number(Decimal),
    YesNo(bool),
}

impl Answers {
    /// Reads an answers file: a JSON object from question id to answer.
    pub fn from_json(text: &str) -> Result<Answers, Vec<AnswerProblem>> {
        let problem = |message: String| {
            vec![AnswerProblem {
                question: String::new(),
                message,
            }]
        };
        crate::limits::check(text, &crate::limits::ANSWERS)
            .map_err(|exceeded| problem(exceeded.to_string()))?;
        let value: Value =
            serde_json::from_str(text).map_err(|e| problem(format!("is not valid JSON: {e}")))?;
        let Value::Object(map) = value else {
            return Err(problem(
                "must be a JSON object from question id to answer, like {\"washing\": \"daily\"}"
                    .to_owned(),
            ));
        };
        let mut answers = BTreeMap::new();
        let mut problems = Vec::new();
        for (question, value) in map {
            let answer = match value {
                Value::Bool(b) => Some(Answer::YesNo(b)),
                Value::Number(n) => n.as_i64().map(Answer::Number),
                Value::String(s) => Some(Answer::Option(s)),
                Value::Array(items) => items
                    .into_iter()
                    .map(|item| match item {
                        Value::String(s) => Some(s),
                        _ => None,
                    })
                    .collect::<Option<Vec<String>>>()
                    .map(Answer::Options),
                Value::Null | Value::Object(_) => None,
            };
            match answer {
                Some(answer) => {
                    answers.insert(question, answer);
                }
                None => problems.push(AnswerProblem {
                    question,
                    message:
                        "must be an option id, a list of option ids, a whole number (money in \
                              pence), or true or false"
                            .to_owned(),
                }),
            }
        }
        if problems.is_empty() {
            Ok(Answers(answers))
        } else {
            Err(problems)
        }
    }

    /// Checks every answer against the rule set's questions and turns them into slots by
    /// question position. Unknown questions, wrong kinds, unknown options and out-of-range
    /// numbers are all reported.
    pub(crate) fn check(&self, rules: &RuleSet) -> Result<Vec<Slot>, Vec<AnswerProblem>> {
        let mut slots = vec![Slot::Empty; rules.question_count()];
        let mut problems = Vec::new();
        for (id, answer) in &self.0 {
            let mut problem = |message: String| {
                problems.push(AnswerProblem {
                    question: id.clone(),
                    message,
                })
            };
            let Some(index) = rules.question_index(id) else {
                problem("there is no question with this id in the rule set".to_owned());
                continue;
            };
            let question = rules.question(index);
            let option_index = |option: &str| question.options.iter().position(|o| o.id == option);
            let options_list = || {
                question
                    .options
                    .iter()
                    .map(|o| o.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            slots[index] = match (question.kind, answer) {
                (QuestionType::SingleChoice, Answer::Option(option)) => {
                    match option_index(option) {
                        Some(o) => Slot::Choice(vec![o]),
                        None => {
                            problem(format!(
                                "'{option}' is not one of its options ({})",
                                options_list()
                            ));
                            continue;
                        }
                    }
                }
                (QuestionType::MultipleChoice, Answer::Options(options)) => {
                    let mut chosen = BTreeSet::new();
                    let mut ok = true;
                    for option in options {
                        match option_index(option) {
                            Some(o) if chosen.insert(o) => {}
                            Some(_) => {
                                problem(format!("'{option}' is chosen twice"));
                                ok = false;
                            }
                            None => {
                                problem(format!(
                                    "'{option}' is not one of its options ({})",
                                    options_list()
                                ));
                                ok = false;
                            }
                        }
                    }
                    if !ok {
                        continue;
                    }
                    Slot::Choice(chosen.into_iter().collect())
                }
                (QuestionType::YesNo, Answer::YesNo(yes)) => Slot::YesNo(*yes),
                (QuestionType::WholeNumber | QuestionType::Money, Answer::Number(n)) => {
                    let value = if question.kind == QuestionType::Money {
                        rules.currency().to_major(*n)
                    } else {
                        Decimal::from(*n)
                    };
                    let min = question.min.map_or(Decimal::ZERO, |d| d.0);
                    let max = question.max.map_or(Decimal::ZERO, |d| d.0);
                    if value < min || value > max {
                        let show = |d: Decimal| match question.kind {
                            QuestionType::Money => rules
                                .currency()
                                .to_minor(d, rules.rounding_mode())
                                .map_or_else(
                                    || d.to_string(),
                                    |minor| rules.currency().format(minor),
                                ),
                            _ => d.normalize().to_string(),
                        };
                        problem(format!(
                            "{} is outside the range this question accepts ({} to {})",
                            show(value),
                            show(min),
                            show(max)
                        ));
                        continue;
                    }
                    Slot::Number(value)
                }
                (kind, _) => {
                    problem(expected_shape(kind).to_owned());
                    continue;
                }
            };
        }
        if problems.is_empty() {
            Ok(slots)
        } else {
            Err(problems)
        }
    }
}

impl RuleSet {
    /// Checks one answer to one question, as a question page does before saving it.
    pub fn check_answer(&self, question: &str, answer: &Answer) -> Result<(), Vec<AnswerProblem>> {
        Answers(BTreeMap::from([(question.to_owned(), answer.clone())]))
            .check(self)
            .map(|_| ())
    }
}

fn expected_shape(kind: QuestionType) -> &'static str {
    match kind {
        QuestionType::SingleChoice => "this is a single choice question: answer with one option id, like \"daily\"",
        QuestionType::MultipleChoice => {
            "this is a multiple choice question: answer with a list of option ids, like [\"a\", \"b\"]"
        }
        QuestionType::YesNo => "this is a yes/no question: answer with true or false",
        QuestionType::WholeNumber => "this is a whole number question: answer with a whole number",
        QuestionType::Money => "this is a money question: answer with a whole number of pence, like 2550 for £25.50",
    }
}
