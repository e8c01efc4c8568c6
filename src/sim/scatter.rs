//! The loyalty-matrix scatter's sample: a few hundred active customers,
//! each with attitudinal loyalty and the chance of still buying a year
//! later, for the chart (the matrix's rules are in `loyalty`).

use super::metrics::over_a_year;
use super::population::Customer;

/// Active customers drawn in the loyalty-matrix scatter (an even sample).
pub const MATRIX_POINTS: usize = 600;

/// A customer in the loyalty-matrix scatter: attitudinal loyalty (0–100) and
/// the probability of still buying a year later (0–1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatrixPoint {
    pub loyalty: f32,
    pub repurchase_year: f32,
}

/// About [`MATRIX_POINTS`] of the `active` customers, for the scatter: every
/// k-th person of the whole market, active ones kept, with k = active /
/// MATRIX_POINTS. Striding over the market (not over the active customers)
/// visits only a k-th of it.
pub fn matrix_sample(customers: &[Customer], active: u32) -> Vec<MatrixPoint> {
    sample(customers, active, None)
}

/// As [`matrix_sample`], of firm `firm`'s `active` customers only (a
/// team's, in a market of several firms).
pub fn matrix_sample_of_firm(customers: &[Customer], active: u32, firm: u8) -> Vec<MatrixPoint> {
    sample(customers, active, Some(firm))
}

fn sample(customers: &[Customer], active: u32, firm: Option<u8>) -> Vec<MatrixPoint> {
    let stride = (active as usize).div_ceil(MATRIX_POINTS).max(1);
    customers
        .iter()
        .step_by(stride)
        .filter(|c| c.stage.is_active() && firm.is_none_or(|f| c.firm == f))
        .map(|c| MatrixPoint {
            loyalty: c.loyalty as f32,
            repurchase_year: over_a_year(c.repurchase_prob) as f32,
        })
        .collect()
}
