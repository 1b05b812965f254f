//! The fuzz harness: structure-aware mutations of the repository's samples, driven through
//! every entry point that takes outside input (`targets.rs`), on stable Rust.
//!
//! `scripts/fuzz.sh` runs it for a stated time; the test command runs it for about a minute.
//! Each input is checked for a panic (with overflow checks on: the `fuzz` profile), for taking
//! over a second, and for the promise its target makes. An input that fails is written to
//! `fuzz/regressions/<target>/`, and every file there is run again by `tests/regressions.rs`
//! on every test run, so a failure once found stays fixed.

pub mod mutate;
pub mod targets;

use std::path::{Path, PathBuf};
use std::time::Duration;

use sds_domain::canonical::sha256_hex;
use sds_domain::config::CouncilConfig;
use sds_domain::plan::SupportPlan;
use sds_domain::rules::RuleSet;
use sds_domain::signing::sent::SentPlans;
use sds_domain::signing::signed_plan::{self, SignedPlan};
use sds_domain::wording::{Catalogue, Message};

pub use targets::{Checked, Kind, Target, TARGETS};

/// An input taking longer than this has failed, whatever it returned.
pub const TOO_SLOW: Duration = Duration::from_secs(1);

/// What targets work against: the samples, loaded once per worker.
pub struct Fixtures {
    pub root: PathBuf,
    pub rule_sets: Vec<RuleSet>,
    pub config: CouncilConfig,
    pub plan: SupportPlan,
    pub signed_plan: Option<SignedPlan>,
    pub signed_digest: String,
    pub decision_text: String,
    pub sent: SentPlans,
    pub english: Catalogue,
    /// One message of each kind the samples produce, for catalogues to say.
    pub messages: Vec<Message>,
    /// A folder of this worker's own, for the CLI's files.
    pub scratch: PathBuf,
    /// The sample configuration with the harness's council key published, beside the rule sets.
    pub scratch_config: PathBuf,
    pub key_path: PathBuf,
}

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(root: &Path, path: &str) -> Result<String, String> {
    std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))
}

impl Fixtures {
    /// Loads the samples; `worker` names this worker's scratch folder.
    pub fn load(worker: &str) -> Result<Fixtures, String> {
        let root = root();
        let rule_sets = [
            "static/rules/northshire-points-2026.json",
            "static/rules/northshire-components-2026.json",
        ]
        .iter()
        .map(|path| RuleSet::load(&read(&root, path)?).map_err(|p| format!("{path}: {}", p[0])))
        .collect::<Result<Vec<_>, _>>()?;
        let config_text = read(&root, "static/config.json")?;
        let mut config_value: serde_json::Value =
            serde_json::from_str(&config_text).map_err(|e| e.to_string())?;
        let key_text = read(&root, "fuzz/corpus/key-file/council.key")?;
        let key: serde_json::Value = serde_json::from_str(&key_text).map_err(|e| e.to_string())?;
        if let Some(keys) = config_value["council_keys"].as_array_mut() {
            keys.push(serde_json::json!({
                "public_key": key["public_key"],
                "valid_from": "2026-01-01",
            }));
        }
        let config = CouncilConfig::parse(&config_text).map_err(|p| format!("{:?}", p[0]))?;
        let plan =
            targets::sample_plan(&root).ok_or("the Joan example plan does not read".to_owned())?;
        let decision_text = read(&root, "docs/examples/joan-council-decision.json")?;
        let signed_text = read(&root, "docs/examples/joan-signed-plan.json")?;
        let rules: Vec<&RuleSet> = rule_sets.iter().collect();
        let verification = signed_plan::verify(&signed_text, &rules);
        let signed_digest = verification.report.digest.clone().unwrap_or_default();
        let sent = targets::sample_sent(&signed_text, &signed_digest);
        let english = Catalogue::english()?;
        let messages = sds_domain::plan::checks::assess(&plan, &rule_sets[0])
            .findings
            .into_iter()
            .flat_map(|f| [f.message, f.how_to_fix])
            .chain(
                verification
                    .report
                    .problems
                    .iter()
                    .map(|p| p.message.clone()),
            )
            .collect();
        // The scratch folder sits beside the rule sets' copy the CLI's --config finds.
        let scratch =
            std::env::temp_dir().join(format!("sds-fuzz-{}-{worker}", std::process::id()));
        std::fs::create_dir_all(scratch.join("rules")).map_err(|e| e.to_string())?;
        for entry in config.rule_sets.iter() {
            let text = read(&root.join("static"), &entry.file)?;
            std::fs::write(scratch.join(&entry.file), text).map_err(|e| e.to_string())?;
        }
        let scratch_config = scratch.join("config.json");
        std::fs::write(&scratch_config, config_value.to_string()).map_err(|e| e.to_string())?;
        if let Some(logo) = &config.council.logo {
            let _ = std::fs::copy(root.join("static").join(logo), scratch.join(logo));
        }
        let key_path = scratch.join("council.key");
        std::fs::write(&key_path, key_text).map_err(|e| e.to_string())?;
        Ok(Fixtures {
            root,
            rule_sets,
            config,
            plan,
            signed_plan: verification.signed,
            signed_digest,
            decision_text,
            sent,
            english,
            messages,
            scratch,
            scratch_config,
            key_path,
        })
    }
}

