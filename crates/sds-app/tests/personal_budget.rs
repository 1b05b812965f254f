//! How the personal budget is said, in English from the app's own catalogue: the three parts for
//! each state of the contribution, the budget panel's rows, the direct payment (net and gross,
//! to the person and to a nominee), how needs are met, and the figures a printed plan shows.

mod common;

use common::{amira, components, joan, points, repo};
use sds_app::personal_budget::{
    amount_entered, direct_payment_words, eligibility_words, for_document, how_met, letter_entered,
    meeting_words, named, needs_named, paid_by_it, panel_rows, parts, HowMet,
};
use sds_domain::date::CalendarDate;
use sds_domain::plan::checks::assess;
use sds_domain::plan::{Contribution, SupportPlan};
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::{self, ContributionFigures, PersonalBudgetFigures};
use sds_domain::wording::{Catalogue, Message};

fn english(message: &Message) -> String {
    Catalogue::english().unwrap().message(message)
}

fn figures(plan: &SupportPlan, rules: &RuleSet) -> PersonalBudgetFigures {
    PersonalBudgetFigures::of(&assess(plan, rules).personal_budget.unwrap())
}

fn said_parts(plan: &SupportPlan, rules: &RuleSet) -> [String; 3] {
    let said = parts(&figures(plan, rules), rules.currency());
    [
        english(&said.cost),
        english(&said.contribution),
        english(&said.council),
    ]
}

#[test]
fn an_assessed_contribution_gives_the_councils_part() {
    assert_eq!(
        said_parts(&joan(), &points()),
        [
            "£255.78 a week (£13,300.56 a year)",
            "£42.50 a week (£2,210.00 a year), from the financial assessment letter of 12 November 2026",
            "£213.28 a week (£11,090.56 a year)",
        ]
    );
    let mut undated = joan();
    undated.contribution = Some(Contribution::Assessed {
        weekly_minor: 4250,
        letter_dated: None,
    });
    assert_eq!(
        said_parts(&undated, &points())[1],
        "£42.50 a week (£2,210.00 a year): the date of the financial assessment letter is not given yet"
    );
}

#[test]
fn a_contribution_not_known_is_never_taken_as_nothing() {
    let mut not_yet = joan();
    not_yet.contribution = Some(Contribution::NotAssessedYet);
    let [cost, contribution, council] = said_parts(&not_yet, &points());
    assert_eq!(cost, "£255.78 a week (£13,300.56 a year)");
    assert_eq!(contribution, "Not assessed yet");
    assert_eq!(council, "Not known until the financial assessment");
    let mut unsaid = joan();
    unsaid.contribution = None;
    let [_, contribution, council] = said_parts(&unsaid, &points());
    assert_eq!(contribution, "Not said yet");
    assert_eq!(council, "Not known until the financial assessment");
}

#[test]
fn the_panel_shows_the_contribution_only_once_the_plan_says_it() {
    let rows = |plan: &SupportPlan| -> Vec<(&str, String)> {
        panel_rows(&figures(plan, &points()), points().currency())
            .into_iter()
            .map(|(key, value)| (key, english(&value)))
            .collect()
    };
    assert_eq!(
        rows(&joan()),
        [
            (
                "personal-budget-panel-contribution",
                "£42.50 a week".to_owned()
            ),
            ("personal-budget-panel-council", "£213.28 a week".to_owned()),
        ]
    );
    let mut not_yet = joan();
    not_yet.contribution = Some(Contribution::NotAssessedYet);
    assert_eq!(
        rows(&not_yet),
        [
            (
                "personal-budget-panel-contribution",
                "Not assessed yet".to_owned()
            ),
            (
                "personal-budget-panel-council",
                "Not known until the financial assessment".to_owned()
            ),
        ]
    );
    let mut unsaid = joan();
    unsaid.contribution = None;
    assert_eq!(rows(&unsaid), []);
}

