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
//! competition and shrinks with the customer's own inertia (habit,
//! convenience, reluctance to switch; it varies around its segment's). This
//! is why the loyalty matrix has all four quadrants: a customer who likes us
//! but shops around by habit is *latent* (潜伏忠诚); one who does not like us
//! but sticks by habit is *spurious* (虚假忠诚).
//!
//! A complaint is a moment of truth: the complainant reconsiders with the
//! rival's full pull, whatever its inertia, so how the complaint was handled
//! decides most of whether it stays.

use super::complaints::COMPLAINT_PROPENSITY;
use super::context::{MonthContext, SegmentMonth};
use super::population::Customer;
use super::rng::{CustomerMonth, Purpose};
use super::stage::Stage;
use super::tally::Tally;

/// Churn that happens whatever we do (moving away, life events), per month.
pub const BASE_CHURN: f64 = 0.004;
/// The most extra monthly churn the rival's pull can cause.
pub const MAX_PULL: f64 = 0.30;
/// Share of the rival's pull that works whatever the customer thinks of us:
/// convenience, a rival at hand, shopping around by habit. It is why a
/// customer who likes us but has little inertia still buys elsewhere now and
/// then (latent loyalty, 潜伏忠诚; Dick & Basu 1994: situational influences
/// between relative attitude and repeat patronage). Teaching choice.
pub const DRIFT: f64 = 5.0;
/// Share of its inertia a customer still trying us out has: habits take
/// months to form (teaching choice; the course's trial stage 考察期 is the
/// fragile one).
pub const TRIAL_HABIT: f64 = 0.0;
/// The rival's bar with no competition at all.
pub const BAR_BASE: f64 = 20.0;
/// How far the bar rises from no competition to fierce competition.
pub const BAR_COMPETITION: f64 = 55.0;
/// Steepness of the churn curve around the bar (per stay-score point).
pub const STEEPNESS: f64 = 0.4;
/// Share of the rival's pull that full care takes away at the moment of
/// decision: this month's member offer or call meets the rival's offer (one
/// of care's three mechanisms, see `care`; teaching choice: full care keeps
/// about a third of those the rival would have won).
pub const CARE_SHIELD: f64 = 0.8;
/// A complainant's rival pull at no competition and at fierce competition.
pub const COMPLAINT_PULL: [f64; 2] = [0.5, 1.0];
/// How far a complaint raises the rival's bar: the failure has just shown
/// the customer what it might get elsewhere.
pub const COMPLAINT_BAR_SHIFT: f64 = 14.0;

/// The stay score Z (0–100) of a customer.
#[inline]
pub fn stay_score(satisfaction: f64, loyalty: f64) -> f64 {
    0.6 * satisfaction + 0.4 * loyalty
}

/// How much of the way from its own inertia to none-can-leave a full
/// switching cost (100) takes a customer: switching cost is a barrier that
/// damps the rival's pull, the way habit does (teaching choice).
pub const BARRIER: f64 = 0.6;

/// A customer's effective inertia (0–1): its own, raised by the switching
/// cost it has built up with us.
#[inline]
pub fn inertia_with_barrier(inertia: f64, switching_cost: f64) -> f64 {
    inertia + (1.0 - inertia) * BARRIER * switching_cost * 0.01
}

/// The rival's bar at a competitive intensity (0–1).
#[inline]
pub fn rival_bar(competition: f64) -> f64 {
    BAR_BASE + BAR_COMPETITION * competition
}

/// How much the rival's offer draws a customer of ours: 1 at parity, more
/// when our delivered value is below the rival's (our offer's
/// `attractiveness` under 1), less when above. The "pull" of the
/// push–pull–mooring model of switching (Bansal, Taylor & James 2005):
/// dissatisfaction pushes (the stay score), a better alternative pulls (this),
/// inertia and switching costs moor.
#[inline]
pub fn alternative_pull(attractiveness: f64) -> f64 {
    1.0 + ALTERNATIVE_WEIGHT * (1.0 - attractiveness)
}

