//! The customer value matrix (客户价值矩阵): active customers placed by their
//! current value and their potential value, in four quadrants, each with the
//! course's recommended treatment.
//!
//! Current value is what the customer has brought so far: the contribution
//! realised over the relationship. Potential value is what the customer is
//! still expected to bring: the predicted CLV (future contribution,
//! discounted, given how likely they are to stay). A quadrant is "high" on an
//! axis when it is at or above the median of the active customers, so the
//! matrix always splits the base in halves on each axis.

use crate::sim::population::Customer;
use crate::sim::{Decisions, Scenario, Simulation, ValidationError};

/// The four quadrants, each with its recommended treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueQuadrant {
    /// High current and high potential value: the most valuable customers.
    /// Invest: first claim on retention and service, keep them at any
    /// reasonable cost.
    Invest,
    /// Low current but high potential value: new or growing relationships.
    /// Develop: invest selectively to grow spending and loyalty.
    Develop,
    /// High current but low potential value: past their peak or likely to
    /// leave. Maintain: keep serving them at a controlled cost, harvest the
    /// value that is there.
    Maintain,
    /// Low current and low potential value. Drop: the lowest-cost service,
    /// no retention spend.
    Drop,
}

impl ValueQuadrant {
    pub const ALL: [ValueQuadrant; 4] = [
        ValueQuadrant::Invest,
        ValueQuadrant::Develop,
        ValueQuadrant::Maintain,
        ValueQuadrant::Drop,
    ];

    /// The quadrant of a customer, given the two medians.
    pub fn of(current: f64, potential: f64, current_median: f64, potential_median: f64) -> Self {
        match (current >= current_median, potential >= potential_median) {
            (true, true) => ValueQuadrant::Invest,
            (false, true) => ValueQuadrant::Develop,
            (true, false) => ValueQuadrant::Maintain,
            (false, false) => ValueQuadrant::Drop,
        }
    }

