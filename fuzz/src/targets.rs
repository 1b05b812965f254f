//! Every entry point that takes outside input, each held to what the documents promise about
//! it. A target returns a short fingerprint of what happened (which problem was found, what
//! kind of result came back), so the harness can keep inputs that reach somewhere new, or a
//! broken promise, saying which. A panic is always a failure; so is taking too long (the
//! harness times each input).

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use sds_domain::canonical::{canonical_json, canonical_sha256, parse_strict, MAX_SAFE_INTEGER};
use sds_domain::config::CouncilConfig;
use sds_domain::date::{CalendarDate, Timestamp};
use sds_domain::keeping::backup::{compare, read_backup, restore};
use sds_domain::keeping::device::{plan_name, Device, Expect, ReadError};
use sds_domain::keeping::lock::Lock;
use sds_domain::keeping::{Entropy, MemoryStore, Store, StoreError};
use sds_domain::limits::{self, Limits};
use sds_domain::money::{parse_major, Currency, RoundingMode};
use sds_domain::plan::checks::assess;
use sds_domain::plan::progress::{status, TASKS};
use sds_domain::plan::stored::{read_plan, write_plan};
use sds_domain::plan::SupportPlan;
use sds_domain::rules::allocation::BudgetError;
use sds_domain::rules::answers::{Answer, Answers};
use sds_domain::rules::format::{Period, QuestionType};
use sds_domain::rules::RuleSet;
use sds_domain::signing::decision::{self, KeyFile};
use sds_domain::signing::sent::SentPlans;
use sds_domain::signing::signed_plan;
use sds_domain::wording::{Catalogue, LANGUAGES};
use serde_json::Value;
use support_plan::terminal::holds_unsafe;
use support_plan::Terminal;

use crate::Fixtures;

/// The largest input worth making for files with these limits: a quarter past them, so every
/// limit is met and passed, and no further.
const fn past_limit(limits: &Limits) -> usize {
    limits.max_bytes + limits.max_bytes / 4
}

/// What one input did: a fingerprint, or the promise it broke.
pub type Checked = Result<String, String>;

/// An entry point, its name (the folder its seeds and regressions live in), and how its inputs
/// are mutated.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&str, &Fixtures) -> Checked,
    pub kind: Kind,
    /// Files of the repository that seed it, besides `fuzz/corpus/<name>/`.
    pub samples: &'static [&'static str],
    /// Files whose names and values are worth putting into its inputs, besides the seeds' own:
    /// a format's schema names every value of every enumeration.
    pub words: &'static [&'static str],
    /// How often it is chosen, relative to the others (the slow ones less).
    pub weight: usize,
    /// The largest input made for it: past its files' limit by enough to test it.
    pub largest: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Json,
    Expression,
    Text,
}

const RULE_SETS: [&str; 2] = [
    "static/rules/northshire-points-2026.json",
    "static/rules/northshire-components-2026.json",
];
const PLANS: [&str; 4] = [
    "docs/examples/joan-support-plan.json",
    "docs/examples/amira-support-plan.json",
    "crates/sds-domain/tests/fixtures/plans/v1.json",
    "crates/sds-domain/tests/fixtures/plans/v2.json",
];

