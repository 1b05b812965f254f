//! Signed documents: a person's signed plan and the council's decision on it.
//!
//! Both are JSON files anyone can check offline with no software of ours (`docs/
//! signed-plan-format.md` says how, step by step). What is signed is the RFC 8785 canonical form
//! of the document without its `signatures` member, as UTF-8 bytes; its SHA-256 is the
//! document's *digest*, which a decision quotes to say which plan it decides on. Signatures are
//! Ed25519 (RFC 8032) over those bytes, with the public key beside each signature, all in
//! lower-case hex. Keys are 32 random bytes chosen by the caller: the browser and the CLI each
//! have their own source of randomness, so this crate needs none.
//!
//! Verification never stops at the first problem: it reports each one, with a stable code, so a
//! council officer sees at once whether the file was altered, by whom it was signed and whether
//! the money adds up.

pub mod decision;
pub mod sent;
pub mod signed_plan;

use crate::canonical::{canonical_json, from_hex, hex, parse_strict, require_integers, sha256_hex};
use crate::json_location::read_value;
use crate::limits;
use crate::wording::{Arg, Message};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// The member that holds the signatures; everything else in a document is signed.
pub const SIGNATURES: &str = "signatures";

/// An Ed25519 key pair. The secret never leaves the device or file it was made for.
pub struct KeyPair(SigningKey);

impl KeyPair {
    /// The key pair for a 32-byte secret (RFC 8032's "private key"), which must be random.
    pub fn from_secret(secret: [u8; 32]) -> KeyPair {
        KeyPair(SigningKey::from_bytes(&secret))
    }

    /// Reads a secret written by [`KeyPair::secret_hex`].
    pub fn from_secret_hex(text: &str) -> Option<KeyPair> {
        from_hex::<32>(text.trim()).map(KeyPair::from_secret)
    }

    pub fn secret_hex(&self) -> String {
        hex(self.0.as_bytes())
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

/// Shows only the public half, so a secret never reaches a log.
impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyPair({})", self.public_key().fingerprint())
    }
}

/// An Ed25519 public key, written as 64 hex digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Reads 64 hex digits that encode a valid curve point.
    pub fn parse_hex(text: &str) -> Option<PublicKey> {
        let bytes = from_hex::<32>(text)?;
        VerifyingKey::from_bytes(&bytes).ok().map(PublicKey)
    }

    pub fn hex(&self) -> String {
        hex(self.0.as_bytes())
    }

    /// A short form a person can read aloud and compare: the first 8 bytes of the SHA-256 of
    /// the key's 32 bytes, as four groups of four upper-case hex digits ("7F3A 9C21 04BE 55D0").
    pub fn fingerprint(&self) -> String {
        fingerprint_of(self.0.as_bytes())
    }

    /// Whether `signature` is this key's signature of `message` (RFC 8032, with the stricter
    /// checks that refuse weak keys and malleable signatures).
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0
            .verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fingerprint())
    }
}

impl Serialize for PublicKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.hex())
    }
}

impl<'de> Deserialize<'de> for PublicKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PublicKey::parse_hex(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{text:?} is not an Ed25519 public key (64 hex digits)"
            ))
        })
    }
}

fn fingerprint_of(key: &[u8]) -> String {
    let digest = sha256_hex(key).to_uppercase();
    let groups: Vec<&str> = (0..4).map(|i| &digest[i * 4..i * 4 + 4]).collect();
    groups.join(" ")
}

/// One signature as a document carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureEntry {
    pub public_key: String,
    pub signature: String,
}

/// The two kinds of signed document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    SignedPlan,
    CouncilDecision,
}

impl DocumentKind {
    /// The `format` tag the document carries.
    pub fn tag(self) -> &'static str {
        match self {
            DocumentKind::SignedPlan => signed_plan::FORMAT_TAG,
            DocumentKind::CouncilDecision => decision::FORMAT_TAG,
        }
    }

    fn from_tag(tag: &str) -> Option<DocumentKind> {
        [DocumentKind::SignedPlan, DocumentKind::CouncilDecision]
            .into_iter()
            .find(|kind| kind.tag() == tag)
    }

    /// The version of its format this code writes; every earlier one is still read. Signed
    /// plans are at 2 (the personal budget in three parts was added); decisions at 1.
    pub fn current_version(self) -> u64 {
        match self {
            DocumentKind::SignedPlan => signed_plan::FORMAT_VERSION,
            DocumentKind::CouncilDecision => FORMAT_VERSION,
        }
    }

    /// The catalogue key of its name in messages: "a signed support plan".
    pub fn described(self) -> &'static str {
        match self {
            DocumentKind::SignedPlan => "kind-signed_plan",
            DocumentKind::CouncilDecision => "kind-council_decision",
        }
    }
}

