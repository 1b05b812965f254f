//! How much of anything is read from outside: stated limits, checked before any parsing.
//!
//! Every file the app or the council's tool takes in (rule sets, answers, configuration, plans,
//! signed plans, decisions, key files, device records, backups, the lock) can come from anyone.
//! Each kind has [`Limits`] on its size in bytes, how deeply it nests, how long one text in it
//! may be and how many items one list or object may hold, all far above any real file (at
//! least ten times the largest sample). [`check`] reads the text once, in time linear in its
//! length and with no allocation, and refuses anything beyond them before a parser sees it, so
//! no input can make reading slow, deep or large. Limits on what the items mean (questions,
//! bands, supports, signatures) are checked by each format after parsing, with its own path.
//!
//! The app and the CLI share these, so a file one accepts the other accepts too; the format
//! documents state them.

use crate::wording::Message;
use std::fmt;

/// The limits on one kind of file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    /// Arrays and objects inside one another.
    pub max_depth: usize,
    /// Characters in one string (a name, a piece of text the person wrote, a key).
    pub max_string_chars: usize,
    /// Items in one array or members in one object.
    pub max_items: usize,
    /// Items in every array and object together (an empty one counts as one). Reading builds
    /// a value for each, so this bounds the time and memory reading takes however the items are
    /// arranged. Real files have one item for every 24 to 52 bytes; the limits allow one for
    /// every ten bytes of the largest file.
    pub max_total_items: usize,
}

const KIB: usize = 1024;
const MIB: usize = 1024 * KIB;

/// A council's rule set: the samples are 31 and 88 KiB with 26 questions.
pub const RULE_SET: Limits = Limits {
    max_bytes: 2 * MIB,
    max_depth: 16,
    max_string_chars: 20_000,
    max_items: 5_000,
    max_total_items: 200_000,
};

/// An answers file for `support-plan budget`.
pub const ANSWERS: Limits = Limits {
    max_bytes: 256 * KIB,
    max_depth: 8,
    max_string_chars: 1_000,
    max_items: 5_000,
    max_total_items: 25_000,
};

/// A council's `config.json`.
pub const CONFIG: Limits = Limits {
    max_bytes: 256 * KIB,
    max_depth: 8,
    max_string_chars: 5_000,
    max_items: 500,
    max_total_items: 25_000,
};

/// A support plan (stored or exported). Text a person writes may be long; a plan of 500
/// supports is about 200 KiB.
pub const PLAN: Limits = Limits {
    max_bytes: 2 * MIB,
    max_depth: 16,
    max_string_chars: PLAN_TEXT_CHARS,
    max_items: 5_000,
    max_total_items: 200_000,
};

/// The most characters in any one text of a plan: about 8,000 words. The app's text fields
/// stop at it, so nothing a person types can make a plan that does not read back.
pub const PLAN_TEXT_CHARS: usize = 50_000;

/// A signed plan: a plan with its budget, totals and declarations.
pub const SIGNED_PLAN: Limits = Limits {
    max_bytes: 2 * MIB + 64 * KIB,
    max_depth: 18,
    max_string_chars: PLAN_TEXT_CHARS,
    max_items: 5_000,
    max_total_items: 200_000,
};

/// A council's decision on a signed plan.
pub const DECISION: Limits = Limits {
    max_bytes: 256 * KIB,
    max_depth: 8,
    max_string_chars: PLAN_TEXT_CHARS,
    max_items: 100,
    max_total_items: 25_000,
};

/// A council's secret key file.
pub const KEY_FILE: Limits = Limits {
    max_bytes: 16 * KIB,
    max_depth: 4,
    max_string_chars: 1_000,
    max_items: 50,
    max_total_items: 1_000,
};

/// One record in the device's storage: a plan, or a plan sealed under the lock (as hex, twice
/// its size, so a largest plan sealed is a little over 4 MiB), or the plans signed from one.
/// Browsers keep about 5 MiB of text for a whole site, so no record a browser kept is larger.
pub const RECORD: Limits = Limits {
    max_bytes: 5 * MIB,
    max_depth: 24,
    max_string_chars: 5 * MIB,
    max_items: 5_000,
    max_total_items: 250_000,
};

/// A record kept aside: a damaged record as it was, with why. Larger than any other, so what
/// was kept can always be read back to download; more than any browser lets a site store.
pub const ASIDE: Limits = Limits {
    max_bytes: 160 * MIB,
    max_depth: 24,
    max_string_chars: 160 * MIB,
    max_items: 5_000,
    max_total_items: 1_000,
};

