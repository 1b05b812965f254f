//! `support-plan verify`: checks signed plans and council decisions.

use crate::args::{Accepts, Options};
use crate::check::finding_json;
use crate::personal;
use crate::words::say;
use crate::{load_rules, print_json, read, shown, Exit, Terminal};
use sds_domain::config::CouncilConfig;
use sds_domain::limits;
use sds_domain::money::Currency;
use sds_domain::plan::checks::Severity;
use sds_domain::rules::RuleSet;
use sds_domain::signing::decision::{self, DecisionVerification};
use sds_domain::signing::signed_plan::{self, PlanVerification, SignedPlan, SignerRole};
use sds_domain::signing::{kind_of, DocumentKind, ProblemLevel, Report};
use sds_domain::wording::Message;
use serde_json::{json, Value};
use std::path::Path;

const ACCEPTS: Accepts = Accepts {
    valued: &["--config", "--csv"],
    repeated: &["--rules"],
    switches: &["--json"],
    files: true,
};

/// What a verifier checks against: the council's configuration (its keys and the rule set in
/// force) and any other rule sets, such as earlier ones plans may still name.
pub struct Sources {
    pub config: Option<CouncilConfig>,
    /// The configuration's rule sets (the one in force today first), then those given with
    /// --rules.
    pub rule_sets: Vec<RuleSet>,
}

impl Sources {
    /// Loads `--config` and every `--rules`, printing why any cannot be used.
    pub fn load(options: &Options, terminal: &mut Terminal) -> Option<Sources> {
        let mut rule_sets = Vec::new();
        let config = match options.optional("--config") {
            None => None,
            Some(file) => {
                let text = read(file, &limits::CONFIG, terminal)?;
                let config = match CouncilConfig::parse(&text) {
                    Ok(config) => config,
                    Err(problems) => {
                        for problem in problems {
                            terminal.error(&format!(
                                "{}: {}",
                                shown(file),
                                shown(&problem.to_string())
                            ));
                        }
                        return None;
                    }
                };
                // The rule sets lie beside the configuration, as in the hosted app: the one in
                // force today first (the "current" one plans are compared with), then the rest.
                let folder = Path::new(file).parent().unwrap_or(Path::new("."));
                let today = crate::now(terminal).map(|now| now.date());
                let entries = config.rule_sets_for_verifying(today);
                for entry in entries {
                    let path = folder.join(&entry.file);
                    rule_sets.push(load_rules(&path.to_string_lossy(), terminal)?);
                }
                Some(config)
            }
        };
        for file in options.all("--rules") {
            rule_sets.push(load_rules(file, terminal)?);
        }
        Some(Sources { config, rule_sets })
    }
}

pub fn rule_sets(sources: &Sources) -> Vec<&RuleSet> {
    sources.rule_sets.iter().collect()
}

/// One file's result.
enum Verified {
    Plan(Box<PlanVerification>),
    Decision(Box<DecisionVerification>),
    Unreadable(String),
}

pub fn run(args: &[&str], terminal: &mut Terminal) -> Exit {
    let options = match Options::parse(args, &ACCEPTS) {
        Ok(options) => options,
        Err(message) => return Exit::Usage(message),
    };
    if options.files.is_empty() {
        return Exit::Usage(
            "name at least one signed plan or decision file, or a folder of them".to_owned(),
        );
    }
    let nothing_verified = || Exit::Problems("nothing was verified".to_owned());
    let Some(files) = expand(&options.files, terminal) else {
        return nothing_verified();
    };
    if files.is_empty() {
        // A pipeline checking an empty inbox by mistake must not pass.
        return Exit::Problems("no files to verify".to_owned());
    }
    let Some(sources) = Sources::load(&options, terminal) else {
        return nothing_verified();
    };
    let rules = rule_sets(&sources);
    let keys = sources.config.as_ref().map(CouncilConfig::published_keys);
    let mut results: Vec<(&str, Verified)> = Vec::new();
    for file in &files {
        let checked = match read(file, &limits::SIGNED_PLAN, terminal) {
            None => Verified::Unreadable("cannot be read".to_owned()),
            Some(text) => match kind_of(&text) {
                Some(DocumentKind::CouncilDecision) => {
                    Verified::Decision(Box::new(decision::verify(&text, keys.as_ref())))
                }
                // Anything else is checked as a plan, which says what it is not.
                _ => Verified::Plan(Box::new(signed_plan::verify(&text, &rules))),
            },
        };
        results.push((file.as_str(), checked));
    }
    cross_check(&mut results);
    let not_verified = results
        .iter()
        .filter(|(_, checked)| match checked {
            Verified::Plan(v) => !v.report.verified(),
            Verified::Decision(v) => !v.report.verified(),
            Verified::Unreadable(_) => true,
        })
        .count();
    if options.flag("--json") {
        let list: Vec<Value> = results
            .iter()
            .map(|(file, checked)| as_json(file, checked))
            .collect();
        if !print_json(&Value::Array(list), terminal) {
            return Exit::Problems("the result could not be written".to_owned());
        }
    } else if results.len() > 1 {
        terminal.print(&summary_table(&results, &rules));
    } else {
        for (file, checked) in &results {
            terminal.print(&as_text(file, checked, &rules));
        }
    }
    if let Some(csv) = options.optional("--csv") {
        if !crate::write_new(csv, &as_csv(&results, &rules), false, terminal) {
            return Exit::Problems("the summary could not be written".to_owned());
        }
    }
    match not_verified {
        0 => Exit::Success,
        n => Exit::Problems(format!(
            "{n} of {} files did not verify (see why above{})",
            results.len(),
            if options.flag("--json") {
                ", under \"problems\""
            } else {
                ""
            }
        )),
    }
}