/// How serious a verification problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemLevel {
    /// The document cannot be relied on.
    Failure,
    /// The document is intact, but someone should look at this.
    Warning,
}

/// One thing verification found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Stable, for systems and tests: "signature_does_not_match", "budget_differs"…
    pub code: &'static str,
    pub severity: ProblemLevel,
    /// What it means, in the reader's language (see [`crate::wording`]).
    pub message: Message,
}

impl Problem {
    fn failure(code: &'static str, message: Message) -> Problem {
        Problem {
            code,
            severity: ProblemLevel::Failure,
            message,
        }
    }

    fn warning(code: &'static str, message: Message) -> Problem {
        Problem {
            code,
            severity: ProblemLevel::Warning,
            message,
        }
    }
}

/// The outcome of checking one signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SignatureCheck {
    pub public_key: String,
    /// `None` when the key is not a valid Ed25519 key at all.
    pub fingerprint: Option<String>,
    pub valid: bool,
}

/// What checking a document's envelope found: its kind, digest and signatures, and every
/// problem. Each kind of document adds its own checks to `problems`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub kind: Option<DocumentKind>,
    /// The document's format version, when it is one this code reads.
    pub format_version: Option<u64>,
    /// SHA-256 of the signed bytes, when the document could be read that far.
    pub digest: Option<String>,
    pub signatures: Vec<SignatureCheck>,
    pub problems: Vec<Problem>,
}

impl Report {
    /// Whether nothing found makes the document unreliable (warnings allowed).
    pub fn verified(&self) -> bool {
        !self
            .problems
            .iter()
            .any(|p| p.severity == ProblemLevel::Failure)
    }

    /// Whether every signature matches the content: the file is as it was signed.
    pub fn intact(&self) -> bool {
        !self.signatures.is_empty()
            && self.signatures.iter().all(|s| s.valid)
            && !self.problems.iter().any(|p| p.code == "not_readable")
    }

    /// Public keys whose signatures are valid.
    pub fn valid_keys(&self) -> impl Iterator<Item = &str> {
        self.signatures
            .iter()
            .filter(|s| s.valid)
            .map(|s| s.public_key.as_str())
    }

    fn fail(&mut self, code: &'static str, message: Message) {
        self.problems.push(Problem::failure(code, message));
    }

    fn warn(&mut self, code: &'static str, message: Message) {
        self.problems.push(Problem::warning(code, message));
    }
}

/// The most signatures a document may carry: a plan has the person or their nominee or
/// representative, perhaps a witness; a decision has one officer. Each costs a verification.
pub const MAX_SIGNATURES: usize = 8;

/// The format version of council decisions and key files, the first of every document.
pub const FORMAT_VERSION: u64 = 1;

/// Signs `content` as a document of `kind` with each key in turn, every key over the same
/// bytes. Returns the document's text and its digest.
fn sign_document<T: Serialize>(
    kind: DocumentKind,
    content: &T,
    keys: &[&KeyPair],
) -> (String, String) {
    // The contents are structs of strings, whole numbers and booleans, which always serialise
    // to an object.
    let mut document = match serde_json::to_value(content) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    document.insert("format".to_owned(), Value::from(kind.tag()));
    document.insert(
        "format_version".to_owned(),
        Value::from(kind.current_version()),
    );
    document.remove(SIGNATURES);
    let bytes = canonical_json(&Value::Object(document.clone()));
    let digest = sha256_hex(bytes.as_bytes());
    let signatures: Vec<SignatureEntry> = keys
        .iter()
        .map(|key| SignatureEntry {
            public_key: key.public_key().hex(),
            signature: hex(&key.sign(bytes.as_bytes())),
        })
        .collect();
    document.insert(
        SIGNATURES.to_owned(),
        serde_json::to_value(signatures).unwrap_or_default(),
    );
    // Strings, whole numbers and booleans always serialise.
    let text = serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default();
    (text, digest)
}

