//! Experience against expectation (MODEL.md §5 step 2): satisfaction (客户满意)
//! is perceived performance Q against expectation q (Kotler; expectation–
//! disconfirmation), and expectations adapt to what customers experience.
//!
//! Each month an active customer perceives a quality
//! `Q = quality_level(service_quality) + taste + noise − failure`, on a
//! 0–10 scale (care is not quality; see `care`). The gap `Q − q`, plus the price side of delivered value, sets
//! where satisfaction is heading; satisfaction moves part of the way there
//! (it is a memory of experiences, not one experience). Then the expectation
//! moves towards a blend of what was just experienced and the market's
//! standard: this is why "expectations rise" and why delight fades unless the
//! firm keeps ahead of the competitor.

use serde::{Deserialize, Serialize};

use super::context::{MonthContext, SegmentMonth};
use super::population::Customer;
use super::rng::{CustomerMonth, Purpose};
use super::tally::Tally;

/// Perceived quality with no service spend at all.
pub const QUALITY_MIN: f64 = 2.0;
/// The most perceived quality money can buy.
pub const QUALITY_MAX: f64 = 10.0;
/// Service spend (¥ per customer per month) that closes 63% of the gap to the
/// maximum: the scale of diminishing returns.
pub const SERVICE_SCALE: f64 = 8.0;
/// Month-to-month noise in perceived quality (sd, quality points).
pub const NOISE_SD: f64 = 1.5;
/// A service failure's cut in that month's perceived quality.
pub const FAILURE_PENALTY: f64 = 7.0;
/// Satisfaction points per quality point of disconfirmation.
pub const POINTS_PER_QUALITY: f64 = 10.0;
/// Share of the way satisfaction moves towards its target each month.
pub const SMOOTHING: f64 = 0.25;
/// Share of the way the expectation moves each month.
pub const ADAPTATION: f64 = 0.1;
/// Weight of the customer's own experience (vs the market standard) in what
/// its expectation moves towards.
pub const OWN_EXPERIENCE_WEIGHT: f64 = 0.2;

/// The firm's service level on the quality scale, from service spend per
/// active customer per month: rises with diminishing returns.
pub fn quality_level(service_quality: f64) -> f64 {
    QUALITY_MIN + (QUALITY_MAX - QUALITY_MIN) * (1.0 - libm::exp(-service_quality / SERVICE_SCALE))
}

/// The market standard a segment's expectation is anchored to: its own
/// standard, pulled towards what the competitor delivers the more the
/// competitor is in view (competitive intensity 0–1). In a monopoly-like
/// market customers judge us against what they think service should be, not
/// against a weak rival they cannot really choose; in a fierce one the rival
/// sets the standard (Oliver 1980: expectations come from norms and from
/// alternatives known).
#[inline]
pub fn market_standard(quality_expectation: f64, competitor_quality: f64, competition: f64) -> f64 {
    quality_expectation + competition * (competitor_quality - quality_expectation)
}

/// What a customer experienced this month.
#[derive(Clone, Copy, Debug)]
pub struct Experience {
    /// Perceived quality Q (quality points).
    pub perceived: f64,
    /// Whether the service failed this month.
    pub failure: bool,
}

/// Step 2: the customer experiences quality Q (service level, its taste,
/// the month's noise, a service failure perhaps) against its expectation q.
#[inline]
pub fn step(
    c: &mut Customer,
    draws: &CustomerMonth,
    ctx: &MonthContext,
    seg: &SegmentMonth,
    annoyance: f64,
    tally: &mut Tally,
) -> Experience {
    let failure = draws.chance(Purpose::ServiceFailure, ctx.failure_prob);
    let mut perceived = ctx.quality + c.taste + NOISE_SD * draws.normal(Purpose::QualityNoise);
    if failure {
        perceived -= FAILURE_PENALTY;
        tally.failures += 1;
        c.failed_month = ctx.month as u16;
    }
    experience(
        &mut c.satisfaction,
        &mut c.expectation,
        perceived,
        seg.price_value,
        seg.standard,
        annoyance,
    );
    Experience { perceived, failure }
}

/// Satisfaction bands of MODEL.md §2, from Q ≪ q to Q ≫ q.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// 非常不满意: satisfaction below 20.
    VeryDissatisfied = 0,
    /// 不满意: 20 to 40.
    Dissatisfied = 1,
    /// 基本满意: 40 to 60 (Q ≈ q).
    BasicallySatisfied = 2,
    /// 很满意: 60 to 80.
    VerySatisfied = 3,
    /// 非常愉悦: 80 and above.
    Delighted = 4,
}

