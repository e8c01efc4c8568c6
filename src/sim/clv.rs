//! Customer lifetime value (客户终生价值, CLV) three ways, and customer equity
//! (客户资产). MODEL.md §2 and stylized fact 8.
//!
//! All three use the same timing: a margin `m` is earned at the end of each
//! period the customer survives, surviving with probability `r`, and future
//! money is discounted at rate `d` per period. Then
//! `CLV = Σ_{t≥1} m·rᵗ/(1+d)ᵗ = m·r/(1+d−r)`.
//!
//! 1. [`closed_form`] / [`finite_horizon`]: the textbook formula, for constant
//!    margin and retention (the CLV calculator, `crm-lab clv`).
//! 2. [`predicted_path`]: each customer's CLV from its own monthly
//!    repurchase probability (counting every way it may leave, complaints
//!    included) and its margin path: a customer still trying us out or
//!    growing is expected to buy more as it matures (cross- and up-buying),
//!    at the pace the run has shown so far. Customer equity is the sum of
//!    these over active customers; prospects are not counted (they are not
//!    customers yet and may never be).
//!
//! Why the three disagree: the closed form at the *average* margin and
//! retention is not the average of customers' CLVs, because `r/(1+d−r)` is
//! convex in r (the loyal few are worth far more than the average suggests);
//! and the Markov-chain CLV is that of a *new* customer, many of whom leave
//! early, while the predicted CLVs are those of customers who have already
//! stayed.
//! 3. [`markov_clv`]: Pfeifer & Carraway's Markov-chain CLV over lifecycle
//!    stages, `V = Σ_{t≥1} (P/(1+d))ᵗ R`, where P is the transition matrix
//!    observed in the run so far and R the average margin earned in each stage.

use super::churn::Risk;
use super::context::{MonthContext, SegmentMonth, StagePaths};
use super::metrics::MONTHS_PER_YEAR;
use super::population::Customer;
use super::spending;
use super::stage::Stage;
use super::tally::ChainCounts;

/// The margin multiple `r/(1+d−r)`: CLV per unit of margin.
pub fn margin_multiple(retention: f64, discount: f64) -> f64 {
    retention / (1.0 + discount - retention)
}

/// Closed-form CLV for constant margin, retention and discount rate, over an
/// infinite horizon: `m·r/(1+d−r)`.
pub fn closed_form(margin: f64, retention: f64, discount: f64) -> f64 {
    margin * margin_multiple(retention, discount)
}

/// Closed-form CLV over `periods` periods: `m·x·(1−xⁿ)/(1−x)` with `x = r/(1+d)`.
pub fn finite_horizon(margin: f64, retention: f64, discount: f64, periods: u32) -> f64 {
    let x = retention / (1.0 + discount);
    if (1.0 - x).abs() < 1e-12 {
        return margin * f64::from(periods);
    }
    let mut xn = 1.0;
    for _ in 0..periods {
        xn *= x;
    }
    margin * x * (1.0 - xn) / (1.0 - x)
}

/// The monthly rate equivalent to a yearly discount rate.
pub fn monthly_rate(yearly: f64) -> f64 {
    libm::pow(1.0 + yearly, 1.0 / f64::from(MONTHS_PER_YEAR)) - 1.0
}

/// A customer's predicted CLV from a constant monthly margin and monthly
/// repurchase probability, at the monthly discount rate: the closed form.
#[inline]
pub fn predicted(monthly_margin: f64, repurchase_prob: f64, monthly_discount: f64) -> f64 {
    closed_form(monthly_margin, repurchase_prob, monthly_discount)
}

/// Predicted CLV (¥) of a customer whose monthly margin (¥) moves from `now`
/// towards `later`, closing a share `progress` (0–1) of the gap each month
/// (the chance of moving on to the next stage), who stays each month with
/// probability `r` and whose money is discounted at `d` per month:
/// `Σ_{t≥1} xᵗ·(later + (now − later)·(1 − progress)ᵗ)` with `x = r/(1+d)`,
/// that is `later·x/(1−x) + (now − later)·x·a/(1 − x·a)`, `a = 1 − progress`.
/// Equals [`predicted`] when `now == later`.
#[inline]
pub fn predicted_path(now: f64, later: f64, progress: f64, r: f64, d: f64) -> f64 {
    let x = r / (1.0 + d);
    let a = 1.0 - progress;
    later * x / (1.0 - x) + (now - later) * x * a / (1.0 - x * a)
}

