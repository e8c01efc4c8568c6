//! Common random numbers: a customer's draws depend only on (seed, customer,
//! month, purpose). Two runs that differ in one lever share their luck, so a
//! customer the lever cannot reach follows exactly the same path in both.
#![cfg(not(target_arch = "wasm32"))]

use crm_lab::sim::{Customer, Levers, Scenario, Simulation, Stage};

/// What makes up a customer's path: everything but its pyramid tier (a rank
/// among all customers) and its predicted CLV (whose margin path uses the
/// pace of growth the whole run has shown), which move when others do.
fn path_state(c: &Customer) -> (Stage, [u64; 8], u16, u16, bool) {
    (
        c.stage,
        [
            c.satisfaction.to_bits(),
            c.expectation.to_bits(),
            c.trust.to_bits(),
            c.switching_cost.to_bits(),
            c.loyalty.to_bits(),
            c.repurchase_prob.to_bits(),
            c.realised_value.to_bits(),
            c.discounted_value.to_bits(),
        ],
        c.tenure,
        c.months_churned,
        c.bad_memory,
    )
}

/// Steps two simulations side by side and returns each customer's path in both.
///
/// Customers meet through word of mouth: a warning lands on anybody in the
/// market, so a lever that changes how many customers there are changes how
/// many warnings everybody hears. The market here is one whose customers do
/// not talk, so that a lever's reach is its own.
fn paths(a: Levers, b: Levers) -> (Vec<Vec<Customer>>, Vec<Vec<Customer>>) {
    let mut s = Scenario {
        market_size: 4_000,
        ..Scenario::default()
    };
    for seg in &mut s.segments {
        seg.word_of_mouth = 0.0;
    }
    let mut sa = Simulation::new(&s).unwrap();
    let mut sb = Simulation::new(&s).unwrap();
    let (mut pa, mut pb) = (vec![sa.customers().to_vec()], vec![sb.customers().to_vec()]);
    for _ in 0..s.months {
        sa.step(&a);
        sb.step(&b);
        pa.push(sa.customers().to_vec());
        pb.push(sb.customers().to_vec());
    }
    (pa, pb)
}

#[test]
fn acquisition_spend_leaves_existing_customers_paths_unchanged() {
    // Acquisition spend reaches prospects only. A customer active at the start
    // is untouched by it until it lapses back among the prospects.
    let base = Levers::default();
    let more = Levers {
        acquisition_spend: 9_000.0,
        ..base
    };
    let (pa, pb) = paths(base, more);
    let n = pa[0].len();
    let mut compared = 0;
    for id in (0..n).filter(|&id| pa[0][id].stage.is_active()) {
        for month in 0..pa.len() {
            if pa[month][id].stage == Stage::Prospect {
                break;
            }
            assert_eq!(
                path_state(&pa[month][id]),
                path_state(&pb[month][id]),
                "customer {id}, month {month}"
            );
            compared += 1;
        }
    }
    assert!(compared > 10_000);
    // The lever did something: more prospects joined.
    let joined = |p: &[Vec<Customer>]| {
        (0..n)
            .filter(|&id| {
                p[0][id].stage == Stage::Prospect && p.last().unwrap()[id].stage.is_active()
            })
            .count()
    };
    assert!(joined(&pb) > joined(&pa));
}

#[test]
fn winback_spend_leaves_customers_who_never_churn_unchanged() {
    let base = Levers::default();
    let winback = Levers {
        winback_spend: 30.0,
        ..base
    };
    let (pa, pb) = paths(base, winback);
    let n = pa[0].len();
    // Customers from the start who never churn. (Prospects are not among
    // them: won-back customers recommend us, which reaches prospects.)
    let never_churned: Vec<usize> = (0..n)
        .filter(|&id| pa[0][id].stage.is_active())
        .filter(|&id| pa.iter().all(|m| m[id].stage != Stage::Churned))
        .collect();
    assert!(never_churned.len() > 300, "{}", never_churned.len());
    for &id in &never_churned {
        for month in 0..pa.len() {
            assert_eq!(
                path_state(&pa[month][id]),
                path_state(&pb[month][id]),
                "customer {id}, month {month}"
            );
        }
    }
    // Win-back did bring some churned customers back.
    let back = (0..n)
        .filter(|&id| {
            pb.windows(2)
                .any(|w| w[0][id].stage == Stage::Churned && w[1][id].stage == Stage::Acquisition)
        })
        .count();
    assert!(back > 50, "{back}");
}
