//! The type and range analysis of a rule set's expressions, compiling each to a typed tree.
//!
//! Everything that could go wrong while working out a budget is found here, when the rule set is
//! loaded, so that evaluation cannot fail: every name must exist and be used as what it is, every
//! expression must have the right type, steps may use only earlier steps (so there are no
//! cycles), and a range analysis proves that no division can be by zero, no band lookup can miss,
//! no value can grow beyond what exact decimals hold and no budget can be negative, for every
//! possible set of answers. It rests on the file being well formed (`wellformed.rs`), whose
//! checks [`check`] runs along with its own.

use super::expr::{self, BinaryOp, Expr, ExprKind};
use super::format::{QuestionFile, QuestionType, RuleSetFile, StepFormat};
use super::wellformed::{list_or_none, suggestion, Named, QuestionRef, RuleSetChecker, FUNCTIONS};
use super::RuleProblem;
use crate::money::{ceil_to_unit, floor_to_unit, round_to_unit, RoundingMode};
use rust_decimal::Decimal;
use std::collections::{BTreeSet, HashMap};

/// The largest magnitude any value may reach: a trillion, far above any budget, far below what a
/// 96-bit decimal holds even after multiplying two such values.
pub(crate) fn limit() -> Decimal {
    Decimal::from(1_000_000_000_000_i64)
}

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

/// Checks a rule set's expressions against what its well-formedness checks found it declares.
struct ExpressionChecker<'a> {
    parts: RuleSetChecker<'a>,
    /// Each step's type and range, or `None` for a step whose own problems are reported.
    step_types: Vec<Option<(Type, Option<Range>)>>,
}

/// Checks everything about a parsed rule set; returns the compiled program or every problem.
/// The checks run in the order of the file's parts, so problems are reported in that order.
pub(crate) fn check(file: &RuleSetFile) -> Result<Program, Vec<RuleProblem>> {
    let mut parts = RuleSetChecker::new(file);
    parts.identity();
    // A file with more of anything than a rule set ever has is refused before the rest is
    // checked, so checking takes time in proportion to a real rule set's size.
    if !parts.counts() {
        return Err(parts.problems);
    }
    parts.attributes();
    parts.names();
    parts.questions();
    parts.tables();
    let mut checker = ExpressionChecker {
        parts,
        step_types: Vec::new(),
    };
    let conditions = checker.conditions();
    let steps = checker.steps();
    let (amount, carers_allocation, panel_when) = checker.outcome(&steps);
    let mut parts = checker.parts;
    parts.spending();
    parts.care_and_support();
    if parts.problems.is_empty() {
        let question_ids = parts
            .names
            .iter()
            .filter_map(|(id, named)| match named {
                Named::Question(q) => Some(((*id).to_owned(), *q)),
                _ => None,
            })
            .collect();
        Ok(Program {
            question_ids,
            questions: parts.questions,
            conditions,
            steps: steps.into_iter().flatten().collect(),
            tables: parts.tables,
            attribute_ids: parts.attribute_ids,
            amount: amount.unwrap_or_default(),
            carers_allocation,
            panel_when,
        })
    } else {
        Err(parts.problems)
    }
}

impl ExpressionChecker<'_> {
    fn conditions(&mut self) -> Vec<Option<Compiled>> {
        let file = self.parts.file;
        let mut conditions = Vec::new();
        for q in 0..self.parts.questions.len() {
            let QuestionRef { domain, index, .. } = self.parts.questions[q];
            let path = format!("{}.asked_when", self.parts.questions[q].path);
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
        let file = self.parts.file;
        self.parts.has_steps();
        let mut compiled = Vec::new();
        for (s, step) in file.allocation.steps.iter().enumerate() {
            let path = format!("allocation.steps[{s}]");
            self.parts.step(s);
            let wanted = match step.format {
                StepFormat::Money | StepFormat::Number => Type::Number,
                StepFormat::YesNo => Type::YesNo,
            };
            let scope = Scope {
                questions_before: self.parts.questions.len(),
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
        let file = self.parts.file;
        let amount = self
            .parts
            .money_step(&file.allocation.amount, "allocation.amount");
        let carers = file
            .allocation
            .carers_allocation
            .as_deref()
            .and_then(|id| self.parts.money_step(id, "allocation.carers_allocation"));
        // A budget or carer's allocation can never be negative, whatever the answers.
        for s in [amount, carers].into_iter().flatten() {
            if let Some(Some((_, Some(range)))) = self.step_types.get(s) {
                if range.lo < Decimal::ZERO && steps.get(s).is_some_and(Option::is_some) {
                    self.parts.problem(
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
        let settings_checked = !self.parts.problems.iter().any(|p| {
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
                self.parts.problem(
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
                questions_before: self.parts.questions.len(),
                steps_before: file.allocation.steps.len(),
                steps_allowed: true,
            };
            self.compile(text, "allocation.panel_when", scope, Type::YesNo)
        });
        (amount, carers, panel)
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
                self.parts.problem(
                    path.to_owned(),
                    format!("at character {}: {}", error.at + 1, error.message),
                );
                return None;
            }
        };
        let mut inputs = BTreeSet::new();
        let mut context = Context {
            parts: &self.parts,
            step_types: &self.step_types,
            scope,
            inputs: &mut inputs,
        };
        match context.node(&expr) {
            Ok(typed) => {
                if typed.ty != wanted {
                    self.parts.problem(
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
                self.parts.problem(
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

/// What compiling one expression needs: what the file declares, the steps compiled so far, and
/// which of them this expression may use.
struct Context<'c, 'a> {
    parts: &'c RuleSetChecker<'a>,
    step_types: &'c [Option<(Type, Option<Range>)>],
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
        self.parts.names.get(name).copied().ok_or_else(|| {
            let known = self.parts.names.keys().copied();
            (
                at,
                format!(
                    "there is no question, domain, step or table called '{name}'{}",
                    suggestion(&self.parts.suggestions_left, name, known)
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

    fn question_file(&self, question: usize) -> &QuestionFile {
        let QuestionRef { domain, index, .. } = self.parts.questions[question];
        &self.parts.file.questionnaire[domain].questions[index]
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
                        let range = self.parts.question_limits[q]
                            .map(|(lo, hi)| Range { lo, hi }.with_zero())
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
        self.parts
            .attribute_ids
            .iter()
            .position(|a| a == attribute)
            .ok_or_else(|| {
                (
                    at,
                    format!(
                        "there is no attribute '{attribute}'{} (declared: {})",
                        suggestion(
                            &self.parts.suggestions_left,
                            attribute,
                            self.parts.attribute_ids.iter().map(String::as_str)
                        ),
                        list_or_none(self.parts.attribute_ids.iter())
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
                for q in 0..self.parts.questions.len() {
                    if self.parts.questions[q].domain != d {
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
                let mode = self.parts.file.rounding.mode;
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
                let bands = &self.parts.tables[table];
                let Some(first) = bands.first() else {
                    return Err((
                        at,
                        format!("table '{}' has no bands", self.parts.table_ids[table]),
                    ));
                };
                if r.lo < first.0 {
                    return Err((
                        arguments[1].at,
                        format!(
                            "this value can be as low as {}, below the first band of table '{}' (from {}); add a band for it",
                            r.lo.normalize(),
                            self.parts.table_ids[table],
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
                            suggestion(&self.parts.suggestions_left, option, ids.iter().copied()),
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
                        &self.parts.suggestions_left,
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
