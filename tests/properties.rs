//! Property tests over random valid scenarios and decision schedules: no NaN
//! or infinity anywhere, everybody in exactly one stage each month, rates in
//! [0, 1], money lines adding up, customers' scores within their scales.
#![cfg(not(target_arch = "wasm32"))]

use crm_lab::export::MONTHLY_COLUMNS;
use crm_lab::sim::{
    run_with_final_state, Decision, Decisions, Levers, RetentionTargeting, Scenario, Segment,
    FORMAT_VERSION, LEVERS,
};
use proptest::prelude::*;

fn segment() -> impl Strategy<Value = Segment> {
    (
        0.05f64..1.0,
        0.0f64..=3.0,
        0.0f64..=10.0,
        1.0f64..2000.0,
        0.0f64..=3.0,
        0.0f64..=1.0,
        0.0f64..=1.0,
    )
        .prop_map(|(share, ps, qe, spend, wom, inertia, online)| Segment {
            name: "s".into(),
            share,
            price_sensitivity: ps,
            quality_expectation: qe,
            monthly_spend: spend,
            word_of_mouth: wom,
            inertia,
            online_share: online,
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        (
            100u32..2500,
            0.0f64..=0.9,
            0.0f64..=1.0,
            0.6f64..=1.6,
            0.0f64..=10.0,
        ),
        (0.05f64..=0.9, 0.0f64..=0.5, 1u32..=30, any::<u32>()),
        prop::collection::vec(segment(), 1..=4),
    )
        .prop_map(
            |((market, initial, comp, cprice, cq), (gm, d, months, seed), mut segments)| {
                let total: f64 = segments.iter().map(|s| s.share).sum();
                for s in &mut segments {
                    s.share /= total;
                }
                Scenario {
                    format_version: FORMAT_VERSION,
                    name: "random".into(),
                    description: String::new(),
                    market_size: market,
                    initial_customers: initial,
                    competition: comp,
                    competitor_price: cprice,
                    competitor_quality: cq,
                    gross_margin: gm,
                    discount_rate: d,
                    months,
                    seed: u64::from(seed),
                    segments,
                    events: Vec::new(),
                }
            },
        )
}

fn levers() -> impl Strategy<Value = Levers> {
    let specs = LEVERS;
    (
        prop::array::uniform14(0.0f64..=1.0),
        0u8..3,
        prop::array::uniform14(0u8..10),
    )
        .prop_map(move |(u, targeting, edge)| {
            let mut l = Levers::default();
            for (i, spec) in specs.iter().enumerate() {
                // Now and then exactly at an end of the range.
                let v = match edge[i] {
                    0 => spec.min,
                    1 => spec.max,
                    _ => spec.min + u[i] * (spec.max - spec.min),
                };
                (spec.set)(&mut l, v);
            }
            l.retention_targeting = RetentionTargeting::ALL[usize::from(targeting)];
            l
        })
}

fn decisions() -> impl Strategy<Value = Decisions> {
    prop::collection::vec((levers(), 1u32..6), 1..4).prop_map(|items| {
        let mut month = 1;
        let schedule = items
            .into_iter()
            .map(|(levers, gap)| {
                let d = Decision {
                    from_month: month,
                    levers,
                };
                month += gap;
                d
            })
            .collect();
        Decisions {
            format_version: FORMAT_VERSION,
            schedule,
        }
    })
}

fn unit(name: &str, v: Option<f64>) -> Result<(), TestCaseError> {
    if let Some(x) = v {
        prop_assert!((0.0..=1.0).contains(&x), "{} = {}", name, x);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn runs_are_well_formed(s in scenario(), d in decisions()) {
        prop_assert!(s.validate().is_ok(), "{:?}", s.validate());
        prop_assert!(d.validate().is_ok(), "{:?}", d.validate());
        let (run, sim) = run_with_final_state(&s, &d).unwrap();
        prop_assert_eq!(run.months.len() as u32, s.months);
        let mut cumulative = 0.0;
        let mut previous: Option<[u32; 6]> = None;
        for m in &run.months {
            // Nothing undefined or infinite in any exported number.
            for c in MONTHLY_COLUMNS {
                if let Some(v) = (c.value)(m) {
                    prop_assert!(v.is_finite(), "{} = {} in month {}", c.name, v, m.month);
                }
            }
            for seg in &m.segments {
                for v in [seg.satisfaction_mean, seg.retention_rate, seg.clv_mean].into_iter().flatten() {
                    prop_assert!(v.is_finite());
                }
                unit("segment retention", seg.retention_rate)?;
            }
            for v in m.clv_by_stage.to_array().into_iter().chain(m.clv_markov.to_array()).flatten() {
                prop_assert!(v.is_finite());
            }
            // Everybody in exactly one stage; flows account for everybody.
            let stages = m.stages.to_array();
            prop_assert_eq!(stages.iter().sum::<u32>(), s.market_size);
            prop_assert_eq!(m.flows.iter().flatten().sum::<u32>(), s.market_size);
            for (to, n) in stages.iter().enumerate() {
                prop_assert_eq!(*n, m.flows.iter().map(|row| row[to]).sum::<u32>());
            }
            if let Some(prev) = previous {
                for (from, n) in prev.iter().enumerate() {
                    prop_assert_eq!(*n, m.flows[from].iter().sum::<u32>());
                }
            }
            previous = Some(stages);
            // Rates within [0, 1].
            for (name, v) in [
                ("retention", m.retention_rate),
                ("annual retention", m.annual_retention),
                ("churn", m.churn_rate),
                ("recovery", m.recovery_rate),
                ("acquisition", m.kpis.acquisition_rate),
            ] {
                unit(name, v)?;
            }
            for v in m.repurchase_by_band.to_array() {
                unit("repurchase by band", v)?;
            }
            let shares = m.loyalty_matrix.to_array();
            for v in shares {
                unit("loyalty matrix", Some(v))?;
            }
            if m.active > 0 {
                prop_assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
                prop_assert_eq!(m.pyramid.to_array().iter().sum::<u32>(), m.active);
                prop_assert_eq!(m.satisfaction_bands.to_array().iter().sum::<u32>(), m.active);
            }
            // Scores within their scales, percentiles in order.
            for dist in [m.satisfaction, m.loyalty] {
                prop_assert!(dist.p10 <= dist.p50 && dist.p50 <= dist.p90);
                prop_assert!((0.0..=100.0).contains(&dist.mean) && dist.p90 <= 100.0);
            }
            // Money adds up.
            for (name, v) in m.books.cost_lines() {
                prop_assert!(v >= 0.0, "{} = {}", name, v);
            }
            prop_assert!(m.books.revenue >= 0.0);
            let costs: f64 = m.books.cost_lines().iter().map(|(_, v)| v).sum();
            prop_assert!((m.total_cost - costs).abs() <= 1e-9 * costs.max(1.0));
            prop_assert!((m.profit - (m.books.revenue - m.total_cost)).abs() <= 1e-9 * costs.max(1.0));
            cumulative += m.profit;
            prop_assert!((m.cumulative_profit - cumulative).abs() <= 1e-6 * cumulative.abs().max(1.0));
        }
        for c in sim.customers() {
            for v in [c.satisfaction, c.trust, c.switching_cost, c.loyalty] {
                prop_assert!((0.0..=100.0).contains(&v), "{:?}", c);
            }
            prop_assert!((0.0..=1.0).contains(&c.repurchase_prob));
            prop_assert!(c.clv.is_finite() && c.realised_value.is_finite() && c.expectation.is_finite());
        }
    }
}
