//! Checking a plan as the council would: within budget, lawful and sensible spending, every
//! outcome supported, money management clear, safe, with a review date.
//!
//! Each finding has a stable code (for the council's systems and for tests), a severity, the
//! place in the plan it is about (so the app can link to the exact field), a plain-English
//! message and how to fix it.

use super::costing::{costs, Costs};
use super::{Costing, PlannedBy, SupportPlan};
use crate::rules::allocation::{Budget, BudgetError};
use crate::rules::format::ManagementOption;
use crate::rules::RuleSet;
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The plan cannot be sent until this is fixed.
    MustFix,
    /// The council is likely to ask about this.
    WorthChecking,
    /// Good to know.
    ForInformation,
}

/// The parts of a plan, as the task list shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    WhoIsPlanning,
    YourMoney,
    WhatMatters,
    Outcomes,
    Supports,
    ManagingTheMoney,
    StayingSafe,
    ActionPlan,
    Review,
}

/// Where in the plan a finding is: a section, an item in it (by id) and a field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    pub section: Section,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
}

impl Place {
    fn section(section: Section) -> Place {
        Place {
            section,
            item: None,
            field: None,
        }
    }

    fn field(section: Section, field: &'static str) -> Place {
        Place {
            section,
            item: None,
            field: Some(field),
        }
    }

    fn item(section: Section, item: &str, field: &'static str) -> Place {
        Place {
            section,
            item: Some(item.to_owned()),
            field: Some(field),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable, for systems and tests: "over_budget", "no_review_date"…
    pub code: &'static str,
    pub severity: Severity,
    pub place: Place,
    pub message: String,
    pub how_to_fix: String,
}

/// A plan's budget, costs and findings together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// `None` when the plan's answers do not fit the rule set (a finding says why).
    pub budget: Option<Budget>,
    pub costs: Costs,
    /// Must-fix first, then worth checking, then for information; in plan order within each.
    pub findings: Vec<Finding>,
}

impl Assessment {
    /// Whether nothing must be fixed before the plan is sent.
    pub fn can_be_sent(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| f.severity == Severity::MustFix)
    }
}

/// Works out the budget and costs of a plan under a rule set and checks it.
pub fn assess(plan: &SupportPlan, rules: &RuleSet) -> Assessment {
    let costs = costs(plan, rules);
    let mut checker = Checker {
        plan,
        rules,
        findings: Vec::new(),
    };
    let budget = checker.budget();
    checker.rule_set_named();
    checker.who_is_planning();
    checker.sections();
    checker.supports();
    checker.outcomes();
    checker.management();
    checker.staying_safe();
    checker.review();
    if let Some(budget) = &budget {
        checker.against_budget(budget, &costs);
    }
    let mut findings = checker.findings;
    findings.sort_by_key(|f| f.severity);
    Assessment {
        budget,
        costs,
        findings,
    }
}

struct Checker<'a> {
    plan: &'a SupportPlan,
    rules: &'a RuleSet,
    findings: Vec<Finding>,
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