/// Monthly chance of moving on from acquisition to growth, and from growth to
/// maturity, before a run has shown any (a customer trying us out for
/// `lifecycle::TRIAL_MONTHS`, growing for about a year).
pub const PROGRESS_AT_START: [f64; 2] = [1.0 / 3.0, 1.0 / 12.0];

/// Monthly retention of a customer kept for good, for the value a firm
/// stands to lose (`value_at_risk`): a loyal customer's, 98% a month (about
/// 78% a year; teaching choice).
pub const KEPT_RETENTION: f64 = 0.98;

/// Step 6 for a customer who stays: its predicted CLV (margin path at its
/// stage, every way of leaving counted), its pyramid tier, and its value at
/// risk (the CLV a firm stands to lose this month without care).
#[inline]
pub fn step(c: &mut Customer, ctx: &MonthContext, seg: &SegmentMonth, targeted: bool, risk: &Risk) {
    let fixed = spending::fixed_cost(ctx, targeted);
    let at = |stage| {
        seg.monthly_spend * seg.unit_margin * spending::stage_multiple(stage, c.loyalty) - fixed
    };
    let k = c.stage as usize - 1;
    let now = at(c.stage);
    let progress = ctx.paths.progress[k];
    let later = if progress > 0.0 {
        at(Stage::Maturity)
    } else {
        now
    };
    // predicted_path, with the month's shared parts computed once.
    let x = (1.0 - risk.expected) * ctx.paths.discount;
    let steady = x / (1.0 - x);
    c.clv = if progress > 0.0 {
        let xa = x * (1.0 - progress);
        later * steady + (now - later) * xa / (1.0 - xa)
    } else {
        now * steady
    };
    c.tier = ctx.cuts.tier(c.clv);
    // What keeping it would be worth: its margin path at a loyal customer's
    // retention (its own CLV already counts its risk of leaving, so risk ×
    // CLV would count the risk twice and rank the safe ones up).
    let (kept_steady, kept_moving) = ctx.paths.kept[k];
    let kept = later * kept_steady + (now - later) * kept_moving;
    c.value_at_risk = (risk.uncared * kept.max(0.0)) as f32;
    c.churn_risk = risk.uncared as f32;
}

/// The month's parts of predicted CLV by active stage, from the run's pace
/// of moving on (acquisition → growth, growth → maturity) and the monthly
/// discount rate.
pub fn stage_paths(progress: [f64; 2], monthly_discount: f64) -> StagePaths {
    let [a, g] = progress;
    // Time to maturity is the trial plus the growth: rates combine like
    // resistances in series.
    let from_acquisition = if a > 0.0 && g > 0.0 {
        a * g / (a + g)
    } else {
        0.0
    };
    let progress = [from_acquisition, g, 0.0, 0.0];
    let discount = 1.0 / (1.0 + monthly_discount);
    let x = KEPT_RETENTION * discount;
    let kept = progress.map(|p| {
        let xa = x * (1.0 - p);
        (x / (1.0 - x), xa / (1.0 - xa))
    });
    StagePaths {
        progress,
        discount,
        kept,
    }
}

/// Markov-chain CLV: the value of starting in each state, for a (sub)stochastic
/// transition matrix `p` (rows: from, columns: to; a row may sum to less than
/// one where customers leave the chain for good) and a margin per state.
/// Solves `(I − P/(1+d)) V = (P/(1+d)) R`. `None` if the system is singular.
// Index loops read as the textbook's elimination steps.
#[allow(clippy::needless_range_loop)]
pub fn markov_clv<const N: usize>(
    p: &[[f64; N]; N],
    reward: &[f64; N],
    discount: f64,
) -> Option<[f64; N]> {
    let k = 1.0 / (1.0 + discount);
    // Augmented matrix [I − kP | kPR].
    let mut a = [[0.0; N]; N];
    let mut b = [0.0; N];
    for i in 0..N {
        for j in 0..N {
            a[i][j] = if i == j { 1.0 } else { 0.0 } - k * p[i][j];
            b[i] += k * p[i][j] * reward[j];
        }
    }
    // Gaussian elimination with partial pivoting: deterministic operation order.
    for col in 0..N {
        let mut pivot = col;
        for row in col + 1..N {
            if a[row][col].abs() > a[pivot][col].abs() {
                pivot = row;
            }
        }
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..N {
            let f = a[row][col] / a[col][col];
            for c in col..N {
                a[row][c] -= f * a[col][c];
            }
            b[row] -= f * b[col];
        }
    }
    let mut v = [0.0; N];
    for i in (0..N).rev() {
        let mut s = b[i];
        for j in i + 1..N {
            s -= a[i][j] * v[j];
        }
        v[i] = s / a[i][i];
    }
    Some(v)
}

