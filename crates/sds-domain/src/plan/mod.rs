//! The support plan: everything a plan must say, as the person (or someone for them) writes it.
//!
//! The plan answers the seven questions of a support plan: what matters to the person, what they
//! want to change or achieve (outcomes), how they will be supported (paid and unpaid), how the
//! money is used and managed, how they stay safe and in control, and what happens next, with a
//! review date. It records the rule set it was built against and the self-assessment answers.
//! Every amount is whole minor units (pence); hours are whole minutes. `docs/plan-format.md`
//! describes the format; `stored.rs` keeps it versioned; `costing.rs` and `checks.rs` work out
//! what it costs and what the council would ask about.

pub mod checks;
pub mod costing;
pub mod field;
pub mod personal_budget;
pub mod progress;
pub mod stored;

use crate::date::CalendarDate;
use crate::rules::answers::Answers;
use crate::rules::format::ManagementOption;
use serde::{Deserialize, Serialize};

/// Who is doing the planning. The app's wording follows it: "What matters to you?" for the
/// person, "What matters to Amira?" for someone planning with or for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlannedBy {
    /// The person who needs care and support is planning it themselves.
    ThePerson,
    /// A family member, friend, nominee or representative is planning for or with the person.
    SomeoneElse,
}

/// One support plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportPlan {
    /// Random and unique, so plans from different devices never collide when merged.
    pub id: String,
    pub started_on: CalendarDate,
    /// The day the plan was last changed, for the list of plans on a device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_changed: Option<CalendarDate>,
    /// The person the plan is for.
    #[serde(default)]
    pub person: Person,
    pub planned_by: PlannedBy,
    /// Who is planning for the person, when it is not the person themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<Representative>,
    /// Anyone else the person asked to be involved (a carer, a friend, a broker).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_involved: Vec<InvolvedPerson>,
    /// The rule set the budget was worked out with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_set: Option<RuleSetRef>,
    /// The self-assessment answers.
    #[serde(default, skip_serializing_if = "is_empty_answers")]
    pub answers: Answers,
    /// The needs the council's needs assessment identified, in its words (Care Act 2014,
    /// s25(1)(a) to (c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<AssessedNeed>,
    /// The rule set's wellbeing matters (by id) care and support could be relevant to
    /// (s25(1)(d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wellbeing: Vec<String>,
    /// What the person was told about reducing their needs and preventing or delaying further
    /// ones (s25(1)(f)), in the words of whoever writes the plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub information_and_advice: String,
    /// What the financial assessment says the person pays towards their budget (s26(2)(b)).
    /// `None` until the plan says; never taken as nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution: Option<Contribution>,
    #[serde(default)]
    pub what_matters: WhatMatters,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<Outcome>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supports: Vec<Support>,
    /// Money set aside each week for the unexpected, in minor units.
    #[serde(default)]
    pub contingency_weekly_minor: i64,
    /// The person who receives and manages a direct payment for the person, if anyone does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominee: Option<Nominee>,
    #[serde(default)]
    pub staying_safe: StayingSafe,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<CalendarDate>,
    /// How progress towards the outcomes will be checked, and by whom, until the review.
    #[serde(default, skip_serializing_if = "Monitoring::is_empty")]
    pub monitoring: Monitoring,
    /// What the person disagrees with (the indicative budget, a decision) and why, for the
    /// council to see with the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<Disagreement>,
}

fn is_empty_answers(answers: &Answers) -> bool {
    answers.0.is_empty()
}

impl SupportPlan {
    /// A new, empty plan.
    pub fn new(id: String, started_on: CalendarDate, planned_by: PlannedBy) -> SupportPlan {
        SupportPlan {
            id,
            started_on,
            last_changed: Some(started_on),
            person: Person::default(),
            planned_by,
            representative: None,
            also_involved: Vec::new(),
            rule_set: None,
            answers: Answers::default(),
            needs: Vec::new(),
            wellbeing: Vec::new(),
            information_and_advice: String::new(),
            contribution: None,
            what_matters: WhatMatters::default(),
            outcomes: Vec::new(),
            supports: Vec::new(),
            contingency_weekly_minor: 0,
            nominee: None,
            staying_safe: StayingSafe::default(),
            actions: Vec::new(),
            review_date: None,
            monitoring: Monitoring::default(),
            disagreement: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The name the person wants to be called in the plan.
    #[serde(default)]
    pub name: String,
}

/// On what basis a representative plans for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepresentativeBasis {
    /// The person chose them to help plan.
    ChosenByThePerson,
    /// An authorised person, where the person lacks capacity to decide (Care Act 2014).
    AuthorisedPerson,
    /// An attorney under a lasting power of attorney for health and welfare.
    LastingPowerOfAttorney,
    /// A deputy appointed by the Court of Protection.
    Deputy,
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    #[serde(default)]
    pub name: String,
    /// To the person, in their words: "Mother", "Friend".
    #[serde(default)]
    pub relationship: String,
    /// A phone number or email address.
    #[serde(default)]
    pub contact: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<RepresentativeBasis>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvolvedPerson {
    pub name: String,
    #[serde(default)]
    pub relationship: String,
}

/// The rule set a budget came from, named exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSetRef {
    pub id: String,
    pub version: String,
    /// SHA-256 of the rule set's canonical form, hex.
    pub content_hash: String,
}

/// What is important to the person, and to the people around them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatMatters {
    #[serde(default)]
    pub text: String,
    /// What the person is good at and what people like about them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strengths: Vec<String>,
    /// The people who matter to them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relationships: Vec<String>,
}

