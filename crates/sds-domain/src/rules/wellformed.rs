//! Whether a parsed rule set file is well formed: every part it must have is there, ids are
//! unique and of the form expressions can name, references between parts resolve, limits and
//! bands are in order, and nothing is beyond the counts a rule set may have.
//!
//! These checks need no understanding of expressions, so they live apart from the type and
//! range analysis (`analysis.rs`); they also record what the file declares (its names, questions
//! in order, the limits of number questions, tables as bands), which that analysis resolves
//! expressions against.

use super::analysis::limit;
use super::format::{Dec, QuestionType, RuleSetFile, StepFormat, FORMAT_TAG, FORMAT_VERSION};
use super::RuleProblem;
use rust_decimal::Decimal;
use std::cell::Cell;
use std::collections::{BTreeSet, HashMap};

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

/// The most eligibility outcomes or wellbeing matters a rule set may name: the laws name ten
/// and nine.
const MAX_NAMED_ITEMS: usize = 50;

/// How many "did you mean" suggestions one check works out. Each compares a name with every
/// known one, so a file full of unknown names would otherwise take time growing with the
/// square of its size; the first problems are the ones a person fixes first.
const SUGGESTIONS: usize = 50;

/// Questions in questionnaire order, with where each sits in the file.
#[derive(Clone)]
pub(crate) struct QuestionRef {
    pub domain: usize,
    pub index: usize,
    pub path: String,
}

/// What a name in an expression refers to.
#[derive(Clone, Copy)]
pub(super) enum Named {
    Question(usize),
    Domain(usize),
    Step(usize),
    Table(usize),
}

/// The functions of the expression language: no part may take one of their names.
pub(super) const FUNCTIONS: [&str; 9] = [
    "min", "max", "sum", "clamp", "round", "floor", "ceil", "lookup", "chosen",
];
/// The expression language's own words.
const RESERVED: [&str; 8] = ["if", "then", "else", "and", "or", "not", "true", "false"];

fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && id.len() <= MAX_ID_BYTES
}

/// Checks that a rule set file is well formed, keeping every problem found and what the file
/// declares.
pub(super) struct RuleSetChecker<'a> {
    pub file: &'a RuleSetFile,
    pub problems: Vec<RuleProblem>,
    pub names: HashMap<&'a str, Named>,
    pub questions: Vec<QuestionRef>,
    /// Each question's `min` and `max`: `None` for a question other than a number or money one,
    /// or one whose limits have problems.
    pub question_limits: Vec<Option<(Decimal, Decimal)>>,
    pub attribute_ids: Vec<String>,
    pub table_ids: Vec<String>,
    pub tables: Vec<Vec<(Decimal, Decimal)>>,
    /// How many more "did you mean" suggestions this check may work out (see [`SUGGESTIONS`]).
    pub suggestions_left: Cell<usize>,
}

impl<'a> RuleSetChecker<'a> {
    pub fn new(file: &'a RuleSetFile) -> RuleSetChecker<'a> {
        RuleSetChecker {
            file,
            problems: Vec::new(),
            names: HashMap::new(),
            questions: Vec::new(),
            question_limits: Vec::new(),
            attribute_ids: file.attributes.keys().cloned().collect(),
            table_ids: file.tables.keys().cloned().collect(),
            tables: Vec::new(),
            suggestions_left: Cell::new(SUGGESTIONS),
        }
    }

    pub fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(RuleProblem::new(path, message));
    }

    pub fn identity(&mut self) {
        let file = self.file;
        if file.format != FORMAT_TAG {
            self.problem(
                "format",
                format!(
                    "is {:?}; a rule set file must say \"{}\"",
                    file.format, FORMAT_TAG
                ),
            );
        }
        if file.format_version != FORMAT_VERSION {
            self.problem(
                "format_version",
                format!(
                    "is {}; this version of the app reads rule set format version {}",
                    file.format_version, FORMAT_VERSION
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
    pub fn counts(&mut self) -> bool {
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

    pub fn attributes(&mut self) {
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
    pub fn names(&mut self) {
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

    pub fn questions(&mut self) {
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
            self.question_limits.push(range);
        }
    }

    fn number_limits(
        &mut self,
        kind: QuestionType,
        min: Option<Dec>,
        max: Option<Dec>,
        path: &str,
        minor_digits: u32,
    ) -> Option<(Decimal, Decimal)> {
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
        ok.then_some((min, max))
    }

    pub fn tables(&mut self) {
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

    /// An allocation needs at least one step.
    pub fn has_steps(&mut self) {
        if self.file.allocation.steps.is_empty() {
            self.problem("allocation.steps", "must have at least one step");
        }
    }

    /// The parts of step `s` that are not its expression.
    pub fn step(&mut self, s: usize) {
        if self.file.allocation.steps[s].label.trim().is_empty() {
            self.problem(format!("allocation.steps[{s}].label"), "must not be empty");
        }
    }

    /// The position of the step `id` names, if it is a step giving money.
    pub fn money_step(&mut self, id: &str, path: &str) -> Option<usize> {
        let file = self.file;
        match self.names.get(id) {
            Some(Named::Step(s)) => {
                if file.allocation.steps[*s].format == StepFormat::Money {
                    Some(*s)
                } else {
                    self.problem(
                        path.to_owned(),
                        format!("step '{id}' must have \"format\": \"money\""),
                    );
                    None
                }
            }
            _ => {
                self.problem(
                    path.to_owned(),
                    format!(
                        "there is no step called '{id}'{}",
                        suggestion(
                            &self.suggestions_left,
                            id,
                            file.allocation.steps.iter().map(|s| s.id.as_str())
                        )
                    ),
                );
                None
            }
        }
    }

    /// The eligibility outcomes and wellbeing matters: ids a plan can name, each once, with a
    /// name to show.
    pub fn care_and_support(&mut self) {
        let Some(care) = &self.file.care_and_support else {
            return;
        };
        for (part, items, what) in [
            (
                "eligibility_outcomes",
                &care.eligibility_outcomes,
                "an eligibility outcome",
            ),
            ("wellbeing", &care.wellbeing, "a wellbeing matter"),
        ] {
            let path = format!("care_and_support.{part}");
            if items.len() > MAX_NAMED_ITEMS {
                self.problem(
                    path.clone(),
                    format!("has {} items; at most {MAX_NAMED_ITEMS}", items.len()),
                );
                continue;
            }
            let mut ids = BTreeSet::new();
            for (i, item) in items.iter().enumerate() {
                if !is_identifier(&item.id) {
                    self.problem(format!("{path}[{i}].id"), identifier_message(what));
                } else if !ids.insert(item.id.as_str()) {
                    self.problem(
                        format!("{path}[{i}].id"),
                        format!("'{}' is already used", item.id),
                    );
                }
                if item.name.trim().is_empty() {
                    self.problem(format!("{path}[{i}].name"), "must not be empty");
                }
            }
        }
    }

    pub fn spending(&mut self) {
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

pub(super) fn list_or_none<'s>(items: impl Iterator<Item = &'s String>) -> String {
    let items: Vec<&str> = items.map(String::as_str).collect();
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// ", did you mean 'x'?" when a known name is a small edit away, while `budget` lasts. Names
/// longer than any identifier can be are not compared: none could be a small edit away.
pub(super) fn suggestion<'s>(
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
