//! Checking a parsed rule set and compiling its expressions.
//!
//! Everything that could go wrong while working out a budget is found here, when the rule set is
//! loaded, so that evaluation cannot fail: every name must exist and be used as what it is, every
//! expression must have the right type, steps may use only earlier steps (so there are no
//! cycles), and a range analysis proves that no division can be by zero, no band lookup can miss
//! and no value can grow beyond what exact decimals hold, for every possible set of answers.

use super::expr::{self, BinaryOp, Expr, ExprKind};
use super::format::{QuestionType, RuleSetFile, StepFormat};
use super::RuleProblem;
use crate::money::{ceil_to_unit, floor_to_unit, round_to_unit, RoundingMode};
use rust_decimal::Decimal;
use std::cell::Cell;
use std::collections::{BTreeSet, HashMap};

/// The largest magnitude any value may reach: a trillion, far above any budget, far below what a
/// 96-bit decimal holds even after multiplying two such values.
pub(crate) fn limit() -> Decimal {
    Decimal::from(1_000_000_000_000_i64)
}

/// The largest unit a budget may be rounded to, in the currency's major unit: councils round
/// to the penny or the pound; a unit beyond this makes every budget 0 or absurd.
const MAX_ROUNDING_UNIT: i64 = 10_000;

/// The most of each thing a rule set may have: ten times and more what the samples have, and
/// what keeps checking one fast. Stated in docs/rule-sets.md.
const COUNTS: [(usize, &str); 11] = [
    (50, "domains"),
    (500, "questions in all"),
    (100, "options on one question"),
    (50, "attributes"),
    (100, "tables"),
    (1_000, "bands in one table"),
    (500, "steps"),
    (200, "categories"),
    (200, "things not allowed"),
    (2_000, "price list items"),
    (20, "translations"),
];

/// How many "did you mean" suggestions one check works out. Each compares a name with every
/// known one, so a file full of unknown names would otherwise take time growing with the
/// square of its size; the first problems are the ones a person fixes first.
const SUGGESTIONS: usize = 50;

/// The type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Type {
    Number,
    YesNo,
}

impl Type {
    fn name(self) -> &'static str {
        match self {
            Type::Number => "a number",
            Type::YesNo => "a yes/no value",
        }
    }
}

/// The smallest and largest values a number can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Range {
    pub lo: Decimal,
    pub hi: Decimal,
}

impl Range {
    fn point(value: Decimal) -> Range {
        Range {
            lo: value,
            hi: value,
        }
    }

    fn with_zero(self) -> Range {
        Range {
            lo: self.lo.min(Decimal::ZERO),
            hi: self.hi.max(Decimal::ZERO),
        }
    }

    fn union(self, other: Range) -> Range {
        Range {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    fn contains_zero(self) -> bool {
        self.lo <= Decimal::ZERO && self.hi >= Decimal::ZERO
    }

    fn from_candidates(candidates: &[Option<Decimal>]) -> Option<Range> {
        let mut values = candidates.iter().copied();
        let first = values.next()??;
        let mut range = Range::point(first);
        for value in values {
            let value = value?;
            range = range.union(Range::point(value));
        }
        Some(range)
    }
}

/// A compiled expression: names resolved to positions, types checked.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    Number(Decimal),
    YesNo(bool),
    /// A whole number or money question's answer (money in major units); 0 when not answered.
    Answer(usize),
    /// A yes/no question's answer; false when not answered.
    AnswerYes(usize),
    /// The sum of one attribute over the chosen options of a question (0 for none).
    OptionValues {
        question: usize,
        values: Vec<Decimal>,
    },
    Chosen {
        question: usize,
        option: usize,
    },
    Step(usize),
    Negate(Box<Node>),
    Not(Box<Node>),
    Arithmetic(Arithmetic, Box<Node>, Box<Node>),
    Compare(BinaryOp, Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Power(Box<Node>, u32),
    If(Box<Node>, Box<Node>, Box<Node>),
    Min(Vec<Node>),
    Max(Vec<Node>),
    Sum(Vec<Node>),
    Clamp(Box<Node>, Box<Node>, Box<Node>),
    Round(Box<Node>, Decimal, RoundingMode),
    Floor(Box<Node>, Decimal),
    Ceil(Box<Node>, Decimal),
    Lookup {
        table: usize,
        input: Box<Node>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Arithmetic {
    Add,
    Subtract,
    Multiply,
    Divide,
}

/// What an expression used: shown in the explanation as the inputs of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Input {
    /// A question's answer itself.
    Answer(usize),
    /// An attribute of a question's chosen option(s), by attribute index.
    Attribute(usize, usize),
    Step(usize),
}

/// A compiled expression with what it reads.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Compiled {
    pub node: Node,
    pub inputs: Vec<Input>,
}

/// Questions in questionnaire order, with where each sits in the file.
#[derive(Clone)]
pub(crate) struct QuestionRef {
    pub domain: usize,
    pub index: usize,
    pub path: String,
}

/// The compiled rule set: everything evaluation needs, by position.
#[derive(Clone)]
pub(crate) struct Program {
    pub questions: Vec<QuestionRef>,
    /// Question positions by id, for reading answers.
    pub question_ids: HashMap<String, usize>,
    pub conditions: Vec<Option<Compiled>>,
    pub steps: Vec<Compiled>,
    pub tables: Vec<Vec<(Decimal, Decimal)>>,
    pub attribute_ids: Vec<String>,
    pub amount: usize,
    pub carers_allocation: Option<usize>,
    pub panel_when: Option<Compiled>,
}

/// What a name in an expression refers to.
#[derive(Clone, Copy)]
enum Named {
    Question(usize),
    Domain(usize),
    Step(usize),
    Table(usize),
}

const FUNCTIONS: [&str; 9] = [
    "min", "max", "sum", "clamp", "round", "floor", "ceil", "lookup", "chosen",
];
const RESERVED: [&str; 8] = ["if", "then", "else", "and", "or", "not", "true", "false"];

fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && id.len() <= MAX_ID_BYTES
}

struct Checker<'a> {
    file: &'a RuleSetFile,
    problems: Vec<RuleProblem>,
    names: HashMap<&'a str, Named>,
    questions: Vec<QuestionRef>,
    question_ranges: Vec<Option<Range>>,
    attribute_ids: Vec<String>,
    table_ids: Vec<String>,
    tables: Vec<Vec<(Decimal, Decimal)>>,
    /// Each step's type and range, or `None` for a step whose own problems are reported.
    step_types: Vec<Option<(Type, Option<Range>)>>,
    /// How many more "did you mean" suggestions this check may work out (see [`SUGGESTIONS`]).
    suggestions_left: Cell<usize>,
}

