//! `support-plan`: the council's command-line tool.
//!
//! It runs the same domain code as the browser app, so a council can check its files in its own
//! publishing pipeline before residents ever see them, and work out budgets exactly as the app
//! does. It never panics on any input: every failure is a message on standard error and a
//! non-zero exit code.

mod args;
mod budget;
mod check;
mod config;
mod decide;
mod keygen;
mod rules;
mod verify;
mod words;

use std::process::ExitCode;

const USAGE: &str = "\
Usage:
  support-plan config check FILE...
      Check council configuration files (config.json).
  support-plan rules check FILE...
      Check allocation rule set files; prints a summary per valid file, or every problem.
  support-plan rules schema
      Print the JSON Schema of the rule set format.
  support-plan budget --rules FILE --answers FILE [--json]
      Work out the indicative budget for a set of answers, with the working.
  support-plan check --rules FILE --plan FILE [--json]
      Cost a support plan and check it against the rules: totals and findings. Exits 0 when
      nothing must be fixed, 1 when something must, 2 when a file cannot be read.
  support-plan keygen --out FILE [--config FILE | --council-id ID --council-name NAME]
      Make a new council signing key (a secret file) and print the line to publish in
      config.json.
  support-plan verify FILE|FOLDER... [--config FILE] [--rules FILE]... [--json] [--csv FILE]
      Verify signed plans and council decisions: signatures, the budget worked out again under
      the rule set the plan names (the rule sets beside --config, or any --rules), and for
      decisions the council's published keys. One file is reported in full; several (or a
      folder's .json files) as a summary table, with --csv writing it for a spreadsheet.
      Exits 0 only if every file verifies.
  support-plan decide --key FILE --plan FILE --decision confirmed|changed|returned
                      --reason TEXT --out FILE --officer NAME --role ROLE [--changes TEXT]
                      [--weekly AMOUNT --yearly AMOUNT] [--config FILE] [--rules FILE]...
                      [--council-id ID --council-name NAME]
      Sign the council's decision on a signed plan that verifies. Confirmed and changed plans
      keep their own budget unless --weekly and --yearly say otherwise.
  support-plan help
      Show this help.

Exit codes: 0 success; 1 a file has problems or cannot be read (for check: something must be
fixed); 2 the command was not understood (for check, also: a file cannot be read).";

/// What a command reports back: success, problems with its input, or a misunderstood command.
pub enum Outcome {
    Success,
    Problems,
    /// An input file could not be read or understood (for commands where that differs from
    /// finding problems in it).
    Unreadable,
    Usage(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match args.as_slice() {
        ["config", "check", files @ ..] if !files.is_empty() => config::check(files),
        ["rules", "check", files @ ..] if !files.is_empty() => rules::check(files),
        ["rules", "schema"] => rules::schema(),
        ["budget", rest @ ..] => budget::run(rest),
        ["check", rest @ ..] => check::run(rest),
        ["keygen", rest @ ..] => keygen::run(rest),
        ["verify", rest @ ..] => verify::run(rest),
        ["decide", rest @ ..] => decide::run(rest),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Outcome::Success
        }
        _ => Outcome::Usage("the command was not understood".to_owned()),
    };
    match outcome {
        Outcome::Success => ExitCode::SUCCESS,
        Outcome::Problems => ExitCode::from(1),
        Outcome::Unreadable => ExitCode::from(2),
        Outcome::Usage(message) => {
            eprintln!("support-plan: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Checks each file with `check`, printing `FILE: valid: SUMMARY` for a good one (then `FILE:
/// warning: …` for anything worth knowing that does not make it invalid) and `FILE: LOCATION:
/// message` for every problem of a bad one, so editors and CI logs can jump to it. Every file is
/// checked even after one fails.
pub fn check_files(
    files: &[&str],
    check: impl Fn(&str) -> Result<(String, Vec<String>), Vec<String>>,
) -> Outcome {
    let mut all_valid = true;
    for file in files {
        let Some(text) = read(file) else {
            all_valid = false;
            continue;
        };
        match check(&text) {
            Ok((summary, warnings)) => {
                println!("{file}: valid: {summary}");
                for warning in warnings {
                    eprintln!("{file}: warning: {warning}");
                }
            }
            Err(problems) => {
                all_valid = false;
                for problem in problems {
                    eprintln!("{file}: {problem}");
                }
            }
        }
    }
    if all_valid {
        Outcome::Success
    } else {
        Outcome::Problems
    }
}

/// Reads and checks a rule set file, or prints why it cannot be used.
pub fn load_rules(file: &str) -> Option<sds_domain::rules::RuleSet> {
    let text = read(file)?;
    match sds_domain::rules::RuleSet::load(&text) {
        Ok(rules) => Some(rules),
        Err(problems) => {
            eprintln!("{file}: is not a valid rule set; check it with 'support-plan rules check':");
            for problem in problems {
                eprintln!("{file}: {problem}");
            }
            None
        }
    }
}

/// Prints a JSON result, or says why it could not be (which should never happen).
pub fn print_json(value: &serde_json::Value) -> bool {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            println!("{text}");
            true
        }
        Err(error) => {
            eprintln!("the result could not be written: {error}");
            false
        }
    }
}

/// Now, or `None` (having said why) if the clock is before 1970.
pub fn now() -> Option<sds_domain::date::Timestamp> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_secs()).ok())
        .and_then(sds_domain::date::Timestamp::from_unix_seconds);
    if seconds.is_none() {
        eprintln!("support-plan: this computer's clock is not set to a real date");
    }
    seconds
}