pub const TARGETS: [Target; 16] = [
    Target {
        name: "rule-set",
        run: rule_set,
        kind: Kind::Json,
        samples: &RULE_SETS,
        words: &["docs/rule-set.schema.json"],
        weight: 6,
        largest: past_limit(&limits::RULE_SET),
    },
    Target {
        name: "answers",
        run: answers,
        kind: Kind::Json,
        samples: &[
            "static/rules/northshire-points-2026.example-answers.json",
            "static/rules/northshire-components-2026.example-answers.json",
        ],
        words: &[],
        weight: 3,
        largest: past_limit(&limits::ANSWERS),
    },
    Target {
        name: "expression",
        run: expression,
        kind: Kind::Expression,
        samples: &[],
        words: &RULE_SETS,
        weight: 4,
        largest: 64 << 10,
    },
    Target {
        name: "plan",
        run: plan,
        kind: Kind::Json,
        samples: &PLANS,
        words: &["docs/rule-set.schema.json"],
        weight: 4,
        largest: past_limit(&limits::PLAN),
    },
    Target {
        name: "signed-plan",
        run: signed_plan_file,
        kind: Kind::Json,
        samples: &[
            "docs/examples/joan-signed-plan.json",
            "crates/sds-domain/tests/fixtures/signed-plans/v1.json",
        ],
        words: &[],
        weight: 4,
        largest: past_limit(&limits::SIGNED_PLAN),
    },
    Target {
        name: "decision",
        run: decision_file,
        kind: Kind::Json,
        samples: &["docs/examples/joan-council-decision.json"],
        words: &[],
        weight: 3,
        largest: past_limit(&limits::DECISION),
    },
    Target {
        name: "key-file",
        run: key_file,
        kind: Kind::Json,
        samples: &[],
        words: &[],
        weight: 2,
        largest: past_limit(&limits::KEY_FILE),
    },
    Target {
        name: "device-record",
        run: device_record,
        kind: Kind::Json,
        samples: &[],
        words: &[],
        weight: 3,
        largest: past_limit(&limits::RECORD),
    },
    Target {
        name: "sent-plans",
        run: sent_plans,
        kind: Kind::Json,
        samples: &[],
        words: &[],
        weight: 2,
        largest: past_limit(&limits::RECORD),
    },
    Target {
        name: "backup",
        run: backup,
        kind: Kind::Json,
        samples: &[],
        words: &[],
        weight: 3,
        largest: past_limit(&limits::BACKUP),
    },
    Target {
        name: "lock",
        run: lock,
        kind: Kind::Json,
        samples: &[],
        words: &[],
        weight: 2,
        largest: past_limit(&limits::LOCK),
    },
    Target {
        name: "config",
        run: config,
        kind: Kind::Json,
        samples: &["static/config.json"],
        words: &[],
        weight: 3,
        largest: past_limit(&limits::CONFIG),
    },
    Target {
        name: "canonical",
        run: canonical,
        kind: Kind::Json,
        samples: &[
            "docs/examples/joan-signed-plan.json",
            "docs/examples/joan-council-decision.json",
            "static/config.json",
        ],
        words: &[],
        weight: 3,
        largest: past_limit(&limits::SIGNED_PLAN),
    },
    Target {
        name: "amount",
        run: amount,
        kind: Kind::Text,
        samples: &[],
        words: &[],
        weight: 1,
        largest: 64 << 10,
    },
    Target {
        name: "catalogue",
        run: catalogue,
        kind: Kind::Text,
        samples: &["locales/en-GB.ftl", "locales/cy.ftl", "locales/ur.ftl"],
        words: &[],
        weight: 1,
        largest: 64 << 10,
    },
    Target {
        name: "cli",
        run: cli,
        kind: Kind::Json,
        samples: &[
            "static/rules/northshire-points-2026.json",
            "static/config.json",
            "docs/examples/joan-support-plan.json",
            "docs/examples/joan-signed-plan.json",
            "docs/examples/joan-council-decision.json",
            "static/rules/northshire-points-2026.example-answers.json",
        ],
        words: &[],
        weight: 2,
        largest: past_limit(&limits::SIGNED_PLAN),
    },
];

/// "A checked rule set always evaluates" (docs/rule-sets.md): any rule set that loads gives a
/// budget, within what is signed (whole pence within ±2^53) and never negative, for every
/// answer at the ends of what each question accepts, and says it in every language.
fn rule_set(text: &str, _: &Fixtures) -> Checked {
    let rules = match RuleSet::load(text) {
        Ok(rules) => rules,
        Err(problems) => return Ok(format!("refused:{}", fingerprint_path(&problems[0].path))),
    };
    let found = evaluates(&rules)?;
    // The same rules under other settings, which change every figure at once: each rounding
    // mode, a unit scaled by a power of ten, a period, a currency's places and a year's weeks.
    // Changing one of these and a figure together is rare by chance; here every input tries it.
    let seed = text.len() as u64 ^ u64::from(rules.content_hash().as_bytes()[0]);
    for variant in 0..2u64 {
        let mut file = rules.file().clone();
        let pick = |n: u64| {
            usize::try_from((seed.wrapping_mul(0x9e37_79b9) >> (variant * 16 + 3)) % n).unwrap_or(0)
        };
        file.rounding.mode = [
            RoundingMode::HalfUp,
            RoundingMode::HalfEven,
            RoundingMode::Down,
            RoundingMode::Up,
        ][pick(4)];
        file.rounding.unit.0 = file
            .rounding
            .unit
            .0
            .checked_mul(Decimal::from(
                10_i64.pow(u32::try_from(pick(19)).unwrap_or(0)),
            ))
            .unwrap_or(file.rounding.unit.0);
        file.allocation.period = [Period::Weekly, Period::Yearly][pick(2)];
        file.currency.minor_digits = u32::try_from(pick(5)).unwrap_or(2);
        file.weeks_per_year.0 = [
            Decimal::from(52),
            Decimal::new(52_143, 3),
            Decimal::from(53),
        ][pick(3)];
        if let Ok(rules) = RuleSet::from_file(file) {
            evaluates(&rules)?;
        }
    }
    Ok(found)
}