/// Checks everything about a parsed rule set; returns the compiled program or every problem.
pub(crate) fn check(file: &RuleSetFile) -> Result<Program, Vec<RuleProblem>> {
    let mut checker = Checker {
        file,
        problems: Vec::new(),
        names: HashMap::new(),
        questions: Vec::new(),
        question_ranges: Vec::new(),
        attribute_ids: file.attributes.keys().cloned().collect(),
        table_ids: file.tables.keys().cloned().collect(),
        tables: Vec::new(),
        step_types: Vec::new(),
        suggestions_left: Cell::new(SUGGESTIONS),
    };
    checker.identity();
    // A file with more of anything than a rule set ever has is refused before the rest is
    // checked, so checking takes time in proportion to a real rule set's size.
    if !checker.counts() {
        return Err(checker.problems);
    }
    checker.attributes();
    checker.names();
    checker.questions();
    checker.tables();
    let conditions = checker.conditions();
    let steps = checker.steps();
    let (amount, carers_allocation, panel_when) = checker.outcome(&steps);
    checker.spending();
    if checker.problems.is_empty() {
        let question_ids = checker
            .names
            .iter()
            .filter_map(|(id, named)| match named {
                Named::Question(q) => Some(((*id).to_owned(), *q)),
                _ => None,
            })
            .collect();
        Ok(Program {
            question_ids,
            questions: checker.questions,
            conditions,
            steps: steps.into_iter().flatten().collect(),
            tables: checker.tables,
            attribute_ids: checker.attribute_ids,
            amount: amount.unwrap_or_default(),
            carers_allocation,
            panel_when,
        })
    } else {
        Err(checker.problems)
    }
}

