//! Support plans: costing worked out by hand, every check firing when it should (and only then),
//! stored-format upgrades from every released version, and properties of costs and findings.

use proptest::prelude::*;
use sds_domain::date::CalendarDate;
use sds_domain::plan::checks::{assess, Assessment, Section, Severity};
use sds_domain::plan::costing::{costs, duration};
use sds_domain::plan::stored::{read_plan, write_plan, StoredError, CURRENT_VERSION};
use sds_domain::plan::{
    Contribution, Costing, Disagreement, DisagreementAbout, Nominee, PlannedBy, Provider, Support,
    SupportPlan,
};
use sds_domain::rules::format::ManagementOption;
use sds_domain::rules::RuleSet;
use sds_domain::wording::{Catalogue, Message, LANGUAGES};
use serde_json::{json, Value};

mod common;
use common::{amira, catalogue, components, joan, points, repo};

fn english(message: &Message) -> String {
    Catalogue::english().unwrap().message(message)
}

/// Every language has the message and every argument it uses: Fluent marks a missing message
/// with its key and a missing argument with `{$name}`.
fn said_in_every_language(message: &Message) {
    for language in &LANGUAGES {
        let said = catalogue(language).message(message);
        assert!(
            !said.is_empty() && said != message.key && !said.contains('{'),
            "{}: {}: {said}",
            language.tag,
            message.key
        );
    }
}

fn codes(assessment: &Assessment) -> Vec<&'static str> {
    assessment.findings.iter().map(|f| f.code).collect()
}

// ---------------------------------------------------------------- the samples and their costs

#[test]
fn joans_plan_costs_what_was_worked_out_by_hand() {
    let rules = points();
    let assessment = assess(&joan(), &rules);
    let c = &assessment.costs;
    // PA: 7 hours × £15.50 = £108.50; on-costs 8.5 + 3 + 12.07 + 1.5 = 25.07% = £27.2009…, so £27.20.
    assert_eq!(c.lines[0].weekly_pay_minor, 10_850);
    assert_eq!(c.lines[0].weekly_on_costs_minor, 2_720);
    assert_eq!(c.lines[0].weekly_minor, 13_570);
    assert_eq!(c.lines[0].yearly_minor, 13_570 * 52);
    assert_eq!(c.lines[1].weekly_minor, 4_500);
    assert_eq!(c.lines[2].weekly_minor, 3_500);
    assert_eq!(
        (
            c.lines[3].weekly_minor,
            english(&c.lines[3].working).as_str()
        ),
        (0, "Unpaid")
    );
    assert_eq!(
        (c.lines[5].weekly_minor, c.lines[5].one_off_minor),
        (0, 8_500)
    );
    assert_eq!(c.supports.weekly_minor, 13_570 + 4_500 + 3_500);
    assert_eq!(c.contingency.weekly_minor, 700);
    assert_eq!(c.planned.weekly_minor, 22_270);
    assert_eq!(c.planned.yearly_minor, 1_158_040);
    assert_eq!(c.one_off_minor, 8_500);
    assert_eq!(c.left_weekly(25_578), 3_308);
    assert_eq!(c.by_category["personal_care"].weekly_minor, 13_570);
    assert_eq!(c.by_category["equipment"].weekly_minor, 0);
    assert_eq!(
        c.by_management[&Some(ManagementOption::DirectPaymentPerson)].weekly_minor,
        13_570
    );
    assert_eq!(
        c.by_management[&Some(ManagementOption::CouncilManaged)].weekly_minor,
        3_500
    );
    assert_eq!(
        english(&c.lines[0].working),
        "7 hours a week × £15.50 an hour = £108.50 a week, plus employer on-costs of 25.07% (£27.20): £135.70 a week"
    );
    assert_eq!(
        codes(&assessment),
        vec!["within_budget", "one_off_costs", "direct_payment"]
    );
    assert!(assessment.can_be_sent());
}

#[test]
fn amiras_plan_costs_what_was_worked_out_by_hand() {
    let rules = components();
    let assessment = assess(&amira(), &rules);
    let c = &assessment.costs;
    // 22.5 hours × £24.50 = £551.25; a year: × 52.143 = 28,743.82875, half to even: £28,743.83.
    assert_eq!(
        (c.lines[0].weekly_minor, c.lines[0].yearly_minor),
        (55_125, 2_874_383)
    );
    // PA: 20 hours × £16 = £320; on-costs 25.07% = £80.224, so £80.22.
    assert_eq!(
        (
            c.lines[1].weekly_pay_minor,
            c.lines[1].weekly_on_costs_minor
        ),
        (32_000, 8_022)
    );
    assert_eq!(c.lines[2].weekly_minor, 19_000);
    // A yearly break: £1,120 ÷ 52.143 = £21.4794…, so £21.48 a week; the year is exactly £1,120.
    assert_eq!(
        (c.lines[4].weekly_minor, c.lines[4].yearly_minor),
        (2_148, 112_000)
    );
    assert_eq!(c.planned.weekly_minor, 122_495);
    assert_eq!(c.planned.yearly_minor, 6_387_254);
    assert_eq!(
        c.by_management[&Some(ManagementOption::DirectPaymentNominee)].weekly_minor,
        40_022 + 3_000 + 2_148
    );
    assert_eq!(
        codes(&assessment),
        vec![
            "within_budget",
            "contribution_not_assessed",
            "direct_payment",
            "disagreement_recorded"
        ]
    );
    assert_eq!(assessment.budget.as_ref().unwrap().weekly_minor, 125_125);
}

