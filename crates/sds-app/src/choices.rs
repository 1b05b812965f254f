//! The values a person chooses between, one table per kind: each value with the name it is
//! stored under (its serde name, so radio buttons, files and the table can never disagree; a
//! test holds them together), the catalogue key that says it, and its place in a list of
//! choices (the table's order).

use crate::edit::ContributionStatus;
use sds_domain::plan::{Costing, DisagreementAbout, PlannedBy, Provider, RepresentativeBasis};
use sds_domain::rules::format::{ManagementOption, Scheme};
use sds_domain::signing::decision::Verdict;
use sds_domain::signing::signed_plan::SignerRole;

/// One choice: the value, its stored name, the catalogue key that says it, and the key of the
/// hint shown under it, where it has one.
pub struct Entry<T: 'static> {
    pub value: T,
    pub name: &'static str,
    pub key: &'static str,
    pub hint: Option<&'static str>,
}

/// A kind of value offered as a list of choices.
pub trait Choosable: Copy + PartialEq + 'static {
    /// Every value, in the order it is offered.
    const ALL: &'static [Entry<Self>];

    fn entry(self) -> &'static Entry<Self> {
        // Every value is in its table (a test checks each table against serde).
        Self::ALL
            .iter()
            .find(|entry| entry.value == self)
            .unwrap_or(&Self::ALL[0])
    }

    /// The name it is stored under, which is also its radio button's value.
    fn name(self) -> &'static str {
        self.entry().name
    }

    /// The catalogue key that says it.
    fn key(self) -> &'static str {
        self.entry().key
    }

    /// The key of the hint shown under it, if it has one.
    fn hint(self) -> Option<&'static str> {
        self.entry().hint
    }

    /// The value stored under `name`, if any.
    fn named(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|entry| entry.name == name)
            .map(|entry| entry.value)
    }
}

/// Yes or no, for a question a plan holds as a `bool` (or `Option<bool>` while not said): named
/// as serde stores it, `true` and `false`, and said "Yes" and "No".
impl Choosable for bool {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: true,
            name: "true",
            key: "yes",
            hint: None,
        },
        Entry {
            value: false,
            name: "false",
            key: "no",
            hint: None,
        },
    ];
}

impl Choosable for PlannedBy {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: PlannedBy::ThePerson,
            name: "the_person",
            key: "new-plan-myself",
            hint: None,
        },
        Entry {
            value: PlannedBy::SomeoneElse,
            name: "someone_else",
            key: "new-plan-someone",
            hint: Some("new-plan-someone-hint"),
        },
    ];
}

impl Choosable for RepresentativeBasis {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: RepresentativeBasis::ChosenByThePerson,
            name: "chosen_by_the_person",
            key: "basis-chosen",
            hint: Some("basis-chosen-hint"),
        },
        Entry {
            value: RepresentativeBasis::AuthorisedPerson,
            name: "authorised_person",
            key: "basis-authorised",
            hint: Some("basis-authorised-hint"),
        },
        Entry {
            value: RepresentativeBasis::LastingPowerOfAttorney,
            name: "lasting_power_of_attorney",
            key: "basis-attorney",
            hint: Some("basis-attorney-hint"),
        },
        Entry {
            value: RepresentativeBasis::Deputy,
            name: "deputy",
            key: "basis-deputy",
            hint: Some("basis-deputy-hint"),
        },
        Entry {
            value: RepresentativeBasis::Other,
            name: "other",
            key: "basis-other",
            hint: Some("basis-other-hint"),
        },
    ];
}

impl Choosable for Provider {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: Provider::PersonalAssistant,
            name: "personal_assistant",
            key: "provider-pa",
            hint: None,
        },
        Entry {
            value: Provider::Agency,
            name: "agency",
            key: "provider-agency",
            hint: None,
        },
        Entry {
            value: Provider::CommunityGroup,
            name: "community_group",
            key: "provider-community",
            hint: None,
        },
        Entry {
            value: Provider::FamilyOrFriend,
            name: "family_or_friend",
            key: "provider-family",
            hint: None,
        },
        Entry {
            value: Provider::Equipment,
            name: "equipment",
            key: "provider-equipment",
            hint: None,
        },
        Entry {
            value: Provider::Other,
            name: "other",
            key: "provider-other",
            hint: None,
        },
    ];
}

