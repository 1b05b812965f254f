//! `sds-fuzz`: runs the harness (see the library's documentation) and reports what it did.
//!
//! ```text
//! sds-fuzz [--seconds N | --inputs N] [--seed N] [--threads N] [--only TARGET] [--too-slow S]
//! sds-fuzz --write-seeds     (re-make the seeds in fuzz/corpus/ that come from the domain)
//! ```
//! Exits 0 when no input failed, 1 when one did (each kept in `fuzz/regressions/`).

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sds_fuzz::mutate::{mutate_expression, mutate_json, mutate_text, Dictionary, Rng};
use sds_fuzz::{keep_failure, run_one, seeds, shrink, Fixtures, Kind, Target, TARGETS, TOO_SLOW};

/// An input still running after this is a hang: it is kept and the run stops.
const HANG: Duration = Duration::from_secs(20);
/// Inputs kept per target because they reached somewhere new, and the largest kept: enough to
/// build on, little enough to keep a run's memory small.
const POOL: usize = 100;
const POOL_BYTES: usize = 256 << 10;

struct Settings {
    seconds: Option<u64>,
    inputs: Option<u64>,
    seed: u64,
    threads: usize,
    only: Option<String>,
    /// An input taking longer than this has failed.
    too_slow: Duration,
}

/// What each worker is running now, for the watchdog.
type Running = Mutex<Option<(Instant, usize, Arc<str>)>>;

#[derive(Default)]
struct Tally {
    inputs: AtomicU64,
    failures: AtomicU64,
    per_target: Vec<TargetTally>,
}

#[derive(Default)]
struct TargetTally {
    inputs: AtomicU64,
    nanos: AtomicU64,
    slowest_nanos: AtomicU64,
    largest_bytes: AtomicU64,
    fingerprints: AtomicU64,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--write-seeds") {
        match write_seeds() {
            Ok(()) => return,
            Err(error) => {
                eprintln!("sds-fuzz: the seeds could not be written: {error}");
                std::process::exit(1);
            }
        }
    }
    let settings = match parse(&args) {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("sds-fuzz: {message}");
            std::process::exit(2);
        }
    };
    // Panics are caught and reported per input; the default hook would print each twice.
    std::panic::set_hook(Box::new(|_| {}));
    let targets: Vec<usize> = (0..TARGETS.len())
        .filter(|&t| {
            settings
                .only
                .as_deref()
                .is_none_or(|only| TARGETS[t].name == only)
        })
        .collect();
    if targets.is_empty() {
        eprintln!("sds-fuzz: no target is called that");
        std::process::exit(2);
    }
    let tally = Arc::new(Tally {
        per_target: TARGETS.iter().map(|_| TargetTally::default()).collect(),
        ..Tally::default()
    });
    let stop = Arc::new(AtomicBool::new(false));
    let running: Arc<Vec<Running>> =
        Arc::new((0..settings.threads).map(|_| Mutex::new(None)).collect());
    let started = Instant::now();
    let deadline = settings.seconds.map(|s| started + Duration::from_secs(s));

    let watchdog = {
        let (running, stop) = (running.clone(), stop.clone());
        std::thread::spawn(move || watch(&running, &stop))
    };
    let workers: Vec<_> = (0..settings.threads)
        .map(|worker| {
            let (tally, stop, running, targets) = (
                tally.clone(),
                stop.clone(),
                running.clone(),
                targets.clone(),
            );
            let run = Run {
                worker,
                seed: settings.seed,
                deadline,
                limit: settings.inputs,
                too_slow: settings.too_slow,
            };
            std::thread::spawn(move || work(&run, &targets, &tally, &stop, &running[worker]))
        })
        .collect();
    for worker in workers {
        if let Ok(Err(error)) = worker.join() {
            eprintln!("sds-fuzz: a worker could not start: {error}");
            stop.store(true, Ordering::SeqCst);
            std::process::exit(2);
        }
    }
    stop.store(true, Ordering::SeqCst);
    let _ = watchdog.join();
    report(&tally, &targets, started.elapsed(), settings.threads);
    if tally.failures.load(Ordering::SeqCst) > 0 {
        std::process::exit(1);
    }
}