/// Monthly chance that a customer who stays moves on from acquisition to
/// growth, and from growth to maturity, as seen so far (before any is
/// seen, `PROGRESS_AT_START`).
pub fn progress(chain: &ChainCounts) -> [f64; 2] {
    let mut out = PROGRESS_AT_START;
    for (k, slot) in out.iter_mut().enumerate() {
        let stayed = chain.row_totals[k] - chain.counts[k][4];
        if chain.counts[k][k + 1] > 0 && stayed > 0 {
            *slot = chain.counts[k][k + 1] as f64 / stayed as f64;
        }
    }
    out
}

/// Markov-chain CLV of each active stage (`None` for a stage not seen yet).
pub fn markov_by_stage(chain: &ChainCounts, monthly_discount: f64) -> [Option<f64>; 4] {
    let mut p = [[0.0; 5]; 5];
    let mut reward = [0.0; 5];
    for (i, row) in p.iter_mut().enumerate() {
        let total = chain.row_totals[i];
        if total > 0 {
            for (cell, &n) in row.iter_mut().zip(&chain.counts[i]) {
                *cell = n as f64 / total as f64;
            }
        }
        if chain.months[i] > 0 {
            reward[i] = chain.margin[i] / chain.months[i] as f64;
        }
    }
    let values = markov_clv(&p, &reward, monthly_discount);
    let mut out = [None; 4];
    if let Some(v) = values {
        for k in 0..4 {
            if chain.row_totals[k] > 0 && v[k].is_finite() {
                out[k] = Some(v[k]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finite_horizon_approaches_the_closed_form() {
        let inf = closed_form(100.0, 0.8, 0.1);
        let f1 = finite_horizon(100.0, 0.8, 0.1, 1);
        assert!((f1 - 100.0 * 0.8 / 1.1).abs() < 1e-9);
        assert!(finite_horizon(100.0, 0.8, 0.1, 5) < inf);
        assert!((finite_horizon(100.0, 0.8, 0.1, 500) - inf).abs() < 1e-9);
        assert_eq!(finite_horizon(10.0, 1.0, 0.0, 7), 70.0);
    }

    #[test]
    fn markov_chain_with_one_active_state_is_the_closed_form() {
        let (m, r, d) = (1.0, 0.8, 0.1);
        let p = [[r, 1.0 - r], [0.0, 1.0]];
        let v = markov_clv(&p, &[m, 0.0], d).unwrap();
        assert!((v[0] - closed_form(m, r, d)).abs() < 1e-12);
        assert!(v[1].abs() < 1e-12);
    }

    #[test]
    fn markov_chain_values_growth_ahead() {
        // New customers (state 0) become mature ones (state 1) who earn more.
        let p = [[0.5, 0.4, 0.1], [0.0, 0.9, 0.1], [0.0, 0.0, 1.0]];
        let v = markov_clv(&p, &[1.0, 3.0, 0.0], 0.01).unwrap();
        assert!(v[1] > v[0] && v[0] > 0.0);
    }

    #[test]
    fn a_margin_path_is_its_months_summed() {
        let (now, later, p, r, d) = (10.0, 30.0, 0.1, 0.95, 0.01);
        let mut sum = 0.0;
        let mut x = 1.0;
        let mut a = 1.0;
        for _ in 0..5000 {
            x *= r / (1.0 + d);
            a *= 1.0 - p;
            sum += x * (later + (now - later) * a);
        }
        assert!((predicted_path(now, later, p, r, d) - sum).abs() < 1e-9);
        assert!((predicted_path(7.0, 7.0, 0.3, r, d) - predicted(7.0, r, d)).abs() < 1e-9);
        assert!(predicted_path(now, later, p, r, d) > predicted(now, r, d));
    }

    #[test]
    fn monthly_rate_compounds_to_the_yearly_rate() {
        let m = monthly_rate(0.12);
        let mut y = 1.0;
        for _ in 0..12 {
            y *= 1.0 + m;
        }
        assert!((y - 1.12).abs() < 1e-12);
    }
}