impl Checker<'_> {
    fn add(
        &mut self,
        code: &'static str,
        severity: Severity,
        place: Place,
        message: String,
        how_to_fix: &str,
    ) {
        self.findings.push(Finding {
            code,
            severity,
            place,
            message,
            how_to_fix: how_to_fix.to_owned(),
        });
    }

    fn money(&self, minor: i64) -> String {
        self.rules.currency().format(minor)
    }

    /// The person's name for messages, or "the person" until it is given.
    fn person(&self) -> String {
        if blank(&self.plan.person.name) {
            "the person".to_owned()
        } else {
            self.plan.person.name.trim().to_owned()
        }
    }

    fn budget(&mut self) -> Option<Budget> {
        match self.rules.budget(&self.plan.answers) {
            Ok(budget) => {
                if !budget.is_complete() {
                    let count = budget.unanswered.len();
                    self.add(
                        "questions_unanswered",
                        Severity::MustFix,
                        Place::section(Section::YourMoney),
                        format!(
                            "{count} {} about {}'s needs {} not been answered, so the budget is not final",
                            if count == 1 { "question" } else { "questions" },
                            self.person(),
                            if count == 1 { "has" } else { "have" }
                        ),
                        "Answer the remaining questions in 'Find out your money'.",
                    );
                }
                Some(budget)
            }
            Err(BudgetError::Answers(problems)) => {
                for problem in problems {
                    self.add(
                        "answer_not_valid",
                        Severity::MustFix,
                        Place::section(Section::YourMoney),
                        format!("An answer does not fit the council's questions: {problem}"),
                        "Answer this question again in 'Find out your money'.",
                    );
                }
                None
            }
            Err(BudgetError::Overflow(message)) => {
                self.add(
                    "budget_not_worked_out",
                    Severity::MustFix,
                    Place::section(Section::YourMoney),
                    format!("The budget could not be worked out: {message}"),
                    "Contact the council: its rule set needs correcting.",
                );
                None
            }
        }
    }

    fn rule_set_named(&mut self) {
        let rules = self.rules;
        match &self.plan.rule_set {
            None => self.add(
                "rule_set_not_recorded",
                Severity::WorthChecking,
                Place::section(Section::YourMoney),
                format!(
                    "The plan does not record which rules its budget came from; it was checked with {} version {}",
                    rules.id(),
                    rules.version()
                ),
                "Open 'Find out your money' so the plan records the council's current rules.",
            ),
            Some(named)
                if named.content_hash != rules.content_hash()
                    || named.id != rules.id()
                    || named.version != rules.version() =>
            {
                self.add(
                "rule_set_differs",
                Severity::WorthChecking,
                Place::section(Section::YourMoney),
                format!(
                    "The budget in the plan came from {} version {}, but it was checked with {} version {}, so the amount may differ",
                    named.id,
                    named.version,
                    rules.id(),
                    rules.version()
                ),
                "Check your answers in 'Find out your money' against the council's current questions.",
            );
            }
            Some(_) => {}
        }
    }

    fn who_is_planning(&mut self) {
        let plan = self.plan;
        if blank(&plan.person.name) {
            self.add(
                "person_name_missing",
                Severity::MustFix,
                Place::field(Section::WhoIsPlanning, "person_name"),
                "The plan does not say who it is for".to_owned(),
                "Add the name of the person the plan is for.",
            );
        }
        if plan.planned_by != PlannedBy::SomeoneElse {
            return;
        }
        let representative = plan.representative.clone().unwrap_or_default();
        let missing = missing_details(&[
            ("name", "representative_name", blank(&representative.name)),
            (
                "relationship to the person",
                "representative_relationship",
                blank(&representative.relationship),
            ),
            (
                "contact details",
                "representative_contact",
                blank(&representative.contact),
            ),
            (
                "basis for planning for them",
                "representative_basis",
                representative.basis.is_none(),
            ),
        ]);
        if let Some((first_field, words)) = missing {
            self.add(
                "representative_details_missing",
                Severity::MustFix,
                Place::field(Section::WhoIsPlanning, first_field),
                format!(
                    "The plan is being made for {} by someone else, but their {} {} missing",
                    self.person(),
                    join_words(&words),
                    if words.len() == 1 { "is" } else { "are" }
                ),
                "Add the missing details of the person planning.",
            );
        }
    }

    fn sections(&mut self) {
        let plan = self.plan;
        let person = self.person();
        let required = [
            (
                blank(&plan.what_matters.text),
                "what_matters_empty",
                Place::field(Section::WhatMatters, "what_matters"),
                format!("The plan does not yet say what matters to {person}"),
                "Write what is important to the person and the people around them.",
            ),
            (
                plan.outcomes.iter().all(|o| blank(&o.in_my_words)),
                "no_outcomes",
                Place::section(Section::Outcomes),
                format!("The plan does not yet say what {person} wants to change or achieve"),
                "Add at least one outcome, in the person's own words.",
            ),
            (
                plan.supports.is_empty(),
                "no_supports",
                Place::section(Section::Supports),
                format!("The plan does not yet say how {person} will be supported"),
                "Add the support the person will have, paid and unpaid.",
            ),
            (
                plan.actions.is_empty(),
                "no_actions",
                Place::section(Section::ActionPlan),
                "The plan has no action plan: who does what, by when".to_owned(),
                "Add at least one action, with who will do it and by when.",
            ),
        ];
        for (is_empty, code, place, message, fix) in required {
            if is_empty {
                self.add(code, Severity::MustFix, place, message, fix);
            }
        }
        for outcome in &plan.outcomes {
            if blank(&outcome.in_my_words) {
                continue;
            }
            if blank(&outcome.how_we_will_know) {
                self.add(
                    "outcome_without_measure",
                    Severity::WorthChecking,
                    Place::item(Section::Outcomes, &outcome.id, "how_we_will_know"),
                    format!(
                        "The outcome \"{}\" does not say how you will know it is working",
                        short(&outcome.in_my_words)
                    ),
                    "Say what will be different when this outcome is met.",
                );
            }
        }
    }

    fn supports(&mut self) {
        let spending = &self.rules.file().spending;
        let outcome_ids: BTreeSet<&str> =
            self.plan.outcomes.iter().map(|o| o.id.as_str()).collect();
        for support in &self.plan.supports {
            let name = if blank(&support.description) {
                "A support".to_owned()
            } else {
                format!("\"{}\"", short(&support.description))
            };
            let id = support.id.as_str();
            if blank(&support.description) {
                self.add(
                    "support_not_described",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, "description"),
                    "A support in the plan has no description".to_owned(),
                    "Say what the support is, for example 'Help to get up and dressed'.",
                );
            }
            for outcome in &support.outcomes {
                if !outcome_ids.contains(outcome.as_str()) {
                    self.add(
                        "support_serves_missing_outcome",
                        Severity::MustFix,
                        Place::item(Section::Supports, id, "outcomes"),
                        format!("{name} is linked to an outcome that is no longer in the plan"),
                        "Choose again which outcomes this support helps with.",
                    );
                }
            }
            if let Some(category) = &support.category {
                if let Some(item) = spending.not_allowed.iter().find(|n| &n.id == category) {
                    let reason = item.reason.clone().unwrap_or_else(|| {
                        format!(
                            "A personal budget cannot be used for {}.",
                            item.name.to_lowercase()
                        )
                    });
                    self.add(
                        "category_not_allowed",
                        Severity::MustFix,
                        Place::item(Section::Supports, id, "category"),
                        format!("{name} is for {}: {reason}", item.name.to_lowercase()),
                        "Remove this support from the budget, or pay for it another way.",
                    );
                } else if !spending.categories.iter().any(|c| &c.id == category) {
                    self.add(
                        "unknown_category",
                        Severity::MustFix,
                        Place::item(Section::Supports, id, "category"),
                        format!("{name} is in a category the council does not use ({category})"),
                        "Choose one of the council's categories for this support.",
                    );
                }
            } else if support.paid {
                self.add(
                    "category_missing",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, "category"),
                    format!("{name} does not say what kind of support it is"),
                    "Choose a category for this support.",
                );
            }
            if !support.paid {
                continue;
            }
            if support.outcomes.is_empty() {
                self.add(
                    "paid_support_without_outcome",
                    Severity::WorthChecking,
                    Place::item(Section::Supports, id, "outcomes"),
                    format!("{name} is paid for but is not linked to any outcome"),
                    "Say which outcomes this support helps with: the council checks that money is spent on them.",
                );
            }
            let Some(costing) = support.costing else {
                self.add(
                    "support_not_costed",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, "costing"),
                    format!("{name} is paid for but has no cost yet"),
                    "Add what it costs: hours and rate, sessions and price, or an amount.",
                );
                continue;
            };
            let Some(code) = &support.price_item else {
                continue;
            };
            let Some(item) = spending.price_list.iter().find(|p| &p.code == code) else {
                self.add(
                    "unknown_price_item",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, "price_item"),
                    format!("{name} names a price list item the council does not have ({code})"),
                    "Choose the item from the council's price list again, or none.",
                );
                continue;
            };
            // The price of one unit (an hour, a session, a week, an item); a yearly amount is
            // not a unit price, so it is not compared with a cap.
            let unit_price = match costing {
                Costing::Hourly {
                    hourly_rate_minor, ..
                } => Some(hourly_rate_minor),
                Costing::Sessions {
                    price_per_session_minor,
                    ..
                } => Some(price_per_session_minor),
                Costing::Weekly { weekly_minor } => Some(weekly_minor),
                Costing::Yearly { .. } => None,
                Costing::OneOff { amount_minor } => Some(amount_minor),
            };
            if let (Some(cap), Some(unit_price)) = (item.price_cap_minor, unit_price) {
                if unit_price > cap {
                    self.add(
                        "price_above_cap",
                        Severity::MustFix,
                        Place::item(Section::Supports, id, "costing"),
                        format!(
                            "{name} costs {} a {}, more than the council pays for {} ({} a {})",
                            self.money(unit_price),
                            item.unit,
                            item.name,
                            self.money(cap),
                            item.unit
                        ),
                        "Find a lower price, or talk to the council about why this one is needed.",
                    );
                }
            }
            if item.quote_needed && !support.quote_attached {
                self.add(
                    "quote_needed",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, "quote_attached"),
                    format!(
                        "{name} needs a quote: the council asks for one for {}",
                        item.name
                    ),
                    "Get a quote from the provider and say it is attached.",
                );
            }
        }
    }

    fn outcomes(&mut self) {
        for outcome in &self.plan.outcomes {
            if blank(&outcome.in_my_words) {
                continue;
            }
            let served = self
                .plan
                .supports
                .iter()
                .any(|s| s.outcomes.contains(&outcome.id));
            if !served {
                self.add(
                    "outcome_without_support",
                    Severity::MustFix,
                    Place::item(Section::Outcomes, &outcome.id, "supports"),
                    format!(
                        "No support in the plan helps with \"{}\"",
                        short(&outcome.in_my_words)
                    ),
                    "Link a support to this outcome, paid or unpaid, or remove the outcome.",
                );
            }
        }
    }

    fn management(&mut self) {
        let offered = &self.rules.file().spending.management_options;
        let mut nominee_needed = false;
        for support in self.plan.supports.iter().filter(|s| s.paid) {
            let name = if blank(&support.description) {
                "A support".to_owned()
            } else {
                format!("\"{}\"", short(&support.description))
            };
            match support.management {
                None => self.add(
                    "management_missing",
                    Severity::MustFix,
                    Place::item(Section::ManagingTheMoney, &support.id, "management"),
                    format!(
                        "The plan does not say who will manage the money for {}",
                        lower_first(&name)
                    ),
                    "Choose how the money for this support will be managed.",
                ),
                Some(option) => {
                    if !offered.contains(&option) {
                        self.add(
                            "management_not_offered",
                            Severity::MustFix,
                            Place::item(Section::ManagingTheMoney, &support.id, "management"),
                            format!(
                                "{name} is to be managed as {}, which the council does not offer",
                                management_words(option)
                            ),
                            "Choose one of the ways of managing money the council offers.",
                        );
                    }
                    if option == ManagementOption::DirectPaymentNominee {
                        nominee_needed = true;
                    }
                    if option == ManagementOption::IndividualServiceFund
                        && blank(&support.provider_name)
                    {
                        self.add(
                            "service_fund_provider_missing",
                            Severity::MustFix,
                            Place::item(Section::Supports, &support.id, "provider_name"),
                            format!("{name} is paid through an individual service fund, but the provider holding the fund is not named"),
                            "Add the name of the provider who will hold the money.",
                        );
                    }
                }
            }
        }
        if !nominee_needed {
            return;
        }
        let nominee = self.plan.nominee.clone().unwrap_or_default();
        let missing = missing_details(&[
            ("name", "nominee_name", blank(&nominee.name)),
            (
                "relationship to the person",
                "nominee_relationship",
                blank(&nominee.relationship),
            ),
            (
                "contact details",
                "nominee_contact",
                blank(&nominee.contact),
            ),
            (
                "agreement to manage the money",
                "nominee_agreed",
                !nominee.agreed,
            ),
        ]);
        if let Some((first_field, words)) = missing {
            self.add(
                "nominee_details_missing",
                Severity::MustFix,
                Place::field(Section::ManagingTheMoney, first_field),
                format!(
                    "Some money is to be paid to a nominee, but the nominee's {} {} missing",
                    join_words(&words),
                    if words.len() == 1 { "is" } else { "are" }
                ),
                "Add the nominee's details and confirm they agree to manage the money.",
            );
        }
    }

    fn staying_safe(&mut self) {
        let safe = &self.plan.staying_safe;
        if self.plan.supports.iter().any(|s| s.paid) && blank(&safe.backup_plan) {
            self.add(
                "no_backup_plan",
                Severity::MustFix,
                Place::field(Section::StayingSafe, "backup_plan"),
                "The plan does not say what happens if paid support does not turn up".to_owned(),
                "Write a back-up plan: who will step in, and who to call.",
            );
        }
        if safe.contacts.is_empty() {
            self.add(
                "no_safety_contacts",
                Severity::WorthChecking,
                Place::field(Section::StayingSafe, "contacts"),
                "The plan does not list anyone to contact if something goes wrong".to_owned(),
                "Add people to contact, with their phone numbers.",
            );
        }
        for risk in &safe.risks {
            if !blank(&risk.what_could_go_wrong) && blank(&risk.what_we_will_do) {
                self.add(
                    "risk_without_plan",
                    Severity::WorthChecking,
                    Place::item(Section::StayingSafe, &risk.id, "what_we_will_do"),
                    format!(
                        "The risk \"{}\" does not say what will be done about it",
                        short(&risk.what_could_go_wrong)
                    ),
                    "Say what will be done to prevent it, or if it happens.",
                );
            }
        }
    }

    fn review(&mut self) {
        match self.plan.review_date {
            None => self.add(
                "no_review_date",
                Severity::MustFix,
                Place::field(Section::Review, "review_date"),
                "The plan has no review date".to_owned(),
                "Choose when the plan will be reviewed, usually within a year.",
            ),
            Some(date) if date <= self.plan.started_on => self.add(
                "review_date_too_early",
                Severity::MustFix,
                Place::field(Section::Review, "review_date"),
                format!(
                    "The review date, {}, is not after the plan was started",
                    date.long_form()
                ),
                "Choose a review date in the future.",
            ),
            Some(_) => {}
        }
    }

    fn against_budget(&mut self, budget: &Budget, costs: &Costs) {
        let left = costs.left_weekly(budget.weekly_minor);
        if left < 0 {
            self.add(
                "over_budget",
                Severity::WorthChecking,
                Place::section(Section::Supports),
                format!(
                    "The plan costs {} a week, {} more than the indicative budget of {}. It can still be sent: the council's panel will look at it",
                    self.money(costs.planned.weekly_minor),
                    self.money(-left),
                    self.money(budget.weekly_minor)
                ),
                "Look again at the supports' hours and prices, or explain in the plan why more is needed.",
            );
        } else {
            self.add(
                "within_budget",
                Severity::ForInformation,
                Place::section(Section::Supports),
                format!(
                    "The plan costs {} a week of the {} budget, leaving {}",
                    self.money(costs.planned.weekly_minor),
                    self.money(budget.weekly_minor),
                    self.money(left)
                ),
                "Nothing to fix.",
            );
        }
        if budget.panel {
            self.add(
                "panel",
                Severity::ForInformation,
                Place::section(Section::YourMoney),
                "The budget is above the amount the council's panel looks at, so the panel will review the plan".to_owned(),
                "Nothing to fix: the panel reviews all plans of this size.",
            );
        }
        let minimum_percent = self.rules.file().spending.minimum_contingency_percent.0;
        let minimum = (rust_decimal::Decimal::from(budget.weekly_minor) * minimum_percent
            / rust_decimal::Decimal::ONE_HUNDRED)
            .ceil();
        let minimum = rust_decimal::prelude::ToPrimitive::to_i64(&minimum).unwrap_or(i64::MAX);
        if self.plan.contingency_weekly_minor < minimum {
            self.add(
                "contingency_below_minimum",
                Severity::MustFix,
                Place::field(Section::Supports, "contingency"),
                format!(
                    "The contingency is {} a week; the council asks for at least {}% of the budget, {} a week",
                    self.money(self.plan.contingency_weekly_minor),
                    crate::money::Plain(minimum_percent),
                    self.money(minimum)
                ),
                "Set aside more money each week for the unexpected.",
            );
        }
        if costs.one_off_minor > 0 {
            self.add(
                "one_off_costs",
                Severity::ForInformation,
                Place::section(Section::Supports),
                format!(
                    "The plan also has one-off costs of {}, apart from the weekly budget",
                    self.money(costs.one_off_minor)
                ),
                "Nothing to fix: the council agrees one-off costs separately.",
            );
        }
    }
}

