//! A rule set's words in the reader's language.
//!
//! A council writes its questions, options, steps and spending names once, in the rule set's
//! own language, and may add `translations` by language tag. [`translate`] puts a language's
//! words in place and lists what it had to leave in the rule set's language, so the app can
//! say so beside it and `support-plan rules check` can warn. Only words change: ids, numbers
//! and expressions are the same in every language, so the budget and the content hash are too.

use super::format::{RuleSetFile, TranslationFile};
use super::RuleProblem;

/// The language a rule set's own words are in when it does not say.
pub const DEFAULT_LANGUAGE: &str = "en-GB";

/// Whether two language tags name the same language ("cy" and "cy-GB" do): the part before
/// the first hyphen decides, case aside.
pub fn same_language(a: &str, b: &str) -> bool {
    let primary = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    primary(a) == primary(b)
}

/// The rule set's translation for a language: an exact tag first, then the same language.
pub fn translation_for<'a>(file: &'a RuleSetFile, tag: &str) -> Option<&'a TranslationFile> {
    file.translations
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .or_else(|| {
            file.translations
                .iter()
                .find(|(t, _)| same_language(t, tag))
        })
        .map(|(_, words)| words)
}

/// Puts `words` in place in `file`, returning the path (under the translation, e.g.
/// `questions.washing.options.daily.label`) of every word it had none for.
pub fn translate(file: &mut RuleSetFile, words: &TranslationFile) -> Vec<String> {
    let mut missing = Vec::new();
    let mut put = |path: String, target: &mut String, given: Option<&String>| match given {
        Some(text) if !text.trim().is_empty() => target.clone_from(text),
        _ => missing.push(path),
    };
    put("title".into(), &mut file.title, words.title.as_ref());
    for domain in &mut file.questionnaire {
        let given = words.domains.get(&domain.id);
        let at = format!("domains.{}", domain.id);
        put(
            format!("{at}.title"),
            &mut domain.title,
            given.and_then(|w| w.title.as_ref()),
        );
        if let Some(description) = &mut domain.description {
            put(
                format!("{at}.description"),
                description,
                given.and_then(|w| w.description.as_ref()),
            );
        }
        for question in &mut domain.questions {
            let given = words.questions.get(&question.id);
            let at = format!("questions.{}", question.id);
            put(
                format!("{at}.text"),
                &mut question.text,
                given.and_then(|w| w.text.as_ref()),
            );
            for (field, target, text) in [
                (
                    "help",
                    &mut question.help,
                    given.and_then(|w| w.help.as_ref()),
                ),
                (
                    "summary",
                    &mut question.summary,
                    given.and_then(|w| w.summary.as_ref()),
                ),
                (
                    "unit",
                    &mut question.unit,
                    given.and_then(|w| w.unit.as_ref()),
                ),
            ] {
                if let Some(target) = target {
                    put(format!("{at}.{field}"), target, text);
                }
            }
            for option in &mut question.options {
                let given = given.and_then(|w| w.options.get(&option.id));
                let at = format!("{at}.options.{}", option.id);
                put(
                    format!("{at}.label"),
                    &mut option.label,
                    given.and_then(|w| w.label.as_ref()),
                );
                if let Some(told_us) = &mut option.told_us {
                    put(
                        format!("{at}.told_us"),
                        told_us,
                        given.and_then(|w| w.told_us.as_ref()),
                    );
                }
            }
        }
    }
    for (name, attribute) in &mut file.attributes {
        let given = words.attributes.get(name).and_then(|w| w.unit.as_ref());
        put(
            format!("attributes.{name}.unit"),
            &mut attribute.unit,
            given,
        );
    }
    for step in &mut file.allocation.steps {
        let given = words.steps.get(&step.id);
        let at = format!("steps.{}", step.id);
        put(
            format!("{at}.label"),
            &mut step.label,
            given.and_then(|w| w.label.as_ref()),
        );
        for (field, target, text) in [
            (
                "explanation",
                &mut step.explanation,
                given.and_then(|w| w.explanation.as_ref()),
            ),
            ("unit", &mut step.unit, given.and_then(|w| w.unit.as_ref())),
        ] {
            if let Some(target) = target {
                put(format!("{at}.{field}"), target, text);
            }
        }
    }
    let spending = &mut file.spending;
    for category in &mut spending.categories {
        let given = words
            .categories
            .get(&category.id)
            .and_then(|w| w.name.as_ref());
        put(
            format!("categories.{}.name", category.id),
            &mut category.name,
            given,
        );
    }
    for item in &mut spending.not_allowed {
        let given = words.not_allowed.get(&item.id);
        let at = format!("not_allowed.{}", item.id);
        put(
            format!("{at}.name"),
            &mut item.name,
            given.and_then(|w| w.name.as_ref()),
        );
        if let Some(reason) = &mut item.reason {
            put(
                format!("{at}.reason"),
                reason,
                given.and_then(|w| w.reason.as_ref()),
            );
        }
    }
    for item in &mut spending.price_list {
        let given = words.price_list.get(&item.code);
        let at = format!("price_list.{}", item.code);
        put(
            format!("{at}.name"),
            &mut item.name,
            given.and_then(|w| w.name.as_ref()),
        );
        put(
            format!("{at}.unit"),
            &mut item.unit,
            given.and_then(|w| w.unit.as_ref()),
        );
    }
    if let Some(care) = &mut file.care_and_support {
        for (part, items, given) in [
            (
                "eligibility_outcomes",
                &mut care.eligibility_outcomes,
                &words.eligibility_outcomes,
            ),
            ("wellbeing", &mut care.wellbeing, &words.wellbeing),
        ] {
            for item in items {
                put(
                    format!("{part}.{}.name", item.id),
                    &mut item.name,
                    given.get(&item.id).and_then(|w| w.name.as_ref()),
                );
            }
        }
    }
    missing
}

