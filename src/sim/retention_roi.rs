//! The return on retention spend (客户维系投入回报), measured as the course
//! measures any policy: against the same run without it. The paired run has
//! the same scenario, seed and every other decision, with retention spend 0
//! in every month (common random numbers: every customer meets the same
//! luck in both), so the difference in profit is what the retention spend
//! caused, through every way it works (trust, switching cost, the direct
//! stay bonus; see `care`), over every month so far.
//!
//! `ROI = (cumulative profit − paired cumulative profit) / cumulative
//! retention cost`: 0.5 means each yuan of care brought back 1.5 yuan.

use super::levers::Decisions;
use super::metrics::{ratio, MonthReport};

/// The decisions of the paired run: the same, with no retention spend.
pub fn without_retention(decisions: &Decisions) -> Decisions {
    let mut d = decisions.clone();
    for step in &mut d.schedule {
        step.levers.set_mix(crate::sim::channels::Mix::default());
    }
    d
}

/// Whether the decisions spend anything on retention in any month.
pub fn spends_on_retention(decisions: &Decisions) -> bool {
    decisions
        .schedule
        .iter()
        .any(|d| d.levers.mix().has_contacts())
}

/// Fills in each month's `retention_roi` from the paired run's cumulative
/// profit in the same months (retention spend 0). Months before any
/// retention cost stay `None`.
pub fn attach(months: &mut [MonthReport], paired_cumulative_profit: &[f64]) {
    for (m, p) in months.iter_mut().zip(paired_cumulative_profit) {
        m.retention_roi = if m.cumulative_retention_cost > 0.0 {
            ratio(m.cumulative_profit - p, m.cumulative_retention_cost)
        } else {
            None
        };
    }
}

/// The cumulative profit of each month of a run.
pub fn cumulative_profits(months: &[MonthReport]) -> Vec<f64> {
    months.iter().map(|m| m.cumulative_profit).collect()
}