    /// The name used in keys of the interface's words.
    pub fn name(self) -> &'static str {
        match self {
            ValueQuadrant::Invest => "invest",
            ValueQuadrant::Develop => "develop",
            ValueQuadrant::Maintain => "maintain",
            ValueQuadrant::Drop => "drop",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One customer on the matrix.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValuePoint {
    /// Contribution realised so far (¥).
    pub current: f64,
    /// Predicted CLV (¥).
    pub potential: f64,
    pub quadrant: ValueQuadrant,
}

/// The matrix of a population's active customers.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueMatrix {
    pub current_median: f64,
    pub potential_median: f64,
    /// Active customers per quadrant, in [`ValueQuadrant::ALL`] order.
    pub counts: [u32; 4],
    /// Mean predicted CLV per quadrant (¥; 0 for an empty quadrant).
    pub mean_potential: [f64; 4],
    /// Mean realised contribution per quadrant (¥).
    pub mean_current: [f64; 4],
    /// Up to `sample` customers, evenly spread over the population, for a
    /// scatter plot.
    pub points: Vec<ValuePoint>,
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

impl ValueMatrix {
    /// The matrix of the active customers in `customers`, with a scatter
    /// sample of at most `sample` points.
    pub fn of(customers: &[Customer], sample: usize) -> ValueMatrix {
        let active: Vec<&Customer> = customers.iter().filter(|c| c.stage.is_active()).collect();
        let current_median = median(active.iter().map(|c| c.realised_value).collect());
        let potential_median = median(active.iter().map(|c| c.clv).collect());
        let mut counts = [0u32; 4];
        let mut sum_current = [0.0; 4];
        let mut sum_potential = [0.0; 4];
        let step = (active.len() / sample.max(1)).max(1);
        let mut points = Vec::with_capacity(sample.min(active.len()));
        for (i, c) in active.iter().enumerate() {
            let q = ValueQuadrant::of(c.realised_value, c.clv, current_median, potential_median);
            counts[q.index()] += 1;
            sum_current[q.index()] += c.realised_value;
            sum_potential[q.index()] += c.clv;
            if i % step == 0 && points.len() < sample {
                points.push(ValuePoint {
                    current: c.realised_value,
                    potential: c.clv,
                    quadrant: q,
                });
            }
        }
        let mean = |s: [f64; 4]| {
            let mut m = [0.0; 4];
            for k in 0..4 {
                if counts[k] > 0 {
                    m[k] = s[k] / f64::from(counts[k]);
                }
            }
            m
        };
        ValueMatrix {
            current_median,
            potential_median,
            counts,
            mean_potential: mean(sum_potential),
            mean_current: mean(sum_current),
            points,
        }
    }

    /// Active customers counted.
    pub fn active(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Each quadrant's share of the active customers (0 when none).
    pub fn shares(&self) -> [f64; 4] {
        let n = f64::from(self.active().max(1));
        self.counts.map(|c| f64::from(c) / n)
    }
}

/// The matrix at the end of every month of a run: a month's matrix is read
/// off the customers as they stand after that month, so a slider over the
/// months needs no rerun.
pub fn over_run(
    scenario: &Scenario,
    decisions: &Decisions,
    sample: usize,
) -> Result<Vec<ValueMatrix>, ValidationError> {
    decisions.validate()?;
    let mut sim = Simulation::new(scenario)?;
    Ok((1..=scenario.months)
        .map(|m| {
            sim.step(decisions.levers_for(m));
            ValueMatrix::of(sim.customers(), sample)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Levers, Scenario, Simulation};

    #[test]
    fn quadrants_split_at_the_medians() {
        assert_eq!(ValueQuadrant::of(5.0, 5.0, 5.0, 5.0), ValueQuadrant::Invest);
        assert_eq!(
            ValueQuadrant::of(1.0, 9.0, 5.0, 5.0),
            ValueQuadrant::Develop
        );
        assert_eq!(
            ValueQuadrant::of(9.0, 1.0, 5.0, 5.0),
            ValueQuadrant::Maintain
        );
        assert_eq!(ValueQuadrant::of(1.0, 1.0, 5.0, 5.0), ValueQuadrant::Drop);
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(vec![]), 0.0);
    }

    #[test]
    fn a_simulated_base_fills_every_quadrant() {
        let scenario = Scenario {
            market_size: 3000,
            months: 24,
            seed: 5,
            ..Scenario::default()
        };
        let mut sim = Simulation::new(&scenario).unwrap();
        for _ in 0..24 {
            sim.step(&Levers::default());
        }
        let m = ValueMatrix::of(sim.customers(), 300);
        let active = sim
            .customers()
            .iter()
            .filter(|c| c.stage.is_active())
            .count();
        assert_eq!(m.active() as usize, active);
        assert!(m.points.len() <= 300 && m.points.len() > 100);
        for q in ValueQuadrant::ALL {
            assert!(m.counts[q.index()] > 0, "{q:?} is empty: {:?}", m.counts);
        }
        // Half of the base on each side of each median (ties aside).
        let high_current = m.counts[0] + m.counts[2];
        assert!((f64::from(high_current) / active as f64 - 0.5).abs() < 0.05);
        // The invest quadrant is worth more ahead than the drop quadrant.
        assert!(m.mean_potential[0] > m.mean_potential[3]);
        assert!(m.mean_current[2] > m.mean_current[1]);
        assert!((m.shares().iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn over_a_run_current_value_builds_up_and_repeats_for_a_seed() {
        let scenario = Scenario {
            market_size: 2000,
            months: 12,
            seed: 9,
            ..Scenario::default()
        };
        let decisions = Decisions::constant(Levers::default());
        let months = over_run(&scenario, &decisions, 200).unwrap();
        assert_eq!(months.len(), 12);
        // Realised value accumulates: the median customer has brought more
        // by the end than after the first month.
        assert!(months[11].current_median > months[0].current_median);
        assert_eq!(months, over_run(&scenario, &decisions, 200).unwrap());
        let bad = Levers {
            price: -1.0,
            ..Levers::default()
        };
        assert!(over_run(&scenario, &Decisions::constant(bad), 200).is_err());
    }
}
