//! Native half of the determinism check: the pinned digests of the golden
//! runs. After a deliberate change to the model, refresh them with
//! `UPDATE_GOLDEN=1 cargo test --release --test determinism`; the browser test
//! then checks WebAssembly against the same file.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::golden;

#[test]
fn golden_runs_match_their_pinned_digests() {
    let now = golden::digests();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let mut text = String::from("# case digest (FNV-1a of the monthly series as JSON)\n");
        for (name, d) in &now {
            text.push_str(&format!("{name} {d}\n"));
        }
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/digests.txt"),
            text,
        )
        .unwrap();
        return;
    }
    assert_eq!(now, golden::pinned());
}