fn parse(args: &[String]) -> Result<Settings, String> {
    let mut settings = Settings {
        seconds: None,
        inputs: None,
        seed: 1,
        threads: std::thread::available_parallelism().map_or(1, usize::from),
        only: None,
        too_slow: TOO_SLOW,
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().ok_or_else(|| format!("{arg} needs a value"));
        let number = |text: &String| {
            text.parse::<u64>()
                .map_err(|_| format!("{arg} takes a whole number"))
        };
        match arg.as_str() {
            "--seconds" => settings.seconds = Some(number(value()?)?),
            "--inputs" => settings.inputs = Some(number(value()?)?),
            "--seed" => settings.seed = number(value()?)?,
            "--threads" => {
                settings.threads = usize::try_from(number(value()?)?.max(1)).unwrap_or(1);
            }
            "--only" => settings.only = Some(value()?.clone()),
            "--too-slow" => settings.too_slow = Duration::from_secs(number(value()?)?.max(1)),
            other => return Err(format!("'{other}' is not an option")),
        }
    }
    if settings.seconds.is_none() && settings.inputs.is_none() {
        settings.seconds = Some(60);
    }
    Ok(settings)
}

/// What one worker is asked to do.
struct Run {
    worker: usize,
    seed: u64,
    deadline: Option<Instant>,
    limit: Option<u64>,
    too_slow: Duration,
}

/// One worker: its own fixtures, seeds, pool and random numbers.
fn work(
    run: &Run,
    targets: &[usize],
    tally: &Tally,
    stop: &AtomicBool,
    running: &Running,
) -> Result<(), String> {
    let Run {
        worker,
        seed,
        deadline,
        limit,
        too_slow,
    } = *run;
    let fixtures = Fixtures::load(&worker.to_string())?;
    let mut rng = Rng::new(seed.wrapping_mul(0x1000_0001).wrapping_add(worker as u64));
    let seeds: Vec<Vec<String>> = TARGETS.iter().map(seeds).collect();
    // Parsed once: most inputs start from a seed.
    let parsed: Vec<Vec<Option<serde_json::Value>>> = seeds
        .iter()
        .map(|s| {
            s.iter()
                .map(|text| serde_json::from_str(text).ok())
                .collect()
        })
        .collect();
    let dictionaries: Vec<Dictionary> = TARGETS
        .iter()
        .zip(&seeds)
        .map(|(target, seeds)| {
            let words = target
                .words
                .iter()
                .filter_map(|path| std::fs::read_to_string(fixtures.root.join(path)).ok())
                .collect::<Vec<_>>();
            Dictionary::from_seeds(seeds.iter().chain(&words).map(String::as_str))
        })
        .collect();
    let mut pools: Vec<Vec<String>> = vec![Vec::new(); TARGETS.len()];
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    let weights: Vec<usize> = targets.iter().map(|&t| TARGETS[t].weight).collect();
    let total_weight: usize = weights.iter().sum();
    loop {
        if stop.load(Ordering::SeqCst) || deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(());
        }
        if limit.is_some_and(|l| tally.inputs.fetch_add(1, Ordering::SeqCst) >= l) {
            return Ok(());
        }
        if limit.is_none() {
            tally.inputs.fetch_add(1, Ordering::SeqCst);
        }
        let mut choice = rng.below(total_weight);
        let t = targets[weights
            .iter()
            .position(|w| {
                if choice < *w {
                    true
                } else {
                    choice -= w;
                    false
                }
            })
            .unwrap_or(0)];
        let target = &TARGETS[t];
        let input = next_input(
            target,
            &seeds[t],
            &parsed[t],
            &pools[t],
            &dictionaries[t],
            &mut rng,
        );
        let input: Arc<str> = Arc::from(input);
        if let Ok(mut now) = running.lock() {
            *now = Some((Instant::now(), t, input.clone()));
        }
        let began = Instant::now();
        let checked = run_one(target, &input, &fixtures);
        let took = began.elapsed();
        if let Ok(mut now) = running.lock() {
            *now = None;
        }
        let counts = &tally.per_target[t];
        counts.inputs.fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
        counts.nanos.fetch_add(nanos, Ordering::Relaxed);
        counts.slowest_nanos.fetch_max(nanos, Ordering::Relaxed);
        counts
            .largest_bytes
            .fetch_max(input.len() as u64, Ordering::Relaxed);
        let failure = match checked {
            Err(why) => Some(why),
            Ok(_) if took > too_slow => Some(format!("took {} ms", took.as_millis())),
            Ok(fingerprint) => {
                if seen.insert((t, fingerprint)) {
                    counts.fingerprints.fetch_add(1, Ordering::Relaxed);
                    if input.len() < POOL_BYTES {
                        let pool = &mut pools[t];
                        if pool.len() < POOL {
                            pool.push(input.to_string());
                        } else {
                            let slot = rng.below(POOL);
                            pool[slot] = input.to_string();
                        }
                    }
                }
                None
            }
        };
        if let Some(why) = failure {
            tally.failures.fetch_add(1, Ordering::SeqCst);
            let smaller = if took > too_slow {
                input.to_string()
            } else {
                shrink(target, &input, &why, &fixtures, 2_000)
            };
            let kept = keep_failure(target, &smaller, &why);
            eprintln!(
                "FAILED {}: {why}\n  kept as {}",
                target.name,
                kept.display()
            );
        }
    }
}