impl Choosable for ManagementOption {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: ManagementOption::DirectPaymentPerson,
            name: "direct_payment_person",
            key: "management-person",
            hint: Some("management-person-hint"),
        },
        Entry {
            value: ManagementOption::DirectPaymentNominee,
            name: "direct_payment_nominee",
            key: "management-nominee",
            hint: Some("management-nominee-hint"),
        },
        Entry {
            value: ManagementOption::IndividualServiceFund,
            name: "individual_service_fund",
            key: "management-isf",
            hint: Some("management-isf-hint"),
        },
        Entry {
            value: ManagementOption::CouncilManaged,
            name: "council_managed",
            key: "management-council",
            hint: Some("management-council-hint"),
        },
    ];
}

/// The catalogue keys of a way of managing the money, its label and hint, as the council's
/// scheme names it. In Scotland they are the options of the Social Care (Self-directed Support)
/// (Scotland) Act 2013, which people there are told about by those names; elsewhere, the
/// table's own words.
pub fn management_words(
    option: ManagementOption,
    scheme: Scheme,
) -> (&'static str, Option<&'static str>) {
    match (scheme, option) {
        (Scheme::Scotland, ManagementOption::DirectPaymentPerson) => (
            "management-scotland-1-person",
            Some("management-scotland-1-person-hint"),
        ),
        (Scheme::Scotland, ManagementOption::DirectPaymentNominee) => (
            "management-scotland-1-nominee",
            Some("management-scotland-1-nominee-hint"),
        ),
        (Scheme::Scotland, ManagementOption::IndividualServiceFund) => {
            ("management-scotland-2", Some("management-scotland-2-hint"))
        }
        (Scheme::Scotland, ManagementOption::CouncilManaged) => {
            ("management-scotland-3", Some("management-scotland-3-hint"))
        }
        (_, option) => (option.key(), option.hint()),
    }
}

/// The plan's option as a whole, where the scheme names one: in Scotland, the option every paid
/// line uses (a direct payment, to the person or a nominee, is Option 1 either way), or Option 4
/// when lines use more than one. `None` elsewhere, or while no line says how it is managed.
pub fn overall_option(
    scheme: Scheme,
    chosen: impl IntoIterator<Item = ManagementOption>,
) -> Option<&'static str> {
    if scheme != Scheme::Scotland {
        return None;
    }
    let mut options = chosen.into_iter().map(|option| match option {
        ManagementOption::DirectPaymentPerson | ManagementOption::DirectPaymentNominee => {
            "management-scotland-1"
        }
        ManagementOption::IndividualServiceFund => "management-scotland-2",
        ManagementOption::CouncilManaged => "management-scotland-3",
    });
    let first = options.next()?;
    if options.all(|option| option == first) {
        Some(first)
    } else {
        Some("management-scotland-4")
    }
}

impl Choosable for ContributionStatus {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: ContributionStatus::Assessed,
            name: "assessed",
            key: "personal-budget-contribution-assessed",
            hint: None,
        },
        Entry {
            value: ContributionStatus::NotAssessedYet,
            name: "not_assessed_yet",
            key: "personal-budget-contribution-not-yet",
            hint: None,
        },
    ];
}

impl Choosable for DisagreementAbout {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: DisagreementAbout::IndicativeBudget,
            name: "indicative_budget",
            key: "personal-budget-about-budget",
            hint: None,
        },
        Entry {
            value: DisagreementAbout::Contribution,
            name: "contribution",
            key: "personal-budget-about-contribution",
            hint: None,
        },
        Entry {
            value: DisagreementAbout::Eligibility,
            name: "eligibility",
            key: "personal-budget-about-eligibility",
            hint: None,
        },
        Entry {
            value: DisagreementAbout::OtherDecision,
            name: "other_decision",
            key: "personal-budget-about-other",
            hint: None,
        },
    ];
}

impl Choosable for SignerRole {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: SignerRole::Person,
            name: "person",
            key: "role-person",
            hint: None,
        },
        Entry {
            value: SignerRole::Nominee,
            name: "nominee",
            key: "role-nominee",
            hint: None,
        },
        Entry {
            value: SignerRole::Representative,
            name: "representative",
            key: "role-representative",
            hint: None,
        },
        Entry {
            value: SignerRole::Witness,
            name: "witness",
            key: "role-witness",
            hint: None,
        },
    ];
}