impl Band {
    pub const ALL: [Band; 5] = [
        Band::VeryDissatisfied,
        Band::Dissatisfied,
        Band::BasicallySatisfied,
        Band::VerySatisfied,
        Band::Delighted,
    ];

    /// The band of a satisfaction score (bands are 20 points wide).
    #[inline]
    pub fn of(satisfaction: f64) -> Band {
        Band::ALL[Band::index(satisfaction)]
    }

    /// The band's index in [`Band::ALL`], without branches (this runs for
    /// every customer every month).
    #[inline]
    pub fn index(satisfaction: f64) -> usize {
        // The cast saturates below at 0 (and maps NaN to 0).
        ((satisfaction * 0.05) as u32).min(4) as usize
    }

    pub fn name(self) -> &'static str {
        match self {
            Band::VeryDissatisfied => "very_dissatisfied",
            Band::Dissatisfied => "dissatisfied",
            Band::BasicallySatisfied => "basically_satisfied",
            Band::VerySatisfied => "very_satisfied",
            Band::Delighted => "delighted",
        }
    }
}

/// One month's experience: moves satisfaction towards what `perceived` quality
/// against the expectation (plus the price side of value) deserves, then adapts
/// the expectation. Returns the disconfirmation Q − q. `annoyance`
/// (satisfaction points, `channels::Mix::annoyance`) lowers where
/// satisfaction heads: contacts past tolerance, not the service.
#[inline]
pub fn experience(
    satisfaction: &mut f64,
    expectation: &mut f64,
    perceived: f64,
    price_value: f64,
    standard: f64,
    annoyance: f64,
) -> f64 {
    let disconfirmation = perceived - *expectation;
    let target = 50.0 + POINTS_PER_QUALITY * (disconfirmation + price_value) - annoyance;
    *satisfaction = (*satisfaction + SMOOTHING * (target - *satisfaction)).clamp(0.0, 100.0);
    let anchor = OWN_EXPERIENCE_WEIGHT * perceived + (1.0 - OWN_EXPERIENCE_WEIGHT) * standard;
    *expectation += ADAPTATION * (anchor - *expectation);
    disconfirmation
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_has_diminishing_returns() {
        assert_eq!(quality_level(0.0), QUALITY_MIN);
        let gains: Vec<f64> = [0.0, 5.0, 10.0, 15.0, 20.0]
            .windows(2)
            .map(|w| quality_level(w[1]) - quality_level(w[0]))
            .collect();
        assert!(gains.windows(2).all(|g| g[1] < g[0] && g[1] > 0.0));
        assert!(quality_level(1000.0) <= QUALITY_MAX);
    }

    #[test]
    fn bands_follow_the_gap() {
        assert_eq!(Band::of(0.0), Band::VeryDissatisfied);
        assert_eq!(Band::of(39.9), Band::Dissatisfied);
        assert_eq!(Band::of(50.0), Band::BasicallySatisfied);
        assert_eq!(Band::of(60.0), Band::VerySatisfied);
        assert_eq!(Band::of(100.0), Band::Delighted);
    }

    #[test]
    fn delight_raises_satisfaction_then_expectations() {
        let (mut s, mut q) = (50.0, 6.0);
        let d = experience(&mut s, &mut q, 8.0, 0.0, 6.0, 0.0);
        assert_eq!(d, 2.0);
        assert!(s > 50.0, "Q > q satisfies");
        assert!(q > 6.0, "and raises the expectation");
        // Month after month of the same quality: the gap narrows but stays, as
        // the expectation is also anchored to the market standard.
        for _ in 0..200 {
            experience(&mut s, &mut q, 8.0, 0.0, 6.0, 0.0);
        }
        let settled = OWN_EXPERIENCE_WEIGHT * 8.0 + (1.0 - OWN_EXPERIENCE_WEIGHT) * 6.0;
        assert!(
            (q - settled).abs() < 1e-6 && q > 6.0 && q < 8.0,
            "q settles between Q and the standard"
        );
        assert!((s - (50.0 + POINTS_PER_QUALITY * (8.0 - settled))).abs() < 1e-6);
        // A price above the competitor's lowers satisfaction at the same quality.
        let (mut s2, mut q2) = (s, q);
        experience(&mut s2, &mut q2, 8.0, -1.0, 6.0, 0.0);
        let (mut s3, mut q3) = (s, q);
        experience(&mut s3, &mut q3, 8.0, 0.0, 6.0, 0.0);
        assert!(s2 < s3);
    }
}
