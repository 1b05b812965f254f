//! How the personal budget is said: its three parts (Care Act 2014, s26), the direct payment
//! (s25(2)), and how each assessed need is met. The personal budget page, the budget panel, the
//! printed plan and the council view all say them from here, worked from the figures a signed
//! plan carries ([`PersonalBudgetFigures`], which a plan being made gives too through
//! [`PersonalBudgetFigures::of`]), so what is printed reads exactly as what was on screen.
//!
//! A contribution is never guessed: while the plan does not say it, or says it has not been
//! assessed, the council's part and a net payment are said to be not known, never worked out
//! as if the person paid nothing.

use sds_domain::date::CalendarDate;
use sds_domain::money::Currency;
use sds_domain::plan::checks::assess;
use sds_domain::plan::personal_budget::{frequency_words, paid_by_direct_payment, Payee};
use sds_domain::plan::{AssessedNeed, Contribution, Support, SupportPlan};
use sds_domain::rules::format::{ContributionBasis, NamedItemFile};
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::{
    ContributionFigures, DirectPaymentFigures, PersonalBudgetFigures, SignedPlan,
};
use sds_domain::wording::Message;

/// The three parts, each said as the value of a row of a summary list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    /// The cost of meeting the needs: the indicative budget, a week and a year.
    pub cost: Message,
    /// What the person pays, with the date of the letter that said so; or not assessed yet.
    pub contribution: Message,
    /// What the council pays, or that it is not known until the financial assessment.
    pub council: Message,
}

/// The three parts of a personal budget, in words.
pub fn parts(figures: &PersonalBudgetFigures, currency: &Currency) -> Parts {
    let contribution = match &figures.contribution {
        ContributionFigures::NotStated => Message::new("personal-budget-contribution-not-said"),
        ContributionFigures::NotAssessedYet => Message::new("personal-budget-not-assessed"),
        ContributionFigures::Assessed {
            weekly_minor,
            yearly_minor,
            letter_dated: Some(day),
        } => Message::new("personal-budget-contribution-letter")
            .with(
                "amount",
                week_and_year(*weekly_minor, *yearly_minor, currency),
            )
            .with("date", *day),
        ContributionFigures::Assessed {
            weekly_minor,
            yearly_minor,
            letter_dated: None,
        } => Message::new("personal-budget-contribution-undated").with(
            "amount",
            week_and_year(*weekly_minor, *yearly_minor, currency),
        ),
    };
    let council = match (figures.council_weekly_minor, figures.council_yearly_minor) {
        (Some(weekly), Some(yearly)) => week_and_year(weekly, yearly, currency),
        _ => Message::new("personal-budget-council-not-known"),
    };
    Parts {
        cost: week_and_year(
            figures.cost_weekly_minor,
            figures.cost_yearly_minor,
            currency,
        ),
        contribution,
        council,
    }
}

/// The rows the budget panel adds under the indicative budget, each a label's key and its
/// value: what the person pays and what the council pays, once the plan says what the person
/// pays; none while it says nothing, so the panel never shows a contribution nobody entered.
pub fn panel_rows(
    figures: &PersonalBudgetFigures,
    currency: &Currency,
) -> Vec<(&'static str, Message)> {
    let a_week = |minor: i64| Message::new("amount-a-week").with("amount", currency.format(minor));
    let council = figures
        .council_weekly_minor
        .map_or_else(|| Message::new("personal-budget-council-not-known"), a_week);
    match &figures.contribution {
        ContributionFigures::NotStated => Vec::new(),
        ContributionFigures::NotAssessedYet => vec![
            (
                "personal-budget-panel-contribution",
                Message::new("personal-budget-not-assessed"),
            ),
            ("personal-budget-panel-council", council),
        ],
        ContributionFigures::Assessed { weekly_minor, .. } => vec![
            ("personal-budget-panel-contribution", a_week(*weekly_minor)),
            ("personal-budget-panel-council", council),
        ],
    }
}

/// A direct payment in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectPaymentWords {
    /// Each payment and how often ("£372.80 every four weeks"), or that it is not known yet.
    pub payment: Message,
    /// Who it is paid to: the person, or the nominee by name, as nominee.
    pub payee: Message,
    /// Whether the council pays it net or gross of the contribution, in plain words.
    pub basis: Message,
}

/// Says a direct payment. `person` is the person's name as the plan gives it (blank if not yet);
/// `council` the council's name.
pub fn direct_payment_words(
    payment: &DirectPaymentFigures,
    person: &str,
    council: &str,
    currency: &Currency,
) -> DirectPaymentWords {
    let money = |minor: i64| currency.format(minor);
    let frequency = Message::new(frequency_words(payment.frequency));
    let amount = match payment.per_payment_minor {
        Some(each) => Message::new("personal-budget-payment")
            .with("amount", money(each))
            .with("frequency", frequency),
        None => Message::new("personal-budget-payment-not-known").with("frequency", frequency),
    };
    let payee = match (payment.payee, &payment.nominee_name) {
        (Payee::Nominee, Some(name)) => {
            Message::new("payee-nominee-named").with("name", name.as_str())
        }
        (Payee::Nominee, None) => Message::new("personal-budget-payee-nominee-unnamed"),
        (Payee::Person, _) if person.trim().is_empty() => {
            Message::new("personal-budget-payee-the-person")
        }
        (Payee::Person, _) => {
            Message::new("personal-budget-payee-person").with("name", person.trim())
        }
    };
    let basis = match (payment.basis, payment.paid_to_council_weekly_minor) {
        (ContributionBasis::Net, Some(0)) => Message::new("personal-budget-net"),
        (ContributionBasis::Net, Some(rest)) => {
            Message::new("personal-budget-net-remainder").with("amount", money(rest))
        }
        (ContributionBasis::Net, None) => Message::new("personal-budget-net-not-known"),
        (ContributionBasis::Gross, Some(contribution)) => {
            Message::new("personal-budget-gross").with("amount", money(contribution))
        }
        (ContributionBasis::Gross, None) => Message::new("personal-budget-gross-not-known"),
    }
    .with("council", council);
    DirectPaymentWords {
        payment: amount,
        payee,
        basis,
    }
}