impl<'a> Checker<'a> {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(RuleProblem::new(path, message));
    }

    fn identity(&mut self) {
        let file = self.file;
        if file.format != super::format::FORMAT_TAG {
            self.problem(
                "format",
                format!(
                    "is {:?}; a rule set file must say \"{}\"",
                    file.format,
                    super::format::FORMAT_TAG
                ),
            );
        }
        if file.format_version != super::format::FORMAT_VERSION {
            self.problem(
                "format_version",
                format!(
                    "is {}; this version of the app reads rule set format version {}",
                    file.format_version,
                    super::format::FORMAT_VERSION
                ),
            );
        }
        let id_ok = !file.id.is_empty()
            && file.id.len() <= 100
            && file
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
        if !id_ok {
            self.problem(
                "id",
                "must be 1 to 100 lower-case letters, digits, '-', '_' or '.'",
            );
        }
        for (path, value) in [
            ("title", &file.title),
            ("council", &file.council),
            ("version", &file.version),
        ] {
            if value.trim().is_empty() {
                self.problem(path, "must not be empty");
            }
        }
        let code_ok = file.currency.code.len() == 3
            && file.currency.code.chars().all(|c| c.is_ascii_uppercase());
        if !code_ok {
            self.problem(
                "currency.code",
                format!(
                    "{:?} is not an ISO 4217 currency code such as \"GBP\"",
                    file.currency.code
                ),
            );
        }
        if file.currency.minor_digits > 4 {
            self.problem(
                "currency.minor_digits",
                "must be from 0 to 4 (2 for pounds and pence)",
            );
        }
        let weeks = file.weeks_per_year.0;
        if weeks < Decimal::from(52) || weeks > Decimal::from(53) {
            self.problem(
                "weeks_per_year",
                format!("is {weeks}; it must be from 52 to 53 (for example 52 or 52.143)"),
            );
        }
        let unit = file.rounding.unit.0;
        let minor = Decimal::new(1, file.currency.minor_digits.min(4));
        if unit <= Decimal::ZERO || !(unit % minor).is_zero() {
            self.problem(
                "rounding.unit",
                format!(
                    "is {unit}; it must be a positive whole number of the currency's minor unit \
                     ({minor}), for example \"0.01\" for the nearest penny"
                ),
            );
        } else if unit > Decimal::from(MAX_ROUNDING_UNIT) {
            self.problem(
                "rounding.unit",
                format!(
                    "is {unit}; a budget is rounded to at most {MAX_ROUNDING_UNIT} of the \
                     currency (for example \"1\" for the nearest pound)"
                ),
            );
        }
    }

    /// Checks how many of each thing the file has against [`COUNTS`], naming where; false if
    /// anything is beyond.
    fn counts(&mut self) -> bool {
        let file = self.file;
        let questions: usize = file.questionnaire.iter().map(|d| d.questions.len()).sum();
        let widest_question = file
            .questionnaire
            .iter()
            .enumerate()
            .flat_map(|(d, domain)| {
                domain
                    .questions
                    .iter()
                    .enumerate()
                    .map(move |(q, question)| {
                        (
                            format!("questionnaire[{d}].questions[{q}].options"),
                            question.options.len(),
                        )
                    })
            })
            .max_by_key(|(_, count)| *count);
        let longest_table = file
            .tables
            .iter()
            .map(|(id, table)| (format!("tables.{id}.bands"), table.bands.len()))
            .max_by_key(|(_, count)| *count);
        let counted = [
            ("questionnaire".to_owned(), file.questionnaire.len()),
            ("questionnaire".to_owned(), questions),
            widest_question.unwrap_or_default(),
            ("attributes".to_owned(), file.attributes.len()),
            ("tables".to_owned(), file.tables.len()),
            longest_table.unwrap_or_default(),
            ("allocation.steps".to_owned(), file.allocation.steps.len()),
            (
                "spending.categories".to_owned(),
                file.spending.categories.len(),
            ),
            (
                "spending.not_allowed".to_owned(),
                file.spending.not_allowed.len(),
            ),
            (
                "spending.price_list".to_owned(),
                file.spending.price_list.len(),
            ),
            ("translations".to_owned(), file.translations.len()),
        ];
        let mut within = true;
        for ((path, count), (most, what)) in counted.into_iter().zip(COUNTS) {
            if count > most {
                self.problem(
                    path,
                    format!("has {count} {what}; a rule set has at most {most}"),
                );
                within = false;
            }
        }
        within
    }

    fn attributes(&mut self) {
        let file = self.file;
        for (id, attribute) in &file.attributes {
            if !is_identifier(id) {
                self.problem(
                    format!("attributes.{id}"),
                    identifier_message("an attribute"),
                );
            }
            if attribute.unit.trim().is_empty() {
                self.problem(format!("attributes.{id}.unit"), "must not be empty");
            }
        }
    }

    /// Domains, questions, steps and tables share one set of names, so an expression can refer
    /// to any of them by id alone.
    fn names(&mut self) {
        let file = self.file;
        let declare = |checker: &mut Self, id: &'a str, path: String, named: Named, what: &str| {
            if !is_identifier(id) {
                checker.problem(format!("{path}.id"), identifier_message(what));
            } else if RESERVED.contains(&id) || FUNCTIONS.contains(&id) {
                checker.problem(
                    format!("{path}.id"),
                    format!("'{id}' is a word of the expression language; choose another id"),
                );
            } else if checker.names.insert(id, named).is_some() {
                checker.problem(
                    format!("{path}.id"),
                    format!(
                        "'{id}' is already used; domains, questions, steps and tables each need \
                         an id of their own"
                    ),
                );
            }
        };
        if file.questionnaire.is_empty() {
            self.problem("questionnaire", "must have at least one domain");
        }
        for (d, domain) in file.questionnaire.iter().enumerate() {
            let path = format!("questionnaire[{d}]");
            declare(self, &domain.id, path.clone(), Named::Domain(d), "a domain");
            if domain.title.trim().is_empty() {
                self.problem(format!("{path}.title"), "must not be empty");
            }
            if domain.questions.is_empty() {
                self.problem(
                    format!("{path}.questions"),
                    "must have at least one question",
                );
            }
            for (q, question) in domain.questions.iter().enumerate() {
                let qpath = format!("{path}.questions[{q}]");
                let index = self.questions.len();
                declare(
                    self,
                    &question.id,
                    qpath.clone(),
                    Named::Question(index),
                    "a question",
                );
                self.questions.push(QuestionRef {
                    domain: d,
                    index: q,
                    path: qpath,
                });
            }
        }
        for (s, step) in file.allocation.steps.iter().enumerate() {
            declare(
                self,
                &step.id,
                format!("allocation.steps[{s}]"),
                Named::Step(s),
                "a step",
            );
        }
        for (t, id) in file.tables.keys().enumerate() {
            if !is_identifier(id) {
                self.problem(format!("tables.{id}"), identifier_message("a table"));
            } else if RESERVED.contains(&id.as_str()) || FUNCTIONS.contains(&id.as_str()) {
                self.problem(
                    format!("tables.{id}"),
                    format!("'{id}' is a word of the expression language; choose another id"),
                );
            } else if self.names.insert(id, Named::Table(t)).is_some() {
                self.problem(format!("tables.{id}"), format!("'{id}' is already used"));
            }
        }
    }

    fn questions(&mut self) {
        let file = self.file;
        let minor_digits = file.currency.minor_digits;
        for q in 0..self.questions.len() {
            let QuestionRef { domain, index, .. } = self.questions[q];
            let path = self.questions[q].path.clone();
            let question = &file.questionnaire[domain].questions[index];
            if question.text.trim().is_empty() {
                self.problem(format!("{path}.text"), "must not be empty");
            }
            let is_choice = matches!(
                question.kind,
                QuestionType::SingleChoice | QuestionType::MultipleChoice
            );
            let mut range = None;
            if is_choice {
                let needed = if question.kind == QuestionType::SingleChoice {
                    2
                } else {
                    1
                };
                if question.options.len() < needed {
                    self.problem(
                        format!("{path}.options"),
                        format!(
                            "a {} question needs at least {needed} options",
                            kind_name(question.kind)
                        ),
                    );
                }
                for (field, present) in [
                    ("min", question.min.is_some()),
                    ("max", question.max.is_some()),
                    ("unit", question.unit.is_some()),
                ] {
                    if present {
                        self.problem(
                            format!("{path}.{field}"),
                            "is only for whole number and money questions".to_owned(),
                        );
                    }
                }
                let mut seen = BTreeSet::new();
                for (o, option) in question.options.iter().enumerate() {
                    let opath = format!("{path}.options[{o}]");
                    if !is_identifier(&option.id) {
                        self.problem(format!("{opath}.id"), identifier_message("an option"));
                    } else if !seen.insert(option.id.as_str()) {
                        self.problem(
                            format!("{opath}.id"),
                            format!("'{}' is already an option of this question", option.id),
                        );
                    }
                    if option.label.trim().is_empty() {
                        self.problem(format!("{opath}.label"), "must not be empty");
                    }
                    for (name, value) in &option.attributes {
                        if !file.attributes.contains_key(name) {
                            self.problem(
                                format!("{opath}.attributes.{name}"),
                                format!(
                                    "'{name}' is not a declared attribute; declare it under \
                                     \"attributes\" (declared: {})",
                                    list_or_none(file.attributes.keys())
                                ),
                            );
                        }
                        if value.0.abs() > limit() {
                            self.problem(
                                format!("{opath}.attributes.{name}"),
                                format!("is larger than {} in size", limit()),
                            );
                        }
                    }
                }
            } else {
                if !question.options.is_empty() {
                    self.problem(
                        format!("{path}.options"),
                        format!("a {} question has no options", kind_name(question.kind)),
                    );
                }
                if question.kind != QuestionType::WholeNumber && question.unit.is_some() {
                    self.problem(format!("{path}.unit"), "is only for whole number questions");
                }
                if question.kind == QuestionType::YesNo {
                    for (field, present) in [
                        ("min", question.min.is_some()),
                        ("max", question.max.is_some()),
                    ] {
                        if present {
                            self.problem(
                                format!("{path}.{field}"),
                                "a yes/no question has no limits",
                            );
                        }
                    }
                } else {
                    range = self.number_limits(
                        question.kind,
                        question.min,
                        question.max,
                        &path,
                        minor_digits,
                    );
                }
            }
            self.question_ranges.push(range.map(Range::with_zero));
        }
    }

    fn number_limits(
        &mut self,
        kind: QuestionType,
        min: Option<super::format::Dec>,
        max: Option<super::format::Dec>,
        path: &str,
        minor_digits: u32,
    ) -> Option<Range> {
        let (Some(min), Some(max)) = (min, max) else {
            self.problem(
                path.to_owned(),
                format!(
                    "a {} question needs \"min\" and \"max\", so the rules can be checked for \
                     every possible answer",
                    kind_name(kind)
                ),
            );
            return None;
        };
        let (min, max) = (min.0, max.0);
        let mut ok = true;
        for (field, value) in [("min", min), ("max", max)] {
            let whole = kind == QuestionType::WholeNumber;
            if whole && !value.fract().is_zero() {
                self.problem(format!("{path}.{field}"), "must be a whole number");
                ok = false;
            }
            if !whole && value.normalize().scale() > minor_digits {
                self.problem(
                    format!("{path}.{field}"),
                    format!("has more decimal places than the currency's {minor_digits}"),
                );
                ok = false;
            }
            if value.abs() > limit() {
                self.problem(
                    format!("{path}.{field}"),
                    format!("is larger than {} in size", limit()),
                );
                ok = false;
            }
        }
        if min > max {
            self.problem(
                format!("{path}.min"),
                format!("is {min}, more than max ({max})"),
            );
            ok = false;
        }
        ok.then_some(Range { lo: min, hi: max })
    }

    fn tables(&mut self) {
        let file = self.file;
        for (id, table) in &file.tables {
            let path = format!("tables.{id}");
            if table.bands.is_empty() {
                self.problem(format!("{path}.bands"), "must have at least one band");
            }
            let mut previous: Option<Decimal> = None;
            let mut bands = Vec::new();
            for (b, band) in table.bands.iter().enumerate() {
                if let Some(previous) = previous {
                    if band.from.0 <= previous {
                        self.problem(
                            format!("{path}.bands[{b}].from"),
                            format!(
                                "is {}, but bands must go up: the band before starts from {previous}",
                                band.from.0
                            ),
                        );
                    }
                }
                for (field, value) in [("from", band.from.0), ("value", band.value.0)] {
                    if value.abs() > limit() {
                        self.problem(
                            format!("{path}.bands[{b}].{field}"),
                            format!("is larger than {} in size", limit()),
                        );
                    }
                }
                previous = Some(band.from.0);
                bands.push((band.from.0, band.value.0));
            }
            self.tables.push(bands);
        }
    }

    fn conditions(&mut self) -> Vec<Option<Compiled>> {
        let file = self.file;
        let mut conditions = Vec::new();
        for q in 0..self.questions.len() {
            let QuestionRef { domain, index, .. } = self.questions[q];
            let path = format!("{}.asked_when", self.questions[q].path);
            let condition = file.questionnaire[domain].questions[index]
                .asked_when
                .as_deref()
                .and_then(|text| {
                    let scope = Scope {
                        questions_before: q,
                        steps_before: 0,
                        steps_allowed: false,
                    };
                    self.compile(text, &path, scope, Type::YesNo)
                });
            conditions.push(condition);
        }
        conditions
    }

    fn steps(&mut self) -> Vec<Option<Compiled>> {
        let file = self.file;
        if file.allocation.steps.is_empty() {
            self.problem("allocation.steps", "must have at least one step");
        }
        let mut compiled = Vec::new();
        for (s, step) in file.allocation.steps.iter().enumerate() {
            let path = format!("allocation.steps[{s}]");
            if step.label.trim().is_empty() {
                self.problem(format!("{path}.label"), "must not be empty");
            }
            let wanted = match step.format {
                StepFormat::Money | StepFormat::Number => Type::Number,
                StepFormat::YesNo => Type::YesNo,
            };
            let scope = Scope {
                questions_before: self.questions.len(),
                steps_before: s,
                steps_allowed: true,
            };
            let result =
                self.compile_with_range(&step.value, &format!("{path}.value"), scope, wanted);
            self.step_types
                .push(result.as_ref().map(|(_, range)| (wanted, *range)));
            compiled.push(result.map(|(compiled, _)| compiled));
        }
        compiled
    }

    fn outcome(
        &mut self,
        steps: &[Option<Compiled>],
    ) -> (Option<usize>, Option<usize>, Option<Compiled>) {
        let file = self.file;
        let money_step = |checker: &mut Self, id: &str, path: &str| -> Option<usize> {
            match checker.names.get(id) {
                Some(Named::Step(s)) => {
                    if file.allocation.steps[*s].format == StepFormat::Money {
                        Some(*s)
                    } else {
                        checker.problem(
                            path.to_owned(),
                            format!("step '{id}' must have \"format\": \"money\""),
                        );
                        None
                    }
                }
                _ => {
                    checker.problem(
                        path.to_owned(),
                        format!(
                            "there is no step called '{id}'{}",
                            suggestion(
                                &checker.suggestions_left,
                                id,
                                file.allocation.steps.iter().map(|s| s.id.as_str())
                            )
                        ),
                    );
                    None
                }
            }
        };
        let amount = money_step(self, &file.allocation.amount, "allocation.amount");
        let carers = file
            .allocation
            .carers_allocation
            .as_deref()
            .and_then(|id| money_step(self, id, "allocation.carers_allocation"));
        // A budget or carer's allocation can never be negative, whatever the answers.
        for s in [amount, carers].into_iter().flatten() {
            if let Some(Some((_, Some(range)))) = self.step_types.get(s) {
                if range.lo < Decimal::ZERO && steps.get(s).is_some_and(Option::is_some) {
                    self.problem(
                        format!("allocation.steps[{s}].value"),
                        format!(
                            "this amount could be negative (as low as {}); use max(…, 0) or a floor",
                            range.lo.normalize()
                        ),
                    );
                }
            }
        }
        // Rounded as stated and turned into the other period, every figure must be a whole
        // number of minor units that is signed exactly (at most 2^53). Rounding and turning a
        // weekly figure into a yearly one keep order, so the ends of the range bound it all.
        let settings_checked = !self.problems.iter().any(|p| {
            ["currency", "weeks_per_year", "rounding"]
                .iter()
                .any(|part| p.path.starts_with(part))
        });
        for (s, path) in [
            (amount, "allocation.amount"),
            (carers, "allocation.carers_allocation"),
        ] {
            let Some(s) = s else { continue };
            let Some(Some((_, Some(range)))) = self.step_types.get(s).copied() else {
                continue;
            };
            if !settings_checked {
                continue;
            }
            let fits = |amount: Decimal| {
                super::allocation::periods(file, amount).is_some_and(|(weekly, yearly)| {
                    [weekly, yearly]
                        .iter()
                        .all(|minor| minor.unsigned_abs() <= crate::canonical::MAX_SAFE_INTEGER)
                })
            };
            if !fits(range.lo) || !fits(range.hi) {
                self.problem(
                    path,
                    format!(
                        "step '{}' can reach {}, which rounded as \"rounding\" says and worked \
                         out for a year is more than a budget can be; limit it with min(…) or \
                         clamp(…), or round to a smaller unit",
                        file.allocation.steps[s].id,
                        range.hi.max(-range.lo).normalize()
                    ),
                );
            }
        }
        let panel = file.allocation.panel_when.as_deref().and_then(|text| {
            let scope = Scope {
                questions_before: self.questions.len(),
                steps_before: file.allocation.steps.len(),
                steps_allowed: true,
            };
            self.compile(text, "allocation.panel_when", scope, Type::YesNo)
        });
        (amount, carers, panel)
    }

    fn spending(&mut self) {
        let spending = &self.file.spending;
        if spending.categories.is_empty() {
            self.problem("spending.categories", "must have at least one category");
        }
        let mut ids = BTreeSet::new();
        for (c, category) in spending.categories.iter().enumerate() {
            if !is_identifier(&category.id) {
                self.problem(
                    format!("spending.categories[{c}].id"),
                    identifier_message("a category"),
                );
            } else if !ids.insert(category.id.as_str()) {
                self.problem(
                    format!("spending.categories[{c}].id"),
                    format!("'{}' is already used", category.id),
                );
            }
            if category.name.trim().is_empty() {
                self.problem(
                    format!("spending.categories[{c}].name"),
                    "must not be empty",
                );
            }
        }
        for (n, item) in spending.not_allowed.iter().enumerate() {
            if !is_identifier(&item.id) {
                self.problem(
                    format!("spending.not_allowed[{n}].id"),
                    identifier_message("an item"),
                );
            } else if !ids.insert(item.id.as_str()) {
                self.problem(
                    format!("spending.not_allowed[{n}].id"),
                    format!(
                        "'{}' is already used by a category or another item",
                        item.id
                    ),
                );
            }
            if item.name.trim().is_empty() {
                self.problem(
                    format!("spending.not_allowed[{n}].name"),
                    "must not be empty",
                );
            }
        }
        let mut codes = BTreeSet::new();
        for (p, item) in spending.price_list.iter().enumerate() {
            let path = format!("spending.price_list[{p}]");
            if item.code.trim().is_empty() {
                self.problem(format!("{path}.code"), "must not be empty");
            } else if !codes.insert(item.code.as_str()) {
                self.problem(
                    format!("{path}.code"),
                    format!("'{}' is already used", item.code),
                );
            }
            if item.name.trim().is_empty() {
                self.problem(format!("{path}.name"), "must not be empty");
            }
            if item.unit.trim().is_empty() {
                self.problem(format!("{path}.unit"), "must not be empty");
            }
            if !spending.categories.iter().any(|c| c.id == item.category) {
                self.problem(
                    format!("{path}.category"),
                    format!(
                        "there is no category '{}'{}",
                        item.category,
                        suggestion(
                            &self.suggestions_left,
                            &item.category,
                            spending.categories.iter().map(|c| c.id.as_str())
                        )
                    ),
                );
            }
            if let Some(cap) = item.price_cap_minor {
                if cap <= 0 {
                    self.problem(
                        format!("{path}.price_cap_minor"),
                        "must be more than 0 (it is in pence)",
                    );
                }
            }
        }
        let percent_ok = |d: Decimal| d >= Decimal::ZERO && d <= Decimal::ONE_HUNDRED;
        if !percent_ok(spending.minimum_contingency_percent.0) {
            self.problem(
                "spending.minimum_contingency_percent",
                "must be from 0 to 100",
            );
        }
        for (o, cost) in spending.personal_assistant_on_costs.iter().enumerate() {
            if cost.name.trim().is_empty() {
                self.problem(
                    format!("spending.personal_assistant_on_costs[{o}].name"),
                    "must not be empty",
                );
            }
            if !percent_ok(cost.percent.0) {
                self.problem(
                    format!("spending.personal_assistant_on_costs[{o}].percent"),
                    "must be from 0 to 100",
                );
            }
        }
        if spending.management_options.is_empty() {
            self.problem(
                "spending.management_options",
                "must offer at least one way to manage the money",
            );
        }
        let mut seen = BTreeSet::new();
        for (m, option) in spending.management_options.iter().enumerate() {
            if !seen.insert(*option) {
                self.problem(
                    format!("spending.management_options[{m}]"),
                    "is listed twice",
                );
            }
        }
    }

    fn compile(&mut self, text: &str, path: &str, scope: Scope, wanted: Type) -> Option<Compiled> {
        self.compile_with_range(text, path, scope, wanted)
            .map(|(compiled, _)| compiled)
    }

    fn compile_with_range(
        &mut self,
        text: &str,
        path: &str,
        scope: Scope,
        wanted: Type,
    ) -> Option<(Compiled, Option<Range>)> {
        let expr = match expr::parse(text) {
            Ok(expr) => expr,
            Err(error) => {
                self.problem(
                    path.to_owned(),
                    format!("at character {}: {}", error.at + 1, error.message),
                );
                return None;
            }
        };
        let mut inputs = BTreeSet::new();
        let mut context = Context {
            checker: self,
            scope,
            inputs: &mut inputs,
        };
        match context.node(&expr) {
            Ok(typed) => {
                if typed.ty != wanted {
                    self.problem(
                        path.to_owned(),
                        format!("gives {} but must give {}", typed.ty.name(), wanted.name()),
                    );
                    return None;
                }
                Some((
                    Compiled {
                        node: typed.node,
                        inputs: inputs.into_iter().collect(),
                    },
                    typed.range,
                ))
            }
            Err((_, message)) if message.is_empty() => None,
            Err((at, message)) => {
                self.problem(
                    path.to_owned(),
                    format!("at character {}: {message}", at + 1),
                );
                None
            }
        }
    }
}

