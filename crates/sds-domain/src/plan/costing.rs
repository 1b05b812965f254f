//! What a plan costs: each paid line weekly and yearly, with personal assistants' employer
//! on-costs added, one-off costs apart, and totals by category and by who manages the money.
//!
//! Each line is rounded to a whole minor unit once, with the rule set's rounding mode, as a
//! person would write it on paper; every total is the exact sum of its lines.

use super::{Costing, Provider, SupportPlan};
use crate::money::Plain;
use crate::rules::format::ManagementOption;
use crate::rules::RuleSet;
use crate::wording::Message;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The most one amount in a plan may be (£100 million), and the most minutes in a week: figures
/// beyond these are refused when a plan is read, so no sum can overflow.
pub const MAX_AMOUNT_MINOR: i64 = 10_000_000_000;
pub const MINUTES_IN_A_WEEK: u32 = 7 * 24 * 60;
pub const MAX_SESSIONS_PER_WEEK: u32 = 100;

/// One support's cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineCost {
    pub support_id: String,
    /// What is paid for the support itself each week.
    pub weekly_pay_minor: i64,
    /// Employer on-costs each week (personal assistants only).
    pub weekly_on_costs_minor: i64,
    /// Pay and on-costs each week.
    pub weekly_minor: i64,
    pub yearly_minor: i64,
    /// A single payment, kept apart from the weekly and yearly figures.
    pub one_off_minor: i64,
    /// The sum in words: "7 hours 30 minutes a week × £16.50 an hour = £123.75 a week".
    pub working: Message,
}

/// Weekly and yearly amounts together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Amounts {
    pub weekly_minor: i64,
    pub yearly_minor: i64,
}

impl Amounts {
    fn add(&mut self, weekly: i64, yearly: i64) {
        self.weekly_minor = self.weekly_minor.saturating_add(weekly);
        self.yearly_minor = self.yearly_minor.saturating_add(yearly);
    }
}

/// Everything a plan costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Costs {
    /// One line per support, in plan order (unpaid supports cost nothing).
    pub lines: Vec<LineCost>,
    /// Paid supports, with on-costs.
    pub supports: Amounts,
    pub contingency: Amounts,
    /// Supports and contingency: what is measured against the budget.
    pub planned: Amounts,
    pub one_off_minor: i64,
    /// By spending category id ("" for lines with no category), weekly and yearly.
    pub by_category: BTreeMap<String, Amounts>,
    /// By who manages the money (`None` for lines where that is not yet said).
    pub by_management: BTreeMap<Option<ManagementOption>, Amounts>,
}

impl Costs {
    /// What is left of a weekly budget after the planned spending (negative when over).
    pub fn left_weekly(&self, budget_weekly_minor: i64) -> i64 {
        budget_weekly_minor.saturating_sub(self.planned.weekly_minor)
    }
}

/// Works out what a plan costs under a rule set's weeks per year, rounding and on-costs.
pub fn costs(plan: &SupportPlan, rules: &RuleSet) -> Costs {
    let calculator = Calculator {
        rules,
        weeks: rules.file().weeks_per_year.0,
        on_cost_percent: rules
            .file()
            .spending
            .personal_assistant_on_costs
            .iter()
            .map(|c| c.percent.0)
            .sum(),
    };
    let lines: Vec<LineCost> = plan.supports.iter().map(|s| calculator.line(s)).collect();
    let mut supports = Amounts::default();
    let mut by_category: BTreeMap<String, Amounts> = BTreeMap::new();
    let mut by_management: BTreeMap<Option<ManagementOption>, Amounts> = BTreeMap::new();
    let mut one_off_minor = 0i64;
    for (support, line) in plan.supports.iter().zip(&lines) {
        if !support.paid {
            continue;
        }
        supports.add(line.weekly_minor, line.yearly_minor);
        one_off_minor = one_off_minor.saturating_add(line.one_off_minor);
        by_category
            .entry(support.category.clone().unwrap_or_default())
            .or_default()
            .add(line.weekly_minor, line.yearly_minor);
        by_management
            .entry(support.management)
            .or_default()
            .add(line.weekly_minor, line.yearly_minor);
    }
    let contingency = Amounts {
        weekly_minor: plan.contingency_weekly_minor,
        yearly_minor: calculator.yearly_from_weekly(plan.contingency_weekly_minor),
    };
    let mut planned = supports;
    planned.add(contingency.weekly_minor, contingency.yearly_minor);
    Costs {
        lines,
        supports,
        contingency,
        planned,
        one_off_minor,
        by_category,
        by_management,
    }
}

/// What costing a line needs from the rule set.
struct Calculator<'r> {
    rules: &'r RuleSet,
    weeks: Decimal,
    on_cost_percent: Decimal,
}

/// An exact amount of minor units rounded to a whole one with the rule set's rounding mode.
pub(crate) fn round_minor(rules: &RuleSet, value: Decimal) -> i64 {
    value
        .round_dp_with_strategy(0, rules.rounding_mode().strategy())
        .to_i64()
        .unwrap_or(if value.is_sign_negative() {
            i64::MIN
        } else {
            i64::MAX
        })
}

