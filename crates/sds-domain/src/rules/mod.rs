//! Allocation rule sets: the council's resource allocation system as data.
//!
//! A rule set is a JSON file (`format.rs` defines it, `docs/rule-sets.md` explains it) holding
//! the self-assessment questionnaire, the named steps that turn answers into an indicative
//! budget, and the spending rules plans are checked against. [`RuleSet::load`] reads and checks
//! one, reporting every problem with its location; the allocation engine then works out a budget
//! with its explanation and cannot fail.

pub mod allocation;
mod analysis;
pub mod answers;
pub mod expr;
pub mod format;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
pub mod translation;
mod wellformed;

use crate::canonical::canonical_sha256;
use crate::json_location::{self, LineIndex};
use crate::money::{Currency, RoundingMode};
use analysis::Program;
use format::{DirectPaymentsFile, NamedItemFile, QuestionFile, RuleSetFile, Scheme};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::fmt;

/// One problem with a rule set: where (a JSON path and, where known, the line) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleProblem {
    /// A JSON path such as `allocation.steps[3].value`; empty for the whole file.
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

impl RuleProblem {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> RuleProblem {
        RuleProblem {
            path: path.into(),
            line: None,
            message: message.into(),
        }
    }

    /// The location as the command-line tool prints it: `line 57, allocation.steps[3].value`.
    pub fn location(&self) -> String {
        match (self.line, self.path.is_empty()) {
            (Some(line), false) => format!("line {line}, {}", self.path),
            (Some(line), true) => format!("line {line}"),
            (None, false) => self.path.clone(),
            (None, true) => "the file".to_owned(),
        }
    }
}

impl fmt::Display for RuleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location(), self.message)
    }
}

/// What a rule set could not say in the reader's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Untranslated {
    /// The language those words are shown in instead: the rule set's own.
    pub fallback: String,
    /// Where, as paths like `questions.washing.help`.
    pub paths: Vec<String>,
}

/// A place in a rule set that holds the council's words, as a typed value: pages ask about
/// it, and [`WordsAt::path`] names it as the translations do, so no page spells a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordsAt {
    Title,
    /// Every question.
    Questions,
    Attributes,
    Steps,
    Categories,
    NotAllowed,
    PriceList,
    /// The name of one eligibility outcome, by id.
    EligibilityOutcome(String),
    /// The name of one wellbeing matter, by id.
    Wellbeing(String),
    /// Everything of one question, by id.
    Question(String),
    /// One question's own text.
    QuestionText(String),
    /// One question's hint.
    QuestionHelp(String),
    /// The label of one of a question's options.
    OptionLabel {
        question: String,
        option: String,
    },
}

impl WordsAt {
    /// Its path among the translations: `questions.washing.options.daily.label`.
    pub fn path(&self) -> String {
        match self {
            WordsAt::Title => "title".to_owned(),
            WordsAt::Questions => "questions".to_owned(),
            WordsAt::Attributes => "attributes".to_owned(),
            WordsAt::Steps => "steps".to_owned(),
            WordsAt::Categories => "categories".to_owned(),
            WordsAt::NotAllowed => "not_allowed".to_owned(),
            WordsAt::PriceList => "price_list".to_owned(),
            WordsAt::EligibilityOutcome(id) => format!("eligibility_outcomes.{id}.name"),
            WordsAt::Wellbeing(id) => format!("wellbeing.{id}.name"),
            WordsAt::Question(id) => format!("questions.{id}"),
            WordsAt::QuestionText(id) => format!("questions.{id}.text"),
            WordsAt::QuestionHelp(id) => format!("questions.{id}.help"),
            WordsAt::OptionLabel { question, option } => {
                format!("questions.{question}.options.{option}.label")
            }
        }
    }
}

impl Untranslated {
    /// The language of the words at `words` when they were left in the rule set's own: a page
    /// marks them with it, so a screen reader reads them in it.
    pub fn lang_of(&self, words: &WordsAt) -> Option<&str> {
        let path = words.path();
        self.paths.contains(&path).then_some(self.fallback.as_str())
    }