/// The supports the direct payment pays for, in plan order.
pub fn paid_by_it(plan: &SupportPlan) -> Vec<&Support> {
    plan.supports
        .iter()
        .filter(|s| paid_by_direct_payment(s))
        .collect()
}

/// The needs named by `ids`, each as lists name it: in the council's words, quoted, or "Need 2"
/// while it has none; in the order the plan lists needs. An id the plan no longer has is left
/// out (a finding asks about it).
pub fn needs_named(plan: &SupportPlan, ids: &[String]) -> Vec<Message> {
    plan.needs
        .iter()
        .enumerate()
        .filter(|(_, need)| ids.contains(&need.id))
        .map(|(index, need)| need_words(need, index))
        .collect()
}

/// A need in a list: its words, quoted, or its number while it has none.
fn need_words(need: &AssessedNeed, index: usize) -> Message {
    let words = need.in_council_words.trim();
    if words.is_empty() {
        Message::new("need-unnamed").with("number", index + 1)
    } else {
        Message::new("need-quoted").with("words", words)
    }
}

/// How a need the council will meet is met, as the printed plan says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HowMet<'a> {
    /// By these supports, paid or unpaid, in plan order.
    Supports(Vec<&'a Support>),
    /// By no support in the plan, for this reason (another service meets it, say).
    Reason(&'a str),
    /// The council will not meet it, and nothing in the plan does: there is nothing to say.
    NotToBeMet,
    /// The plan does not say.
    NotSaid,
}

/// How `need` is met: by the supports linked to it, or else the reason written for it.
pub fn how_met<'a>(plan: &'a SupportPlan, need: &'a AssessedNeed) -> HowMet<'a> {
    let supports: Vec<&Support> = plan
        .supports
        .iter()
        .filter(|s| s.needs.contains(&need.id))
        .collect();
    if !supports.is_empty() {
        HowMet::Supports(supports)
    } else if !need.not_met_reason.trim().is_empty() {
        HowMet::Reason(need.not_met_reason.trim())
    } else if need.council_will_meet == Some(false) {
        HowMet::NotToBeMet
    } else {
        HowMet::NotSaid
    }
}

/// The key that says whether the assessment found a need eligible.
pub fn eligibility_words(eligible: Option<bool>) -> &'static str {
    match eligible {
        Some(true) => "document-need-eligible",
        Some(false) => "document-need-not-eligible",
        None => "not-given",
    }
}

/// The key that says whether the council will meet a need.
pub fn meeting_words(council_will_meet: Option<bool>) -> &'static str {
    match council_will_meet {
        Some(true) => "document-need-met",
        Some(false) => "document-need-not-met",
        None => "not-given",
    }
}

/// The rule set's names for the ids a plan gives (eligibility outcomes, wellbeing), in the
/// plan's order, each with its id; an id the rule set does not have is shown as it is, since
/// the plan may have been made under other rules.
pub fn named<'a>(items: &'a [NamedItemFile], ids: &'a [String]) -> Vec<(&'a str, &'a str)> {
    ids.iter()
        .map(|id| {
            let name = items
                .iter()
                .find(|item| item.id == *id)
                .map_or(id.as_str(), |item| item.name.as_str());
            (id.as_str(), name)
        })
        .collect()
}

/// The personal budget a printed plan shows: the one signed; for a file signed before plans
/// said it, the one worked out again from the plan, when the rules it was made under are at hand
/// (the print page says the three parts either way, or says nothing of them without the rules).
pub fn for_document(signed: &SignedPlan, rules: &RuleSet) -> Option<PersonalBudgetFigures> {
    if let Some(figures) = &signed.personal_budget {
        return Some(figures.clone());
    }
    (signed.rule_set.content_hash == rules.content_hash())
        .then(|| assess(&signed.plan, rules).personal_budget)
        .flatten()
        .map(|personal| PersonalBudgetFigures::of(&personal))
}

fn week_and_year(weekly: i64, yearly: i64, currency: &Currency) -> Message {
    Message::new("amount-week-and-year")
        .with("weekly", currency.format(weekly))
        .with("yearly", currency.format(yearly))
}

/// The weekly amount the contribution's field starts with: none while "Yes" has just been chosen
/// and nothing entered (an amount of nothing with no letter's date), so the field never shows a
/// zero the person did not type; the amount entered otherwise, zero included.
pub fn amount_entered(contribution: Option<Contribution>) -> Option<i64> {
    match contribution {
        Some(Contribution::Assessed {
            weekly_minor: 0,
            letter_dated: None,
        }) => None,
        Some(Contribution::Assessed { weekly_minor, .. }) => Some(weekly_minor),
        _ => None,
    }
}

/// The date the letter's field starts with.
pub fn letter_entered(contribution: Option<Contribution>) -> Option<CalendarDate> {
    match contribution {
        Some(Contribution::Assessed { letter_dated, .. }) => letter_dated,
        _ => None,
    }
}
