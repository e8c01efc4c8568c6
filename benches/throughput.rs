//! Throughput of the model: nanoseconds per customer-month (one person in the
//! market simulated for one month), natively, release build.
//!
//!     cargo bench --bench throughput
//!
//! Prints figures only; it asserts nothing about time.

use std::hint::black_box;
use std::time::Instant;

use crm_lab::sim::{Levers, Scenario, Simulation};

/// Best and mean ns per customer-month, and the share of those
/// customer-months that were active customers (who cost most: prospects
/// only decide whether to join).
fn measure(customers: u32, months: u32, repeats: u32) -> (f64, f64, f64) {
    let scenario = Scenario {
        market_size: customers,
        months,
        ..Scenario::default()
    };
    let levers = Levers::default();
    let mut best = f64::INFINITY;
    let mut total = 0.0;
    let mut active = 0u64;
    for _ in 0..repeats {
        let start = Instant::now();
        let mut sim = Simulation::new(&scenario).unwrap();
        active = 0;
        for _ in 0..months {
            active += u64::from(black_box(sim.step(&levers)).active);
        }
        let ns = start.elapsed().as_nanos() as f64 / (f64::from(customers) * f64::from(months));
        best = best.min(ns);
        total += ns;
    }
    let share = active as f64 / (f64::from(customers) * f64::from(months));
    (best, total / f64::from(repeats), share)
}

fn main() {
    // `cargo bench` passes --bench; a filter argument is accepted and ignored.
    println!("CRM Lab model throughput (ns per customer-month, including set-up)");
    let extra: Vec<u32> = std::env::var("CRM_LAB_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|x| x.parse().ok()).collect())
        .unwrap_or_default();
    let mut cases = vec![(10_000, 60, 20), (100_000, 120, 5)];
    cases.extend(extra.into_iter().map(|n| (n, 60, 10)));
    for (customers, months, repeats) in cases {
        let (best, mean, share) = measure(customers, months, repeats);
        println!(
            "{customers:>7} customers x {months:>3} months: best {best:6.1} ns, mean {mean:6.1} ns ({repeats} runs); \
             {:.0}% active, best {:6.1} ns per active customer-month",
            share * 100.0,
            best / share
        );
    }
}