/// The roles a signer can choose on "Sign your plan" (a witness signs beside them), each with
/// the key of how the choice is put to them.
pub const SIGNING_ROLES: [(SignerRole, &str); 3] = [
    (SignerRole::Person, "sign-role-person"),
    (SignerRole::Nominee, "sign-role-nominee"),
    (SignerRole::Representative, "sign-role-representative"),
];

impl Choosable for Verdict {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: Verdict::Confirmed,
            name: "confirmed",
            key: "decision-option-confirmed",
            hint: None,
        },
        Entry {
            value: Verdict::Changed,
            name: "changed",
            key: "decision-option-changed",
            hint: None,
        },
        Entry {
            value: Verdict::Returned,
            name: "returned",
            key: "decision-option-returned",
            hint: None,
        },
    ];
}

/// The keys of how a council's verdict is told to the person: the sentence saying who decided
/// what and when, and the tag beside it.
pub fn verdict_words(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Confirmed => ("decision-confirmed", "decision-tag-confirmed"),
        Verdict::Changed => ("decision-changed", "decision-tag-changed"),
        Verdict::Returned => ("decision-returned", "decision-tag-returned"),
    }
}

/// On what basis a representative plans, said of them (the form's own words are theirs: "I am
/// their deputy").
pub fn basis_said_of(basis: RepresentativeBasis) -> &'static str {
    match basis {
        RepresentativeBasis::ChosenByThePerson => "document-basis-chosen",
        RepresentativeBasis::AuthorisedPerson => "document-basis-authorised",
        RepresentativeBasis::LastingPowerOfAttorney => "document-basis-attorney",
        RepresentativeBasis::Deputy => "document-basis-deputy",
        RepresentativeBasis::Other => "document-basis-other",
    }
}

/// The key of the declaration a signer in `role` agrees to.
pub fn declaration_key(role: SignerRole) -> &'static str {
    match role {
        SignerRole::Person => "declaration-person",
        SignerRole::Nominee => "declaration-nominee",
        SignerRole::Representative => "declaration-representative",
        SignerRole::Witness => "declaration-witness",
    }
}

/// How a support is costed: the kind of a [`Costing`], chosen before its amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostingKind {
    Hourly,
    Sessions,
    Weekly,
    Yearly,
    OneOff,
}

impl CostingKind {
    /// The kind of this costing.
    pub fn of(costing: &Costing) -> CostingKind {
        match costing {
            Costing::Hourly { .. } => CostingKind::Hourly,
            Costing::Sessions { .. } => CostingKind::Sessions,
            Costing::Weekly { .. } => CostingKind::Weekly,
            Costing::Yearly { .. } => CostingKind::Yearly,
            Costing::OneOff { .. } => CostingKind::OneOff,
        }
    }

    /// A costing of this kind with nothing entered yet.
    pub fn empty(self) -> Costing {
        match self {
            CostingKind::Hourly => Costing::Hourly {
                minutes_per_week: 0,
                hourly_rate_minor: 0,
            },
            CostingKind::Sessions => Costing::Sessions {
                sessions_per_week: 0,
                price_per_session_minor: 0,
            },
            CostingKind::Weekly => Costing::Weekly { weekly_minor: 0 },
            CostingKind::Yearly => Costing::Yearly { yearly_minor: 0 },
            CostingKind::OneOff => Costing::OneOff { amount_minor: 0 },
        }
    }
}

impl Choosable for CostingKind {
    const ALL: &'static [Entry<Self>] = &[
        Entry {
            value: CostingKind::Hourly,
            name: "hourly",
            key: "costing-hourly",
            hint: None,
        },
        Entry {
            value: CostingKind::Sessions,
            name: "sessions",
            key: "costing-sessions",
            hint: None,
        },
        Entry {
            value: CostingKind::Weekly,
            name: "weekly",
            key: "costing-weekly",
            hint: None,
        },
        Entry {
            value: CostingKind::Yearly,
            name: "yearly",
            key: "costing-yearly",
            hint: None,
        },
        Entry {
            value: CostingKind::OneOff,
            name: "one_off",
            key: "costing-one-off",
            hint: None,
        },
    ];
}