#[derive(Clone, Copy)]
struct Scope {
    /// Questions with a smaller position may be used.
    questions_before: usize,
    /// Steps with a smaller position may be used.
    steps_before: usize,
    steps_allowed: bool,
}

struct Typed {
    node: Node,
    ty: Type,
    /// For numbers: every value the expression can take lies in this range.
    range: Option<Range>,
}

impl Typed {
    fn number(node: Node, range: Range) -> Typed {
        Typed {
            node,
            ty: Type::Number,
            range: Some(range),
        }
    }

    fn yes_no(node: Node) -> Typed {
        Typed {
            node,
            ty: Type::YesNo,
            range: None,
        }
    }
}

/// Where in the expression, and what is wrong; an empty message means the problem lies elsewhere
/// and has been reported there.
type Failure = (usize, String);

fn already_reported() -> Failure {
    (0, String::new())
}

struct Context<'c, 'a> {
    checker: &'c mut Checker<'a>,
    scope: Scope,
    inputs: &'c mut BTreeSet<Input>,
}

impl Context<'_, '_> {
    fn node(&mut self, expr: &Expr) -> Result<Typed, Failure> {
        let at = expr.at;
        match &expr.kind {
            ExprKind::Number(value) => Ok(Typed::number(
                Node::Number(*value),
                bounded(at, Range::point(*value))?,
            )),
            ExprKind::Bool(value) => Ok(Typed::yes_no(Node::YesNo(*value))),
            ExprKind::Name(name) => self.name(name, at),
            ExprKind::Attribute(name, attribute) => self.attribute(name, attribute, at),
            ExprKind::Negate(inner) => {
                let inner = self.number(inner, "'-'")?;
                let range = Range {
                    lo: -inner.1.hi,
                    hi: -inner.1.lo,
                };
                Ok(Typed::number(Node::Negate(Box::new(inner.0)), range))
            }
            ExprKind::Not(inner) => {
                let inner = self.yes_no(inner, "'not'")?;
                Ok(Typed::yes_no(Node::Not(Box::new(inner))))
            }
            ExprKind::Binary(op, left, right) => self.binary(*op, left, right, at),
            ExprKind::Power(base, power) => {
                let (node, range) = self.number(base, "'^'")?;
                let range = power_range(range, *power).ok_or_else(|| too_large(at))?;
                Ok(Typed::number(
                    Node::Power(Box::new(node), *power),
                    bounded(at, range)?,
                ))
            }
            ExprKind::If(condition, then, otherwise) => {
                let condition = self.yes_no(condition, "the condition of 'if'")?;
                let then = self.node(then)?;
                let otherwise = self.node(otherwise)?;
                if then.ty != otherwise.ty {
                    return Err((
                        at,
                        format!(
                            "'then' gives {} but 'else' gives {}; both must give the same",
                            then.ty.name(),
                            otherwise.ty.name()
                        ),
                    ));
                }
                let range = match (then.range, otherwise.range) {
                    (Some(a), Some(b)) => Some(a.union(b)),
                    _ => None,
                };
                Ok(Typed {
                    node: Node::If(
                        Box::new(condition),
                        Box::new(then.node),
                        Box::new(otherwise.node),
                    ),
                    ty: then.ty,
                    range,
                })
            }
            ExprKind::Call(function, arguments) => self.call(function, arguments, at),
        }
    }

