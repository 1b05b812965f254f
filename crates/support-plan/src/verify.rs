//! `support-plan verify`: checks signed plans and council decisions.

use crate::args::{Accepts, Options};
use crate::{load_rules, print_json, read, Outcome};
use sds_domain::config::CouncilConfig;
use sds_domain::money::Currency;
use sds_domain::plan::checks::Severity as FindingSeverity;
use sds_domain::rules::RuleSet;
use sds_domain::signing::decision::{self, DecisionVerification};
use sds_domain::signing::signed_plan::{self, PlanVerification, SignedPlan, SignerRole};
use sds_domain::signing::{kind_of, DocumentKind, Report};
use serde_json::{json, Value};
use std::path::Path;

const ACCEPTS: Accepts = Accepts {
    valued: &["--config"],
    repeated: &["--rules"],
    switches: &["--json"],
    files: true,
};

/// What a verifier checks against: the council's configuration (its keys and the rule set in
/// force) and any other rule sets, such as earlier ones plans may still name.
pub struct Sources {
    pub config: Option<CouncilConfig>,
    /// The configuration's rule set first (the one in force), then those given with --rules.
    pub rule_sets: Vec<RuleSet>,
}

impl Sources {
    /// Loads `--config` and every `--rules`, printing why any cannot be used.
    pub fn load(options: &Options) -> Option<Sources> {
        let mut rule_sets = Vec::new();
        let config = match options.optional("--config") {
            None => None,
            Some(file) => {
                let text = read(file)?;
                let config = match CouncilConfig::parse(&text) {
                    Ok(config) => config,
                    Err(problems) => {
                        for problem in problems {
                            eprintln!("{file}: {problem}");
                        }
                        return None;
                    }
                };
                // The rule set in force lies beside the configuration, as in the hosted app.
                let beside = Path::new(file)
                    .parent()
                    .unwrap_or(Path::new("."))
                    .join(&config.rule_set);
                rule_sets.push(load_rules(&beside.to_string_lossy())?);
                Some(config)
            }
        };
        for file in options.all("--rules") {
            rule_sets.push(load_rules(file)?);
        }
        Some(Sources { config, rule_sets })
    }
}

pub fn rule_sets(sources: &Sources) -> Vec<&RuleSet> {
    sources.rule_sets.iter().collect()
}

/// One file's result.
enum Checked {
    Plan(Box<PlanVerification>),
    Decision(Box<DecisionVerification>),
    Unreadable(String),
}

pub fn run(args: &[&str]) -> Outcome {
    let options = match Options::parse(args, &ACCEPTS) {
        Ok(options) => options,
        Err(message) => return Outcome::Usage(message),
    };
    if options.files.is_empty() {
        return Outcome::Usage("name at least one signed plan or decision file".to_owned());
    }
    let Some(sources) = Sources::load(&options) else {
        return Outcome::Problems;
    };
    let rules = rule_sets(&sources);
    let keys = sources.config.as_ref().map(CouncilConfig::published_keys);
    let mut all_verified = true;
    let mut results: Vec<(&str, Checked)> = Vec::new();
    for file in &options.files {
        let checked = match read(file) {
            None => Checked::Unreadable("cannot be read".to_owned()),
            Some(text) => match kind_of(&text) {
                Some(DocumentKind::CouncilDecision) => {
                    Checked::Decision(Box::new(decision::verify(&text, keys.as_ref())))
                }
                // Anything else is checked as a plan, which says what it is not.
                _ => Checked::Plan(Box::new(signed_plan::verify(&text, &rules))),
            },
        };
        results.push((*file, checked));
    }
    cross_check(&mut results);
    for (_, checked) in &results {
        all_verified &= match checked {
            Checked::Plan(v) => v.report.verified(),
            Checked::Decision(v) => v.report.verified(),
            Checked::Unreadable(_) => false,
        };
    }
    if options.flag("--json") {
        let list: Vec<Value> = results
            .iter()
            .map(|(file, checked)| as_json(file, checked))
            .collect();
        if !print_json(&Value::Array(list)) {
            return Outcome::Problems;
        }
    } else {
        for (file, checked) in &results {
            print!("{}", as_text(file, checked, &rules));
        }
    }
    if all_verified {
        Outcome::Success
    } else {
        Outcome::Problems
    }
}

/// A decision checked in the same run as the plan it names is checked against that plan too.
fn cross_check(results: &mut [(&str, Checked)]) {
    let plans: Vec<(String, SignedPlan)> = results
        .iter()
        .filter_map(|(_, checked)| match checked {
            Checked::Plan(v) => Some((v.report.digest.clone()?, v.signed.clone()?)),
            _ => None,
        })
        .collect();
    for (_, checked) in results.iter_mut() {
        let Checked::Decision(v) = checked else {
            continue;
        };
        let Some(decision) = &v.decision else {
            continue;
        };
        if let Some((digest, plan)) = plans.iter().find(|(d, _)| *d == decision.plan_digest) {
            let problems = decision::check_against_plan(decision, digest, plan);
            v.report.problems.extend(problems);
        }
    }
}

fn currency_of(code: &str, rules: &[&RuleSet]) -> Currency {
    rules
        .iter()
        .map(|r| r.currency())
        .find(|c| c.code == code)
        .cloned()
        .unwrap_or(Currency {
            code: code.to_owned(),
            minor_digits: 2,
        })
}