/// Writes a new file, never replacing one (a key or decision overwritten by mistake cannot be
/// got back). `secret` files are readable by their owner only.
pub fn write_new(file: &str, text: &str, secret: bool) -> bool {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    // Files end with a line break (JSON from serde_json has none; CSV rows have their own).
    let ending: &[u8] = if text.ends_with('\n') { b"" } else { b"\n" };
    let written = options.open(file).and_then(|mut f| {
        f.write_all(text.as_bytes())
            .and_then(|()| f.write_all(ending))
    });
    match written {
        Ok(()) => true,
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("{file}: already exists; choose another name (nothing was replaced)");
            false
        }
        Err(error) => {
            eprintln!("{file}: cannot be written: {error}");
            false
        }
    }
}

/// The council a key or decision is for: from --council-id and --council-name, else `default`
/// (a key file's), else --config's. `Err` carries the outcome to return when only one of the
/// two options is given or the configuration cannot be read.
pub fn council_from(
    options: &args::Options,
    default: Option<sds_domain::signing::decision::CouncilRef>,
) -> Result<Option<sds_domain::signing::decision::CouncilRef>, Outcome> {
    use sds_domain::signing::decision::CouncilRef;
    match (
        options.optional("--council-id"),
        options.optional("--council-name"),
    ) {
        (Some(id), Some(name)) => {
            return Ok(Some(CouncilRef {
                id: id.trim().to_owned(),
                name: name.trim().to_owned(),
            }))
        }
        (None, None) => {}
        _ => {
            return Err(Outcome::Usage(
                "give both --council-id and --council-name".to_owned(),
            ))
        }
    }
    if default.is_some() {
        return Ok(default);
    }
    let Some(file) = options.optional("--config") else {
        return Ok(None);
    };
    let text = read(file).ok_or(Outcome::Problems)?;
    match sds_domain::config::CouncilConfig::parse(&text) {
        Ok(config) => Ok(Some(CouncilRef {
            id: config.council.id,
            name: config.council.name,
        })),
        Err(problems) => {
            for problem in problems {
                eprintln!("{file}: {problem}");
            }
            Err(Outcome::Problems)
        }
    }
}

/// Reads a whole file as text, or prints why not.
pub fn read(file: &str) -> Option<String> {
    match std::fs::read_to_string(file) {
        Ok(text) => Some(text),
        Err(error) => {
            eprintln!("{file}: cannot be read: {error}");
            None
        }
    }
}