/// Every translation's tag is a language tag other than the rule set's own, and every part
/// translates something the rule set has: a misspelt id or a translated help text the question
/// does not have would otherwise be silently ignored.
pub(crate) fn check(file: &RuleSetFile) -> Vec<RuleProblem> {
    let mut problems = Vec::new();
    let own = file.language.as_deref().unwrap_or(DEFAULT_LANGUAGE);
    if own.parse::<unic_langid::LanguageIdentifier>().is_err() {
        problems.push(RuleProblem::new(
            "language",
            format!("{own:?} is not a language tag; write one like \"en-GB\" or \"cy\""),
        ));
    }
    for (tag, words) in &file.translations {
        let at = format!("translations.{tag}");
        if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
            problems.push(RuleProblem::new(
                at.clone(),
                format!("{tag:?} is not a language tag; write one like \"cy\" or \"ur\""),
            ));
        }
        if same_language(tag, own) {
            problems.push(RuleProblem::new(
                at.clone(),
                format!("the rule set's own words are already in {own}"),
            ));
        }
        let mut unknown = |path: String, what: &str| {
            problems.push(RuleProblem::new(
                format!("{at}.{path}"),
                format!("the rule set has no {what} with this id to translate"),
            ));
        };
        for id in words.domains.keys() {
            if !file.questionnaire.iter().any(|d| &d.id == id) {
                unknown(format!("domains.{id}"), "domain");
            }
        }
        for (id, question_words) in &words.questions {
            let Some(question) = file
                .questionnaire
                .iter()
                .flat_map(|d| &d.questions)
                .find(|q| &q.id == id)
            else {
                unknown(format!("questions.{id}"), "question");
                continue;
            };
            for option in question_words.options.keys() {
                if !question.options.iter().any(|o| &o.id == option) {
                    unknown(format!("questions.{id}.options.{option}"), "option");
                }
            }
        }
        for id in words.attributes.keys() {
            if !file.attributes.contains_key(id) {
                unknown(format!("attributes.{id}"), "attribute");
            }
        }
        for id in words.steps.keys() {
            if !file.allocation.steps.iter().any(|s| &s.id == id) {
                unknown(format!("steps.{id}"), "step");
            }
        }
        for id in words.categories.keys() {
            if !file.spending.categories.iter().any(|c| &c.id == id) {
                unknown(format!("categories.{id}"), "category");
            }
        }
        for id in words.not_allowed.keys() {
            if !file.spending.not_allowed.iter().any(|n| &n.id == id) {
                unknown(
                    format!("not_allowed.{id}"),
                    "item the budget may not pay for",
                );
            }
        }
        for id in words.price_list.keys() {
            if !file.spending.price_list.iter().any(|p| &p.code == id) {
                unknown(format!("price_list.{id}"), "price list item");
            }
        }
        let care = file.care_and_support.as_ref();
        for id in words.eligibility_outcomes.keys() {
            if !care.is_some_and(|c| c.eligibility_outcomes.iter().any(|o| &o.id == id)) {
                unknown(format!("eligibility_outcomes.{id}"), "eligibility outcome");
            }
        }
        for id in words.wellbeing.keys() {
            if !care.is_some_and(|c| c.wellbeing.iter().any(|w| &w.id == id)) {
                unknown(format!("wellbeing.{id}"), "wellbeing matter");
            }
        }
        problems.extend(extra_words(file, tag, words));
    }
    problems
}

/// Words given for something the rule set has no words for in its own language (a help text
/// for a question without one), which would never be shown.
fn extra_words(file: &RuleSetFile, tag: &str, words: &TranslationFile) -> Vec<RuleProblem> {
    let mut problems = Vec::new();
    let mut extra = |path: String, given: bool, exists: bool| {
        if given && !exists {
            problems.push(RuleProblem::new(
                format!("translations.{tag}.{path}"),
                "translates words the rule set does not have in its own language".to_owned(),
            ));
        }
    };
    for domain in &file.questionnaire {
        if let Some(w) = words.domains.get(&domain.id) {
            extra(
                format!("domains.{}.description", domain.id),
                w.description.is_some(),
                domain.description.is_some(),
            );
        }
        for question in &domain.questions {
            let Some(w) = words.questions.get(&question.id) else {
                continue;
            };
            let at = format!("questions.{}", question.id);
            extra(
                format!("{at}.help"),
                w.help.is_some(),
                question.help.is_some(),
            );
            extra(
                format!("{at}.summary"),
                w.summary.is_some(),
                question.summary.is_some(),
            );
            extra(
                format!("{at}.unit"),
                w.unit.is_some(),
                question.unit.is_some(),
            );
            for option in &question.options {
                if let Some(o) = w.options.get(&option.id) {
                    extra(
                        format!("{at}.options.{}.told_us", option.id),
                        o.told_us.is_some(),
                        option.told_us.is_some(),
                    );
                }
            }
        }
    }
    for step in &file.allocation.steps {
        if let Some(w) = words.steps.get(&step.id) {
            let at = format!("steps.{}", step.id);
            extra(
                format!("{at}.explanation"),
                w.explanation.is_some(),
                step.explanation.is_some(),
            );
            extra(format!("{at}.unit"), w.unit.is_some(), step.unit.is_some());
        }
    }
    for item in &file.spending.not_allowed {
        if let Some(w) = words.not_allowed.get(&item.id) {
            extra(
                format!("not_allowed.{}.reason", item.id),
                w.reason.is_some(),
                item.reason.is_some(),
            );
        }
    }
    problems
}
