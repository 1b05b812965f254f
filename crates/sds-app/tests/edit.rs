//! Every named edit a page can send, and the limits that keep a plan readable.

mod common;

use common::joan;
use sds_app::choices::CostingKind;
use sds_app::edit::{
    next_id, ActionText, ContactText, EditRefused, Item, OutcomeText, PlanEdit,
    RepresentativeDetail, RiskText, SupportChange, MAX_MINUTES_PER_WEEK,
};
use sds_domain::date::CalendarDate;
use sds_domain::plan::{
    Costing, PlannedBy, Provider, RepresentativeBasis, RuleSetRef, SupportPlan,
};
use sds_domain::rules::answers::Answer;
use sds_domain::rules::format::ManagementOption;

fn empty() -> SupportPlan {
    SupportPlan::new(
        "p1".into(),
        CalendarDate::parse_iso("2026-11-01").unwrap(),
        PlannedBy::ThePerson,
    )
}

fn edited(mut plan: SupportPlan, edits: Vec<PlanEdit>) -> SupportPlan {
    for edit in edits {
        edit.apply(&mut plan).unwrap();
    }
    plan
}

#[test]
fn the_persons_details_and_who_is_planning() {
    let plan = edited(
        empty(),
        vec![
            PlanEdit::SetPersonName("Amira".into()),
            PlanEdit::SetPlannedBy(PlannedBy::SomeoneElse),
            PlanEdit::SetRepresentative(RepresentativeDetail::Name, "Sam".into()),
            PlanEdit::SetRepresentative(RepresentativeDetail::Relationship, "Brother".into()),
            PlanEdit::SetRepresentative(RepresentativeDetail::Contact, "0123".into()),
            PlanEdit::SetRepresentativeBasis(Some(RepresentativeBasis::Deputy)),
            PlanEdit::SetAlsoInvolved(vec!["Pat, neighbour".into(), "Lee".into()]),
        ],
    );
    assert_eq!(plan.person.name, "Amira");
    assert_eq!(plan.planned_by, PlannedBy::SomeoneElse);
    let rep = plan.representative.unwrap();
    assert_eq!(
        (
            rep.name.as_str(),
            rep.relationship.as_str(),
            rep.contact.as_str()
        ),
        ("Sam", "Brother", "0123")
    );
    assert_eq!(rep.basis, Some(RepresentativeBasis::Deputy));
    assert_eq!(plan.also_involved[0].name, "Pat");
    assert_eq!(plan.also_involved[0].relationship, "neighbour");
    assert_eq!(plan.also_involved[1].name, "Lee");
    assert_eq!(plan.also_involved[1].relationship, "");
}

#[test]
fn an_answer_records_the_rule_set_it_was_asked_by() {
    let rule_set = RuleSetRef {
        id: "r".into(),
        version: "1".into(),
        content_hash: "h".into(),
    };
    let plan = edited(
        empty(),
        vec![PlanEdit::Answer {
            question: "q1".into(),
            answer: Answer::YesNo(true),
            rule_set: rule_set.clone(),
        }],
    );
    assert_eq!(plan.answers.0.get("q1"), Some(&Answer::YesNo(true)));
    assert_eq!(plan.rule_set, Some(rule_set));
}

#[test]
fn what_matters() {
    let plan = edited(
        empty(),
        vec![
            PlanEdit::SetWhatMatters("Gardening".into()),
            PlanEdit::SetStrengths(vec!["Patient".into()]),
            PlanEdit::SetRelationships(vec!["My sister".into()]),
        ],
    );
    assert_eq!(plan.what_matters.text, "Gardening");
    assert_eq!(plan.what_matters.strengths, ["Patient"]);
    assert_eq!(plan.what_matters.relationships, ["My sister"]);
}