impl Drop for Fixtures {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

/// The seeds of a target: the repository files it names, then `fuzz/corpus/<name>/`. For
/// expressions, every expression of the sample rule sets.
pub fn seeds(target: &Target) -> Vec<String> {
    let root = root();
    let mut seeds: Vec<String> = target
        .samples
        .iter()
        .filter_map(|path| std::fs::read_to_string(root.join(path)).ok())
        .collect();
    seeds.extend(files_in(&root.join("fuzz/corpus").join(target.name)));
    if target.kind == Kind::Expression {
        for path in [
            "static/rules/northshire-points-2026.json",
            "static/rules/northshire-components-2026.json",
        ] {
            if let Ok(rules) = std::fs::read_to_string(root.join(path))
                .map_err(|e| e.to_string())
                .and_then(|text| RuleSet::load(&text).map_err(|_| String::new()))
            {
                let file = rules.file();
                seeds.extend(file.allocation.steps.iter().map(|s| s.value.clone()));
                seeds.extend(
                    file.questionnaire
                        .iter()
                        .flat_map(|d| &d.questions)
                        .filter_map(|q| q.asked_when.clone()),
                );
            }
        }
    }
    seeds
}

/// Every failing input kept for a target, with the file it is kept in.
pub fn regressions(target: &Target) -> Vec<(PathBuf, String)> {
    let folder = root().join("fuzz/regressions").join(target.name);
    let mut found: Vec<(PathBuf, String)> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".txt.gz"))
        .filter_map(|path| Some((path.clone(), read_compressed(&path)?)))
        .collect();
    found.sort();
    found
}

fn read_compressed(path: &Path) -> Option<String> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).ok()?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect()
}

/// Keeps a failing input as a regression: `fuzz/regressions/<target>/<digest>.txt.gz`, with
/// why it failed in `<digest>.why` beside it.
pub fn keep_failure(target: &Target, input: &str, why: &str) -> PathBuf {
    use std::io::Write as _;
    let folder = root().join("fuzz/regressions").join(target.name);
    let _ = std::fs::create_dir_all(&folder);
    let digest = sha256_hex(input.as_bytes());
    let path = folder.join(format!("{}.txt.gz", &digest[..16]));
    if let Ok(file) = std::fs::File::create(&path) {
        let mut encoder = flate2::write::GzEncoder::new(file, flate2::Compression::best());
        let _ = encoder.write_all(input.as_bytes());
        let _ = encoder.finish();
    }
    let _ = std::fs::write(folder.join(format!("{}.why", &digest[..16])), why);
    path
}

/// A smaller input that fails the same way, where one can be found in `tries` attempts: parts
/// of the JSON removed, lists and texts halved, while the first words of the failure stay
/// the same. Inputs that fail by taking too long are kept whole (their size is the failure).
pub fn shrink(
    target: &Target,
    input: &str,
    why: &str,
    fixtures: &Fixtures,
    tries: usize,
) -> String {
    let same = |candidate: &str| {
        run_one(target, candidate, fixtures)
            .err()
            .is_some_and(|other| first_words(&other) == first_words(why))
    };
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(input) else {
        return input.to_owned();
    };
    let mut rng = mutate::Rng::new(input.len() as u64);
    let mut best = input.to_owned();
    for _ in 0..tries {
        let mut candidate = value.clone();
        if !mutate::shrink_once(&mut candidate, &mut rng) {
            continue;
        }
        let text = serde_json::to_string(&candidate).unwrap_or_default();
        if text.len() < best.len() && same(&text) {
            best = text;
            value = candidate;
        }
    }
    best
}

fn first_words(text: &str) -> String {
    text.split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs one input through its target, catching a panic as a failure.
pub fn run_one(target: &Target, input: &str, fixtures: &Fixtures) -> Checked {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        (target.run)(input, fixtures)
    })) {
        Ok(checked) => checked,
        Err(panic) => Err(format!(
            "panicked: {}",
            panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)")
        )),
    }
}
