//! The canonical form of a JSON document (RFC 8785, the JSON Canonicalization Scheme), and
//! SHA-256 digests of it.
//!
//! Content that is hashed or signed must give the same bytes on every machine however it was
//! indented or ordered. The canonical form here is the whole of RFC 8785, numbers included
//! (ECMAScript's shortest round-trip form), so it agrees with any other implementation. Our own
//! hashed and signed documents go further and keep every number a whole number within ±2^53
//! (money in minor units, decimals as strings): [`require_integers`] refuses anything else, so no
//! verifier ever depends on floating-point formatting. Signed files are also read with
//! [`parse_strict`], which refuses a member name given twice: two readers could otherwise each
//! see a different value under the same signature.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use sha2::{Digest, Sha256};
use std::fmt::{self, Write as _};

/// Why a document has no canonical form here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotCanonicalisable {
    pub path: String,
    pub message: String,
}

/// The largest whole number every JSON reader holds exactly (ECMAScript's `Number.MAX_SAFE_INTEGER`).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// The RFC 8785 canonical form of `value`.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

/// SHA-256 of the canonical form of a document of whole numbers, as 64 lower-case hex digits.
pub fn canonical_sha256(value: &Value) -> Result<String, NotCanonicalisable> {
    require_integers(value)?;
    Ok(sha256_hex(canonical_json(value).as_bytes()))
}

/// SHA-256 of some bytes, as 64 lower-case hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Reads lower-case hex into exactly `N` bytes. Upper case is refused so that each value has one
/// spelling, and keys can be compared as the text they are.
pub fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = text.as_bytes();
    if bytes.len() != N * 2 {
        return None;
    }
    let mut out = [0u8; N];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        let digit = |b: u8| match b {
            b'0'..=b'9' | b'a'..=b'f' => char::from(b).to_digit(16),
            _ => None,
        };
        out[i] = u8::try_from(digit(pair[0])? * 16 + digit(pair[1])?).ok()?;
    }
    Some(out)
}

/// Checks that every number in `value` is a whole number within ±2^53, naming the first that is
/// not.
pub fn require_integers(value: &Value) -> Result<(), NotCanonicalisable> {
    walk_integers(value, "")
}

fn walk_integers(value: &Value, path: &str) -> Result<(), NotCanonicalisable> {
    match value {
        Value::Number(n) => {
            let safe = match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => i.unsigned_abs() <= MAX_SAFE_INTEGER,
                (None, Some(u)) => u <= MAX_SAFE_INTEGER,
                _ => false,
            };
            if safe {
                Ok(())
            } else {
                Err(NotCanonicalisable {
                    path: path.to_owned(),
                    message: format!(
                        "{n} is not a whole number within ±2^53; signed and hashed content \
                         keeps fractions as strings"
                    ),
                })
            }
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| walk_integers(item, &format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().try_for_each(|(key, item)| {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            walk_integers(item, &child)
        }),
        Value::Null | Value::Bool(_) | Value::String(_) => Ok(()),
    }
}

/// Parses JSON text, refusing any object that names a member twice (RFC 8785 requires I-JSON,
/// which forbids it).
pub fn parse_strict(text: &str) -> Result<Value, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let StrictValue(value) = StrictValue::deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

struct StrictValue(Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("a number too large to hold"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if members.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "the member \"{key}\" is given twice in one object"
                )));
            }
            let StrictValue(item) = map.next_value()?;
            members.insert(key, item);
        }
        Ok(Value::Object(members))
    }
}

fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(n, out),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
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
                write_value(item, out);
            }
            out.push('}');
        }
    }
}