/// A new input for a target: a seed or an input that reached somewhere new, mutated.
fn next_input(
    target: &Target,
    seeds: &[String],
    parsed: &[Option<serde_json::Value>],
    pool: &[String],
    dictionary: &Dictionary,
    rng: &mut Rng,
) -> String {
    let from_pool = !pool.is_empty() && rng.one_in(2);
    let (base, value) = if from_pool {
        let base = rng.pick(pool).cloned().unwrap_or_default();
        let value = serde_json::from_str(&base).ok();
        (base, value)
    } else {
        let at = rng.below(seeds.len());
        (
            seeds.get(at).cloned().unwrap_or_default(),
            parsed.get(at).cloned().flatten(),
        )
    };
    // Inputs stay within four times the largest limit of any file, so every limit is met and
    // passed without the harness spending its time building gigabytes.
    for _ in 0..4 {
        let input = match target.kind {
            Kind::Expression => mutate_expression(&base, rng, dictionary),
            Kind::Text => mutate_text(&base, rng, dictionary),
            Kind::Json => match &value {
                Some(value) => mutate_json(value, rng, dictionary, target.largest),
                None => mutate_text(&base, rng, dictionary),
            },
        };
        if input.len() <= target.largest {
            return input;
        }
    }
    base
}

/// Stops the run if any input has been running for [`HANG`], keeping it first.
fn watch(running: &[Running], stop: &AtomicBool) {
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(200));
        for slot in running {
            let hung = slot
                .lock()
                .ok()
                .and_then(|now| now.clone())
                .filter(|(began, _, _)| began.elapsed() > HANG);
            if let Some((_, t, input)) = hung {
                let why = format!("still running after {} s", HANG.as_secs());
                let kept = keep_failure(&TARGETS[t], &input, &why);
                eprintln!(
                    "HUNG {}: {why}\n  kept as {}",
                    TARGETS[t].name,
                    kept.display()
                );
                std::process::exit(1);
            }
        }
    }
}

fn report(tally: &Tally, targets: &[usize], elapsed: Duration, threads: usize) {
    let total = tally
        .per_target
        .iter()
        .map(|t| t.inputs.load(Ordering::SeqCst))
        .sum::<u64>();
    println!(
        "{total} inputs in {:.1} s on {threads} threads ({:.0} a second); {} failed",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64().max(0.001),
        tally.failures.load(Ordering::SeqCst)
    );
    println!(
        "{:<14} {:>10} {:>11} {:>12} {:>12} {:>8}",
        "target", "inputs", "mean (µs)", "slowest (ms)", "largest (kB)", "reached"
    );
    for &t in targets {
        let counts = &tally.per_target[t];
        let inputs = counts.inputs.load(Ordering::SeqCst);
        println!(
            "{:<14} {:>10} {:>11.0} {:>12.1} {:>12.0} {:>8}",
            TARGETS[t].name,
            inputs,
            counts.nanos.load(Ordering::SeqCst) as f64 / inputs.max(1) as f64 / 1e3,
            counts.slowest_nanos.load(Ordering::SeqCst) as f64 / 1e6,
            counts.largest_bytes.load(Ordering::SeqCst) as f64 / 1e3,
            counts.fingerprints.load(Ordering::SeqCst)
        );
    }
}

