//! Every change a page can make to a plan, as a named value: it can be logged, tested and
//! replayed, and it carries its own limits, so no page finds an item by id and changes it.
//!
//! An edit is applied to the newest plan in the book (so fast typing never loses a key press).
//! Items are named by the ids the plan gave them; an edit for an item that is no longer there
//! (removed in another tab a moment before) changes nothing. Nothing a person can type makes a
//! plan that could not be read back: texts and lists stop at the limits a stored plan is held
//! to, and hours stop at the hours in a week.

use sds_domain::date::CalendarDate;
use sds_domain::limits::PLAN_TEXT_CHARS;
use sds_domain::plan::costing::{MAX_AMOUNT_MINOR, MAX_SESSIONS_PER_WEEK};
use sds_domain::plan::stored::MAX_ITEMS;
use sds_domain::plan::{
    Action, AssessedNeed, Contribution, Costing, Disagreement, DisagreementAbout, InvolvedPerson,
    Outcome, PlannedBy, Provider, RepresentativeBasis, Risk, RuleSetRef, SafetyContact, Support,
    SupportPlan,
};
use sds_domain::rules::answers::Answer;
use sds_domain::rules::format::ManagementOption;

use crate::choices::CostingKind;

/// The most minutes a support can take in a week: every hour of it.
pub const MAX_MINUTES_PER_WEEK: u32 = 168 * 60;

/// One of a representative's details that is a line of text (a nominee has the same three).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepresentativeDetail {
    Name,
    Relationship,
    Contact,
}

/// One of a nominee's details that is a line of text.
pub type NomineeDetail = RepresentativeDetail;

/// What an outcome says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomeText {
    InMyWords,
    HowWeWillKnow,
}

/// What an assessed need says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeedText {
    /// The need in the assessment's words.
    InCouncilWords,
    /// Why no support in the plan meets it.
    NotMetReason,
}

/// Whether the financial assessment has said what the person pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContributionStatus {
    Assessed,
    NotAssessedYet,
}

impl ContributionStatus {
    /// The status a plan's contribution has, if it says.
    pub fn of(contribution: &Contribution) -> ContributionStatus {
        match contribution {
            Contribution::Assessed { .. } => ContributionStatus::Assessed,
            Contribution::NotAssessedYet => ContributionStatus::NotAssessedYet,
        }
    }
}

/// How progress is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonitoringText {
    How,
    ByWhom,
}

/// What a risk says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskText {
    WhatCouldGoWrong,
    WhatWeWillDo,
}

/// What a safety contact says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactText {
    Name,
    Role,
    Phone,
}

/// What an action in the action plan says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionText {
    What,
    Who,
}

/// A change to one support.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SupportChange {
    Description(String),
    Provider(Provider),
    ProviderName(String),
    Paid(bool),
    /// The spending category's id; `None` for none chosen.
    Category(Option<String>),
    /// The price list item's code; `None` for none.
    PriceItem(Option<String>),
    /// How it is costed; choosing another kind starts its amounts again.
    CostingKind(Option<CostingKind>),
    /// Whole hours a week, keeping the minutes (hourly costing).
    Hours(u32),
    /// Minutes past the hours, keeping the hours (hourly costing).
    Minutes(u32),
    /// Sessions a week (sessions costing).
    Sessions(u32),
    /// The costing's amount in minor units, whatever its kind: the hourly rate, the price of a
    /// session, the weekly, yearly or one-off amount. `None` is what a money field gives while
    /// what is typed is not an amount: the plan then holds none (0), never the figure the person
    /// has just changed, and the field keeps what they typed and says it is not an amount.
    Amount(Option<i64>),
    QuoteAttached(bool),
    /// The ids of the outcomes it helps with.
    Outcomes(Vec<String>),
    /// The ids of the assessed needs it meets.
    Needs(Vec<String>),
    Management(Option<ManagementOption>),
}