/// Checks what every signed document shares: readable JSON with no repeated member, a known
/// format and version, whole numbers only, and signatures that match the content. Returns the
/// report and, when the envelope could be read, the document's typed content.
fn check_envelope<T: DeserializeOwned>(text: &str, expected: DocumentKind) -> (Report, Option<T>) {
    let mut report = Report {
        kind: None,
        format_version: None,
        digest: None,
        signatures: Vec::new(),
        problems: Vec::new(),
    };
    let limits = match expected {
        DocumentKind::SignedPlan => &limits::SIGNED_PLAN,
        DocumentKind::CouncilDecision => &limits::DECISION,
    };
    if let Err(exceeded) = limits::check(text, limits) {
        report.fail(
            "too_large",
            Message::new("problem-too_large")
                .with("kind", Message::new(expected.described()))
                .with("detail", exceeded.message()),
        );
        return (report, None);
    }
    let value = match parse_strict(text) {
        Ok(value) => value,
        Err(error) => {
            report.fail(
                "not_readable",
                Message::new("problem-not_json")
                    .with("kind", Message::new(expected.described()))
                    .with("detail", error.to_string()),
            );
            return (report, None);
        }
    };
    let Value::Object(mut document) = value else {
        report.fail(
            "not_readable",
            Message::new("problem-not_readable").with("kind", Message::new(expected.described())),
        );
        return (report, None);
    };
    let tag = document.get("format").and_then(Value::as_str).unwrap_or("");
    match DocumentKind::from_tag(tag) {
        Some(kind) if kind == expected => report.kind = Some(kind),
        Some(other) => {
            report.kind = Some(other);
            report.fail(
                "wrong_kind",
                Message::new("problem-wrong_kind")
                    .with("kind", Message::new(other.described()))
                    .with("expected", Message::new(expected.described())),
            );
            return (report, None);
        }
        None => {
            report.fail(
                "unknown_format",
                Message::new("problem-unknown_format")
                    .with("kind", Message::new(expected.described()))
                    .with("format", describe_json(document.get("format"))),
            );
            return (report, None);
        }
    }
    let current = expected.current_version();
    match document.get("format_version").and_then(Value::as_u64) {
        Some(version) if (1..=current).contains(&version) => {
            report.format_version = Some(version);
        }
        Some(version) if version > current => {
            report.fail(
                "version_too_new",
                Message::new("problem-version_too_new")
                    .with("version", version.to_string())
                    .with("readable", current.to_string()),
            );
            return (report, None);
        }
        _ => {
            report.fail(
                "unknown_version",
                Message::new("problem-unknown_version")
                    .with("version", describe_json(document.get("format_version"))),
            );
            return (report, None);
        }
    }
    let signatures = document.remove(SIGNATURES);
    let mut content = Value::Object(document);
    if let Err(problem) = require_integers(&content) {
        report.fail(
            "not_whole_number",
            Message::new("problem-not_whole_number")
                .with("path", problem.path)
                // The message starts with the number itself.
                .with(
                    "number",
                    problem
                        .message
                        .split_once(' ')
                        .map_or("", |(number, _)| number),
                ),
        );
    }
    let bytes = canonical_json(&content);
    report.digest = Some(sha256_hex(bytes.as_bytes()));
    check_signatures(signatures, bytes.as_bytes(), &mut report);

    // The tag and version are checked; the typed content is everything else.
    if let Value::Object(map) = &mut content {
        map.remove("format");
        map.remove("format_version");
    }
    let typed = match read_value::<T>(&content) {
        Ok(typed) => Some(typed),
        Err(error) => {
            report.fail(
                "not_the_format",
                Message::new("problem-not_the_format")
                    .with("kind", Message::new(expected.described()))
                    // The document as a whole is ".", as it always was.
                    .with(
                        "path",
                        if error.path.is_empty() {
                            "."
                        } else {
                            error.path.as_str()
                        },
                    )
                    .with("detail", error.message),
            );
            None
        }
    };
    (report, typed)
}

fn check_signatures(signatures: Option<Value>, message: &[u8], report: &mut Report) {
    let entries: Vec<SignatureEntry> = match signatures.map(serde_json::from_value) {
        Some(Ok(entries)) => entries,
        None => Vec::new(),
        Some(Err(error)) => {
            report.fail(
                "signatures_unreadable",
                Message::new("problem-signatures_unreadable").with("detail", error.to_string()),
            );
            return;
        }
    };
    if entries.is_empty() {
        report.fail("not_signed", Message::new("problem-not_signed"));
        return;
    }
    if entries.len() > MAX_SIGNATURES {
        report.fail(
            "too_many_signatures",
            Message::new("problem-too_many_signatures")
                .with("count", entries.len())
                .with("limit", MAX_SIGNATURES),
        );
        return;
    }
    for (i, entry) in entries.iter().enumerate() {
        let number = i + 1;
        if report
            .signatures
            .iter()
            .any(|s| s.public_key == entry.public_key)
        {
            report.fail(
                "signed_twice",
                Message::new("problem-signed_twice").with("number", number),
            );
        }
        let key = PublicKey::parse_hex(&entry.public_key);
        let signature = from_hex::<64>(&entry.signature);
        let valid = match (key, signature) {
            (Some(key), Some(signature)) => key.verifies(message, &signature),
            _ => false,
        };
        let fingerprint = key.map(|k| k.fingerprint());
        if !valid {
            let key_words = fingerprint.clone().unwrap_or_default();
            let message = match (key, signature) {
                (None, _) => Message::new("problem-key_not_valid"),
                (_, None) => Message::new("problem-signature_not_hex"),
                _ => Message::new("problem-signature_does_not_match"),
            }
            .with("number", number)
            .with("key", key_words);
            report.fail("signature_does_not_match", message);
        }
        report.signatures.push(SignatureCheck {
            public_key: entry.public_key.clone(),
            fingerprint,
            valid,
        });
    }
}

