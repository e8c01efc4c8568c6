//! Service failures, complaints and service recovery (投诉处理 / 补救;
//! MODEL.md §5 step 3).
//!
//! Better service fails less often. A failure hurts that month's perceived
//! quality; some customers complain, most stay silent. A complaint handled well
//! restores satisfaction and trust (the recovery can even leave the customer
//! happier than before); handled badly, it makes a detractor who warns others
//! (`word_of_mouth`) and is hard to win back. Either way the complaint is a
//! moment of truth at which the customer reconsiders (see `churn`).

use super::context::{MonthContext, SegmentMonth};
use super::population::Customer;
use super::rng::{CustomerMonth, Purpose};
use super::satisfaction::{QUALITY_MAX, QUALITY_MIN};
use super::tally::Tally;
use super::word_of_mouth;

/// Monthly chance of a service failure at the lowest service level.
pub const FAILURE_AT_WORST: f64 = 0.12;
/// How much of that chance the best service level removes.
pub const FAILURE_REDUCTION: f64 = 0.85;
/// Share of customers who complain to us after a service failure: most stay
/// silent and some of them leave quietly. Service research puts it between
/// a few and about a quarter of customers with a problem (TARP 1986: about 1
/// in 25 dissatisfied customers complains; Best & Andreasen 1977: about a
/// third of problems voiced); a fifth is a teaching choice inside that range.
pub const COMPLAINT_PROPENSITY: f64 = 0.2;
/// Satisfaction points a well-handled complaint gives back.
pub const RECOVERY_SATISFACTION: f64 = 16.0;
/// Trust points a well-handled complaint builds.
pub const RECOVERY_TRUST: f64 = 6.0;
/// Satisfaction points a badly handled complaint takes away.
pub const BAD_HANDLING_SATISFACTION: f64 = 30.0;
/// Trust points a badly handled complaint destroys.
pub const BAD_HANDLING_TRUST: f64 = 25.0;
/// Cost of handling one complaint at all (¥): logging it and answering.
pub const COST_BASE: f64 = 20.0;
/// Scale of the extra cost of resolving complaints well (¥ per complaint).
pub const COST_QUALITY: f64 = 30.0;
/// How close to "every complaint resolved well" money can get: the last
/// complaints are the hardest (escalations, compensation, senior staff), so
/// the cost per complaint grows without bound as the share resolved well
/// nears `1 + HARD_CASES` (teaching choice: handling every complaint well is
/// possible but dear, so the best level lies inside the range).
pub const HARD_CASES: f64 = 0.1;

/// Monthly service-failure probability at a service level on the quality scale.
pub fn failure_prob(quality_level: f64) -> f64 {
    let share = (quality_level - QUALITY_MIN) / (QUALITY_MAX - QUALITY_MIN);
    FAILURE_AT_WORST * (1.0 - FAILURE_REDUCTION * share.clamp(0.0, 1.0))
}

/// Cost of handling one complaint (¥) at a complaint-handling level (0–1):
/// `COST_BASE + COST_QUALITY·h²/(1 + HARD_CASES − h)`, rising ever faster.
pub fn cost_per_complaint(complaint_handling: f64) -> f64 {
    let h = complaint_handling.clamp(0.0, 1.0);
    COST_BASE + COST_QUALITY * h * h / (1.0 + HARD_CASES - h)
}

/// Step 3: after a service failure the customer may complain; the complaint
/// is handled well or badly. `true` if it complained.
#[inline]
pub fn step(
    c: &mut Customer,
    draws: &CustomerMonth,
    ctx: &MonthContext,
    seg: &SegmentMonth,
    failure: bool,
    tally: &mut Tally,
) -> bool {
    if !(failure && draws.chance(Purpose::Complaint, COMPLAINT_PROPENSITY)) {
        return false;
    }
    tally.complaints += 1;
    let outcome = if draws.chance(Purpose::ComplaintHandling, ctx.levers.complaint_handling) {
        Outcome::HandledWell
    } else {
        Outcome::HandledBadly
    };
    handle(outcome, &mut c.satisfaction, &mut c.trust);
    if outcome == Outcome::HandledBadly {
        c.bad_memory = true;
        word_of_mouth::bad_episode(c.satisfaction, seg, tally);
    }
    true
}

/// Fastest average answer to a service request (hours), at unlimited service spend.
pub const RESPONSE_HOURS_MIN: f64 = 2.0;
/// Extra hours at no service spend.
pub const RESPONSE_HOURS_SPAN: f64 = 46.0;
/// How much a month's complaint load (complaints per customer) slows answers.
pub const RESPONSE_LOAD: f64 = 10.0;

/// Average service response time (hours): falls with service spend per
/// customer, rises with the complaint load the service desk carries.
pub fn response_time_hours(service_quality: f64, complaint_rate: f64) -> f64 {
    let staffing = libm::exp(-service_quality / super::satisfaction::SERVICE_SCALE);
    RESPONSE_HOURS_MIN + RESPONSE_HOURS_SPAN * staffing * (1.0 + RESPONSE_LOAD * complaint_rate)
}

/// How a complaint ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    HandledWell,
    HandledBadly,
}

/// Applies a complaint's outcome to the customer's satisfaction and trust.
#[inline]
pub fn handle(outcome: Outcome, satisfaction: &mut f64, trust: &mut f64) {
    match outcome {
        Outcome::HandledWell => {
            *satisfaction = (*satisfaction + RECOVERY_SATISFACTION).min(100.0);
            *trust = (*trust + RECOVERY_TRUST).min(100.0);
        }
        Outcome::HandledBadly => {
            *satisfaction = (*satisfaction - BAD_HANDLING_SATISFACTION).max(0.0);
            *trust = (*trust - BAD_HANDLING_TRUST).max(0.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn better_service_fails_less() {
        assert!((failure_prob(QUALITY_MIN) - FAILURE_AT_WORST).abs() < 1e-12);
        assert!(failure_prob(8.0) < failure_prob(5.0));
        assert!(failure_prob(QUALITY_MAX) > 0.0);
    }

    #[test]
    fn handling_moves_satisfaction_and_trust_both_ways() {
        let (mut s, mut t) = (40.0, 50.0);
        handle(Outcome::HandledWell, &mut s, &mut t);
        assert!(s > 40.0 && t > 50.0);
        let (mut s, mut t) = (40.0, 50.0);
        handle(Outcome::HandledBadly, &mut s, &mut t);
        assert!(s < 40.0 && t < 50.0);
        let (mut s, mut t) = (5.0, 5.0);
        handle(Outcome::HandledBadly, &mut s, &mut t);
        assert_eq!((s, t), (0.0, 0.0));
        assert!(cost_per_complaint(1.0) > cost_per_complaint(0.5));
    }

    #[test]
    fn service_spend_shortens_response_time_and_load_lengthens_it() {
        assert!(response_time_hours(16.0, 0.03) < response_time_hours(8.0, 0.03));
        assert!(response_time_hours(8.0, 0.10) > response_time_hours(8.0, 0.03));
        assert!(response_time_hours(1000.0, 0.0) >= RESPONSE_HOURS_MIN);
    }
}