    fn number(&mut self, expr: &Expr, context: &str) -> Result<(Node, Range), Failure> {
        let typed = self.node(expr)?;
        match (typed.ty, typed.range) {
            (Type::Number, Some(range)) => Ok((typed.node, range)),
            _ => Err((
                expr.at,
                format!("{context} needs a number here, not {}", typed.ty.name()),
            )),
        }
    }

    fn yes_no(&mut self, expr: &Expr, context: &str) -> Result<Node, Failure> {
        let typed = self.node(expr)?;
        if typed.ty == Type::YesNo {
            Ok(typed.node)
        } else {
            Err((
                expr.at,
                format!("{context} needs a yes/no value here, not a number"),
            ))
        }
    }

    fn lookup_name(&self, name: &str, at: usize) -> Result<Named, Failure> {
        self.checker.names.get(name).copied().ok_or_else(|| {
            let known = self.checker.names.keys().copied();
            (
                at,
                format!(
                    "there is no question, domain, step or table called '{name}'{}",
                    suggestion(&self.checker.suggestions_left, name, known)
                ),
            )
        })
    }

    fn question_in_scope(&self, question: usize, at: usize) -> Result<(), Failure> {
        if question < self.scope.questions_before {
            return Ok(());
        }
        let id = &self.question_file(question).id;
        Err((
            at,
            format!("'{id}' is not asked before this question; a condition can only use earlier questions"),
        ))
    }