    /// Whether anything at or under `words` (one question, the steps) is left untranslated.
    pub fn under(&self, words: &WordsAt) -> bool {
        let path = words.path();
        self.paths.iter().any(|p| {
            p.strip_prefix(path.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
    }
}

/// A checked rule set, ready to work out budgets.
#[derive(Clone)]
pub struct RuleSet {
    file: RuleSetFile,
    /// The language its words are shown in: empty for the file's own, else the tag given to
    /// `in_language`.
    shown_in: String,
    content_hash: String,
    currency: Currency,
    program: Program,
}

/// Two rule sets are the same when their content is (the content hash says exactly that) and
/// they show their words in the same language: the same rules in two languages differ.
impl PartialEq for RuleSet {
    fn eq(&self, other: &Self) -> bool {
        self.content_hash == other.content_hash && self.shown_in == other.shown_in
    }
}

impl Eq for RuleSet {}

impl fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "RuleSet({} {} {})",
            self.file.id, self.file.version, self.content_hash
        )
    }
}

impl RuleSet {
    /// Reads and checks a rule set file. On failure, returns every problem found (all the
    /// problems with its meaning; a file that is not valid JSON or not of the format's shape
    /// stops at the first such problem, since nothing after it can be trusted).
    pub fn load(text: &str) -> Result<RuleSet, Vec<RuleProblem>> {
        crate::limits::check(text, &crate::limits::RULE_SET).map_err(|exceeded| {
            vec![RuleProblem {
                path: String::new(),
                line: exceeded.line(),
                message: exceeded.to_string(),
            }]
        })?;
        let file = parse_file(text).map_err(|problem| vec![problem])?;
        RuleSet::from_file(file).map_err(|mut problems| {
            // Only now, with the text known to be valid JSON, are lines worth finding.
            let lines = LineIndex::new(text);
            for problem in &mut problems {
                if problem.line.is_none() {
                    problem.line = lines.line_of(&problem.path);
                }
            }
            problems
        })
    }

    /// Checks an already parsed rule set (for example one built in a test).
    pub fn from_file(file: RuleSetFile) -> Result<RuleSet, Vec<RuleProblem>> {
        let mut problems = translation::check(&file);
        let program = match analysis::check(&file) {
            Ok(program) if problems.is_empty() => program,
            Ok(_) => return Err(problems),
            Err(found) => {
                problems.splice(0..0, found);
                return Err(problems);
            }
        };
        let mut value = serde_json::to_value(&file)
            .map_err(|e| vec![RuleProblem::new("", format!("cannot be written back: {e}"))])?;
        // Translations (and the name of the language the words are in) are about words, not
        // rules: leaving them out of the hash lets a council add or correct a translation
        // without every plan made under these rules appearing to have been made under others.
        if let serde_json::Value::Object(map) = &mut value {
            map.remove("translations");
            map.remove("language");
        }
        let content_hash =
            canonical_sha256(&value).map_err(|e| vec![RuleProblem::new(e.path, e.message)])?;
        let currency = Currency {
            code: file.currency.code.clone(),
            minor_digits: file.currency.minor_digits,
        };
        Ok(RuleSet {
            file,
            shown_in: String::new(),
            content_hash,
            currency,
            program,
        })
    }

    /// The rule set as a file: serialising it and loading the result gives the same rule set
    /// with the same content hash.
    pub fn file(&self) -> &RuleSetFile {
        &self.file
    }

    pub fn id(&self) -> &str {
        &self.file.id
    }

    pub fn version(&self) -> &str {
        &self.file.version
    }

