//! The council's static configuration (`config.json`): who runs the service and how to reach them.
//!
//! A council edits this file without a developer, so loading it checks everything a browser would
//! otherwise show wrongly (an empty name, an unreadable header colour, a typo in a field name) and
//! reports every problem at once, each with where it is and what was expected.

use crate::colour::{Colour, MINIMUM_TEXT_CONTRAST};
use crate::date::CalendarDate;
use crate::signing::decision::{CouncilKey, PublishedKeys};
use crate::signing::PublicKey;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// The longest council or service name shown in the header before it would wrap awkwardly on a
/// small phone.
const MAX_NAME_CHARS: usize = 80;

/// A configuration that has been checked and can be shown as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct CouncilConfig {
    pub council: Council,
    pub service: Service,
    /// The rule set files, each with the day it comes into force, oldest first. The one in
    /// force is the latest that has started; the earlier ones stay so that plans made under them
    /// can still be checked.
    pub rule_sets: Vec<RuleSetEntry>,
    /// The public keys the council signs decisions with, each with the days it is in force.
    /// A decision signed with any other key is refused.
    pub council_keys: Vec<CouncilKey>,
    /// The service's words in other languages, by language tag ("cy", "ur").
    pub translations: BTreeMap<String, ServiceWords>,
}

/// The service's own words in one other language: what a person reads that the council wrote
/// in `config.json` (its name, when the phone line is open, where to send a signed plan).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceWords {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub instructions: Option<String>,
}

/// A rule set file offered by the configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleSetEntry {
    /// Relative to the app, for example "rules/northshire-points-2026.json".
    pub file: String,
    /// The first day it is in force; `None` for a rule set in force from the start.
    pub in_force_from: Option<CalendarDate>,
}

impl CouncilConfig {
    /// The configuration with the service's words in the language `tag` where it has them, and
    /// the paths of those it had to leave in English (`translations.cy.hours`).
    pub fn in_language(&self, tag: &str) -> (CouncilConfig, Vec<String>) {
        let mut config = self.clone();
        if crate::rules::translation::same_language(tag, "en") {
            return (config, Vec::new());
        }
        let words = self
            .translations
            .iter()
            .find(|(t, _)| crate::rules::translation::same_language(t, tag))
            .map(|(_, words)| words.clone())
            .unwrap_or_default();
        let mut missing = Vec::new();
        let mut put = |field: &str, target: &mut String, given: Option<String>| match given {
            Some(text) if !text.trim().is_empty() => *target = text,
            _ => missing.push(format!("translations.{tag}.{field}")),
        };
        put("name", &mut config.service.name, words.name);
        if let Some(hours) = &mut config.service.contact.hours {
            put("hours", hours, words.hours);
        }
        if let Some(instructions) = &mut config.service.send_to.instructions {
            put("instructions", instructions, words.instructions);
        }
        (config, missing)
    }

    /// The rule set in force on `day`: the one that started most recently, if any has.
    pub fn rule_set_in_force(&self, day: CalendarDate) -> Option<&RuleSetEntry> {
        self.rule_sets
            .iter()
            .filter(|entry| entry.in_force_from.is_none_or(|from| from <= day))
            .max_by_key(|entry| entry.in_force_from)
    }

    /// Every rule set a signed plan may have been made under, in the order a verifier holds
    /// them: the one in force on `day` first (the "current" one plans are compared with), then
    /// the rest, latest listed first. The council view and the CLI both gather them this way.
    pub fn rule_sets_for_verifying(&self, day: Option<CalendarDate>) -> Vec<&RuleSetEntry> {
        let in_force = day.and_then(|day| self.rule_set_in_force(day));
        in_force
            .into_iter()
            .chain(
                self.rule_sets
                    .iter()
                    .rev()
                    .filter(|entry| Some(*entry) != in_force),
            )
            .collect()
    }

