//! The rule set file format: exactly what a council writes, as Rust types.
//!
//! These types are the format's single definition: serde reads and writes them, the JSON Schema
//! in `docs/rule-set.schema.json` is generated from them, and `docs/rule-sets.md` explains them.
//! Checking what the values mean happens in `wellformed` (ids, references, limits) and
//! `analysis` (types, ranges).
//!
//! Every number that is not a count is a [`Dec`]: written in the file as a JSON number or a
//! string, read exactly (never through floating point), and always written back as a string, so
//! the canonical form that is hashed holds integers and strings only.

use crate::date::CalendarDate;
use crate::money::RoundingMode;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The type tag every rule set file starts with.
pub const FORMAT_TAG: &str = "sds-rule-set";
/// The version of this format that this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RuleSetFile {
    /// Always "sds-rule-set".
    pub format: String,
    /// The version of the rule set format; this code reads version 1.
    pub format_version: u32,
    /// A stable identifier for this council's allocation system, e.g. "northshire-ras".
    pub id: String,
    pub title: String,
    /// The council that publishes the rule set.
    pub council: String,
    /// The version of these rules, e.g. "2026.1". A plan records it with the content hash.
    pub version: String,
    /// The first day on which these rules are used (YYYY-MM-DD).
    pub effective_from: CalendarDate,
    pub currency: CurrencyFile,
    /// Used to turn a weekly amount into a yearly one or back, e.g. 52 or 52.143.
    pub weeks_per_year: Dec,
    /// How amounts become money: the unit to round to and the rounding mode.
    pub rounding: RoundingFile,
    /// Attributes that options carry (points, hours…), with the word used when explaining them.
    #[serde(default)]
    pub attributes: BTreeMap<String, AttributeFile>,
    /// The self-assessment questions, in domains, in the order they are asked.
    pub questionnaire: Vec<DomainFile>,
    /// Band tables for `lookup(table, value)`.
    #[serde(default)]
    pub tables: BTreeMap<String, TableFile>,
    pub allocation: AllocationFile,
    pub spending: SpendingFile,
    /// What the law the council works under asks a plan to say (the eligibility outcomes and
    /// wellbeing matters its needs are assessed against, how direct payments are paid). Rule
    /// sets written before plans carried these have none: their plans name no outcomes for
    /// needs, and direct payments are paid net of the contribution, every four weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care_and_support: Option<CareAndSupportFile>,
    /// The language of the words above (BCP 47, e.g. "en-GB", "cy"); English (UK) when not
    /// stated. People reading another language see these words where no translation is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The words people read, in other languages, by language tag ("cy", "ur"), each part by
    /// the id of what it translates. Anything left out is shown in the rule set's own language
    /// with a note saying so; `support-plan rules check` lists what is left out.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, TranslationFile>,
}