#[test]
fn durations_read_naturally() {
    assert_eq!(english(&duration(0)), "0 minutes");
    assert_eq!(english(&duration(1)), "1 minute");
    assert_eq!(english(&duration(60)), "1 hour");
    assert_eq!(english(&duration(90)), "1 hour 30 minutes");
    assert_eq!(english(&duration(450)), "7 hours 30 minutes");
}

// ---------------------------------------------------------------- every check

/// Each edit of a sample plan that should trigger one check: the code, its severity, and the
/// section and item the finding must point at.
#[test]
fn every_check_fires_on_an_edited_sample_and_points_at_the_right_place() {
    type Edit = fn(&mut SupportPlan);
    let cases: Vec<(&str, Severity, Section, Option<&str>, Edit)> = vec![
        (
            "questions_unanswered",
            Severity::MustFix,
            Section::YourMoney,
            None,
            |p| {
                p.answers.0.remove("washing");
            },
        ),
        (
            "answer_not_valid",
            Severity::MustFix,
            Section::YourMoney,
            None,
            |p| {
                p.answers.0.insert(
                    "washing".into(),
                    sds_domain::rules::answers::Answer::Option("sometimes".into()),
                );
            },
        ),
        (
            "rule_set_not_recorded",
            Severity::WorthChecking,
            Section::YourMoney,
            None,
            |p| p.rule_set = None,
        ),
        (
            "rule_set_differs",
            Severity::WorthChecking,
            Section::YourMoney,
            None,
            |p| {
                if let Some(r) = &mut p.rule_set {
                    r.version = "2025.1".into();
                    r.content_hash = "0".repeat(64);
                }
            },
        ),
        (
            "person_name_missing",
            Severity::MustFix,
            Section::WhoIsPlanning,
            None,
            |p| p.person.name = " ".into(),
        ),
        (
            "representative_details_missing",
            Severity::MustFix,
            Section::WhoIsPlanning,
            None,
            |p| {
                p.planned_by = PlannedBy::SomeoneElse;
                p.representative = None;
            },
        ),
        (
            "what_matters_empty",
            Severity::MustFix,
            Section::WhatMatters,
            None,
            |p| p.what_matters.text.clear(),
        ),
        (
            "no_outcomes",
            Severity::MustFix,
            Section::Outcomes,
            None,
            |p| {
                p.outcomes.clear();
                for s in &mut p.supports {
                    s.outcomes.clear();
                }
            },
        ),
        (
            "no_supports",
            Severity::MustFix,
            Section::Supports,
            None,
            |p| p.supports.clear(),
        ),
        (
            "no_actions",
            Severity::MustFix,
            Section::ActionPlan,
            None,
            |p| p.actions.clear(),
        ),
        (
            "outcome_without_measure",
            Severity::WorthChecking,
            Section::Outcomes,
            Some("o2"),
            |p| p.outcomes[1].how_we_will_know.clear(),
        ),
        (
            "support_not_described",
            Severity::MustFix,
            Section::Supports,
            Some("s2"),
            |p| p.supports[1].description.clear(),
        ),
        (
            "support_serves_missing_outcome",
            Severity::MustFix,
            Section::Supports,
            Some("s3"),
            |p| p.supports[2].outcomes.push("o9".into()),
        ),
        (
            "category_not_allowed",
            Severity::MustFix,
            Section::Supports,
            Some("s3"),
            |p| p.supports[2].category = Some("gambling".into()),
        ),
        (
            "unknown_category",
            Severity::MustFix,
            Section::Supports,
            Some("s3"),
            |p| p.supports[2].category = Some("holidays".into()),
        ),
        (
            "category_missing",
            Severity::MustFix,
            Section::Supports,
            Some("s3"),
            |p| p.supports[2].category = None,
        ),
        (
            "paid_support_without_outcome",
            Severity::WorthChecking,
            Section::Supports,
            Some("s3"),
            |p| {
                p.supports[2].outcomes.clear();
                p.supports[3].outcomes.clear();
            },
        ),
        (
            "support_not_costed",
            Severity::MustFix,
            Section::Supports,
            Some("s3"),
            |p| p.supports[2].costing = None,
        ),
        (
            "unknown_price_item",
            Severity::MustFix,
            Section::Supports,
            Some("s2"),
            |p| p.supports[1].price_item = Some("NOPE".into()),
        ),
        (
            "price_above_cap",
            Severity::MustFix,
            Section::Supports,
            Some("s1"),
            |p| {
                p.supports[0].costing = Some(Costing::Hourly {
                    minutes_per_week: 420,
                    hourly_rate_minor: 1651,
                });
            },
        ),
        (
            "quote_needed",
            Severity::MustFix,
            Section::Supports,
            Some("s6"),
            |p| p.supports[5].quote_attached = false,
        ),
        (
            "outcome_without_support",
            Severity::MustFix,
            Section::Outcomes,
            Some("o1"),
            |p| {
                p.supports[0].outcomes.clear();
                p.supports[5].outcomes.clear();
            },
        ),
        (
            "management_missing",
            Severity::MustFix,
            Section::ManagingTheMoney,
            Some("s3"),
            |p| p.supports[2].management = None,
        ),
        (
            "management_not_offered",
            Severity::MustFix,
            Section::ManagingTheMoney,
            Some("s3"),
            |_| {},
        ),
        (
            "service_fund_provider_missing",
            Severity::MustFix,
            Section::Supports,
            Some("s2"),
            |p| p.supports[1].provider_name.clear(),
        ),
        (
            "nominee_details_missing",
            Severity::MustFix,
            Section::ManagingTheMoney,
            None,
            |p| {
                p.supports[2].management = Some(ManagementOption::DirectPaymentNominee);
            },
        ),
        (
            "no_backup_plan",
            Severity::MustFix,
            Section::StayingSafe,
            None,
            |p| p.staying_safe.backup_plan.clear(),
        ),
        (
            "no_safety_contacts",
            Severity::WorthChecking,
            Section::StayingSafe,
            None,
            |p| p.staying_safe.contacts.clear(),
        ),
        (
            "risk_without_plan",
            Severity::WorthChecking,
            Section::StayingSafe,
            Some("r1"),
            |p| p.staying_safe.risks[0].what_we_will_do.clear(),
        ),
        (
            "no_review_date",
            Severity::MustFix,
            Section::Review,
            None,
            |p| p.review_date = None,
        ),
        (
            "review_date_too_early",
            Severity::MustFix,
            Section::Review,
            None,
            |p| p.review_date = CalendarDate::new(2026, 11, 1),
        ),
        (
            "over_budget",
            Severity::WorthChecking,
            Section::Supports,
            None,
            |p| {
                p.supports[2].costing = Some(Costing::Weekly {
                    weekly_minor: 10_000,
                });
            },
        ),
        (
            "contingency_below_minimum",
            Severity::MustFix,
            Section::Supports,
            None,
            |p| p.contingency_weekly_minor = 639,
        ),
        (
            "no_assessed_needs",
            Severity::MustFix,
            Section::AssessedNeeds,
            None,
            |p| {
                p.needs.clear();
                for s in &mut p.supports {
                    s.needs.clear();
                }
            },
        ),
        (
            "need_not_described",
            Severity::MustFix,
            Section::AssessedNeeds,
            Some("n2"),
            |p| p.needs[1].in_council_words = "  ".into(),
        ),
        (
            "unknown_eligibility_outcome",
            Severity::MustFix,
            Section::AssessedNeeds,
            Some("n1"),
            |p| p.needs[0].eligibility_outcomes.push("flying".into()),
        ),
        (
            "need_eligibility_not_said",
            Severity::MustFix,
            Section::AssessedNeeds,
            Some("n4"),
            |p| p.needs[3].eligible = None,
        ),
        (
            "eligible_need_without_outcome",
            Severity::WorthChecking,
            Section::AssessedNeeds,
            Some("n2"),
            |p| p.needs[1].eligibility_outcomes.clear(),
        ),
        (
            "need_meeting_not_said",
            Severity::MustFix,
            Section::AssessedNeeds,
            Some("n3"),
            |p| p.needs[2].council_will_meet = None,
        ),
        (
            "need_not_met",
            Severity::MustFix,
            Section::AssessedNeeds,
            Some("n3"),
            |p| {
                for s in &mut p.supports {
                    s.needs.retain(|n| n != "n3");
                }
            },
        ),
        (
            "support_meets_missing_need",
            Severity::MustFix,
            Section::Supports,
            Some("s4"),
            |p| p.supports[3].needs.push("n9".into()),
        ),
        (
            "unknown_wellbeing",
            Severity::MustFix,
            Section::AssessedNeeds,
            None,
            |p| p.wellbeing.push("happiness".into()),
        ),
        (
            "wellbeing_not_said",
            Severity::WorthChecking,
            Section::AssessedNeeds,
            None,
            |p| p.wellbeing.clear(),
        ),
        (
            "no_information_and_advice",
            Severity::MustFix,
            Section::AssessedNeeds,
            None,
            |p| p.information_and_advice.clear(),
        ),
        (
            "contribution_not_stated",
            Severity::MustFix,
            Section::PersonalBudget,
            None,
            |p| p.contribution = None,
        ),
        (
            "contribution_letter_date_missing",
            Severity::MustFix,
            Section::PersonalBudget,
            None,
            |p| {
                p.contribution = Some(Contribution::Assessed {
                    weekly_minor: 4250,
                    letter_dated: None,
                })
            },
        ),
        (
            "contribution_not_assessed",
            Severity::ForInformation,
            Section::PersonalBudget,
            None,
            |p| p.contribution = Some(Contribution::NotAssessedYet),
        ),
        (
            "contribution_above_budget",
            Severity::WorthChecking,
            Section::PersonalBudget,
            None,
            |p| {
                p.contribution = Some(Contribution::Assessed {
                    weekly_minor: 30_000,
                    letter_dated: CalendarDate::new(2026, 11, 12),
                })
            },
        ),
        (
            "direct_payment_payees_mixed",
            Severity::WorthChecking,
            Section::ManagingTheMoney,
            None,
            |p| {
                p.supports[5].management = Some(ManagementOption::DirectPaymentNominee);
                p.nominee = Some(Nominee {
                    name: "Mary Okafor".into(),
                    relationship: "Sister".into(),
                    contact: "07700 900123".into(),
                    agreed: true,
                });
            },
        ),
        (
            "monitoring_not_said",
            Severity::MustFix,
            Section::Review,
            None,
            |p| p.monitoring.by_whom.clear(),
        ),
        (
            "disagreement_without_reason",
            Severity::MustFix,
            Section::PersonalBudget,
            None,
            |p| {
                p.disagreement = Some(Disagreement {
                    about: Some(DisagreementAbout::Contribution),
                    why: " ".into(),
                })
            },
        ),
        (
            "disagreement_recorded",
            Severity::ForInformation,
            Section::PersonalBudget,
            None,
            |p| {
                p.disagreement = Some(Disagreement {
                    about: Some(DisagreementAbout::Contribution),
                    why: "The letter counts my savings twice.".into(),
                })
            },
        ),
    ];
    let rules = points();
    for (code, severity, section, item, edit) in cases {
        let mut plan = joan();
        edit(&mut plan);
        let rules = if code == "management_not_offered" {
            // A council that does not offer council-managed support.
            let mut value: Value =
                serde_json::from_str(&repo("static/rules/northshire-points-2026.json")).unwrap();
            value["spending"]["management_options"] = json!([
                "direct_payment_person",
                "direct_payment_nominee",
                "individual_service_fund"
            ]);
            plan.rule_set = None;
            &RuleSet::load(&value.to_string()).unwrap()
        } else {
            &rules
        };
        let assessment = assess(&plan, rules);
        let finding = assessment
            .findings
            .iter()
            .find(|f| f.code == code)
            .unwrap_or_else(|| panic!("{code} did not fire: {:?}", codes(&assessment)));
        assert_eq!(finding.severity, severity, "{code}");
        assert_eq!(finding.place.section, section, "{code}");
        assert_eq!(finding.place.item.as_deref(), item, "{code}");
        said_in_every_language(&finding.message);
        said_in_every_language(&finding.how_to_fix);
        assert_eq!(
            assessment.can_be_sent(),
            !assessment
                .findings
                .iter()
                .any(|f| f.severity == Severity::MustFix)
        );
    }
}