/// The direct payment's amount, payee and basis, in English.
fn payment(plan: &SupportPlan, rules: &RuleSet) -> [String; 3] {
    let figures = figures(plan, rules);
    let said = direct_payment_words(
        figures.direct_payment.as_ref().unwrap(),
        &plan.person.name,
        "Northshire Council",
        rules.currency(),
    );
    [
        english(&said.payment),
        english(&said.payee),
        english(&said.basis),
    ]
}

#[test]
fn a_net_direct_payment_is_said_with_its_frequency_and_payee() {
    assert_eq!(
        payment(&joan(), &points()),
        [
            "£372.80 every four weeks",
            "Joan, the person the plan is for",
            "Northshire Council pays it net: it takes off the contribution before paying, so nothing more is paid to Northshire Council.",
        ]
    );
    // A contribution larger than the payment: the rest is paid to the council.
    let mut large = joan();
    large.contribution = Some(Contribution::Assessed {
        weekly_minor: 20_000,
        letter_dated: CalendarDate::new(2026, 11, 12),
    });
    let [_, _, basis] = payment(&large, &points());
    assert!(
        basis.contains("so £64.30 a week is paid to Northshire Council separately"),
        "{basis}"
    );
    // Not assessed: paid net, so the amount is not known yet.
    let mut not_yet = joan();
    not_yet.contribution = Some(Contribution::NotAssessedYet);
    not_yet.person.name = " ".into();
    let [amount, payee, basis] = payment(&not_yet, &points());
    assert_eq!(
        amount,
        "Not known until the financial assessment: it is paid every four weeks, less the contribution"
    );
    assert_eq!(payee, "The person the plan is for");
    assert!(
        basis.contains("once the financial assessment says what it is"),
        "{basis}"
    );
}

#[test]
fn a_gross_direct_payment_to_a_nominee_names_them_as_nominee() {
    let [amount, payee, basis] = payment(&amira(), &components());
    assert!(amount.ends_with(" every month"), "{amount}");
    assert_eq!(payee, "Leila Haddad, as nominee");
    assert_eq!(
        basis,
        "Northshire Council pays it gross: the full cost of the support. The contribution, once it is assessed, is paid to Northshire Council separately."
    );
    let mut assessed = amira();
    assessed.contribution = Some(Contribution::Assessed {
        weekly_minor: 1_500,
        letter_dated: CalendarDate::new(2026, 11, 20),
    });
    let [gross_amount, _, basis] = payment(&assessed, &components());
    // Paid gross, the payment is the same whatever the contribution.
    assert_eq!(gross_amount, amount);
    assert!(
        basis.contains(
            "The contribution of £15.00 a week is paid to Northshire Council separately."
        ),
        "{basis}"
    );
    let mut unnamed = amira();
    if let Some(nominee) = &mut unnamed.nominee {
        nominee.name.clear();
    }
    assert_eq!(
        payment(&unnamed, &components())[1],
        "A nominee, not named in the plan yet"
    );
}

#[test]
fn the_direct_payment_lists_the_supports_it_pays_for_and_the_needs_they_meet() {
    let plan = joan();
    let paid: Vec<&str> = paid_by_it(&plan).iter().map(|s| s.id.as_str()).collect();
    assert_eq!(paid, ["s1", "s6"]);
    let dp = figures(&plan, &points()).direct_payment.unwrap();
    let needs: Vec<String> = needs_named(&plan, &dp.needs).iter().map(english).collect();
    assert_eq!(
        needs,
        ["\"Joan needs help to wash and dress in the morning because of arthritis in her hands and shoulders; she cannot do this safely alone.\""]
    );
    let mut blank = plan.clone();
    blank.needs[0].in_council_words.clear();
    assert_eq!(
        needs_named(&blank, &dp.needs)
            .iter()
            .map(english)
            .collect::<Vec<_>>(),
        ["Need 1"]
    );
    // An id the plan no longer has is left out.
    assert_eq!(needs_named(&plan, &["gone".to_owned()]), []);
}

