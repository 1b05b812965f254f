//! Runs the built `support-plan` binary as a council's pipeline would.

use std::path::PathBuf;
use std::process::{Command, Output};

fn support_plan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_support-plan"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn repo_file(relative: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.join(relative).to_string_lossy().into_owned()
}

fn temp_file(name: &str, contents: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("support-plan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_sample_config_is_valid() {
    let file = repo_file("static/config.json");
    let out = support_plan(&["config", "check", &file]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("valid: Plan your care and support for Northshire Council"),
        "{stdout}"
    );
}

#[test]
fn every_problem_is_printed_with_file_and_location() {
    let bad = temp_file(
        "bad.json",
        br##"{"council":{"name":"","brand_colour":"#ffffff"},"service":{"name":"S"}}"##,
    );
    let out = support_plan(&["config", "check", &bad]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert_eq!(lines[0], format!("{bad}: council.name: must not be empty"));
    assert!(lines[1].starts_with(&format!(
        "{bad}: council.brand_colour: white text on #ffffff"
    )));
}

#[test]
fn one_bad_file_fails_the_run_but_all_are_checked() {
    let good = repo_file("static/config.json");
    let missing = temp_file("placeholder", b"").replace("placeholder", "does-not-exist.json");
    let out = support_plan(&["config", "check", &missing, &good]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("cannot be read"));
    assert!(String::from_utf8(out.stdout).unwrap().contains("valid:"));
}

#[test]
fn hostile_input_never_panics() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let cases: Vec<Vec<u8>> = vec![
        vec![0xff, 0xfe, 0x00],
        b"".to_vec(),
        b"null".to_vec(),
        deep.into_bytes(),
        br##"{"council":{"name":1e999,"brand_colour":"#000000"},"service":{"name":"S"}}"##.to_vec(),
    ];
    for (i, case) in cases.iter().enumerate() {
        let file = temp_file(&format!("hostile-{i}.json"), case);
        let out = support_plan(&["config", "check", &file]);
        assert_eq!(out.status.code(), Some(1), "case {i}");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "case {i}"
        );
    }
}

#[test]
fn an_unknown_command_prints_usage_and_exits_2() {
    let out = support_plan(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("Usage:"));
}