/// Holds a checked rule set to its promise, returning the orders of magnitude its budgets came
/// to: a rule set whose figures moved somewhere new is a stepping stone for the next mutation.
fn evaluates(rules: &RuleSet) -> Checked {
    let mut magnitudes = String::new();
    for answers in extreme_answers(rules) {
        let (budget, _) = match rules.explain(&answers) {
            Ok(result) => result,
            Err(BudgetError::Overflow(message)) => {
                return Err(format!(
                    "a checked rule set did not evaluate ({message}) for {}",
                    serde_json::to_string(&answers.0).unwrap_or_default()
                ))
            }
            Err(BudgetError::Answers(problems)) => {
                return Err(format!(
                    "answers made from the rule set's own limits were refused: {}",
                    problems[0]
                ))
            }
        };
        rules
            .asked_questions(&answers)
            .map_err(|e| format!("asked_questions failed: {e:?}"))?;
        magnitudes.push_str(&format!(
            "{}{}{} ",
            budget.weekly_minor.checked_ilog10().unwrap_or(0),
            if budget.panel { "p" } else { "" },
            if budget.carers_allocation.is_some() {
                "c"
            } else {
                ""
            }
        ));
        let figures = [
            Some((budget.weekly_minor, budget.annual_minor)),
            budget.carers_allocation,
        ];
        for (weekly, yearly) in figures.into_iter().flatten() {
            let signable = |minor: i64| (0..=MAX_SAFE_INTEGER as i64).contains(&minor);
            if !signable(weekly) || !signable(yearly) {
                return Err(format!(
                    "a checked rule set gave {weekly} a week and {yearly} a year, outside 0 to \
                     2^53 pence"
                ));
            }
        }
    }
    for language in LANGUAGES {
        let _ = rules.in_language(language.tag);
    }
    Ok(format!("loaded:{magnitudes}"))
}

/// Answers at the ends of each question's range, every option and none, the first and last
/// option, and yes and no: where arithmetic overflows if it ever does.
fn extreme_answers(rules: &RuleSet) -> Vec<Answers> {
    let mut sets: Vec<BTreeMap<String, Answer>> = vec![BTreeMap::new(); 4];
    let currency = rules.currency();
    for question in rules.questions() {
        let options: Vec<String> = question.options.iter().map(|o| o.id.clone()).collect();
        let ends = |d: Option<rust_decimal::Decimal>| -> i64 {
            let d = d.unwrap_or_default();
            match question.kind {
                QuestionType::Money => currency
                    .to_minor(d, rules.rounding_mode())
                    .unwrap_or_default(),
                _ => i64::try_from(d.trunc().mantissa()).unwrap_or_default(),
            }
        };
        let (low, high) = (
            ends(question.min.map(|d| d.0)),
            ends(question.max.map(|d| d.0)),
        );
        let per_set: [Option<Answer>; 4] = match question.kind {
            QuestionType::SingleChoice => [
                options.first().cloned().map(Answer::Option),
                options.last().cloned().map(Answer::Option),
                options.get(options.len() / 2).cloned().map(Answer::Option),
                None,
            ],
            QuestionType::MultipleChoice => [
                Some(Answer::Options(options.clone())),
                Some(Answer::Options(Vec::new())),
                options.last().cloned().map(|o| Answer::Options(vec![o])),
                None,
            ],
            QuestionType::YesNo => [
                Some(Answer::YesNo(true)),
                Some(Answer::YesNo(false)),
                Some(Answer::YesNo(true)),
                None,
            ],
            QuestionType::WholeNumber | QuestionType::Money => [
                Some(Answer::Number(high)),
                Some(Answer::Number(low)),
                Some(Answer::Number(if high > 0 && low < 0 { 0 } else { high })),
                None,
            ],
        };
        for (set, answer) in sets.iter_mut().zip(per_set) {
            if let Some(answer) = answer {
                set.insert(question.id.clone(), answer);
            }
        }
    }
    sets.into_iter().map(Answers).collect()
}

