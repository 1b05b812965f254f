//! Rule sets checked once per content: the same text's answer is kept, any other text is
//! checked anew, and a text with problems keeps being refused with the same problems.

mod common;

use common::repo;
use sds_app::rule_sets::CheckedRuleSets;
use sds_domain::rules::RuleSet;

#[test]
fn the_same_text_is_checked_once_and_gives_the_same_rule_set() {
    let text = repo("static/rules/northshire-points-2026.json");
    let mut checked = CheckedRuleSets::default();
    let first = checked.load(&text).unwrap();
    let again = checked.load(&text).unwrap();
    assert_eq!(checked.checked(), 1);
    assert_eq!(again.content_hash(), first.content_hash());
    assert_eq!(
        again.content_hash(),
        RuleSet::load(&text).unwrap().content_hash()
    );
}

#[test]
fn another_text_is_checked_anew_even_with_the_same_rules() {
    let text = repo("static/rules/northshire-points-2026.json");
    let mut checked = CheckedRuleSets::default();
    checked.load(&text).unwrap();
    // Laid out otherwise: the same rules, another text.
    let relaid = format!("{text}\n");
    let other = checked.load(&relaid).unwrap();
    assert_eq!(checked.checked(), 2);
    assert_eq!(
        other.content_hash(),
        RuleSet::load(&text).unwrap().content_hash()
    );
    checked
        .load(&repo("static/rules/northshire-components-2026.json"))
        .unwrap();
    assert_eq!(checked.checked(), 3);
}

#[test]
fn a_changed_file_is_never_taken_for_the_one_checked_before() {
    let text = repo("static/rules/northshire-points-2026.json");
    let mut checked = CheckedRuleSets::default();
    checked.load(&text).unwrap();
    // The same name and version, rules broken: refused, not answered from memory.
    let broken = text.replacen("\"steps\"", "\"stepz\"", 1);
    assert_ne!(broken, text);
    let refused = checked.load(&broken).unwrap_err();
    assert_eq!(refused, RuleSet::load(&broken).unwrap_err());
    // Refused again the same way.
    assert_eq!(checked.load(&broken).unwrap_err(), refused);
    assert_eq!(checked.checked(), 2);
}
