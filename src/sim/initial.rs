//! The market at month 0: who is already our customer, at which stage of
//! the lifecycle and how they feel about us; everybody else a prospect.

use rand::Rng;

use super::lifecycle::{DECLINE_BELOW, MATURITY_TENURE, TRIAL_MONTHS};
use super::population::{pick_segment, Customer, LastingTraits};
use super::rng::{Purpose, Streams};
use super::scenario::Scenario;
use super::stage::Stage;
use super::{loyalty, satisfaction};

/// The market at month 0: `initial_customers` of it are our customers, spread
/// over the lifecycle by tenure (up to three years); the rest are prospects.
pub fn initial_population(scenario: &Scenario, streams: &Streams) -> Vec<Customer> {
    (0..scenario.market_size as usize)
        .map(|id| {
            let draws = streams.customer_month(id, 0);
            let mut rng = draws.stream(Purpose::Init);
            let segment = pick_segment(scenario, rng.gen::<f64>());
            let mut c = Customer::prospect(segment);
            if rng.gen::<f64>() < scenario.initial_customers {
                let seg = &scenario.segments[segment as usize];
                let tenure: u16 = rng.gen_range(1..=36);
                c.tenure = tenure;
                c.stage = match tenure {
                    t if t < TRIAL_MONTHS => Stage::Acquisition,
                    t if t < MATURITY_TENURE => Stage::Growth,
                    _ if rng.gen::<f64>() < 0.15 => Stage::Decline,
                    _ => Stage::Maturity,
                };
                let traits = LastingTraits::of(streams, id);
                c.taste = traits.taste;
                c.inertia = traits.inertia(seg.inertia);
                c.expectation = satisfaction::market_standard(
                    seg.quality_expectation,
                    scenario.competitor_quality,
                    scenario.competition,
                );
                let settled = f64::from(tenure.min(24)) / 24.0;
                c.satisfaction = (55.0 + 10.0 * c.taste).clamp(0.0, 100.0);
                c.trust = 40.0 + 15.0 * settled;
                c.switching_cost = 15.0 + 15.0 * settled;
                // Value on a par with the rival's.
                let value = loyalty::perceived_value(0.0);
                c.loyalty = loyalty::attitude(value, c.satisfaction, c.switching_cost, c.trust);
                if c.stage == Stage::Decline {
                    c.satisfaction = c.satisfaction.min(DECLINE_BELOW);
                    c.loyalty = c.loyalty.min(DECLINE_BELOW);
                }
                c.repurchase_prob = 0.97;
            }
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initial_population_matches_the_scenario() {
        let s = Scenario::default();
        let pop = initial_population(&s, &Streams::new(s.seed));
        assert_eq!(pop.len(), s.market_size as usize);
        let active = pop.iter().filter(|c| c.stage.is_active()).count() as f64;
        let share = active / pop.len() as f64;
        assert!((share - s.initial_customers).abs() < 0.02, "{share}");
        for (i, seg) in s.segments.iter().enumerate() {
            let n = pop.iter().filter(|c| c.segment as usize == i).count() as f64;
            assert!((n / pop.len() as f64 - seg.share).abs() < 0.02);
        }
        assert!(pop.iter().all(|c| c.stage != Stage::Churned));
    }
}
