//! Runs the built `support-plan` binary as a council's pipeline would.

use std::path::PathBuf;
use std::process::Command;

/// What one run of the binary gave: how it exited and what it printed, which must be UTF-8.
struct Ran {
    /// The arguments, as the messages of failed checks show them.
    args: String,
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Ran {
    /// Checks the run exited with `code`; if not, shows the arguments and everything printed,
    /// which say more than the code alone.
    fn exits(self, code: i32) -> Ran {
        assert_eq!(
            self.code,
            Some(code),
            "support-plan {}\nstdout:\n{}\nstderr:\n{}",
            self.args,
            self.stdout,
            self.stderr
        );
        self
    }
}

/// Runs the binary with `args`.
fn run(args: &[&str]) -> Ran {
    let out = Command::new(env!("CARGO_BIN_EXE_support-plan"))
        .args(args)
        .output()
        .expect("the binary runs");
    Ran {
        args: format!("{args:?}"),
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("standard output is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("standard error is UTF-8"),
    }
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
    let out = run(&["config", "check", &file]).exits(0);
    let stdout = out.stdout;
    assert!(
        stdout.contains("valid: Plan your care and support for Northshire Council; rule set in force today: rules/northshire-points-2026.json"),
        "{stdout}"
    );
}

#[test]
fn config_check_checks_the_files_the_configuration_names() {
    let dir = std::env::temp_dir().join(format!("support-plan-beside-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    std::fs::write(dir.join("rules/broken.json"), b"{\"id\": 1}").unwrap();
    let config = dir.join("config.json");
    std::fs::write(
        &config,
        br##"{"council":{"id":"a","name":"A","brand_colour":"#000000","logo":"missing.svg"},"service":{"name":"S"},
            "rule_sets":[{"file":"rules/broken.json","in_force_from":"2026-04-01"},{"file":"rules/absent.json","in_force_from":"2027-04-01"}]}"##,
    )
    .unwrap();
    let out = run(&["config", "check", &config.to_string_lossy()]).exits(1);
    let stderr = out.stderr;
    assert!(
        stderr.contains("rule_sets[0].file: rules/broken.json is not a valid rule set"),
        "{stderr}"
    );
    assert!(
        stderr.contains("rule_sets[1].file: rules/absent.json cannot be read"),
        "{stderr}"
    );
    assert!(
        stderr.contains("council.logo: missing.svg is not a file beside config.json"),
        "{stderr}"
    );
}

#[test]
fn every_problem_is_printed_with_file_and_location() {
    let bad = temp_file(
        "bad.json",
        br##"{"council":{"id":"s","name":"","brand_colour":"#ffffff"},"service":{"name":"S"},"rule_set":"r.json"}"##,
    );
    let out = run(&["config", "check", &bad]).exits(1);
    let stderr = out.stderr;
    let lines: Vec<&str> = stderr.lines().collect();
    // Two problems, then the line saying why the run failed.
    assert_eq!(lines.len(), 3, "{stderr}");
    assert_eq!(
        lines[2],
        "support-plan: 1 of 1 configuration files cannot be used (the problems are listed above)"
    );
    assert_eq!(lines[0], format!("{bad}: council.name: must not be empty"));
    assert!(lines[1].starts_with(&format!(
        "{bad}: council.brand_colour: white text on #ffffff"
    )));
}

#[test]
fn one_bad_file_fails_the_run_but_all_are_checked() {
    let good = repo_file("static/config.json");
    let missing = temp_file("placeholder", b"").replace("placeholder", "does-not-exist.json");
    let out = run(&["config", "check", &missing, &good]).exits(1);
    assert!(out.stderr.contains("cannot be read"));
    assert!(out.stdout.contains("valid:"));
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
        let out = run(&["config", "check", &file]).exits(1);
        assert!(!out.stderr.contains("panicked"), "case {i}");
    }
}

#[test]
fn an_unknown_command_prints_usage_and_exits_2() {
    let out = run(&["frobnicate"]).exits(2);
    assert!(out.stderr.contains("Usage:"));
}

const POINTS: &str = "static/rules/northshire-points-2026.json";
const POINTS_ANSWERS: &str = "static/rules/northshire-points-2026.example-answers.json";
const COMPONENTS: &str = "static/rules/northshire-components-2026.json";
const COMPONENTS_ANSWERS: &str = "static/rules/northshire-components-2026.example-answers.json";

#[test]
fn rules_check_summarises_each_valid_file() {
    let out = run(&["rules", "check", &repo_file(POINTS), &repo_file(COMPONENTS)]).exits(0);
    let stdout = out.stdout;
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains(": valid: northshire-ras-points 2026.1 (Northshire Council): 9 domains, 27 questions, 8 steps, hash "), "{stdout}");
    assert!(
        lines[1].contains(": valid: northshire-ras-components 2026.1"),
        "{stdout}"
    );
}

#[test]
fn rules_check_prints_every_problem_as_file_location_message() {
    let text = std::fs::read_to_string(repo_file(POINTS))
        .unwrap()
        .replace(
            "\"need_points * price_per_point\"",
            "\"need_points * price_per_pont\"",
        )
        .replace("\"weeks_per_year\": 52", "\"weeks_per_year\": 5");
    let bad = temp_file("broken-rules.json", text.as_bytes());
    let out = run(&["rules", "check", &bad]).exits(1);
    let stderr = out.stderr;
    let lines: Vec<&str> = stderr.lines().collect();
    // Two problems, then the line saying why the run failed.
    assert_eq!(lines.len(), 3, "{stderr}");
    assert_eq!(
        lines[2],
        "support-plan: 1 of 1 rule set files cannot be used (the problems are listed above)"
    );
    let weeks_line = text
        .lines()
        .position(|l| l.contains("\"weeks_per_year\": 5"))
        .unwrap()
        + 1;
    assert_eq!(
        lines[0],
        format!("{bad}: line {weeks_line}, weeks_per_year: is 5; it must be from 52 to 53 (for example 52 or 52.143)")
    );
    assert!(lines[1].starts_with(&format!("{bad}: line ")), "{stderr}");
    assert!(lines[1].ends_with("allocation.steps[2].value: at character 15: there is no question, domain, step or table called 'price_per_pont' (did you mean 'price_per_point'?)"), "{stderr}");
}

#[test]
fn budget_prints_the_hand_worked_figures_and_working() {
    let out = run(&[
        "budget",
        "--rules",
        &repo_file(POINTS),
        "--answers",
        &repo_file(POINTS_ANSWERS),
    ])
    .exits(0);
    let stdout = out.stdout;
    assert!(
        stdout.contains("Indicative personal budget: £255.78 a week, £13,300.56 a year"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1. Points for your needs: 49 points"),
        "{stdout}"
    );
    assert!(
        stdout.contains("   - You need help with some parts of washing: 5 points."),
        "{stdout}"
    );
    assert!(
        stdout.contains("Every question has been answered."),
        "{stdout}"
    );
}

#[test]
fn budget_json_has_the_documented_shape() {
    let out = run(&[
        "budget",
        "--json",
        "--rules",
        &repo_file(COMPONENTS),
        "--answers",
        &repo_file(COMPONENTS_ANSWERS),
    ])
    .exits(0);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(value["weekly_minor"], 125_125);
    assert_eq!(value["annual_minor"], 6_524_393);
    assert_eq!(value["panel"], false);
    assert_eq!(value["unanswered"], serde_json::json!([]));
    assert_eq!(value["carers_allocation"]["annual_minor"], 130_358);
    assert_eq!(value["steps"][0]["id"], "care_hours");
    assert_eq!(value["steps"][0]["value"], "23.5");
    assert_eq!(
        value["steps"][0]["because"][0],
        "You need help with some parts of washing: 3.5 hours a week."
    );
    assert_eq!(value["rule_set"]["id"], "northshire-ras-components");
    assert_eq!(
        value["rule_set"]["content_hash"].as_str().unwrap().len(),
        64
    );
}

#[test]
fn budget_reports_bad_answers_clearly() {
    let answers = temp_file(
        "bad-answers.json",
        br#"{"washing": "sometimes", "carer_hours": 500, "nonsense": true}"#,
    );
    let out = run(&[
        "budget",
        "--rules",
        &repo_file(POINTS),
        "--answers",
        &answers,
    ])
    .exits(1);
    let stderr = out.stderr;
    assert!(
        stderr.contains(&format!(
            "{answers}: carer_hours: 500 is outside the range this question accepts (0 to 168)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{answers}: nonsense: there is no question with this id in the rule set"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{answers}: washing: 'sometimes' is not one of its options (none, prompts, some, all)"
        )),
        "{stderr}"
    );
}

#[test]
fn budget_usage_errors_exit_2() {
    for args in [
        vec!["budget"],
        vec!["budget", "--rules"],
        vec!["budget", "--rules", "a", "--rules", "b", "--answers", "c"],
        vec!["budget", "--colour", "red"],
    ] {
        run(&args).exits(2);
    }
}

#[test]
fn rule_and_answer_parsers_never_panic_on_hostile_files() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let long_expression = format!("{{\"a\": \"{}\"}}", "(".repeat(10_000));
    let cases: Vec<Vec<u8>> = vec![
        vec![0xff, 0xfe, 0x00],
        b"".to_vec(),
        b"{}".to_vec(),
        deep.into_bytes(),
        long_expression.into_bytes(),
        br#"{"format": "sds-rule-set", "weeks_per_year": 1e999}"#.to_vec(),
        br#"{"washing": 99999999999999999999999}"#.to_vec(),
    ];
    for (i, case) in cases.iter().enumerate() {
        let file = temp_file(&format!("hostile-rules-{i}.json"), case);
        let out = run(&["rules", "check", &file]).exits(1);
        assert!(!out.stderr.contains("panicked"), "case {i}");
        // "{}" is a valid answers file: nothing answered yet.
        let expected = if case == b"{}" { 0 } else { 1 };
        let out =
            run(&["budget", "--rules", &repo_file(POINTS), "--answers", &file]).exits(expected);
        assert!(!out.stderr.contains("panicked"), "case {i}");
    }
}

#[test]
fn the_published_schema_is_the_one_the_types_generate() {
    let out = run(&["rules", "schema"]).exits(0);
    let generated: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let published: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_file("docs/rule-set.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        generated, published,
        "docs/rule-set.schema.json is out of date: run `cargo run -p support-plan -- rules schema > docs/rule-set.schema.json`"
    );
}

#[test]
fn check_passes_the_sample_plans_with_their_expected_findings() {
    let out = run(&[
        "check",
        "--rules",
        &repo_file(POINTS),
        "--plan",
        &repo_file("docs/examples/joan-support-plan.json"),
    ])
    .exits(0);
    let stdout = out.stdout;
    assert!(
        stdout.contains("Indicative budget: £255.78 a week, £13,300.56 a year"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Planned:           £222.70 a week, £11,580.40 a year"),
        "{stdout}"
    );
    assert!(stdout.contains("- [within_budget] The plan costs £222.70 a week of the £255.78 budget, leaving £33.08."), "{stdout}");
    assert!(stdout.contains("- [one_off_costs]"), "{stdout}");
    assert!(
        stdout.contains("Nothing must be fixed: the plan can be sent."),
        "{stdout}"
    );

    let out = run(&[
        "check",
        "--json",
        "--rules",
        &repo_file(COMPONENTS),
        "--plan",
        &repo_file("docs/examples/amira-support-plan.json"),
    ])
    .exits(0);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(value["budget"]["weekly_minor"], 125_125);
    assert_eq!(value["totals"]["planned"]["weekly_minor"], 122_495);
    assert_eq!(value["totals"]["planned"]["yearly_minor"], 6_387_254);
    assert_eq!(
        value["totals"]["by_management"]["direct_payment_nominee"]["weekly_minor"],
        45_170
    );
    assert_eq!(value["lines"][1]["weekly_on_costs_minor"], 8_022);
    assert_eq!(value["findings"][0]["code"], "within_budget");
    assert_eq!(value["findings"][0]["severity"], "for_information");
    assert_eq!(value["findings"][0]["place"]["section"], "supports");
    assert_eq!(value["can_be_sent"], true);
}

/// The personal budget in its three parts and the direct payment, worked out by hand from the
/// rule sets and the example plans (docs/plan-format.md, "The personal budget in three parts").
///
/// Joan, under the points rules (52 weeks a year, half-up rounding, direct payments net of the
/// contribution, every four weeks):
/// - cost of meeting needs = her indicative budget, £255.78 a week, £13,300.56 a year;
/// - contribution, from her letter of 12 November 2026: £42.50 a week; × 52 = £2,210.00 a year;
/// - council's part: £255.78 − £42.50 = £213.28 a week; £13,300.56 − £2,210.00 = £11,090.56;
/// - direct payment: only her personal assistant (s1) and the shower seat (s6) are managed by
///   direct payment; the seat is one-off, so the weekly support is the PA's £108.50 + on-costs
///   25.07% of £108.50 = £27.20095, rounded £27.20: £135.70 a week. Less the contribution:
///   £135.70 − £42.50 = £93.20 a week; × 4 = £372.80 every four weeks; nothing left for her to
///   pay the council herself. Both supports meet need n1.
///
/// Amira, under the components rules (52.143 weeks a year, half-to-even rounding, direct
/// payments gross, monthly): cost £1,251.25 a week, £65,243.93 a year; the contribution is not
/// assessed yet, so the council's part is not known. Managed by direct payment to Leila, her
/// nominee: the PA £320.00 + on-costs £80.22 (25.07% of £320.00 = £80.224) = £400.22, the taxi
/// £30.00, the short break £1,120.00 ÷ 52.143 = £21.4794…, rounded £21.48: £451.70 a week, paid
/// in full. Monthly: £451.70 × 52.143 ÷ 12 = £1,962.749…, rounded once: £1,962.75. The PA and
/// the taxi meet need n2 (the short break names none).
#[test]
fn check_prints_the_personal_budget_in_three_parts() {
    let joan = repo_file("docs/examples/joan-support-plan.json");
    let amira = repo_file("docs/examples/amira-support-plan.json");
    let out = run(&["check", "--rules", &repo_file(POINTS), "--plan", &joan]).exits(0);
    let stdout = out.stdout;
    for line in [
        "Personal budget:\n",
        "- Cost of meeting needs: £255.78 a week (£13,300.56 a year)\n",
        "- Contribution: £42.50 a week (£2,210.00 a year), from the financial assessment letter dated 12 November 2026\n",
        "- Council's part: £213.28 a week (£11,090.56 a year)\n",
        "Direct payment:\n",
        "- Each payment: £372.80 every four weeks (£93.20 a week)\n",
        "- Paid to: Joan\n",
        "- Working: £135.70 a week of support managed by direct payment, less the contribution of £42.50: £93.20 a week; £93.20 × 4 weeks = £372.80 every four weeks\n",
        "- Needs it meets: \"Joan needs help to wash and dress in the morning because…\"\n",
        "Assessed needs:\n",
        "- \"Joan needs help to wash and dress in the morning because…\": eligible (Maintaining personal hygiene and Being appropriately clothed); the council will meet it, by \"Help to wash and dress on weekday mornings\" and \"A shower seat\"\n",
        "- \"Joan finds it hard to keep the garden tidy.\": not eligible; the council will not meet it\n",
    ] {
        assert!(stdout.contains(line), "{line}\n{stdout}");
    }
    // The parts come after the budget and the planned spending, before the supports.
    let at = |text: &str| stdout.find(text).unwrap();
    assert!(at("Planned:") < at("Personal budget:"));
    assert!(at("Assessed needs:") < at("Supports:"));

    let out = run(&["check", "--rules", &repo_file(COMPONENTS), "--plan", &amira]).exits(0);
    let stdout = out.stdout;
    for line in [
        "- Cost of meeting needs: £1,251.25 a week (£65,243.93 a year)\n",
        "- Contribution: not assessed yet\n",
        "- Council's part: not known until the financial assessment\n",
        "- Each payment: £1,962.75 every month (£451.70 a week)\n",
        "- Paid to: Leila Haddad, as nominee\n",
        "- Working: £451.70 a week of support managed by direct payment, paid in full (you pay your contribution to the council); £451.70 × 52.143 weeks ÷ 12 months = £1,962.75 every month\n",
        "- Needs it meets: \"Amira needs support to get to and take part in college…\"\n",
        "- \"Amira needs someone to manage her money and bills.\": not eligible; the council will meet it, not by a support in the plan: Leila is Amira's appointee",
    ] {
        assert!(stdout.contains(line), "{line}\n{stdout}");
    }

    let json = |rules: &str, plan: &str| -> serde_json::Value {
        let out = run(&[
            "check",
            "--json",
            "--rules",
            &repo_file(rules),
            "--plan",
            plan,
        ])
        .exits(0);
        serde_json::from_str(&out.stdout).unwrap()
    };
    let joan = json(POINTS, &joan);
    assert_eq!(
        joan["personal_budget"],
        serde_json::json!({
            "cost_weekly_minor": 25_578,
            "cost_yearly_minor": 1_330_056,
            "contribution": {
                "status": "assessed",
                "weekly_minor": 4_250,
                "yearly_minor": 221_000,
                "letter_dated": "2026-11-12",
            },
            "council_weekly_minor": 21_328,
            "council_yearly_minor": 1_109_056,
            "direct_payment": {
                "payee": "person",
                "basis": "net",
                "frequency": "four_weekly",
                "supports_weekly_minor": 13_570,
                "weekly_minor": 9_320,
                "per_payment_minor": 37_280,
                "paid_to_council_weekly_minor": 0,
                "needs": ["n1"],
            },
        })
    );
    assert_eq!(joan["needs"][0]["id"], "n1");
    assert_eq!(joan["needs"][0]["eligible"], true);
    assert_eq!(joan["needs"][0]["met_by"], serde_json::json!(["s1", "s6"]));
    assert_eq!(joan["needs"][3]["council_will_meet"], false);
    assert_eq!(joan["needs"][3]["met_by"], serde_json::json!([]));
    let amira = json(COMPONENTS, &amira);
    assert_eq!(
        amira["personal_budget"],
        serde_json::json!({
            "cost_weekly_minor": 125_125,
            "cost_yearly_minor": 6_524_393,
            "contribution": { "status": "not_assessed_yet" },
            "direct_payment": {
                "payee": "nominee",
                "nominee_name": "Leila Haddad",
                "basis": "gross",
                "frequency": "monthly",
                "supports_weekly_minor": 45_170,
                "weekly_minor": 45_170,
                "per_payment_minor": 196_275,
                "needs": ["n2"],
            },
        })
    );
    assert_eq!(amira["needs"][4]["met_by"], serde_json::json!([]));
}

#[test]
fn check_exits_1_when_something_must_be_fixed() {
    let text = std::fs::read_to_string(repo_file("docs/examples/joan-support-plan.json"))
        .unwrap()
        .replace(
            "\"review_date\": \"2027-11-30\"",
            "\"review_date\": \"2026-01-01\"",
        )
        .replace("\"quote_attached\": true", "\"quote_attached\": false");
    let plan = temp_file("must-fix-plan.json", text.as_bytes());
    let out = run(&["check", "--rules", &repo_file(POINTS), "--plan", &plan]).exits(1);
    let stdout = out.stdout;
    assert!(stdout.contains("Must fix before sending:"), "{stdout}");
    assert!(stdout.contains("- [quote_needed] \"A shower seat\" needs a quote: the council asks for one for Equipment."), "{stdout}");
    assert!(stdout.contains("- [review_date_too_early] The review date, 1 January 2026, is not after the plan was started."), "{stdout}");
    assert!(
        stdout.contains("Some things must be fixed before the plan can be sent."),
        "{stdout}"
    );
}

#[test]
fn check_exits_2_on_unreadable_input() {
    let not_a_plan = temp_file("not-a-plan.json", br#"{"hello": "world"}"#);
    let too_new = temp_file(
        "too-new.json",
        br#"{"format": "sds-support-plan", "format_version": 7, "plan": {}}"#,
    );
    for (plan, message) in [
        (not_a_plan.as_str(), "this is not a support plan file"),
        (too_new.as_str(), "saved by a newer version of the app"),
        ("/no/such/file.json", "cannot be read"),
    ] {
        let out = run(&["check", "--rules", &repo_file(POINTS), "--plan", plan]).exits(2);
        assert!(out.stderr.contains(message), "{plan}");
    }
    run(&[
        "check",
        "--rules",
        &not_a_plan,
        "--plan",
        &repo_file("docs/examples/joan-support-plan.json"),
    ])
    .exits(2);
    run(&["check", "--plan", "x"]).exits(2);
}

// ---------------------------------------------------------------- signing and deciding

/// A council site in a fresh folder: the sample configuration and rule sets, with a new key
/// made by `keygen` published in `council_keys`. Returns the folder, the key file and the
/// configuration file.
fn council_site(name: &str) -> (PathBuf, String, String) {
    let dir = std::env::temp_dir().join(format!("support-plan-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    for rules in [
        "northshire-points-2026.json",
        "northshire-components-2026.json",
    ] {
        std::fs::copy(
            repo_file(&format!("static/rules/{rules}")),
            dir.join("rules").join(rules),
        )
        .unwrap();
    }
    let config = dir.join("config.json").to_string_lossy().into_owned();
    std::fs::copy(repo_file("static/config.json"), &config).unwrap();
    std::fs::copy(repo_file("static/logo.svg"), dir.join("logo.svg")).unwrap();
    let key = dir.join("council.key").to_string_lossy().into_owned();
    let out = run(&["keygen", "--out", &key, "--config", &config]).exits(0);
    let stdout = out.stdout;
    let line = stdout
        .lines()
        .find(|l| l.contains("\"public_key\""))
        .unwrap()
        .trim();
    // Publish the key exactly as keygen said to.
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    value["council_keys"] =
        serde_json::json!([serde_json::from_str::<serde_json::Value>(line).unwrap()]);
    std::fs::write(&config, value.to_string()).unwrap();
    (dir, key, config)
}

#[test]
fn keygen_writes_a_private_key_file_and_never_replaces_one() {
    let (_dir, key, config) = council_site("keygen");
    let text = std::fs::read_to_string(&key).unwrap();
    assert!(text.contains("\"format\": \"sds-council-signing-key\""));
    assert!(text.contains("\"id\": \"northshire\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = run(&["keygen", "--out", &key]).exits(1);
    assert!(again.stderr.contains("already exists"));
    assert_eq!(std::fs::read_to_string(&key).unwrap(), text);
    // The configuration with the published key is still valid.
    run(&["config", "check", &config]).exits(0);
}

#[test]
fn verify_reports_each_file_and_exits_0_only_if_all_verify() {
    let plan = repo_file("docs/examples/joan-signed-plan.json");
    let rules = repo_file("static/rules/northshire-points-2026.json");
    let out = run(&["verify", &plan, "--rules", &rules]).exits(0);
    let stdout = out.stdout;
    assert!(stdout.contains(": verified\n"), "{stdout}");
    assert!(
        stdout.contains("signed by Joan Smith (the person) with key "),
        "{stdout}"
    );
    assert!(stdout.contains("recomputed: £255.78 a week"), "{stdout}");

    let tampered = temp_file(
        "tampered-plan.json",
        std::fs::read_to_string(&plan)
            .unwrap()
            .replace("\"weekly_minor\": 25578", "\"weekly_minor\": 35578")
            .as_bytes(),
    );
    let out = run(&["verify", &plan, &tampered, "--rules", &rules, "--json"]).exits(1);
    let results: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(results[0]["verified"], true);
    assert_eq!(results[1]["verified"], false);
    assert_eq!(results[1]["intact"], false);
    let codes: Vec<&str> = results[1]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "signature_does_not_match",
            "declaration_not_signed",
            "budget_differs"
        ]
    );

    // Not a signed file at all, and a missing one.
    let out = run(&[
        "verify",
        &repo_file("docs/examples/joan-support-plan.json"),
        "/no/such/file.json",
    ])
    .exits(1);
    let stdout = out.stdout;
    assert!(stdout.contains("unknown_format"), "{stdout}");
    assert!(stdout.contains("file.json: cannot be read"), "{stdout}");
    assert!(stdout.contains("not recognised"), "{stdout}");
    assert!(stdout.contains("0 of 2 files verified."), "{stdout}");
    run(&["verify"]).exits(2);
}

/// Joan's signed plan carries the figures worked out by hand in
/// `check_prints_the_personal_budget_in_three_parts`; a version 1 file has none, so they are
/// worked out again from its plan: under the rule set it names (which says nothing of direct
/// payments, so they are net and four-weekly), a contribution the plan does not state leaves
/// the council's part and the payment not known, from £135.70 a week of support (her PA).
#[test]
fn verify_shows_the_personal_budget_as_signed_or_worked_out_again() {
    let plan = repo_file("docs/examples/joan-signed-plan.json");
    let rules = repo_file(POINTS);
    let out = run(&["verify", &plan, "--rules", &rules]).exits(0);
    let stdout = out.stdout;
    for line in [
        "  Personal budget, as signed:\n",
        "    Cost of meeting needs: £255.78 a week (£13,300.56 a year)\n",
        "    Contribution: £42.50 a week (£2,210.00 a year), from the financial assessment letter dated 12 November 2026\n",
        "    Council's part: £213.28 a week (£11,090.56 a year)\n",
        "  Direct payment, as signed:\n",
        "    Each payment: £372.80 every four weeks (£93.20 a week)\n",
        "    Paid to: Joan\n",
        "    Paid net: the contribution is taken off the £135.70 a week of support managed by direct payment\n",
        "    Needs it meets: \"Joan needs help to wash and dress in the morning because…\"\n",
        "  Assessed needs:\n",
        "    \"Joan finds it hard to keep the garden tidy.\": not eligible; the council will not meet it\n",
    ] {
        assert!(stdout.contains(line), "{line}\n{stdout}");
    }
    // Figures that agree with the plan are not shown twice; Joan does not disagree.
    assert!(!stdout.contains("worked out again"), "{stdout}");
    assert!(!stdout.contains("disagrees"), "{stdout}");
    let out = run(&["verify", &plan, "--rules", &rules, "--json"]).exits(0);
    let results: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        results[0]["personal_budget"]["council_weekly_minor"],
        21_328
    );
    assert_eq!(
        results[0]["recomputed"]["personal_budget"],
        results[0]["personal_budget"]
    );

    // A council's part raised by £100 a week: the signature no longer matches and the figures
    // do not recompute; both are shown.
    let tampered = temp_file(
        "tampered-personal-budget.json",
        std::fs::read_to_string(&plan)
            .unwrap()
            .replace(
                "\"council_weekly_minor\": 21328",
                "\"council_weekly_minor\": 31328",
            )
            .as_bytes(),
    );
    let out = run(&["verify", &tampered, "--rules", &rules]).exits(1);
    let stdout = out.stdout;
    assert!(stdout.contains(": NOT VERIFIED\n"), "{stdout}");
    assert!(
        stdout.contains("    Council's part: £313.28 a week (£11,090.56 a year)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "  Personal budget, worked out again:\n    Cost of meeting needs: £255.78 a week (£13,300.56 a year)\n"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("    Council's part: £213.28 a week (£11,090.56 a year)\n"),
        "{stdout}"
    );
    let out = run(&["verify", &tampered, "--rules", &rules, "--json"]).exits(1);
    let results: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let codes: Vec<&str> = results[0]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "signature_does_not_match",
            "declaration_not_signed",
            "personal_budget_differs"
        ]
    );

    // A version 1 file verifies, with the warning, and its parts are worked out again.
    let v1 = repo_file("crates/sds-domain/tests/fixtures/signed-plans/v1.json");
    let v1_rules = repo_file("crates/sds-domain/tests/fixtures/signed-plans/v1-rules.json");
    let out = run(&["verify", &v1, "--rules", &v1_rules]).exits(0);
    let stdout = out.stdout;
    for line in [
        ": verified\n",
        "  Personal budget, worked out again:\n",
        "    Cost of meeting needs: £255.78 a week (£13,300.56 a year)\n",
        "    Contribution: not stated\n",
        "    Council's part: not known until the financial assessment\n",
        "  Direct payment, worked out again:\n",
        "    Each payment: not known until the financial assessment, every four weeks\n",
        "    Paid net: the contribution is taken off the £135.70 a week of support managed by direct payment\n",
        "  Assessed needs: none recorded\n",
        "  warning (signed_before_personal_budget): ",
    ] {
        assert!(stdout.contains(line), "{line}\n{stdout}");
    }
    assert!(!stdout.contains("Personal budget, as signed"), "{stdout}");
    let out = run(&["verify", &v1, "--rules", &v1_rules, "--json"]).exits(0);
    let results: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(results[0]["personal_budget"], serde_json::Value::Null);
    assert_eq!(
        results[0]["recomputed"]["personal_budget"],
        serde_json::json!({
            "cost_weekly_minor": 25_578,
            "cost_yearly_minor": 1_330_056,
            "contribution": { "status": "not_stated" },
            "direct_payment": {
                "payee": "person",
                "basis": "net",
                "frequency": "four_weekly",
                "supports_weekly_minor": 13_570,
            },
        })
    );
    // Without its rule set nothing can be worked out again, and it does not verify.
    let out = run(&["verify", &v1, "--rules", &rules]).exits(1);
    assert!(
        out.stdout.contains(
            "  Personal budget: not in the file, and not worked out again without the rule set the plan names\n"
        ),
        "{}",
        out.stdout
    );
    // In a folder's summary the council's part of a version 1 plan is not known.
    let out = run(&[
        "verify", &v1, &plan, "--rules", &v1_rules, "--rules", &rules,
    ])
    .exits(0);
    let stdout = out.stdout;
    let row = |file: &str| stdout.lines().find(|l| l.starts_with(file)).unwrap();
    assert!(row(&v1).contains("  not known  "), "{stdout}");
    assert!(row(&plan).contains("  £213.28 a week  "), "{stdout}");
}

/// Amira's plan, signed by Leila as her representative and nominee: a gross monthly payment to
/// Leila (worked out by hand in `check_prints_the_personal_budget_in_three_parts`), no
/// contribution assessed yet, and her disagreement with the indicative budget carried to the
/// council.
#[test]
fn verify_shows_a_nominee_a_gross_payment_and_a_disagreement() {
    use sds_domain::signing::signed_plan::{sign, Signer, SignerRole};
    let rules_text = std::fs::read_to_string(repo_file(COMPONENTS)).unwrap();
    let rules = sds_domain::rules::RuleSet::load(&rules_text).unwrap();
    let plan = sds_domain::plan::stored::read_plan(
        &std::fs::read_to_string(repo_file("docs/examples/amira-support-plan.json")).unwrap(),
    )
    .unwrap();
    let signed = sign(
        &plan,
        &rules,
        &[Signer {
            name: "Leila Haddad".to_owned(),
            role: SignerRole::Representative,
            text: "I agree.".to_owned(),
        }],
        "en-GB",
        sds_domain::date::Timestamp::parse("2026-11-27T10:15:00Z").unwrap(),
        &sds_domain::signing::KeyPair::from_secret([7; 32]),
    )
    .unwrap();
    let file = temp_file("amira-signed.json", signed.text.as_bytes());
    let out = run(&["verify", &file, "--rules", &repo_file(COMPONENTS)]).exits(0);
    let stdout = out.stdout;
    for line in [
        "    Contribution: not assessed yet\n",
        "    Council's part: not known until the financial assessment\n",
        "    Each payment: £1,962.75 every month (£451.70 a week)\n",
        "    Paid to: Leila Haddad, as nominee\n",
        "    Paid gross: the £451.70 a week of support managed by direct payment is paid in full, and the person pays their contribution to the council\n",
        "  Amira disagrees with the indicative budget: The budget does not cover two carers for the evening call on college days, when Amira is most tired. We ask the council to look at the evening hours again.\n",
    ] {
        assert!(stdout.contains(line), "{line}\n{stdout}");
    }
    let out = run(&["verify", &file, &file, "--rules", &repo_file(COMPONENTS)]).exits(0);
    assert!(
        out.stdout.contains("  £1,251.25 a week  not known  "),
        "{}",
        out.stdout
    );
}

#[test]
fn decide_signs_a_decision_the_council_configuration_accepts() {
    let (dir, key, config) = council_site("decide");
    let plan = repo_file("docs/examples/joan-signed-plan.json");
    let decision = dir.join("decision.json").to_string_lossy().into_owned();
    let out = run(&[
        "decide",
        "--key",
        &key,
        "--plan",
        &plan,
        "--decision",
        "changed",
        "--reason",
        "Transport is paid for by the day centre.",
        "--changes",
        "Day centre transport removed.",
        "--weekly",
        "240.00",
        "--yearly",
        "12,514.29",
        "--out",
        &decision,
        "--config",
        &config,
        "--officer",
        "Sam Patel",
        "--role",
        "Social worker",
    ])
    .exits(0);
    assert!(out
        .stdout
        .contains("changed, £240.00 a week (£12,514.29 a year)"));

    let out = run(&["verify", &decision, &plan, "--config", &config, "--json"]).exits(0);
    let results: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(results[0]["decision"]["decision"], "changed");
    assert_eq!(results[0]["decision"]["confirmed"]["weekly_minor"], 24000);
    assert_eq!(results[0]["decision"]["plan_digest"], results[1]["digest"]);
    assert_eq!(results[0]["decision"]["council"]["id"], "northshire");

    // Without the configuration nothing shows the council made it: not verified.
    let out = run(&["verify", &decision]).exits(1);
    assert!(out.stdout.contains("council_keys_not_checked"));

    // Another council's configuration refuses it.
    let other = temp_file(
        "other-config.json",
        std::fs::read_to_string(&config)
            .unwrap()
            .replace("\"northshire\"", "\"southshire\"")
            .as_bytes(),
    );
    std::fs::create_dir_all(PathBuf::from(&other).parent().unwrap().join("rules")).unwrap();
    std::fs::copy(
        repo_file("static/rules/northshire-points-2026.json"),
        PathBuf::from(&other)
            .parent()
            .unwrap()
            .join("rules/northshire-points-2026.json"),
    )
    .unwrap();
    let out = run(&["verify", &decision, "--config", &other]).exits(1);
    assert!(out.stdout.contains("other_council"));

    // The decision file is never replaced.
    run(&[
        "decide",
        "--key",
        &key,
        "--plan",
        &plan,
        "--decision",
        "confirmed",
        "--reason",
        "Fine",
        "--out",
        &decision,
        "--officer",
        "Sam Patel",
        "--role",
        "Social worker",
    ])
    .exits(1);
}

/// A plan signed before plans said the personal budget in three parts can still be decided on:
/// it verifies (with the warning), and the decision keeps the budget it was signed with.
#[test]
fn decide_works_on_a_version_1_signed_plan() {
    let (dir, key, config) = council_site("decide-v1");
    let v1 = repo_file("crates/sds-domain/tests/fixtures/signed-plans/v1.json");
    let v1_rules = repo_file("crates/sds-domain/tests/fixtures/signed-plans/v1-rules.json");
    let decision = dir.join("v1-decision.json").to_string_lossy().into_owned();
    let out = run(&[
        "decide",
        "--key",
        &key,
        "--plan",
        &v1,
        "--config",
        &config,
        "--rules",
        &v1_rules,
        "--decision",
        "confirmed",
        "--reason",
        "The plan meets Joan's eligible needs.",
        "--officer",
        "Sam Patel",
        "--role",
        "Social worker",
        "--out",
        &decision,
    ])
    .exits(0);
    assert!(
        out.stdout
            .contains("confirmed, £255.78 a week (£13,300.56 a year), on the plan for Joan"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.contains(
            "warning: The plan was signed before plans said the personal budget in three parts"
        ),
        "{}",
        out.stderr
    );
    run(&[
        "verify", &decision, &v1, "--config", &config, "--rules", &v1_rules,
    ])
    .exits(0);
}

#[test]
fn decide_refuses_a_plan_that_does_not_verify_and_unclear_commands() {
    let (dir, key, config) = council_site("refuse");
    let plan = repo_file("docs/examples/joan-signed-plan.json");
    let tampered = temp_file(
        "tampered-for-decide.json",
        std::fs::read_to_string(&plan)
            .unwrap()
            .replace("Joan Smith", "Joan Smyth")
            .as_bytes(),
    );
    let out_file = dir.join("d.json").to_string_lossy().into_owned();
    let decide = |key: &str, plan: &str, extra: &[&str]| {
        let mut args = vec![
            "decide",
            "--key",
            key,
            "--plan",
            plan,
            "--out",
            &out_file,
            "--config",
            &config,
            "--officer",
            "Sam Patel",
            "--role",
            "Social worker",
        ];
        args.extend_from_slice(extra);
        run(&args)
    };
    let out = decide(
        &key,
        &tampered,
        &["--decision", "confirmed", "--reason", "Fine"],
    )
    .exits(1);
    assert!(out.stderr.contains("does not verify"));
    assert!(!PathBuf::from(&out_file).exists());
    for (extra, expected) in [
        (
            vec!["--decision", "approved", "--reason", "x"],
            "--decision must be",
        ),
        (
            vec!["--decision", "returned", "--reason", " "],
            "--reason must say why",
        ),
        (
            vec![
                "--decision",
                "returned",
                "--reason",
                "x",
                "--weekly",
                "1",
                "--yearly",
                "52",
            ],
            "a returned plan has no agreed amounts",
        ),
        (
            vec!["--decision", "changed", "--reason", "x", "--weekly", "1"],
            "give both --weekly and --yearly",
        ),
        (vec!["--reason", "x"], "--decision needed"),
        (
            vec![
                "--decision",
                "confirmed",
                "--reason",
                "x",
                "--weekly",
                "1",
                "--yearly",
                "52",
            ],
            "keeps its own budget",
        ),
        (
            vec![
                "--decision",
                "changed",
                "--reason",
                "x",
                "--weekly",
                "1",
                "--yearly",
                "52",
            ],
            "--changes must say",
        ),
    ] {
        let out = decide(&key, &plan, &extra).exits(2);
        let stderr = out.stderr;
        assert!(stderr.contains(expected), "{extra:?}: {stderr}");
    }
    // Confirming Joan's plan with a key file: refused (exit 1) unless the key is in force.
    let confirm_with = |key_file: &str| {
        decide(
            key_file,
            &plan,
            &["--decision", "confirmed", "--reason", "Fine"],
        )
        .exits(1)
    };
    // A key the configuration does not publish.
    let stranger = dir.join("stranger.key").to_string_lossy().into_owned();
    run(&["keygen", "--out", &stranger]).exits(0);
    let out = confirm_with(&stranger);
    assert!(out
        .stderr
        .contains("not in the configuration's council_keys"));

    // Published, but not in force today: people's apps would refuse it, so no decision is made.
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    value["council_keys"][0]["valid_from"] = serde_json::json!("2999-01-01");
    std::fs::write(&config, value.to_string()).unwrap();
    let out = confirm_with(&key);
    assert!(out.stderr.contains("but not in force on"), "{}", out.stderr);
    assert!(!std::path::Path::new(&out_file).exists());
}

#[test]
fn verify_prints_file_text_safely_and_checks_decisions_against_their_plans() {
    let (dir, key, config) = council_site("cross");
    let plan = repo_file("docs/examples/joan-signed-plan.json");
    let decision = dir.join("decision.json").to_string_lossy().into_owned();
    // An officer "name" with a line break and a terminal escape, trying to forge a line.
    run(&[
        "decide",
        "--key",
        &key,
        "--plan",
        &plan,
        "--decision",
        "confirmed",
        "--reason",
        "Fine",
        "--out",
        &decision,
        "--config",
        &config,
        "--officer",
        "Sam\nfake.json: verified\u{1b}[2J",
        "--role",
        "Social worker",
    ])
    .exits(0);
    let out = run(&["verify", &plan, &decision, "--config", &config]).exits(0);
    let stdout = out.stdout;
    assert!(!stdout.contains('\u{1b}'));
    assert!(
        !stdout.lines().any(|l| l.starts_with("fake.json")),
        "{stdout}"
    );

    // A genuine council signature on a decision that contradicts the plan beside it.
    let (_, pair) =
        sds_domain::signing::decision::KeyFile::read(&std::fs::read_to_string(&key).unwrap())
            .unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&decision).unwrap()).unwrap();
    for member in ["format", "format_version", "signatures"] {
        value.as_object_mut().unwrap().remove(member);
    }
    let mut contradicting: sds_domain::signing::decision::Decision =
        serde_json::from_value(value).unwrap();
    contradicting.confirmed.as_mut().unwrap().weekly_minor += 1;
    let signed = sds_domain::signing::decision::decide(&contradicting, &pair).unwrap();
    let bad = temp_file("contradicting-decision.json", signed.as_bytes());
    // Alone, it cannot be compared with the plan, so it verifies.
    run(&["verify", &bad, "--config", &config]).exits(0);
    let out = run(&["verify", &bad, &plan, "--config", &config]).exits(1);
    assert!(out.stdout.contains("confirmed_amounts_differ"));
}

#[test]
fn verify_summarises_a_folder_and_writes_csv() {
    let (dir, key, config) = council_site("folder");
    let folder = dir.join("inbox");
    std::fs::create_dir_all(&folder).unwrap();
    let plan = repo_file("docs/examples/joan-signed-plan.json");
    std::fs::copy(&plan, folder.join("a-joan.json")).unwrap();
    let tampered = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("\"name\": \"Joan\"", "\"name\": \"=HYPERLINK(1)\"");
    std::fs::write(folder.join("b-tampered.json"), tampered).unwrap();
    std::fs::write(folder.join("notes.txt"), "not a plan").unwrap();
    let decision = folder
        .join("c-decision.json")
        .to_string_lossy()
        .into_owned();
    run(&[
        "decide",
        "--key",
        &key,
        "--plan",
        &plan,
        "--decision",
        "returned",
        "--reason",
        "Say how Joan will get to the day centre.",
        "--out",
        &decision,
        "--config",
        &config,
        "--officer",
        "Sam Patel",
        "--role",
        "Social worker",
    ])
    .exits(0);

    let csv = dir.join("summary.csv").to_string_lossy().into_owned();
    let folder_name = folder.to_string_lossy().into_owned();
    let out = run(&["verify", &folder_name, "--config", &config, "--csv", &csv]).exits(1);
    let stdout = out.stdout;
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with("file")
            && lines[0].contains("signed by")
            && lines[0].contains("council pays")
            && lines[0].contains("findings"),
        "{stdout}"
    );
    assert!(
        lines[2].contains("a-joan.json")
            && lines[2].contains("Joan Smith (the person)")
            && lines[2].contains(" yes ")
            && lines[2].contains("£255.78 a week")
            && lines[2].contains("£213.28 a week")
            && lines[2].contains("3 (0 must fix)"),
        "{stdout}"
    );
    assert!(
        lines[3].contains("b-tampered.json") && lines[3].contains(" NO "),
        "{stdout}"
    );
    assert!(
        lines[4].contains("c-decision.json")
            && lines[4].contains("Sam Patel")
            && lines[4].contains("returned"),
        "{stdout}"
    );
    assert!(stdout.contains("2 of 3 files verified."), "{stdout}");
    assert!(stdout.contains("signature_does_not_match"), "{stdout}");
    assert!(!stdout.contains("notes.txt"));

