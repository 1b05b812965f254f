//! The personal budget in the three parts the law names (Care Act 2014, s26): the cost of
//! meeting the person's needs, what the person pays towards it on the basis of the financial
//! assessment, and what the council pays; and the direct payment, where some of it is paid as
//! one (s25(2)): its amount, how often, to whom and for which needs.
//!
//! The cost is the indicative budget the rule set works out (the council's decision later
//! confirms the amount agreed). The contribution is only ever what the plan says the financial
//! assessment letter said: while it is unsaid or not assessed yet, the council's part and a net
//! direct payment are not known, and are never shown as if the contribution were nothing.

use super::costing::{round_minor, yearly_from_weekly, Amounts, Costs};
use super::{Contribution, SupportPlan};
use crate::date::CalendarDate;
use crate::money::Plain;
use crate::rules::allocation::Budget;
use crate::rules::format::{ContributionBasis, ManagementOption, PaymentFrequency};
use crate::rules::RuleSet;
use crate::wording::Message;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The personal budget's three parts, and the direct payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonalBudget {
    /// The cost of meeting the needs: the indicative budget.
    pub cost: Amounts,
    pub contribution: ContributionPart,
    /// The cost less the contribution (never below nothing); `None` while the contribution is
    /// not known.
    pub council: Option<Amounts>,
    /// Present when some paid support is managed by direct payment.
    pub direct_payment: Option<DirectPayment>,
}

/// What the plan says the person pays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContributionPart {
    /// The plan does not say yet (a finding asks for it).
    NotStated,
    /// The financial assessment has not been done.
    NotAssessedYet,
    Assessed {
        amounts: Amounts,
        letter_dated: Option<CalendarDate>,
    },
}

impl ContributionPart {
    /// The weekly amount, when it is known.
    pub fn weekly_minor(&self) -> Option<i64> {
        match self {
            ContributionPart::Assessed { amounts, .. } => Some(amounts.weekly_minor),
            _ => None,
        }
    }
}

/// Who a direct payment is paid to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payee {
    Person,
    /// A nominee who manages it for the person (s32 of the Care Act).
    Nominee,
}

/// A direct payment: worked out from the paid supports managed by direct payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectPayment {
    pub payee: Payee,
    /// The nominee's name, when a nominee is paid and the plan names them.
    pub nominee_name: Option<String>,
    /// Whether some supports are paid to the person and others to a nominee: one payee is
    /// named (the nominee), and a finding asks about it.
    pub payees_mixed: bool,
    pub basis: ContributionBasis,
    pub frequency: PaymentFrequency,
    /// The supports it pays for, a week (with employer on-costs).
    pub supports_weekly_minor: i64,
    /// What is paid, a week: the supports, less the contribution when paid net. `None` while
    /// it is paid net and the contribution is not known.
    pub weekly_minor: Option<i64>,
    /// Each payment at the council's frequency; `None` as `weekly_minor` is.
    pub per_payment_minor: Option<i64>,
    /// Of the contribution, what the person pays the council themselves, a week: all of it
    /// when paid gross; when paid net, what the payment was too small to take.
    pub paid_to_council_weekly_minor: Option<i64>,
    /// The ids of the supports it pays for, in plan order.
    pub supports: Vec<String>,
    /// The ids of the needs those supports meet, in the order the plan lists needs.
    pub needs: Vec<String>,
    /// How it was worked out, in words.
    pub working: Message,
}

/// Works out the personal budget from the rule set's budget and the plan's costs.
pub fn personal_budget(
    plan: &SupportPlan,
    rules: &RuleSet,
    budget: &Budget,
    costs: &Costs,
) -> PersonalBudget {
    let cost = Amounts {
        weekly_minor: budget.weekly_minor,
        yearly_minor: budget.annual_minor,
    };
    let contribution = match plan.contribution {
        None => ContributionPart::NotStated,
        Some(Contribution::NotAssessedYet) => ContributionPart::NotAssessedYet,
        Some(Contribution::Assessed {
            weekly_minor,
            letter_dated,
        }) => ContributionPart::Assessed {
            amounts: Amounts {
                weekly_minor,
                yearly_minor: yearly_from_weekly(rules, weekly_minor),
            },
            letter_dated,
        },
    };
    let council = contribution.weekly_minor().map(|weekly| Amounts {
        weekly_minor: cost.weekly_minor.saturating_sub(weekly).max(0),
        yearly_minor: cost
            .yearly_minor
            .saturating_sub(yearly_from_weekly(rules, weekly))
            .max(0),
    });
    let direct_payment = direct_payment(plan, rules, costs, contribution.weekly_minor());
    PersonalBudget {
        cost,
        contribution,
        council,
        direct_payment,
    }
}

