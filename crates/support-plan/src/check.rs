//! `support-plan check`: a plan's budget, costs and findings under a rule set.

use crate::args::{Accepts, Options};
use crate::personal;
use crate::words::say;
use crate::{load_rules, print_json, read, shown, Exit, Terminal};
use sds_domain::limits;
use sds_domain::plan::checks::{assess, Assessment, Finding, Severity};
use sds_domain::plan::stored::read_plan;
use sds_domain::plan::SupportPlan;
use sds_domain::rules::format::ManagementOption;
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::PersonalBudgetFigures;
use sds_domain::wording::Message;
use serde_json::{json, Value};

pub fn run(args: &[&str], terminal: &mut Terminal) -> Exit {
    let options = match Options::parse(args, &Accepts::named(&["--rules", "--plan"], &["--json"])) {
        Ok(options) => options,
        Err(message) => return Exit::Usage(message),
    };
    let (rules_file, plan_file) = match (options.required("--rules"), options.required("--plan")) {
        (Ok(r), Ok(p)) => (r, p),
        (Err(message), _) | (_, Err(message)) => return Exit::Usage(message),
    };
    let unreadable = |file: &str| Exit::Unreadable(format!("{} cannot be used", shown(file)));
    let Some(rules) = load_rules(rules_file, terminal) else {
        return unreadable(rules_file);
    };
    let Some(plan_text) = read(plan_file, &limits::PLAN, terminal) else {
        return unreadable(plan_file);
    };
    let plan = match read_plan(&plan_text) {
        Ok(plan) => plan,
        Err(error) => {
            terminal.error(&format!("{}: {}", shown(plan_file), say(&error.message())));
            return unreadable(plan_file);
        }
    };
    let assessment = assess(&plan, &rules);
    if options.flag("--json") {
        if !print_json(&as_json(&plan, &rules, &assessment), terminal) {
            return Exit::Unreadable("the result could not be written".to_owned());
        }
    } else {
        terminal.print(&as_text(&plan, &rules, &assessment));
    }
    let must_fix = assessment
        .findings
        .iter()
        .filter(|f| f.severity == Severity::MustFix)
        .count();
    if assessment.can_be_sent() {
        Exit::Success
    } else {
        Exit::Problems(format!(
            "{must_fix} {} must be fixed before the plan can be sent (see the findings)",
            if must_fix == 1 { "thing" } else { "things" }
        ))
    }
}

fn management_name(option: Option<ManagementOption>) -> &'static str {
    match option {
        Some(ManagementOption::DirectPaymentPerson) => "direct_payment_person",
        Some(ManagementOption::DirectPaymentNominee) => "direct_payment_nominee",
        Some(ManagementOption::IndividualServiceFund) => "individual_service_fund",
        Some(ManagementOption::CouncilManaged) => "council_managed",
        None => "not_chosen",
    }
}

fn as_json(plan: &SupportPlan, rules: &RuleSet, assessment: &Assessment) -> Value {
    let costs = &assessment.costs;
    json!({
        "plan": plan.id,
        "rule_set": { "id": rules.id(), "version": rules.version(), "content_hash": rules.content_hash() },
        "budget": assessment.budget.as_ref().map(|b| json!({
            "weekly_minor": b.weekly_minor,
            "annual_minor": b.annual_minor,
            "panel": b.panel,
            "unanswered": b.unanswered,
        })),
        "totals": {
            "supports": { "weekly_minor": costs.supports.weekly_minor, "yearly_minor": costs.supports.yearly_minor },
            "contingency": { "weekly_minor": costs.contingency.weekly_minor, "yearly_minor": costs.contingency.yearly_minor },
            "planned": { "weekly_minor": costs.planned.weekly_minor, "yearly_minor": costs.planned.yearly_minor },
            "one_off_minor": costs.one_off_minor,
            "by_category": costs.by_category.iter().map(|(category, a)| (category.clone(), json!({
                "weekly_minor": a.weekly_minor, "yearly_minor": a.yearly_minor,
            }))).collect::<serde_json::Map<_, _>>(),
            "by_management": costs.by_management.iter().map(|(option, a)| (management_name(*option).to_owned(), json!({
                "weekly_minor": a.weekly_minor, "yearly_minor": a.yearly_minor,
            }))).collect::<serde_json::Map<_, _>>(),
        },
        "lines": costs.lines.iter().map(|line| json!({
            "support": line.support_id,
            "weekly_pay_minor": line.weekly_pay_minor,
            "weekly_on_costs_minor": line.weekly_on_costs_minor,
            "weekly_minor": line.weekly_minor,
            "yearly_minor": line.yearly_minor,
            "one_off_minor": line.one_off_minor,
            "working": say(&line.working),
        })).collect::<Vec<_>>(),
        "personal_budget": assessment.personal_budget.as_ref().map(PersonalBudgetFigures::of),
        "needs": plan.needs.iter().map(|need| {
            // The need as the plan file holds it, with the supports that meet it.
            let mut value = json!(need);
            value["met_by"] = plan.supports.iter()
                .filter(|s| s.needs.contains(&need.id))
                .map(|s| s.id.as_str())
                .collect();
            value
        }).collect::<Vec<_>>(),
        "findings": assessment.findings.iter().map(finding_json).collect::<Vec<_>>(),
        "can_be_sent": assessment.can_be_sent(),
    })
}

