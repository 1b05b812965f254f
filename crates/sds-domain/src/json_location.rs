//! Finds the line on which a value sits in a JSON text, given its path (`a.b[2].c`), so that a
//! problem found after parsing can still point a council officer at the right line of their file.
//!
//! serde_json does not keep positions, so this is a small scanner that walks the text once and
//! records where each value starts. It assumes the text is valid JSON (it is only used after a
//! successful parse) and never fails: anything it does not understand simply has no line.
//! Values nested deeper than serde_json itself accepts are not indexed, which keeps the work
//! linear however hostile the text.

use std::collections::HashMap;

/// serde_json's own nesting limit.
const MAX_DEPTH: usize = 128;

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
}