fn answers(text: &str, fixtures: &Fixtures) -> Checked {
    let answers = match Answers::from_json(text) {
        Ok(answers) => answers,
        Err(_) => return Ok("refused".to_owned()),
    };
    let mut found = String::new();
    for rules in &fixtures.rule_sets {
        found.push(match rules.explain(&answers) {
            Ok(_) => 'b',
            Err(BudgetError::Answers(_)) => 'a',
            Err(BudgetError::Overflow(message)) => {
                return Err(format!("a sample rule set did not evaluate: {message}"))
            }
        });
    }
    Ok(found)
}

/// An expression, as the value of the points sample's last step and as a question's
/// condition: whatever the checker accepts evaluates.
fn expression(text: &str, fixtures: &Fixtures) -> Checked {
    let parsed = sds_domain::rules::expr::parse(text).is_ok();
    let mut found = format!("parsed:{parsed}");
    for place in ["step", "condition"] {
        let mut file = fixtures.rule_sets[0].file().clone();
        match place {
            "step" => {
                if let Some(step) = file.allocation.steps.last_mut() {
                    step.value = text.to_owned();
                }
            }
            _ => {
                if let Some(question) = file
                    .questionnaire
                    .last_mut()
                    .and_then(|d| d.questions.last_mut())
                {
                    question.asked_when = Some(text.to_owned());
                }
            }
        }
        let Ok(text) = serde_json::to_string(&file) else {
            continue;
        };
        found.push_str(&rule_set(&text, fixtures)?);
    }
    Ok(found)
}

/// A plan that reads costs and checks under either sample, gives every task a status, and
/// reads back the same after it is written.
fn plan(text: &str, fixtures: &Fixtures) -> Checked {
    let plan = match read_plan(text) {
        Ok(plan) => plan,
        Err(error) => {
            let said = fixtures.english.message(&error.message());
            return Ok(format!("refused:{}", first_word(&said)));
        }
    };
    for rules in &fixtures.rule_sets {
        let assessment = assess(&plan, rules);
        for task in TASKS {
            let _ = status(&plan, &assessment, task);
        }
        let catalogue = &fixtures.english;
        for finding in &assessment.findings {
            let _ = catalogue.message(&finding.message);
        }
    }
    let back = read_plan(&write_plan(&plan))
        .map_err(|e| format!("a plan read did not read back: {e:?}"))?;
    if back != plan {
        return Err("a plan written and read back changed".to_owned());
    }
    Ok(format!("read:{}", plan.supports.len().min(20)))
}

/// "Verification never panics", and a file that verifies says a budget its rule set gives.
fn signed_plan_file(text: &str, fixtures: &Fixtures) -> Checked {
    let rules: Vec<&RuleSet> = fixtures.rule_sets.iter().collect();
    let verification = signed_plan::verify(text, &rules);
    let codes: BTreeSet<&str> = verification
        .report
        .problems
        .iter()
        .map(|p| p.code)
        .collect();
    for problem in &verification.report.problems {
        let _ = fixtures.english.message(&problem.message);
    }
    if verification.report.verified() && verification.recomputed.is_none() {
        return Err("a signed plan verified without its budget being worked out again".to_owned());
    }
    Ok(codes.into_iter().collect::<Vec<_>>().join(","))
}

fn decision_file(text: &str, fixtures: &Fixtures) -> Checked {
    let keys = fixtures.config.published_keys();
    let verification = decision::verify(text, Some(&keys));
    let mut codes: BTreeSet<&str> = verification
        .report
        .problems
        .iter()
        .map(|p| p.code)
        .collect();
    if let (Some(decision), Some(plan)) = (&verification.decision, &fixtures.signed_plan) {
        let problems = decision::check_against_plan(decision, &fixtures.signed_digest, plan);
        codes.extend(problems.iter().map(|p| p.code));
    }
    let mut sent = fixtures.sent.clone();
    let accepted = sent.accept_decision(text, &keys).is_ok();
    if accepted && !verification.report.verified() {
        return Err("a decision that does not verify was accepted".to_owned());
    }
    Ok(format!(
        "{accepted}:{}",
        codes.into_iter().collect::<Vec<_>>().join(",")
    ))
}

