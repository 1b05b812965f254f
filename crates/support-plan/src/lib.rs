//! `support-plan`: the council's command-line tool.
//!
//! It runs the same domain code as the browser app, so a council can check its files in its own
//! publishing pipeline before residents ever see them, and work out budgets exactly as the app
//! does. It never panics on any input: every failure is a message on standard error and a
//! non-zero exit code. Everything it prints goes through [`Terminal`], so text from a file can
//! never reach a terminal as control characters. The binary (`main.rs`) only calls [`run`];
//! the fuzz harness and the tests call it in-process.

mod args;
mod budget;
mod check;
mod config;
mod decide;
mod keygen;
mod personal;
mod rules;
pub mod terminal;
mod verify;
mod words;

pub use terminal::{shown, Terminal};

use sds_domain::config::CouncilConfig;
use sds_domain::date::Timestamp;
use sds_domain::limits::{self, Exceeded, Limits};
use sds_domain::rules::RuleSet;
use sds_domain::signing::decision::CouncilRef;

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

/// How a command ended. Every failure carries one line saying why, which [`run`] prints on
/// standard error last, so no run ever exits non-zero in silence (a pipeline's log always says
/// what to look at).
pub enum Exit {
    Success,
    /// Problems with an input (for `check`: something must be fixed): what, in one line.
    Problems(String),
    /// An input file could not be read or understood (for commands where that differs from
    /// finding problems in it).
    Unreadable(String),
    Usage(String),
}

/// Runs the tool with these arguments (the program's name left out), writing to `terminal`.
/// Returns the exit code: 0 success, 1 problems, 2 usage (or, for `check`, a file that cannot
/// be read).
pub fn run(args: &[&str], terminal: &mut Terminal) -> u8 {
    let exit = match args {
        ["config", "check", files @ ..] if !files.is_empty() => config::check(files, terminal),
        ["rules", "check", files @ ..] if !files.is_empty() => rules::check(files, terminal),
        ["rules", "schema"] => rules::schema(terminal),
        ["budget", rest @ ..] => budget::run(rest, terminal),
        ["check", rest @ ..] => check::run(rest, terminal),
        ["keygen", rest @ ..] => keygen::run(rest, terminal),
        ["verify", rest @ ..] => verify::run(rest, terminal),
        ["decide", rest @ ..] => decide::run(rest, terminal),
        ["help" | "--help" | "-h"] => {
            terminal.line(USAGE);
            Exit::Success
        }
        _ => Exit::Usage("the command was not understood".to_owned()),
    };
    let code = match exit {
        Exit::Success => 0,
        Exit::Problems(why) => {
            terminal.error(&format!("support-plan: {why}"));
            1
        }
        Exit::Unreadable(why) => {
            terminal.error(&format!("support-plan: {why}"));
            2
        }
        Exit::Usage(message) => {
            terminal.error(&format!("support-plan: {message}\n\n{USAGE}"));
            2
        }
    };
    terminal.flush();
    code
}

/// Checks each file with `check`, printing `FILE: valid: SUMMARY` for a good one (then `FILE:
/// warning: …` for anything worth knowing that does not make it invalid) and `FILE: LOCATION:
/// message` for every problem of a bad one, so editors and CI logs can jump to it. Every file is
/// checked even after one fails. `what` names the kind of file, for the closing line.
pub fn check_files(
    files: &[&str],
    limits: &Limits,
    what: &str,
    terminal: &mut Terminal,
    check: impl Fn(&str) -> Result<(String, Vec<String>), Vec<String>>,
) -> Exit {
    let mut invalid = 0;
    for file in files {
        let Some(text) = read(file, limits, terminal) else {
            invalid += 1;
            continue;
        };
        let file = shown(file);
        match check(&text) {
            Ok((summary, warnings)) => {
                terminal.line(&format!("{file}: valid: {}", shown(&summary)));
                for warning in warnings {
                    terminal.error(&format!("{file}: warning: {}", shown(&warning)));
                }
            }
            Err(problems) => {
                invalid += 1;
                for problem in problems {
                    terminal.error(&format!("{file}: {}", shown(&problem)));
                }
            }
        }
    }
    match invalid {
        0 => Exit::Success,
        n => Exit::Problems(format!(
            "{n} of {} {what} files cannot be used (the problems are listed above)",
            files.len()
        )),
    }
}

