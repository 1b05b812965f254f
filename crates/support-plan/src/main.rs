//! `support-plan`: the council's command-line tool.
//!
//! It runs the same domain code as the browser app, so a council can check its files in its own
//! publishing pipeline before residents ever see them. It never panics on any input: every
//! failure is a message on standard error and a non-zero exit code.

use sds_domain::config::CouncilConfig;
use std::process::ExitCode;

const USAGE: &str = "\
Usage:
  support-plan config check FILE...   Check council configuration files (config.json)
  support-plan help                   Show this help

Exit codes: 0 all files are valid; 1 a file has problems; 2 the command was not understood.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["config", "check", files @ ..] if !files.is_empty() => check_configs(files),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Checks each file and prints one summary line per valid file, or every problem of an invalid
/// one as `FILE: LOCATION: message`, so editors and CI logs can jump to it.
fn check_configs(files: &[&str]) -> ExitCode {
    let mut all_valid = true;
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{file}: cannot be read: {error}");
                all_valid = false;
                continue;
            }
        };
        match CouncilConfig::parse(&text) {
            Ok(config) => println!(
                "{file}: valid: {} for {}",
                config.service.name, config.council.name
            ),
            Err(problems) => {
                all_valid = false;
                for problem in problems {
                    eprintln!("{file}: {problem}");
                }
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