#[test]
fn outcomes_are_numbered_never_reusing_an_id_and_removing_one_unlinks_it() {
    let mut plan = edited(empty(), vec![PlanEdit::AddOutcome, PlanEdit::AddOutcome]);
    assert_eq!(plan.outcomes[1].id, "o2");
    assert_eq!(next_id(&plan, Item::Outcome), "o3");
    plan = edited(
        plan,
        vec![
            PlanEdit::SetOutcome("o1".into(), OutcomeText::InMyWords, "Walk".into()),
            PlanEdit::SetOutcome("o1".into(), OutcomeText::HowWeWillKnow, "Park".into()),
            PlanEdit::AddSupport { paid: true },
            PlanEdit::ChangeSupport(
                "s1".into(),
                SupportChange::Outcomes(vec!["o1".into(), "o2".into()]),
            ),
            PlanEdit::RemoveOutcome("o1".into()),
            PlanEdit::AddOutcome,
        ],
    );
    assert_eq!(
        plan.outcomes
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>(),
        ["o2", "o3"]
    );
    assert_eq!(
        plan.supports[0].outcomes,
        ["o2"],
        "the removed outcome is unlinked"
    );
    // An edit for an outcome that is gone changes nothing.
    let before = plan.clone();
    let plan = edited(
        plan,
        vec![PlanEdit::SetOutcome(
            "o1".into(),
            OutcomeText::InMyWords,
            "x".into(),
        )],
    );
    assert_eq!(plan, before);
}

#[test]
fn a_support_is_added_with_the_provider_most_have_and_changed_part_by_part() {
    let plan = edited(
        empty(),
        vec![
            PlanEdit::AddSupport { paid: true },
            PlanEdit::AddSupport { paid: false },
        ],
    );
    assert_eq!(plan.supports[0].provider, Provider::PersonalAssistant);
    assert!(plan.supports[0].paid);
    assert_eq!(plan.supports[1].provider, Provider::FamilyOrFriend);
    let change = |c| PlanEdit::ChangeSupport("s1".into(), c);
    let plan = edited(
        plan,
        vec![
            change(SupportChange::Description("Help at home".into())),
            change(SupportChange::Provider(Provider::Agency)),
            change(SupportChange::ProviderName("Acme".into())),
            change(SupportChange::Category(Some("personal_care".into()))),
            change(SupportChange::PriceItem(Some("HC1".into()))),
            change(SupportChange::QuoteAttached(true)),
            change(SupportChange::Management(Some(
                ManagementOption::DirectPaymentPerson,
            ))),
            change(SupportChange::Paid(false)),
            PlanEdit::RemoveSupport("s2".into()),
        ],
    );
    let s = &plan.supports[0];
    assert_eq!(plan.supports.len(), 1);
    assert_eq!(s.description, "Help at home");
    assert_eq!(s.provider, Provider::Agency);
    assert_eq!(s.provider_name, "Acme");
    assert_eq!(s.category.as_deref(), Some("personal_care"));
    assert_eq!(s.price_item.as_deref(), Some("HC1"));
    assert!(s.quote_attached);
    assert_eq!(s.management, Some(ManagementOption::DirectPaymentPerson));
    assert!(!s.paid);
}

