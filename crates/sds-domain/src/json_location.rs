//! Where in a JSON text something is, so that a council officer or a person is pointed at the
//! right place of their file.
//!
//! Every format is read with plain serde_json through one path, [`read`] (or [`read_value`] for
//! a value already parsed, which is written back to text and read the same way), so each type's
//! reading code is generated once. Nothing tracks a path while reading: reading succeeds far more
//! often than it fails, and tracking made the browser's code a quarter of a megabyte larger. Only
//! after a failure does [`path_at`] walk the text once more, up to where serde_json stopped, to
//! name the value it was reading (`questionnaire[0].questions[2].type`).
//!
//! [`LineIndex`] goes the other way: given a path, the line its value is on, for problems found
//! after a successful parse.
//!
//! Neither scanner fails: anything it does not understand simply has no line or a shorter path.
//! Values nested deeper than serde_json itself accepts are not followed, which keeps the work
//! linear however hostile the text.

use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;

/// serde_json's own nesting limit.
const MAX_DEPTH: usize = 128;

/// Why a text is not of a format's shape, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    /// The JSON path of the value the reader stopped in (`questions[2].options[0].points`);
    /// empty for the document as a whole.
    pub path: String,
    /// The line (from 1) of the text read where the reader stopped; `None` if it gave none.
    pub line: Option<usize>,
    /// serde_json's own words, without its " at line L column C".
    pub message: String,
}

/// Reads a format from its text.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ShapeError> {
    serde_json::from_str(text).map_err(|error| locate(text, &error))
}

/// Reads a format from a value already parsed (for example a plan after its upgrades). The value
/// is written back as text and read by [`read`], so a type read both ways has one reader, and
/// the path is found in that text.
pub fn read_value<T: DeserializeOwned>(value: &Value) -> Result<T, ShapeError> {
    let text = serde_json::to_string(value).map_err(|error| ShapeError {
        path: String::new(),
        line: None,
        message: reason(&error),
    })?;
    read(&text)
}

/// Names where `error`, from reading `text`, happened.
pub fn locate(text: &str, error: &serde_json::Error) -> ShapeError {
    let line = (error.line() > 0).then_some(error.line());
    let message = reason(error);
    let path = match line {
        Some(line) => path_at(
            text,
            offset_of(text, line, error.column()),
            Clue::of(&message),
        ),
        None => String::new(),
    };
    ShapeError {
        path,
        line,
        message,
    }
}

/// serde_json's words for an error, without the position it appends.
pub fn reason(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&position) {
        Some(words) => words.to_owned(),
        None => full,
    }
}

/// The byte offset of serde_json's line (from 1) and column (bytes into the line).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column).min(text.len())
}

/// What serde's words say about which value of the ones at the reader's position is meant,
/// where the position alone is ambiguous.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clue {
    /// A key no field has: the key is part of the path (a type refusing a whole object stops
    /// after its first key too, and then the object is meant).
    UnknownField,
    /// A list (`[`) or object (`{`) where something else was wanted. serde_json stops at its
    /// bracket; but after a type refuses a list or object it has just opened, serde_json has
    /// gone on to the first element, so only a bracket at the position is the value meant.
    WrongContainer(u8),
    /// What a list or object itself lacks (a field, or elements), found at its closing bracket.
    Incomplete,
    /// Anything else found where a list or object closes is about its last member: a type that
    /// reads a value whole and then refuses it (a date, an enum told apart by its content) is
    /// refused only when its container's reader has gone on past it.
    Other,
}

impl Clue {
    fn of(message: &str) -> Clue {
        if message.starts_with("unknown field") {
            Clue::UnknownField
        } else if message.starts_with("invalid type: sequence") {
            Clue::WrongContainer(b'[')
        } else if message.starts_with("invalid type: map") {
            Clue::WrongContainer(b'{')
        } else if message.starts_with("missing field") || message.starts_with("invalid length") {
            Clue::Incomplete
        } else {
            Clue::Other
        }
    }
}

/// Where a container's reader is: the member or element whose value has begun, if any.
enum Slot {
    Key { key: Option<String>, begun: bool },
    Index { next: usize, begun: bool },
}

