//! How far a plan has got: the task list's tasks and the status of each, worked out from what the
//! plan says and what the checks find, so the list can never disagree with "Check your plan".

use super::checks::{Assessment, Section, Severity};
use super::SupportPlan;

/// The tasks of the task list, in the order they are shown (any order may be followed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    AboutThePlan,
    FindOutYourMoney,
    AssessedNeeds,
    WhatMatters,
    Outcomes,
    Support,
    ManagingTheMoney,
    PersonalBudget,
    StayingSafe,
    ActionPlanAndReview,
}

pub const TASKS: [Task; 10] = [
    Task::AboutThePlan,
    Task::FindOutYourMoney,
    Task::AssessedNeeds,
    Task::WhatMatters,
    Task::Outcomes,
    Task::Support,
    Task::ManagingTheMoney,
    Task::PersonalBudget,
    Task::StayingSafe,
    Task::ActionPlanAndReview,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Depends on another task that has nothing in it yet.
    CannotStartYet,
    NotYetStarted,
    /// Started, with something that must be fixed.
    InProgress,
    /// Started, and nothing in it must be fixed.
    Completed,
}

impl Task {
    /// The plan sections (as findings name them) that belong to this task.
    pub fn sections(self) -> &'static [Section] {
        match self {
            Task::AboutThePlan => &[Section::WhoIsPlanning],
            Task::FindOutYourMoney => &[Section::YourMoney],
            Task::AssessedNeeds => &[Section::AssessedNeeds],
            Task::WhatMatters => &[Section::WhatMatters],
            Task::Outcomes => &[Section::Outcomes],
            Task::Support => &[Section::Supports],
            Task::ManagingTheMoney => &[Section::ManagingTheMoney],
            Task::PersonalBudget => &[Section::PersonalBudget],
            Task::StayingSafe => &[Section::StayingSafe],
            Task::ActionPlanAndReview => &[Section::ActionPlan, Section::Review],
        }
    }

    /// The task a finding's section belongs to.
    pub fn of(section: Section) -> Task {
        TASKS
            .into_iter()
            .find(|task| task.sections().contains(&section))
            .unwrap_or(Task::AboutThePlan)
    }
}

/// The status of one task.
pub fn status(plan: &SupportPlan, assessment: &Assessment, task: Task) -> Status {
    let has_paid_support = plan.supports.iter().any(|s| s.paid);
    if task == Task::ManagingTheMoney && !has_paid_support {
        return Status::CannotStartYet;
    }
    let started = match task {
        Task::AboutThePlan => !plan.person.name.trim().is_empty() || plan.representative.is_some(),
        Task::FindOutYourMoney => !plan.answers.0.is_empty(),
        Task::AssessedNeeds => {
            !plan.needs.is_empty()
                || !plan.wellbeing.is_empty()
                || !plan.information_and_advice.trim().is_empty()
        }
        Task::WhatMatters => {
            !plan.what_matters.text.trim().is_empty()
                || !plan.what_matters.strengths.is_empty()
                || !plan.what_matters.relationships.is_empty()
        }
        Task::Outcomes => !plan.outcomes.is_empty(),
        Task::Support => !plan.supports.is_empty() || plan.contingency_weekly_minor > 0,
        Task::ManagingTheMoney => {
            plan.nominee.is_some()
                || plan
                    .supports
                    .iter()
                    .any(|s| s.paid && s.management.is_some())
        }
        Task::PersonalBudget => plan.contribution.is_some() || plan.disagreement.is_some(),
        Task::StayingSafe => {
            let safe = &plan.staying_safe;
            !safe.backup_plan.trim().is_empty()
                || !safe.risks.is_empty()
                || !safe.contacts.is_empty()
        }
        Task::ActionPlanAndReview => {
            !plan.actions.is_empty() || plan.review_date.is_some() || !plan.monitoring.is_empty()
        }
    };
    if !started {
        return Status::NotYetStarted;
    }
    let must_fix = assessment
        .findings
        .iter()
        .any(|f| f.severity == Severity::MustFix && task.sections().contains(&f.place.section));
    if must_fix {
        Status::InProgress
    } else {
        Status::Completed
    }
}