#[test]
fn hours_and_minutes_are_kept_apart_and_never_more_than_a_week() {
    let change = |c| PlanEdit::ChangeSupport("s1".into(), c);
    let plan = edited(
        empty(),
        vec![
            PlanEdit::AddSupport { paid: true },
            change(SupportChange::CostingKind(Some(CostingKind::Hourly))),
            change(SupportChange::Hours(10)),
            change(SupportChange::Minutes(30)),
            change(SupportChange::Amount(Some(1_500))),
            change(SupportChange::Hours(12)),
        ],
    );
    assert_eq!(
        plan.supports[0].costing,
        Some(Costing::Hourly {
            minutes_per_week: 12 * 60 + 30,
            hourly_rate_minor: 1_500
        })
    );
    let plan = edited(
        plan,
        vec![
            change(SupportChange::Hours(500)),
            change(SupportChange::Minutes(99)),
        ],
    );
    assert_eq!(
        plan.supports[0].costing,
        Some(Costing::Hourly {
            minutes_per_week: MAX_MINUTES_PER_WEEK,
            hourly_rate_minor: 1_500
        })
    );
    // Choosing the kind it has keeps the amounts; another kind starts again.
    let plan = edited(
        plan,
        vec![change(SupportChange::CostingKind(Some(
            CostingKind::Hourly,
        )))],
    );
    assert!(matches!(
        plan.supports[0].costing,
        Some(Costing::Hourly {
            hourly_rate_minor: 1_500,
            ..
        })
    ));
    let plan = edited(
        plan,
        vec![
            change(SupportChange::CostingKind(Some(CostingKind::Sessions))),
            change(SupportChange::Sessions(1_000)),
            change(SupportChange::Amount(Some(2_000))),
            change(SupportChange::Hours(3)),
        ],
    );
    assert_eq!(
        plan.supports[0].costing,
        Some(Costing::Sessions {
            sessions_per_week: 100,
            price_per_session_minor: 2_000
        }),
        "sessions stop at the most a week; hours do not apply"
    );
    for (kind, expected) in [
        (CostingKind::Weekly, Costing::Weekly { weekly_minor: 9 }),
        (CostingKind::Yearly, Costing::Yearly { yearly_minor: 9 }),
        (CostingKind::OneOff, Costing::OneOff { amount_minor: 9 }),
    ] {
        let plan = edited(
            plan.clone(),
            vec![
                change(SupportChange::CostingKind(Some(kind))),
                change(SupportChange::Amount(Some(9))),
            ],
        );
        assert_eq!(plan.supports[0].costing, Some(expected));
    }
    let typed_wrong = edited(plan.clone(), vec![change(SupportChange::Amount(None))]);
    assert_eq!(
        typed_wrong.supports[0].costing,
        Some(Costing::Sessions {
            sessions_per_week: 100,
            price_per_session_minor: 0
        }),
        "not an amount: the old figure is not kept"
    );
    let plan = edited(
        plan,
        vec![
            change(SupportChange::CostingKind(None)),
            change(SupportChange::Amount(Some(9))),
        ],
    );
    assert_eq!(plan.supports[0].costing, None);
}

#[test]
fn the_contingency_and_the_nominee() {
    let plan = edited(
        empty(),
        vec![
            PlanEdit::SetContingency(Some(2_500)),
            PlanEdit::SetNominee(RepresentativeDetail::Name, "Ann".into()),
            PlanEdit::SetNominee(RepresentativeDetail::Relationship, "Aunt".into()),
            PlanEdit::SetNominee(RepresentativeDetail::Contact, "ann@example.org".into()),
            PlanEdit::SetNomineeAgreed(true),
        ],
    );
    assert_eq!(plan.contingency_weekly_minor, 2_500);
    let plan = edited(plan, vec![PlanEdit::SetContingency(None)]);
    assert_eq!(plan.contingency_weekly_minor, 0, "not an amount holds none");
    let nominee = plan.nominee.unwrap();
    assert_eq!(
        (
            nominee.name.as_str(),
            nominee.relationship.as_str(),
            nominee.contact.as_str()
        ),
        ("Ann", "Aunt", "ann@example.org")
    );
    assert!(nominee.agreed);
}

#[test]
fn staying_safe() {
    let plan = edited(
        empty(),
        vec![
            PlanEdit::SetBackupPlan("Call Sam".into()),
            PlanEdit::AddRisk,
            PlanEdit::AddRisk,
            PlanEdit::SetRisk("r1".into(), RiskText::WhatCouldGoWrong, "A fall".into()),
            PlanEdit::SetRisk(
                "r1".into(),
                RiskText::WhatWeWillDo,
                "A pendant alarm".into(),
            ),
            PlanEdit::RemoveRisk("r2".into()),
            PlanEdit::AddContact,
            PlanEdit::AddContact,
            PlanEdit::SetContact(1, ContactText::Name, "GP".into()),
            PlanEdit::SetContact(1, ContactText::Role, "Doctor".into()),
            PlanEdit::SetContact(1, ContactText::Phone, "999".into()),
            PlanEdit::RemoveContact(0),
            PlanEdit::RemoveContact(9),
            PlanEdit::SetContact(9, ContactText::Name, "nobody".into()),
        ],
    );
    let safe = &plan.staying_safe;
    assert_eq!(safe.backup_plan, "Call Sam");
    assert_eq!(safe.risks.len(), 1);
    assert_eq!(safe.risks[0].what_could_go_wrong, "A fall");
    assert_eq!(safe.risks[0].what_we_will_do, "A pendant alarm");
    assert_eq!(safe.contacts.len(), 1);
    assert_eq!(
        (
            safe.contacts[0].name.as_str(),
            safe.contacts[0].role.as_str(),
            safe.contacts[0].phone.as_str()
        ),
        ("GP", "Doctor", "999")
    );
}

