//! The personal budget in its three parts, the direct payment, the assessed needs and a
//! disagreement, as `check` and `verify` print them.
//!
//! Both commands print from the figures a signed plan carries ([`PersonalBudgetFigures`]), so a
//! plan checked before it is signed and the same plan verified after read alike; `check` adds
//! the payment's working, which only a fresh assessment has.

use crate::words::say;
use sds_domain::money::Currency;
use sds_domain::plan::checks::{need_name, support_name};
use sds_domain::plan::personal_budget::{frequency_words, Payee};
use sds_domain::plan::{DisagreementAbout, SupportPlan};
use sds_domain::rules::format::ContributionBasis;
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::{
    ContributionFigures, DirectPaymentFigures, PersonalBudgetFigures,
};
use sds_domain::wording::{Arg, Message};

/// "£255.78 a week (£13,300.56 a year)".
fn amounts(money: &Currency, weekly: i64, yearly: i64) -> Message {
    Message::new("amount-week-and-year")
        .with("weekly", money.format(weekly))
        .with("yearly", money.format(yearly))
}

/// Any argument as a message, so names from the plan and the rule set can be listed with
/// the catalogue's "a, b and c".
fn item(name: impl Into<Arg>) -> Message {
    Message::new("cli-item").with("name", name)
}

/// The person as messages name them: their name, or "the person".
fn person(plan: &SupportPlan) -> Arg {
    let name = plan.person.name.trim();
    if name.is_empty() {
        Arg::Message(Message::new("the-person"))
    } else {
        Arg::Text(name.to_owned())
    }
}

/// The three parts, one line each: the cost, the contribution, the council's part.
pub fn parts(figures: &PersonalBudgetFigures, money: &Currency) -> Vec<String> {
    let cost = Message::new("cli-cost").with(
        "amounts",
        amounts(money, figures.cost_weekly_minor, figures.cost_yearly_minor),
    );
    let contribution = match &figures.contribution {
        ContributionFigures::NotStated => Message::new("cli-contribution-not-stated"),
        ContributionFigures::NotAssessedYet => Message::new("cli-contribution-not-assessed"),
        ContributionFigures::Assessed {
            weekly_minor,
            yearly_minor,
            letter_dated,
        } => {
            let amounts = amounts(money, *weekly_minor, *yearly_minor);
            match letter_dated {
                Some(date) => Message::new("cli-contribution-assessed")
                    .with("amounts", amounts)
                    .with("date", *date),
                None => Message::new("cli-contribution-undated").with("amounts", amounts),
            }
        }
    };
    let council = match (figures.council_weekly_minor, figures.council_yearly_minor) {
        (Some(weekly), Some(yearly)) => {
            Message::new("cli-council-part").with("amounts", amounts(money, weekly, yearly))
        }
        _ => Message::new("cli-council-part-not-known"),
    };
    [cost, contribution, council].iter().map(say).collect()
}