#[test]
fn checks_do_not_fire_on_the_samples() {
    // The samples exercise nominees, representatives, service funds, quotes, price caps at
    // exactly the cap, unpaid support and yearly costs, and pass every check.
    assert_eq!(
        codes(&assess(&joan(), &points())),
        vec!["within_budget", "one_off_costs", "direct_payment"]
    );
    assert_eq!(
        codes(&assess(&amira(), &components())),
        vec![
            "within_budget",
            "contribution_not_assessed",
            "direct_payment",
            "disagreement_recorded"
        ]
    );
}

#[test]
fn a_scottish_council_names_its_four_options_in_findings() {
    // A council in Scotland that does not offer council-managed support (Option 3).
    let mut value: Value =
        serde_json::from_str(&repo("static/rules/northshire-points-2026.json")).unwrap();
    value["care_and_support"]["scheme"] = json!("scotland");
    value["spending"]["management_options"] = json!([
        "direct_payment_person",
        "direct_payment_nominee",
        "individual_service_fund"
    ]);
    let scotland = RuleSet::load(&value.to_string()).unwrap();
    let mut plan = joan();
    plan.rule_set = None;
    let assessment = assess(&plan, &scotland);
    let finding = assessment
        .findings
        .iter()
        .find(|f| f.code == "management_not_offered")
        .unwrap_or_else(|| panic!("did not fire: {:?}", codes(&assessment)));
    assert_eq!(
        english(&finding.message),
        "\"Hot meals delivered on weekdays\" is to be managed as Option 3, arranged by the \
         council, which the council does not offer"
    );
    said_in_every_language(&finding.message);
    // Offered again, the finding clears; in England the same option keeps England's words.
    value["spending"]["management_options"] = json!([
        "direct_payment_person",
        "direct_payment_nominee",
        "individual_service_fund",
        "council_managed"
    ]);
    let offered = RuleSet::load(&value.to_string()).unwrap();
    assert!(!codes(&assess(&plan, &offered)).contains(&"management_not_offered"));
    value["care_and_support"]["scheme"] = json!("england");
    value["spending"]["management_options"] = json!(["direct_payment_person"]);
    let england = RuleSet::load(&value.to_string()).unwrap();
    let english_finding = assess(&plan, &england)
        .findings
        .into_iter()
        .find(|f| f.code == "management_not_offered" && f.place.item.as_deref() == Some("s3"))
        .unwrap();
    assert!(english(&english_finding.message).contains("as council-managed support"));
}