/// The path of the value serde_json was reading when it stopped at byte `offset` of `text`.
///
/// serde_json stops just after a value of the wrong type or a value a type refused (a string,
/// a number, the closing bracket of an object missing a field), just after a key it does not
/// know, and at the opening bracket of a list or object where something else was wanted. Each
/// of those places is in or at the end of the value the error is about, so the path is that of
/// the members and elements begun and not yet left at `offset`.
fn path_at(text: &str, offset: usize, clue: Clue) -> String {
    let bytes = text.as_bytes();
    let mut slots: Vec<Slot> = Vec::new();
    let mut i = 0;
    // Values nested past the limit are skipped whole; only their brackets are counted.
    let mut too_deep = 0usize;
    // The slot of the list or object that closed with the last token, while nothing follows.
    let mut closed = None;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if i >= offset {
            if i == offset && clue == Clue::WrongContainer(b) {
                begin_value(&mut slots);
            }
            break;
        }
        let end = token_end(bytes, i);
        closed = None;
        match b {
            _ if too_deep > 0 => match b {
                b'{' | b'[' => too_deep += 1,
                b'}' | b']' => too_deep -= 1,
                _ => {}
            },
            b'{' | b'[' if slots.len() >= MAX_DEPTH => too_deep = 1,
            b'{' | b'[' => {
                begin_value(&mut slots);
                slots.push(if b == b'{' {
                    Slot::Key {
                        key: None,
                        begun: false,
                    }
                } else {
                    Slot::Index {
                        next: 0,
                        begun: false,
                    }
                });
            }
            b'}' | b']' => {
                closed = slots.pop().filter(|_| end == offset);
            }
            b',' => match slots.last_mut() {
                Some(Slot::Key { key, begun }) => {
                    *key = None;
                    *begun = false;
                }
                Some(Slot::Index { next, begun }) => {
                    *next += 1;
                    *begun = false;
                }
                None => {}
            },
            b':' => {}
            b'"' => match slots.last_mut() {
                // A key, complete only if the reader got past it.
                Some(Slot::Key {
                    key: key @ None, ..
                }) => {
                    if end <= offset {
                        // Between the quotes (an unterminated key has no closing one).
                        let inner = text.get(i + 1..end - 1);
                        *key = Some(unescape(inner.unwrap_or_default()));
                    }
                }
                _ => begin_value(&mut slots),
            },
            _ => begin_value(&mut slots),
        }
        i = end;
    }
    if clue == Clue::Other {
        slots.extend(closed);
    }
    let mut path = String::new();
    let last = slots.len().saturating_sub(1);
    for (depth, slot) in slots.iter().enumerate() {
        match slot {
            Slot::Key {
                key: Some(key),
                begun,
            } if *begun || (depth == last && clue == Clue::UnknownField) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Slot::Index { next, begun: true } => {
                path.push('[');
                path.push_str(&next.to_string());
                path.push(']');
            }
            _ => break,
        }
    }
    path
}

/// A value begins in the innermost container's current slot.
fn begin_value(slots: &mut [Slot]) {
    if let Some(Slot::Key { begun, .. } | Slot::Index { begun, .. }) = slots.last_mut() {
        *begun = true;
    }
}

/// Where the token starting at `start` ends: after a string's closing quote, a number's or
/// word's last character, or the one punctuation byte.
fn token_end(bytes: &[u8], start: usize) -> usize {
    match bytes[start] {
        b'"' => {
            let mut i = start + 1;
            while i < bytes.len() {
                match bytes[i] {
                    b'"' => return i + 1,
                    b'\\' => i += 2,
                    _ => i += 1,
                }
            }
            bytes.len()
        }
        b if b == b'-' || b.is_ascii_alphanumeric() => {
            let mut i = start + 1;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'.' | b'+' | b'-'))
            {
                i += 1;
            }
            i
        }
        _ => start + 1,
    }
}

/// A key as serde reports it: JSON escapes undone (a bad escape is kept as written).
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_owned();
    }
    serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_owned())
}

/// Line numbers (from 1) of every value in a JSON document, by path.
pub struct LineIndex {
    lines: HashMap<String, usize>,
}