/// Whether the direct payment pays for a support: it is paid for and managed by direct payment,
/// to the person or a nominee. Pages listing what the payment pays for ask this too.
pub fn paid_by_direct_payment(support: &super::Support) -> bool {
    support.paid
        && matches!(
            support.management,
            Some(ManagementOption::DirectPaymentPerson | ManagementOption::DirectPaymentNominee)
        )
}

fn direct_payment(
    plan: &SupportPlan,
    rules: &RuleSet,
    costs: &Costs,
    contribution_weekly: Option<i64>,
) -> Option<DirectPayment> {
    let paid_by_it: Vec<(&super::Support, i64)> = plan
        .supports
        .iter()
        .zip(&costs.lines)
        .filter(|(s, _)| paid_by_direct_payment(s))
        .map(|(s, line)| (s, line.weekly_minor))
        .collect();
    if paid_by_it.is_empty() {
        return None;
    }
    let to_nominee = paid_by_it
        .iter()
        .any(|(s, _)| s.management == Some(ManagementOption::DirectPaymentNominee));
    let to_person = paid_by_it
        .iter()
        .any(|(s, _)| s.management == Some(ManagementOption::DirectPaymentPerson));
    let payee = if to_nominee {
        Payee::Nominee
    } else {
        Payee::Person
    };
    let nominee_name = plan
        .nominee
        .as_ref()
        .map(|n| n.name.trim().to_owned())
        .filter(|name| to_nominee && !name.is_empty());
    let supports_weekly: i64 = paid_by_it
        .iter()
        .fold(0i64, |sum, (_, weekly)| sum.saturating_add(*weekly));
    let met: BTreeSet<&str> = paid_by_it
        .iter()
        .flat_map(|(s, _)| s.needs.iter().map(String::as_str))
        .collect();
    let needs = plan
        .needs
        .iter()
        .filter(|n| met.contains(n.id.as_str()))
        .map(|n| n.id.clone())
        .collect();
    let how = rules.direct_payments();
    let money = |minor: i64| rules.currency().format(minor);
    let (weekly, paid_to_council, taken) = match (how.contribution, contribution_weekly) {
        (ContributionBasis::Gross, contribution) => (
            Some(supports_weekly),
            contribution,
            Message::new("working-dp-gross").with("supports", money(supports_weekly)),
        ),
        (ContributionBasis::Net, Some(contribution)) => {
            let weekly = supports_weekly.saturating_sub(contribution).max(0);
            (
                Some(weekly),
                Some(contribution.saturating_sub(supports_weekly).max(0)),
                Message::new("working-dp-net")
                    .with("supports", money(supports_weekly))
                    .with("contribution", money(contribution))
                    .with("weekly", money(weekly)),
            )
        }
        (ContributionBasis::Net, None) => (
            None,
            None,
            Message::new("working-dp-net-not-known").with("supports", money(supports_weekly)),
        ),
    };
    let per_payment = weekly.map(|weekly| match how.frequency {
        PaymentFrequency::Weekly => weekly,
        PaymentFrequency::FourWeekly => weekly.saturating_mul(4),
        PaymentFrequency::Monthly => round_minor(
            rules,
            Decimal::from(weekly) * rules.file().weeks_per_year.0 / Decimal::from(12),
        ),
    });
    let working = match (weekly, per_payment) {
        (Some(weekly), Some(payment)) => Message::new("working-dp-payment")
            .with("taken", taken)
            .with(
                "paid",
                Message::new(frequency_working(how.frequency))
                    .with("weekly", money(weekly))
                    .with("weeks", Plain(rules.file().weeks_per_year.0).to_string())
                    .with("payment", money(payment)),
            ),
        _ => taken,
    };
    Some(DirectPayment {
        payee,
        nominee_name,
        payees_mixed: to_nominee && to_person,
        basis: how.contribution,
        frequency: how.frequency,
        supports_weekly_minor: supports_weekly,
        weekly_minor: weekly,
        per_payment_minor: per_payment,
        paid_to_council_weekly_minor: paid_to_council,
        supports: paid_by_it.iter().map(|(s, _)| s.id.clone()).collect(),
        needs,
        working,
    })
}

/// The catalogue key of how one payment is worked out from the weekly amount.
fn frequency_working(frequency: PaymentFrequency) -> &'static str {
    match frequency {
        PaymentFrequency::Weekly => "working-dp-weekly",
        PaymentFrequency::FourWeekly => "working-dp-four-weekly",
        PaymentFrequency::Monthly => "working-dp-monthly",
    }
}

/// The catalogue key of "every week", "every four weeks", "every month".
pub fn frequency_words(frequency: PaymentFrequency) -> &'static str {
    match frequency {
        PaymentFrequency::Weekly => "frequency-weekly",
        PaymentFrequency::FourWeekly => "frequency-four_weekly",
        PaymentFrequency::Monthly => "frequency-monthly",
    }
}