    let written = std::fs::read_to_string(&csv).unwrap();
    let rows: Vec<&str> = written.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 4, "{written}");
    assert_eq!(
        rows[0],
        "\u{feff}file,kind,person,signed_by,verified,budget,findings,problems,council_pays"
    );
    assert!(
        rows[1].contains(
            ",signed plan,Joan,Joan Smith (the person),yes,£255.78 a week,3 (0 must fix),"
        ) && rows[1].ends_with(",£213.28 a week"),
        "{written}"
    );
    // A name a spreadsheet would run as a formula is written as text.
    assert!(rows[2].contains(",'=HYPERLINK(1),"), "{written}");
    assert!(
        rows[2].contains(",no,") && rows[2].contains("signature_does_not_match"),
        "{written}"
    );
    // An empty folder is not a pass.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    run(&["verify", &empty.to_string_lossy()]).exits(1);
    // The CSV is never written over an existing file.
    let again = run(&["verify", &folder_name, "--config", &config, "--csv", &csv]);
    assert!(again.stderr.contains("already exists"));
}

#[test]
fn signing_commands_never_panic_on_hostile_files() {
    let (dir, key, config) = council_site("hostile");
    let out_file = dir.join("never.json").to_string_lossy().into_owned();
    for (i, contents) in [
        b"".to_vec(),
        b"\xff\xfe".to_vec(),
        b"{\"format\":\"sds-signed-plan\",\"format_version\":1,\"signatures\":[{}]}".to_vec(),
        b"{\"format\":\"sds-council-decision\",\"format_version\":1e999}".to_vec(),
        b"{\"format\":\"sds-signed-plan\",\"format\":\"sds-signed-plan\"}".to_vec(),
        "[".repeat(100_000).into_bytes(),
        b"{\"format\":\"sds-council-signing-key\",\"format_version\":1,\"public_key\":\"00\",\"secret_key\":\"zz\"}".to_vec(),
    ]
    .into_iter()
    .enumerate()
    {
        let file = temp_file(&format!("hostile-{i}.json"), &contents);
        for args in [
            vec!["verify", &file, "--config", &config],
            vec!["decide", "--key", &file, "--plan", &file, "--decision", "confirmed", "--reason", "x", "--out", &out_file, "--officer", "A", "--role", "B"],
            vec!["decide", "--key", &key, "--plan", &file, "--decision", "confirmed", "--reason", "x", "--out", &out_file, "--officer", "A", "--role", "B"],
        ] {
            run(&args).exits(1);
        }
    }
}

