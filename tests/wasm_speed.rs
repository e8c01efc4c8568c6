//! Browser speed figures (printed, never asserted): how long the default run
//! (10,000 customers × 36 months) takes to compute in WebAssembly.
#![cfg(target_arch = "wasm32")]

use crm_lab::ui::run::{compute, ExploreSettings};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
fn default_run_compute_time() {
    let s = ExploreSettings::default();
    let _ = compute(&s).unwrap(); // warm up
    let mut times = Vec::new();
    for seed in 1..=5 {
        let s = ExploreSettings { seed, ..s.clone() };
        let t0 = now();
        let r = compute(&s).unwrap();
        times.push(now() - t0);
        assert_eq!(r.run.months.len(), 36);
    }
    times.sort_by(f64::total_cmp);
    console_log!(
        "compute 10,000 customers x 36 months in wasm: median {:.1} ms (min {:.1}, max {:.1}), with the paired run for the return on retention spend",
        times[2],
        times[0],
        times[4]
    );
    // A retention-spend step keeps the paired run: only the run itself.
    let mut steps = Vec::new();
    for k in 1..=5 {
        let mut s = s.clone();
        s.levers.set_retention_spend(5.0 + f64::from(k));
        let t0 = now();
        let _ = compute(&s).unwrap();
        steps.push(now() - t0);
    }
    steps.sort_by(f64::total_cmp);
    console_log!(
        "compute after a retention-spend step (paired run kept): median {:.1} ms (min {:.1}, max {:.1})",
        steps[2],
        steps[0],
        steps[4]
    );
}

/// A league of 8 teams in a 20,000-person market: resolving one round
/// (replaying the league to it, as the console does) after 1 and after 5
/// rounds of three months.
#[wasm_bindgen_test]
fn league_round_time() {
    use crm_lab::league::{League, LeagueSettings};
    use crm_lab::sim::Levers;
    let mut s = LeagueSettings::template("default").unwrap();
    s.market_size = 20_000;
    s.teams = (1..=8).map(|k| format!("T{k}")).collect();
    let mut league = League::new(s);
    let round: Vec<Levers> = (0..8)
        .map(|t| Levers {
            price: 0.9 + 0.03 * f64::from(t),
            ..Levers::default()
        })
        .collect();
    for rounds in [1, 6] {
        league.decisions = vec![round.clone(); rounds];
        let _ = league.play().unwrap(); // warm up
        let mut times = Vec::new();
        for _ in 0..3 {
            let t0 = now();
            let r = league.play().unwrap();
            times.push(now() - t0);
            assert_eq!(r.tables.len(), rounds);
        }
        times.sort_by(f64::total_cmp);
        console_log!(
            "compute a league of 8 teams x 20,000 people, {rounds} round(s) of 3 months, in wasm: median {:.1} ms (min {:.1}, max {:.1})",
            times[1],
            times[0],
            times[2]
        );
    }
}
