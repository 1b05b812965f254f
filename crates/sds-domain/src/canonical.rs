//! The canonical form of a JSON document (RFC 8785, the JSON Canonicalization Scheme), and
//! SHA-256 digests of it.
//!
//! Content that is hashed or signed must give the same bytes on every machine however it was
//! indented or ordered. Our documents keep every number an integer (money in minor units,
//! decimals as strings), so only integers need RFC 8785's number formatting; any other number is
//! refused rather than formatted in a way that another implementation might not reproduce.

use serde_json::Value;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// Why a document has no canonical form here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotCanonicalisable {
    pub path: String,
    pub message: String,
}

/// The RFC 8785 canonical form of `value`.
pub fn canonical_json(value: &Value) -> Result<String, NotCanonicalisable> {
    let mut out = String::new();
    write_value(value, "", &mut out)?;
    Ok(out)
}

/// SHA-256 of the canonical form, as 64 lower-case hex digits.
pub fn canonical_sha256(value: &Value) -> Result<String, NotCanonicalisable> {
    let canonical = canonical_json(value)?;
    Ok(hex(&Sha256::digest(canonical.as_bytes())))
}

pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

fn write_value(value: &Value, path: &str, out: &mut String) -> Result<(), NotCanonicalisable> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            // RFC 8785 numbers follow ECMAScript, which is exact for integers up to 2^53.
            const SAFE: u64 = (1 << 53) - 1;
            match (n.as_i64(), n.as_u64()) {
                (Some(i), _) if i.unsigned_abs() <= SAFE => {
                    let _ = write!(out, "{i}");
                }
                (None, Some(u)) if u <= SAFE => {
                    let _ = write!(out, "{u}");
                }
                _ => {
                    return Err(NotCanonicalisable {
                        path: path.to_owned(),
                        message: format!(
                            "{n} is not a whole number within ±2^53; signed and hashed content \
                             keeps fractions as strings"
                        ),
                    })
                }
            }
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, &format!("{path}[{i}]"), out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            // RFC 8785 orders members by their names' UTF-16 code units.
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            members.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
            out.push('{');
            for (i, (key, item)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                write_value(item, &child, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

/// Strings as RFC 8785 (via ECMAScript's JSON.stringify) writes them: only `"`, `\` and control
/// characters are escaped, with the short forms where they exist.
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn orders_keys_and_removes_whitespace() {
        let value: Value =
            serde_json::from_str(r#"{ "b": [1, 2, {"z": null, "a": true}], "a": "x" }"#).unwrap();
        assert_eq!(
            canonical_json(&value).unwrap(),
            r#"{"a":"x","b":[1,2,{"a":true,"z":null}]}"#
        );
    }

    #[test]
    fn rfc_8785_string_escapes() {
        // From RFC 8785 section 3.2.2.2: only these are escaped, everything else is literal.
        let value = json!("\u{20ac}$\u{000F}\u{000a}A'\u{0042}\u{0022}\u{005c}\\\"/");
        assert_eq!(
            canonical_json(&value).unwrap(),
            "\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\""
        );
    }

    #[test]
    fn rfc_8785_sorts_by_utf16_code_units() {
        // The property names of RFC 8785 section 3.2.3's sorting example.
        let value: Value = serde_json::from_str(
            r#"{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}"#,
        )
        .unwrap();
        let expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}";
        assert_eq!(canonical_json(&value).unwrap(), expected);
    }

    #[test]
    fn integers_only() {
        assert_eq!(
            canonical_json(&json!([0, -1, 9007199254740991_i64])).unwrap(),
            "[0,-1,9007199254740991]"
        );
        let error = canonical_json(&json!({"a": [1.5]})).unwrap_err();
        assert_eq!(error.path, "a[0]");
        assert!(canonical_json(&json!(9007199254740992_u64)).is_err());
    }

    #[test]
    fn digest_is_sha256_of_the_canonical_bytes() {
        // SHA-256("{}") is well known.
        assert_eq!(
            canonical_sha256(&json!({})).unwrap(),
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
        );
        let a: Value = serde_json::from_str(r#"{"x": 1, "y": "z"}"#).unwrap();
        let b: Value = serde_json::from_str("{\n  \"y\": \"z\",\n  \"x\": 1\n}").unwrap();
        assert_eq!(canonical_sha256(&a).unwrap(), canonical_sha256(&b).unwrap());
    }
}
