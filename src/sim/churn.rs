//! Repurchase and churn (MODEL.md §5 step 4–5): loyalty and competitive
//! intensity set each customer's monthly repurchase (retention) probability.
//!
//! A customer weighs its relationship with us, the *stay score*
//! `Z = 0.5·satisfaction + 0.3·loyalty + 0.2·switching cost + care bonus`
//! (0–100), against the bar the rival's offer sets. The bar rises with
//! competitive intensity: where competitors are strong, only customers well
//! above it (in practice the completely satisfied) are safe, and the merely
//! satisfied leave in numbers; where there is little competition the bar is
//! low and even dissatisfied customers keep buying (Jones & Sasser 1995).
//! The pull of the rival (the most churn can reach) also grows with
//! competition and shrinks with the segment's inertia.
//!
//! A complaint is a moment of truth: the complainant reconsiders with the
//! rival's full pull, whatever its inertia, so how the complaint was handled
//! decides most of whether it stays.

/// Churn that happens whatever we do (moving away, life events), per month.
pub const BASE_CHURN: f64 = 0.004;
/// The most extra monthly churn the rival's pull can cause.
pub const MAX_PULL: f64 = 0.30;
/// The rival's bar with no competition at all.
pub const BAR_BASE: f64 = 20.0;
/// How far the bar rises from no competition to fierce competition.
pub const BAR_COMPETITION: f64 = 42.0;
/// Steepness of the churn curve around the bar (per stay-score point).
pub const STEEPNESS: f64 = 0.25;
/// Stay-score points that full care (loyalty programme benefits) adds directly.
pub const CARE_BONUS: f64 = 6.0;
/// A complainant's rival pull at no competition and at fierce competition.
pub const COMPLAINT_PULL: [f64; 2] = [0.35, 0.85];
/// How far a complaint raises the rival's bar: the failure has just shown
/// the customer what it might get elsewhere.
pub const COMPLAINT_BAR_SHIFT: f64 = 16.0;

/// The stay score Z (0–100) of a customer.
#[inline]
pub fn stay_score(satisfaction: f64, loyalty: f64, switching_cost: f64, care: f64) -> f64 {
    0.5 * satisfaction + 0.3 * loyalty + 0.2 * switching_cost + CARE_BONUS * care
}

/// The rival's bar at a competitive intensity (0–1).
#[inline]
pub fn rival_bar(competition: f64) -> f64 {
    BAR_BASE + BAR_COMPETITION * competition
}

/// The rival's pull on a segment (0–1): competition damped by inertia.
#[inline]
pub fn rival_pull(competition: f64, inertia: f64) -> f64 {
    competition * (1.0 - inertia)
}

/// A complainant's rival pull: inertia no longer protects.
#[inline]
pub fn complaint_pull(competition: f64) -> f64 {
    COMPLAINT_PULL[0] + (COMPLAINT_PULL[1] - COMPLAINT_PULL[0]) * competition
}

/// Monthly churn probability for a stay score, bar and pull.
#[inline]
pub fn churn_prob(stay_score: f64, bar: f64, pull: f64) -> f64 {
    churn_prob_from_odds(odds_against(stay_score, bar), pull)
}

/// `exp(−k·(bar − Z))`: how far the stay score clears the bar, as odds.
/// Splitting it out lets a caller shift Z by a constant for the price of a
/// multiplication: `odds_against(Z − b, bar) = odds_against(Z, bar) · exp(−k·b)`.
#[inline]
pub fn odds_against(stay_score: f64, bar: f64) -> f64 {
    super::fast_exp::exp(-STEEPNESS * (bar - stay_score))
}

/// [`churn_prob`] from [`odds_against`].
#[inline]
pub fn churn_prob_from_odds(odds_against: f64, pull: f64) -> f64 {
    let below = 1.0 / (1.0 + odds_against);
    BASE_CHURN + (1.0 - BASE_CHURN) * pull * MAX_PULL * below
}

/// A complainant's churn probability at its moment of truth.
#[inline]
pub fn complainant_churn_prob(stay_score: f64, bar: f64, competition: f64) -> f64 {
    let below = 1.0 / (1.0 + odds_against(stay_score, bar + COMPLAINT_BAR_SHIFT));
    BASE_CHURN + (1.0 - BASE_CHURN) * complaint_pull(competition) * below
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn churn_falls_with_the_stay_score_and_rises_with_competition() {
        let bar = rival_bar(0.5);
        let pull = rival_pull(0.5, 0.3);
        assert!(churn_prob(40.0, bar, pull) > churn_prob(60.0, bar, pull));
        assert!(
            churn_prob(60.0, rival_bar(0.9), rival_pull(0.9, 0.3)) > churn_prob(60.0, bar, pull)
        );
        for z in [0.0, 50.0, 100.0] {
            let p = churn_prob(z, bar, pull);
            assert!((BASE_CHURN..=1.0).contains(&p));
        }
        assert!(churn_prob(0.0, bar, 0.0) == BASE_CHURN);
    }

    #[test]
    fn odds_shift_equals_a_stay_score_shift() {
        let (z, bar, pull, b) = (55.0, 41.0, 0.35, 4.0);
        let shifted = churn_prob_from_odds(odds_against(z, bar) * libm::exp(-STEEPNESS * b), pull);
        assert!((shifted - churn_prob(z - b, bar, pull)).abs() < 1e-12);
    }

    #[test]
    fn complaints_are_moments_of_truth() {
        let bar = rival_bar(0.5);
        assert!(
            complainant_churn_prob(45.0, bar, 0.5) > churn_prob(45.0, bar, rival_pull(0.5, 0.3))
        );
        assert!(complainant_churn_prob(45.0, bar, 0.1) < complainant_churn_prob(45.0, bar, 0.9));
    }
}