    /// The keys a person's app checks a decision against.
    pub fn published_keys(&self) -> PublishedKeys<'_> {
        PublishedKeys {
            council_id: &self.council.id,
            keys: &self.council_keys,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Council {
    /// A short identifier that never changes ("northshire"): decisions name it, and the app
    /// accepts only decisions that name its own council.
    pub id: String,
    /// The council's name as residents know it, shown in the header of every page.
    pub name: String,
    /// The council's home page, linked from its name in the header.
    pub website: Option<String>,
    /// The header's background colour; white text on it meets WCAG 2.2 AA.
    pub brand_colour: Colour,
    /// An image beside the app (SVG or PNG) shown before the council's name in the header.
    pub logo: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Service {
    /// The service's name, for example "Plan your care and support".
    pub name: String,
    /// How the public reaches the team that runs the service.
    pub contact: Contact,
    /// Where a person sends their signed plan.
    pub send_to: SendTo,
}

/// Where signed plans go: an email address, a web address (an upload form of the council's),
/// or both, with the council's own words. The app only shows them; it sends nothing itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SendTo {
    pub email: Option<String>,
    pub web_address: Option<String>,
    pub instructions: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
    /// When the phone line is open, in the council's own words.
    pub hours: Option<String>,
}

/// One thing wrong with a configuration file: where it is, and what is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// A JSON path such as `council.brand_colour`, or `line 3, column 7` when the file is not
    /// valid JSON at all.
    pub location: String,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    council: RawCouncil,
    service: RawService,
    /// One rule set, in force from the start (the first releases' form).
    #[serde(default)]
    rule_set: Option<String>,
    #[serde(default)]
    rule_sets: Vec<RawRuleSetEntry>,
    #[serde(default)]
    council_keys: Vec<RawCouncilKey>,
    #[serde(default)]
    translations: BTreeMap<String, ServiceWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRuleSetEntry {
    file: String,
    in_force_from: String,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSendTo {
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    web_address: Option<String>,
    #[serde(default)]
    instructions: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCouncilKey {
    public_key: String,
    valid_from: String,
    #[serde(default)]
    valid_until: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCouncil {
    id: String,
    name: String,
    #[serde(default)]
    website: Option<String>,
    brand_colour: String,
    #[serde(default)]
    logo: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    name: String,
    #[serde(default)]
    contact: RawContact,
    #[serde(default)]
    send_signed_plans_to: RawSendTo,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    hours: Option<String>,
}

impl CouncilConfig {
    /// Reads and checks `config.json`. On failure, returns every problem found, in file order.
    pub fn parse(text: &str) -> Result<CouncilConfig, Vec<ConfigProblem>> {
        crate::limits::check(text, &crate::limits::CONFIG)
            .map_err(|exceeded| vec![problem("", exceeded.to_string())])?;
        let raw: RawConfig = serde_json::from_str(text).map_err(|e| vec![json_problem(&e)])?;
        let mut problems = Vec::new();

        let council_id = raw.council.id.trim().to_owned();
        let id_ok = (1..=40).contains(&council_id.len())
            && council_id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            problems.push(problem(
                "council.id",
                format!(
                    "{council_id:?} must be 1 to 40 lower-case letters, digits or hyphens, like \
                     \"northshire\"; it must never change once decisions have been signed"
                ),
            ));
        }
        let council_name = required_name(&raw.council.name, "council.name", &mut problems);
        let website = raw
            .council
            .website
            .and_then(|url| web_address(url, "council.website", &mut problems));
        let logo = optional_text(raw.council.logo).and_then(|file| {
            beside_the_app(file, "council.logo", &[".svg", ".png"], &mut problems)
        });
        let brand_colour = brand_colour(&raw.council.brand_colour, &mut problems);
        let service_name = required_name(&raw.service.name, "service.name", &mut problems);
        let contact = Contact {
            phone: optional_text(raw.service.contact.phone),
            email: optional_text(raw.service.contact.email)
                .and_then(|email| email_address(email, "service.contact.email", &mut problems)),
            hours: optional_text(raw.service.contact.hours),
        };
        let send = raw.service.send_signed_plans_to;
        let send_to = SendTo {
            email: optional_text(send.email).and_then(|email| {
                email_address(email, "service.send_signed_plans_to.email", &mut problems)
            }),
            web_address: optional_text(send.web_address).and_then(|url| {
                web_address(
                    url,
                    "service.send_signed_plans_to.web_address",
                    &mut problems,
                )
            }),
            instructions: optional_text(send.instructions),
        };
        let mut translations = BTreeMap::new();
        for (tag, words) in raw.translations {
            let at = format!("translations.{tag}");
            if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
                problems.push(problem(
                    &at,
                    format!("{tag:?} is not a language tag; write one like \"cy\" or \"ur\""),
                ));
            }
            // A translated name has the same limits as the name: it is in the same header.
            let name = words
                .name
                .map(|name| required_name(&name, &format!("{at}.name"), &mut problems));
            let words = ServiceWords {
                name,
                hours: optional_text(words.hours),
                instructions: optional_text(words.instructions),
            };
            translations.insert(tag, words);
        }
        let rule_sets = rule_sets(raw.rule_set, raw.rule_sets, &mut problems);
        let council_keys = council_keys(raw.council_keys, &mut problems);

        if problems.is_empty() {
            Ok(CouncilConfig {
                council: Council {
                    id: council_id,
                    name: council_name,
                    website,
                    brand_colour,
                    logo,
                },
                service: Service {
                    name: service_name,
                    contact,
                    send_to,
                },
                rule_sets,
                council_keys,
                translations,
            })
        } else {
            Err(problems)
        }
    }
}

fn web_address(url: String, location: &str, problems: &mut Vec<ConfigProblem>) -> Option<String> {
    let url = url.trim().to_owned();
    if url.starts_with("https://") || url.starts_with("http://") {
        Some(url)
    } else {
        problems.push(problem(
            location,
            format!("{url:?} is not a web address; it must start with https://"),
        ));
        None
    }
}

fn email_address(
    email: String,
    location: &str,
    problems: &mut Vec<ConfigProblem>,
) -> Option<String> {
    if email.contains('@') && !email.contains(char::is_whitespace) {
        Some(email)
    } else {
        problems.push(problem(
            location,
            format!("{email:?} is not an email address"),
        ));
        None
    }
}

/// A file beside the app: a relative path with one of `endings`, never leaving the app's folder
/// (so the app fetches nothing from anywhere else).
fn beside_the_app(
    file: String,
    location: &str,
    endings: &[&str],
    problems: &mut Vec<ConfigProblem>,
) -> Option<String> {
    let file = file.trim().to_owned();
    let relative = !file.starts_with('/')
        && !file.contains("://")
        && !file.contains('\\')
        && !file.split('/').any(|part| part == ".." || part.is_empty());
    if relative && endings.iter().any(|ending| file.ends_with(ending)) {
        Some(file)
    } else {
        problems.push(problem(
            location,
            format!(
                "{file:?} must be the path of a {} file beside the app, like \"rules/northshire-points-2026.json\" \
                 (no leading '/', no '..', no web address)",
                endings.join(" or ")
            ),
        ));
        None
    }
}

/// The rule sets offered: either `rule_set` (one, in force from the start) or `rule_sets` (each
/// with the day it comes into force), never both, and at least one.
fn rule_sets(
    single: Option<String>,
    dated: Vec<RawRuleSetEntry>,
    problems: &mut Vec<ConfigProblem>,
) -> Vec<RuleSetEntry> {
    match (single, dated.is_empty()) {
        (Some(_), false) => {
            problems.push(problem(
                "rule_sets",
                "give either \"rule_set\" or \"rule_sets\", not both".to_owned(),
            ));
            Vec::new()
        }
        (None, true) => {
            problems.push(problem(
                "rule_sets",
                "name at least one rule set file, like \"rule_sets\": [{\"file\": \
                 \"rules/northshire-points-2026.json\", \"in_force_from\": \"2026-04-01\"}]"
                    .to_owned(),
            ));
            Vec::new()
        }
        (Some(file), true) => beside_the_app(file, "rule_set", &[".json"], problems)
            .map(|file| RuleSetEntry {
                file,
                in_force_from: None,
            })
            .into_iter()
            .collect(),
        (None, false) => {
            let mut entries = Vec::new();
            for (i, entry) in dated.into_iter().enumerate() {
                let file = beside_the_app(
                    entry.file,
                    &format!("rule_sets[{i}].file"),
                    &[".json"],
                    problems,
                );
                let from = CalendarDate::parse_iso(entry.in_force_from.trim());
                if from.is_none() {
                    problems.push(problem(
                        &format!("rule_sets[{i}].in_force_from"),
                        format!(
                            "{:?} is not a date; write it as YYYY-MM-DD, like \"2026-04-01\"",
                            entry.in_force_from
                        ),
                    ));
                }
                if let (Some(file), Some(from)) = (file, from) {
                    if entries
                        .iter()
                        .any(|e: &RuleSetEntry| e.in_force_from == Some(from))
                    {
                        problems.push(problem(
                            &format!("rule_sets[{i}].in_force_from"),
                            format!("another rule set also comes into force on {from}"),
                        ));
                    }
                    entries.push(RuleSetEntry {
                        file,
                        in_force_from: Some(from),
                    });
                }
            }
            entries.sort_by_key(|e| e.in_force_from);
            entries
        }
    }
}

fn council_keys(raw: Vec<RawCouncilKey>, problems: &mut Vec<ConfigProblem>) -> Vec<CouncilKey> {
    let mut keys = Vec::new();
    for (i, key) in raw.into_iter().enumerate() {
        let at = |field: &str| format!("council_keys[{i}].{field}");
        let public_key = PublicKey::parse_hex(key.public_key.trim());
        if public_key.is_none() {
            problems.push(problem(
                &at("public_key"),
                format!(
                    "{:?} is not an Ed25519 public key; copy the 64 hex digits that \
                     'support-plan keygen' printed",
                    key.public_key
                ),
            ));
        }
        let date = |field: &str, text: &str, problems: &mut Vec<ConfigProblem>| {
            let date = CalendarDate::parse_iso(text.trim());
            if date.is_none() {
                problems.push(problem(
                    &at(field),
                    format!("{text:?} is not a date; write it as YYYY-MM-DD, like \"2026-04-01\""),
                ));
            }
            date
        };
        let valid_from = date("valid_from", &key.valid_from, problems);
        let valid_until = key
            .valid_until
            .as_deref()
            .map(|text| date("valid_until", text, problems));
        if let (Some(from), Some(Some(until))) = (valid_from, valid_until) {
            if until < from {
                problems.push(problem(
                    &at("valid_until"),
                    format!("{until} is before valid_from ({from})"),
                ));
            }
        }
        if let (Some(public_key), Some(valid_from), None | Some(Some(_))) =
            (public_key, valid_from, valid_until)
        {
            keys.push(CouncilKey {
                public_key,
                valid_from,
                valid_until: valid_until.flatten(),
            });
        }
    }
    keys
}

fn problem(location: &str, message: String) -> ConfigProblem {
    ConfigProblem {
        location: location.to_owned(),
        message,
    }
}

/// Turns a JSON syntax or shape error into a located problem. serde_json appends "at line L
/// column C" to its messages; the location says that already.
fn json_problem(error: &serde_json::Error) -> ConfigProblem {
    let full = error.to_string();
    let message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    };
    ConfigProblem {
        location: format!("line {}, column {}", error.line(), error.column()),
        message,
    }
}

fn required_name(value: &str, location: &str, problems: &mut Vec<ConfigProblem>) -> String {
    let name = value.trim();
    if name.is_empty() {
        problems.push(problem(location, "must not be empty".to_owned()));
    } else if name.chars().count() > MAX_NAME_CHARS {
        problems.push(problem(
            location,
            format!(
                "is {} characters long; use at most {MAX_NAME_CHARS}",
                name.chars().count()
            ),
        ));
    }
    name.to_owned()
}

fn optional_text(value: Option<String>) -> Option<String> {
    value
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
}

fn brand_colour(value: &str, problems: &mut Vec<ConfigProblem>) -> Colour {
    const LOCATION: &str = "council.brand_colour";
    let Some(colour) = Colour::parse_hex(value.trim()) else {
        problems.push(problem(
            LOCATION,
            format!(
                "{value:?} is not a colour; write it as # and six hex digits, like \"#0b4f6c\""
            ),
        ));
        return Colour::WHITE;
    };
    let ratio = colour.contrast_ratio(Colour::WHITE);
    if ratio < MINIMUM_TEXT_CONTRAST {
        problems.push(problem(
            LOCATION,
            format!(
                "white text on {colour} has a contrast ratio of {ratio:.2}:1; choose a darker \
                 colour with at least {MINIMUM_TEXT_CONTRAST}:1"
            ),
        ));
    }
    colour
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r##"{
        "council": {
            "id": "northshire",
            "name": "Northshire Council",
            "website": "https://www.northshire.example/",
            "brand_colour": "#0B4F6C"
        },
        "service": {
            "name": "Plan your care and support",
            "contact": { "phone": "0300 555 0199", "email": "care.plans@northshire.example", "hours": "Monday to Friday, 9am to 5pm" }
        },
        "rule_set": "rules/northshire-points-2026.json"
    }"##;

    fn problems(text: &str) -> Vec<String> {
        match CouncilConfig::parse(text) {
            Ok(config) => panic!("expected problems, got {config:?}"),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn reads_a_complete_configuration() {
        let config = CouncilConfig::parse(GOOD).unwrap();
        assert_eq!(config.council.name, "Northshire Council");
        assert_eq!(
            config.council.website.as_deref(),
            Some("https://www.northshire.example/")
        );
        assert_eq!(config.council.brand_colour.to_string(), "#0b4f6c");
        assert_eq!(config.service.name, "Plan your care and support");
        assert_eq!(
            config.service.contact.phone.as_deref(),
            Some("0300 555 0199")
        );
    }

    #[test]
    fn contact_and_website_are_optional() {
        let config = CouncilConfig::parse(
            r##"{"council":{"id":"a","name":"A","brand_colour":"#000000"},"service":{"name":"B"},"rule_set":"r.json"}"##,
        )
        .unwrap();
        assert_eq!(config.council.website, None);
        assert_eq!(config.service.contact, Contact::default());
    }

    #[test]
    fn the_service_words_are_translated_where_given_and_checked() {
        let with = |translations: &str| {
            GOOD.replacen(
                "\"rule_set\"",
                &format!("\"translations\": {translations}, \"rule_set\""),
                1,
            )
        };
        let config =
            CouncilConfig::parse(&with(r#"{ "cy": { "name": " Cynllunio eich gofal " } }"#))
                .unwrap();
        let (welsh, missing) = config.in_language("cy-GB");
        assert_eq!(welsh.service.name, "Cynllunio eich gofal");
        assert_eq!(
            welsh.service.contact.hours.as_deref(),
            Some("Monday to Friday, 9am to 5pm")
        );
        assert_eq!(missing, ["translations.cy-GB.hours"]);
        let (urdu, missing) = config.in_language("ur");
        assert_eq!(urdu.service.name, config.service.name);
        assert_eq!(missing.len(), 2);
        assert!(config.in_language("en").1.is_empty());
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let found = problems(&with(&format!(
            r#"{{ "cy": {{ "name": "{long}" }}, "not a tag": {{}} }}"#
        )));
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("translations.cy.name: is 81 characters long")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("translations.not a tag: ")),
            "{found:?}"
        );
    }

    #[test]
    fn the_shipped_sample_is_valid() {
        let text = include_str!("../../../static/config.json");
        CouncilConfig::parse(text).unwrap();
    }

    #[test]
    fn not_json_is_located_by_line_and_column() {
        let found = problems("{\n  \"council\": {\n    \"name\": \"A\",,\n");
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("line 3, column "), "{found:?}");
        assert!(!found[0].contains(" at line "), "{found:?}");
    }

    #[test]
    fn a_misspelt_field_is_named() {
        let found = problems(
            r##"{"council":{"id":"a","name":"A","brand_color":"#000000"},"service":{"name":"B"},"rule_set":"r.json"}"##,
        );
        assert!(
            found[0].contains("unknown field `brand_color`"),
            "{found:?}"
        );
    }

    #[test]
    fn a_missing_field_is_named() {
        let found = problems(
            r##"{"council":{"id":"a","name":"A"},"service":{"name":"B"},"rule_set":"r.json"}"##,
        );
        assert!(
            found[0].contains("missing field `brand_colour`"),
            "{found:?}"
        );
    }

    #[test]
    fn reports_every_problem_at_once_with_its_path() {
        let found = problems(
            r##"{"council":{"id":"a","name":"  ","website":"www.example","brand_colour":"#ffff00"},
                "service":{"name":"","contact":{"email":"not an address"}},"rule_set":"r.json"}"##,
        );
        assert_eq!(found.len(), 5, "{found:?}");
        assert_eq!(found[0], "council.name: must not be empty");
        assert!(found[1].starts_with("council.website: \"www.example\" is not a web address"));
        assert!(found[2].starts_with(
            "council.brand_colour: white text on #ffff00 has a contrast ratio of 1.07:1"
        ));
        assert_eq!(found[3], "service.name: must not be empty");
        assert!(found[4].starts_with("service.contact.email:"));
    }

    #[test]
    fn an_unreadable_colour_says_how_to_write_one() {
        let found = problems(
            r##"{"council":{"id":"a","name":"A","brand_colour":"navy"},"service":{"name":"B"},"rule_set":"r.json"}"##,
        );
        assert_eq!(
            found,
            vec![
                "council.brand_colour: \"navy\" is not a colour; write it as # and six hex digits, like \"#0b4f6c\""
            ]
        );
    }

    #[test]
    fn an_overlong_name_is_refused() {
        let long = "x".repeat(81);
        let text = format!(
            r##"{{"council":{{"id":"a","name":"{long}","brand_colour":"#000000"}},"service":{{"name":"B"}},"rule_set":"r.json"}}"##
        );
        assert_eq!(
            problems(&text),
            vec!["council.name: is 81 characters long; use at most 80"]
        );
    }

    #[test]
    fn rule_set_files_must_be_relative_json_paths() {
        for bad in [
            "/rules/a.json",
            "https://example.org/a.json",
            "../a.json",
            "rules//a.json",
            "rules/a.txt",
            "rules\\a.json",
        ] {
            let text = format!(
                r##"{{"council":{{"id":"a","name":"A","brand_colour":"#000000"}},"service":{{"name":"B"}},"rule_set":"{}"}}"##,
                bad.replace('\\', "\\\\")
            );
            let found = problems(&text);
            assert!(found[0].starts_with("rule_set: "), "{bad}: {found:?}");
        }
        let config = CouncilConfig::parse(
            r##"{"council":{"id":"a","name":"A","brand_colour":"#000000"},"service":{"name":"B"},"rule_set":" rules/a.json "}"##,
        )
        .unwrap();
        assert_eq!(config.rule_sets[0].file, "rules/a.json");
        assert_eq!(config.rule_sets[0].in_force_from, None);
    }

    #[test]
    fn the_rule_set_in_force_is_the_latest_that_has_started() {
        let config = CouncilConfig::parse(
            r##"{"council":{"id":"a","name":"A","brand_colour":"#000000"},"service":{"name":"B"},
                "rule_sets":[{"file":"rules/2027.json","in_force_from":"2027-04-01"},
                             {"file":"rules/2026.json","in_force_from":"2026-04-01"}]}"##,
        )
        .unwrap();
        let on = |day: &str| {
            config
                .rule_set_in_force(CalendarDate::parse_iso(day).unwrap())
                .map(|entry| entry.file.as_str())
        };
        assert_eq!(on("2026-03-31"), None);
        assert_eq!(on("2026-04-01"), Some("rules/2026.json"));
        assert_eq!(on("2027-03-31"), Some("rules/2026.json"));
        assert_eq!(on("2027-04-01"), Some("rules/2027.json"));
        // Oldest first, whatever the file's order.
        assert_eq!(config.rule_sets[0].file, "rules/2026.json");
        // A verifier holds the one in force first, then the rest, latest first.
        let held = |day: Option<&str>| -> Vec<&str> {
            config
                .rule_sets_for_verifying(day.and_then(CalendarDate::parse_iso))
                .iter()
                .map(|entry| entry.file.as_str())
                .collect()
        };
        assert_eq!(
            held(Some("2026-06-01")),
            ["rules/2026.json", "rules/2027.json"]
        );
        assert_eq!(
            held(Some("2027-06-01")),
            ["rules/2027.json", "rules/2026.json"]
        );
        assert_eq!(held(None), ["rules/2027.json", "rules/2026.json"]);
    }