/// Something the person wants to change or achieve, in their own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    #[serde(default)]
    pub in_my_words: String,
    /// How the person will know it is working.
    #[serde(default)]
    pub how_we_will_know: String,
}

/// Who gives a support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    /// Someone the person (or their nominee) employs; employer on-costs are added.
    PersonalAssistant,
    Agency,
    CommunityGroup,
    FamilyOrFriend,
    Equipment,
    Other,
}

/// One way the person will be supported, paid or unpaid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    pub id: String,
    #[serde(default)]
    pub description: String,
    pub provider: Provider,
    /// The provider's name, where there is one (an agency, a group, a person).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub provider_name: String,
    /// Whether the budget pays for it. Unpaid support (family, friends, community) has no cost.
    pub paid: bool,
    /// The ids of the outcomes this support serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<String>,
    /// The ids of the assessed needs this support meets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// A spending category of the rule set (or something it does not allow).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// A price list item's code, where the support is on the council's price list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_item: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub costing: Option<Costing>,
    /// Who manages the money for this line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub management: Option<ManagementOption>,
    /// Whether a quote is attached, for items that need one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quote_attached: bool,
}

/// How a paid support is costed. Amounts are minor units; time is whole minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Costing {
    /// Hours each week at an hourly rate.
    Hourly {
        minutes_per_week: u32,
        hourly_rate_minor: i64,
    },
    /// Sessions each week at a price per session.
    Sessions {
        sessions_per_week: u32,
        price_per_session_minor: i64,
    },
    /// A fixed amount each week.
    Weekly { weekly_minor: i64 },
    /// A fixed amount each year (a membership, a yearly short break).
    Yearly { yearly_minor: i64 },
    /// A single payment (equipment, an adaptation), shown apart from weekly costs.
    OneOff { amount_minor: i64 },
}

/// A person who receives and manages a direct payment on the person's behalf.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nominee {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub relationship: String,
    #[serde(default)]
    pub contact: String,
    /// Whether they have agreed to manage the money.
    #[serde(default)]
    pub agreed: bool,
}

/// How the person will stay safe and in control.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StayingSafe {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// What happens if paid support does not turn up.
    #[serde(default)]
    pub backup_plan: String,
    /// Who to contact, and when.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<SafetyContact>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub id: String,
    /// What could go wrong.
    #[serde(default)]
    pub what_could_go_wrong: String,
    /// What will be done to prevent it, or if it happens.
    #[serde(default)]
    pub what_we_will_do: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyContact {
    pub name: String,
    /// "Sister", "Social worker", "Agency office".
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub phone: String,
}

/// Who does what by when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub who: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_when: Option<CalendarDate>,
}

/// A need the council's needs assessment identified, as the council wrote it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessedNeed {
    pub id: String,
    /// The need in the assessment's words.
    #[serde(default)]
    pub in_council_words: String,
    /// The rule set's eligibility outcomes (by id) the person cannot achieve because of it:
    /// the extent to which it meets the eligibility criteria.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eligibility_outcomes: Vec<String>,
    /// Whether the assessment found it eligible; `None` until the plan says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible: Option<bool>,
    /// Whether the council is going to meet it (it may meet needs that are not eligible too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council_will_meet: Option<bool>,
    /// Why no support in the plan meets it, where none does (another service meets it, or it
    /// is met in another way).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub not_met_reason: String,
}

/// What the person pays towards their personal budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
pub enum Contribution {
    /// The financial assessment has said: this much a week, in its letter of this date.
    Assessed {
        weekly_minor: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        letter_dated: Option<CalendarDate>,
    },
    /// The financial assessment has not been done yet, so the council's part is not known.
    NotAssessedYet,
}

/// How progress will be checked between now and the review.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    /// How: "A phone call each month", "My PA keeps a diary".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how: String,
    /// By whom: "My social worker", "Leila".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by_whom: String,
}

impl Monitoring {
    pub fn is_empty(&self) -> bool {
        self.how.is_empty() && self.by_whom.is_empty()
    }
}

/// What a person disagrees with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisagreementAbout {
    /// The indicative budget the rules gave.
    IndicativeBudget,
    /// What the financial assessment says they pay.
    Contribution,
    /// Which needs were found eligible, or which the council will meet.
    Eligibility,
    /// Another decision.
    OtherDecision,
}

/// The person saying they disagree, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<DisagreementAbout>,
    #[serde(default)]
    pub why: String,
}
