//! `support-plan decide`: the council's signed decision on a signed plan.

use crate::args::{Accepts, Options};
use crate::verify::{rule_sets, Sources};
use crate::words::say;
use crate::{council_from, now, read, shown, write_new, Exit, Terminal};
use sds_domain::limits;
use sds_domain::money::{parse_major, Currency};
use sds_domain::signing::decision::{
    self, ConfirmedAmounts, Decision, KeyFile, KeyStanding, Officer, Verdict,
};
use sds_domain::signing::signed_plan;

const ACCEPTS: Accepts = Accepts {
    valued: &[
        "--key",
        "--plan",
        "--decision",
        "--reason",
        "--changes",
        "--out",
        "--officer",
        "--role",
        "--weekly",
        "--yearly",
        "--config",
        "--council-id",
        "--council-name",
    ],
    repeated: &["--rules"],
    switches: &[],
    files: false,
};

pub fn run(args: &[&str], terminal: &mut Terminal) -> Exit {
    let options = match Options::parse(args, &ACCEPTS) {
        Ok(options) => options,
        Err(message) => return Exit::Usage(message),
    };
    let needed =
        ["--key", "--plan", "--decision", "--reason", "--out"].map(|name| options.required(name));
    let [key_file, plan_file, outcome, reason, out] = match needed {
        [Ok(a), Ok(b), Ok(c), Ok(d), Ok(e)] => [a, b, c, d, e],
        _ => {
            let missing: Vec<&str> = ["--key", "--plan", "--decision", "--reason", "--out"]
                .into_iter()
                .filter(|name| options.optional(name).is_none())
                .collect();
            return Exit::Usage(format!("{} needed", missing.join(", ")));
        }
    };
    let Some(outcome) = Verdict::parse(outcome) else {
        return Exit::Usage(format!(
            "--decision must be confirmed, changed or returned, not '{}'",
            shown(outcome)
        ));
    };
    let no_decision = || Exit::Problems("no decision was made".to_owned());
    let (Some(key_text), Some(plan_text)) = (
        read(key_file, &limits::KEY_FILE, terminal),
        read(plan_file, &limits::SIGNED_PLAN, terminal),
    ) else {
        return no_decision();
    };
    let (key, pair) = match KeyFile::read(&key_text) {
        Ok(read) => read,
        Err(message) => {
            terminal.error(&format!("{}: {}", shown(key_file), shown(&message)));
            return no_decision();
        }
    };
    let Some(sources) = Sources::load(&options, terminal) else {
        return no_decision();
    };
    let council =
        match council_from(&options, key.council.clone(), terminal) {
            Ok(Some(council)) => council,
            Ok(None) => return Exit::Usage(
                "say which council decides: --config FILE, or --council-id ID and --council-name \
                 NAME (or make the key with them)"
                    .to_owned(),
            ),
            Err(exit) => return exit,
        };
    let Some(decided_at) = now(terminal) else {
        return no_decision();
    };
    if let Some(config) = &sources.config {
        // The same rule people's apps apply to the decision once it is made.
        let day = decided_at.date();
        match config.published_keys().standing(&key.public_key, day) {
            KeyStanding::InForce => {}
            KeyStanding::NotPublished => {
                terminal.error(&format!(
                    "{}: key {} is not in the configuration's council_keys, so people's apps \
                     would refuse this decision. Publish the key first.",
                    shown(key_file),
                    key.public_key.fingerprint()
                ));
                return no_decision();
            }
            KeyStanding::NotInForce => {
                terminal.error(&format!(
                    "{}: key {} is in the configuration's council_keys but not in force on {day}, \
                     so people's apps would refuse this decision. Use a key in force today, or \
                     correct its valid_from and valid_until.",
                    shown(key_file),
                    key.public_key.fingerprint()
                ));
                return no_decision();
            }
        }
    }
    let rules = rule_sets(&sources);
    let verification = signed_plan::verify(&plan_text, &rules);
    let (Some(signed), Some(digest), true) = (
        verification.signed.as_ref(),
        verification.report.digest.as_ref(),
        verification.report.verified(),
    ) else {
        let plan_file = shown(plan_file);
        terminal.error(&format!(
            "{plan_file}: does not verify, so no decision can be made on it:"
        ));
        for problem in &verification.report.problems {
            terminal.error(&format!("{plan_file}: {}", say(&problem.message)));
        }
        return no_decision();
    };
    for warning in &verification.report.problems {
        terminal.error(&format!(
            "{}: warning: {}",
            shown(plan_file),
            say(&warning.message)
        ));
    }
    let currency = rules
        .iter()
        .find(|r| r.content_hash() == signed.rule_set.content_hash)
        .map_or_else(
            || Currency {
                code: signed.currency.clone(),
                minor_digits: 2,
            },
            |r| r.currency().clone(),
        );
    let confirmed = match (
        outcome,
        options.optional("--weekly"),
        options.optional("--yearly"),
    ) {
        (Verdict::Returned, None, None) => None,
        (Verdict::Returned, _, _) => {
            return Exit::Usage(
                "a returned plan has no agreed amounts: leave out --weekly and --yearly".to_owned(),
            )
        }
        (Verdict::Confirmed, Some(_), _) | (Verdict::Confirmed, _, Some(_)) => {
            return Exit::Usage(
                "a plan confirmed as it is keeps its own budget: to agree other amounts, use \
                 --decision changed with --changes"
                    .to_owned(),
            )
        }
        (_, None, None) => Some(ConfirmedAmounts {
            currency: currency.code.clone(),
            weekly_minor: signed.budget.weekly_minor,
            yearly_minor: signed.budget.yearly_minor,
        }),
        (_, Some(weekly), Some(yearly)) => {
            let parse = |text: &str| parse_major(text, currency.minor_digits);
            match (parse(weekly), parse(yearly)) {
                (Some(weekly_minor), Some(yearly_minor)) => Some(ConfirmedAmounts {
                    currency: currency.code.clone(),
                    weekly_minor,
                    yearly_minor,
                }),
                _ => {
                    return Exit::Usage(
                        "--weekly and --yearly must be amounts of money, like 255.78".to_owned(),
                    )
                }
            }
        }
        _ => {
            return Exit::Usage(
                "give both --weekly and --yearly, or neither to confirm the plan's own budget"
                    .to_owned(),
            )
        }
    };
    let officer = match (options.optional("--officer"), options.optional("--role")) {
        (Some(name), Some(role)) => Officer {
            name: name.trim().to_owned(),
            role: role.trim().to_owned(),
        },
        _ => {
            return Exit::Usage("say who made the decision: --officer NAME --role ROLE".to_owned())
        }
    };
    let decision = Decision {
        plan_digest: digest.clone(),
        person: signed.plan.person.name.clone(),
        decision: outcome,
        reasons: reason.trim().to_owned(),
        changes: options
            .optional("--changes")
            .unwrap_or("")
            .trim()
            .to_owned(),
        confirmed,
        officer,
        council,
        decided_at,
    };
    let text = match decision::decide(&decision, &pair) {
        Ok(text) => text,
        Err(decision::DecideError::ReasonsMissing) => {
            return Exit::Usage("--reason must say why the plan is changed or returned".to_owned())
        }
        Err(decision::DecideError::ChangesMissing) => {
            return Exit::Usage(
                "--changes must say what is changed when the plan is confirmed with changes"
                    .to_owned(),
            )
        }
        Err(decision::DecideError::AmountsMissing) => {
            return Exit::Usage("the agreed amounts are missing".to_owned())
        }
        Err(decision::DecideError::OfficerMissing) => {
            return Exit::Usage("--officer must name who made the decision".to_owned())
        }
    };
    if !write_new(out, &text, false, terminal) {
        return no_decision();
    }
    let amounts = decision.confirmed.as_ref().map_or_else(String::new, |c| {
        format!(
            ", {} a week ({} a year)",
            currency.format(c.weekly_minor),
            currency.format(c.yearly_minor)
        )
    });
    terminal.line(&format!(
        "Wrote the decision to {}: {}{amounts}, on the plan for {} with digest {digest}, signed \
         with key {}.",
        shown(out),
        outcome.as_str(),
        shown(&decision.person),
        key.public_key.fingerprint()
    ));
    Exit::Success
}