/// A rule set's words in one other language. Every part is optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// By domain id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub domains: BTreeMap<String, DomainWords>,
    /// By question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub questions: BTreeMap<String, QuestionWords>,
    /// By attribute name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, UnitWords>,
    /// By step id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub steps: BTreeMap<String, StepWords>,
    /// By category id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub categories: BTreeMap<String, NameWords>,
    /// By the id of what the budget may not pay for.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub not_allowed: BTreeMap<String, NotAllowedWords>,
    /// By price list code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub price_list: BTreeMap<String, PriceItemWords>,
    /// By eligibility outcome id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub eligibility_outcomes: BTreeMap<String, NameWords>,
    /// By wellbeing matter id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub wellbeing: BTreeMap<String, NameWords>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// By option id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, OptionWords>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OptionWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub told_us: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UnitWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NameWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NotAllowedWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriceItemWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CurrencyFile {
    /// ISO 4217 code, e.g. "GBP".
    pub code: String,
    /// Decimal places of the minor unit: 2 for pounds and pence.
    pub minor_digits: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoundingFile {
    /// Round amounts to a multiple of this, in major units: "0.01" for the nearest penny.
    pub unit: Dec,
    pub mode: RoundingMode,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AttributeFile {
    /// The word or words after a value when it is explained: "points", "hours a week".
    pub unit: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DomainFile {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub questions: Vec<QuestionFile>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// One option from a list.
    SingleChoice,
    /// Any number of options from a list, including none.
    MultipleChoice,
    /// Yes or no.
    YesNo,
    /// A whole number between `min` and `max`.
    WholeNumber,
    /// An amount of money between `min` and `max` (in major units in the rule set; answers are
    /// kept in minor units).
    Money,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    pub id: String,
    /// The question as the person reads it, in plain English.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// A short phrase for explanations and check-your-answers, e.g. "Help with washing".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    /// For single and multiple choice questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionFile>,
    /// For whole number and money questions: the smallest answer accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Dec>,
    /// For whole number and money questions: the largest answer accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Dec>,
    /// For whole number questions: what is counted, e.g. "hours a week".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// An expression over earlier questions' answers; the question is asked only when it is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked_when: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OptionFile {
    pub id: String,
    pub label: String,
    /// How the explanation says this answer back, e.g. "You need help with washing every day".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub told_us: Option<String>,
    /// Values the allocation uses, by attribute name (declared in `attributes`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, Dec>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TableFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Bands in increasing order of `from`. A value falls in the last band whose `from` it
    /// reaches; values below the first band's `from` are an error the checker rules out.
    pub bands: Vec<BandFile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BandFile {
    pub from: Dec,
    pub value: Dec,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Weekly,
    Yearly,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AllocationFile {
    /// The period the `amount` step is for; the other is derived with `weeks_per_year`.
    pub period: Period,
    /// Named steps, in order; each may use answers and earlier steps.
    pub steps: Vec<StepFile>,
    /// The id of the money step that is the indicative personal budget.
    pub amount: String,
    /// The id of a money step paid separately as a carer's allocation, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carers_allocation: Option<String>,
    /// An expression that is true when the plan must go to the council's panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel_when: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StepFormat {
    /// An amount of money for the allocation's period, in major units.
    Money,
    /// A number such as points or hours.
    Number,
    /// True or false.
    YesNo,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepFile {
    pub id: String,
    /// What the step is, in plain words: "Points for personal care".
    pub label: String,
    /// A sentence shown under the step's value, saying what it does and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    pub format: StepFormat,
    /// For number steps: what is counted, e.g. "points", shown after the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The expression that gives the step's value.
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SpendingFile {
    /// What support can be for; a plan's supports each name one.
    pub categories: Vec<CategoryFile>,
    /// What the budget may not pay for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_allowed: Vec<NotAllowedFile>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub price_list: Vec<PriceItemFile>,
    /// The smallest contingency a plan must keep, as a percentage of the budget.
    pub minimum_contingency_percent: Dec,
    /// Employer costs added to a personal assistant's pay, each a percentage of the pay.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personal_assistant_on_costs: Vec<OnCostFile>,
    /// The ways of managing the money this council offers.
    pub management_options: Vec<ManagementOption>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CategoryFile {
    pub id: String,
    pub name: String,
    /// Whether money can move freely between this and other flexible categories.
    pub flexible: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NotAllowedFile {
    pub id: String,
    pub name: String,
    /// Why, in plain words, shown when a plan includes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriceItemFile {
    pub code: String,
    pub name: String,
    /// The category id this item belongs to.
    pub category: String,
    /// What one is: "hour", "session", "week", "item".
    pub unit: String,
    /// The most the council pays for one unit, in minor units (pence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_cap_minor: Option<i64>,
    /// Whether the plan must include a quote for this item.
    #[serde(default)]
    pub quote_needed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OnCostFile {
    /// e.g. "Employer's National Insurance".
    pub name: String,
    pub percent: Dec,
}

/// What the law a council works under asks a plan to say, in that council's words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CareAndSupportFile {
    /// The law plans are made under. It chooses the names of the ways of managing the money
    /// (Scotland's four options) and what the printed plan cites.
    pub scheme: Scheme,
    /// The outcomes a need is assessed against for eligibility (in England, the ten of the Care
    /// and Support (Eligibility Criteria) Regulations 2015). A plan's assessed needs name them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eligibility_outcomes: Vec<NamedItemFile>,
    /// The parts of wellbeing care and support can be relevant to (in England, Care Act 2014,
    /// s1(2)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wellbeing: Vec<NamedItemFile>,
    pub direct_payments: DirectPaymentsFile,
}

/// The law a council's plans are made under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// The Care Act 2014.
    England,
    /// The Social Services and Well-being (Wales) Act 2014.
    Wales,
    /// The Social Care (Self-directed Support) (Scotland) Act 2013, with its four options.
    Scotland,
}

/// Something a plan names by id, with the council's name for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NamedItemFile {
    pub id: String,
    pub name: String,
}

/// How the council pays direct payments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DirectPaymentsFile {
    /// Whether the person's contribution is taken off the payment (`net`) or the whole cost is
    /// paid and the person pays their contribution to the council (`gross`).
    pub contribution: ContributionBasis,
    pub frequency: PaymentFrequency,
}

impl Default for DirectPaymentsFile {
    /// How plans made under rule sets that do not say are paid.
    fn default() -> Self {
        DirectPaymentsFile {
            contribution: ContributionBasis::Net,
            frequency: PaymentFrequency::FourWeekly,
        }
    }
}

/// Whether a direct payment is paid with the person's contribution taken off, or in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContributionBasis {
    Net,
    Gross,
}

/// How often a direct payment is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentFrequency {
    Weekly,
    FourWeekly,
    /// Each calendar month: the weekly amount × weeks per year ÷ 12.
    Monthly,
}

/// Who holds and manages the money for a line of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ManagementOption {
    /// A direct payment to the person.
    DirectPaymentPerson,
    /// A direct payment to a nominee who manages it for the person.
    DirectPaymentNominee,
    /// A provider holds the money and the person directs how it is used.
    IndividualServiceFund,
    /// The council arranges the support.
    CouncilManaged,
}

/// An exact decimal in a rule set. Reads a JSON number (through its shortest decimal form, so
/// `0.1` is exactly 0.1) or a string such as "12.50"; writes a normalised string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dec(pub Decimal);

impl Serialize for Dec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0.normalize())
    }
}

impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Dec;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number, or a decimal number in a string such as \"12.50\"")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Dec, E> {
                Ok(Dec(Decimal::from(v)))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Dec, E> {
                Ok(Dec(Decimal::from(v)))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Dec, E> {
                // Rust prints the shortest decimal that reads back as the same f64, which for
                // any literal of up to 15 significant digits is the literal itself. Longer ones
                // may have been changed by floating point on the way in, so they are refused.
                let shortest = format!("{v}");
                let significant = shortest
                    .trim_start_matches(['-', '0', '.'])
                    .chars()
                    .filter(char::is_ascii_digit)
                    .count();
                if significant > 15 {
                    return Err(E::custom(format!(
                        "{shortest} has more than 15 significant digits; write it as a string, like \"{shortest}\""
                    )));
                }
                self.visit_str(&shortest)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Dec, E> {
                let trimmed = v.trim();
                let plain = !trimmed.is_empty()
                    && trimmed
                        .trim_start_matches('-')
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.');
                match plain.then(|| Decimal::from_str_exact(trimmed)) {
                    Some(Ok(value)) => Ok(Dec(value)),
                    _ => Err(E::custom(format!(
                        "{v:?} is not a decimal number; write it like \"12.50\""
                    ))),
                }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Dec {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact decimal: a JSON number, or a string such as \"12.50\".",
            "oneOf": [
                { "type": "number" },
                { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_exactly_from_numbers_and_strings() {
        let read = |json: &str| serde_json::from_str::<Dec>(json).map(|d| d.0.to_string());
        assert_eq!(read("0.1").unwrap(), "0.1");
        assert_eq!(read("52.143").unwrap(), "52.143");
        assert_eq!(read("12").unwrap(), "12");
        assert_eq!(read("-3").unwrap(), "-3");
        assert_eq!(read("\"12.50\"").unwrap(), "12.50");
        assert_eq!(read("\" 7 \"").unwrap(), "7");
        for bad in [
            "\"12,50\"",
            "\"1e3\"",
            "\"\"",
            "\"abc\"",
            "true",
            "null",
            "\"--1\"",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn decimals_write_as_normalised_strings() {
        let json = serde_json::to_string(&Dec(Decimal::new(1250, 2))).unwrap();
        assert_eq!(json, "\"12.5\"");
    }
}
