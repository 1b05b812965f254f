//! The record every write to the device makes: the content, its revision, when it was saved,
//! and whether it is sealed under the passphrase lock.
//!
//! ```json
//! {"record": "sds-device-record", "record_version": 1, "revision": 7,
//!  "saved_at": "2026-11-27T14:32:55Z", "content": { ... }}
//! ```
//! A sealed record has `"sealed": {"nonce": "…", "ciphertext": "…"}` in place of `content`; the
//! ciphertext is bound to the record's name and revision. Records kept by releases before
//! revisions existed (a bare plan file, a bare record of sent plans, a bare hex key) read as
//! revision 0.

use serde_json::{Map, Value};

use super::lock::Sealed;
use crate::date::Timestamp;
use crate::wording::{json_at, Message};

pub const RECORD_TAG: &str = "sds-device-record";
pub const RECORD_VERSION: u64 = 1;

/// The highest revision a record can have: the largest whole number every JSON reader holds
/// exactly. One write a second would take 285 million years to reach it, so a record claiming
/// more was not written by this app, and adding one to it could never overflow.
pub const MAX_REVISION: u64 = crate::canonical::MAX_SAFE_INTEGER;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// 1 for the first write under a name, one more for each write after.
    pub revision: u64,
    pub saved_at: Option<Timestamp>,
    pub body: Body,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    Plain(Value),
    Sealed(Sealed),
}

impl Record {
    pub fn to_text(&self) -> String {
        let mut map = Map::new();
        map.insert("record".into(), RECORD_TAG.into());
        map.insert("record_version".into(), RECORD_VERSION.into());
        map.insert("revision".into(), self.revision.into());
        if let Some(at) = self.saved_at {
            map.insert("saved_at".into(), at.to_string().into());
        }
        match &self.body {
            Body::Plain(content) => map.insert("content".into(), content.clone()),
            Body::Sealed(sealed) => map.insert("sealed".into(), sealed.to_json()),
        };
        Value::Object(map).to_string()
    }

    /// Reads a record, or says why it cannot be read.
    pub fn from_text(text: &str) -> Result<Record, Message> {
        Record::within(text, &crate::limits::RECORD)
    }

    /// Reads a record within `limits` (a record kept aside holds a whole damaged record, so it
    /// may be larger than any other).
    pub fn within(text: &str, limits: &crate::limits::Limits) -> Result<Record, Message> {
        if is_legacy_key(text) {
            return Ok(legacy(Value::String(text.to_owned())));
        }
        crate::limits::check(text, limits).map_err(|e| e.message())?;
        let value: Value = serde_json::from_str(text)
            .map_err(|e| Message::new("record-not-json").with("at", json_at(&e)))?;
        let Value::Object(mut map) = value else {
            return Err(Message::new("record-not-a-record"));
        };
        match map.get("record") {
            None => return Ok(legacy(Value::Object(map))),
            Some(tag) if tag == RECORD_TAG => {}
            Some(_) => return Err(Message::new("record-foreign")),
        }
        match map.get("record_version").and_then(Value::as_u64) {
            Some(RECORD_VERSION) => {}
            Some(version) if version > RECORD_VERSION => {
                return Err(Message::new("record-too-new").with("version", version.to_string()))
            }
            _ => return Err(Message::new("record-version-wrong")),
        }
        let revision = map
            .get("revision")
            .and_then(Value::as_u64)
            .ok_or_else(|| Message::new("record-revision-missing"))?;
        if revision > MAX_REVISION {
            return Err(Message::new("record-revision-too-high")
                .with("revision", revision.to_string())
                .with("limit", MAX_REVISION.to_string()));
        }
        let saved_at = match map.get("saved_at") {
            None => None,
            Some(at) => Some(
                at.as_str()
                    .and_then(Timestamp::parse)
                    .ok_or_else(|| Message::new("record-saved-at-wrong"))?,
            ),
        };
        let body = match (map.remove("content"), map.get("sealed")) {
            (Some(content), None) => Body::Plain(content),
            (None, Some(sealed)) => Body::Sealed(
                Sealed::from_json(sealed).ok_or_else(|| Message::new("record-sealed-damaged"))?,
            ),
            _ => return Err(Message::new("record-content-or-sealed")),
        };
        Ok(Record {
            revision,
            saved_at,
            body,
        })
    }

    /// What a sealed record's ciphertext is bound to: its name and revision.
    pub fn context(name: &str, revision: u64) -> Vec<u8> {
        format!("{name}\n{revision}").into_bytes()
    }
}

/// The first releases kept the signing key as bare hex.
fn is_legacy_key(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn legacy(content: Value) -> Record {
    Record {
        revision: 0,
        saved_at: None,
        body: Body::Plain(content),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plain(revision: u64, content: Value) -> Record {
        Record {
            revision,
            saved_at: None,
            body: Body::Plain(content),
        }
    }

    #[test]
    fn records_read_back_as_written() {
        let record = Record {
            revision: 7,
            saved_at: Timestamp::parse("2026-11-27T14:32:55Z"),
            body: Body::Plain(json!({"a": [1, 2]})),
        };
        assert_eq!(Record::from_text(&record.to_text()).unwrap(), record);
        let sealed = Record {
            revision: 2,
            saved_at: None,
            body: Body::Sealed(Sealed {
                nonce: [9; 24],
                ciphertext: vec![0, 1, 255],
            }),
        };
        assert_eq!(Record::from_text(&sealed.to_text()).unwrap(), sealed);
    }

    #[test]
    fn earlier_releases_records_read_as_revision_zero() {
        let plan = r#"{"format":"sds-support-plan","format_version":2,"plan":{}}"#;
        assert_eq!(
            Record::from_text(plan).unwrap(),
            plain(0, serde_json::from_str(plan).unwrap())
        );
        let key = "ab".repeat(32);
        assert_eq!(
            Record::from_text(&key).unwrap(),
            plain(0, Value::String(key.clone()))
        );
    }

    #[test]
    fn damaged_or_foreign_records_are_refused_with_a_reason() {
        for text in [
            "",
            "{",
            "[1]",
            r#"{"record":"other"}"#,
            r#"{"record":"sds-device-record","record_version":1,"content":{}}"#,
            r#"{"record":"sds-device-record","record_version":1,"revision":1}"#,
            r#"{"record":"sds-device-record","record_version":1,"revision":1,"content":{},"sealed":{}}"#,
            r#"{"record":"sds-device-record","record_version":1,"revision":1,"sealed":{"nonce":"00"}}"#,
            r#"{"record":"sds-device-record","record_version":1,"revision":1,"saved_at":"today","content":1}"#,
        ] {
            assert!(Record::from_text(text).is_err(), "{text}");
        }
        let newer = r#"{"record":"sds-device-record","record_version":2,"revision":1,"content":1}"#;
        assert_eq!(Record::from_text(newer).unwrap_err().key, "record-too-new");
    }
}
