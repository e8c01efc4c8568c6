//! Run files students saved with an earlier CRM Lab still verify against
//! the built-in assignment of their id: the Chinese wording of three
//! built-in assignments was improved after these files were written (their
//! rules did not change). A change to the model changes the replayed
//! numbers too; these files then fail here, as every student's file would,
//! and the change needs its own decision (a new run-file format version).
#![cfg(not(target_arch = "wasm32"))]

use crm_lab::coursework::run_file::{read_run_file, verify};
use crm_lab::coursework::Assignment;

fn saved(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/golden/run-files/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn run_files_with_an_earlier_chinese_wording_still_verify() {
    for name in [
        "loyalty-under-competition-v0.json",
        "pricing-and-cdv-v0.json",
        "retention-vs-acquisition-v0.json",
    ] {
        let file = read_run_file(&saved(name)).unwrap();
        let official = Assignment::built_in(&file.assignment.id).unwrap();
        assert_ne!(
            file.assignment.brief.zh, official.brief.zh,
            "{name} holds the earlier wording"
        );
        let v = verify(&file, Some(&official));
        assert!(v.verified, "{name}: {:?}", v.differences);
    }
}

#[test]
fn a_wording_that_never_was_is_still_a_different_assignment() {
    let text = saved("pricing-and-cdv-v0.json").replace("你负责定价", "你随意定价");
    let file = read_run_file(&text).unwrap();
    let official = Assignment::built_in(&file.assignment.id).unwrap();
    let v = verify(&file, Some(&official));
    assert!(!v.verified);
    assert_eq!(v.differences[0].field, "assignment");
    assert!(v.differences[0].in_file.contains("texts"));
}
