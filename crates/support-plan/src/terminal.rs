//! Where the tool writes, made safe for a council officer's terminal and logs.
//!
//! Much of what the tool prints comes from the files it reads: names, ids, reasons, unknown
//! field names. A crafted file could otherwise clear the screen (`ESC[2J`), colour or hide text,
//! reorder it with bidirectional controls, or start a line of its own that reads like ours
//! ("plan.json: verified"). So:
//!
//! - every text from a file is passed through [`shown`] where it is put into a line, which
//!   writes each control character (line breaks too) as a visible `\u{…}` escape;
//! - and everything written goes through [`Terminal`], which escapes any control character but
//!   the line break even if a caller forgot, so nothing raw can reach the terminal.
//!
//! JSON output is escaped the same way inside its strings (`\u001b`), which keeps it valid JSON
//! that reads back to the same text.

use std::borrow::Cow;
use std::io::Write;

/// Whether `c` could change what a terminal shows beyond printing itself: C0 and C1 controls,
/// DEL, the bidirectional embeddings, overrides and isolates, and the line and paragraph
/// separators.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}' | '\u{061c}'
        )
}

/// Text from a file as it may be printed within one line: every character that is not safe
/// (line breaks included) written as `\u{1b}`, so the reader sees exactly what the file holds.
pub fn shown(text: &str) -> Cow<'_, str> {
    escape(text, is_unsafe, Escape::Visible)
}

enum Escape {
    /// `\u{1b}`: for people.
    Visible,
    /// `\u001b`: inside JSON strings, where it is also the escape JSON itself reads.
    Json,
}

fn escape(text: &str, unsafe_char: impl Fn(char) -> bool, how: Escape) -> Cow<'_, str> {
    if !text.chars().any(&unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            match how {
                Escape::Visible => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
                Escape::Json => {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with every unsafe character inside its strings written as a JSON escape. serde_json
/// already escapes C0 controls; this adds DEL, C1 and the bidirectional controls. Only strings
/// can hold such characters, so escaping them wherever they are keeps the JSON valid.
pub fn json_safe(text: &str) -> Cow<'_, str> {
    escape(text, |c| c != '\n' && is_unsafe(c), Escape::Json)
}

/// Where one stream goes: the process's own, or a buffer (for tests and the fuzz harness,
/// which run the tool in-process).
enum Sink {
    Stdout,
    Stderr,
    Buffer(Vec<u8>),
}

impl Sink {
    fn write(&mut self, bytes: &[u8]) {
        // A closed pipe (`| head`) is not worth a panic or a second message.
        let _ = match self {
            Sink::Stdout => std::io::stdout().write_all(bytes),
            Sink::Stderr => std::io::stderr().write_all(bytes),
            Sink::Buffer(buffer) => {
                buffer.extend_from_slice(bytes);
                Ok(())
            }
        };
    }

    fn text(&self) -> String {
        match self {
            Sink::Buffer(buffer) => String::from_utf8_lossy(buffer).into_owned(),
            Sink::Stdout | Sink::Stderr => String::new(),
        }
    }
}

/// Standard output and standard error, or buffers standing in for them.
pub struct Terminal {
    out: Sink,
    err: Sink,
}

impl Terminal {
    /// The process's own standard output and standard error.
    pub fn standard() -> Terminal {
        Terminal {
            out: Sink::Stdout,
            err: Sink::Stderr,
        }
    }

    /// Both streams kept in memory, to read with [`Terminal::captured`].
    pub fn capturing() -> Terminal {
        Terminal {
            out: Sink::Buffer(Vec::new()),
            err: Sink::Buffer(Vec::new()),
        }
    }

    /// What a capturing terminal was given: standard output and standard error.
    pub fn captured(&self) -> (String, String) {
        (self.out.text(), self.err.text())
    }

    /// Writes to standard output as it is (a line break must be part of `text`).
    pub fn print(&mut self, text: &str) {
        let safe = escape(text, |c| c != '\n' && is_unsafe(c), Escape::Visible);
        self.out.write(safe.as_bytes());
    }

    /// One line on standard output.
    pub fn line(&mut self, text: &str) {
        self.print(text);
        self.print("\n");
    }

    /// One line on standard error.
    pub fn error(&mut self, text: &str) {
        let safe = escape(text, |c| c != '\n' && is_unsafe(c), Escape::Visible);
        self.err.write(safe.as_bytes());
        self.err.write(b"\n");
    }

    /// JSON on standard output, with unsafe characters escaped the JSON way.
    pub fn json(&mut self, text: &str) {
        self.out.write(json_safe(text).as_bytes());
        self.out.write(b"\n");
    }

    pub fn flush(&mut self) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
    }
}

/// Whether `text` holds a character [`Terminal`] would not let through raw: what the tests and
/// the fuzz harness hold the tool's output to.
pub fn holds_unsafe(text: &str) -> bool {
    text.chars().any(|c| c != '\n' && is_unsafe(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_makes_every_control_visible() {
        assert_eq!(shown("plain £ text"), "plain £ text");
        assert_eq!(
            shown("a\u{1b}[2J\nplan.json: verified"),
            "a\\u{1b}[2J\\u{a}plan.json: verified"
        );
        assert_eq!(shown("\u{9b}31m\u{202e}x"), "\\u{9b}31m\\u{202e}x");
        assert_eq!(shown("del\u{7f}"), "del\\u{7f}");
    }

    #[test]
    fn json_stays_json_and_reads_back_the_same() {
        let text = "{\"name\":\"a\u{9b}b\u{202e}c\u{2028}\"}";
        let safe = json_safe(text);
        assert_eq!(safe, "{\"name\":\"a\\u009bb\\u202ec\\u2028\"}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["name"], "a\u{9b}b\u{202e}c\u{2028}");
    }
}