/// Reads and checks a rule set file, or prints why it cannot be used.
pub fn load_rules(file: &str, terminal: &mut Terminal) -> Option<RuleSet> {
    let text = read(file, &limits::RULE_SET, terminal)?;
    match RuleSet::load(&text) {
        Ok(rules) => Some(rules),
        Err(problems) => {
            let file = shown(file);
            terminal.error(&format!(
                "{file}: is not a valid rule set; check it with 'support-plan rules check':"
            ));
            for problem in problems {
                terminal.error(&format!("{file}: {}", shown(&problem.to_string())));
            }
            None
        }
    }
}

/// Prints a JSON result, or says why it could not be (which should never happen).
pub fn print_json(value: &serde_json::Value, terminal: &mut Terminal) -> bool {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            terminal.json(&text);
            true
        }
        Err(error) => {
            terminal.error(&format!("the result could not be written: {error}"));
            false
        }
    }
}

/// Now, or `None` (having said why) if the clock is before 1970.
pub fn now(terminal: &mut Terminal) -> Option<Timestamp> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_secs()).ok())
        .and_then(Timestamp::from_unix_seconds);
    if seconds.is_none() {
        terminal.error("support-plan: this computer's clock is not set to a real date");
    }
    seconds
}

/// Writes a new file, never replacing one (a key or decision overwritten by mistake cannot be
/// got back). `secret` files are readable by their owner only.
pub fn write_new(file: &str, text: &str, secret: bool, terminal: &mut Terminal) -> bool {
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
            terminal.error(&format!(
                "{}: already exists; choose another name (nothing was replaced)",
                shown(file)
            ));
            false
        }
        Err(error) => {
            terminal.error(&format!("{}: cannot be written: {error}", shown(file)));
            false
        }
    }
}

/// The council a key or decision is for: from --council-id and --council-name, else `default`
/// (a key file's), else --config's. `Err` carries how to end when only one of the two options
/// is given or the configuration cannot be read.
pub fn council_from(
    options: &args::Options,
    default: Option<CouncilRef>,
    terminal: &mut Terminal,
) -> Result<Option<CouncilRef>, Exit> {
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
            return Err(Exit::Usage(
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
    let unusable = || Exit::Problems(format!("{} cannot be used", shown(file)));
    let text = read(file, &limits::CONFIG, terminal).ok_or_else(unusable)?;
    match CouncilConfig::parse(&text) {
        Ok(config) => Ok(Some(CouncilRef {
            id: config.council.id,
            name: config.council.name,
        })),
        Err(problems) => {
            for problem in problems {
                terminal.error(&format!("{}: {}", shown(file), shown(&problem.to_string())));
            }
            Err(unusable())
        }
    }
}

/// Reads a whole file as text, or prints why not: it cannot be opened, it is larger than its
/// kind's limit (nothing beyond the limit is read), or it is not UTF-8.
pub fn read(file: &str, limits: &Limits, terminal: &mut Terminal) -> Option<String> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    let result = std::fs::File::open(file).and_then(|f| {
        // One byte more than allowed tells a file that is too large from one that fits.
        let allowed = u64::try_from(limits.max_bytes).unwrap_or(u64::MAX);
        f.take(allowed.saturating_add(1)).read_to_end(&mut bytes)
    });
    let file = shown(file);
    if let Err(error) = result {
        terminal.error(&format!("{file}: cannot be read: {error}"));
        return None;
    }
    if bytes.len() > limits.max_bytes {
        let exceeded = Exceeded::Bytes {
            limit: limits.max_bytes,
        };
        terminal.error(&format!("{file}: {exceeded}"));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(error) => {
            terminal.error(&format!(
                "{file}: is not text in UTF-8 (a byte at position {} is not), so it is not a \
                 file of this kind",
                error.utf8_error().valid_up_to()
            ));
            None
        }
    }
}
