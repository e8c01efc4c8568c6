//! Trust, switching cost and attitudinal loyalty (客户忠诚; MODEL.md §5 step 4),
//! and the loyalty matrix (客户忠诚矩阵).
//!
//! Attitudinal loyalty follows the course's index system of loyalty drivers:
//! perceived value (A1), satisfaction (A2), switching cost (A3) and trust (A4),
//! combined with AHP weights (层次分析法; see [`DRIVER_WEIGHTS`]). Retention
//! spend builds trust and switching cost with diminishing returns ([`care`]);
//! tenure builds switching cost too (habits, stored data, relationships).
//! Behavioural loyalty is the repurchase probability set in `churn`; the
//! loyalty matrix crosses the two.

use serde::{Deserialize, Serialize};

use super::context::{MonthContext, SegmentMonth};
use super::delivered_value;
use super::population::Customer;

/// AHP weights of the loyalty drivers A1 perceived value, A2 satisfaction,
/// A3 switching cost, A4 trust: the principal eigenvector of the pairwise
/// judgement matrix
///
/// ```text
///        A1   A2   A3   A4
///  A1 [  1   1/2   2    1  ]
///  A2 [  2    1    3    2  ]
///  A3 [ 1/2  1/3   1   1/2 ]
///  A4 [  1   1/2   2    1  ]
/// ```
///
/// (satisfaction matters most, switching cost least; consistency ratio ≈ 0.004).
pub const DRIVER_WEIGHTS: [f64; 4] = [0.2270, 0.4236, 0.1223, 0.2270];

/// The pairwise judgement matrix behind [`DRIVER_WEIGHTS`].
pub const DRIVER_JUDGEMENTS: [[f64; 4]; 4] = [
    [1.0, 0.5, 2.0, 1.0],
    [2.0, 1.0, 3.0, 2.0],
    [0.5, 1.0 / 3.0, 1.0, 0.5],
    [1.0, 0.5, 2.0, 1.0],
];

/// Trust a customer settles at with no care and basic satisfaction (0–100).
pub const TRUST_BASE: f64 = 35.0;
/// Trust points full care adds to where trust settles (care mechanism 1;
/// Morgan & Hunt 1994). Teaching choice.
pub const TRUST_FROM_CARE: f64 = 40.0;
/// Switching cost with no care and no tenure (0–100).
pub const SWITCHING_BASE: f64 = 10.0;
/// Switching-cost points full care (programme benefits) adds (care
/// mechanism 2). Teaching choice.
pub const SWITCHING_FROM_CARE: f64 = 45.0;
/// Switching-cost points two years of tenure add (habits, stored data,
/// relationships). Teaching choice.
pub const SWITCHING_FROM_TENURE: f64 = 25.0;
/// Share of the way trust moves towards its target each month.
pub const TRUST_SPEED: f64 = 0.15;
/// Share of the way switching cost moves each month (it builds slowly).
pub const SWITCHING_SPEED: f64 = 0.08;
/// Share of the way attitudinal loyalty moves each month.
pub const LOYALTY_SPEED: f64 = 0.15;
/// Perceived value points (0–100) per quality point of relative delivered value.
pub const VALUE_POINTS: f64 = 8.0;

/// Step 4: trust and switching cost move with care and experience, and
/// attitudinal loyalty moves towards what its drivers point to, perceived
/// value judged on this month's perceived quality.
#[inline]
pub fn step(c: &mut Customer, ctx: &MonthContext, seg: &SegmentMonth, care: f64, perceived: f64) {
    update_trust(&mut c.trust, care, c.satisfaction);
    let points_hold = super::programme::points_hold(c, seg.monthly_spend);
    update_switching_cost(&mut c.switching_cost, care, c.tenure, points_hold);
    let cdv = delivered_value::relative_cdv(perceived, ctx.competitor_quality, seg.price_value)
        - seg.rival_gap;
    update_loyalty(
        &mut c.loyalty,
        attitude(
            perceived_value(cdv),
            c.satisfaction,
            c.switching_cost,
            c.trust,
        ),
    );
}

/// Perceived value (A1, 0–100) from the customer's relative delivered value.
#[inline]
pub fn perceived_value(relative_cdv: f64) -> f64 {
    (50.0 + VALUE_POINTS * relative_cdv).clamp(0.0, 100.0)
}

/// Attitudinal loyalty (0–100) the drivers point to.
#[inline]
pub fn attitude(perceived_value: f64, satisfaction: f64, switching_cost: f64, trust: f64) -> f64 {
    DRIVER_WEIGHTS[0] * perceived_value
        + DRIVER_WEIGHTS[1] * satisfaction
        + DRIVER_WEIGHTS[2] * switching_cost
        + DRIVER_WEIGHTS[3] * trust
}

/// Moves trust towards what care and satisfaction justify.
#[inline]
pub fn update_trust(trust: &mut f64, care: f64, satisfaction: f64) {
    let target =
        (TRUST_BASE + TRUST_FROM_CARE * care + 0.5 * (satisfaction - 50.0)).clamp(0.0, 100.0);
    *trust += TRUST_SPEED * (target - *trust);
}