/// The files named, with each folder replaced by the `.json` files directly in it, in name order.
fn expand(names: &[&str], terminal: &mut Terminal) -> Option<Vec<String>> {
    let mut files = Vec::new();
    for name in names {
        let path = Path::new(name);
        if !path.is_dir() {
            files.push((*name).to_owned());
            continue;
        }
        let entries = match std::fs::read_dir(path) {
            Ok(entries) => entries,
            Err(error) => {
                terminal.error(&format!(
                    "{}: the folder cannot be read: {error}",
                    shown(name)
                ));
                return None;
            }
        };
        let mut found: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| {
                p.is_file()
                    && p.extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            })
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        found.sort();
        if found.is_empty() {
            terminal.error(&format!("{}: the folder has no .json files", shown(name)));
        }
        files.extend(found);
    }
    Some(files)
}

/// One line of the summary: what a council officer scans a folder for.
struct Row {
    file: String,
    kind: &'static str,
    person: String,
    signers: String,
    verified: bool,
    /// The budget (for a plan) or the amounts agreed (for a decision), weekly.
    budget: String,
    /// For a plan: the council's part of the personal budget, weekly, or "not known" until
    /// the financial assessment (a version 1 file's worked out again, and said to be).
    council_pays: String,
    /// For a plan: findings when worked out again, and how many must be fixed.
    findings: String,
    codes: String,
}

fn rows(results: &[(&str, Verified)], rules: &[&RuleSet]) -> Vec<Row> {
    results
        .iter()
        .map(|(file, checked)| {
            let (report, kind, person, signers, budget, council_pays, findings) = match checked {
                Verified::Unreadable(_) => {
                    return Row {
                        file: (*file).to_owned(),
                        kind: "unreadable",
                        person: String::new(),
                        signers: String::new(),
                        verified: false,
                        budget: String::new(),
                        council_pays: String::new(),
                        findings: String::new(),
                        codes: "not_readable".to_owned(),
                    }
                }
                Verified::Plan(v) => {
                    let signed = v.signed.as_ref();
                    let money = signed.map(|s| currency_of(&s.currency, rules));
                    let findings = v.recomputed.as_ref().map_or_else(String::new, |r| {
                        let must = r
                            .findings
                            .iter()
                            .filter(|f| f.severity == Severity::MustFix)
                            .count();
                        format!("{} ({must} must fix)", r.findings.len())
                    });
                    (
                        &v.report,
                        if v.report.kind.is_some() {
                            "signed plan"
                        } else {
                            "not recognised"
                        },
                        signed.map_or_else(String::new, |s| s.plan.person.name.clone()),
                        signed.map_or_else(String::new, |s| {
                            s.declarations
                                .iter()
                                .map(|d| format!("{} ({})", d.name, role_name(d.role)))
                                .collect::<Vec<_>>()
                                .join("; ")
                        }),
                        match (signed, &money) {
                            (Some(s), Some(m)) => {
                                format!("{} a week", m.format(s.budget.weekly_minor))
                            }
                            _ => String::new(),
                        },
                        money.map_or_else(String::new, |m| council_pays(v, &m)),
                        findings,
                    )
                }
                Verified::Decision(v) => {
                    let d = v.decision.as_ref();
                    (
                        &v.report,
                        "decision",
                        d.map_or_else(String::new, |d| d.person.clone()),
                        d.map_or_else(String::new, |d| {
                            format!(
                                "{} ({}), {}",
                                d.officer.name, d.officer.role, d.council.name
                            )
                        }),
                        d.map_or_else(String::new, |d| match &d.confirmed {
                            Some(a) => format!(
                                "{} {} a week",
                                d.decision.as_str(),
                                currency_of(&a.currency, rules).format(a.weekly_minor)
                            ),
                            None => d.decision.as_str().to_owned(),
                        }),
                        String::new(),
                        String::new(),
                    )
                }
            };
            Row {
                file: (*file).to_owned(),
                kind,
                person,
                signers,
                verified: report.verified(),
                budget,
                council_pays,
                findings,
                codes: report
                    .problems
                    .iter()
                    .map(|p| p.code)
                    .collect::<Vec<_>>()
                    .join(";"),
            }
        })
        .collect()
}