    fn question_file(&self, question: usize) -> &super::format::QuestionFile {
        let QuestionRef { domain, index, .. } = self.checker.questions[question];
        &self.checker.file.questionnaire[domain].questions[index]
    }

    fn name(&mut self, name: &str, at: usize) -> Result<Typed, Failure> {
        match self.lookup_name(name, at)? {
            Named::Question(q) => {
                self.question_in_scope(q, at)?;
                let question = self.question_file(q);
                match question.kind {
                    QuestionType::YesNo => {
                        self.inputs.insert(Input::Answer(q));
                        Ok(Typed::yes_no(Node::AnswerYes(q)))
                    }
                    QuestionType::WholeNumber | QuestionType::Money => {
                        let range = self.checker.question_ranges[q]
                            .ok_or_else(|| (at, format!("'{name}' has no valid limits")))?;
                        self.inputs.insert(Input::Answer(q));
                        Ok(Typed::number(Node::Answer(q), range))
                    }
                    QuestionType::SingleChoice | QuestionType::MultipleChoice => Err((
                        at,
                        format!(
                            "'{name}' is a choice question: use {name}.ATTRIBUTE for a value of the \
                             chosen answer, or chosen({name}, OPTION)"
                        ),
                    )),
                }
            }
            Named::Step(s) => {
                if !self.scope.steps_allowed {
                    return Err((at, format!("'{name}' is a step; a question's condition can only use earlier answers")));
                }
                if s >= self.scope.steps_before {
                    let message = if s == self.scope.steps_before {
                        format!("step '{name}' cannot use itself")
                    } else {
                        format!("step '{name}' comes later; a step can only use the steps before it")
                    };
                    return Err((at, message));
                }
                // A step with problems of its own has them reported already; what uses it is
                // not reported again.
                let (ty, range) = self
                    .checker
                    .step_types
                    .get(s)
                    .copied()
                    .flatten()
                    .ok_or_else(already_reported)?;
                self.inputs.insert(Input::Step(s));
                Ok(Typed {
                    node: Node::Step(s),
                    ty,
                    range,
                })
            }
            Named::Domain(_) => Err((
                at,
                format!("'{name}' is a domain: use {name}.ATTRIBUTE for the total of an attribute over its questions"),
            )),
            Named::Table(_) => Err((at, format!("'{name}' is a table: use lookup({name}, VALUE)"))),
        }
    }

    fn attribute_index(&self, attribute: &str, at: usize) -> Result<usize, Failure> {
        self.checker
            .attribute_ids
            .iter()
            .position(|a| a == attribute)
            .ok_or_else(|| {
                (
                    at,
                    format!(
                        "there is no attribute '{attribute}'{} (declared: {})",
                        suggestion(
                            &self.checker.suggestions_left,
                            attribute,
                            self.checker.attribute_ids.iter().map(String::as_str)
                        ),
                        list_or_none(self.checker.attribute_ids.iter())
                    ),
                )
            })
    }

    /// The attribute's value on each option of a choice question (0 where an option lacks it),
    /// or `None` if no option has it.
    fn option_values(&self, question: usize, attribute: &str) -> Option<Vec<Decimal>> {
        let file = self.question_file(question);
        if !matches!(
            file.kind,
            QuestionType::SingleChoice | QuestionType::MultipleChoice
        ) {
            return None;
        }
        if !file
            .options
            .iter()
            .any(|o| o.attributes.contains_key(attribute))
        {
            return None;
        }
        Some(
            file.options
                .iter()
                .map(|o| o.attributes.get(attribute).map_or(Decimal::ZERO, |d| d.0))
                .collect(),
        )
    }

    fn option_range(&self, question: usize, values: &[Decimal]) -> Option<Range> {
        let multiple = self.question_file(question).kind == QuestionType::MultipleChoice;
        let mut range = Range::point(Decimal::ZERO);
        if multiple {
            for value in values {
                if *value < Decimal::ZERO {
                    range.lo = range.lo.checked_add(*value)?;
                } else {
                    range.hi = range.hi.checked_add(*value)?;
                }
            }
        } else {
            for value in values {
                range = range.union(Range::point(*value));
            }
        }
        Some(range)
    }

    fn attribute(&mut self, name: &str, attribute: &str, at: usize) -> Result<Typed, Failure> {
        let named = self.lookup_name(name, at)?;
        let attribute_index = self.attribute_index(attribute, at)?;
        match named {
            Named::Question(q) => {
                self.question_in_scope(q, at)?;
                let values = self.option_values(q, attribute).ok_or_else(|| {
                    (
                        at,
                        format!("no option of question '{name}' has the attribute '{attribute}'"),
                    )
                })?;
                let range = self.option_range(q, &values).ok_or_else(|| too_large(at))?;
                self.inputs.insert(Input::Attribute(q, attribute_index));
                Ok(Typed::number(
                    Node::OptionValues {
                        question: q,
                        values,
                    },
                    bounded(at, range)?,
                ))
            }
            Named::Domain(d) => {
                let mut parts = Vec::new();
                let mut range = Range::point(Decimal::ZERO);
                for q in 0..self.checker.questions.len() {
                    if self.checker.questions[q].domain != d {
                        continue;
                    }
                    let Some(values) = self.option_values(q, attribute) else {
                        continue;
                    };
                    self.question_in_scope(q, at)?;
                    let part = self.option_range(q, &values).ok_or_else(|| too_large(at))?;
                    range = Range {
                        lo: range.lo.checked_add(part.lo).ok_or_else(|| too_large(at))?,
                        hi: range.hi.checked_add(part.hi).ok_or_else(|| too_large(at))?,
                    };
                    self.inputs.insert(Input::Attribute(q, attribute_index));
                    parts.push(Node::OptionValues {
                        question: q,
                        values,
                    });
                }
                if parts.is_empty() {
                    return Err((
                        at,
                        format!("no question in domain '{name}' has the attribute '{attribute}'"),
                    ));
                }
                Ok(Typed::number(Node::Sum(parts), bounded(at, range)?))
            }
            Named::Step(_) | Named::Table(_) => Err((
                at,
                format!("'{name}.{attribute}': only questions and domains have attributes"),
            )),
        }
    }