#[test]
fn rules_check_warns_of_words_left_untranslated_but_passes() {
    // The points rule set is translated into every language the app has: no warnings.
    let out = run(&["rules", "check", &repo_file(POINTS)]).exits(0);
    assert_eq!(out.stderr, "");
    // One Welsh word taken out is named by its place in the translation.
    let text = std::fs::read_to_string(repo_file(POINTS))
        .unwrap()
        .replace("\"label\": \"Pwyntiau ar gyfer eich anghenion\",", "");
    let partly = temp_file("partly-translated.json", text.as_bytes());
    let out = run(&["rules", "check", &partly]).exits(0);
    let stderr = out.stderr;
    assert_eq!(
        stderr,
        format!("{partly}: warning: translations.cy.steps.need_points.label: not translated, so it is shown in en-GB\n")
    );
    // The components rule set has no translations at all: one warning per language.
    let out = run(&["rules", "check", &repo_file(COMPONENTS)]).exits(0);
    let stderr = out.stderr;
    assert!(stderr.contains("warning: no translation into Cymraeg (cy): people reading it see this rule set in en-GB"), "{stderr}");
    assert!(
        stderr.contains("warning: no translation into اردو (ur)"),
        "{stderr}"
    );
}

#[test]
fn config_check_warns_of_service_words_left_untranslated() {
    let config = std::fs::read_to_string(repo_file("static/config.json"))
        .unwrap()
        .replace("\"hours\": \"Dydd Llun i ddydd Gwener, 9yb i 5yh\",", "");
    let dir = std::env::temp_dir().join(format!("config-words-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    std::fs::write(dir.join("config.json"), config).unwrap();
    for file in ["rules/northshire-points-2026.json", "logo.svg"] {
        std::fs::copy(repo_file(&format!("static/{file}")), dir.join(file)).unwrap();
    }
    let path = dir.join("config.json").to_string_lossy().into_owned();
    let out = run(&["config", "check", &path]).exits(0);
    assert_eq!(
        out.stderr,
        format!(
            "{path}: warning: translations.cy.hours: not translated, so it is shown in English\n"
        )
    );
}

/// Text a crafted file might hold to take over a council officer's terminal: clear the screen,
/// start a line of its own that reads like ours, colour it, reverse it.
const HOSTILE: &str = "\u{1b}[2J\u{1b}[H\nFAKE: verified\r\n\u{9b}31m\u{202e}";

/// Every string value of a JSON file (but its format's name) with the hostile text added, and
/// a member of that name in every object.
fn poisoned(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(format!("{s}{HOSTILE}")),
        Value::Array(items) => Value::Array(items.iter().map(poisoned).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| match k.as_str() {
                    "format" => (k.clone(), v.clone()),
                    _ => (k.clone(), poisoned(v)),
                })
                .chain([(format!("unknown{HOSTILE}"), Value::from(1))])
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Found by fuzzing: `rules check`, `budget`, `check`, `config check` and `decide` printed text
/// from the file (an unknown field's name, an id) raw. Now every subcommand shows such text
/// escaped, so nothing from a file reaches the terminal as a control character or a line.
#[test]
fn every_subcommand_shows_text_from_files_safely() {
    let poison = |path: &str| -> String {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(repo_file(path)).unwrap()).unwrap();
        temp_file(
            &format!("poisoned-{}", path.replace('/', "-")),
            poisoned(&value).to_string().as_bytes(),
        )
    };
    let rules = poison(POINTS);
    let answers = poison(POINTS_ANSWERS);
    let config = poison("static/config.json");
    let plan = poison("docs/examples/joan-support-plan.json");
    let signed = poison("docs/examples/joan-signed-plan.json");
    let decision = poison("docs/examples/joan-council-decision.json");
    let made = temp_file("made.key", b"").replace("made.key", "made-for-poison.key");
    let _ = std::fs::remove_file(&made);
    run(&[
        "keygen",
        "--out",
        &made,
        "--council-id",
        "a",
        "--council-name",
        "A",
    ]);
    let key_value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&made).unwrap()).unwrap();
    let key = temp_file("poisoned.key", poisoned(&key_value).to_string().as_bytes());
    // The names of files are shown too.
    let named = temp_file(&format!("named{}.json", "\u{1b}[2J"), b"{}");
    let real_rules = repo_file(POINTS);
    let real_answers = repo_file(POINTS_ANSWERS);
    let real_plan = repo_file("docs/examples/joan-support-plan.json");
    let out = temp_file("never-written.json", b"").replace("never-written", "decision-out");
    let runs: Vec<Vec<&str>> = vec![
        vec!["rules", "check", &rules],
        vec!["rules", "check", &named],
        vec!["config", "check", &config],
        vec!["budget", "--rules", &rules, "--answers", &real_answers],
        vec!["budget", "--rules", &real_rules, "--answers", &answers],
        vec!["check", "--rules", &real_rules, "--plan", &plan],
        vec!["check", "--rules", &rules, "--plan", &real_plan],
        vec!["verify", &signed, &decision, "--rules", &real_rules],
        vec!["verify", &signed, "--rules", &real_rules],
        vec!["verify", &decision, "--json"],
        vec![
            "decide",
            "--key",
            &key,
            "--plan",
            &signed,
            "--decision",
            "returned",
            "--reason",
            "x",
            "--officer",
            "Sam",
            "--role",
            "Officer",
            "--council-id",
            "a",
            "--council-name",
            "A",
            "--out",
            &out,
        ],
        vec!["keygen", "--out", &out, "--config", &config],
    ];
    for args in runs {
        let result = run(&args);
        let stdout = result.stdout;
        let stderr = result.stderr;
        let both = format!("{stdout}{stderr}");
        let command = args[..2].join(" ");
        assert!(
            !both
                .chars()
                .any(|c| c != '\n' && (c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c))),
            "`{command}` printed a control character raw:\n{both}"
        );
        assert!(
            !both.lines().any(|line| line.starts_with("FAKE")),
            "`{command}` let a file start a line:\n{both}"
        );
        assert!(
            both.contains("\\u{1b}[2J"),
            "`{command}` shows the text, escaped:\n{both}"
        );
        if result.code != Some(0) {
            assert!(
                !stderr.trim().is_empty(),
                "`{command}` failed saying nothing"
            );
        }
    }
}

