//! Benchmark (not a test): costing, checking, saying in Welsh, signing and verifying a plan with
//! 500 supports.
//!
//! `cargo bench -p sds-domain --bench plan`
//! Starts from the Joan example plan and the points sample rule set, and repeats its supports
//! (every kind of costing, paid and unpaid, with on-costs and price list checks) to 500.
//! Signing includes checking the plan (it is refused while anything must be fixed); verifying
//! includes parsing, canonicalising, the signature and recomputing the budget and totals.

mod signing;
mod timing;
use timing::median_micros;

use sds_domain::plan::checks::assess;
use sds_domain::plan::costing::costs;
use sds_domain::plan::stored::read_plan;
use sds_domain::rules::RuleSet;
use sds_domain::signing::signed_plan::{sign, verify};
use sds_domain::wording::{Catalogue, Language};
use std::hint::black_box;

fn read(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn main() {
    let rules =
        RuleSet::load(&read("static/rules/northshire-points-2026.json")).expect("sample rules");
    let mut plan = read_plan(&read("docs/examples/joan-support-plan.json")).expect("sample plan");
    let originals = plan.supports.clone();
    plan.supports = (0..500)
        .map(|i| {
            let mut support = originals[i % originals.len()].clone();
            support.id = format!("s{i}");
            support
        })
        .collect();
    let cost = median_micros(21, 50, || {
        black_box(costs(black_box(&plan), &rules));
    });
    let assessed = median_micros(21, 20, || {
        black_box(assess(black_box(&plan), &rules));
    });
    println!(
        "500 supports: costing {cost:.0} µs; costing, budget and every check {assessed:.0} µs"
    );

    // Saying it all in Welsh, as the check page and the printable plan do: every line's working
    // and every finding, through the catalogue.
    // The Welsh catalogue as the app fetches it: the file beside it, read and parsed.
    let welsh_language = Language::find("cy").expect("Welsh is a language");
    let welsh_file = format!(
        "{}/../../{}",
        env!("CARGO_MANIFEST_DIR"),
        welsh_language.catalogue_file()
    );
    let welsh_source = std::fs::read_to_string(&welsh_file).expect("the Welsh catalogue is there");
    let welsh = Catalogue::from_source(welsh_language, welsh_source.clone())
        .expect("the Welsh catalogue loads");
    let (welsh_rules, _) = rules.in_language("cy");
    let assessment = assess(&plan, &welsh_rules);
    let loading = median_micros(21, 5, || {
        black_box(Catalogue::from_source(welsh_language, black_box(welsh_source.clone())).is_ok());
    });
    let saying = median_micros(21, 20, || {
        for line in &assessment.costs.lines {
            black_box(welsh.message(&line.working));
        }
        for finding in &assessment.findings {
            black_box(welsh.message(&finding.message));
            black_box(welsh.message(&finding.how_to_fix));
        }
    });
    let translating = median_micros(21, 20, || {
        black_box(rules.in_language(black_box("ur")));
    });
    println!(
        "500 supports in Welsh: load the catalogue {loading:.0} µs; say every working and finding ({} messages) {saying:.0} µs; the rule set in Urdu {translating:.0} µs",
        assessment.costs.lines.len() + 2 * assessment.findings.len()
    );

    let signing::Signing { key, signers, at } = signing::by_joan();
    let signed = sign(&plan, &rules, &signers, "en-GB", at, &key).expect("the plan signs");
    let signing = median_micros(21, 10, || {
        black_box(sign(black_box(&plan), &rules, &signers, "en-GB", at, &key).ok());
    });
    let verifying = median_micros(21, 10, || {
        black_box(verify(black_box(&signed.text), &[&rules]));
    });
    println!(
        "500 supports ({} KiB signed file): sign {signing:.0} µs; verify and recompute {verifying:.0} µs",
        signed.text.len() / 1024
    );
}
