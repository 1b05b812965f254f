//! A signed support plan: the plan, the budget and totals as the signer's app worked them out,
//! the rule set they came from, and the declarations of the people who signed.
//!
//! Verifying one checks the signatures, that every declaration is signed by its key, and, when
//! the rule set it names is at hand, that the budget and totals recompute to the same pence.

use super::{check_envelope, sign_document, DocumentKind, KeyPair, Problem, PublicKey, Report};
use crate::date::Timestamp;
use crate::plan::checks::{assess, Finding};
use crate::plan::costing::Costs;
use crate::plan::personal_budget::{personal_budget, ContributionPart, Payee, PersonalBudget};
use crate::plan::stored::{plan_value, read_plan_value};
use crate::plan::{RuleSetRef, SupportPlan};
use crate::rules::allocation::Budget;
use crate::rules::format::{ContributionBasis, PaymentFrequency};
use crate::rules::RuleSet;
use crate::wording::Message;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT_TAG: &str = "sds-signed-plan";
/// 1: the first release. 2: adds `personal_budget`, the budget in its three parts and the
/// direct payment. A version 1 file is still verified; its personal budget is worked out again
/// and shown, with a warning that it was signed before plans said it.
pub const FORMAT_VERSION: u64 = 2;

/// In what capacity someone signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignerRole {
    /// The person the plan is for.
    Person,
    /// The person who will receive and manage the direct payment for them.
    Nominee,
    /// Someone who planned for the person (an authorised person, attorney or deputy).
    Representative,
    /// A supporter who saw the person agree to the plan.
    Witness,
}

impl SignerRole {
    /// Whether this role can agree to a plan, rather than only witness it.
    pub fn agrees_to_the_plan(self) -> bool {
        self != SignerRole::Witness
    }
}

/// What someone agreed to, in the words they were shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// Their full name, as they typed it.
    pub name: String,
    pub role: SignerRole,
    /// The declaration exactly as it was shown to them.
    pub text: String,
    /// The language it was shown in (a BCP 47 tag such as "en-GB").
    pub language: String,
    pub signed_at: Timestamp,
    /// The key that signs for them.
    pub public_key: PublicKey,
    /// The key's fingerprint, as the app showed it to them ("FE81 2C12 F3AB 4CE6"), so a person
    /// reading the file can compare it aloud; it must be the fingerprint of `public_key`.
    pub key_fingerprint: String,
}

/// The budget as the signer's app worked it out, in minor units.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetFigures {
    pub weekly_minor: i64,
    pub yearly_minor: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carers_weekly_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carers_yearly_minor: Option<i64>,
    /// Whether the rule set sends the plan to the council's panel.
    pub panel: bool,
}

impl BudgetFigures {
    fn of(budget: &Budget) -> BudgetFigures {
        BudgetFigures {
            weekly_minor: budget.weekly_minor,
            yearly_minor: budget.annual_minor,
            carers_weekly_minor: budget.carers_allocation.map(|(weekly, _)| weekly),
            carers_yearly_minor: budget.carers_allocation.map(|(_, yearly)| yearly),
            panel: budget.panel,
        }
    }
}

/// What the plan spends, in minor units.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub supports_weekly_minor: i64,
    pub supports_yearly_minor: i64,
    pub contingency_weekly_minor: i64,
    pub contingency_yearly_minor: i64,
    /// Supports and contingency: what is measured against the budget.
    pub planned_weekly_minor: i64,
    pub planned_yearly_minor: i64,
    pub one_off_minor: i64,
}

impl Totals {
    fn of(costs: &Costs) -> Totals {
        Totals {
            supports_weekly_minor: costs.supports.weekly_minor,
            supports_yearly_minor: costs.supports.yearly_minor,
            contingency_weekly_minor: costs.contingency.weekly_minor,
            contingency_yearly_minor: costs.contingency.yearly_minor,
            planned_weekly_minor: costs.planned.weekly_minor,
            planned_yearly_minor: costs.planned.yearly_minor,
            one_off_minor: costs.one_off_minor,
        }
    }
}