/// Every change a person can make to a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    SetPersonName(String),
    SetPlannedBy(PlannedBy),
    SetRepresentative(RepresentativeDetail, String),
    SetRepresentativeBasis(Option<RepresentativeBasis>),
    /// Everyone else involved, one "Name, relationship" a line (the relationship may be left
    /// out).
    SetAlsoInvolved(Vec<String>),
    /// An answer to a question about the money, under the rule set it was asked by.
    Answer {
        question: String,
        answer: Answer,
        rule_set: RuleSetRef,
    },
    AddNeed,
    SetNeed(String, NeedText, String),
    /// The ids of the rule set's eligibility outcomes the need affects.
    SetNeedOutcomes(String, Vec<String>),
    /// Whether the assessment found it eligible; `None` for not said.
    SetNeedEligible(String, Option<bool>),
    /// Whether the council will meet it; `None` for not said.
    SetNeedMet(String, Option<bool>),
    /// Removes the need and every support's link to it.
    RemoveNeed(String),
    /// The ids of the rule set's wellbeing matters care and support could be relevant to.
    SetWellbeing(Vec<String>),
    SetInformationAndAdvice(String),
    /// Whether the contribution is assessed; choosing "assessed" again keeps the amount and
    /// date entered. `None` for not said.
    SetContributionStatus(Option<ContributionStatus>),
    /// The assessed weekly contribution in minor units; `None` (not an amount) holds none, as
    /// [`SupportChange::Amount`] does. Nothing changes unless the contribution is assessed.
    SetContributionAmount(Option<i64>),
    /// The date of the financial assessment letter.
    SetContributionLetterDate(Option<CalendarDate>),
    SetMonitoring(MonitoringText, String),
    /// Whether the person says they disagree; saying they do not removes what they wrote.
    SetDisagrees(bool),
    SetDisagreementAbout(Option<DisagreementAbout>),
    SetDisagreementWhy(String),
    SetWhatMatters(String),
    SetStrengths(Vec<String>),
    SetRelationships(Vec<String>),
    AddOutcome,
    SetOutcome(String, OutcomeText, String),
    /// Removes the outcome and every support's link to it.
    RemoveOutcome(String),
    /// A new support, paid or not, with the provider most such supports have.
    AddSupport {
        paid: bool,
    },
    ChangeSupport(String, SupportChange),
    RemoveSupport(String),
    /// The weekly contingency, in minor units; `None` (not an amount) holds none, as
    /// [`SupportChange::Amount`] does.
    SetContingency(Option<i64>),
    SetNominee(NomineeDetail, String),
    SetNomineeAgreed(bool),
    SetBackupPlan(String),
    AddRisk,
    SetRisk(String, RiskText, String),
    RemoveRisk(String),
    AddContact,
    /// Contacts have no ids: they are named by their place in the list.
    SetContact(usize, ContactText, String),
    RemoveContact(usize),
    AddAction,
    SetAction(String, ActionText, String),
    SetActionDate(String, Option<CalendarDate>),
    RemoveAction(String),
    SetReviewDate(Option<CalendarDate>),
}

/// Why an edit was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditRefused {
    /// A text longer than a plan can hold.
    TextTooLong { limit: usize },
    /// A list that already holds as many items as a plan can.
    TooMany { limit: usize },
}

/// The kinds of item a plan numbers itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Need,
    Outcome,
    Support,
    Risk,
    Action,
}

impl Item {
    fn prefix(self) -> &'static str {
        match self {
            Item::Need => "n",
            Item::Outcome => "o",
            Item::Support => "s",
            Item::Risk => "r",
            Item::Action => "a",
        }
    }
}

/// The id the next item of this kind added to `plan` gets: one more than the highest so far,
/// so an id is never given twice, even after a removal.
pub fn next_id(plan: &SupportPlan, item: Item) -> String {
    let used: Vec<&str> = match item {
        Item::Need => plan.needs.iter().map(|n| n.id.as_str()).collect(),
        Item::Outcome => plan.outcomes.iter().map(|o| o.id.as_str()).collect(),
        Item::Support => plan.supports.iter().map(|s| s.id.as_str()).collect(),
        Item::Risk => plan
            .staying_safe
            .risks
            .iter()
            .map(|r| r.id.as_str())
            .collect(),
        Item::Action => plan.actions.iter().map(|a| a.id.as_str()).collect(),
    };
    let prefix = item.prefix();
    let highest = used
        .iter()
        .filter_map(|id| id.strip_prefix(prefix).and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", highest.saturating_add(1))
}

/// A copy of `plan` to start another from: a new id, started today, with no review date yet
/// (the copy is reviewed on its own timetable).
pub fn copy_of(plan: &SupportPlan, id: String, today: CalendarDate) -> SupportPlan {
    let mut copy = plan.clone();
    copy.id = id;
    copy.started_on = today;
    copy.review_date = None;
    copy
}

/// Someone else involved, as the line they are typed on: "Name, relationship" (the
/// relationship left out if there is none). [`PlanEdit::SetAlsoInvolved`] reads it back.
pub fn involved_line(person: &InvolvedPerson) -> String {
    if person.relationship.is_empty() {
        person.name.clone()
    } else {
        format!("{}, {}", person.name, person.relationship)
    }
}

fn text(value: String) -> Result<String, EditRefused> {
    if value.chars().count() > PLAN_TEXT_CHARS {
        return Err(EditRefused::TextTooLong {
            limit: PLAN_TEXT_CHARS,
        });
    }
    Ok(value)
}

fn lines(values: Vec<String>) -> Result<Vec<String>, EditRefused> {
    if values.len() > MAX_ITEMS {
        return Err(EditRefused::TooMany { limit: MAX_ITEMS });
    }
    values.into_iter().map(text).collect()
}

fn need_mut<'p>(plan: &'p mut SupportPlan, id: &str) -> Option<&'p mut AssessedNeed> {
    plan.needs.iter_mut().find(|n| n.id == id)
}