/// How strongly the rival's relative offer scales its pull (teaching
/// choice: a rival offering far more value pulls half as hard again).
pub const ALTERNATIVE_WEIGHT: f64 = 0.5;

/// The rival's pull on a customer (0–1): competition damped by its inertia.
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

/// [`churn_prob`] from [`odds_against`]: the rival wins the customer the
/// more the further its stay score is below the bar, and, whatever it thinks
/// of us, by drift (`DRIFT × pull`, so only where the rival is strong and
/// the customer has little inertia).
#[inline]
pub fn churn_prob_from_odds(odds_against: f64, pull: f64) -> f64 {
    churn_prob_shopping(odds_against, pull, 1.0, 0.0)
}

/// Share of the care shield that still works at a complaint's moment of
/// truth: there, how the complaint is handled decides most (teaching choice).
pub const COMPLAINT_SHIELD: f64 = 0.3;

/// The most an average customer shops around: however unhappy, it still
/// has to find the time to look (teaching choice: twice the basically
/// satisfied customer's).
pub const SHOPPING_MAX: f64 = 3.0;

/// How much a customer shops around, from its satisfaction (0–100) and its
/// segment's price sensitivity (1 = average): for an average customer 1 at
/// "basically satisfied" (50), falling steeply to 0 when completely
/// satisfied (as the cube of the unmet share), at most [`SHOPPING_MAX`]. Only the completely satisfied stop
/// looking (Jones & Sasser 1995); price-sensitive customers compare offers
/// whatever they think of us (deal-seeking).
#[inline]
pub fn shopping(satisfaction: f64, price_sensitivity: f64) -> f64 {
    let unmet = 1.0 - satisfaction * 0.01;
    (8.0 * unmet * unmet * unmet).min(SHOPPING_MAX) * price_sensitivity
}

/// [`churn_prob_from_odds`] with the drift scaled by how much the customer
/// shops around ([`shopping`]), and a `shield` (0–1) taking that share of
/// the part the stay score decides away: a care offer sways a customer who
/// weighs leaving, not one who simply buys where it happens to be.
#[inline]
pub fn churn_prob_shopping(odds_against: f64, pull: f64, shopping: f64, shield: f64) -> f64 {
    churn_prob_below(1.0 / (1.0 + odds_against), pull, shopping, shield)
}

/// [`churn_prob_shopping`] from `below = 1/(1 + odds against)`, the share
/// of the rival's pull the stay score lets through.
#[inline]
fn churn_prob_below(below: f64, pull: f64, shopping: f64, shield: f64) -> f64 {
    (BASE_CHURN
        + (1.0 - BASE_CHURN)
            * pull
            * MAX_PULL
            * (below * (1.0 - shield) + DRIFT * pull * pull * shopping))
        .min(1.0)
}

/// A complainant's churn probability at its moment of truth.
#[inline]
pub fn complainant_churn_prob(stay_score: f64, bar: f64, competition: f64) -> f64 {
    complainant_churn_prob_from_odds(
        odds_against(stay_score, bar) * complaint_odds(),
        complaint_pull(competition),
    )
}

/// The factor on the odds of staying that a complaint's raised bar brings:
/// `exp(−k·COMPLAINT_BAR_SHIFT)`.
pub fn complaint_odds() -> f64 {
    libm::exp(-STEEPNESS * COMPLAINT_BAR_SHIFT)
}

/// [`complainant_churn_prob`] from odds already shifted by [`complaint_odds`].
#[inline]
pub fn complainant_churn_prob_from_odds(odds_against: f64, complaint_pull: f64) -> f64 {
    complainant_churn_prob_below(1.0 / (1.0 + odds_against), complaint_pull)
}

/// [`complainant_churn_prob_from_odds`] from `below = 1/(1 + odds)`.
#[inline]
fn complainant_churn_prob_below(below: f64, complaint_pull: f64) -> f64 {
    BASE_CHURN + (1.0 - BASE_CHURN) * complaint_pull * below
}

