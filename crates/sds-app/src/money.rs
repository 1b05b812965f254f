//! Finding out the money: which answers still fit the council's rules, which questions are
//! asked, where the person goes after each answer, and the rule set a plan's answers were
//! given under.

use sds_domain::plan::RuleSetRef;
use sds_domain::rules::answers::{Answer, Answers};
use sds_domain::rules::RuleSet;

/// Whether a plan's answers were given under exactly these rules.
pub fn answered_under(plan_rules: Option<&RuleSetRef>, rules: &RuleSet) -> bool {
    plan_rules == Some(&rules.reference())
}

/// The answers that fit the rule set in force, and the ids of those that do not (given under
/// older rules, say). Pages work with the first and ask for the second again, so a plan is never
/// stuck on an answer that no longer fits.
pub fn usable_answers(rules: &RuleSet, answers: &Answers) -> (Answers, Vec<String>) {
    let mut usable = Answers::default();
    let mut unusable = Vec::new();
    for (id, answer) in &answers.0 {
        if rules.check_answer(id, answer).is_ok() {
            usable.0.insert(id.clone(), answer.clone());
        } else {
            unusable.push(id.clone());
        }
    }
    (usable, unusable)
}

/// The ids of the questions asked with these answers (those that fit the rules), in order.
pub fn asked(rules: &RuleSet, answers: &Answers) -> Vec<String> {
    rules
        .asked_questions(&usable_answers(rules, answers).0)
        .unwrap_or_default()
}

/// Where "Find out your money" starts: the first question still to answer; with none left,
/// the first; `None` when the rules ask nothing.
pub fn first_to_answer(rules: &RuleSet, answers: &Answers) -> Option<String> {
    let asked = asked(rules, answers);
    let (usable, _) = usable_answers(rules, answers);
    asked
        .iter()
        .find(|q| !usable.0.contains_key(*q))
        .or_else(|| asked.first())
        .cloned()
}

/// The question asked after `question` once it has this answer (the answer may change which
/// questions are asked), or `None` when it was the last and the budget comes next.
pub fn next_after(
    rules: &RuleSet,
    answers: &Answers,
    question: &str,
    answer: &Answer,
) -> Option<String> {
    let mut answers = answers.clone();
    answers.0.insert(question.to_owned(), answer.clone());
    asked(rules, &answers)
        .into_iter()
        .skip_while(|id| id != question)
        .nth(1)
}