fn room<T>(list: &[T]) -> Result<(), EditRefused> {
    if list.len() >= MAX_ITEMS {
        return Err(EditRefused::TooMany { limit: MAX_ITEMS });
    }
    Ok(())
}

impl PlanEdit {
    /// Makes the change to `plan`, or says why not (and leaves it as it was).
    pub fn apply(self, plan: &mut SupportPlan) -> Result<(), EditRefused> {
        match self {
            PlanEdit::SetPersonName(name) => plan.person.name = text(name)?,
            PlanEdit::SetPlannedBy(by) => plan.planned_by = by,
            PlanEdit::SetRepresentative(detail, value) => {
                let value = text(value)?;
                let representative = plan.representative.get_or_insert_with(Default::default);
                match detail {
                    RepresentativeDetail::Name => representative.name = value,
                    RepresentativeDetail::Relationship => representative.relationship = value,
                    RepresentativeDetail::Contact => representative.contact = value,
                }
            }
            PlanEdit::SetRepresentativeBasis(basis) => {
                plan.representative
                    .get_or_insert_with(Default::default)
                    .basis = basis;
            }
            PlanEdit::SetAlsoInvolved(values) => {
                plan.also_involved = lines(values)?
                    .into_iter()
                    .map(|line| match line.split_once(',') {
                        Some((name, relationship)) => InvolvedPerson {
                            name: name.trim().to_owned(),
                            relationship: relationship.trim().to_owned(),
                        },
                        None => InvolvedPerson {
                            name: line,
                            relationship: String::new(),
                        },
                    })
                    .collect();
            }
            PlanEdit::Answer {
                question,
                answer,
                rule_set,
            } => {
                plan.answers.0.insert(question, answer);
                plan.rule_set = Some(rule_set);
            }
            PlanEdit::AddNeed => {
                room(&plan.needs)?;
                let id = next_id(plan, Item::Need);
                plan.needs.push(AssessedNeed {
                    id,
                    ..AssessedNeed::default()
                });
            }
            PlanEdit::SetNeed(id, part, value) => {
                let value = text(value)?;
                if let Some(need) = need_mut(plan, &id) {
                    match part {
                        NeedText::InCouncilWords => need.in_council_words = value,
                        NeedText::NotMetReason => need.not_met_reason = value,
                    }
                }
            }
            PlanEdit::SetNeedOutcomes(id, ids) => {
                let ids = lines(ids)?;
                if let Some(need) = need_mut(plan, &id) {
                    need.eligibility_outcomes = ids;
                }
            }
            PlanEdit::SetNeedEligible(id, eligible) => {
                if let Some(need) = need_mut(plan, &id) {
                    need.eligible = eligible;
                }
            }
            PlanEdit::SetNeedMet(id, met) => {
                if let Some(need) = need_mut(plan, &id) {
                    need.council_will_meet = met;
                }
            }
            PlanEdit::RemoveNeed(id) => {
                plan.needs.retain(|n| n.id != id);
                for support in &mut plan.supports {
                    support.needs.retain(|n| *n != id);
                }
            }
            PlanEdit::SetWellbeing(ids) => plan.wellbeing = lines(ids)?,
            PlanEdit::SetInformationAndAdvice(value) => {
                plan.information_and_advice = text(value)?;
            }
            PlanEdit::SetContributionStatus(status) => {
                plan.contribution = match (status, plan.contribution) {
                    (None, _) => None,
                    (Some(ContributionStatus::NotAssessedYet), _) => {
                        Some(Contribution::NotAssessedYet)
                    }
                    (
                        Some(ContributionStatus::Assessed),
                        Some(kept @ Contribution::Assessed { .. }),
                    ) => Some(kept),
                    (Some(ContributionStatus::Assessed), _) => Some(Contribution::Assessed {
                        weekly_minor: 0,
                        letter_dated: None,
                    }),
                };
            }
            PlanEdit::SetContributionAmount(minor) => {
                if let Some(Contribution::Assessed { weekly_minor, .. }) = &mut plan.contribution {
                    *weekly_minor = minor.unwrap_or(0).clamp(0, MAX_AMOUNT_MINOR);
                }
            }
            PlanEdit::SetContributionLetterDate(day) => {
                if let Some(Contribution::Assessed { letter_dated, .. }) = &mut plan.contribution {
                    *letter_dated = day;
                }
            }
            PlanEdit::SetMonitoring(part, value) => {
                let value = text(value)?;
                match part {
                    MonitoringText::How => plan.monitoring.how = value,
                    MonitoringText::ByWhom => plan.monitoring.by_whom = value,
                }
            }
            PlanEdit::SetDisagrees(disagrees) => {
                if !disagrees {
                    plan.disagreement = None;
                } else if plan.disagreement.is_none() {
                    plan.disagreement = Some(Disagreement {
                        about: None,
                        why: String::new(),
                    });
                }
            }
            PlanEdit::SetDisagreementAbout(about) => {
                if let Some(disagreement) = &mut plan.disagreement {
                    disagreement.about = about;
                }
            }
            PlanEdit::SetDisagreementWhy(value) => {
                let value = text(value)?;
                if let Some(disagreement) = &mut plan.disagreement {
                    disagreement.why = value;
                }
            }
            PlanEdit::SetWhatMatters(value) => plan.what_matters.text = text(value)?,
            PlanEdit::SetStrengths(values) => plan.what_matters.strengths = lines(values)?,
            PlanEdit::SetRelationships(values) => {
                plan.what_matters.relationships = lines(values)?;
            }
            PlanEdit::AddOutcome => {
                room(&plan.outcomes)?;
                let id = next_id(plan, Item::Outcome);
                plan.outcomes.push(Outcome {
                    id,
                    ..Outcome::default()
                });
            }
            PlanEdit::SetOutcome(id, part, value) => {
                let value = text(value)?;
                if let Some(outcome) = plan.outcomes.iter_mut().find(|o| o.id == id) {
                    match part {
                        OutcomeText::InMyWords => outcome.in_my_words = value,
                        OutcomeText::HowWeWillKnow => outcome.how_we_will_know = value,
                    }
                }
            }
            PlanEdit::RemoveOutcome(id) => {
                plan.outcomes.retain(|o| o.id != id);
                for support in &mut plan.supports {
                    support.outcomes.retain(|o| *o != id);
                }
            }
            PlanEdit::AddSupport { paid } => {
                room(&plan.supports)?;
                let id = next_id(plan, Item::Support);
                plan.supports.push(Support {
                    id,
                    description: String::new(),
                    provider: if paid {
                        Provider::PersonalAssistant
                    } else {
                        Provider::FamilyOrFriend
                    },
                    provider_name: String::new(),
                    paid,
                    outcomes: Vec::new(),
                    needs: Vec::new(),
                    category: None,
                    price_item: None,
                    costing: None,
                    management: None,
                    quote_attached: false,
                });
            }
            PlanEdit::ChangeSupport(id, change) => {
                if let Some(support) = plan.supports.iter_mut().find(|s| s.id == id) {
                    change.apply(support)?;
                }
            }
            PlanEdit::RemoveSupport(id) => plan.supports.retain(|s| s.id != id),
            PlanEdit::SetContingency(minor) => plan.contingency_weekly_minor = minor.unwrap_or(0),
            PlanEdit::SetNominee(detail, value) => {
                let value = text(value)?;
                let nominee = plan.nominee.get_or_insert_with(Default::default);
                match detail {
                    RepresentativeDetail::Name => nominee.name = value,
                    RepresentativeDetail::Relationship => nominee.relationship = value,
                    RepresentativeDetail::Contact => nominee.contact = value,
                }
            }
            PlanEdit::SetNomineeAgreed(agreed) => {
                plan.nominee.get_or_insert_with(Default::default).agreed = agreed;
            }
            PlanEdit::SetBackupPlan(value) => plan.staying_safe.backup_plan = text(value)?,
            PlanEdit::AddRisk => {
                room(&plan.staying_safe.risks)?;
                let id = next_id(plan, Item::Risk);
                plan.staying_safe.risks.push(Risk {
                    id,
                    ..Risk::default()
                });
            }
            PlanEdit::SetRisk(id, part, value) => {
                let value = text(value)?;
                if let Some(risk) = plan.staying_safe.risks.iter_mut().find(|r| r.id == id) {
                    match part {
                        RiskText::WhatCouldGoWrong => risk.what_could_go_wrong = value,
                        RiskText::WhatWeWillDo => risk.what_we_will_do = value,
                    }
                }
            }
            PlanEdit::RemoveRisk(id) => plan.staying_safe.risks.retain(|r| r.id != id),
            PlanEdit::AddContact => {
                room(&plan.staying_safe.contacts)?;
                plan.staying_safe.contacts.push(SafetyContact::default());
            }
            PlanEdit::SetContact(index, part, value) => {
                let value = text(value)?;
                if let Some(contact) = plan.staying_safe.contacts.get_mut(index) {
                    match part {
                        ContactText::Name => contact.name = value,
                        ContactText::Role => contact.role = value,
                        ContactText::Phone => contact.phone = value,
                    }
                }
            }
            PlanEdit::RemoveContact(index) => {
                if index < plan.staying_safe.contacts.len() {
                    plan.staying_safe.contacts.remove(index);
                }
            }
            PlanEdit::AddAction => {
                room(&plan.actions)?;
                let id = next_id(plan, Item::Action);
                plan.actions.push(Action {
                    id,
                    what: String::new(),
                    who: String::new(),
                    by_when: None,
                });
            }
            PlanEdit::SetAction(id, part, value) => {
                let value = text(value)?;
                if let Some(action) = plan.actions.iter_mut().find(|a| a.id == id) {
                    match part {
                        ActionText::What => action.what = value,
                        ActionText::Who => action.who = value,
                    }
                }
            }
            PlanEdit::SetActionDate(id, day) => {
                if let Some(action) = plan.actions.iter_mut().find(|a| a.id == id) {
                    action.by_when = day;
                }
            }
            PlanEdit::RemoveAction(id) => plan.actions.retain(|a| a.id != id),
            PlanEdit::SetReviewDate(day) => plan.review_date = day,
        }
        Ok(())
    }
}

