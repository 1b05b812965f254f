//! Checking a plan as the council would: within budget, lawful and sensible spending, every
//! outcome supported, money management clear, safe, with a review date.
//!
//! Each finding has a stable code (for the council's systems and for tests), a severity, the
//! place in the plan it is about (so the app can link to the exact field), a message and how to
//! fix it. Messages are catalogue keys with arguments (see [`crate::wording`]), so a finding
//! reads the same in every language the app has.

use super::costing::{costs, Costs};
use super::field::Field;
use super::personal_budget::{
    frequency_words, personal_budget, ContributionPart, Payee, PersonalBudget,
};
use super::{Contribution, Costing, PlannedBy, SupportPlan};
use crate::rules::allocation::{Budget, BudgetError};
use crate::rules::format::{ManagementOption, Scheme};
use crate::rules::RuleSet;
use crate::wording::{Arg, Message};
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
    /// The needs the council's assessment identified, wellbeing, information and advice.
    AssessedNeeds,
    WhatMatters,
    Outcomes,
    Supports,
    ManagingTheMoney,
    /// The budget's three parts, the direct payment, and saying one disagrees.
    PersonalBudget,
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
    pub field: Option<Field>,
}

impl Place {
    fn section(section: Section) -> Place {
        Place {
            section,
            item: None,
            field: None,
        }
    }

    fn field(section: Section, field: Field) -> Place {
        Place {
            section,
            item: None,
            field: Some(field),
        }
    }

    fn item(section: Section, item: &str, field: Field) -> Place {
        Place {
            section,
            item: Some(item.to_owned()),
            field: Some(field),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable, for systems and tests: "over_budget", "no_review_date"…
    pub code: &'static str,
    pub severity: Severity,
    pub place: Place,
    pub message: Message,
    pub how_to_fix: Message,
}

/// A plan's budget, costs and findings together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// `None` when the plan's answers do not fit the rule set (a finding says why).
    pub budget: Option<Budget>,
    pub costs: Costs,
    /// The budget in its three parts and the direct payment; `None` as `budget` is.
    pub personal_budget: Option<PersonalBudget>,
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
    let mut checker = PlanChecker {
        plan,
        rules,
        findings: Vec::new(),
    };
    let budget = checker.budget();
    checker.rule_set_named();
    checker.who_is_planning();
    checker.assessed_needs();
    checker.sections();
    checker.supports();
    checker.outcomes();
    checker.management();
    checker.staying_safe();
    checker.review();
    let personal_budget = budget
        .as_ref()
        .map(|budget| personal_budget(plan, rules, budget, &costs));
    if let (Some(budget), Some(personal)) = (&budget, &personal_budget) {
        checker.against_budget(budget, &costs);
        checker.personal_budget(personal);
    } else {
        checker.contribution_stated();
    }
    checker.disagreement();
    let mut findings = checker.findings;
    findings.sort_by_key(|f| f.severity);
    Assessment {
        budget,
        costs,
        personal_budget,
        findings,
    }
}

struct PlanChecker<'a> {
    plan: &'a SupportPlan,
    rules: &'a RuleSet,
    findings: Vec<Finding>,
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

impl PlanChecker<'_> {
    fn add(
        &mut self,
        code: &'static str,
        severity: Severity,
        place: Place,
        message: Message,
        how_to_fix: &'static str,
    ) {
        self.findings.push(Finding {
            code,
            severity,
            place,
            message,
            how_to_fix: Message::new(how_to_fix),
        });
    }

    fn money(&self, minor: i64) -> Arg {
        Arg::Text(self.rules.currency().format(minor))
    }

    /// The person's name for messages, or "the person" until it is given.
    fn person(&self) -> Arg {
        if blank(&self.plan.person.name) {
            Arg::Message(Message::new("the-person"))
        } else {
            Arg::Text(self.plan.person.name.trim().to_owned())
        }
    }