enum Frame {
    Object { path: String, key: Option<String> },
    Array { path: String, index: usize },
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut lines = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut line = 1;
        let mut chars = text.chars().peekable();
        // The path of the value about to start, if any.
        let value_path = |stack: &Vec<Frame>| -> Option<String> {
            match stack.last() {
                None => Some(String::new()),
                Some(Frame::Object {
                    path,
                    key: Some(key),
                }) => Some(join_key(path, key)),
                Some(Frame::Object { key: None, .. }) => None,
                Some(Frame::Array { path, index }) => Some(format!("{path}[{index}]")),
            }
        };
        while let Some(c) = chars.next() {
            match c {
                '\n' => line += 1,
                '"' => {
                    let mut s = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '"' => break,
                            '\\' => {
                                if let Some(escaped) = chars.next() {
                                    s.push(escaped);
                                }
                            }
                            '\n' => {
                                line += 1;
                                s.push(c);
                            }
                            _ => s.push(c),
                        }
                    }
                    match stack.last_mut() {
                        Some(Frame::Object {
                            key: key @ None, ..
                        }) => *key = Some(s),
                        _ => {
                            if let Some(path) = value_path(&stack) {
                                lines.entry(path).or_insert(line);
                            }
                        }
                    }
                }
                '{' | '[' if stack.len() >= MAX_DEPTH => {
                    return LineIndex { lines };
                }
                '{' | '[' => {
                    let path = value_path(&stack).unwrap_or_default();
                    lines.entry(path.clone()).or_insert(line);
                    stack.push(if c == '{' {
                        Frame::Object { path, key: None }
                    } else {
                        Frame::Array { path, index: 0 }
                    });
                }
                '}' | ']' => {
                    stack.pop();
                }
                ',' => match stack.last_mut() {
                    Some(Frame::Object { key, .. }) => *key = None,
                    Some(Frame::Array { index, .. }) => *index += 1,
                    None => {}
                },
                c if c == '-' || c.is_ascii_alphanumeric() => {
                    if let Some(path) = value_path(&stack) {
                        lines.entry(path).or_insert(line);
                    }
                    while chars
                        .peek()
                        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-'))
                    {
                        chars.next();
                    }
                }
                _ => {}
            }
        }
        LineIndex { lines }
    }

    /// The line of the value at `path`, or of its nearest ancestor that has one.
    pub fn line_of(&self, path: &str) -> Option<usize> {
        let mut path = path;
        loop {
            if let Some(line) = self.lines.get(path) {
                return Some(*line);
            }
            if path.is_empty() {
                return None;
            }
            path = &path[..path.rfind(['.', '[']).unwrap_or(0)];
        }
    }
}