#[test]
fn findings_read_well() {
    let mut plan = joan();
    plan.supports[2].costing = Some(Costing::Weekly {
        weekly_minor: 10_000,
    });
    plan.planned_by = PlannedBy::SomeoneElse;
    plan.representative = Some(sds_domain::plan::Representative {
        name: "Mary".into(),
        ..Default::default()
    });
    let assessment = assess(&plan, &points());
    let message = |code: &str| {
        let message = assessment
            .findings
            .iter()
            .find(|f| f.code == code)
            .unwrap()
            .message
            .clone();
        english(&message)
    };
    assert_eq!(
        message("over_budget"),
        "The plan costs £287.70 a week, £31.92 more than the indicative budget of £255.78. It can still be sent: the council's panel will look at it"
    );
    assert_eq!(
        message("representative_details_missing"),
        "The plan is being made for Joan by someone else, but their relationship to the person, contact details and basis for planning for them are missing"
    );
    // Must-fix findings come first.
    assert_eq!(assessment.findings[0].severity, Severity::MustFix);
}

#[test]
fn a_plan_with_a_yearly_cost_is_not_compared_with_a_unit_cap() {
    let mut plan = amira();
    plan.supports[4].price_item = Some("RESPITE-NIGHT".into());
    plan.supports[4].quote_attached = true;
    assert_eq!(
        codes(&assess(&plan, &components())),
        vec![
            "within_budget",
            "contribution_not_assessed",
            "direct_payment",
            "disagreement_recorded"
        ]
    );
}

