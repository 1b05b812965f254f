//! What the program says, in any language.
//!
//! The domain never writes a sentence. A finding, a line's working or a step of the budget's
//! explanation is a [`Message`]: a catalogue key with arguments (names, amounts, dates, counts,
//! other messages, lists). A [`Catalogue`] (one `locales/<tag>.ftl` file in Project Fluent's
//! format) turns it into words, so the browser shows it in the language the person chose and
//! the council's tool prints it in English, from the same key. Plurals, the choice between "you"
//! and a name, and word order are the translator's, in the catalogue, never the code's.
//!
//! English's catalogue is compiled in: it is the council's tool's language, the one every page
//! can always fall back to, and the one the app shows before anything else is known. Every
//! other language's catalogue is a file beside the app (`locales/<tag>.ftl`), which the app
//! fetches only when the language is chosen and gives to [`Catalogue::from_source`], so a first
//! visit downloads no language it does not read. A fetched file is outside input: one too
//! large, nested too deep or not in Fluent's syntax is refused with a reason, never a panic.

use crate::date::CalendarDate;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde_json::{json, Value};
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;

/// A sentence to be said in the reader's language: a catalogue key and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message. Money arrives already formatted (every language here writes
/// "£1,234.50"); dates and lists are put into words by the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Words from outside the catalogue: a name the person typed, a rule set's label, an amount.
    Text(String),
    /// A count, which selects plural forms.
    Number(i64),
    Date(CalendarDate),
    Message(Message),
    /// Said as a list in the reader's language: "a, b and c".
    List(Vec<Message>),
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message as JSON, to keep in a record: a reason kept with a record set aside is said
    /// in whatever language the person reads it in later, not the one it was set aside in.
    /// `{"key": …, "args": [[name, value], …]}` (in order, as a message is compared), each
    /// value text, a count, `{"date": "2026-11-27"}`, a message, or a list of messages.
    pub fn to_value(&self) -> Value {
        let args: Vec<Value> = self
            .args
            .iter()
            .map(|(name, arg)| json!([name, arg_value(arg)]))
            .collect();
        json!({ "key": self.key, "args": args })
    }

    /// A message kept by [`Message::to_value`]; `None` if it is not one, or its key or an
    /// argument's name is not in the catalogue (kept by another release), so the caller can say
    /// so rather than show a key no catalogue has.
    pub fn from_value(value: &Value) -> Option<Message> {
        let mut message = Message::new(catalogue_word(value.get("key")?.as_str()?, true)?);
        for pair in value.get("args")?.as_array()? {
            let [name, arg] = pair.as_array()?.as_slice() else {
                return None;
            };
            message
                .args
                .push((catalogue_word(name.as_str()?, false)?, value_arg(arg)?));
        }
        Some(message)
    }
}

fn arg_value(arg: &Arg) -> Value {
    match arg {
        Arg::Text(text) => Value::String(text.clone()),
        Arg::Number(count) => Value::from(*count),
        Arg::Date(date) => json!({ "date": date.to_string() }),
        Arg::Message(message) => message.to_value(),
        Arg::List(items) => Value::Array(items.iter().map(Message::to_value).collect()),
    }
}

fn value_arg(value: &Value) -> Option<Arg> {
    Some(match value {
        Value::String(text) => Arg::Text(text.clone()),
        Value::Number(count) => Arg::Number(count.as_i64()?),
        Value::Array(items) => Arg::List(
            items
                .iter()
                .map(Message::from_value)
                .collect::<Option<Vec<_>>>()?,
        ),
        Value::Object(map) if map.contains_key("date") => {
            Arg::Date(CalendarDate::parse_iso(map.get("date")?.as_str()?)?)
        }
        other => Arg::Message(Message::from_value(other)?),
    })
}

/// The English catalogue's own copy of a message key (`key` true: at the start of a line,
/// before ` =`) or an argument's name (after `$`): a message holds them as `'static` text, and
/// only a word the catalogue has can be one.
fn catalogue_word(word: &str, key: bool) -> Option<&'static str> {
    let source: &'static str = ENGLISH_SOURCE;
    let in_word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if word.is_empty() || !word.chars().all(in_word) {
        return None;
    }
    source
        .match_indices(word)
        .map(|(at, _)| at)
        .find(|&at| {
            let before = source[..at].chars().next_back();
            let after = &source[at + word.len()..];
            if key {
                matches!(before, None | Some('\n')) && after.starts_with(" =")
            } else {
                before == Some('$') && !after.starts_with(in_word)
            }
        })
        .map(|at| &source[at..at + word.len()])
}

