//! `support-plan budget`: an indicative budget and its working, as text or JSON.

use crate::args::{Accepts, Options};
use crate::words::{say, say_value};
use crate::{load_rules, print_json, read, shown, Exit, Terminal};
use sds_domain::limits;
use sds_domain::rules::allocation::{Budget, BudgetError, Explanation, StepValue};
use sds_domain::rules::answers::Answers;
use sds_domain::rules::RuleSet;
use serde_json::{json, Value};

pub fn run(args: &[&str], terminal: &mut Terminal) -> Exit {
    let options = match Options::parse(
        args,
        &Accepts::named(&["--rules", "--answers"], &["--json"]),
    ) {
        Ok(options) => options,
        Err(message) => return Exit::Usage(message),
    };
    let (rules_file, answers_file) =
        match (options.required("--rules"), options.required("--answers")) {
            (Ok(r), Ok(a)) => (r, a),
            (Err(message), _) | (_, Err(message)) => return Exit::Usage(message),
        };
    let unusable = |file: &str| Exit::Problems(format!("{} cannot be used", shown(file)));
    let Some(rules) = load_rules(rules_file, terminal) else {
        return unusable(rules_file);
    };
    let Some(answers_text) = read(answers_file, &limits::ANSWERS, terminal) else {
        return unusable(answers_file);
    };
    let problems = match Answers::from_json(&answers_text) {
        Ok(answers) => match rules.explain(&answers) {
            Ok((budget, explanation)) => {
                if options.flag("--json") {
                    if !print_json(&as_json(&rules, &budget, &explanation), terminal) {
                        return Exit::Problems("the result could not be written".to_owned());
                    }
                } else {
                    terminal.print(&as_text(&rules, &budget, &explanation));
                }
                return Exit::Success;
            }
            Err(BudgetError::Answers(problems)) => problems,
            // The rule set's check rules this out; should it ever happen, it is said, never
            // a wrong figure given.
            Err(BudgetError::Overflow(message)) => {
                terminal.error(&format!(
                    "{}: the budget could not be worked out: {message}",
                    shown(rules_file)
                ));
                return Exit::Problems("no budget was worked out".to_owned());
            }
        },
        Err(problems) => problems,
    };
    for problem in &problems {
        terminal.error(&format!(
            "{}: {}",
            shown(answers_file),
            shown(&problem.to_string())
        ));
    }
    Exit::Problems(format!(
        "the answers in {} do not fit the rule set ({} problems, listed above)",
        shown(answers_file),
        problems.len()
    ))
}

fn value_json(value: StepValue) -> Value {
    match value {
        StepValue::Money(d) | StepValue::Number(d) => Value::String(d.normalize().to_string()),
        StepValue::YesNo(b) => Value::Bool(b),
    }
}

fn as_json(rules: &RuleSet, budget: &Budget, explanation: &Explanation) -> Value {
    json!({
        "rule_set": {
            "id": rules.id(),
            "version": rules.version(),
            "content_hash": rules.content_hash(),
        },
        "weekly_minor": budget.weekly_minor,
        "annual_minor": budget.annual_minor,
        "carers_allocation": budget.carers_allocation.map(|(weekly, annual)| json!({
            "weekly_minor": weekly,
            "annual_minor": annual,
        })),
        "panel": budget.panel,
        "conversion": say(&explanation.conversion),
        "steps": explanation.steps.iter().map(|step| json!({
            "id": step.id,
            "label": step.label,
            "value": value_json(step.value),
            "shown": say_value(&step.shown),
            "because": step.because.iter().map(|b| say(&b.sentence())).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "unanswered": budget.unanswered,
    })
}

fn as_text(rules: &RuleSet, budget: &Budget, explanation: &Explanation) -> String {
    let money = |minor: i64| rules.currency().format(minor);
    let file = rules.file();
    let mut out = format!(
        "{} (version {})\n\n",
        shown(&file.title),
        shown(&file.version)
    );
    out.push_str(&format!(
        "Indicative personal budget: {} a week, {} a year\n",
        money(budget.weekly_minor),
        money(budget.annual_minor)
    ));
    out.push_str(&format!("{}\n", say(&explanation.conversion)));
    if let Some((weekly, annual)) = budget.carers_allocation {
        out.push_str(&format!(
            "Carer's allocation: {} a week, {} a year\n",
            money(weekly),
            money(annual)
        ));
    }
    out.push_str(if budget.panel {
        "The council's panel will look at this plan.\n"
    } else {
        "The council's panel does not need to look at this plan.\n"
    });
    out.push_str("\nHow this was worked out:\n");
    for (n, step) in explanation.steps.iter().enumerate() {
        out.push_str(&format!(
            "{}. {}: {}\n",
            n + 1,
            shown(&step.label),
            say_value(&step.shown)
        ));
        if let Some(explanation) = &step.explanation {
            out.push_str(&format!("   {}\n", shown(explanation)));
        }
        for because in &step.because {
            out.push_str(&format!("   - {}\n", say(&because.sentence())));
        }
    }
    if budget.unanswered.is_empty() {
        out.push_str("\nEvery question has been answered.\n");
    } else {
        out.push_str(&format!(
            "\nNot answered yet (counted as nothing until they are): {}\n",
            shown(&budget.unanswered.join(", "))
        ));
    }
    out
}