    /// SHA-256 of the rule set's canonical form (RFC 8785 of the normalised file, without its
    /// `translations` and `language`), in hex: identifies exactly these rules, however the file
    /// was laid out.
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }

    /// The rule set as a plan names it: id, version and content hash.
    pub fn reference(&self) -> crate::plan::RuleSetRef {
        crate::plan::RuleSetRef {
            id: self.id().to_owned(),
            version: self.version().to_owned(),
            content_hash: self.content_hash().to_owned(),
        }
    }

    pub fn currency(&self) -> &Currency {
        &self.currency
    }

    pub fn rounding_unit(&self) -> Decimal {
        self.file.rounding.unit.0
    }

    pub fn rounding_mode(&self) -> RoundingMode {
        self.file.rounding.mode
    }

    /// How the council pays direct payments (net and four-weekly when the rule set does not
    /// say, as before rule sets said).
    pub fn direct_payments(&self) -> DirectPaymentsFile {
        self.file
            .care_and_support
            .as_ref()
            .map(|c| c.direct_payments)
            .unwrap_or_default()
    }

    /// The law the council's plans are made under (England's unless the rule set says).
    pub fn scheme(&self) -> Scheme {
        self.file
            .care_and_support
            .as_ref()
            .map_or(Scheme::England, |c| c.scheme)
    }

    /// The outcomes needs are assessed against, in the rule set's order.
    pub fn eligibility_outcomes(&self) -> &[NamedItemFile] {
        self.file
            .care_and_support
            .as_ref()
            .map_or(&[], |c| c.eligibility_outcomes.as_slice())
    }

    /// The parts of wellbeing care and support can be relevant to.
    pub fn wellbeing(&self) -> &[NamedItemFile] {
        self.file
            .care_and_support
            .as_ref()
            .map_or(&[], |c| c.wellbeing.as_slice())
    }

    /// The language of the rule set's own words ("en-GB" unless it says otherwise).
    pub fn language(&self) -> &str {
        self.file
            .language
            .as_deref()
            .unwrap_or(translation::DEFAULT_LANGUAGE)
    }

    /// The rule set with its words in the language `tag` where it has them, and what it had
    /// to leave in its own. Only words change, so budgets and the content hash are those of
    /// this rule set.
    pub fn in_language(&self, tag: &str) -> (RuleSet, Untranslated) {
        let fallback = self.language().to_owned();
        let mut rules = self.clone();
        rules.shown_in = tag.to_owned();
        let paths = if translation::same_language(tag, &fallback) {
            Vec::new()
        } else {
            let words = translation::translation_for(&self.file, tag)
                .cloned()
                .unwrap_or_default();
            translation::translate(&mut rules.file, &words)
        };
        (rules, Untranslated { fallback, paths })
    }

    /// Every question in the order it is asked, with its position.
    pub fn questions(&self) -> impl Iterator<Item = &QuestionFile> {
        self.program
            .questions
            .iter()
            .map(|q| &self.file.questionnaire[q.domain].questions[q.index])
    }

    pub fn question_count(&self) -> usize {
        self.program.questions.len()
    }

    pub(crate) fn question(&self, index: usize) -> &QuestionFile {
        let q = &self.program.questions[index];
        &self.file.questionnaire[q.domain].questions[q.index]
    }

    pub(crate) fn question_index(&self, id: &str) -> Option<usize> {
        self.program.question_ids.get(id).copied()
    }

    pub(crate) fn program(&self) -> &Program {
        &self.program
    }

    /// A one-line summary for listings: "northshire-ras 2026.1: 9 domains, 26 questions, 14 steps".
    pub fn summary(&self) -> String {
        format!(
            "{} {} ({}): {} domains, {} questions, {} steps, hash {}",
            self.file.id,
            self.file.version,
            self.file.council,
            self.file.questionnaire.len(),
            self.question_count(),
            self.file.allocation.steps.len(),
            &self.content_hash[..12]
        )
    }
}

/// Parses the file's JSON into the format's types, naming the path and line of the first
/// problem.
fn parse_file(text: &str) -> Result<RuleSetFile, RuleProblem> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let file = RuleSetFile::deserialize(&mut deserializer).map_err(|error| {
        let located = json_location::locate(text, &error);
        RuleProblem {
            path: located.path,
            line: located.line,
            message: located.message,
        }
    })?;
    deserializer.end().map_err(|e| RuleProblem {
        path: String::new(),
        line: Some(e.line()),
        message: "has more after the rule set's closing '}'".to_owned(),
    })?;
    Ok(file)
}

#[cfg(test)]
mod tests;