fn join_key(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"{
  "id": "x",
  "list": [
    { "a": 1,
      "b": [true, "two\n", null] },
    {
      "a": -2.5e3
    }
  ],
  "esc\"aped": { "k": "v" }
}"#;

    #[test]
    fn finds_the_line_of_each_value() {
        let index = LineIndex::new(TEXT);
        assert_eq!(index.line_of(""), Some(1));
        assert_eq!(index.line_of("id"), Some(2));
        assert_eq!(index.line_of("list"), Some(3));
        assert_eq!(index.line_of("list[0]"), Some(4));
        assert_eq!(index.line_of("list[0].a"), Some(4));
        assert_eq!(index.line_of("list[0].b[2]"), Some(5));
        assert_eq!(index.line_of("list[1]"), Some(6));
        assert_eq!(index.line_of("list[1].a"), Some(7));
        assert_eq!(index.line_of("esc\"aped.k"), Some(10));
    }

    #[test]
    fn falls_back_to_the_nearest_ancestor() {
        let index = LineIndex::new(TEXT);
        assert_eq!(index.line_of("list[1].missing"), Some(6));
        assert_eq!(index.line_of("list[9].a"), Some(3));
        assert_eq!(index.line_of("nowhere"), Some(1));
    }

    #[test]
    fn deep_nesting_stays_linear() {
        let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
        let index = LineIndex::new(&deep);
        assert_eq!(index.line_of("[0][0]"), Some(1));
    }

    #[test]
    fn never_fails_on_garbage() {
        let index = LineIndex::new("}}]]{[\"unterminated");
        let _ = index.line_of("a.b[0]");
    }

    use proptest::prelude::*;
    use serde::Deserialize;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        questions: Vec<Question>,
        #[serde(default)]
        tables: BTreeMap<String, Vec<u32>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Question {
        id: String,
        options: Vec<Opt>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Opt {
        points: u32,
        #[serde(default)]
        kind: Option<Kind>,
        /// Last in the text: refused after its object's reader has closed the object.
        #[serde(default)]
        weight: Option<Weight>,
    }

    /// Read whole, then refused, as dates are.
    #[derive(Debug)]
    struct Weight;

    impl<'de> Deserialize<'de> for Weight {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            match String::deserialize(deserializer)?.as_str() {
                "heavy" => Ok(Weight),
                other => Err(serde::de::Error::custom(format!(
                    "{other:?} is not a weight"
                ))),
            }
        }
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Plain,
    }

    fn valid() -> Value {
        json!({
            "questions": [
                { "id": "a", "options": [{ "points": 1 }, { "points": 2, "kind": "plain" }] },
                { "id": "b", "options": [{ "points": 3 }] },
                { "id": "c", "options": [{ "points": 4 }, { "points": 5 }, { "points": 6 }] }
            ],
            "tables": { "bands": [1, 2], "caps": [3] }
        })
    }

    fn path_of(value: &Value, pretty: bool) -> ShapeError {
        let text = if pretty {
            serde_json::to_string_pretty(value).unwrap()
        } else {
            serde_json::to_string(value).unwrap()
        };
        read::<Doc>(&text).unwrap_err()
    }

    #[test]
    fn a_failure_is_located_in_nested_lists_and_maps() {
        // A change to a valid document, the path it is then located at, and serde's words.
        type Case = (fn(&mut Value), &'static str, &'static str);
        let cases: Vec<Case> = vec![
            (
                |v| v["questions"][2]["options"][1]["points"] = json!("x"),
                "questions[2].options[1].points",
                "invalid type: string",
            ),
            (
                |v| v["questions"][1]["options"][0]["points"] = json!([1]),
                "questions[1].options[0].points",
                "invalid type: sequence",
            ),
            (
                |v| v["questions"][0]["options"] = json!({}),
                "questions[0].options",
                "invalid type: map",
            ),
            (
                |v| v["tables"]["caps"][0] = json!(-1),
                "tables.caps[0]",
                "invalid value",
            ),
            (
                |v| v["questions"][2]["options"][2]["colour"] = json!(1),
                "questions[2].options[2].colour",
                "unknown field `colour`",
            ),
            (
                |v| {
                    v["questions"][1].as_object_mut().unwrap().remove("id");
                },
                "questions[1]",
                "missing field `id`",
            ),
            (
                |v| v["questions"][0]["options"][1]["kind"] = json!("fancy"),
                "questions[0].options[1].kind",
                "unknown variant `fancy`",
            ),
            (
                |v| v["questions"][0]["options"][1]["kind"] = json!({ "fancy": 1 }),
                "questions[0].options[1].kind",
                "unknown variant `fancy`",
            ),
            (
                |v| {
                    v.as_object_mut().unwrap().remove("questions");
                },
                "",
                "missing field `questions`",
            ),
        ];
        for (change, path, message) in cases {
            let mut value = valid();
            change(&mut value);
            for pretty in [false, true] {
                let error = path_of(&value, pretty);
                assert_eq!(error.path, path, "{error:?}");
                assert!(error.message.starts_with(message), "{error:?}");
                assert!(!error.message.contains(" at line "), "{error:?}");
            }
        }
    }

    #[test]
    fn the_line_is_the_text_s_own() {
        let text = "{\n  \"questions\": [\n    { \"id\": 7, \"options\": [] }\n  ]\n}";
        let error = read::<Doc>(text).unwrap_err();
        assert_eq!(
            (error.path.as_str(), error.line),
            ("questions[0].id", Some(3))
        );
        // Read from a value: the path is found in the value written back.
        let error = read_value::<Doc>(&serde_json::from_str(text).unwrap()).unwrap_err();
        assert_eq!(error.path, "questions[0].id");
    }

    #[test]
    fn a_syntax_error_is_located_where_reading_stopped() {
        let error = read::<Doc>("{\"questions\": [{\"id\": tru").unwrap_err();
        assert_eq!(error.path, "questions[0].id");
        let error = read::<Doc>("").unwrap_err();
        assert_eq!(error.path, "");
    }

    /// Every place in a valid document that holds a value, as (JSON pointer, serde path).
    fn places(value: &Value, pointer: String, path: String, out: &mut Vec<(String, String)>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let sub = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    out.push((format!("{pointer}/{key}"), sub.clone()));
                    places(child, format!("{pointer}/{key}"), sub, out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let sub = format!("{path}[{i}]");
                    out.push((format!("{pointer}/{i}"), sub.clone()));
                    places(child, format!("{pointer}/{i}"), sub, out);
                }
            }
            _ => {}
        }
    }

    proptest! {
        /// A value of the wrong type put anywhere in a valid document is located where it was put.
        #[test]
        fn a_type_error_is_located_where_it_was_inserted(
            place in any::<prop::sample::Index>(),
            wrong in prop_oneof![
                Just(json!(true)),
                Just(json!(-7)),
                Just(json!(2.5)),
            ],
            pretty in any::<bool>(),
        ) {
            let mut value = valid();
            let mut all = Vec::new();
            places(&value, String::new(), String::new(), &mut all);
            let (pointer, path) = place.get(&all).clone();
            *value.pointer_mut(&pointer).unwrap() = wrong;
            let error = path_of(&value, pretty);
            prop_assert_eq!(&error.path, &path, "{:?}", error);
        }
    }
}