impl SupportChange {
    fn apply(self, support: &mut Support) -> Result<(), EditRefused> {
        match self {
            SupportChange::Description(value) => support.description = text(value)?,
            SupportChange::Provider(provider) => support.provider = provider,
            SupportChange::ProviderName(value) => support.provider_name = text(value)?,
            SupportChange::Paid(paid) => support.paid = paid,
            SupportChange::Category(category) => {
                support.category = category.map(text).transpose()?
            }
            SupportChange::PriceItem(code) => support.price_item = code.map(text).transpose()?,
            SupportChange::CostingKind(kind) => {
                // Choosing the kind it already has keeps what was entered.
                if support.costing.as_ref().map(CostingKind::of) != kind {
                    support.costing = kind.map(CostingKind::empty);
                }
            }
            SupportChange::Hours(hours) => {
                if let Some(Costing::Hourly {
                    minutes_per_week, ..
                }) = &mut support.costing
                {
                    let minutes = *minutes_per_week % 60;
                    *minutes_per_week = (hours.min(168) * 60 + minutes).min(MAX_MINUTES_PER_WEEK);
                }
            }
            SupportChange::Minutes(minutes) => {
                if let Some(Costing::Hourly {
                    minutes_per_week, ..
                }) = &mut support.costing
                {
                    let hours = *minutes_per_week / 60;
                    *minutes_per_week = (hours * 60 + minutes.min(59)).min(MAX_MINUTES_PER_WEEK);
                }
            }
            SupportChange::Sessions(sessions) => {
                if let Some(Costing::Sessions {
                    sessions_per_week, ..
                }) = &mut support.costing
                {
                    *sessions_per_week = sessions.min(MAX_SESSIONS_PER_WEEK);
                }
            }
            SupportChange::Amount(minor) => match &mut support.costing {
                Some(Costing::Hourly {
                    hourly_rate_minor: amount,
                    ..
                })
                | Some(Costing::Sessions {
                    price_per_session_minor: amount,
                    ..
                })
                | Some(Costing::Weekly {
                    weekly_minor: amount,
                })
                | Some(Costing::Yearly {
                    yearly_minor: amount,
                })
                | Some(Costing::OneOff {
                    amount_minor: amount,
                }) => *amount = minor.unwrap_or(0),
                None => {}
            },
            SupportChange::QuoteAttached(attached) => support.quote_attached = attached,
            SupportChange::Outcomes(ids) => support.outcomes = lines(ids)?,
            SupportChange::Needs(ids) => support.needs = lines(ids)?,
            SupportChange::Management(option) => support.management = option,
        }
        Ok(())
    }
}