/// The personal budget as the signer's app worked it out, in minor units.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonalBudgetFigures {
    /// The cost of meeting the needs (the indicative budget).
    pub cost_weekly_minor: i64,
    pub cost_yearly_minor: i64,
    pub contribution: ContributionFigures,
    /// The council's part; absent while the contribution is not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council_weekly_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council_yearly_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_payment: Option<DirectPaymentFigures>,
}

/// What the person pays, as signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
pub enum ContributionFigures {
    /// Only in a recomputed version 1 file: a plan that says nothing cannot be signed.
    NotStated,
    NotAssessedYet,
    Assessed {
        weekly_minor: i64,
        yearly_minor: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        letter_dated: Option<crate::date::CalendarDate>,
    },
}

/// The direct payment, as signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectPaymentFigures {
    pub payee: Payee,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominee_name: Option<String>,
    pub basis: ContributionBasis,
    pub frequency: PaymentFrequency,
    /// The supports it pays for, a week.
    pub supports_weekly_minor: i64,
    /// Absent while it is paid net and the contribution is not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_payment_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_to_council_weekly_minor: Option<i64>,
    /// The ids of the needs it meets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
}

impl PersonalBudgetFigures {
    pub fn of(personal: &PersonalBudget) -> PersonalBudgetFigures {
        PersonalBudgetFigures {
            cost_weekly_minor: personal.cost.weekly_minor,
            cost_yearly_minor: personal.cost.yearly_minor,
            contribution: match &personal.contribution {
                ContributionPart::NotStated => ContributionFigures::NotStated,
                ContributionPart::NotAssessedYet => ContributionFigures::NotAssessedYet,
                ContributionPart::Assessed {
                    amounts,
                    letter_dated,
                } => ContributionFigures::Assessed {
                    weekly_minor: amounts.weekly_minor,
                    yearly_minor: amounts.yearly_minor,
                    letter_dated: *letter_dated,
                },
            },
            council_weekly_minor: personal.council.map(|c| c.weekly_minor),
            council_yearly_minor: personal.council.map(|c| c.yearly_minor),
            direct_payment: personal
                .direct_payment
                .as_ref()
                .map(|dp| DirectPaymentFigures {
                    payee: dp.payee,
                    nominee_name: dp.nominee_name.clone(),
                    basis: dp.basis,
                    frequency: dp.frequency,
                    supports_weekly_minor: dp.supports_weekly_minor,
                    weekly_minor: dp.weekly_minor,
                    per_payment_minor: dp.per_payment_minor,
                    paid_to_council_weekly_minor: dp.paid_to_council_weekly_minor,
                    needs: dp.needs.clone(),
                }),
        }
    }
}

/// Everything in a signed plan but its format tag and signatures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Content {
    /// The plan in its stored format (`{"format": "sds-support-plan", …}`), so a newer app
    /// upgrades it like any saved plan.
    plan: Value,
    rule_set: RuleSetRef,
    /// ISO 4217 code of every amount.
    currency: String,
    budget: BudgetFigures,
    totals: Totals,
    /// From version 2; version 1 files have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    personal_budget: Option<PersonalBudgetFigures>,
    declarations: Vec<Declaration>,
}

/// What a readable signed plan says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedPlan {
    pub plan: SupportPlan,
    pub rule_set: RuleSetRef,
    pub currency: String,
    pub budget: BudgetFigures,
    pub totals: Totals,
    /// `None` in a version 1 file, signed before plans said it.
    pub personal_budget: Option<PersonalBudgetFigures>,
    pub declarations: Vec<Declaration>,
}

impl SignedPlan {
    /// When it was signed: the time of the first declaration.
    pub fn signed_at(&self) -> Option<Timestamp> {
        self.declarations.iter().map(|d| d.signed_at).min()
    }
}

/// Someone about to sign: who they are and the declaration they were shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signer {
    pub name: String,
    pub role: SignerRole,
    pub text: String,
}

/// Why a plan cannot be signed yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignError {
    /// The checks found this many things that must be fixed first.
    NotReady(usize),
    /// The plan's budget was worked out with other rules than these (the council's have
    /// changed since): the person checks their answers under the current rules first.
    RuleSetNotCurrent,
    /// Nobody who can agree to the plan is signing.
    NoOneAgrees,
    /// A signer's name is blank (their position in the list, from 0).
    NameMissing(usize),
}

/// A signed plan as written: the file's text, and the digest a decision will quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    pub text: String,
    pub digest: String,
}