/// The passphrase lock's record.
pub const LOCK: Limits = Limits {
    max_bytes: 16 * KIB,
    max_depth: 4,
    max_string_chars: 1_000,
    max_items: 50,
    max_total_items: 1_000,
};

/// A backup of every plan on a device: a broker's hundreds of plans, with what was signed (a
/// browser keeps at most 5 to 10 MiB for a site, so a device never has more to back up).
pub const BACKUP: Limits = Limits {
    max_bytes: 32 * MIB,
    max_depth: 24,
    max_string_chars: PLAN_TEXT_CHARS,
    max_items: 5_000,
    max_total_items: 500_000,
};

/// What went beyond a limit, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exceeded {
    Bytes { limit: usize },
    Depth { limit: usize, line: usize },
    StringChars { limit: usize, line: usize },
    Items { limit: usize, line: usize },
    TotalItems { limit: usize, line: usize },
}

impl Exceeded {
    /// The line it was found on (from 1), where there is one.
    pub fn line(&self) -> Option<usize> {
        match self {
            Exceeded::Bytes { .. } => None,
            Exceeded::Depth { line, .. }
            | Exceeded::StringChars { line, .. }
            | Exceeded::Items { line, .. }
            | Exceeded::TotalItems { line, .. } => Some(*line),
        }
    }

    /// What it means, in the reader's language.
    pub fn message(&self) -> Message {
        match *self {
            Exceeded::Bytes { limit } => Message::new("limit-bytes").with("kib", limit / KIB),
            Exceeded::Depth { limit, .. } => Message::new("limit-depth").with("limit", limit),
            Exceeded::StringChars { limit, .. } => {
                Message::new("limit-string").with("limit", limit)
            }
            Exceeded::Items { limit, .. } => Message::new("limit-items").with("limit", limit),
            Exceeded::TotalItems { limit, .. } => {
                Message::new("limit-total-items").with("limit", limit)
            }
        }
    }
}

/// In English, for the council's tool and the messages for the people who edit files.
impl fmt::Display for Exceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exceeded::Bytes { limit } => write!(
                f,
                "the file is larger than {} KiB, more than any real one of its kind; nothing \
                 in it was read",
                limit / KIB
            ),
            Exceeded::Depth { limit, .. } => write!(
                f,
                "lists and objects are nested more than {limit} deep, deeper than this kind of \
                 file ever is"
            ),
            Exceeded::StringChars { limit, .. } => write!(
                f,
                "a text is longer than {limit} characters, longer than this kind of file allows"
            ),
            Exceeded::Items { limit, .. } => write!(
                f,
                "a list or object holds more than {limit} items, more than this kind of file \
                 allows"
            ),
            Exceeded::TotalItems { limit, .. } => write!(
                f,
                "its lists and objects hold more than {limit} items in all, more than this kind \
                 of file allows"
            ),
        }
    }
}

