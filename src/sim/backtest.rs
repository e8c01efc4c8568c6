//! Does predicted CLV forecast? (MODEL.md §6 fact 13.) The customers active
//! at one month are followed for the rest of a long run: what they go on to
//! earn, discounted, is set against the sum of their predicted CLVs.
//!
//! What they earn is each customer's margin from the month after until it
//! first leaves (a customer who leaves and is later acquired again is a new
//! relationship, not the one that was forecast), discounted to the forecast
//! month at the scenario's rate; for those still with us at the end, their
//! predicted CLV then stands for the rest (discounted the same way).

use super::levers::Decisions;
use super::population::Customer;
use super::scenario::{Scenario, MAX_MONTHS};
use super::validation::ValidationError;
use super::{clv, Simulation};

/// What a backtest found (money in ¥ of the forecast month).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Backtest {
    /// The forecast month.
    pub at: u32,
    /// The last month followed.
    pub until: u32,
    /// Customers active at the forecast month.
    pub customers: u32,
    /// Their predicted CLVs summed (¥).
    pub predicted: f64,
    /// Their discounted margin over months `at+1 ..= until` while their
    /// relationship lasted (¥).
    pub realised: f64,
    /// The predicted CLV, at `until`, of those still with us then,
    /// discounted to `at` (¥).
    pub tail: f64,
    /// How many of them were still with us at `until`.
    pub still_active: u32,
}

impl Backtest {
    /// What they went on to earn: realised plus tail (¥).
    pub fn outcome(&self) -> f64 {
        self.realised + self.tail
    }

    /// Forecast error: predicted / outcome − 1 (0.05 = predicted 5% too high).
    pub fn error(&self) -> f64 {
        self.predicted / self.outcome() - 1.0
    }
}

/// Runs `scenario` (its horizon replaced by `until`) under `decisions` and
/// backtests the predicted CLVs of the customers active at month `at`.
/// Errors: an invalid scenario or decisions, or `at` not in `1..until`, or
/// `until` beyond the longest horizon.
pub fn backtest(
    scenario: &Scenario,
    decisions: &Decisions,
    at: u32,
    until: u32,
) -> Result<Backtest, ValidationError> {
    if until > MAX_MONTHS || at == 0 || at >= until {
        return Err(ValidationError::rule(
            "at",
            format!("the forecast month must be from 1 to before the last month ({until}, at most {MAX_MONTHS}), not {at}"),
        ));
    }
    decisions.validate()?;
    let scenario = Scenario {
        months: until,
        ..scenario.clone()
    };
    let mut sim = Simulation::new(&scenario)?;
    for m in 1..=at {
        sim.step(decisions.levers_for(m));
    }
    let cohort: Vec<usize> = (0..sim.customers().len())
        .filter(|&i| sim.customers()[i].stage.is_active())
        .collect();
    let predicted: f64 = cohort.iter().map(|&i| sim.customers()[i].clv).sum();
    let value_at = |c: &Customer| c.discounted_value;
    let start: Vec<f64> = cohort
        .iter()
        .map(|&i| value_at(&sim.customers()[i]))
        .collect();
    let mut end = start.clone();
    let mut with_us = vec![true; cohort.len()];
    for m in at + 1..=until {
        sim.step(decisions.levers_for(m));
        let customers = sim.customers();
        for (k, &i) in cohort.iter().enumerate() {
            if with_us[k] {
                end[k] = value_at(&customers[i]);
                with_us[k] = customers[i].stage.is_active();
            }
        }
    }
    // Month-0 yuan to yuan of the forecast month.
    let d = clv::monthly_rate(scenario.discount_rate);
    let to_at = libm::pow(1.0 + d, f64::from(at));
    let realised: f64 = start.iter().zip(&end).map(|(s, e)| e - s).sum::<f64>() * to_at;
    let back = libm::pow(1.0 + d, -f64::from(until - at));
    let customers = sim.customers();
    let (mut tail, mut still_active) = (0.0, 0);
    for (k, &i) in cohort.iter().enumerate() {
        if with_us[k] {
            tail += customers[i].clv * back;
            still_active += 1;
        }
    }
    Ok(Backtest {
        at,
        until,
        customers: cohort.len() as u32,
        predicted,
        realised,
        tail,
        still_active,
    })
}