/// A weekly amount over a year of the rule set's weeks, rounded once.
pub(crate) fn yearly_from_weekly(rules: &RuleSet, weekly: i64) -> i64 {
    round_minor(rules, Decimal::from(weekly) * rules.file().weeks_per_year.0)
}

impl Calculator<'_> {
    fn round(&self, value: Decimal) -> i64 {
        round_minor(self.rules, value)
    }

    fn yearly_from_weekly(&self, weekly: i64) -> i64 {
        yearly_from_weekly(self.rules, weekly)
    }

    fn money(&self, minor: i64) -> String {
        self.rules.currency().format(minor)
    }

    fn line(&self, support: &super::Support) -> LineCost {
        let mut line = LineCost {
            support_id: support.id.clone(),
            weekly_pay_minor: 0,
            weekly_on_costs_minor: 0,
            weekly_minor: 0,
            yearly_minor: 0,
            one_off_minor: 0,
            working: Message::new("working-unpaid"),
        };
        let Some(costing) = support.costing.filter(|_| support.paid) else {
            if support.paid {
                line.working = Message::new("working-not-costed");
            }
            return line;
        };
        let on_costs = support.provider == Provider::PersonalAssistant;
        let (pay, working) = match costing {
            Costing::Hourly {
                minutes_per_week,
                hourly_rate_minor,
            } => {
                let pay = self.round(
                    Decimal::from(minutes_per_week) * Decimal::from(hourly_rate_minor)
                        / Decimal::from(60),
                );
                (
                    pay,
                    Message::new("working-hourly")
                        .with("time", duration(minutes_per_week))
                        .with("rate", self.money(hourly_rate_minor))
                        .with("pay", self.money(pay)),
                )
            }
            Costing::Sessions {
                sessions_per_week,
                price_per_session_minor,
            } => {
                let pay = i64::from(sessions_per_week).saturating_mul(price_per_session_minor);
                (
                    pay,
                    Message::new("working-sessions")
                        .with("sessions", i64::from(sessions_per_week))
                        .with("price", self.money(price_per_session_minor))
                        .with("pay", self.money(pay)),
                )
            }
            Costing::Weekly { weekly_minor } => (
                weekly_minor,
                Message::new("working-weekly").with("pay", self.money(weekly_minor)),
            ),
            Costing::Yearly { yearly_minor } => {
                let with_on_costs = if on_costs {
                    yearly_minor.saturating_add(self.on_costs(yearly_minor))
                } else {
                    yearly_minor
                };
                let weekly_pay = self.round(Decimal::from(yearly_minor) / self.weeks);
                line.weekly_pay_minor = weekly_pay;
                line.weekly_on_costs_minor = if on_costs {
                    self.on_costs(weekly_pay)
                } else {
                    0
                };
                line.weekly_minor = weekly_pay.saturating_add(line.weekly_on_costs_minor);
                line.yearly_minor = with_on_costs;
                line.working = Message::new("working-yearly")
                    .with("yearly", self.money(yearly_minor))
                    .with("weeks", Plain(self.weeks).to_string())
                    .with("pay", self.money(weekly_pay));
                if on_costs {
                    line.working = self.with_on_costs(
                        line.working,
                        line.weekly_on_costs_minor,
                        line.weekly_minor,
                    );
                }
                return line;
            }
            Costing::OneOff { amount_minor } => {
                line.one_off_minor = amount_minor;
                line.working =
                    Message::new("working-one-off").with("amount", self.money(amount_minor));
                return line;
            }
        };
        line.weekly_pay_minor = pay;
        if on_costs {
            line.weekly_on_costs_minor = self.on_costs(pay);
        }
        line.weekly_minor = pay.saturating_add(line.weekly_on_costs_minor);
        line.working = if on_costs {
            self.with_on_costs(working, line.weekly_on_costs_minor, line.weekly_minor)
        } else {
            working
        };
        line.yearly_minor = self.yearly_from_weekly(line.weekly_minor);
        line
    }

    fn on_costs(&self, pay: i64) -> i64 {
        self.round(Decimal::from(pay) * self.on_cost_percent / Decimal::ONE_HUNDRED)
    }

    fn with_on_costs(&self, working: Message, on_costs: i64, weekly_total: i64) -> Message {
        Message::new("working-on-costs")
            .with("working", working)
            .with("percent", Plain(self.on_cost_percent).to_string())
            .with("on_costs", self.money(on_costs))
            .with("total", self.money(weekly_total))
    }
}

/// "7 hours 30 minutes", "1 hour", "45 minutes", in the reader's language.
pub fn duration(minutes: u32) -> Message {
    let (hours, minutes) = (i64::from(minutes / 60), i64::from(minutes % 60));
    let hours_said = || Message::new("duration-hours").with("hours", hours);
    let minutes_said = || Message::new("duration-minutes").with("minutes", minutes);
    match (hours, minutes) {
        (0, _) => minutes_said(),
        (_, 0) => hours_said(),
        _ => Message::new("duration-both")
            .with("hours", hours_said())
            .with("minutes", minutes_said()),
    }
}