    fn budget(&mut self) -> Option<Budget> {
        match self.rules.budget(&self.plan.answers) {
            Ok(budget) => {
                if !budget.is_complete() {
                    self.add(
                        "questions_unanswered",
                        Severity::MustFix,
                        Place::section(Section::YourMoney),
                        Message::new("finding-questions_unanswered")
                            .with("count", budget.unanswered.len())
                            .with("person", self.person()),
                        "fix-questions_unanswered",
                    );
                }
                Some(budget)
            }
            Err(BudgetError::Answers(problems)) => {
                for problem in problems {
                    // The question as the person knows it, in the rule set's words.
                    let question = self
                        .rules
                        .questions()
                        .find(|q| q.id == problem.question)
                        .map(|q| q.summary.clone().unwrap_or_else(|| q.text.clone()));
                    let message = match question {
                        Some(question) => {
                            Message::new("finding-answer_not_valid").with("question", question)
                        }
                        None => Message::new("finding-answers_not_readable"),
                    };
                    self.add(
                        "answer_not_valid",
                        Severity::MustFix,
                        Place::section(Section::YourMoney),
                        message,
                        "fix-answer_not_valid",
                    );
                }
                None
            }
            Err(BudgetError::Overflow(_)) => {
                self.add(
                    "budget_not_worked_out",
                    Severity::MustFix,
                    Place::section(Section::YourMoney),
                    Message::new("finding-budget_not_worked_out"),
                    "fix-budget_not_worked_out",
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
                Message::new("finding-rule_set_not_recorded")
                    .with("id", rules.id())
                    .with("version", rules.version()),
                "fix-rule_set_not_recorded",
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
                    Message::new("finding-rule_set_differs")
                        .with("planned_id", named.id.as_str())
                        .with("planned_version", named.version.as_str())
                        .with("id", rules.id())
                        .with("version", rules.version()),
                    "fix-rule_set_differs",
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
                Place::field(Section::WhoIsPlanning, Field::PersonName),
                Message::new("finding-person_name_missing"),
                "fix-person_name_missing",
            );
        }
        if plan.planned_by != PlannedBy::SomeoneElse {
            return;
        }
        let representative = plan.representative.clone().unwrap_or_default();
        let missing = missing_details(&[
            (
                "detail-name",
                Field::RepresentativeName,
                blank(&representative.name),
            ),
            (
                "detail-relationship",
                Field::RepresentativeRelationship,
                blank(&representative.relationship),
            ),
            (
                "detail-contact",
                Field::RepresentativeContact,
                blank(&representative.contact),
            ),
            (
                "detail-basis",
                Field::RepresentativeBasis,
                representative.basis.is_none(),
            ),
        ]);
        if let Some((first_field, count, details)) = missing {
            self.add(
                "representative_details_missing",
                Severity::MustFix,
                Place::field(Section::WhoIsPlanning, first_field),
                Message::new("finding-representative_details_missing")
                    .with("person", self.person())
                    .with("details", details)
                    .with("count", count),
                "fix-representative_details_missing",
            );
        }
    }

    /// The needs the assessment identified: each said in the council's words, whether it is
    /// eligible and whether the council will meet it, and each the council will meet met by a
    /// support or given a reason; the wellbeing matters, and the information and advice given.
    fn assessed_needs(&mut self) {
        let plan = self.plan;
        let rules = self.rules;
        let person = self.person();
        if plan.needs.iter().all(|n| blank(&n.in_council_words)) {
            self.add(
                "no_assessed_needs",
                Severity::MustFix,
                Place::section(Section::AssessedNeeds),
                Message::new("finding-no_assessed_needs").with("person", person.clone()),
                "fix-no_assessed_needs",
            );
        }
        let known_outcomes: BTreeSet<&str> = rules
            .eligibility_outcomes()
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        for (n, need) in plan.needs.iter().enumerate() {
            let id = need.id.as_str();
            let name = need_name(need, n);
            if blank(&need.in_council_words) {
                self.add(
                    "need_not_described",
                    Severity::MustFix,
                    Place::item(Section::AssessedNeeds, id, Field::InCouncilWords),
                    Message::new("finding-need_not_described").with("need", name.clone()),
                    "fix-need_not_described",
                );
            }
            if need
                .eligibility_outcomes
                .iter()
                .any(|o| !known_outcomes.contains(o.as_str()))
            {
                self.add(
                    "unknown_eligibility_outcome",
                    Severity::MustFix,
                    Place::item(Section::AssessedNeeds, id, Field::EligibilityOutcomes),
                    Message::new("finding-unknown_eligibility_outcome").with("need", name.clone()),
                    "fix-unknown_eligibility_outcome",
                );
            }
            match need.eligible {
                None => self.add(
                    "need_eligibility_not_said",
                    Severity::MustFix,
                    Place::item(Section::AssessedNeeds, id, Field::Eligible),
                    Message::new("finding-need_eligibility_not_said").with("need", name.clone()),
                    "fix-need_eligibility_not_said",
                ),
                Some(true)
                    if need.eligibility_outcomes.is_empty() && !known_outcomes.is_empty() =>
                {
                    self.add(
                        "eligible_need_without_outcome",
                        Severity::WorthChecking,
                        Place::item(Section::AssessedNeeds, id, Field::EligibilityOutcomes),
                        Message::new("finding-eligible_need_without_outcome")
                            .with("need", name.clone()),
                        "fix-eligible_need_without_outcome",
                    );
                }
                Some(_) => {}
            }
            match need.council_will_meet {
                None => self.add(
                    "need_meeting_not_said",
                    Severity::MustFix,
                    Place::item(Section::AssessedNeeds, id, Field::CouncilWillMeet),
                    Message::new("finding-need_meeting_not_said").with("need", name.clone()),
                    "fix-need_meeting_not_said",
                ),
                Some(true) => {
                    let met = plan.supports.iter().any(|s| s.needs.contains(&need.id));
                    if !met && blank(&need.not_met_reason) {
                        self.add(
                            "need_not_met",
                            Severity::MustFix,
                            Place::item(Section::AssessedNeeds, id, Field::NotMetReason),
                            Message::new("finding-need_not_met").with("need", name.clone()),
                            "fix-need_not_met",
                        );
                    }
                }
                Some(false) => {}
            }
        }
        let known_wellbeing: BTreeSet<&str> =
            rules.wellbeing().iter().map(|w| w.id.as_str()).collect();
        if plan
            .wellbeing
            .iter()
            .any(|w| !known_wellbeing.contains(w.as_str()))
        {
            self.add(
                "unknown_wellbeing",
                Severity::MustFix,
                Place::field(Section::AssessedNeeds, Field::Wellbeing),
                Message::new("finding-unknown_wellbeing"),
                "fix-unknown_wellbeing",
            );
        }
        if plan.wellbeing.is_empty() && !known_wellbeing.is_empty() {
            self.add(
                "wellbeing_not_said",
                Severity::WorthChecking,
                Place::field(Section::AssessedNeeds, Field::Wellbeing),
                Message::new("finding-wellbeing_not_said").with("person", person.clone()),
                "fix-wellbeing_not_said",
            );
        }
        if blank(&plan.information_and_advice) {
            self.add(
                "no_information_and_advice",
                Severity::MustFix,
                Place::field(Section::AssessedNeeds, Field::InformationAndAdvice),
                Message::new("finding-no_information_and_advice").with("person", person),
                "fix-no_information_and_advice",
            );
        }
    }

    /// The contribution must be said: assessed (with the letter's date) or not assessed yet.
    fn contribution_stated(&mut self) {
        match self.plan.contribution {
            None => self.add(
                "contribution_not_stated",
                Severity::MustFix,
                Place::field(Section::PersonalBudget, Field::Contribution),
                Message::new("finding-contribution_not_stated").with("person", self.person()),
                "fix-contribution_not_stated",
            ),
            Some(Contribution::Assessed {
                letter_dated: None, ..
            }) => self.add(
                "contribution_letter_date_missing",
                Severity::MustFix,
                Place::field(Section::PersonalBudget, Field::ContributionLetterDate),
                Message::new("finding-contribution_letter_date_missing"),
                "fix-contribution_letter_date_missing",
            ),
            Some(_) => {}
        }
    }

    /// The three parts and the direct payment, as the council will read them.
    fn personal_budget(&mut self, personal: &PersonalBudget) {
        self.contribution_stated();
        match &personal.contribution {
            ContributionPart::NotAssessedYet => self.add(
                "contribution_not_assessed",
                Severity::ForInformation,
                Place::field(Section::PersonalBudget, Field::Contribution),
                Message::new("finding-contribution_not_assessed")
                    .with("cost", self.money(personal.cost.weekly_minor)),
                "fix-contribution_not_assessed",
            ),
            ContributionPart::Assessed { amounts, .. }
                if amounts.weekly_minor > personal.cost.weekly_minor =>
            {
                self.add(
                    "contribution_above_budget",
                    Severity::WorthChecking,
                    Place::field(Section::PersonalBudget, Field::ContributionAmount),
                    Message::new("finding-contribution_above_budget")
                        .with("contribution", self.money(amounts.weekly_minor))
                        .with("cost", self.money(personal.cost.weekly_minor)),
                    "fix-contribution_above_budget",
                );
            }
            _ => {}
        }
        let Some(payment) = &personal.direct_payment else {
            return;
        };
        if payment.payees_mixed {
            self.add(
                "direct_payment_payees_mixed",
                Severity::WorthChecking,
                Place::section(Section::ManagingTheMoney),
                Message::new("finding-direct_payment_payees_mixed"),
                "fix-direct_payment_payees_mixed",
            );
        }
        let payee = match (&payment.payee, &payment.nominee_name) {
            (Payee::Nominee, Some(name)) => {
                Arg::Message(Message::new("payee-nominee-named").with("name", name.as_str()))
            }
            (Payee::Nominee, None) => Arg::Message(Message::new("payee-nominee")),
            (Payee::Person, _) => self.person(),
        };
        let message = match payment.per_payment_minor {
            Some(amount) => Message::new("finding-direct_payment")
                .with("amount", self.money(amount))
                .with(
                    "frequency",
                    Message::new(frequency_words(payment.frequency)),
                )
                .with("payee", payee),
            None => Message::new("finding-direct_payment_not_known")
                .with("supports", self.money(payment.supports_weekly_minor))
                .with(
                    "frequency",
                    Message::new(frequency_words(payment.frequency)),
                )
                .with("payee", payee),
        };
        self.add(
            "direct_payment",
            Severity::ForInformation,
            Place::section(Section::PersonalBudget),
            message,
            "fix-direct_payment",
        );
    }

    /// A disagreement is carried to the council: it must say why.
    fn disagreement(&mut self) {
        let Some(disagreement) = &self.plan.disagreement else {
            return;
        };
        if blank(&disagreement.why) {
            self.add(
                "disagreement_without_reason",
                Severity::MustFix,
                Place::field(Section::PersonalBudget, Field::DisagreementWhy),
                Message::new("finding-disagreement_without_reason").with("person", self.person()),
                "fix-disagreement_without_reason",
            );
        } else {
            self.add(
                "disagreement_recorded",
                Severity::ForInformation,
                Place::field(Section::PersonalBudget, Field::DisagreementWhy),
                Message::new("finding-disagreement_recorded")
                    .with("person", self.person())
                    .with("why", short(&disagreement.why)),
                "fix-disagreement_recorded",
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
                Place::field(Section::WhatMatters, Field::WhatMatters),
                "finding-what_matters_empty",
                "fix-what_matters_empty",
            ),
            (
                plan.outcomes.iter().all(|o| blank(&o.in_my_words)),
                "no_outcomes",
                Place::section(Section::Outcomes),
                "finding-no_outcomes",
                "fix-no_outcomes",
            ),
            (
                plan.supports.is_empty(),
                "no_supports",
                Place::section(Section::Supports),
                "finding-no_supports",
                "fix-no_supports",
            ),
            (
                plan.actions.is_empty(),
                "no_actions",
                Place::section(Section::ActionPlan),
                "finding-no_actions",
                "fix-no_actions",
            ),
        ];
        for (is_empty, code, place, message, fix) in required {
            if is_empty {
                let message = Message::new(message).with("person", person.clone());
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
                    Place::item(Section::Outcomes, &outcome.id, Field::HowWeWillKnow),
                    Message::new("finding-outcome_without_measure")
                        .with("outcome", short(&outcome.in_my_words)),
                    "fix-outcome_without_measure",
                );
            }
        }
    }