/// A JSON value in a message: a short string as itself, anything else by its kind.
fn describe_json(value: Option<&Value>) -> Arg {
    match value {
        None => Arg::Message(Message::new("json-missing")),
        Some(Value::String(s)) if s.chars().count() <= 40 => Arg::Text(format!("{s:?}")),
        Some(Value::Number(n)) => Arg::Text(n.to_string()),
        Some(_) => Arg::Message(Message::new("json-unexpected")),
    }
}

/// A file name a person recognises in their downloads: `support-plan-joan-smith-2026-11-27.json`
/// for `what` "support-plan". Only ASCII letters and digits of the name are kept, so the name is
/// safe on every system; with none, the name is left out.
pub fn file_name(what: &str, person: &str, day: crate::date::CalendarDate) -> String {
    let mut slug = String::new();
    for c in person.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(40).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("{what}-{day}.json")
    } else {
        format!("{what}-{slug}-{day}.json")
    }
}

/// Whether `text` is a signed document and, if so, which kind (so one file picker can take
/// either).
pub fn kind_of(text: &str) -> Option<DocumentKind> {
    limits::check(text, &limits::SIGNED_PLAN).ok()?;
    let value: Value = serde_json::from_str(text).ok()?;
    DocumentKind::from_tag(value.get("format")?.as_str()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 8032 section 7.1: secret key, public key, message, signature.
    const RFC_8032: [(&str, &str, &str, &str); 4] = [
        (
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        ),
        (
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
        ),
        (
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
        ),
        (
            // TEST SHA(abc): the message is SHA-512 of "abc".
            "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
            "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704",
        ),
    ];

    fn bytes(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn rfc_8032_test_vectors() {
        for (secret, public, message, signature) in RFC_8032 {
            let pair = KeyPair::from_secret_hex(secret).unwrap();
            assert_eq!(pair.public_key().hex(), public);
            let message = bytes(message);
            assert_eq!(hex(&pair.sign(&message)), signature);
            let key = PublicKey::parse_hex(public).unwrap();
            let signature = from_hex::<64>(signature).unwrap();
            assert!(key.verifies(&message, &signature));
            let mut altered = message.clone();
            altered.push(0);
            assert!(!key.verifies(&altered, &signature));
            let mut bad = signature;
            bad[5] ^= 1;
            assert!(!key.verifies(&message, &bad));
        }
    }

    #[test]
    fn fingerprints_are_short_and_stable() {
        let key = PublicKey::parse_hex(RFC_8032[0].1).unwrap();
        let fingerprint = key.fingerprint();
        assert_eq!(fingerprint.len(), 19);
        assert_eq!(
            fingerprint.replace(' ', "").to_lowercase(),
            sha256_hex(&bytes(RFC_8032[0].1))[..16]
        );
        assert_eq!(PublicKey::parse_hex("zz"), None);
    }

    #[test]
    fn file_names_are_safe_and_recognisable() {
        let day = crate::date::CalendarDate::new(2026, 11, 27).unwrap();
        assert_eq!(
            file_name("support-plan", "Joan Smith", day),
            "support-plan-joan-smith-2026-11-27.json"
        );
        assert_eq!(
            file_name("support-plan", "  Zoë O'Brien-Hall ", day),
            "support-plan-zo-o-brien-hall-2026-11-27.json"
        );
        assert_eq!(
            file_name("council-decision", "عائشہ", day),
            "council-decision-2026-11-27.json"
        );
        assert_eq!(
            file_name("x", "../../etc/passwd", day),
            "x-etc-passwd-2026-11-27.json"
        );
    }

    #[test]
    fn kind_of_tells_the_documents_apart() {
        assert_eq!(
            kind_of(r#"{"format":"sds-signed-plan"}"#),
            Some(DocumentKind::SignedPlan)
        );
        assert_eq!(
            kind_of(r#"{"format":"sds-council-decision"}"#),
            Some(DocumentKind::CouncilDecision)
        );
        assert_eq!(kind_of(r#"{"format":"sds-support-plan"}"#), None);
        assert_eq!(kind_of("not json"), None);
    }
}