#[test]
fn task_statuses_follow_the_plan_and_its_findings() {
    use sds_domain::plan::progress::{status, Status, Task, TASKS};
    let rules = points();
    let joan = joan();
    let done = assess(&joan, &rules);
    for task in TASKS {
        assert_eq!(status(&joan, &done, task), Status::Completed, "{task:?}");
    }
    let empty = SupportPlan::new(
        "x".into(),
        CalendarDate::new(2026, 11, 27).unwrap(),
        PlannedBy::ThePerson,
    );
    let nothing = assess(&empty, &rules);
    assert_eq!(
        status(&empty, &nothing, Task::ManagingTheMoney),
        Status::CannotStartYet
    );
    for task in TASKS.into_iter().filter(|t| *t != Task::ManagingTheMoney) {
        assert_eq!(
            status(&empty, &nothing, task),
            Status::NotYetStarted,
            "{task:?}"
        );
    }
    let mut half = joan.clone();
    half.review_date = None;
    half.answers.0.remove("washing");
    let findings = assess(&half, &rules);
    assert_eq!(
        status(&half, &findings, Task::ActionPlanAndReview),
        Status::InProgress
    );
    assert_eq!(
        status(&half, &findings, Task::FindOutYourMoney),
        Status::InProgress
    );
    assert_eq!(
        status(&half, &findings, Task::WhatMatters),
        Status::Completed
    );
    assert_eq!(Task::of(Section::Review), Task::ActionPlanAndReview);
}

// ---------------------------------------------------------------- stored formats

#[test]
fn every_released_format_still_reads() {
    let v1 = read_plan(&repo("crates/sds-domain/tests/fixtures/plans/v1.json")).unwrap();
    assert_eq!(v1.id, "0f3a9c2e7b1d4a6f8e2c5b9d1a3f7e40");
    assert_eq!(v1.planned_by, PlannedBy::SomeoneElse);
    assert_eq!(v1.started_on, CalendarDate::new(2026, 11, 27).unwrap());
    assert!(v1.supports.is_empty());
    // Version 2 had none of what the law asks a council to sign off: it reads as Joan's plan
    // without it, its contribution unsaid (never taken as nothing), so the checks ask for it.
    let v2 = read_plan(&repo("crates/sds-domain/tests/fixtures/plans/v2.json")).unwrap();
    let mut joan_then = joan();
    joan_then.needs.clear();
    joan_then.wellbeing.clear();
    joan_then.information_and_advice.clear();
    joan_then.contribution = None;
    joan_then.monitoring = Default::default();
    for support in &mut joan_then.supports {
        support.needs.clear();
    }
    joan_then.rule_set = v2.rule_set.clone();
    assert_eq!(v2, joan_then);
    let must_fix: Vec<&str> = assess(&v2, &points())
        .findings
        .iter()
        .filter(|f| f.severity == Severity::MustFix)
        .map(|f| f.code)
        .collect();
    assert_eq!(
        must_fix,
        [
            "no_assessed_needs",
            "no_information_and_advice",
            "monitoring_not_said",
            "contribution_not_stated"
        ]
    );
    let v3 = read_plan(&repo("crates/sds-domain/tests/fixtures/plans/v3.json")).unwrap();
    assert_eq!(v3, joan());
    assert_eq!(
        CURRENT_VERSION, 3,
        "a new version needs a fixture in tests/fixtures/plans"
    );
}