fn role_name(role: SignerRole) -> &'static str {
    match role {
        SignerRole::Person => "the person",
        SignerRole::Nominee => "nominee",
        SignerRole::Representative => "representative",
        SignerRole::Witness => "witness",
    }
}

fn problem_lines(report: &Report) -> String {
    report
        .problems
        .iter()
        .map(|p| {
            let label = match p.severity {
                sds_domain::signing::Severity::Failure => "failure",
                sds_domain::signing::Severity::Warning => "warning",
            };
            format!("  {label} ({}): {}\n", p.code, clean(&p.message))
        })
        .collect()
}

/// Text from a file, made safe for a terminal or log: a name or reason holding a line break or
/// an escape sequence could otherwise print a fake "verified" line.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn as_text(file: &str, checked: &Checked, rules: &[&RuleSet]) -> String {
    let (report, summary) = match checked {
        Checked::Unreadable(reason) => return format!("{}: NOT VERIFIED: {reason}\n", clean(file)),
        Checked::Plan(v) => (&v.report, plan_summary(v, rules)),
        Checked::Decision(v) => (&v.report, decision_summary(v, rules)),
    };
    let verdict = if report.verified() {
        "verified"
    } else {
        "NOT VERIFIED"
    };
    let mut out = format!("{}: {verdict}\n", clean(file));
    for line in summary {
        out.push_str(&format!("  {}\n", clean(&line)));
    }
    if let Some(digest) = &report.digest {
        out.push_str(&format!("  digest: {digest}\n"));
    }
    out.push_str(&problem_lines(report));
    out
}

fn plan_summary(v: &PlanVerification, rules: &[&RuleSet]) -> Vec<String> {
    let Some(signed) = &v.signed else {
        return Vec::new();
    };
    let money = currency_of(&signed.currency, rules);
    let mut lines = vec![format!(
        "signed plan for {} ({})",
        signed.plan.person.name, signed.plan.id
    )];
    for d in &signed.declarations {
        lines.push(format!(
            "signed by {} ({}) with key {} at {}",
            d.name,
            role_name(d.role),
            d.public_key.fingerprint(),
            d.signed_at
        ));
    }
    lines.push(format!(
        "rule set {} version {}",
        signed.rule_set.id, signed.rule_set.version
    ));
    lines.push(format!(
        "budget {} a week ({} a year); plan spends {} a week",
        money.format(signed.budget.weekly_minor),
        money.format(signed.budget.yearly_minor),
        money.format(signed.totals.planned_weekly_minor)
    ));
    match &v.recomputed {
        Some(recomputed) => {
            let must_fix = recomputed
                .findings
                .iter()
                .filter(|f| f.severity == FindingSeverity::MustFix)
                .count();
            lines.push(format!(
                "recomputed: {} a week; {} findings, {must_fix} must be fixed",
                money.format(recomputed.budget.weekly_minor),
                recomputed.findings.len()
            ));
        }
        None => lines.push("budget not recomputed".to_owned()),
    }
    lines
}

fn decision_summary(v: &DecisionVerification, rules: &[&RuleSet]) -> Vec<String> {
    let Some(d) = &v.decision else {
        return Vec::new();
    };
    let mut lines = vec![format!(
        "council decision: {} by {} ({}), {}, at {}",
        d.decision.as_str(),
        d.officer.name,
        d.officer.role,
        d.council.name,
        d.decided_at
    )];
    lines.push(format!(
        "on the plan for {} with digest {}",
        d.person, d.plan_digest
    ));
    if let Some(amounts) = &d.confirmed {
        let money = currency_of(&amounts.currency, rules);
        lines.push(format!(
            "agreed budget {} a week ({} a year)",
            money.format(amounts.weekly_minor),
            money.format(amounts.yearly_minor)
        ));
    }
    lines.push(format!("reasons: {}", d.reasons));
    if !d.changes.is_empty() {
        lines.push(format!("changes or conditions: {}", d.changes));
    }
    lines
}

fn report_json(report: &Report) -> Value {
    json!({
        "verified": report.verified(),
        "intact": report.intact(),
        "digest": report.digest,
        "signatures": report.signatures,
        "problems": report.problems,
    })
}

fn as_json(file: &str, checked: &Checked) -> Value {
    match checked {
        Checked::Unreadable(reason) => json!({
            "file": file,
            "verified": false,
            "problems": [{ "code": "not_readable", "severity": "failure", "message": reason }],
        }),
        Checked::Plan(v) => {
            let mut out = report_json(&v.report);
            out["file"] = json!(file);
            out["kind"] = json!("signed_plan");
            if let Some(signed) = &v.signed {
                out["person"] = json!(signed.plan.person.name);
                out["plan_id"] = json!(signed.plan.id);
                out["rule_set"] = json!(signed.rule_set);
                out["currency"] = json!(signed.currency);
                out["budget"] = json!(signed.budget);
                out["totals"] = json!(signed.totals);
                out["declarations"] = json!(signed.declarations);
            }
            out["recomputed"] = match &v.recomputed {
                Some(r) => {
                    json!({ "budget": r.budget, "totals": r.totals, "findings": r.findings })
                }
                None => Value::Null,
            };
            out
        }
        Checked::Decision(v) => {
            let mut out = report_json(&v.report);
            out["file"] = json!(file);
            out["kind"] = json!("council_decision");
            out["decision"] = json!(v.decision);
            out
        }
    }
}