    fn binary(
        &mut self,
        op: BinaryOp,
        left: &Expr,
        right: &Expr,
        at: usize,
    ) -> Result<Typed, Failure> {
        let symbol = format!("'{}'", op.symbol());
        match op {
            BinaryOp::And | BinaryOp::Or => {
                let a = self.yes_no(left, &symbol)?;
                let b = self.yes_no(right, &symbol)?;
                let node = if op == BinaryOp::And {
                    Node::And(Box::new(a), Box::new(b))
                } else {
                    Node::Or(Box::new(a), Box::new(b))
                };
                Ok(Typed::yes_no(node))
            }
            BinaryOp::Equal | BinaryOp::NotEqual => {
                let a = self.node(left)?;
                let b = self.node(right)?;
                if a.ty != b.ty {
                    return Err((
                        at,
                        format!(
                            "{symbol} compares two numbers or two yes/no values, not {} and {}",
                            a.ty.name(),
                            b.ty.name()
                        ),
                    ));
                }
                Ok(Typed::yes_no(Node::Compare(
                    op,
                    Box::new(a.node),
                    Box::new(b.node),
                )))
            }
            BinaryOp::Less
            | BinaryOp::LessOrEqual
            | BinaryOp::Greater
            | BinaryOp::GreaterOrEqual => {
                let (a, _) = self.number(left, &symbol)?;
                let (b, _) = self.number(right, &symbol)?;
                Ok(Typed::yes_no(Node::Compare(op, Box::new(a), Box::new(b))))
            }
            BinaryOp::Add | BinaryOp::Subtract | BinaryOp::Multiply | BinaryOp::Divide => {
                let (a, ra) = self.number(left, &symbol)?;
                let (b, rb) = self.number(right, &symbol)?;
                let (arithmetic, range) = match op {
                    BinaryOp::Add => (
                        Arithmetic::Add,
                        Range::from_candidates(&[
                            ra.lo.checked_add(rb.lo),
                            ra.hi.checked_add(rb.hi),
                        ]),
                    ),
                    BinaryOp::Subtract => (
                        Arithmetic::Subtract,
                        Range::from_candidates(&[
                            ra.lo.checked_sub(rb.hi),
                            ra.hi.checked_sub(rb.lo),
                        ]),
                    ),
                    BinaryOp::Multiply => (
                        Arithmetic::Multiply,
                        Range::from_candidates(&[
                            ra.lo.checked_mul(rb.lo),
                            ra.lo.checked_mul(rb.hi),
                            ra.hi.checked_mul(rb.lo),
                            ra.hi.checked_mul(rb.hi),
                        ]),
                    ),
                    _ => {
                        if rb.contains_zero() {
                            return Err((
                                right.at,
                                format!(
                                    "this could divide by zero: the divisor can be anything from {} to {}; \
                                     make sure it can never be 0, for example with max(…, 1)",
                                    rb.lo.normalize(),
                                    rb.hi.normalize()
                                ),
                            ));
                        }
                        (
                            Arithmetic::Divide,
                            Range::from_candidates(&[
                                ra.lo.checked_div(rb.lo),
                                ra.lo.checked_div(rb.hi),
                                ra.hi.checked_div(rb.lo),
                                ra.hi.checked_div(rb.hi),
                            ]),
                        )
                    }
                };
                let range = range.ok_or_else(|| too_large(at))?;
                Ok(Typed::number(
                    Node::Arithmetic(arithmetic, Box::new(a), Box::new(b)),
                    bounded(at, range)?,
                ))
            }
        }
    }

    fn arity(
        function: &str,
        arguments: &[Expr],
        at: usize,
        count: std::ops::RangeInclusive<usize>,
    ) -> Result<(), Failure> {
        if count.contains(&arguments.len()) {
            return Ok(());
        }
        let wanted = if count.start() == count.end() {
            format!("{}", count.start())
        } else if *count.end() == usize::MAX {
            format!("at least {}", count.start())
        } else {
            format!("{} to {}", count.start(), count.end())
        };
        Err((
            at,
            format!(
                "{function}(…) takes {wanted} values, not {}",
                arguments.len()
            ),
        ))
    }

    fn positive_constant(&mut self, expr: &Expr, function: &str) -> Result<Decimal, Failure> {
        match expr.kind {
            ExprKind::Number(unit) if unit > Decimal::ZERO => Ok(unit),
            _ => Err((expr.at, format!("the unit of {function}(…) must be a number written out, more than 0, like 0.01"))),
        }
    }