#[test]
fn writing_and_reading_gives_the_same_plan() {
    for plan in [joan(), amira()] {
        let text = write_plan(&plan);
        assert!(text.starts_with(r#"{"format":"sds-support-plan","format_version":3,"plan":"#));
        assert_eq!(read_plan(&text).unwrap(), plan);
    }
}

#[test]
fn bad_stored_plans_are_refused_with_reasons() {
    let error = |text: &str| read_plan(text).unwrap_err();
    assert!(matches!(error("not json"), StoredError::NotJson(_)));
    assert_eq!(error("[]"), StoredError::NotAPlan);
    assert_eq!(
        error(r#"{"format":"sds-rule-set","format_version":1}"#),
        StoredError::NotAPlan
    );
    assert_eq!(
        error(r#"{"format":"sds-support-plan","format_version":9,"plan":{}}"#),
        StoredError::TooNew(9)
    );
    assert_eq!(
        english(&error(r#"{"format":"sds-support-plan","format_version":9,"plan":{}}"#).message()),
        "this plan was saved by a newer version of the app (plan format 9); update the app to open it"
    );
    let bad_date = error(
        r#"{"format":"sds-support-plan","format_version":2,"plan":{"id":"x","started_on":"27/11/2026","planned_by":"the_person"}}"#,
    );
    assert!(
        english(&bad_date.message()).starts_with("the plan is damaged at plan.started_on:"),
        "{bad_date:?}"
    );
    let mut plan = joan();
    plan.supports[0].costing = Some(Costing::Hourly {
        minutes_per_week: 20_000,
        hourly_rate_minor: 1,
    });
    assert_eq!(
        english(&read_plan(&write_plan(&plan)).unwrap_err().message()),
        "the plan is damaged at plan.supports[0].costing: 20000 minutes is more than there are in a week"
    );
    plan.supports[0].costing = Some(Costing::Weekly { weekly_minor: -5 });
    assert!(
        english(&read_plan(&write_plan(&plan)).unwrap_err().message())
            .contains("-5 is not an amount")
    );
}

// ---------------------------------------------------------------- properties

fn paid_support(id: usize, costing: Costing, personal_assistant: bool) -> Support {
    Support {
        id: format!("p{id}"),
        description: format!("Support {id}"),
        provider: if personal_assistant {
            Provider::PersonalAssistant
        } else {
            Provider::Agency
        },
        provider_name: "Provider".into(),
        paid: true,
        outcomes: vec!["o1".into()],
        needs: Vec::new(),
        category: Some("personal_care".into()),
        price_item: None,
        costing: Some(costing),
        management: Some(ManagementOption::CouncilManaged),
        quote_attached: false,
    }
}

fn costing_strategy() -> impl Strategy<Value = Costing> {
    prop_oneof![
        (0u32..=10_080, 0i64..100_000).prop_map(|(m, r)| Costing::Hourly {
            minutes_per_week: m,
            hourly_rate_minor: r
        }),
        (0u32..=100, 0i64..100_000).prop_map(|(n, p)| Costing::Sessions {
            sessions_per_week: n,
            price_per_session_minor: p
        }),
        (0i64..10_000_000).prop_map(|w| Costing::Weekly { weekly_minor: w }),
        (0i64..100_000_000).prop_map(|y| Costing::Yearly { yearly_minor: y }),
        (0i64..10_000_000).prop_map(|a| Costing::OneOff { amount_minor: a }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn totals_are_the_sums_of_their_lines(lines in prop::collection::vec((costing_strategy(), any::<bool>(), any::<bool>()), 0..30), contingency in 0i64..100_000) {
        let rules = components();
        let mut plan = amira();
        plan.supports = lines.iter().enumerate().map(|(i, (costing, pa, paid))| {
            let mut support = paid_support(i, *costing, *pa);
            support.paid = *paid;
            support
        }).collect();
        plan.contingency_weekly_minor = contingency;
        let c = costs(&plan, &rules);
        let paid = |i: &usize| plan.supports[*i].paid;
        let indices: Vec<usize> = (0..plan.supports.len()).filter(paid).collect();
        prop_assert_eq!(c.supports.weekly_minor, indices.iter().map(|i| c.lines[*i].weekly_minor).sum::<i64>());
        prop_assert_eq!(c.supports.yearly_minor, indices.iter().map(|i| c.lines[*i].yearly_minor).sum::<i64>());
        prop_assert_eq!(c.one_off_minor, indices.iter().map(|i| c.lines[*i].one_off_minor).sum::<i64>());
        prop_assert_eq!(c.planned.weekly_minor, c.supports.weekly_minor + contingency);
        prop_assert_eq!(c.by_category.values().map(|a| a.weekly_minor).sum::<i64>(), c.supports.weekly_minor);
        prop_assert_eq!(c.by_management.values().map(|a| a.yearly_minor).sum::<i64>(), c.supports.yearly_minor);
        for line in &c.lines {
            prop_assert_eq!(line.weekly_minor, line.weekly_pay_minor + line.weekly_on_costs_minor);
        }
    }

    #[test]
    fn adding_a_paid_line_never_lowers_the_total(costing in costing_strategy(), pa in any::<bool>()) {
        let rules = points();
        let mut plan = joan();
        let before = costs(&plan, &rules);
        plan.supports.push(paid_support(99, costing, pa));
        let after = costs(&plan, &rules);
        prop_assert!(after.planned.weekly_minor >= before.planned.weekly_minor);
        prop_assert!(after.planned.yearly_minor >= before.planned.yearly_minor);
        prop_assert!(after.one_off_minor >= before.one_off_minor);
    }

    /// Whatever is removed from or blanked in a plan, every finding points at a section, and an
    /// item that exists in that section.
    #[test]
    fn every_finding_points_at_something_that_exists(drops in prop::collection::vec(any::<u8>(), 0..12)) {
        let rules = points();
        let mut plan = joan();
        for drop in drops {
            match drop % 14 {
                0 if !plan.supports.is_empty() => { plan.supports.remove(usize::from(drop) % plan.supports.len()); }
                1 if !plan.outcomes.is_empty() => { plan.outcomes.remove(usize::from(drop) % plan.outcomes.len()); }
                2 => { plan.what_matters.text.clear(); }
                3 => { plan.review_date = None; }
                4 => { plan.staying_safe.backup_plan.clear(); }
                5 if !plan.staying_safe.risks.is_empty() => { plan.staying_safe.risks[0].what_we_will_do.clear(); }
                6 if !plan.supports.is_empty() => { let i = usize::from(drop) % plan.supports.len(); plan.supports[i].management = None; }
                7 if !plan.supports.is_empty() => { let i = usize::from(drop) % plan.supports.len(); plan.supports[i].category = Some("gambling".into()); }
                8 => { plan.answers.0.clear(); }
                9 if !plan.outcomes.is_empty() => { plan.outcomes[0].how_we_will_know.clear(); }
                10 => { plan.planned_by = PlannedBy::SomeoneElse; }
                11 if !plan.supports.is_empty() => { plan.supports[0].management = Some(ManagementOption::DirectPaymentNominee); }
                12 if !plan.needs.is_empty() => { plan.needs.remove(usize::from(drop) % plan.needs.len()); }
                13 if !plan.supports.is_empty() => { let i = usize::from(drop) % plan.supports.len(); plan.supports[i].needs.clear(); }
                _ => {}
            }
        }
        let assessment = assess(&plan, &rules);
        for finding in &assessment.findings {
            if let Some(item) = &finding.place.item {
                let exists = match finding.place.section {
                    Section::Supports | Section::ManagingTheMoney => plan.supports.iter().any(|s| &s.id == item),
                    Section::Outcomes => plan.outcomes.iter().any(|o| &o.id == item),
                    Section::StayingSafe => plan.staying_safe.risks.iter().any(|r| &r.id == item),
                    Section::ActionPlan => plan.actions.iter().any(|a| &a.id == item),
                    Section::AssessedNeeds => plan.needs.iter().any(|n| &n.id == item),
                    _ => false,
                };
                prop_assert!(exists, "{:?} points at {} which is not in the plan", finding.code, item);
            }
        }
    }
}

#[test]
fn a_plan_beyond_its_limits_is_refused_saying_which() {
    let mut plan = joan();
    let support = plan.supports[0].clone();
    plan.supports = (0..501)
        .map(|i| Support {
            id: format!("s{i}"),
            ..support.clone()
        })
        .collect();
    match read_plan(&write_plan(&plan)) {
        Err(StoredError::Invalid { path, message }) => {
            assert_eq!(path, "plan.supports");
            assert_eq!(
                english(&message),
                "has 501 items; a plan holds at most 500 in any list"
            );
        }
        other => panic!("{other:?}"),
    }
    plan.supports.truncate(500);
    assert!(
        read_plan(&write_plan(&plan)).is_ok(),
        "500 supports is a plan"
    );
    plan.what_matters.text = "a".repeat(sds_domain::limits::PLAN_TEXT_CHARS + 1);
    assert!(matches!(
        read_plan(&write_plan(&plan)),
        Err(StoredError::TooLarge(
            sds_domain::limits::Exceeded::StringChars { limit: 50_000, .. }
        ))
    ));
    // Small enough, and no list too long, but so many small items that reading would build a
    // value for each: refused before it is read.
    let many = format!(
        r#"{{"format": "sds-support-plan", "format_version": 2, "plan": [{}]}}"#,
        vec![format!("[{}]", vec!["{}"; 4_000].join(",")); 60].join(",")
    );
    assert!(many.len() < sds_domain::limits::PLAN.max_bytes);
    assert!(matches!(
        read_plan(&many),
        Err(StoredError::TooLarge(
            sds_domain::limits::Exceeded::TotalItems { limit: 200_000, .. }
        ))
    ));
}

/// The personal budget's three parts and the direct payment, worked out by hand.
///
/// Joan (points rules: 52 weeks a year, paid net, every four weeks): the cost is the indicative
/// £255.78 a week, £13,300.56 a year; her letter of 12 November 2026 says £42.50 a week, so
/// £42.50 × 52 = £2,210.00 a year; the council pays £255.78 − £42.50 = £213.28 a week and
/// £13,300.56 − £2,210.00 = £11,090.56 a year. Her direct payment pays her personal assistant
/// (£135.70 a week with on-costs; the shower seat is one-off, so nothing weekly): net of her
/// contribution £135.70 − £42.50 = £93.20 a week, × 4 = £372.80 every four weeks, to her.
///
/// Amira (components rules: 52.143 weeks a year, paid gross, monthly): not assessed yet, so the
/// council's part is not known. Her nominee Leila is paid for the personal assistant (£400.22),
/// the taxi (£30.00) and the short break (£21.48): £451.70 a week in full, and £451.70 × 52.143
/// ÷ 12 = £1,962.749… so £1,962.75 a month.
#[test]
fn the_personal_budget_in_three_parts_is_what_was_worked_out_by_hand() {
    use sds_domain::plan::personal_budget::{ContributionPart, Payee};
    use sds_domain::rules::format::{ContributionBasis, PaymentFrequency};
    let joan = assess(&joan(), &points()).personal_budget.unwrap();
    assert_eq!(
        (joan.cost.weekly_minor, joan.cost.yearly_minor),
        (25_578, 1_330_056)
    );
    assert_eq!(joan.contribution.weekly_minor(), Some(4_250));
    let ContributionPart::Assessed {
        amounts,
        letter_dated,
    } = &joan.contribution
    else {
        panic!("assessed");
    };
    assert_eq!(amounts.yearly_minor, 221_000);
    assert_eq!(*letter_dated, CalendarDate::new(2026, 11, 12));
    let council = joan.council.unwrap();
    assert_eq!(
        (council.weekly_minor, council.yearly_minor),
        (21_328, 1_109_056)
    );
    let payment = joan.direct_payment.unwrap();
    assert_eq!(payment.payee, Payee::Person);
    assert_eq!(
        (payment.basis, payment.frequency),
        (ContributionBasis::Net, PaymentFrequency::FourWeekly)
    );
    assert_eq!(payment.supports_weekly_minor, 13_570);
    assert_eq!(payment.weekly_minor, Some(9_320));
    assert_eq!(payment.per_payment_minor, Some(37_280));
    assert_eq!(payment.paid_to_council_weekly_minor, Some(0));
    assert_eq!(payment.supports, ["s1", "s6"]);
    assert_eq!(payment.needs, ["n1"]);
    assert_eq!(
        english(&payment.working),
        "£135.70 a week of support managed by direct payment, less the contribution of £42.50: \
         £93.20 a week; £93.20 × 4 weeks = £372.80 every four weeks"
    );

    let amira = assess(&amira(), &components()).personal_budget.unwrap();
    assert_eq!(amira.contribution, ContributionPart::NotAssessedYet);
    assert_eq!(amira.council, None);
    let payment = amira.direct_payment.unwrap();
    assert_eq!(payment.payee, Payee::Nominee);
    assert_eq!(payment.nominee_name.as_deref(), Some("Leila Haddad"));
    assert_eq!(
        (payment.basis, payment.frequency),
        (ContributionBasis::Gross, PaymentFrequency::Monthly)
    );
    assert_eq!(payment.supports_weekly_minor, 45_170);
    assert_eq!(payment.per_payment_minor, Some(196_275));
    assert_eq!(payment.paid_to_council_weekly_minor, None);
    assert_eq!(payment.needs, ["n2"]);
}

/// Paid net, a contribution larger than what the direct payment pays for leaves a payment of
/// nothing and the rest paid to the council; with the contribution not known, a net payment is
/// not known either, never worked out as if it were nothing.
#[test]
fn a_net_direct_payment_never_goes_below_nothing_or_guesses() {
    let mut plan = joan();
    plan.contribution = Some(Contribution::Assessed {
        weekly_minor: 20_000,
        letter_dated: CalendarDate::new(2026, 11, 12),
    });
    let personal = assess(&plan, &points()).personal_budget.unwrap();
    let payment = personal.direct_payment.unwrap();
    assert_eq!(payment.weekly_minor, Some(0));
    assert_eq!(payment.paid_to_council_weekly_minor, Some(20_000 - 13_570));
    assert_eq!(personal.council.unwrap().weekly_minor, 25_578 - 20_000);

    plan.contribution = Some(Contribution::NotAssessedYet);
    let personal = assess(&plan, &points()).personal_budget.unwrap();
    let payment = personal.direct_payment.unwrap();
    assert_eq!(
        (payment.weekly_minor, payment.per_payment_minor),
        (None, None)
    );
    assert_eq!(personal.council, None);

    // Nothing managed by direct payment: no direct payment, and no finding about one.
    for support in &mut plan.supports {
        if support.paid {
            support.management = Some(ManagementOption::CouncilManaged);
        }
    }
    let assessment = assess(&plan, &points());
    assert!(assessment
        .personal_budget
        .as_ref()
        .is_some_and(|p| p.direct_payment.is_none()));
    assert!(!codes(&assessment).contains(&"direct_payment"));
}

/// Each of the law's checks clears when the plan says what it asks for.
#[test]
fn the_law_s_checks_clear_when_the_plan_says_what_they_ask() {
    type Edit = fn(&mut SupportPlan);
    let cases: Vec<(&str, Edit, Edit)> = vec![
        (
            "need_not_met",
            |p| {
                p.supports
                    .iter_mut()
                    .for_each(|s| s.needs.retain(|n| n != "n3"))
            },
            |p| {
                p.needs[2].not_met_reason =
                    "The day centre meets this; it is not in the budget.".into()
            },
        ),
        (
            "need_meeting_not_said",
            |p| p.needs[2].council_will_meet = None,
            |p| p.needs[2].council_will_meet = Some(false),
        ),
        (
            "contribution_letter_date_missing",
            |p| {
                p.contribution = Some(Contribution::Assessed {
                    weekly_minor: 4250,
                    letter_dated: None,
                })
            },
            |p| {
                p.contribution = Some(Contribution::Assessed {
                    weekly_minor: 4250,
                    letter_dated: CalendarDate::new(2026, 11, 12),
                })
            },
        ),
        (
            "contribution_not_stated",
            |p| p.contribution = None,
            |p| p.contribution = Some(Contribution::NotAssessedYet),
        ),
        (
            "disagreement_without_reason",
            |p| {
                p.disagreement = Some(Disagreement {
                    about: None,
                    why: String::new(),
                })
            },
            |p| {
                if let Some(d) = &mut p.disagreement {
                    d.why = "Two carers are needed in the evening.".into();
                }
            },
        ),
        (
            "monitoring_not_said",
            |p| p.monitoring.how.clear(),
            |p| p.monitoring.how = "A review call after six weeks".into(),
        ),
        (
            "no_information_and_advice",
            |p| p.information_and_advice.clear(),
            |p| p.information_and_advice = "Told about the falls class".into(),
        ),
    ];
    for (code, break_it, mend_it) in cases {
        let mut plan = joan();
        break_it(&mut plan);
        assert!(
            codes(&assess(&plan, &points())).contains(&code),
            "{code} fires"
        );
        mend_it(&mut plan);
        assert!(
            !codes(&assess(&plan, &points())).contains(&code),
            "{code} clears"
        );
    }
}