/// The council's part a week, for the summary: as signed, or for a version 1 file (signed
/// before plans said it) as worked out again, saying so; "not known" while the contribution is.
fn council_pays(v: &PlanVerification, money: &Currency) -> String {
    let a_week = |weekly: i64| Message::new("amount-a-week").with("amount", money.format(weekly));
    let signed = v.signed.as_ref().and_then(|s| s.personal_budget.as_ref());
    let message = match (signed, &v.recomputed) {
        (Some(figures), _) => figures.council_weekly_minor.map(a_week),
        (None, Some(recomputed)) => recomputed
            .personal_budget
            .council_weekly_minor
            .map(|weekly| Message::new("cli-worked-out-again").with("amount", a_week(weekly))),
        (None, None) => None,
    };
    say(&message.unwrap_or_else(|| Message::new("cli-not-known")))
}

/// Every file as one line of a table, then what is wrong with those that do not verify.
fn summary_table(results: &[(&str, Verified)], rules: &[&RuleSet]) -> String {
    let rows = rows(results, rules);
    let council_pays_heading = say(&Message::new("cli-council-pays"));
    let header = [
        "file",
        "kind",
        "person",
        "signed by",
        "verified",
        "budget",
        &council_pays_heading,
        "findings",
    ];
    let cells: Vec<[String; 8]> = rows
        .iter()
        .map(|r| {
            [
                shown(&r.file).into_owned(),
                r.kind.to_owned(),
                shown(&r.person).into_owned(),
                shown(&r.signers).into_owned(),
                if r.verified { "yes" } else { "NO" }.to_owned(),
                shown(&r.budget).into_owned(),
                shown(&r.council_pays).into_owned(),
                shown(&r.findings).into_owned(),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |row: &[String]| -> String {
        let padded: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(&header.map(|h| h.to_owned()));
    out.push_str(&line(&widths.map(|w| "-".repeat(w))));
    for row in &cells {
        out.push_str(&line(row));
    }
    let verified = rows.iter().filter(|r| r.verified).count();
    out.push_str(&format!("\n{verified} of {} files verified.\n", rows.len()));
    for (file, checked) in results {
        let report = match checked {
            Verified::Plan(v) => &v.report,
            Verified::Decision(v) => &v.report,
            Verified::Unreadable(reason) => {
                out.push_str(&format!("\n{}: {reason}\n", shown(file)));
                continue;
            }
        };
        if !report.problems.is_empty() {
            out.push_str(&format!("\n{}:\n{}", shown(file), problem_lines(report)));
        }
    }
    out
}

/// The summary as CSV (RFC 4180), for a spreadsheet. A cell that a spreadsheet would run as a
/// formula (starting = + - @) is prefixed with an apostrophe: names come from outside.
fn as_csv(results: &[(&str, Verified)], rules: &[&RuleSet]) -> String {
    let cell = |text: &str| -> String {
        let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{text}")
        } else {
            text.to_owned()
        };
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    };
    // A byte order mark, so spreadsheets read the file as UTF-8 ("£" rather than "Â£").
    let mut out = String::from(
        "\u{feff}file,kind,person,signed_by,verified,budget,findings,problems,council_pays\r\n",
    );
    for r in rows(results, rules) {
        let fields = [
            cell(&r.file),
            cell(r.kind),
            cell(&r.person),
            cell(&r.signers),
            if r.verified { "yes" } else { "no" }.to_owned(),
            cell(&r.budget),
            cell(&r.findings),
            cell(&r.codes),
            cell(&r.council_pays),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A decision checked in the same run as the plan it names is checked against that plan too.
fn cross_check(results: &mut [(&str, Verified)]) {
    let plans: Vec<(String, SignedPlan)> = results
        .iter()
        .filter_map(|(_, checked)| match checked {
            Verified::Plan(v) => Some((v.report.digest.clone()?, v.signed.clone()?)),
            _ => None,
        })
        .collect();
    for (_, checked) in results.iter_mut() {
        let Verified::Decision(v) = checked else {
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
                ProblemLevel::Failure => "failure",
                ProblemLevel::Warning => "warning",
            };
            format!("  {label} ({}): {}\n", p.code, say(&p.message))
        })
        .collect()
}

fn as_text(file: &str, checked: &Verified, rules: &[&RuleSet]) -> String {
    let (report, summary) = match checked {
        Verified::Unreadable(reason) => {
            return format!("{}: NOT VERIFIED: {reason}\n", shown(file))
        }
        Verified::Plan(v) => (&v.report, plan_summary(v, rules)),
        Verified::Decision(v) => (&v.report, decision_summary(v, rules)),
    };
    let verdict = if report.verified() {
        "verified"
    } else {
        "NOT VERIFIED"
    };
    let mut out = format!("{}: {verdict}\n", shown(file));
    for line in summary {
        out.push_str(&format!("  {}\n", shown(&line)));
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
                .filter(|f| f.severity == Severity::MustFix)
                .count();
            lines.push(format!(
                "recomputed: {} a week; {} findings, {must_fix} must be fixed",
                money.format(recomputed.budget.weekly_minor),
                recomputed.findings.len()
            ));
        }
        None => lines.push("budget not recomputed".to_owned()),
    }
    let rules_named = rules
        .iter()
        .copied()
        .find(|r| r.content_hash() == signed.rule_set.content_hash);
    let recomputed = v.recomputed.as_ref().map(|r| &r.personal_budget);
    // The figures as signed; then, where the file has none (version 1) or they differ, the
    // ones worked out again, so the council sees what the plan comes to.
    let mut shown_figures = Vec::new();
    if let Some(figures) = &signed.personal_budget {
        shown_figures.push((
            figures,
            "cli-personal-budget-signed",
            "cli-direct-payment-signed",
        ));
    }
    match recomputed {
        Some(again) if signed.personal_budget.as_ref() != Some(again) => shown_figures.push((
            again,
            "cli-personal-budget-recomputed",
            "cli-direct-payment-recomputed",
        )),
        None if signed.personal_budget.is_none() => {
            lines.push(say(&Message::new("cli-personal-budget-not-known")));
        }
        _ => {}
    }
    for (figures, heading, payment_heading) in shown_figures {
        lines.push(say(&Message::new(heading)));
        lines.extend(
            personal::parts(figures, &money)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
        if let Some(payment) = &figures.direct_payment {
            lines.push(say(&Message::new(payment_heading)));
            lines.extend(
                personal::payment(payment, &signed.plan, &money, None)
                    .into_iter()
                    .map(|l| format!("  {l}")),
            );
        }
    }
    if signed.plan.needs.is_empty() {
        lines.push(say(&Message::new("cli-needs-none")));
    } else {
        lines.push(say(&Message::new("cli-needs")));
        lines.extend(
            personal::needs(&signed.plan, rules_named)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
    }
    lines.extend(personal::disagreement(&signed.plan));
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
        "problems": report.problems.iter().map(|p| json!({
            "code": p.code,
            "severity": p.severity,
            "message": say(&p.message),
        })).collect::<Vec<_>>(),
    })
}

fn as_json(file: &str, checked: &Verified) -> Value {
    match checked {
        Verified::Unreadable(reason) => json!({
            "file": file,
            "verified": false,
            "problems": [{ "code": "not_readable", "severity": "failure", "message": reason }],
        }),
        Verified::Plan(v) => {
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
                out["personal_budget"] = json!(signed.personal_budget);
                out["declarations"] = json!(signed.declarations);
            }
            out["recomputed"] = match &v.recomputed {
                Some(r) => {
                    let findings: Vec<Value> = r.findings.iter().map(finding_json).collect();
                    json!({
                        "budget": r.budget,
                        "totals": r.totals,
                        "personal_budget": r.personal_budget,
                        "findings": findings,
                    })
                }
                None => Value::Null,
            };
            out
        }
        Verified::Decision(v) => {
            let mut out = report_json(&v.report);
            out["file"] = json!(file);
            out["kind"] = json!("council_decision");
            out["decision"] = json!(v.decision);
            out
        }
    }
}