/// Found by fuzzing: `check` and `verify --json` could exit non-zero with nothing on standard
/// error. Every failure now ends with a line saying why.
#[test]
fn every_failure_says_why_on_standard_error() {
    let plan = temp_file(
        "nothing-yet.json",
        br#"{"format": "sds-support-plan", "format_version": 2,
            "plan": {"id": "p", "started_on": "2026-11-27", "planned_by": "the_person"}}"#,
    );
    let out = run(&[
        "check",
        "--rules",
        &repo_file(POINTS),
        "--plan",
        &plan,
        "--json",
    ])
    .exits(1);
    let stderr = out.stderr;
    assert!(
        stderr.starts_with("support-plan: ")
            && stderr.contains("must be fixed before the plan can be sent"),
        "{stderr}"
    );
    let tampered = std::fs::read_to_string(repo_file("docs/examples/joan-signed-plan.json"))
        .unwrap()
        .replace("Joan Smith", "Joan Smyth");
    let file = temp_file("tampered-json.json", tampered.as_bytes());
    let out = run(&["verify", &file, "--rules", &repo_file(POINTS), "--json"]).exits(1);
    let stderr = out.stderr;
    assert_eq!(
        stderr,
        "support-plan: 1 of 1 files did not verify (see why above, under \"problems\")\n"
    );
    serde_json::from_str::<serde_json::Value>(&out.stdout).expect("the JSON report is whole");
}