/// Signs `plan` as it stands under `rules`. Every signer signs with `key` (one device, one
/// key); the plan must have nothing left that must be fixed.
pub fn sign(
    plan: &SupportPlan,
    rules: &RuleSet,
    signers: &[Signer],
    language: &str,
    at: Timestamp,
    key: &KeyPair,
) -> Result<Signed, SignError> {
    let assessment = assess(plan, rules);
    let must_fix = assessment
        .findings
        .iter()
        .filter(|f| f.severity == crate::plan::checks::Severity::MustFix)
        .count();
    let (budget, personal) = match (&assessment.budget, &assessment.personal_budget) {
        (Some(budget), Some(personal)) if must_fix == 0 => (budget, personal),
        _ => return Err(SignError::NotReady(must_fix.max(1))),
    };
    let rule_set = rules.reference();
    if plan.rule_set.as_ref() != Some(&rule_set) {
        return Err(SignError::RuleSetNotCurrent);
    }
    if !signers.iter().any(|s| s.role.agrees_to_the_plan()) {
        return Err(SignError::NoOneAgrees);
    }
    if let Some(blank) = signers.iter().position(|s| s.name.trim().is_empty()) {
        return Err(SignError::NameMissing(blank));
    }
    let content = Content {
        plan: plan_value(plan),
        rule_set,
        currency: rules.currency().code.clone(),
        budget: BudgetFigures::of(budget),
        totals: Totals::of(&assessment.costs),
        personal_budget: Some(PersonalBudgetFigures::of(personal)),
        declarations: signers
            .iter()
            .map(|signer| Declaration {
                name: signer.name.trim().to_owned(),
                role: signer.role,
                text: signer.text.clone(),
                language: language.to_owned(),
                signed_at: at,
                public_key: key.public_key(),
                key_fingerprint: key.public_key().fingerprint(),
            })
            .collect(),
    };
    let (text, digest) = sign_document(DocumentKind::SignedPlan, &content, &[key]);
    Ok(Signed { text, digest })
}

/// The budget and findings worked out again by the verifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recomputed {
    pub budget: BudgetFigures,
    pub totals: Totals,
    pub personal_budget: PersonalBudgetFigures,
    pub findings: Vec<Finding>,
}

/// Everything verifying a signed plan found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanVerification {
    pub report: Report,
    /// What the file says, when it could be read (even if it does not verify, so a council can
    /// see what it claims).
    pub signed: Option<SignedPlan>,
    /// Present when the rule set the plan names was among those given.
    pub recomputed: Option<Recomputed>,
}

/// Verifies a signed plan. `rule_sets` are the rule sets the verifier has, the council's
/// current one first; the budget is recomputed under the one whose content hash the plan names.
pub fn verify(text: &str, rule_sets: &[&RuleSet]) -> PlanVerification {
    let (mut report, content) = check_envelope::<Content>(text, DocumentKind::SignedPlan);
    let Some(content) = content else {
        return PlanVerification {
            report,
            signed: None,
            recomputed: None,
        };
    };
    let plan = match read_plan_value(content.plan) {
        Ok(plan) => plan,
        Err(error) => {
            report.fail(
                "plan_unreadable",
                Message::new("problem-plan_unreadable").with("detail", error.message()),
            );
            return PlanVerification {
                report,
                signed: None,
                recomputed: None,
            };
        }
    };
    let signed = SignedPlan {
        plan,
        rule_set: content.rule_set,
        currency: content.currency,
        budget: content.budget,
        totals: content.totals,
        personal_budget: content.personal_budget,
        declarations: content.declarations,
    };
    match (report.format_version, &signed.personal_budget) {
        (Some(1), _) => report.warn(
            "signed_before_personal_budget",
            Message::new("problem-signed_before_personal_budget"),
        ),
        (_, None) => report.fail(
            "personal_budget_missing",
            Message::new("problem-personal_budget_missing"),
        ),
        _ => {}
    }
    check_declarations(&signed, &mut report);
    if signed.plan.rule_set.as_ref() != Some(&signed.rule_set) {
        report.fail(
            "rule_set_mismatch",
            Message::new("problem-rule_set_mismatch"),
        );
    }
    let recomputed = check_rule_set(&signed, rule_sets, &mut report);
    PlanVerification {
        report,
        signed: Some(signed),
        recomputed,
    }
}