/// ECMAScript breaks a tie between two shortest candidates equally near the value by taking the
/// one whose last digit is even; Rust's shortest form takes the upper. `value` lies exactly
/// half-way between the candidates when its exact decimal expansion is the shortest digits'
/// length plus one, ending in 5.
fn even_of_a_tie(value: f64, digits: &str, exponent: i32) -> Option<String> {
    let (exact, exact_exponent) = short_exact_decimal(value)?;
    if exact_exponent != exponent {
        return None;
    }
    let (lower, rest) = exact.split_at_checked(digits.len())?;
    let tie = rest == "5";
    let lower_is_even = lower.bytes().last().is_some_and(|b| (b - b'0') % 2 == 0);
    let scale = exponent - i32::try_from(lower.len()).ok()? + 1;
    let reads_back = format!("{lower}e{scale}")
        .parse::<f64>()
        .is_ok_and(|back| back == value);
    (tie && lower_is_even && reads_back && lower != digits).then(|| lower.to_owned())
}

/// The exact decimal expansion of a positive finite double, as its significant digits (no
/// trailing zeros) and the power of ten of the first, when it could be a tie between two
/// shortest forms; `None` when it cannot.
///
/// A tie needs the exact expansion to have at most 18 significant digits (the shortest form of
/// a double has at most 17) and to end in 5. With the double written as m × 2^e, m odd: for
/// e < 0 the expansion's digits are those of m × 5^−e, which has no trailing zero and exceeds
/// 10^18 once −e > 26; for e ≥ 0 the value is a whole number, odd times 2^e, and ends in 5 only
/// when e = 0. Both fit in 128 bits in the cases that remain, so this costs a few
/// multiplications where formatting the expansion in full (up to 767 digits) would cost
/// thousands, for every fractional number in a document.
fn short_exact_decimal(value: f64) -> Option<(String, i32)> {
    let bits = value.to_bits();
    let biased = i32::try_from((bits >> 52) & 0x7ff).ok()?;
    let fraction = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if m == 0 {
        return None;
    }
    let twos = m.trailing_zeros();
    m >>= twos;
    e += i32::try_from(twos).ok()?;
    let (whole, negative_power) = match e {
        0 => (u128::from(m), 0),
        e if (-26..0).contains(&e) => (u128::from(m) * 5u128.pow(e.unsigned_abs()), -e),
        _ => return None,
    };
    let digits = whole.to_string();
    let trimmed = digits.trim_end_matches('0');
    let length = i32::try_from(digits.len()).ok()?;
    Some((trimmed.to_owned(), length - 1 - negative_power))
}

/// A number as ECMAScript's `Number.prototype.toString` writes it (RFC 8785 section 3.2.2.3):
/// integers within ±2^53 as themselves, anything else as the shortest decimal that reads back as
/// the same IEEE 754 double, in ECMAScript's choice of plain or exponent form.
fn write_number(n: &Number, out: &mut String) {
    match (n.as_i64(), n.as_u64()) {
        (Some(i), _) if i.unsigned_abs() <= MAX_SAFE_INTEGER => {
            let _ = write!(out, "{i}");
        }
        (_, Some(u)) if u <= MAX_SAFE_INTEGER => {
            let _ = write!(out, "{u}");
        }
        // Beyond 2^53 ECMAScript holds a double, so the figure is first rounded to one.
        _ => write_double(n.as_f64().unwrap_or(f64::NAN), out),
    }
}