fn key_file(text: &str, _: &Fixtures) -> Checked {
    Ok(match KeyFile::read(text) {
        Ok((file, pair)) if pair.public_key() != file.public_key => {
            return Err("a key file was read with halves that do not belong together".to_owned())
        }
        Ok(_) => "read".to_owned(),
        Err(message) => format!("refused:{}", first_word(&message)),
    })
}

/// Random bytes that are always the same, for writes that seal.
struct FixedEntropy;

impl Entropy for FixedEntropy {
    fn fill(&self, bytes: &mut [u8]) -> Result<(), StoreError> {
        bytes.iter_mut().enumerate().for_each(|(i, b)| *b = i as u8);
        Ok(())
    }
}

fn at() -> Option<Timestamp> {
    Timestamp::parse("2026-12-07T10:00:00Z")
}

/// "A record that cannot be read is kept aside": whatever is stored under a plan's name, the
/// device lists it or reports it, and saving over it keeps the original text aside.
fn device_record(text: &str, fixtures: &Fixtures) -> Checked {
    let store = MemoryStore::new();
    let name = plan_name(&fixtures.plan.id);
    store
        .write(&name, text)
        .map_err(|e| format!("memory refused: {e:?}"))?;
    let device = Device::new(&store, None, &FixedEntropy, at());
    let shelf = device
        .plans()
        .map_err(|e| format!("listing failed: {e:?}"))?;
    let read = device.plan(&fixtures.plan.id);
    let unreadable = matches!(read, Err(ReadError::Unreadable(_)));
    let expect = match &read {
        Ok(Some(kept)) => Expect::Revision(kept.revision),
        Ok(None) => Expect::Nothing,
        Err(_) => Expect::Revision(0),
    };
    match device.save_plan(&fixtures.plan, expect) {
        Ok(_) => {}
        Err(error) => return Ok(format!("save refused:{error:?}").chars().take(40).collect()),
    }
    if unreadable {
        let kept_aside = store.keys().unwrap_or_default().iter().any(|key| {
            key.starts_with("sds.aside.")
                && device
                    .read(key)
                    .ok()
                    .flatten()
                    .is_some_and(|kept| kept.content["text"].as_str() == Some(text))
        });
        if !kept_aside {
            return Err(
                "an unreadable record was written over without being kept aside".to_owned(),
            );
        }
    }
    Ok(format!(
        "listed:{} unreadable:{} {}",
        shelf.plans.len(),
        shelf.unreadable.len(),
        unreadable
    ))
}

fn sent_plans(text: &str, fixtures: &Fixtures) -> Checked {
    let store = MemoryStore::new();
    store
        .write(&format!("sds.sent.{}", fixtures.plan.id), text)
        .map_err(|e| format!("memory refused: {e:?}"))?;
    let device = Device::new(&store, None, &FixedEntropy, at());
    Ok(match device.sent(&fixtures.plan.id) {
        Ok(mut sent) => {
            for entry in &sent.entries {
                let _ = entry.signed_plan();
                let _ = entry.decision();
            }
            let keys = fixtures.config.published_keys();
            let _ = sent.accept_decision(&fixtures.decision_text, &keys);
            format!("read:{}", sent.entries.len().min(10))
        }
        Err(error) => format!("refused:{error:?}").chars().take(30).collect(),
    })
}