    #[test]
    fn rule_sets_are_checked() {
        let base =
            r##"{"council":{"id":"a","name":"A","brand_colour":"#000000"},"service":{"name":"B"}"##;
        assert_eq!(
            problems(&format!("{base}}}")),
            vec!["rule_sets: name at least one rule set file, like \"rule_sets\": [{\"file\": \"rules/northshire-points-2026.json\", \"in_force_from\": \"2026-04-01\"}]"]
        );
        assert!(problems(&format!(
            r#"{base},"rule_set":"a.json","rule_sets":[{{"file":"b.json","in_force_from":"2026-04-01"}}]}}"#
        ))[0]
            .contains("not both"));
        let found = problems(&format!(
            r#"{base},"rule_sets":[{{"file":"a.json","in_force_from":"April 2026"}},
                {{"file":"b.json","in_force_from":"2026-04-01"}},{{"file":"c.json","in_force_from":"2026-04-01"}}]}}"#
        ));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("rule_sets[0].in_force_from: \"April 2026\" is not a date"));
        assert_eq!(
            found[1],
            "rule_sets[2].in_force_from: another rule set also comes into force on 2026-04-01"
        );
    }

    #[test]
    fn logo_and_where_to_send_signed_plans() {
        let config = CouncilConfig::parse(
            r##"{"council":{"id":"a","name":"A","brand_colour":"#000000","logo":"images/logo.svg"},
                "service":{"name":"B","send_signed_plans_to":{"email":"plans@a.example","web_address":"https://a.example/upload","instructions":"Put your name in the subject."}},
                "rule_set":"r.json"}"##,
        )
        .unwrap();
        assert_eq!(config.council.logo.as_deref(), Some("images/logo.svg"));
        assert_eq!(
            config.service.send_to.email.as_deref(),
            Some("plans@a.example")
        );
        assert_eq!(
            config.service.send_to.web_address.as_deref(),
            Some("https://a.example/upload")
        );
        let found = problems(
            r##"{"council":{"id":"a","name":"A","brand_colour":"#000000","logo":"https://cdn.example/logo.svg"},
                "service":{"name":"B","send_signed_plans_to":{"email":"nobody","web_address":"a.example/upload"}},
                "rule_set":"r.json"}"##,
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].starts_with("council.logo: \"https://cdn.example/logo.svg\" must be the path of a .svg or .png file beside the app"));
        assert!(found[1].starts_with("service.send_signed_plans_to.email:"));
        assert!(found[2].starts_with("service.send_signed_plans_to.web_address:"));
    }

    #[test]
    fn council_keys_are_read_and_checked() {
        let key = crate::signing::KeyPair::from_secret([5; 32])
            .public_key()
            .hex();
        let config = CouncilConfig::parse(&format!(
            r##"{{"council":{{"id":"northshire","name":"A","brand_colour":"#000000"}},"service":{{"name":"B"}},"rule_set":"r.json",
                "council_keys":[{{"public_key":"{key}","valid_from":"2026-04-01","valid_until":"2027-03-31"}}]}}"##
        ))
        .unwrap();
        assert_eq!(config.council_keys.len(), 1);
        assert_eq!(config.council_keys[0].public_key.hex(), key);
        assert_eq!(config.published_keys().council_id, "northshire");
        let found = problems(&format!(
            r##"{{"council":{{"id":"North Shire","name":"A","brand_colour":"#000000"}},"service":{{"name":"B"}},"rule_set":"r.json",
                "council_keys":[{{"public_key":"abc","valid_from":"2026-04-01"}},
                                {{"public_key":"{key}","valid_from":"1 April 2026"}},
                                {{"public_key":"{key}","valid_from":"2026-04-01","valid_until":"2026-01-01"}}]}}"##
        ));
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].starts_with("council.id: \"North Shire\" must be"));
        assert!(found[1]
            .starts_with("council_keys[0].public_key: \"abc\" is not an Ed25519 public key"));
        assert!(found[2].starts_with("council_keys[1].valid_from: \"1 April 2026\" is not a date"));
        assert_eq!(
            found[3],
            "council_keys[2].valid_until: 2026-01-01 is before valid_from (2026-04-01)"
        );
    }

    #[test]
    fn blank_contact_details_are_treated_as_absent() {
        let config = CouncilConfig::parse(
            r##"{"council":{"id":"a","name":"A","brand_colour":"#000000"},"service":{"name":"B","contact":{"phone":"  "}},"rule_set":"r.json"}"##,
        )
        .unwrap();
        assert_eq!(config.service.contact.phone, None);
    }
}
