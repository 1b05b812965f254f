//! Finding out the money against the council's sample rule set.

mod common;

use common::{joan, points};
use sds_app::money::{answered_under, asked, first_to_answer, next_after, usable_answers};
use sds_domain::rules::answers::{Answer, Answers};

#[test]
fn a_new_plan_starts_at_the_first_question_and_an_answered_one_at_the_first_again() {
    let rules = points();
    let empty = Answers::default();
    let all = asked(&rules, &empty);
    assert!(!all.is_empty());
    assert_eq!(first_to_answer(&rules, &empty).as_ref(), all.first());
    let joan = joan();
    let asked_joan = asked(&rules, &joan.answers);
    assert!(
        asked_joan.iter().all(|q| joan.answers.0.contains_key(q)),
        "Joan answered everything"
    );
    assert_eq!(
        first_to_answer(&rules, &joan.answers).as_ref(),
        asked_joan.first()
    );
}

#[test]
fn the_next_question_follows_the_answer_and_the_last_leads_to_the_budget() {
    let rules = points();
    let joan = joan();
    let asked_joan = asked(&rules, &joan.answers);
    let first = &asked_joan[0];
    let answer = joan.answers.0[first].clone();
    assert_eq!(
        next_after(&rules, &joan.answers, first, &answer).as_ref(),
        asked_joan.get(1)
    );
    let last = asked_joan.last().unwrap();
    let answer = joan.answers.0[last].clone();
    assert_eq!(next_after(&rules, &joan.answers, last, &answer), None);
}

#[test]
fn answers_that_no_longer_fit_are_set_apart_to_ask_again() {
    let rules = points();
    let mut answers = joan().answers;
    answers
        .0
        .insert("washing".into(), Answer::Option("no such option".into()));
    answers
        .0
        .insert("no_such_question".into(), Answer::YesNo(true));
    let (usable, unusable) = usable_answers(&rules, &answers);
    assert!(!usable.0.contains_key("washing"));
    assert!(unusable.contains(&"washing".to_owned()));
    assert!(unusable.contains(&"no_such_question".to_owned()));
    assert_eq!(usable.0.len() + unusable.len(), answers.0.len());
}

#[test]
fn a_plan_names_the_rule_set_its_answers_were_given_under() {
    let rules = points();
    let reference = rules.reference();
    assert_eq!(reference.content_hash, rules.content_hash());
    assert!(answered_under(Some(&reference), &rules));
    let mut other = reference.clone();
    other.version.push('x');
    assert!(!answered_under(Some(&other), &rules));
    assert!(!answered_under(None, &rules));
}
