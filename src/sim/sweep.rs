//! Lever sweeps: each lever moved over its range, every other lever at its
//! value in a base policy, on one market over several seeds. What a student
//! who explores one slider at a time would see, in four numbers per point,
//! and where the calibration of the model is checked (MODEL.md §6 facts 1–2).

use super::levers::{Decisions, LeverSpec, Levers, LEVERS};
use super::metrics::{over_a_year, MonthReport};
use super::scenario::Scenario;
use super::validation::ValidationError;

/// The first month of the steady window: the first year, in which the
/// starting customer base settles, is left out of rates and means.
pub const STEADY_FROM: usize = 12;

/// One point of a sweep, averaged over the seeds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SweepPoint {
    /// The lever's value (its unit).
    pub value: f64,
    /// Cumulative profit over the horizon (¥).
    pub profit: f64,
    /// Mean satisfaction of active customers over the steady window (0–100).
    pub satisfaction: f64,
    /// Annual retention over the steady window: the mean monthly retention
    /// compounded over twelve months (0–1).
    pub annual_retention: f64,
    /// Customer equity at the end of the horizon (¥).
    pub customer_equity: f64,
}

/// A lever's sweep.
#[derive(Clone, Debug)]
pub struct LeverSweep {
    pub lever: &'static LeverSpec,
    /// The lever's value in the base policy.
    pub base: f64,
    pub points: Vec<SweepPoint>,
}

impl LeverSweep {
    /// Whether the lever changes nothing here: every point's figures are the
    /// same (a threshold of a programme that does not run, say).
    pub fn flat(&self) -> bool {
        let first = &self.points[0];
        self.points.iter().all(|p| {
            p.profit == first.profit
                && p.customer_equity == first.customer_equity
                && p.annual_retention == first.annual_retention
        })
    }

    /// The point with the highest cumulative profit.
    pub fn best(&self) -> &SweepPoint {
        self.points
            .iter()
            .max_by(|a, b| a.profit.total_cmp(&b.profit))
            .expect("a sweep has points")
    }
}

/// Mean monthly retention over the steady window compounded to a year (0–1).
pub fn annual_retention(months: &[MonthReport]) -> f64 {
    let w = steady(months);
    let n = w.iter().filter_map(|m| m.retention_rate).count().max(1) as f64;
    let mean = w.iter().filter_map(|m| m.retention_rate).sum::<f64>() / n;
    over_a_year(mean)
}

/// Mean satisfaction of active customers over the steady window (0–100).
pub fn mean_satisfaction(months: &[MonthReport]) -> f64 {
    let w = steady(months);
    w.iter().map(|m| m.satisfaction.mean).sum::<f64>() / w.len().max(1) as f64
}

fn steady(months: &[MonthReport]) -> &[MonthReport] {
    if months.len() > STEADY_FROM {
        &months[STEADY_FROM..]
    } else {
        months
    }
}

/// The four figures of one policy, averaged over `seeds`.
pub fn evaluate(
    scenario: &Scenario,
    levers: &Levers,
    seeds: &[u64],
) -> Result<SweepPoint, ValidationError> {
    let mut p = SweepPoint {
        value: 0.0,
        profit: 0.0,
        satisfaction: 0.0,
        annual_retention: 0.0,
        customer_equity: 0.0,
    };
    for &seed in seeds {
        let s = Scenario {
            seed,
            ..scenario.clone()
        };
        let run = super::run_unpaired(&s, &Decisions::constant(*levers))?;
        let last = run.last();
        p.profit += last.cumulative_profit;
        p.customer_equity += last.customer_equity;
        p.satisfaction += mean_satisfaction(&run.months);
        p.annual_retention += annual_retention(&run.months);
    }
    let n = seeds.len().max(1) as f64;
    p.profit /= n;
    p.customer_equity /= n;
    p.satisfaction /= n;
    p.annual_retention /= n;
    Ok(p)
}

/// Sweeps one lever over `points` evenly spaced values of its range (ends
/// included), the others as in `base`.
pub fn sweep_lever(
    scenario: &Scenario,
    base: &Levers,
    lever: &'static LeverSpec,
    points: usize,
    seeds: &[u64],
) -> Result<LeverSweep, ValidationError> {
    let points = points.max(2);
    let mut out = Vec::with_capacity(points);
    for k in 0..points {
        // Within the range to the last bit (0 + 6 × (0.1 / 6) is a hair
        // above 0.1), and without the binary noise of the division
        // (0.075, not 0.07500000000000001, in what is printed).
        let raw = lever.min + (lever.max - lever.min) * k as f64 / (points - 1) as f64;
        let value = ((raw * 1e9).round() / 1e9).clamp(lever.min, lever.max);
        let mut levers = *base;
        (lever.set)(&mut levers, value);
        out.push(SweepPoint {
            value,
            ..evaluate(scenario, &levers, seeds)?
        });
    }
    Ok(LeverSweep {
        lever,
        base: (lever.get)(base),
        points: out,
    })
}

/// Sweeps every numeric lever in turn.
pub fn sweep_all(
    scenario: &Scenario,
    base: &Levers,
    points: usize,
    seeds: &[u64],
) -> Result<Vec<LeverSweep>, ValidationError> {
    LEVERS
        .iter()
        .map(|l| sweep_lever(scenario, base, l, points, seeds))
        .collect()
}
