//! The fields of a plan a person fills in, as typed values: a finding names the field where it
//! is fixed, and the page gives that field's input the same identity, so a link from a finding
//! always lands on its field and neither side spells the name itself.

use serde::Serialize;

/// A field of the plan, on the page where it is filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    PersonName,
    PlannedBy,
    RepresentativeName,
    RepresentativeRelationship,
    RepresentativeContact,
    RepresentativeBasis,
    AlsoInvolved,
    WhatMatters,
    Strengths,
    Relationships,
    InMyWords,
    HowWeWillKnow,
    Description,
    Provider,
    ProviderName,
    Paid,
    Category,
    PriceItem,
    CostingKind,
    Hours,
    Minutes,
    Sessions,
    Costing,
    Working,
    QuoteAttached,
    Outcomes,
    Supports,
    Contingency,
    Management,
    NomineeName,
    NomineeRelationship,
    NomineeContact,
    NomineeAgreed,
    BackupPlan,
    Contacts,
    WhatCouldGoWrong,
    WhatWeWillDo,
    What,
    Who,
    ByWhen,
    ReviewDate,
    InCouncilWords,
    EligibilityOutcomes,
    Eligible,
    CouncilWillMeet,
    NotMetReason,
    Needs,
    Wellbeing,
    InformationAndAdvice,
    Contribution,
    ContributionAmount,
    ContributionLetterDate,
    MonitoringHow,
    MonitoringByWhom,
    DisagreementAbout,
    DisagreementWhy,
}

impl Field {
    /// Its name: how findings write it, and its input's id on a page with one of it.
    pub fn name(self) -> &'static str {
        match self {
            Field::PersonName => "person_name",
            Field::PlannedBy => "planned_by",
            Field::RepresentativeName => "representative_name",
            Field::RepresentativeRelationship => "representative_relationship",
            Field::RepresentativeContact => "representative_contact",
            Field::RepresentativeBasis => "representative_basis",
            Field::AlsoInvolved => "also_involved",
            Field::WhatMatters => "what_matters",
            Field::Strengths => "strengths",
            Field::Relationships => "relationships",
            Field::InMyWords => "in_my_words",
            Field::HowWeWillKnow => "how_we_will_know",
            Field::Description => "description",
            Field::Provider => "provider",
            Field::ProviderName => "provider_name",
            Field::Paid => "paid",
            Field::Category => "category",
            Field::PriceItem => "price_item",
            Field::CostingKind => "costing_kind",
            Field::Hours => "hours",
            Field::Minutes => "minutes",
            Field::Sessions => "sessions",
            Field::Costing => "costing",
            Field::Working => "working",
            Field::QuoteAttached => "quote_attached",
            Field::Outcomes => "outcomes",
            Field::Supports => "supports",
            Field::Contingency => "contingency",
            Field::Management => "management",
            Field::NomineeName => "nominee_name",
            Field::NomineeRelationship => "nominee_relationship",
            Field::NomineeContact => "nominee_contact",
            Field::NomineeAgreed => "nominee_agreed",
            Field::BackupPlan => "backup_plan",
            Field::Contacts => "contacts",
            Field::WhatCouldGoWrong => "what_could_go_wrong",
            Field::WhatWeWillDo => "what_we_will_do",
            Field::What => "what",
            Field::Who => "who",
            Field::ByWhen => "by_when",
            Field::ReviewDate => "review_date",
            Field::InCouncilWords => "in_council_words",
            Field::EligibilityOutcomes => "eligibility_outcomes",
            Field::Eligible => "eligible",
            Field::CouncilWillMeet => "council_will_meet",
            Field::NotMetReason => "not_met_reason",
            Field::Needs => "needs",
            Field::Wellbeing => "wellbeing",
            Field::InformationAndAdvice => "information_and_advice",
            Field::Contribution => "contribution",
            Field::ContributionAmount => "contribution_amount",
            Field::ContributionLetterDate => "contribution_letter_date",
            Field::MonitoringHow => "monitoring_how",
            Field::MonitoringByWhom => "monitoring_by_whom",
            Field::DisagreementAbout => "disagreement_about",
            Field::DisagreementWhy => "disagreement_why",
        }
    }

    /// The id of its input on the page: its name, or for a field of one item among several (a
    /// support, an outcome, a risk, an action) the item's id and its name.
    pub fn input_id(self, item: Option<&str>) -> String {
        match item {
            Some(item) => format!("{item}-{}", self.name()),
            None => self.name().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Field;

    #[test]
    fn each_name_is_the_one_findings_are_written_with() {
        let every = [
            Field::PersonName,
            Field::PlannedBy,
            Field::RepresentativeName,
            Field::RepresentativeRelationship,
            Field::RepresentativeContact,
            Field::RepresentativeBasis,
            Field::AlsoInvolved,
            Field::WhatMatters,
            Field::Strengths,
            Field::Relationships,
            Field::InMyWords,
            Field::HowWeWillKnow,
            Field::Description,
            Field::Provider,
            Field::ProviderName,
            Field::Paid,
            Field::Category,
            Field::PriceItem,
            Field::CostingKind,
            Field::Hours,
            Field::Minutes,
            Field::Sessions,
            Field::Costing,
            Field::Working,
            Field::QuoteAttached,
            Field::Outcomes,
            Field::Supports,
            Field::Contingency,
            Field::Management,
            Field::NomineeName,
            Field::NomineeRelationship,
            Field::NomineeContact,
            Field::NomineeAgreed,
            Field::BackupPlan,
            Field::Contacts,
            Field::WhatCouldGoWrong,
            Field::WhatWeWillDo,
            Field::What,
            Field::Who,
            Field::ByWhen,
            Field::ReviewDate,
            Field::InCouncilWords,
            Field::EligibilityOutcomes,
            Field::Eligible,
            Field::CouncilWillMeet,
            Field::NotMetReason,
            Field::Needs,
            Field::Wellbeing,
            Field::InformationAndAdvice,
            Field::Contribution,
            Field::ContributionAmount,
            Field::ContributionLetterDate,
            Field::MonitoringHow,
            Field::MonitoringByWhom,
            Field::DisagreementAbout,
            Field::DisagreementWhy,
        ];
        let mut names: Vec<&str> = every.iter().map(|f| f.name()).collect();
        for field in every {
            let written = serde_json::to_value(field).unwrap_or_default();
            assert_eq!(written, field.name(), "{field:?}");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), every.len(), "no name twice");
        assert_eq!(Field::Costing.input_id(Some("s2")), "s2-costing");
        assert_eq!(Field::BackupPlan.input_id(None), "backup_plan");
    }
}