/// Moves switching cost towards what care (the relationship), tenure and
/// the programme (`points_hold`: points to lose, the gold card) build up.
#[inline]
pub fn update_switching_cost(switching_cost: &mut f64, care: f64, tenure: u16, points_hold: f64) {
    let settled = f64::from(tenure.min(24)) * (1.0 / 24.0);
    let target = (SWITCHING_BASE
        + SWITCHING_FROM_CARE * care
        + SWITCHING_FROM_TENURE * settled
        + points_hold)
        .min(100.0);
    *switching_cost += SWITCHING_SPEED * (target - *switching_cost);
}

/// Moves attitudinal loyalty towards what its drivers point to.
#[inline]
pub fn update_loyalty(loyalty: &mut f64, drivers_point_to: f64) {
    *loyalty = (*loyalty + LOYALTY_SPEED * (drivers_point_to - *loyalty)).clamp(0.0, 100.0);
}

/// Attitudinal loyalty at or above this is "high attitude" in the matrix.
pub const HIGH_ATTITUDE: f64 = 50.0;
/// Monthly repurchase probability at or above this is "high repeat behaviour":
/// a one-in-two chance of still buying a year later (0.5^(1/12)).
pub const HIGH_REPURCHASE: f64 = 0.943_874_312_681_693_5;

/// The loyalty matrix: attitude × repeat behaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// 忠诚: high attitude, high repeat.
    Loyal = 0,
    /// 潜伏忠诚: high attitude, low repeat (would stay, something stops it).
    Latent = 1,
    /// 虚假忠诚: low attitude, high repeat (stays for lack of choice or by habit).
    Spurious = 2,
    /// 不忠诚: low attitude, low repeat.
    None = 3,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Loyal,
        Quadrant::Latent,
        Quadrant::Spurious,
        Quadrant::None,
    ];

    #[inline]
    pub fn of(loyalty: f64, repurchase_prob: f64) -> Quadrant {
        Quadrant::ALL[Quadrant::index(loyalty, repurchase_prob)]
    }

    /// The quadrant's index in [`Quadrant::ALL`], without branches.
    #[inline]
    pub fn index(loyalty: f64, repurchase_prob: f64) -> usize {
        2 * usize::from(loyalty < HIGH_ATTITUDE) + usize::from(repurchase_prob < HIGH_REPURCHASE)
    }

    pub fn name(self) -> &'static str {
        match self {
            Quadrant::Loyal => "loyal",
            Quadrant::Latent => "latent",
            Quadrant::Spurious => "spurious",
            Quadrant::None => "none",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_the_principal_eigenvector_of_the_judgements() {
        // Power iteration on the judgement matrix.
        let a = DRIVER_JUDGEMENTS;
        let mut x = [0.25; 4];
        for _ in 0..100 {
            let mut y = [0.0; 4];
            for (yi, row) in y.iter_mut().zip(&a) {
                *yi = row.iter().zip(&x).map(|(aij, xj)| aij * xj).sum();
            }
            let s: f64 = y.iter().sum();
            x = y.map(|v| v / s);
        }
        for (w, e) in DRIVER_WEIGHTS.iter().zip(&x) {
            assert!((w - e).abs() < 1e-4, "{DRIVER_WEIGHTS:?} vs {x:?}");
        }
        // Consistent judgements: CR = (λmax − n)/(n − 1) / RI(4) < 0.1.
        let lambda: f64 = (0..4)
            .map(|i| a[i].iter().zip(&x).map(|(aij, xj)| aij * xj).sum::<f64>() / x[i])
            .sum::<f64>()
            / 4.0;
        let cr = (lambda - 4.0) / 3.0 / 0.90;
        assert!(cr < 0.1, "CR {cr}");
    }

    #[test]
    fn care_builds_trust_and_switching_cost() {
        use crate::sim::care::care_level as care;
        let (mut t0, mut t1) = (40.0, 40.0);
        let (mut s0, mut s1) = (10.0, 10.0);
        for _ in 0..24 {
            update_trust(&mut t0, care(0.0), 60.0);
            update_trust(&mut t1, care(10.0), 60.0);
            update_switching_cost(&mut s0, care(0.0), 12, 0.0);
            update_switching_cost(&mut s1, care(10.0), 12, 0.0);
        }
        assert!(t1 > t0 + 10.0);
        assert!(s1 > s0 + 10.0);
    }

    #[test]
    fn matrix_quadrants() {
        assert_eq!(Quadrant::of(70.0, 0.99), Quadrant::Loyal);
        assert_eq!(Quadrant::of(70.0, 0.80), Quadrant::Latent);
        assert_eq!(Quadrant::of(30.0, 0.99), Quadrant::Spurious);
        assert_eq!(Quadrant::of(30.0, 0.80), Quadrant::None);
        let mut p = 1.0;
        for _ in 0..12 {
            p *= HIGH_REPURCHASE;
        }
        assert!((p - 0.5).abs() < 1e-12);
    }
}