    fn supports(&mut self) {
        let spending = &self.rules.file().spending;
        let outcome_ids: BTreeSet<&str> =
            self.plan.outcomes.iter().map(|o| o.id.as_str()).collect();
        for support in &self.plan.supports {
            let name = support_name(&support.description, "support-unnamed");
            let id = support.id.as_str();
            if blank(&support.description) {
                self.add(
                    "support_not_described",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, Field::Description),
                    Message::new("finding-support_not_described"),
                    "fix-support_not_described",
                );
            }
            for outcome in &support.outcomes {
                if !outcome_ids.contains(outcome.as_str()) {
                    self.add(
                        "support_serves_missing_outcome",
                        Severity::MustFix,
                        Place::item(Section::Supports, id, Field::Outcomes),
                        Message::new("finding-support_serves_missing_outcome")
                            .with("support", name.clone()),
                        "fix-support_serves_missing_outcome",
                    );
                }
            }
            if support
                .needs
                .iter()
                .any(|need| !self.plan.needs.iter().any(|n| &n.id == need))
            {
                self.add(
                    "support_meets_missing_need",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, Field::Needs),
                    Message::new("finding-support_meets_missing_need")
                        .with("support", name.clone()),
                    "fix-support_meets_missing_need",
                );
            }
            if let Some(category) = &support.category {
                if let Some(item) = spending.not_allowed.iter().find(|n| &n.id == category) {
                    let what = item.name.to_lowercase();
                    let reason = match &item.reason {
                        Some(reason) => Arg::Text(reason.clone()),
                        None => Arg::Message(
                            Message::new("reason-not-allowed").with("item", what.as_str()),
                        ),
                    };
                    self.add(
                        "category_not_allowed",
                        Severity::MustFix,
                        Place::item(Section::Supports, id, Field::Category),
                        Message::new("finding-category_not_allowed")
                            .with("support", name.clone())
                            .with("item", what)
                            .with("reason", reason),
                        "fix-category_not_allowed",
                    );
                } else if !spending.categories.iter().any(|c| &c.id == category) {
                    self.add(
                        "unknown_category",
                        Severity::MustFix,
                        Place::item(Section::Supports, id, Field::Category),
                        Message::new("finding-unknown_category")
                            .with("support", name.clone())
                            .with("category", category.as_str()),
                        "fix-unknown_category",
                    );
                }
            } else if support.paid {
                self.add(
                    "category_missing",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, Field::Category),
                    Message::new("finding-category_missing").with("support", name.clone()),
                    "fix-category_missing",
                );
            }
            if !support.paid {
                continue;
            }
            if support.outcomes.is_empty() {
                self.add(
                    "paid_support_without_outcome",
                    Severity::WorthChecking,
                    Place::item(Section::Supports, id, Field::Outcomes),
                    Message::new("finding-paid_support_without_outcome")
                        .with("support", name.clone()),
                    "fix-paid_support_without_outcome",
                );
            }
            let Some(costing) = support.costing else {
                self.add(
                    "support_not_costed",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, Field::Costing),
                    Message::new("finding-support_not_costed").with("support", name.clone()),
                    "fix-support_not_costed",
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
                    Place::item(Section::Supports, id, Field::PriceItem),
                    Message::new("finding-unknown_price_item")
                        .with("support", name.clone())
                        .with("code", code.as_str()),
                    "fix-unknown_price_item",
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
                        Place::item(Section::Supports, id, Field::Costing),
                        Message::new("finding-price_above_cap")
                            .with("support", name.clone())
                            .with("price", self.money(unit_price))
                            .with("unit", item.unit.as_str())
                            .with("item", item.name.as_str())
                            .with("cap", self.money(cap)),
                        "fix-price_above_cap",
                    );
                }
            }
            if item.quote_needed && !support.quote_attached {
                self.add(
                    "quote_needed",
                    Severity::MustFix,
                    Place::item(Section::Supports, id, Field::QuoteAttached),
                    Message::new("finding-quote_needed")
                        .with("support", name.clone())
                        .with("item", item.name.as_str()),
                    "fix-quote_needed",
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
                    Place::item(Section::Outcomes, &outcome.id, Field::Supports),
                    Message::new("finding-outcome_without_support")
                        .with("outcome", short(&outcome.in_my_words)),
                    "fix-outcome_without_support",
                );
            }
        }
    }

    fn management(&mut self) {
        let offered = &self.rules.file().spending.management_options;
        let mut nominee_needed = false;
        for support in self.plan.supports.iter().filter(|s| s.paid) {
            let name = support_name(&support.description, "support-unnamed");
            match support.management {
                None => self.add(
                    "management_missing",
                    Severity::MustFix,
                    Place::item(Section::ManagingTheMoney, &support.id, Field::Management),
                    Message::new("finding-management_missing").with(
                        "support",
                        support_name(&support.description, "support-unnamed-within"),
                    ),
                    "fix-management_missing",
                ),
                Some(option) => {
                    if !offered.contains(&option) {
                        self.add(
                            "management_not_offered",
                            Severity::MustFix,
                            Place::item(Section::ManagingTheMoney, &support.id, Field::Management),
                            Message::new("finding-management_not_offered")
                                .with("support", name.clone())
                                .with(
                                    "way",
                                    Message::new(management_words(option, self.rules.scheme())),
                                ),
                            "fix-management_not_offered",
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
                            Place::item(Section::Supports, &support.id, Field::ProviderName),
                            Message::new("finding-service_fund_provider_missing")
                                .with("support", name.clone()),
                            "fix-service_fund_provider_missing",
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
            ("detail-name", Field::NomineeName, blank(&nominee.name)),
            (
                "detail-relationship",
                Field::NomineeRelationship,
                blank(&nominee.relationship),
            ),
            (
                "detail-contact",
                Field::NomineeContact,
                blank(&nominee.contact),
            ),
            ("detail-agreement", Field::NomineeAgreed, !nominee.agreed),
        ]);
        if let Some((first_field, count, details)) = missing {
            self.add(
                "nominee_details_missing",
                Severity::MustFix,
                Place::field(Section::ManagingTheMoney, first_field),
                Message::new("finding-nominee_details_missing")
                    .with("details", details)
                    .with("count", count),
                "fix-nominee_details_missing",
            );
        }
    }

    fn staying_safe(&mut self) {
        let safe = &self.plan.staying_safe;
        if self.plan.supports.iter().any(|s| s.paid) && blank(&safe.backup_plan) {
            self.add(
                "no_backup_plan",
                Severity::MustFix,
                Place::field(Section::StayingSafe, Field::BackupPlan),
                Message::new("finding-no_backup_plan"),
                "fix-no_backup_plan",
            );
        }
        if safe.contacts.is_empty() {
            self.add(
                "no_safety_contacts",
                Severity::WorthChecking,
                Place::field(Section::StayingSafe, Field::Contacts),
                Message::new("finding-no_safety_contacts"),
                "fix-no_safety_contacts",
            );
        }
        for risk in &safe.risks {
            if !blank(&risk.what_could_go_wrong) && blank(&risk.what_we_will_do) {
                self.add(
                    "risk_without_plan",
                    Severity::WorthChecking,
                    Place::item(Section::StayingSafe, &risk.id, Field::WhatWeWillDo),
                    Message::new("finding-risk_without_plan")
                        .with("risk", short(&risk.what_could_go_wrong)),
                    "fix-risk_without_plan",
                );
            }
        }
    }

    fn review(&mut self) {
        match self.plan.review_date {
            None => self.add(
                "no_review_date",
                Severity::MustFix,
                Place::field(Section::Review, Field::ReviewDate),
                Message::new("finding-no_review_date"),
                "fix-no_review_date",
            ),
            Some(date) if date <= self.plan.started_on => self.add(
                "review_date_too_early",
                Severity::MustFix,
                Place::field(Section::Review, Field::ReviewDate),
                Message::new("finding-review_date_too_early").with("date", date),
                "fix-review_date_too_early",
            ),
            Some(_) => {}
        }
        let monitoring = &self.plan.monitoring;
        let missing = missing_details(&[
            ("detail-how", Field::MonitoringHow, blank(&monitoring.how)),
            (
                "detail-by-whom",
                Field::MonitoringByWhom,
                blank(&monitoring.by_whom),
            ),
        ]);
        if let Some((first_field, _, details)) = missing {
            self.add(
                "monitoring_not_said",
                Severity::MustFix,
                Place::field(Section::Review, first_field),
                Message::new("finding-monitoring_not_said").with("details", details),
                "fix-monitoring_not_said",
            );
        }
    }

    fn against_budget(&mut self, budget: &Budget, costs: &Costs) {
        let left = costs.left_weekly(budget.weekly_minor);
        if left < 0 {
            self.add(
                "over_budget",
                Severity::WorthChecking,
                Place::section(Section::Supports),
                Message::new("finding-over_budget")
                    .with("planned", self.money(costs.planned.weekly_minor))
                    .with("over", self.money(-left))
                    .with("budget", self.money(budget.weekly_minor)),
                "fix-over_budget",
            );
        } else {
            self.add(
                "within_budget",
                Severity::ForInformation,
                Place::section(Section::Supports),
                Message::new("finding-within_budget")
                    .with("planned", self.money(costs.planned.weekly_minor))
                    .with("budget", self.money(budget.weekly_minor))
                    .with("left", self.money(left)),
                "fix-within_budget",
            );
        }
        if budget.panel {
            self.add(
                "panel",
                Severity::ForInformation,
                Place::section(Section::YourMoney),
                Message::new("finding-panel"),
                "fix-panel",
            );
        }
        let minimum_percent = self.rules.file().spending.minimum_contingency_percent.0;
        let minimum = minimum_contingency(self.rules, budget.weekly_minor);
        if self.plan.contingency_weekly_minor < minimum {
            self.add(
                "contingency_below_minimum",
                Severity::MustFix,
                Place::field(Section::Supports, Field::Contingency),
                Message::new("finding-contingency_below_minimum")
                    .with(
                        "contingency",
                        self.money(self.plan.contingency_weekly_minor),
                    )
                    .with("percent", crate::money::Plain(minimum_percent).to_string())
                    .with("minimum", self.money(minimum)),
                "fix-contingency_below_minimum",
            );
        }
        if costs.one_off_minor > 0 {
            self.add(
                "one_off_costs",
                Severity::ForInformation,
                Place::section(Section::Supports),
                Message::new("finding-one_off_costs")
                    .with("amount", self.money(costs.one_off_minor)),
                "fix-one_off_costs",
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

/// A support as messages name it: its description, quoted and shortened, or the catalogue's
/// words for an undescribed one (`unnamed`: how a sentence starts, or how it says it within).
/// Public so the council's tool names supports as the findings do.
pub fn support_name(description: &str, unnamed: &'static str) -> Arg {
    if blank(description) {
        Arg::Message(Message::new(unnamed))
    } else {
        Arg::Message(Message::new("support-quoted").with("description", short(description)))
    }
}

/// Of `(catalogue key, field, is_missing)` details, the first missing one's field, how many are
/// missing, and them as a list to say; `None` when nothing is missing.
fn missing_details(details: &[(&'static str, Field, bool)]) -> Option<(Field, usize, Arg)> {
    let missing: Vec<&(&str, Field, bool)> =
        details.iter().filter(|(_, _, missing)| *missing).collect();
    let first_field = missing.first()?.1;
    Some((
        first_field,
        missing.len(),
        Arg::List(
            missing
                .iter()
                .map(|(key, _, _)| Message::new(key))
                .collect(),
        ),
    ))
}

/// A need as messages name it: its words, quoted and shortened, or "need 2" (`index` counts
/// from 0). Public so the council's tool names needs as the findings do.
pub fn need_name(need: &super::AssessedNeed, index: usize) -> Arg {
    if blank(&need.in_council_words) {
        Arg::Message(Message::new("need-unnamed").with("number", index + 1))
    } else {
        Arg::Message(Message::new("need-quoted").with("words", short(&need.in_council_words)))
    }
}

/// A long text cut to a readable length for a message, or for a list that names items by their
/// words (a support's needs), so a need reads the same in both. It ends at the end of a word
/// where one is near, so no word is cut in two.
pub fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= 60 {
        return text.to_owned();
    }
    // One character more than is kept: if it is a space, the last word kept is whole.
    let kept: String = text.chars().take(58).collect();
    let cut = match kept.rfind(char::is_whitespace) {
        Some(at) if at >= kept.len() / 2 => &kept[..at],
        _ => kept
            .char_indices()
            .nth(57)
            .map_or(kept.as_str(), |(at, _)| &kept[..at]),
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:".contains(c));
    format!("{cut}…")
}

/// The catalogue key of a way of managing the money within a sentence, as the council's scheme
/// names it: in Scotland, the four options of the Social Care (Self-directed Support) (Scotland)
/// Act 2013, so a finding uses the names the person saw when choosing.
fn management_words(option: ManagementOption, scheme: Scheme) -> &'static str {
    match (scheme, option) {
        (Scheme::Scotland, ManagementOption::DirectPaymentPerson) => "way-scotland-option-1-person",
        (Scheme::Scotland, ManagementOption::DirectPaymentNominee) => {
            "way-scotland-option-1-nominee"
        }
        (Scheme::Scotland, ManagementOption::IndividualServiceFund) => "way-scotland-option-2",
        (Scheme::Scotland, ManagementOption::CouncilManaged) => "way-scotland-option-3",
        (_, ManagementOption::DirectPaymentPerson) => "way-direct_payment_person",
        (_, ManagementOption::DirectPaymentNominee) => "way-direct_payment_nominee",
        (_, ManagementOption::IndividualServiceFund) => "way-individual_service_fund",
        (_, ManagementOption::CouncilManaged) => "way-council_managed",
    }
}