fn check_declarations(signed: &SignedPlan, report: &mut Report) {
    if !signed
        .declarations
        .iter()
        .any(|d| d.role.agrees_to_the_plan())
    {
        report.fail("no_one_agrees", Message::new("problem-no_one_agrees"));
    }
    let valid: Vec<String> = report.valid_keys().map(str::to_owned).collect();
    for (i, declaration) in signed.declarations.iter().enumerate() {
        if declaration.name.trim().is_empty() {
            report.fail(
                "declaration_unnamed",
                Message::new("problem-declaration_unnamed").with("number", i + 1),
            );
        }
        if declaration.key_fingerprint != declaration.public_key.fingerprint() {
            report.fail(
                "fingerprint_mismatch",
                Message::new("problem-fingerprint_mismatch")
                    .with("name", declaration.name.as_str())
                    .with("stated", declaration.key_fingerprint.as_str())
                    .with("actual", declaration.public_key.fingerprint()),
            );
        }
        if !valid.contains(&declaration.public_key.hex()) {
            report.fail(
                "declaration_not_signed",
                Message::new("problem-declaration_not_signed")
                    .with("name", declaration.name.as_str())
                    .with("key", declaration.public_key.fingerprint()),
            );
        }
    }
    for key in &valid {
        if !signed
            .declarations
            .iter()
            .any(|d| &d.public_key.hex() == key)
        {
            report.fail(
                "signature_without_declaration",
                Message::new("problem-signature_without_declaration"),
            );
        }
    }
}