/// A backup is checked whole before anything changes: a refused file leaves the device as it
/// was; an accepted one restores without a panic, and only what the person chose is replaced.
fn backup(text: &str, fixtures: &Fixtures) -> Checked {
    let store = MemoryStore::new();
    let device = Device::new(&store, None, &FixedEntropy, at());
    device
        .save_plan(&fixtures.plan, Expect::Nothing)
        .map_err(|e| format!("memory refused: {e:?}"))?;
    let before = store.keys().unwrap_or_default();
    let entries = match read_backup(text) {
        Ok(entries) => entries,
        Err(refused) => {
            if store.keys().unwrap_or_default() != before {
                return Err("a refused backup changed the device".to_owned());
            }
            return Ok(format!("refused:{refused:?}").chars().take(30).collect());
        }
    };
    let shelf = device
        .plans()
        .map_err(|e| format!("listing failed: {e:?}"))?;
    let incoming = compare(&shelf, entries);
    let here = shelf.plans.first().map(|kept| kept.content.clone());
    match restore(&device, &incoming, &BTreeSet::new()) {
        Ok(_) => {}
        Err((_, error)) => return Ok(format!("stopped:{error:?}").chars().take(30).collect()),
    }
    // Nothing was chosen, so a plan that needed a choice is as it was.
    if let Some(here) = here {
        let needed_choice = incoming
            .iter()
            .any(|i| i.entry.plan.id == here.id && i.arrival.needs_choice());
        let now = device
            .plan(&here.id)
            .ok()
            .flatten()
            .map(|kept| kept.content);
        if needed_choice && now.as_ref() != Some(&here) {
            return Err(
                "a restore replaced a plan the person did not choose to replace".to_owned(),
            );
        }
    }
    Ok(format!("restored:{}", incoming.len().min(10)))
}

fn lock(text: &str, _: &Fixtures) -> Checked {
    Ok(match Lock::from_json(text) {
        Ok(lock) => {
            let store = MemoryStore::new();
            let _ = store.write("sds.lock", text);
            let device = Device::new(&store, None, &FixedEntropy, at());
            let _ = device.lock();
            let _ = lock.to_json();
            "read".to_owned()
        }
        Err(error) => format!("refused:{error:?}").chars().take(30).collect(),
    })
}

fn config(text: &str, _: &Fixtures) -> Checked {
    Ok(match CouncilConfig::parse(text) {
        Ok(config) => {
            for day in [CalendarDate::new(2026, 12, 7), CalendarDate::new(1, 1, 1)]
                .into_iter()
                .flatten()
            {
                let _ = config.rule_set_in_force(day);
            }
            for language in LANGUAGES {
                let _ = config.in_language(language.tag);
            }
            let _ = config.published_keys();
            "read".to_owned()
        }
        Err(problems) => format!("refused:{}", fingerprint_path(&problems[0].location)),
    })
}

/// RFC 8785: the canonical form of a value reads back as the same value and is its own
/// canonical form.
fn canonical(text: &str, _: &Fixtures) -> Checked {
    // Only signed documents and rule sets are canonicalised, each within its limits.
    if limits::check(text, &limits::SIGNED_PLAN).is_err() {
        return Ok("too large".to_owned());
    }
    let Ok(value) = parse_strict(text) else {
        return Ok("refused".to_owned());
    };
    let first = canonical_json(&value);
    let again =
        parse_strict(&first).map_err(|e| format!("the canonical form does not parse: {e}"))?;
    if canonical_json(&again) != first {
        return Err("the canonical form is not its own canonical form".to_owned());
    }
    Ok(format!("hashed:{}", canonical_sha256(&value).is_ok()))
}

/// Amounts typed into money fields: what reads, reads back the same after formatting.
fn amount(text: &str, _: &Fixtures) -> Checked {
    let mut found = String::new();
    for digits in 0..=4 {
        if let Some(minor) = parse_major(text, digits) {
            let currency = Currency {
                code: "GBP".to_owned(),
                minor_digits: digits,
            };
            let shown = currency.format(minor);
            let plain: String = shown.chars().filter(|c| *c != '£' && *c != ',').collect();
            if parse_major(&plain, digits) != Some(minor) {
                return Err(format!(
                    "{text:?} read as {minor} but {shown} reads otherwise"
                ));
            }
            found.push('y');
        } else {
            found.push('n');
        }
    }
    Ok(found)
}

/// A translator's catalogue: one that does not parse is refused with a reason, and one that
/// does says every message, whatever its arguments.
fn catalogue(text: &str, fixtures: &Fixtures) -> Checked {
    // Welsh's place: a catalogue the app fetches when the language is chosen.
    match Catalogue::from_source(&LANGUAGES[1], text.to_owned()) {
        Ok(catalogue) => {
            for message in &fixtures.messages {
                let _ = catalogue.message(message);
            }
            Ok("parsed".to_owned())
        }
        Err(_) => Ok("refused".to_owned()),
    }
}