#[test]
fn the_action_plan_and_review() {
    let day = CalendarDate::parse_iso("2027-01-31");
    let plan = edited(
        empty(),
        vec![
            PlanEdit::AddAction,
            PlanEdit::AddAction,
            PlanEdit::SetAction("a1".into(), ActionText::What, "Find a PA".into()),
            PlanEdit::SetAction("a1".into(), ActionText::Who, "Sam".into()),
            PlanEdit::SetActionDate("a1".into(), day),
            PlanEdit::RemoveAction("a2".into()),
            PlanEdit::SetReviewDate(day),
        ],
    );
    assert_eq!(plan.actions.len(), 1);
    assert_eq!(
        (plan.actions[0].what.as_str(), plan.actions[0].who.as_str()),
        ("Find a PA", "Sam")
    );
    assert_eq!(plan.actions[0].by_when, day);
    assert_eq!(plan.review_date, day);
}

#[test]
fn no_text_longer_than_a_plan_holds() {
    let long = "é".repeat(50_001);
    let mut plan = joan();
    let before = plan.clone();
    for edit in [
        PlanEdit::SetPersonName(long.clone()),
        PlanEdit::SetWhatMatters(long.clone()),
        PlanEdit::SetStrengths(vec![long.clone()]),
        PlanEdit::SetBackupPlan(long.clone()),
        PlanEdit::ChangeSupport(
            plan.supports[0].id.clone(),
            SupportChange::Description(long.clone()),
        ),
    ] {
        assert_eq!(
            edit.apply(&mut plan),
            Err(EditRefused::TextTooLong { limit: 50_000 })
        );
    }
    assert_eq!(plan, before, "a refused edit changes nothing");
    // Exactly at the limit is fine.
    PlanEdit::SetWhatMatters("é".repeat(50_000))
        .apply(&mut plan)
        .unwrap();
}

#[test]
fn no_list_longer_than_a_plan_holds() {
    let mut plan = empty();
    for _ in 0..500 {
        PlanEdit::AddOutcome.apply(&mut plan).unwrap();
    }
    assert_eq!(
        PlanEdit::AddOutcome.apply(&mut plan),
        Err(EditRefused::TooMany { limit: 500 })
    );
    assert_eq!(plan.outcomes.len(), 500);
    for edit in [
        PlanEdit::AddRisk,
        PlanEdit::AddContact,
        PlanEdit::AddAction,
        PlanEdit::AddSupport { paid: true },
    ] {
        let mut plan = empty();
        for _ in 0..500 {
            edit.clone().apply(&mut plan).unwrap();
        }
        assert_eq!(
            edit.apply(&mut plan),
            Err(EditRefused::TooMany { limit: 500 })
        );
    }
    assert_eq!(
        PlanEdit::SetStrengths(vec![String::new(); 501]).apply(&mut empty()),
        Err(EditRefused::TooMany { limit: 500 })
    );
}

#[test]
fn an_edited_plan_always_reads_back() {
    use sds_domain::plan::stored::{read_plan, write_plan};
    let mut plan = empty();
    for _ in 0..500 {
        PlanEdit::AddRisk.apply(&mut plan).unwrap();
    }
    PlanEdit::SetWhatMatters("x".repeat(50_000))
        .apply(&mut plan)
        .unwrap();
    assert_eq!(read_plan(&write_plan(&plan)).unwrap(), plan);
}

#[test]
fn a_copy_starts_today_under_its_own_id_with_no_review_date() {
    let plan = joan();
    let today = CalendarDate::parse_iso("2026-12-07").unwrap();
    let copy = sds_app::edit::copy_of(&plan, "copy-1".into(), today);
    assert_eq!(copy.id, "copy-1");
    assert_eq!(copy.started_on, today);
    assert_eq!(copy.review_date, None);
    assert_eq!(copy.what_matters, plan.what_matters);
    assert_eq!(copy.supports, plan.supports);
}