    fn call(&mut self, function: &str, arguments: &[Expr], at: usize) -> Result<Typed, Failure> {
        match function {
            "min" | "max" | "sum" => {
                Self::arity(function, arguments, at, 1..=usize::MAX)?;
                let mut nodes = Vec::new();
                let mut range: Option<Range> = None;
                for argument in arguments {
                    let (node, r) = self.number(argument, &format!("{function}(…)"))?;
                    nodes.push(node);
                    range = Some(match (range, function) {
                        (None, _) => r,
                        (Some(acc), "min") => Range {
                            lo: acc.lo.min(r.lo),
                            hi: acc.hi.min(r.hi),
                        },
                        (Some(acc), "max") => Range {
                            lo: acc.lo.max(r.lo),
                            hi: acc.hi.max(r.hi),
                        },
                        (Some(acc), _) => Range {
                            lo: acc.lo.checked_add(r.lo).ok_or_else(|| too_large(at))?,
                            hi: acc.hi.checked_add(r.hi).ok_or_else(|| too_large(at))?,
                        },
                    });
                }
                let range = range.ok_or_else(|| too_large(at))?;
                let node = match function {
                    "min" => Node::Min(nodes),
                    "max" => Node::Max(nodes),
                    _ => Node::Sum(nodes),
                };
                Ok(Typed::number(node, bounded(at, range)?))
            }
            "clamp" => {
                Self::arity(function, arguments, at, 3..=3)?;
                let (x, rx) = self.number(&arguments[0], "clamp(…)")?;
                let (lo, rlo) = self.number(&arguments[1], "clamp(…)")?;
                let (hi, rhi) = self.number(&arguments[2], "clamp(…)")?;
                if rlo.hi > rhi.lo {
                    return Err((
                        arguments[1].at,
                        format!(
                            "the lower limit of clamp(…) could be above its upper limit (it can reach {}, the upper limit can be as low as {})",
                            rlo.hi.normalize(),
                            rhi.lo.normalize()
                        ),
                    ));
                }
                let range = Range {
                    lo: rx.lo.max(rlo.lo).min(rhi.lo),
                    hi: rx.hi.max(rlo.hi).min(rhi.hi),
                };
                Ok(Typed::number(
                    Node::Clamp(Box::new(x), Box::new(lo), Box::new(hi)),
                    range,
                ))
            }
            "round" | "floor" | "ceil" => {
                Self::arity(function, arguments, at, 2..=2)?;
                let (x, r) = self.number(&arguments[0], &format!("{function}(…)"))?;
                let unit = self.positive_constant(&arguments[1], function)?;
                let mode = self.checker.file.rounding.mode;
                // Rounding never changes order, so the ends of the range, rounded, bound the
                // result; and if rounding an end cannot be done (a tiny unit), neither can
                // rounding any value, so it is refused here rather than failing later.
                let apply = |value: Decimal| match function {
                    "round" => round_to_unit(value, unit, mode),
                    "floor" => floor_to_unit(value, unit),
                    _ => ceil_to_unit(value, unit),
                };
                let range = Range::from_candidates(&[apply(r.lo), apply(r.hi)])
                    .ok_or_else(|| too_large(at))?;
                let node = match function {
                    "round" => Node::Round(Box::new(x), unit, mode),
                    "floor" => Node::Floor(Box::new(x), unit),
                    _ => Node::Ceil(Box::new(x), unit),
                };
                Ok(Typed::number(node, bounded(at, range)?))
            }
            "lookup" => {
                Self::arity(function, arguments, at, 2..=2)?;
                let table = match &arguments[0].kind {
                    ExprKind::Name(name) => match self.lookup_name(name, arguments[0].at)? {
                        Named::Table(t) => t,
                        _ => return Err((arguments[0].at, format!("'{name}' is not a table"))),
                    },
                    _ => {
                        return Err((
                            arguments[0].at,
                            "lookup(…) needs a table's id first".to_owned(),
                        ))
                    }
                };
                let (input, r) = self.number(&arguments[1], "lookup(…)")?;
                let bands = &self.checker.tables[table];
                let Some(first) = bands.first() else {
                    return Err((
                        at,
                        format!("table '{}' has no bands", self.checker.table_ids[table]),
                    ));
                };
                if r.lo < first.0 {
                    return Err((
                        arguments[1].at,
                        format!(
                            "this value can be as low as {}, below the first band of table '{}' (from {}); add a band for it",
                            r.lo.normalize(),
                            self.checker.table_ids[table],
                            first.0.normalize()
                        ),
                    ));
                }
                let mut range: Option<Range> = None;
                for (b, (from, value)) in bands.iter().enumerate() {
                    let next = bands.get(b + 1).map(|(f, _)| *f);
                    let reachable = *from <= r.hi && next.is_none_or(|next| next > r.lo);
                    if reachable {
                        let point = Range::point(*value);
                        range = Some(range.map_or(point, |acc| acc.union(point)));
                    }
                }
                let range = range.ok_or_else(|| too_large(at))?;
                Ok(Typed::number(
                    Node::Lookup {
                        table,
                        input: Box::new(input),
                    },
                    range,
                ))
            }
            "chosen" => {
                Self::arity(function, arguments, at, 2..=2)?;
                let (ExprKind::Name(question), ExprKind::Name(option)) =
                    (&arguments[0].kind, &arguments[1].kind)
                else {
                    return Err((
                        at,
                        "chosen(…) takes a choice question's id and one of its option ids"
                            .to_owned(),
                    ));
                };
                let Named::Question(q) = self.lookup_name(question, arguments[0].at)? else {
                    return Err((arguments[0].at, format!("'{question}' is not a question")));
                };
                self.question_in_scope(q, arguments[0].at)?;
                let file = self.question_file(q);
                if !matches!(
                    file.kind,
                    QuestionType::SingleChoice | QuestionType::MultipleChoice
                ) {
                    return Err((
                        arguments[0].at,
                        format!("'{question}' is not a choice question"),
                    ));
                }
                let Some(o) = file.options.iter().position(|o| &o.id == option) else {
                    let ids: Vec<&str> = file.options.iter().map(|o| o.id.as_str()).collect();
                    return Err((
                        arguments[1].at,
                        format!(
                            "question '{question}' has no option '{option}'{} (its options: {})",
                            suggestion(&self.checker.suggestions_left, option, ids.iter().copied()),
                            ids.join(", ")
                        ),
                    ));
                };
                self.inputs.insert(Input::Answer(q));
                Ok(Typed::yes_no(Node::Chosen {
                    question: q,
                    option: o,
                }))
            }
            _ => Err((
                at,
                format!(
                    "there is no function '{function}'{}; the functions are {}",
                    suggestion(
                        &self.checker.suggestions_left,
                        function,
                        FUNCTIONS.iter().copied()
                    ),
                    FUNCTIONS.join(", ")
                ),
            )),
        }
    }
}

fn power_range(range: Range, power: u32) -> Option<Range> {
    let pow = |value: Decimal| -> Option<Decimal> {
        let mut result = Decimal::ONE;
        for _ in 0..power {
            result = result.checked_mul(value)?;
        }
        Some(result)
    };
    let (a, b) = (pow(range.lo)?, pow(range.hi)?);
    if power % 2 == 0 && range.contains_zero() {
        Some(Range {
            lo: Decimal::ZERO,
            hi: a.max(b),
        })
    } else {
        Some(Range {
            lo: a.min(b),
            hi: a.max(b),
        })
    }
}

fn too_large(at: usize) -> Failure {
    (
        at,
        format!(
            "this could grow beyond {} in size; limit it with min(…), max(…) or clamp(…), or give \
             the questions it uses smaller limits",
            limit()
        ),
    )
}

fn bounded(at: usize, range: Range) -> Result<Range, Failure> {
    if range.lo.abs() > limit() || range.hi.abs() > limit() {
        Err(too_large(at))
    } else {
        Ok(range)
    }
}

fn kind_name(kind: QuestionType) -> &'static str {
    match kind {
        QuestionType::SingleChoice => "single choice",
        QuestionType::MultipleChoice => "multiple choice",
        QuestionType::YesNo => "yes/no",
        QuestionType::WholeNumber => "whole number",
        QuestionType::Money => "money",
    }
}

fn identifier_message(what: &str) -> String {
    format!(
        "the id of {what} must start with a lower-case letter and have only lower-case letters, \
         digits and '_' (at most 64), so expressions can use it"
    )
}

fn list_or_none<'s>(items: impl Iterator<Item = &'s String>) -> String {
    let items: Vec<&str> = items.map(String::as_str).collect();
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// ", did you mean 'x'?" when a known name is a small edit away, while `budget` lasts. Names
/// longer than any identifier can be are not compared: none could be a small edit away.
fn suggestion<'s>(
    budget: &Cell<usize>,
    wanted: &str,
    known: impl Iterator<Item = &'s str>,
) -> String {
    let left = budget.get();
    if left == 0 || wanted.len() > MAX_ID_BYTES {
        return String::new();
    }
    budget.set(left - 1);
    let best = known
        .filter_map(|candidate| {
            let most = 2.max(candidate.len() / 4);
            if candidate.len() > MAX_ID_BYTES || candidate.len().abs_diff(wanted.len()) > most {
                return None;
            }
            let distance = edit_distance(wanted, candidate);
            (distance <= most && distance > 0).then_some((distance, candidate))
        })
        .min();
    match best {
        Some((_, candidate)) => format!(" (did you mean '{candidate}'?)"),
        None => String::new(),
    }
}

/// The longest identifier (see `is_identifier`).
const MAX_ID_BYTES: usize = 64;

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}
