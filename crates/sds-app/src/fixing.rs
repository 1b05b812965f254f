//! Where a finding is fixed: the page of the plan, and the input on it to land on. The pages
//! give their inputs the same [`Field`] identities the checks write, so a finding's link always
//! reaches its field.

use sds_domain::plan::checks::{Place, Section};
use sds_domain::plan::field::Field;
use sds_domain::plan::SupportPlan;

/// A page of a plan, as the app's routes name them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanPage {
    About,
    Budget,
    AssessedNeeds,
    PersonalBudget,
    WhatMatters,
    Outcomes,
    Supports,
    /// One support's page, by its id.
    Support(String),
    ManagingMoney,
    StayingSafe,
    ActionPlan,
}

/// The page a finding at `place` is fixed on, and the id of the input to focus there.
pub fn where_fixed(plan: &SupportPlan, place: &Place) -> (PlanPage, Option<String>) {
    let item = place.item.as_deref();
    let input = |field: Option<Field>| field.map(|field| field.input_id(item));
    match place.section {
        Section::WhoIsPlanning => (PlanPage::About, input(place.field)),
        Section::YourMoney => (PlanPage::Budget, None),
        Section::AssessedNeeds => (PlanPage::AssessedNeeds, input(place.field)),
        Section::PersonalBudget => (PlanPage::PersonalBudget, input(place.field)),
        Section::WhatMatters => (
            PlanPage::WhatMatters,
            Some(Field::WhatMatters.input_id(None)),
        ),
        Section::Outcomes => (PlanPage::Outcomes, input(place.field)),
        Section::Supports => match item {
            Some(support) => {
                // A support not costed yet has no amount to land on: its kind of costing first.
                let uncosted = plan
                    .supports
                    .iter()
                    .any(|s| s.id == support && s.costing.is_none());
                let field = match place.field {
                    Some(Field::Costing) if uncosted => Some(Field::CostingKind),
                    other => other,
                };
                (PlanPage::Support(support.to_owned()), input(field))
            }
            None => (PlanPage::Supports, input(place.field)),
        },
        Section::ManagingTheMoney => (PlanPage::ManagingMoney, input(place.field)),
        Section::StayingSafe => (PlanPage::StayingSafe, input(place.field)),
        Section::ActionPlan | Section::Review => (PlanPage::ActionPlan, input(place.field)),
    }
}