/// Every subcommand of the council's tool, on the input as each kind of file it reads: it
/// never panics, every non-zero exit says why on standard error, and nothing from a file
/// reaches the terminal raw (no control characters, no line of its own).
fn cli(text: &str, fixtures: &Fixtures) -> Checked {
    let dir = &fixtures.scratch;
    let file = dir.join("input.json");
    std::fs::write(&file, text).map_err(|e| format!("scratch file: {e}"))?;
    let input = file.to_string_lossy().into_owned();
    let repo = |path: &str| fixtures.root.join(path).to_string_lossy().into_owned();
    let (rules, answers, plan, config, key) = (
        repo(RULE_SETS[0]),
        repo("static/rules/northshire-points-2026.example-answers.json"),
        repo(PLANS[0]),
        fixtures.scratch_config.to_string_lossy().into_owned(),
        fixtures.key_path.to_string_lossy().into_owned(),
    );
    let out = dir.join("decision.json").to_string_lossy().into_owned();
    let commands: Vec<Vec<&str>> = vec![
        vec!["rules", "check", &input],
        vec!["config", "check", &input],
        vec!["budget", "--rules", &input, "--answers", &answers],
        vec!["budget", "--rules", &rules, "--answers", &input, "--json"],
        vec!["check", "--rules", &rules, "--plan", &input],
        vec!["check", "--rules", &rules, "--plan", &input, "--json"],
        vec!["check", "--rules", &input, "--plan", &plan],
        vec!["verify", &input, "--config", &config],
        vec!["verify", &input, &input, "--rules", &rules, "--json"],
        vec![
            "decide",
            "--key",
            &key,
            "--plan",
            &input,
            "--decision",
            "returned",
            "--reason",
            "x",
            "--officer",
            "Sam",
            "--role",
            "Officer",
            "--config",
            &config,
            "--out",
            &out,
        ],
        vec![
            "decide",
            "--key",
            &input,
            "--plan",
            &input,
            "--decision",
            "confirmed",
            "--reason",
            "x",
            "--officer",
            "Sam",
            "--role",
            "Officer",
            "--council-id",
            "a",
            "--council-name",
            "A",
            "--out",
            &out,
        ],
    ];
    // Three of them for each input, chosen by it, so each input is quick and all are met.
    let first = text.len() % commands.len();
    let mut codes = String::new();
    for args in commands.into_iter().cycle().skip(first).take(3) {
        let _ = std::fs::remove_file(&out);
        let mut terminal = Terminal::capturing();
        let code = support_plan::run(&args, &mut terminal);
        let (stdout, stderr) = terminal.captured();
        let command = args[..2].join(" ");
        if code != 0 && stderr.trim().is_empty() {
            return Err(format!(
                "`{command}` exited {code} and said nothing on standard error"
            ));
        }
        if holds_unsafe(&stdout) || holds_unsafe(&stderr) {
            return Err(format!("`{command}` printed a control character raw"));
        }
        if stdout
            .lines()
            .chain(stderr.lines())
            .any(|l| l.starts_with("FAKE"))
        {
            return Err(format!("`{command}` printed a line a file made up"));
        }
        if args.contains(&"--json") && code != 2 && !stdout.is_empty() {
            serde_json::from_str::<Value>(&stdout)
                .map_err(|e| format!("`{command} --json` printed JSON that does not parse: {e}"))?;
        }
        codes.push(char::from(b'0' + code.min(9)));
    }
    Ok(codes)
}

fn first_word(text: &str) -> String {
    text.split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A path with its indexes left out, so `supports[3].costing` and `supports[9].costing` count
/// as the same place.
fn fingerprint_path(path: &str) -> String {
    let mut out = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            c if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

/// The samples' own words, for targets that need a plan or a signed plan to work with.
pub fn sample_plan(root: &std::path::Path) -> Option<SupportPlan> {
    read_plan(&std::fs::read_to_string(root.join(PLANS[0])).ok()?).ok()
}

/// The sent-plans record a device keeps after signing the Joan example.
pub fn sample_sent(signed_text: &str, digest: &str) -> SentPlans {
    let mut sent = SentPlans::default();
    sent.add(&signed_plan::Signed {
        text: signed_text.to_owned(),
        digest: digest.to_owned(),
    });
    sent
}
