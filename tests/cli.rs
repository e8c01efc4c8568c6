//! The `crm-lab` binary as a lecturer uses it: commands, files, exit codes.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn crm_lab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crm-lab"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn scenarios_lists_the_four_built_ins() {
    let o = crm_lab(&["scenarios"]);
    assert!(o.status.success());
    let out = stdout(&o);
    for name in ["default", "competitive", "monopoly", "subscription"] {
        assert!(
            out.lines()
                .any(|l| l.starts_with(name) && l.len() > name.len() + 10),
            "{name} with a description"
        );
    }
}

#[test]
fn levers_csv_has_the_documented_header() {
    let o = crm_lab(&["levers", "--format", "csv"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert_eq!(out.lines().next(), Some("name,unit,min,max,default"));
    assert!(out.contains("\nretention_spend,CNY per targeted customer per month,0,30,5\n"));
    assert!(out.contains("\ncompetition,"));
}

/// A run of the monopoly scenario with a setting and a lever changed.
const RUN_ARGS: [&str; 13] = [
    "run",
    "--scenario",
    "monopoly",
    "--customers",
    "1500",
    "--months",
    "12",
    "--seed",
    "7",
    "--set",
    "retention_spend=8",
    "--set",
    "competition=0.2",
];

#[test]
fn run_prints_the_monthly_series_and_writes_the_customers() {
    let dir = std::env::temp_dir().join(format!("crm-lab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let customers = dir.join("customers.csv");
    let mut args = RUN_ARGS.to_vec();
    args.extend(["--customers-csv", customers.to_str().unwrap()]);
    let o = crm_lab(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let header = out.lines().next().unwrap();
    assert!(header.starts_with("month,prospects,acquisition,growth,maturity,decline,churned,"));
    for col in crm_lab::export::REQUIRED_MONTHLY_COLUMNS {
        assert!(header.split(',').any(|h| h == col), "{col}");
    }
    assert_eq!(out.lines().count(), 13);
    let snapshot = std::fs::read_to_string(&customers).unwrap();
    let mut lines = snapshot.lines();
    assert!(lines.next().unwrap().starts_with(
        "id,segment,stage,satisfaction,satisfaction_band,loyalty,repurchase_prob,tenure,realised_value,clv"
    ));
    assert_eq!(lines.clone().count(), 1500);
    let bands = [
        "very_dissatisfied",
        "dissatisfied",
        "basically_satisfied",
        "very_satisfied",
        "delighted",
        "",
    ];
    for l in lines {
        let f: Vec<&str> = l.split(',').collect();
        assert!(bands.contains(&f[4]), "{l}");
    }
    // Same arguments, same output.
    let again = crm_lab(&RUN_ARGS);
    assert_eq!(stdout(&again), out);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn run_reads_scenario_and_decision_files() {
    let dir = std::env::temp_dir().join(format!("crm-lab-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("market.json");
    let mut s = crm_lab::sim::Scenario::built_in("subscription").unwrap();
    s.market_size = 800;
    s.months = 6;
    std::fs::write(&scenario, serde_json::to_string(&s).unwrap()).unwrap();
    let decisions = dir.join("decisions.json");
    std::fs::write(
        &decisions,
        serde_json::to_string(&crm_lab::sim::Decisions::constant(Default::default())).unwrap(),
    )
    .unwrap();
    let o = crm_lab(&[
        "run",
        "--scenario",
        scenario.to_str().unwrap(),
        "--decisions",
        decisions.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["scenario"]["name"], "subscription");
    assert_eq!(v["months"].as_array().unwrap().len(), 6);

    // A broken file: the error names the field, the range and the value.
    std::fs::write(
        &scenario,
        serde_json::to_string(&s)
            .unwrap()
            .replace("\"gross_margin\":0.7", "\"gross_margin\":1.7"),
    )
    .unwrap();
    let o = crm_lab(&["run", "--scenario", scenario.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim(),
        "crm-lab: gross_margin: 1.7 is outside the allowed range 0.05 to 0.9"
    );
    std::fs::write(&decisions, "{ not json").unwrap();
    let o = crm_lab(&["run", "--decisions", decisions.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn clv_prints_the_closed_form() {
    let o = crm_lab(&[
        "clv",
        "--margin",
        "1",
        "--retention",
        "0.8",
        "--discount",
        "0.1",
    ]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().next(), Some("clv,2.666667"));
    let o = crm_lab(&[
        "clv",
        "--margin",
        "1",
        "--retention",
        "0.9",
        "--discount",
        "0.12",
    ]);
    assert_eq!(stdout(&o).lines().next(), Some("clv,4.090909"));
}

#[test]
fn bad_arguments_fail_with_one_line_and_no_panic() {
    for args in [
        vec!["run", "--months", "500"],
        vec!["run", "--set", "price=abc"],
        vec!["run", "--customers"],
        vec!["run", "--scenario", "atlantis"],
        vec!["clv", "--margin", "1"],
        vec!["levers", "--format", "pdf"],
        vec!["teleport"],
        vec![],
    ] {
        let o = crm_lab(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert_eq!(e.lines().count(), 1, "{args:?}: {e}");
        assert!(!e.contains("panicked"), "{args:?}: {e}");
        assert!(o.stdout.is_empty());
    }
}
