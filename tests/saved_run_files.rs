//! Run files students saved with an earlier CRM Lab. Three were written
//! before the Chinese wording of their built-in assignments was improved and
//! before care was modelled by channel (run file version 1): they still
//! open, their single retention spend is read as the standard channel mix,
//! their assignment is still the official one, and verification says first
//! that an earlier model made them (the current model replays their
//! decisions to other figures), not that they were edited.
#![cfg(not(target_arch = "wasm32"))]

use crm_lab::coursework::run_file::{read_run_file, verify, EARLIER_MODEL, RUN_FORMAT_VERSION};
use crm_lab::coursework::Assignment;
use crm_lab::sim::channels::Mix;

fn saved(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/golden/run-files/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

const SAVED: [&str; 3] = [
    "loyalty-under-competition-v0.json",
    "pricing-and-cdv-v0.json",
    "retention-vs-acquisition-v0.json",
];

#[test]
fn run_files_of_the_earlier_model_open_and_say_so() {
    for name in SAVED {
        let text = saved(name);
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let file = read_run_file(&text).unwrap();
        assert!(file.format_version < RUN_FORMAT_VERSION);
        // Each round's retention spend became the standard mix of that cost.
        for (i, levers) in file.decisions.iter().enumerate() {
            let spend = json["decisions"][i]["retention_spend"].as_f64().unwrap();
            assert_eq!(levers.mix(), Mix::standard(spend), "{name} round {}", i + 1);
            assert!((levers.retention_spend() - spend).abs() < 1e-9);
        }
        let official = Assignment::built_in(&file.assignment.id).unwrap();
        assert_ne!(
            file.assignment.brief.zh, official.brief.zh,
            "{name} holds the earlier wording"
        );
        let v = verify(&file, Some(&official));
        assert!(!v.verified);
        assert_eq!(v.differences[0].field, EARLIER_MODEL, "{name}");
        assert!(
            v.differences.iter().all(|d| d.field != "assignment"),
            "{name}: the assignment is still the official one: {:?}",
            v.differences
        );
        assert!(v.replay.is_some(), "{name}: its decisions replay");
    }
}

#[test]
fn a_wording_that_never_was_is_still_a_different_assignment() {
    let text = saved("pricing-and-cdv-v0.json").replace("你负责定价", "你随意定价");
    let file = read_run_file(&text).unwrap();
    let official = Assignment::built_in(&file.assignment.id).unwrap();
    let v = verify(&file, Some(&official));
    assert!(!v.verified);
    assert!(v
        .differences
        .iter()
        .any(|d| d.field == "assignment" && d.in_file.contains("texts")));
}