/// Where a JSON reader stopped, as a message: the line and column, never the reader's own
/// English sentence, so a reason built on it reads in any language.
pub fn json_at(error: &serde_json::Error) -> Message {
    Message::new("json-at")
        .with("line", error.line())
        .with("column", error.column())
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<i64> for Arg {
    fn from(count: i64) -> Arg {
        Arg::Number(count)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Arg {
        Arg::Number(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<CalendarDate> for Arg {
    fn from(date: CalendarDate) -> Arg {
        Arg::Date(date)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(message)
    }
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of HTML's `dir` attribute.
    pub fn html(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// A language the app is translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47: "en-GB", "cy", "ur". Recorded with what a person signs.
    pub tag: &'static str,
    /// The language's name in itself, as the language choice shows it.
    pub name: &'static str,
    pub direction: Direction,
}

/// English's whole catalogue, compiled in. Not a field of [`Language`]: a program that uses
/// the list of languages but only part of English's words (the app's start page, see
/// [`Catalogue::compiled_in_from`]) then does not carry the whole text.
pub const ENGLISH_SOURCE: &str = include_str!("../../../locales/en-GB.ftl");

/// Every language offered, English first (the language of the council's tool, and the one whose
/// catalogue is compiled in). Every catalogue has every message, which the tests hold them to.
pub const LANGUAGES: [Language; 3] = [
    Language {
        tag: "en-GB",
        name: "English",
        direction: Direction::LeftToRight,
    },
    Language {
        tag: "cy",
        name: "Cymraeg",
        direction: Direction::LeftToRight,
    },
    Language {
        tag: "ur",
        name: "اردو",
        direction: Direction::RightToLeft,
    },
];

/// The pseudo-locale: English with every letter the catalogue holds swapped for an accented
/// one ("Ŷöûŕ þļåñš"), so any words on a page that did not come from the catalogue stand out.
/// It is never offered in the language choice; tests and translators select it by its tag.
pub const PSEUDO: &str = "en-XA";

impl Language {
    /// The language with this tag, if the app has it.
    pub fn find(tag: &str) -> Option<&'static Language> {
        LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
    }

    /// Whether its catalogue is part of the program (English), rather than a file read when
    /// the language is chosen ([`Catalogue::from_source`]).
    pub fn is_compiled_in(&self) -> bool {
        self.tag == LANGUAGES[0].tag
    }

    /// Its catalogue's file, from the repository's root: `locales/cy.ftl`.
    pub fn catalogue_file(&self) -> String {
        format!("locales/{}.ftl", self.tag)
    }
}

/// The most a catalogue file may hold: more than ten times the largest (Urdu's, under 100 KiB),
/// so every real one fits, and no file can make reading slow or large.
pub const CATALOGUE_MAX_BYTES: usize = 1024 * 1024;

/// How deeply brackets may nest in one message (placeables in placeables, `{ … { … } }`, and
/// calls in calls, `F(G(…))`): real messages nest two deep. Fluent's parser follows nesting by
/// recursion, so a file of nothing but `{` must be refused before it reaches it.
pub const CATALOGUE_MAX_DEPTH: usize = 32;

/// A catalogue file within [`CATALOGUE_MAX_BYTES`] and [`CATALOGUE_MAX_DEPTH`], checked in one
/// pass with no allocation. Depth is counted over every `{` and `(`, less every `}` and `)` (a
/// bracket in quotes counts too; real messages quote none), and starts again at each line that
/// begins an entry, as the parser does. A table rather than a branch for each byte keeps it to
/// about a quarter of the time parsing takes.
fn within_catalogue_limits(tag: &str, source: &str) -> Result<(), String> {
    if source.len() > CATALOGUE_MAX_BYTES {
        return Err(format!(
            "{tag}.ftl is larger than {} KiB, more than any real catalogue; nothing in it was read",
            CATALOGUE_MAX_BYTES / 1024
        ));
    }
    // What each byte does to the depth: opening brackets add one, closing ones take one away.
    const STEP: [i8; 256] = {
        let mut step = [0; 256];
        step[b'{' as usize] = 1;
        step[b'(' as usize] = 1;
        step[b'}' as usize] = -1;
        step[b')' as usize] = -1;
        step
    };
    let mut carried = 0i32;
    for (at, line) in source.split('\n').enumerate() {
        // A line that begins an entry (a message, a term, a comment) starts the count again;
        // any other continues the entry before it.
        let begins_entry =
            line.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '-' | '#'));
        let mut depth = if begins_entry { 0 } else { carried };
        let mut deepest = depth;
        for &byte in line.as_bytes() {
            depth = (depth + i32::from(STEP[usize::from(byte)])).max(0);
            deepest = deepest.max(depth);
        }
        if deepest > CATALOGUE_MAX_DEPTH as i32 {
            return Err(format!(
                "{tag}.ftl: line {}: brackets are nested more than {CATALOGUE_MAX_DEPTH} deep, \
                 deeper than any message is",
                at + 1
            ));
        }
        carried = depth;
    }
    Ok(())
}

/// A loaded catalogue.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    language: &'static str,
    direction: Direction,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalogue({})", self.language)
    }
}

impl Catalogue {
    /// English, the language of the council's tool, compiled in.
    pub fn english() -> Result<Catalogue, String> {
        Catalogue::build(&LANGUAGES[0], ENGLISH_SOURCE.to_owned(), false)
    }

    /// The catalogue compiled in for a language tag: English ("en-GB") or the pseudo-locale
    /// ([`PSEUDO`]). `None` for a language whose catalogue is a file (read it and give it to
    /// [`Catalogue::from_source`]) or one the app does not have. Its syntax is checked by the
    /// tests, so an error is a fault in the build, reported as text rather than a panic.
    pub fn compiled_in(tag: &str) -> Option<Result<Catalogue, String>> {
        Catalogue::compiled_in_from(ENGLISH_SOURCE, tag)
    }

    /// As [`Catalogue::compiled_in`], with the English words a program has compiled in given:
    /// the whole catalogue ([`ENGLISH_SOURCE`]), or the part of it a page shows (the app's start
    /// page has only the sections it uses, so its download does not carry every page's words).
    pub fn compiled_in_from(english: &str, tag: &str) -> Option<Result<Catalogue, String>> {
        let pseudo = tag.eq_ignore_ascii_case(PSEUDO);
        if !pseudo && !Language::find(tag).is_some_and(Language::is_compiled_in) {
            return None;
        }
        Some(Catalogue::build(&LANGUAGES[0], english.to_owned(), pseudo))
    }

    /// A language's catalogue from the text of its `.ftl` file, as the app fetched it or a test
    /// read it. The text is outside input: one larger or more deeply nested than any catalogue
    /// is, or with any syntax error, is refused with a reason that says where.
    pub fn from_source(language: &'static Language, source: String) -> Result<Catalogue, String> {
        within_catalogue_limits(language.tag, &source)?;
        Catalogue::build(language, source, false)
    }

    /// A catalogue with no messages, which says every message as its key: only for a build
    /// whose English catalogue does not load, which the tests rule out.
    pub fn empty() -> Catalogue {
        Catalogue {
            bundle: FluentBundle::new(Vec::new()),
            language: LANGUAGES[0].tag,
            direction: Direction::LeftToRight,
        }
    }

    fn build(
        language: &'static Language,
        source: String,
        pseudo: bool,
    ) -> Result<Catalogue, String> {
        let tag = language.tag;
        let resource = FluentResource::try_new(source).map_err(|(resource, errors)| {
            let said: Vec<String> = errors
                .iter()
                .take(5)
                .map(|error| {
                    let before = resource.source().as_bytes().get(..error.pos.start);
                    let line = before.map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count()) + 1;
                    format!("line {line}: {}", error.kind)
                })
                .collect();
            let more = errors.len().saturating_sub(said.len());
            let more = if more > 0 {
                format!(" (and {more} more)")
            } else {
                String::new()
            };
            format!("{tag}.ftl is not a catalogue: {}{more}", said.join("; "))
        })?;
        let id: LanguageIdentifier = tag.parse().map_err(|e| format!("{tag}: {e:?}"))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks keep a name or an amount in English from reordering the words around
        // it in right-to-left text; left-to-right text does not need them.
        bundle.set_use_isolating(language.direction == Direction::RightToLeft);
        if pseudo {
            bundle.set_transform(Some(pseudo_letters));
        }
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{tag}.ftl: {errors:?}"))?;
        Ok(Catalogue {
            bundle,
            language: if pseudo { PSEUDO } else { tag },
            direction: language.direction,
        })
    }

    /// The catalogue's language tag ("en-GB"): recorded with what a person signs.
    pub fn language(&self) -> &'static str {
        self.language
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// A message with no arguments. A missing key shows the key itself, which the catalogue
    /// tests make impossible in a release.
    pub fn get(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A message with arguments given directly, as the app's pages do.
    pub fn with(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(key, Some(&fluent_args))
    }

    /// A domain message in words.
    pub fn message(&self, message: &Message) -> String {
        if message.args.is_empty() {
            return self.get(message.key);
        }
        let mut args = FluentArgs::new();
        for (name, arg) in &message.args {
            let value: FluentValue = match arg {
                // A count stays a number, so the catalogue can choose its plural form.
                Arg::Number(count) => (*count).into(),
                other => self.say(other).into(),
            };
            args.set(*name, value);
        }
        self.format(message.key, Some(&args))
    }

    /// An argument on its own in words: a step's value, a list.
    pub fn say(&self, arg: &Arg) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Number(count) => count.to_string(),
            Arg::Date(date) => self.date(*date),
            Arg::Message(inner) => self.message(inner),
            Arg::List(items) => self.list(items),
        }
    }

    /// "27 November 2026", in the catalogue's words.
    pub fn date(&self, date: CalendarDate) -> String {
        let month = self.get(MONTHS[usize::from(date.month().clamp(1, 12)) - 1]);
        self.with(
            "date-long",
            &[
                ("day", date.day().to_string().into()),
                ("month", month.into()),
                ("year", date.year().to_string().into()),
            ],
        )
    }

    /// A time of day, from minutes after midnight: "2:32pm", "midday".
    pub fn time_of_day(&self, minutes: u32) -> String {
        let (hour, minute) = (minutes / 60 % 24, minutes % 60);
        match (hour, minute) {
            (0, 0) => self.get("time-midnight"),
            (12, 0) => self.get("time-midday"),
            _ => self.with(
                "time-of-day",
                &[
                    // One argument, so right-to-left text keeps "2:32" in its order.
                    (
                        "clock",
                        format!(
                            "{}:{minute:02}",
                            if hour % 12 == 0 { 12 } else { hour % 12 }
                        )
                        .into(),
                    ),
                    ("half", (if hour < 12 { "am" } else { "pm" }).into()),
                ],
            ),
        }
    }

    /// "27 November 2026 at 2:32pm".
    pub fn date_and_time(&self, date: CalendarDate, minutes: u32) -> String {
        self.with(
            "date-and-time",
            &[
                ("date", self.date(date).into()),
                ("time", self.time_of_day(minutes).into()),
            ],
        )
    }

    fn list(&self, items: &[Message]) -> String {
        let words: Vec<String> = items.iter().map(|m| self.message(m)).collect();
        match words.as_slice() {
            [] => String::new(),
            [only] => only.clone(),
            [rest @ .., last] => {
                let first = rest.iter().skip(1).fold(rest[0].clone(), |so_far, next| {
                    self.with(
                        "list-more",
                        &[("first", so_far.into()), ("next", next.clone().into())],
                    )
                });
                self.with(
                    "list-last",
                    &[("first", first.into()), ("last", last.clone().into())],
                )
            }
        }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// Swaps every ASCII letter for an accented look-alike, so it is still readable but is
/// plainly not text that escaped the catalogue.
fn pseudo_letters(text: &str) -> Cow<'_, str> {
    const LOWER: [char; 26] = [
        'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                'a'..='z' => LOWER[usize::from(c as u8 - b'a')],
                'A'..='Z' => UPPER[usize::from(c as u8 - b'A')],
                other => other,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Catalogue {
        Catalogue::english().unwrap()
    }

    /// A language's catalogue file as the app has it: English's compiled in, any other read
    /// from the repository, as the app fetches it from beside itself.
    fn source(language: &Language) -> String {
        if language.is_compiled_in() {
            return ENGLISH_SOURCE.to_owned();
        }
        let path = format!(
            "{}/../../{}",
            env!("CARGO_MANIFEST_DIR"),
            language.catalogue_file()
        );
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// A language's catalogue, loaded as the app loads it.
    fn catalogue(tag: &str) -> Catalogue {
        let language = Language::find(tag).unwrap();
        Catalogue::compiled_in(tag)
            .unwrap_or_else(|| Catalogue::from_source(language, source(language)))
            .unwrap_or_else(|e| panic!("{tag} loads: {e}"))
    }

    #[test]
    fn messages_take_arguments_dates_and_lists() {
        let text = english();
        let date = CalendarDate::new(2027, 3, 9).unwrap();
        assert_eq!(text.date(date), "9 March 2027");
        assert_eq!(text.time_of_day(14 * 60 + 32), "2:32pm");
        assert_eq!(text.time_of_day(9 * 60 + 5), "9:05am");
        assert_eq!(text.time_of_day(0), "midnight");
        assert_eq!(text.time_of_day(12 * 60), "midday");
        assert_eq!(text.time_of_day(12 * 60 + 1), "12:01pm");
        assert_eq!(
            text.date_and_time(date, 14 * 60 + 32),
            "9 March 2027 at 2:32pm"
        );
        let words = |n: usize| {
            Arg::List(
                ["month-1", "month-2", "month-3"][..n]
                    .iter()
                    .map(|k| Message::new(k))
                    .collect(),
            )
        };
        let said = |n| {
            let Arg::List(items) = words(n) else {
                unreachable!()
            };
            text.list(&items)
        };
        assert_eq!(said(1), "January");
        assert_eq!(said(2), "January and February");
        assert_eq!(said(3), "January, February and March");
    }

    #[test]
    fn messages_kept_as_json_read_back_and_unknown_keys_do_not() {
        let date = CalendarDate::new(2027, 3, 9).unwrap();
        let message = Message::new("stored-damaged-at")
            .with("path", "plan.outcomes")
            .with(
                "problem",
                Message::new("stored-too-many-items")
                    .with("count", 501_usize)
                    .with("limit", 500_usize),
            )
            .with("at", date)
            .with("detail", Arg::List(vec![Message::new("month-1")]));
        assert_eq!(Message::from_value(&message.to_value()), Some(message));
        for kept in [
            serde_json::json!({"key": "no-such-key", "args": {}}),
            serde_json::json!({"key": "month-1", "args": {"no_such_argument": 1}}),
            serde_json::json!({"key": "month", "args": {}}),
            serde_json::json!("month-1"),
        ] {
            assert_eq!(Message::from_value(&kept), None, "{kept}");
        }
    }

    #[test]
    fn the_pseudo_locale_changes_every_letter_but_not_arguments() {
        let Some(Ok(pseudo)) = Catalogue::compiled_in(PSEUDO) else {
            panic!("the pseudo-locale loads");
        };
        assert_eq!(pseudo.language(), PSEUDO);
        let said = pseudo.with("amount-a-week", &[("amount", "£3.00".into())]);
        assert!(said.starts_with("£3.00 "), "{said}");
        assert!(!said.bytes().any(|b| b.is_ascii_alphabetic()), "{said}");
    }

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message's key with the arguments it uses (in any variant), and every parse error.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("does not parse: {errors:?}"));
        let mut out = BTreeMap::new();
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut arguments = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_arguments(pattern, &mut arguments);
                    }
                    let repeated = out.insert(message.id.name.to_owned(), arguments);
                    assert!(repeated.is_none(), "{} is there twice", message.id.name);
                }
                Entry::Junk { content } => panic!("cannot read: {content}"),
                _ => {}
            }
        }
        out
    }

    fn pattern_arguments(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_arguments(expression, out);
            }
        }
    }

    fn expression_arguments(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            Expression::Select { selector, variants } => {
                inline_arguments(selector, out);
                for variant in variants {
                    pattern_arguments(&variant.value, out);
                }
            }
            Expression::Inline(inline) => inline_arguments(inline, out),
        }
    }

    fn inline_arguments(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expression_arguments(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline_arguments(argument, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_catalogue_has_every_message_with_the_same_arguments() {
        let english = messages(&source(&LANGUAGES[0]));
        assert!(english.len() > 500, "{} messages", english.len());
        for language in &LANGUAGES[1..] {
            let other = messages(&source(language));
            let missing: Vec<&String> =
                english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in English {extra:?}",
                language.tag
            );
            for (key, arguments) in &english {
                assert_eq!(
                    &other[key], arguments,
                    "{}: {key} uses other arguments than English",
                    language.tag
                );
            }
        }
    }

    #[test]
    fn welsh_chooses_its_own_plural_forms() {
        let say = |tag: &str, count: i64| {
            catalogue(tag).message(
                &Message::new("finding-questions_unanswered")
                    .with("count", count)
                    .with("person", "Joan"),
            )
        };
        // Welsh has a form for two that is neither "one" nor "other".
        let welsh: BTreeSet<String> = [1, 2, 3, 10]
            .iter()
            .map(|n| say("cy", *n).replace(&n.to_string(), "N"))
            .collect();
        assert!(welsh.len() >= 3, "{welsh:?}");
    }

    #[test]
    fn every_language_loads_and_right_to_left_ones_isolate_arguments() {
        for language in &LANGUAGES {
            let said = catalogue(language.tag).with("amount-a-week", &[("amount", "£3.00".into())]);
            assert!(said.contains("£3.00"), "{}: {said}", language.tag);
            assert_eq!(
                said.contains('\u{2068}'),
                language.direction == Direction::RightToLeft,
                "{}",
                language.tag
            );
        }
        assert!(Catalogue::compiled_in("fr").is_none());
    }

    #[test]
    fn only_english_is_compiled_in_and_every_other_language_is_a_file() {
        assert!(Catalogue::compiled_in("en-GB").is_some_and(|c| c.is_ok()));
        assert!(LANGUAGES[0].is_compiled_in());
        for language in &LANGUAGES[1..] {
            assert!(!language.is_compiled_in(), "{}", language.tag);
            assert!(Catalogue::compiled_in(language.tag).is_none());
        }
        // Every file in locales/ is a language the app offers, and every language has one.
        let folder = format!("{}/../../locales", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .map(|name| format!("locales/{name}"))
            .collect();
        files.sort();
        let mut expected: Vec<String> = LANGUAGES.iter().map(Language::catalogue_file).collect();
        expected.sort();
        assert_eq!(files, expected);
    }

    #[test]
    fn a_damaged_catalogue_is_refused_saying_where() {
        let welsh = Language::find("cy").unwrap();
        let whole = source(welsh);
        // Cut off in the middle of a message with arguments, and an HTML page served instead.
        let at = whole.find("language-name = {").unwrap() + "language-name = {".len();
        let cut = format!("{}\n{}", &whole[..at], "next-message = Nesaf");
        let error = Catalogue::from_source(welsh, cut).unwrap_err();
        assert!(
            error.starts_with("cy.ftl is not a catalogue: line "),
            "{error}"
        );
        let page = "<!doctype html>\n<html><body>Not found</body></html>\n".to_owned();
        let error = Catalogue::from_source(welsh, page).unwrap_err();
        assert!(
            error.starts_with("cy.ftl is not a catalogue: line 1: "),
            "{error}"
        );
        assert!(Catalogue::from_source(welsh, whole).is_ok());
    }

    #[test]
    fn a_catalogue_too_large_or_nested_too_deep_is_refused_before_parsing() {
        let urdu = Language::find("ur").unwrap();
        let large = "a = b\n".repeat(CATALOGUE_MAX_BYTES / 6 + 1);
        let error = Catalogue::from_source(urdu, large).unwrap_err();
        assert!(error.contains("larger than 1024 KiB"), "{error}");
        // Deep enough to overflow the parser's stack, were it not refused first.
        for deep in [
            format!("a = {}", "{ ".repeat(100_000)),
            format!("a = {{ {}", "F(".repeat(100_000)),
        ] {
            let error = Catalogue::from_source(urdu, deep).unwrap_err();
            assert!(
                error.contains("line 1: brackets are nested more than 32"),
                "{error}"
            );
        }
        // As deep as a real message nests, on many lines of one entry, is read.
        let nested = format!(
            "a = {}x{}\nb = c\n",
            "{ ".repeat(CATALOGUE_MAX_DEPTH / 2),
            " }".repeat(CATALOGUE_MAX_DEPTH / 2)
        );
        assert!(Catalogue::from_source(urdu, nested).is_ok());
    }
}