/// The direct payment, one line each: each payment and how often, who is paid, how it is
/// worked out (`working` when the caller has it, else the council's basis in words), what the
/// person pays the council beside it, and the needs it meets.
pub fn payment(
    payment: &DirectPaymentFigures,
    plan: &SupportPlan,
    money: &Currency,
    working: Option<&Message>,
) -> Vec<String> {
    let frequency = Message::new(frequency_words(payment.frequency));
    let each = match (payment.per_payment_minor, payment.weekly_minor) {
        (Some(amount), Some(weekly)) => Message::new("cli-payment")
            .with("amount", money.format(amount))
            .with("frequency", frequency)
            .with("weekly", money.format(weekly)),
        _ => Message::new("cli-payment-not-known").with("frequency", frequency),
    };
    let payee = match (payment.payee, &payment.nominee_name) {
        (Payee::Nominee, Some(name)) => {
            Arg::Message(Message::new("payee-nominee-named").with("name", name.as_str()))
        }
        (Payee::Nominee, None) => Arg::Message(Message::new("payee-nominee")),
        (Payee::Person, _) => person(plan),
    };
    let mut lines = vec![each, Message::new("cli-paid-to").with("payee", payee)];
    let supports = money.format(payment.supports_weekly_minor);
    lines.push(match working {
        Some(working) => Message::new("cli-working").with("working", working.clone()),
        None => match payment.basis {
            ContributionBasis::Net => Message::new("cli-basis-net").with("supports", supports),
            ContributionBasis::Gross => Message::new("cli-basis-gross").with("supports", supports),
        },
    });
    // Paid gross, the whole contribution goes to the council, as the basis says; paid net, only
    // what a payment smaller than the contribution cannot take.
    if let (ContributionBasis::Net, Some(weekly)) =
        (payment.basis, payment.paid_to_council_weekly_minor)
    {
        if weekly > 0 {
            lines.push(Message::new("cli-paid-to-council").with("weekly", money.format(weekly)));
        }
    }
    let needs: Vec<Message> = payment
        .needs
        .iter()
        .map(|id| match plan.needs.iter().position(|n| &n.id == id) {
            Some(index) => item(need_name(&plan.needs[index], index)),
            None => item(id.as_str()),
        })
        .collect();
    lines.push(if needs.is_empty() {
        Message::new("cli-meets-none")
    } else {
        Message::new("cli-meets").with("needs", Arg::List(needs))
    });
    lines.iter().map(say).collect()
}

/// Each assessed need in a line: its words (shortened), whether it is eligible and under
/// which of the rule set's outcomes (their names when `rules` is at hand), and whether and how
/// the council will meet it.
pub fn needs(plan: &SupportPlan, rules: Option<&RuleSet>) -> Vec<String> {
    plan.needs
        .iter()
        .enumerate()
        .map(|(index, need)| {
            let outcomes: Vec<Message> = need
                .eligibility_outcomes
                .iter()
                .map(|id| {
                    let name = rules
                        .and_then(|r| r.eligibility_outcomes().iter().find(|o| &o.id == id))
                        .map_or(id.as_str(), |o| o.name.as_str());
                    item(name)
                })
                .collect();
            let eligibility = match need.eligible {
                Some(true) if outcomes.is_empty() => Message::new("cli-eligible-no-outcome"),
                Some(true) => Message::new("cli-eligible").with("outcomes", Arg::List(outcomes)),
                Some(false) => Message::new("cli-not-eligible"),
                None => Message::new("cli-eligibility-not-said"),
            };
            let met_by: Vec<Message> = plan
                .supports
                .iter()
                .filter(|s| s.needs.contains(&need.id))
                .map(|s| item(support_name(&s.description, "support-unnamed-within")))
                .collect();
            let reason = need.not_met_reason.trim();
            let meeting = match need.council_will_meet {
                Some(true) if !met_by.is_empty() => {
                    Message::new("cli-met-by").with("supports", Arg::List(met_by))
                }
                Some(true) if !reason.is_empty() => {
                    Message::new("cli-met-otherwise").with("reason", reason)
                }
                Some(true) => Message::new("cli-met-by-nothing-yet"),
                Some(false) if !reason.is_empty() => {
                    Message::new("cli-not-met-because").with("reason", reason)
                }
                Some(false) => Message::new("cli-not-met"),
                None => Message::new("cli-meeting-not-said"),
            };
            say(&Message::new("cli-need")
                .with("need", need_name(need, index))
                .with("eligibility", eligibility)
                .with("meeting", meeting))
        })
        .collect()
}

/// What the person disagrees with and why, when the plan says they do.
pub fn disagreement(plan: &SupportPlan) -> Option<String> {
    let disagreement = plan.disagreement.as_ref()?;
    let why = disagreement.why.trim();
    let message = match disagreement.about {
        Some(about) => Message::new("cli-disagreement").with(
            "about",
            match about {
                DisagreementAbout::IndicativeBudget => "indicative_budget",
                DisagreementAbout::Contribution => "contribution",
                DisagreementAbout::Eligibility => "eligibility",
                DisagreementAbout::OtherDecision => "other_decision",
            },
        ),
        None => Message::new("cli-disagreement-unspecified"),
    };
    Some(say(&message.with("person", person(plan)).with("why", why)))
}