/// A customer's churn chances this month.
#[derive(Clone, Copy, Debug)]
pub struct Risk {
    /// The chance it leaves now: after a service failure (complained about
    /// or not) it is at a moment of truth.
    pub now: f64,
    /// The chance a customer in its state leaves in a month, counting every
    /// way of leaving: in an ordinary month, or at the moment of truth after
    /// a service failure (as likely as this month's failure rate). What its
    /// predicted CLV assumes.
    pub expected: f64,
    /// `expected` without this month's direct care bonus: the risk a firm
    /// ranks customers by for `value_at_risk` targeting.
    pub uncared: f64,
}

/// The churn chances of a customer with this month's care and programme
/// incentive (0–1 each), who complained or not.
#[inline]
pub fn risk(
    c: &Customer,
    ctx: &MonthContext,
    seg: &SegmentMonth,
    (care, incentive): (f64, f64),
    failure: bool,
    complained: bool,
) -> Risk {
    // A customer still trying us out (获取期, the course's 考察期) has not
    // formed the habit yet: its inertia has not taken hold.
    let habit = if c.stage == Stage::Acquisition {
        TRIAL_HABIT
    } else {
        1.0
    };
    // The programme's reward moors a member while it lasts: the rival's
    // offer pulls less at whatever the customer thinks of us (a mooring
    // factor of push–pull–mooring, as inertia is).
    let pull = rival_pull(
        ctx.competition,
        inertia_with_barrier(f64::from(c.inertia) * habit, c.switching_cost),
    ) * alternative_pull(seg.attractiveness)
        * (1.0 - super::programme::INCENTIVE_MOOR * incentive);
    let odds = odds_against(stay_score(c.satisfaction, c.loyalty), ctx.bar);
    let shops = shopping(c.satisfaction, seg.price_sensitivity);
    let complaint_chance = ctx.failure_prob * COMPLAINT_PROPENSITY;
    let silent_chance = ctx.failure_prob - complaint_chance;
    // After a failure the rival's bar is raised (a moment of truth).
    let below_quiet = 1.0 / (1.0 + odds);
    let below_shifted = 1.0 / (1.0 + odds * ctx.complaint_odds);
    // (expected, ordinary month, after a silent failure, after a complaint)
    // at a care shield: a customer we care for is more forgiving when we let
    // it down (Hess, Ganesan & Klein 2003: relationship quality buffers
    // service failures).
    let at = |shield: f64| {
        let quiet = churn_prob_below(below_quiet, pull, shops, shield);
        let silent = churn_prob_below(below_shifted, pull, shops, shield);
        let loud = complainant_churn_prob_below(
            below_shifted,
            ctx.complaint_pull * (1.0 - COMPLAINT_SHIELD * shield),
        );
        let expected = quiet + silent_chance * (silent - quiet) + complaint_chance * (loud - quiet);
        (expected, quiet, silent, loud)
    };
    let (expected, quiet, silent, loud) = at(CARE_SHIELD * care);
    let uncared = if care > 0.0 { at(0.0).0 } else { expected };
    Risk {
        now: match (failure, complained) {
            (_, true) => loud,
            (true, false) => silent,
            _ => quiet,
        },
        expected,
        uncared,
    }
}

/// Step 5: the repurchase decision. Sets the customer's repurchase
/// probability (behavioural loyalty); `true` if it churned (it is then in the
/// churned stage with no tenure or CLV).
#[inline]
pub fn step(c: &mut Customer, draws: &CustomerMonth, risk: &Risk, tally: &mut Tally) -> bool {
    // Behavioural loyalty as things stand this month: a customer we have
    // just let down is less likely to buy again, however much it likes us
    // (one way to latent loyalty, 潜伏忠诚).
    c.repurchase_prob = 1.0 - risk.now;
    if !draws.chance(Purpose::Churn, risk.now) {
        return false;
    }
    tally.churned += 1;
    c.stage = Stage::Churned;
    c.enrolled_until = 0;
    c.months_churned = 0;
    c.tenure = 0;
    c.clv = 0.0;
    c.value_at_risk = 0.0;
    true
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