/// A finding for systems: its code, severity and place, with its words in English.
pub fn finding_json(finding: &Finding) -> Value {
    json!({
        "code": finding.code,
        "severity": finding.severity,
        "place": finding.place,
        "message": say(&finding.message),
        "how_to_fix": say(&finding.how_to_fix),
    })
}

fn as_text(plan: &SupportPlan, rules: &RuleSet, assessment: &Assessment) -> String {
    let money = |minor: i64| rules.currency().format(minor);
    let costs = &assessment.costs;
    let name = if plan.person.name.trim().is_empty() {
        "the person".into()
    } else {
        shown(plan.person.name.trim())
    };
    let mut out = format!(
        "Support plan for {name}, checked with {} version {}\n\n",
        rules.id(),
        shown(rules.version())
    );
    if let Some(budget) = &assessment.budget {
        out.push_str(&format!(
            "Indicative budget: {} a week, {} a year\n",
            money(budget.weekly_minor),
            money(budget.annual_minor)
        ));
    }
    out.push_str(&format!(
        "Planned:           {} a week, {} a year (supports {} a week, contingency {} a week)\n",
        money(costs.planned.weekly_minor),
        money(costs.planned.yearly_minor),
        money(costs.supports.weekly_minor),
        money(costs.contingency.weekly_minor)
    ));
    if costs.one_off_minor > 0 {
        out.push_str(&format!(
            "One-off costs:     {}\n",
            money(costs.one_off_minor)
        ));
    }
    if let Some(budget) = &assessment.personal_budget {
        let figures = PersonalBudgetFigures::of(budget);
        out.push_str(&format!(
            "\n{}\n",
            say(&Message::new("cli-personal-budget"))
        ));
        for line in personal::parts(&figures, rules.currency()) {
            out.push_str(&format!("- {line}\n"));
        }
        if let (Some(payment), Some(worked)) = (&figures.direct_payment, &budget.direct_payment) {
            out.push_str(&format!("\n{}\n", say(&Message::new("cli-direct-payment"))));
            for line in personal::payment(payment, plan, rules.currency(), Some(&worked.working)) {
                out.push_str(&format!("- {line}\n"));
            }
        }
    }
    if plan.needs.is_empty() {
        out.push_str(&format!("\n{}\n", say(&Message::new("cli-needs-none"))));
    } else {
        out.push_str(&format!("\n{}\n", say(&Message::new("cli-needs"))));
        for line in personal::needs(plan, Some(rules)) {
            out.push_str(&format!("- {line}\n"));
        }
    }
    out.push_str("\nSupports:\n");
    for (support, line) in plan.supports.iter().zip(&costs.lines) {
        out.push_str(&format!(
            "- {}: {}\n",
            shown(&support.description),
            say(&line.working)
        ));
    }
    out.push_str("\nFindings:\n");
    for (heading, severity) in [
        ("Must fix before sending", Severity::MustFix),
        ("Worth checking", Severity::WorthChecking),
        ("For information", Severity::ForInformation),
    ] {
        let findings: Vec<&Finding> = assessment
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if findings.is_empty() {
            continue;
        }
        out.push_str(&format!("{heading}:\n"));
        for finding in findings {
            out.push_str(&format!(
                "- [{}] {}. {}\n",
                finding.code,
                say(&finding.message),
                say(&finding.how_to_fix)
            ));
        }
    }
    out.push_str(if assessment.can_be_sent() {
        "\nNothing must be fixed: the plan can be sent.\n"
    } else {
        "\nSome things must be fixed before the plan can be sent.\n"
    });
    out
}