/// The smallest weekly contingency the rule set asks for with this weekly budget: its minimum
/// percentage, rounded up to a whole minor unit.
pub fn minimum_contingency(rules: &RuleSet, budget_weekly_minor: i64) -> i64 {
    let percent = rules.file().spending.minimum_contingency_percent.0;
    let minimum = (rust_decimal::Decimal::from(budget_weekly_minor) * percent
        / rust_decimal::Decimal::ONE_HUNDRED)
        .ceil();
    rust_decimal::prelude::ToPrimitive::to_i64(&minimum).unwrap_or(i64::MAX)
}

/// "A support" → "a support"; a quoted description stays as it is.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() => first.to_lowercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

/// Of `(words, field, is_missing)` details, the first missing one's field and the words for all
/// the missing ones; `None` when nothing is missing.
fn missing_details(
    details: &[(&'static str, &'static str, bool)],
) -> Option<(&'static str, Vec<&'static str>)> {
    let missing: Vec<&(&str, &str, bool)> =
        details.iter().filter(|(_, _, missing)| *missing).collect();
    let first_field = missing.first()?.1;
    Some((
        first_field,
        missing.iter().map(|(words, _, _)| *words).collect(),
    ))
}

/// "name", "name and contact", "name, contact and basis".
fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A long text cut to a readable length for a message.
fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= 60 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(57).collect::<String>().trim_end())
    }
}

fn management_words(option: ManagementOption) -> &'static str {
    match option {
        ManagementOption::DirectPaymentPerson => "a direct payment to the person",
        ManagementOption::DirectPaymentNominee => "a direct payment to a nominee",
        ManagementOption::IndividualServiceFund => "an individual service fund",
        ManagementOption::CouncilManaged => "council-managed support",
    }
}