/// The seeds that are not files of the repository already: a council key file, device records
/// (plain, sealed, from before revisions), sent plans, a backup, a lock, typed amounts. Made
/// with the domain's own writers so they are exactly what the app keeps.
fn write_seeds() -> Result<(), String> {
    use sds_domain::date::Timestamp;
    use sds_domain::keeping::backup::{write_backup, BackupEntry};
    use sds_domain::keeping::device::Device;
    use sds_domain::keeping::{Entropy, MemoryStore, Store, StoreError};
    use sds_domain::signing::decision::{CouncilRef, KeyFile};

    struct Counting(std::cell::Cell<u8>);
    impl Entropy for Counting {
        fn fill(&self, bytes: &mut [u8]) -> Result<(), StoreError> {
            for b in bytes {
                *b = self.0.get();
                self.0.set(self.0.get().wrapping_add(37));
            }
            Ok(())
        }
    }
    let root = sds_fuzz::root();
    let corpus = root.join("fuzz/corpus");
    let write = |target: &str, name: &str, text: &str| -> Result<(), String> {
        let folder = corpus.join(target);
        std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
        std::fs::write(folder.join(name), text).map_err(|e| e.to_string())
    };
    let at = Timestamp::parse("2026-12-07T10:00:00Z");
    let plan = sds_fuzz::targets::sample_plan(&root).ok_or("the Joan example does not read")?;
    // A test key, published nowhere but in the harness's own scratch configuration.
    let key = KeyFile::new(
        [7; 32],
        at.ok_or("time")?,
        Some(CouncilRef {
            id: "northshire".to_owned(),
            name: "Northshire Council".to_owned(),
        }),
    );
    write("key-file", "council.key", &key.to_json())?;

    let store = MemoryStore::new();
    let entropy = Counting(std::cell::Cell::new(1));
    let device = Device::new(&store, None, &entropy, at);
    device
        .save_plan(&plan, sds_domain::keeping::device::Expect::Nothing)
        .map_err(|e| format!("{e:?}"))?;
    let name = sds_domain::keeping::device::plan_name(&plan.id);
    let plain = store
        .read(&name)
        .map_err(|e| format!("{e:?}"))?
        .unwrap_or_default();
    write("device-record", "plain.json", &plain)?;
    write(
        "device-record",
        "before-revisions.json",
        &sds_domain::plan::stored::write_plan(&plan),
    )?;
    let locked = device
        .turn_lock_on("correct horse battery", 15)
        .map_err(|e| format!("{e:?}"))?;
    let sealed = store
        .read(&name)
        .map_err(|e| format!("{e:?}"))?
        .unwrap_or_default();
    write("device-record", "sealed.json", &sealed)?;
    let lock = store
        .read("sds.lock")
        .map_err(|e| format!("{e:?}"))?
        .unwrap_or_default();
    write("lock", "lock.json", &lock)?;
    drop(locked);

    let signed = std::fs::read_to_string(root.join("docs/examples/joan-signed-plan.json"))
        .map_err(|e| e.to_string())?;
    let digest = sds_domain::signing::signed_plan::verify(&signed, &[])
        .report
        .digest
        .unwrap_or_default();
    let mut sent = sds_fuzz::targets::sample_sent(&signed, &digest);
    if let Some(entry) = sent.entries.first_mut() {
        entry.decision =
            std::fs::read_to_string(root.join("docs/examples/joan-council-decision.json")).ok();
    }
    write("sent-plans", "sent.json", &sent.to_value().to_string())?;
    let entries = vec![BackupEntry {
        plan,
        revision: 3,
        sent,
    }];
    write("backup", "backup.json", &write_backup(&entries, at))?;
    for (name, text) in [
        ("plain.txt", "255.78"),
        ("grouped.txt", "1,234.50"),
        ("pound.txt", "£12"),
        ("whole.txt", "40"),
    ] {
        write("amount", name, text)?;
    }
    println!("seeds written to {}", corpus.display());
    Ok(())
}