fn write_double(value: f64, out: &mut String) {
    if value == 0.0 || !value.is_finite() {
        // -0 is written as 0; JSON text cannot hold NaN or the infinities, so they never arrive.
        out.push('0');
        return;
    }
    if value < 0.0 {
        out.push('-');
    }
    // Rust's `{:e}` gives the shortest round-trip digits, as ECMAScript requires: "d.ddde±x".
    let scientific = format!("{:e}", value.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if let Some(even) = even_of_a_tie(value.abs(), &digits, exponent) {
        digits = even;
    }
    // ECMAScript's terms: the digits are s (k of them) and the value is s × 10^(n−k).
    let k = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let n = exponent + 1;
    let zeros = |count: i32| "0".repeat(usize::try_from(count).unwrap_or(0));
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.push_str(&zeros(n - k));
    } else if 0 < n && n <= 21 {
        let (whole, fraction) = digits.split_at(usize::try_from(n).unwrap_or(0));
        let _ = write!(out, "{whole}.{fraction}");
    } else if -6 < n && n <= 0 {
        let _ = write!(out, "0.{}{digits}", zeros(-n));
    } else {
        let (first, rest) = digits.split_at(1);
        let sign = if n - 1 < 0 { '-' } else { '+' };
        let _ = write!(out, "{first}");
        if !rest.is_empty() {
            let _ = write!(out, ".{rest}");
        }
        let _ = write!(out, "e{sign}{}", (n - 1).unsigned_abs());
    }
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
            canonical_json(&value),
            r#"{"a":"x","b":[1,2,{"a":true,"z":null}]}"#
        );
    }

    #[test]
    fn rfc_8785_string_escapes() {
        // From RFC 8785 section 3.2.2.2: only these are escaped, everything else is literal.
        let value = json!("\u{20ac}$\u{000F}\u{000a}A'\u{0042}\u{0022}\u{005c}\\\"/");
        assert_eq!(
            canonical_json(&value),
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
        assert_eq!(canonical_json(&value), expected);
    }

    #[test]
    fn integers_only_for_hashed_and_signed_content() {
        assert_eq!(
            canonical_json(&json!([0, -1, 9007199254740991_i64])),
            "[0,-1,9007199254740991]"
        );
        require_integers(&json!([0, -1, 9007199254740991_i64])).unwrap();
        let error = require_integers(&json!({"a": [1.5]})).unwrap_err();
        assert_eq!(error.path, "a[0]");
        assert!(require_integers(&json!(9007199254740992_u64)).is_err());
        assert!(canonical_sha256(&json!({"a": {"b": [2, 0.5]}})).is_err());
    }

    #[test]
    fn rfc_8785_numbers_example() {
        // RFC 8785 section 3.2.2: the whole example, input to output.
        let input = r#"{
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }"#;
        let expected = r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#;
        assert_eq!(canonical_json(&parse_strict(input).unwrap()), expected);
    }

    #[test]
    fn rfc_8785_appendix_b_number_serialisation() {
        // Every finite sample of RFC 8785 Appendix B: IEEE 754 bits and the text required.
        let samples: [(u64, &str); 24] = [
            (0x0000000000000000, "0"),
            (0x8000000000000000, "0"),
            (0x0000000000000001, "5e-324"),
            (0x8000000000000001, "-5e-324"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0xffefffffffffffff, "-1.7976931348623157e+308"),
            (0x4340000000000000, "9007199254740992"),
            (0xc340000000000000, "-9007199254740992"),
            (0x4430000000000000, "295147905179352830000"),
            (0x44b52d02c7e14af5, "9.999999999999997e+22"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
            (0x444b1ae4d6e2ef4e, "999999999999999700000"),
            (0x444b1ae4d6e2ef4f, "999999999999999900000"),
            (0x444b1ae4d6e2ef50, "1e+21"),
            (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"),
            (0x3eb0c6f7a0b5ed8d, "0.000001"),
            (0x41b3de4355555553, "333333333.3333332"),
            (0x41b3de4355555554, "333333333.33333325"),
            (0x41b3de4355555555, "333333333.3333333"),
            (0x41b3de4355555556, "333333333.3333334"),
            (0x41b3de4355555557, "333333333.33333343"),
            (0xbecbf647612f3696, "-0.0000033333333333333333"),
            (0x43143ff3c1cb0959, "1424953923781206.2"),
        ];
        for (bits, expected) in samples {
            let value = f64::from_bits(bits);
            let mut direct = String::new();
            write_double(value, &mut direct);
            assert_eq!(direct, expected, "{bits:016x}");
            // And through the parser, from the shortest text Rust writes for the same double.
            let parsed = parse_strict(&format!("{value:e}")).unwrap();
            assert_eq!(canonical_json(&parsed), expected, "{bits:016x} parsed");
        }
    }

    /// The tie check as first written: the exact expansion in full, for every double. Slow,
    /// obviously right, and kept here to hold the fast one to it.
    fn even_of_a_tie_in_full(value: f64, digits: &str, exponent: i32) -> Option<String> {
        let exact = format!("{value:.800e}");
        let (mantissa, exact_exponent) = exact.split_once('e')?;
        if exact_exponent.parse::<i32>().ok()? != exponent {
            return None;
        }
        let exact_digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let (lower, rest) = exact_digits.split_at_checked(digits.len())?;
        let tie = rest.starts_with('5') && rest[1..].bytes().all(|b| b == b'0');
        let lower_is_even = lower.bytes().last().is_some_and(|b| (b - b'0') % 2 == 0);
        let scale = exponent - i32::try_from(lower.len()).ok()? + 1;
        let reads_back = format!("{lower}e{scale}")
            .parse::<f64>()
            .is_ok_and(|back| back == value);
        (tie && lower_is_even && reads_back && lower != digits).then(|| lower.to_owned())
    }

    #[test]
    fn the_fast_tie_check_agrees_with_the_full_expansion() {
        // Doubles near short decimals (where ties live), powers of two, tiny and huge values,
        // and a spread of bit patterns.
        let mut values: Vec<f64> = Vec::new();
        for mantissa in 1..300_u32 {
            for scale in -30..=30 {
                let value = f64::from(mantissa) * 10f64.powi(scale) / 8.0;
                values.extend([value, f64::from_bits(value.to_bits() + 1)]);
            }
        }
        values.extend((-1074..1024).map(|p| 2f64.powi(p)));
        let mut bits: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            bits
        };
        for _ in 0..10_000 {
            values.push(f64::from_bits(next() & 0x7fff_ffff_ffff_ffff));
            // An odd whole number over a small power of two: where ties are.
            let odd = (next() >> 11) | 1;
            let shift = i32::try_from(next() % 30).unwrap() + 1;
            values.push(odd as f64 / 2f64.powi(shift));
        }
        let mut ties = 0;
        for value in values.into_iter().filter(|v| v.is_finite() && *v > 0.0) {
            let scientific = format!("{value:e}");
            let (mantissa, exponent) = scientific.split_once('e').unwrap();
            let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
            let exponent: i32 = exponent.parse().unwrap();
            let fast = even_of_a_tie(value, &digits, exponent);
            assert_eq!(
                fast,
                even_of_a_tie_in_full(value, &digits, exponent),
                "{value:e}"
            );
            ties += usize::from(fast.is_some());
        }
        // 5.960464477539063e-7 (5 × 2^−23) is one: ECMAScript writes 5.960464477539062e-7.
        assert!(ties > 100, "{ties} ties");
        let mut written = String::new();
        write_double(5.0 * 2f64.powi(-23), &mut written);
        assert_eq!(written, "5.960464477539062e-7");
    }

    #[test]
    fn a_member_named_twice_is_refused() {
        let error = parse_strict(r#"{"a": {"b": 1, "b": 2}}"#).unwrap_err();
        assert!(
            error.to_string().contains("\"b\" is given twice"),
            "{error}"
        );
        assert!(parse_strict(r#"{"a": 1} x"#).is_err());
        assert!(parse_strict(r#"[{"b": 1}, {"b": 2}]"#).is_ok());
    }

    #[test]
    fn hex_reads_back() {
        assert_eq!(from_hex::<2>("0aff"), Some([0x0a, 0xff]));
        assert_eq!(from_hex::<2>("0aFf"), None);
        assert_eq!(from_hex::<2>("0aF"), None);
        assert_eq!(from_hex::<1>("g0"), None);
        assert_eq!(hex(&[0x0a, 0xff]), "0aff");
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