/// Checks `text` against `limits` in one pass. The text need not be valid JSON: this only
/// bounds it, and a parser says what else is wrong. Texts inside strings are skipped a run of
/// plain bytes at a time, counting their characters as they go.
pub fn check(text: &str, limits: &Limits) -> Result<(), Exceeded> {
    if text.len() > limits.max_bytes {
        return Err(Exceeded::Bytes {
            limit: limits.max_bytes,
        });
    }
    let bytes = text.as_bytes();
    // One count of items per open array or object: the number of commas seen at its level.
    let mut items: Vec<usize> = Vec::with_capacity(limits.max_depth.min(64));
    let mut total = 0;
    let mut line = 1;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        at += 1;
        match b {
            b'\n' => line += 1,
            b'"' => {
                let mut chars = 0;
                loop {
                    // The plain run up to the next quote, escape or line break.
                    let rest = bytes.get(at..).unwrap_or_default();
                    let run = rest
                        .iter()
                        .position(|b| matches!(b, b'"' | b'\\' | b'\n'))
                        .unwrap_or(rest.len());
                    // UTF-8 continuation bytes are part of the character before them.
                    chars += rest[..run].iter().filter(|b| (**b & 0xc0) != 0x80).count();
                    at += run;
                    match bytes.get(at) {
                        None => break,
                        Some(b'"') => {
                            at += 1;
                            break;
                        }
                        Some(b'\\') => {
                            // An escape is one character in the string, `\uXXXX` included.
                            at += if bytes.get(at + 1) == Some(&b'u') {
                                6
                            } else {
                                2
                            };
                            chars += 1;
                        }
                        Some(_) => {
                            line += 1;
                            at += 1;
                            chars += 1;
                        }
                    }
                    if chars > limits.max_string_chars {
                        return Err(Exceeded::StringChars {
                            limit: limits.max_string_chars,
                            line,
                        });
                    }
                }
                if chars > limits.max_string_chars {
                    return Err(Exceeded::StringChars {
                        limit: limits.max_string_chars,
                        line,
                    });
                }
            }
            b'[' | b'{' => {
                if items.len() >= limits.max_depth {
                    return Err(Exceeded::Depth {
                        limit: limits.max_depth,
                        line,
                    });
                }
                items.push(1);
                total += 1;
            }
            b']' | b'}' => {
                items.pop();
            }
            b',' => {
                if let Some(count) = items.last_mut() {
                    *count += 1;
                    total += 1;
                    if *count > limits.max_items {
                        return Err(Exceeded::Items {
                            limit: limits.max_items,
                            line,
                        });
                    }
                }
            }
            _ => {}
        }
        if total > limits.max_total_items {
            return Err(Exceeded::TotalItems {
                limit: limits.max_total_items,
                line,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Limits = Limits {
        max_bytes: 200,
        max_depth: 3,
        max_string_chars: 5,
        max_items: 3,
        max_total_items: 6,
    };

    #[test]
    fn within_every_limit_passes() {
        assert_eq!(check(r#"{"a": [1, 2, 3], "b": "héllo"}"#, &SMALL), Ok(()));
        assert_eq!(check(r#"[[[]]]"#, &SMALL), Ok(()));
        // Escapes count as the one character they stand for.
        assert_eq!(check(r#"["\"\\\n\t\u00e9"]"#, &SMALL), Ok(()));
    }

    #[test]
    fn each_limit_is_found_with_its_line() {
        assert_eq!(
            check(&" ".repeat(201), &SMALL),
            Err(Exceeded::Bytes { limit: 200 })
        );
        assert_eq!(
            check("[\n[[[]]]]", &SMALL),
            Err(Exceeded::Depth { limit: 3, line: 2 })
        );
        assert_eq!(
            check("{\n\"a\": \"abcdef\"}", &SMALL),
            Err(Exceeded::StringChars { limit: 5, line: 2 })
        );
        assert_eq!(
            check("[1,2,\n3,4]", &SMALL),
            Err(Exceeded::Items { limit: 3, line: 2 })
        );
        // Each list within its own limit, but too many items in all: an empty list counts.
        assert_eq!(check("[[1,2],[3,4]]", &SMALL), Ok(()));
        assert_eq!(
            check("[[1,2],\n[3,4],[]]", &SMALL),
            Err(Exceeded::TotalItems { limit: 6, line: 2 })
        );
        // Brackets and commas inside strings are text, not structure.
        assert_eq!(check(r#"["[[[[", ",,,,"]"#, &SMALL), Ok(()));
    }

    #[test]
    fn every_kind_holds_its_largest_sample_ten_times_over() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
        for (file, limits) in [
            ("static/rules/northshire-points-2026.json", RULE_SET),
            ("static/rules/northshire-components-2026.json", RULE_SET),
            ("static/config.json", CONFIG),
            ("docs/examples/joan-support-plan.json", PLAN),
            ("docs/examples/amira-support-plan.json", PLAN),
            ("docs/examples/joan-signed-plan.json", SIGNED_PLAN),
            ("docs/examples/joan-council-decision.json", DECISION),
        ] {
            let text = std::fs::read_to_string(format!("{root}{file}")).unwrap();
            assert!(text.len() * 10 <= limits.max_bytes, "{file}");
            assert_eq!(check(&text, &limits), Ok(()), "{file}");
            let tenth = Limits {
                max_total_items: limits.max_total_items / 10,
                ..limits
            };
            assert_eq!(check(&text, &tenth), Ok(()), "{file}: items in all");
        }
    }

    #[test]
    fn says_each_limit_in_english_and_by_key() {
        let exceeded = Exceeded::Items {
            limit: 5000,
            line: 9,
        };
        assert!(exceeded.to_string().contains("more than 5000 items"));
        assert_eq!(exceeded.message().key, "limit-items");
        assert_eq!(exceeded.line(), Some(9));
    }
}
