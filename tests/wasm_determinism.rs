//! Browser half of the determinism check: the golden runs computed in
//! WebAssembly inside headless Chromium give the digests pinned natively.
#![cfg(target_arch = "wasm32")]

mod common;

use common::golden;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn golden_runs_in_wasm_match_the_native_digests() {
    assert_eq!(golden::digests(), golden::pinned());
}