#[test]
fn each_need_says_how_it_is_met() {
    let plan = joan();
    match how_met(&plan, &plan.needs[0]) {
        HowMet::Supports(supports) => assert_eq!(
            supports.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["s1", "s6"]
        ),
        other => panic!("{other:?}"),
    }
    // The garden: not eligible, and the council will not meet it.
    assert_eq!(how_met(&plan, &plan.needs[3]), HowMet::NotToBeMet);
    let mut unsaid = plan.clone();
    unsaid.needs[3].council_will_meet = None;
    assert_eq!(how_met(&unsaid, &unsaid.needs[3]), HowMet::NotSaid);
    let amira = amira();
    assert_eq!(
        how_met(&amira, &amira.needs[4]),
        HowMet::Reason(
            "Leila is Amira's appointee for her benefits and already manages her money; no paid support is needed for this."
        )
    );
    assert_eq!(eligibility_words(Some(true)), "document-need-eligible");
    assert_eq!(eligibility_words(Some(false)), "document-need-not-eligible");
    assert_eq!(eligibility_words(None), "not-given");
    assert_eq!(meeting_words(Some(true)), "document-need-met");
    assert_eq!(meeting_words(Some(false)), "document-need-not-met");
    assert_eq!(meeting_words(None), "not-given");
}

#[test]
fn outcomes_and_wellbeing_are_named_by_the_rule_set() {
    let rules = points();
    let plan = joan();
    assert_eq!(
        named(
            rules.eligibility_outcomes(),
            &plan.needs[0].eligibility_outcomes
        ),
        [
            ("personal_hygiene", "Maintaining personal hygiene"),
            ("clothing", "Being appropriately clothed"),
        ]
    );
    // An id the rule set does not have is shown as it is.
    let unknown = vec!["from_other_rules".to_owned()];
    assert_eq!(
        named(rules.wellbeing(), &unknown),
        [("from_other_rules", "from_other_rules")]
    );
}

#[test]
fn a_printed_plan_shows_the_signed_figures_or_works_out_an_old_files() {
    let rules = points();
    let text = repo("docs/examples/joan-signed-plan.json");
    let signed = signed_plan::verify(&text, &[&rules]).signed.unwrap();
    assert_eq!(
        for_document(&signed, &rules),
        signed.personal_budget.clone()
    );
    // A version 1 file says none; under the rules it names, they are worked out again.
    let v1 = repo("crates/sds-domain/tests/fixtures/signed-plans/v1.json");
    let then = RuleSet::load(&repo(
        "crates/sds-domain/tests/fixtures/signed-plans/v1-rules.json",
    ))
    .unwrap();
    let old = signed_plan::verify(&v1, &[&then]).signed.unwrap();
    assert_eq!(old.personal_budget, None);
    let worked_out = for_document(&old, &then).unwrap();
    assert_eq!(worked_out.cost_weekly_minor, old.budget.weekly_minor);
    // Its plan said nothing of a contribution, which is said as not said, never as nothing.
    assert_eq!(worked_out.contribution, ContributionFigures::NotStated);
    assert_eq!(worked_out.council_weekly_minor, None);
    // Without the rules it names, nothing is shown rather than figures from other rules.
    assert_eq!(for_document(&old, &rules), None);
}

#[test]
fn the_contribution_fields_start_from_what_was_entered() {
    assert_eq!(
        amount_entered(Some(Contribution::Assessed {
            weekly_minor: 0,
            letter_dated: None
        })),
        None,
        "just chosen: the field starts empty, not at a zero nobody typed"
    );
    let letter = CalendarDate::new(2026, 11, 12);
    let zero = Some(Contribution::Assessed {
        weekly_minor: 0,
        letter_dated: letter,
    });
    assert_eq!(
        amount_entered(zero),
        Some(0),
        "a zero the letter gives is kept"
    );
    assert_eq!(letter_entered(zero), letter);
    assert_eq!(amount_entered(joan().contribution), Some(4250));
    assert_eq!(amount_entered(Some(Contribution::NotAssessedYet)), None);
    assert_eq!(letter_entered(None), None);
}