/// Compares the plan's rule set with the council's, and recomputes under the one it names. A
/// budget that cannot be worked out again is a failure: nothing shows the figures are right.
fn check_rule_set(
    signed: &SignedPlan,
    rule_sets: &[&RuleSet],
    report: &mut Report,
) -> Option<Recomputed> {
    let stated = &signed.rule_set;
    let short = |hash: &str| hash.get(..12).unwrap_or(hash).to_owned();
    if let Some(current) = rule_sets.first() {
        if current.content_hash() != stated.content_hash {
            report.warn(
                "rule_set_differs",
                Message::new("problem-rule_set_differs")
                    .with("id", stated.id.as_str())
                    .with("version", stated.version.as_str())
                    .with("hash", short(&stated.content_hash))
                    .with("current_id", current.id())
                    .with("current_version", current.version())
                    .with("current_hash", short(current.content_hash())),
            );
        }
    }
    let Some(rules) = rule_sets
        .iter()
        .find(|r| r.content_hash() == stated.content_hash)
    else {
        report.fail(
            "budget_not_recomputed",
            Message::new("problem-budget_not_recomputed")
                .with("id", stated.id.as_str())
                .with("version", stated.version.as_str())
                .with("hash", short(&stated.content_hash)),
        );
        return None;
    };
    if rules.id() != stated.id || rules.version() != stated.version {
        report.fail(
            "rule_set_misnamed",
            Message::new("problem-rule_set_misnamed")
                .with("id", stated.id.as_str())
                .with("version", stated.version.as_str())
                .with("actual_id", rules.id())
                .with("actual_version", rules.version()),
        );
    }
    let money = |minor: i64| rules.currency().format(minor);
    if signed.currency != rules.currency().code {
        report.fail(
            "currency_differs",
            Message::new("problem-currency_differs_rules")
                .with("currency", signed.currency.as_str())
                .with("expected", rules.currency().code.as_str()),
        );
    }
    let budget = match rules.budget(&signed.plan.answers) {
        Ok(budget) if budget.is_complete() => budget,
        Ok(_) | Err(_) => {
            report.fail("budget_differs", Message::new("problem-budget_incomplete"));
            return None;
        }
    };
    let assessment = assess(&signed.plan, rules);
    let personal = personal_budget(&signed.plan, rules, &budget, &assessment.costs);
    let recomputed = Recomputed {
        budget: BudgetFigures::of(&budget),
        totals: Totals::of(&assessment.costs),
        personal_budget: PersonalBudgetFigures::of(&personal),
        findings: assessment.findings,
    };
    if recomputed.budget != signed.budget {
        report.problems.push(Problem::failure(
            "budget_differs",
            Message::new("problem-budget_differs")
                .with("weekly", money(signed.budget.weekly_minor))
                .with("yearly", money(signed.budget.yearly_minor))
                .with("actual_weekly", money(recomputed.budget.weekly_minor))
                .with("actual_yearly", money(recomputed.budget.yearly_minor))
                .with("id", rules.id())
                .with("version", rules.version()),
        ));
    }
    if recomputed.totals != signed.totals {
        report.fail(
            "totals_differ",
            Message::new("problem-totals_differ")
                .with("weekly", money(signed.totals.planned_weekly_minor))
                .with("yearly", money(signed.totals.planned_yearly_minor))
                .with(
                    "actual_weekly",
                    money(recomputed.totals.planned_weekly_minor),
                )
                .with(
                    "actual_yearly",
                    money(recomputed.totals.planned_yearly_minor),
                ),
        );
    }
    if let Some(stated) = &signed.personal_budget {
        if *stated != recomputed.personal_budget {
            report.fail(
                "personal_budget_differs",
                Message::new("problem-personal_budget_differs")
                    .with("id", rules.id())
                    .with("version", rules.version()),
            );
        }
    }
    Some(recomputed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(path: &str) -> String {
        let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
    }

    /// Joan's plan's content as her app would sign it, with declarations by `keys`.
    fn content(rules: &RuleSet, keys: &[(&KeyPair, SignerRole)]) -> Content {
        let plan =
            crate::plan::stored::read_plan(&repo("docs/examples/joan-support-plan.json")).unwrap();
        let assessment = assess(&plan, rules);
        let at = Timestamp::parse("2026-11-27T10:15:00Z").unwrap();
        Content {
            plan: plan_value(&plan),
            rule_set: plan.rule_set.clone().unwrap(),
            currency: "GBP".to_owned(),
            budget: BudgetFigures::of(assessment.budget.as_ref().unwrap()),
            totals: Totals::of(&assessment.costs),
            personal_budget: assessment
                .personal_budget
                .as_ref()
                .map(PersonalBudgetFigures::of),
            declarations: keys
                .iter()
                .map(|(key, role)| Declaration {
                    name: format!("{role:?}"),
                    role: *role,
                    text: "I agree.".to_owned(),
                    language: "en-GB".to_owned(),
                    signed_at: at,
                    public_key: key.public_key(),
                    key_fingerprint: key.public_key().fingerprint(),
                })
                .collect(),
        }
    }

    fn codes(result: &PlanVerification) -> Vec<&'static str> {
        result.report.problems.iter().map(|p| p.code).collect()
    }

    #[test]
    fn several_signers_each_sign_the_same_bytes() {
        let rules = RuleSet::load(&repo("static/rules/northshire-points-2026.json")).unwrap();
        let (person, witness) = (KeyPair::from_secret([3; 32]), KeyPair::from_secret([4; 32]));
        let both = content(
            &rules,
            &[
                (&person, SignerRole::Person),
                (&witness, SignerRole::Witness),
            ],
        );
        let (text, _) = sign_document(DocumentKind::SignedPlan, &both, &[&person, &witness]);
        let result = verify(&text, &[&rules]);
        assert!(
            result.report.problems.is_empty(),
            "{:?}",
            result.report.problems
        );
        assert_eq!(result.report.signatures.len(), 2);
        // The witness's signature left out: their declaration is unsigned.
        let (text, _) = sign_document(DocumentKind::SignedPlan, &both, &[&person]);
        assert_eq!(codes(&verify(&text, &[&rules])), ["declaration_not_signed"]);
        // A second signature with no declaration says nothing about who agreed.
        let one = content(&rules, &[(&person, SignerRole::Person)]);
        let (text, _) = sign_document(DocumentKind::SignedPlan, &one, &[&person, &witness]);
        assert_eq!(
            codes(&verify(&text, &[&rules])),
            ["signature_without_declaration"]
        );
    }

    #[test]
    fn figures_that_do_not_recompute_fail_even_when_properly_signed() {
        let rules = RuleSet::load(&repo("static/rules/northshire-points-2026.json")).unwrap();
        let key = KeyPair::from_secret([3; 32]);
        let mut inflated = content(&rules, &[(&key, SignerRole::Person)]);
        inflated.budget.weekly_minor += 10_000;
        let (text, _) = sign_document(DocumentKind::SignedPlan, &inflated, &[&key]);
        let result = verify(&text, &[&rules]);
        assert_eq!(codes(&result), ["budget_differs"]);
        let english = crate::wording::Catalogue::english().unwrap();
        assert!(english
            .message(&result.report.problems[0].message)
            .contains("£355.78 a week"));
        assert!(result.report.intact());

        let mut totals = content(&rules, &[(&key, SignerRole::Person)]);
        totals.totals.planned_weekly_minor -= 1;
        let (text, _) = sign_document(DocumentKind::SignedPlan, &totals, &[&key]);
        assert_eq!(codes(&verify(&text, &[&rules])), ["totals_differ"]);

        // Signed properly, but naming rules nobody has (a made-up hash) to hide an inflated
        // budget: it cannot be worked out again, so it does not verify.
        let mut made_up = content(&rules, &[(&key, SignerRole::Person)]);
        made_up.budget.weekly_minor += 100_000;
        made_up.rule_set.content_hash = "f".repeat(64);
        made_up.plan["plan"]["rule_set"]["content_hash"] = Value::from("f".repeat(64));
        let (text, _) = sign_document(DocumentKind::SignedPlan, &made_up, &[&key]);
        let result = verify(&text, &[&rules]);
        assert_eq!(
            codes(&result),
            ["rule_set_differs", "budget_not_recomputed"]
        );
        assert!(!result.report.verified());

        // The right hash under another name.
        let mut misnamed = content(&rules, &[(&key, SignerRole::Person)]);
        misnamed.rule_set.version = "2027.1".to_owned();
        misnamed.plan["plan"]["rule_set"]["version"] = Value::from("2027.1");
        let (text, _) = sign_document(DocumentKind::SignedPlan, &misnamed, &[&key]);
        assert_eq!(codes(&verify(&text, &[&rules])), ["rule_set_misnamed"]);

        // A fingerprint that is not the key's, though signed: a reader comparing it aloud would
        // be misled.
        let mut misread = content(&rules, &[(&key, SignerRole::Person)]);
        misread.declarations[0].key_fingerprint = "0000 0000 0000 0000".to_owned();
        let (text, _) = sign_document(DocumentKind::SignedPlan, &misread, &[&key]);
        assert_eq!(codes(&verify(&text, &[&rules])), ["fingerprint_mismatch"]);

        let mut nobody = content(&rules, &[(&key, SignerRole::Witness)]);
        nobody.declarations[0].name = " ".to_owned();
        let (text, _) = sign_document(DocumentKind::SignedPlan, &nobody, &[&key]);
        assert_eq!(
            codes(&verify(&text, &[&rules])),
            ["no_one_agrees", "declaration_unnamed"]
        );
    }

    /// The personal budget a plan is signed with is worked out again: properly signed figures
    /// that do not match, or a version 2 file without them, do not verify.
    #[test]
    fn a_personal_budget_that_does_not_recompute_fails() {
        let rules = RuleSet::load(&repo("static/rules/northshire-points-2026.json")).unwrap();
        let key = KeyPair::from_secret([3; 32]);
        let verify_with = |content: &Content| {
            let (text, _) = sign_document(DocumentKind::SignedPlan, content, &[&key]);
            codes(&verify(&text, &[&rules]))
        };
        let honest = content(&rules, &[(&key, SignerRole::Person)]);
        assert!(verify_with(&honest).is_empty());

        let mut smaller = honest.clone();
        if let Some(figures) = &mut smaller.personal_budget {
            figures.contribution = ContributionFigures::NotAssessedYet;
        }
        assert_eq!(verify_with(&smaller), ["personal_budget_differs"]);

        let mut larger = honest.clone();
        if let Some(payment) = larger
            .personal_budget
            .as_mut()
            .and_then(|f| f.direct_payment.as_mut())
        {
            payment.per_payment_minor = Some(99_999);
        }
        assert_eq!(verify_with(&larger), ["personal_budget_differs"]);

        let mut without = honest.clone();
        without.personal_budget = None;
        assert_eq!(verify_with(&without), ["personal_budget_missing"]);
    }
}
