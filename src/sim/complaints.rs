//! Service failures, complaints and service recovery (投诉处理 / 补救;
//! MODEL.md §5 step 3).
//!
//! Better service fails less often. A failure hurts that month's perceived
//! quality; some customers complain, most stay silent. A complaint handled well
//! restores satisfaction and trust (the recovery can even leave the customer
//! happier than before); handled badly, it makes a detractor who warns others
//! (`word_of_mouth`) and is hard to win back. Either way the complaint is a
//! moment of truth at which the customer reconsiders (see `churn`).

use super::satisfaction::{QUALITY_MAX, QUALITY_MIN};

/// Monthly chance of a service failure at the lowest service level.
pub const FAILURE_AT_WORST: f64 = 0.12;
/// How much of that chance the best service level removes.
pub const FAILURE_REDUCTION: f64 = 0.7;
/// Share of customers who complain after a failure (most stay silent).
pub const COMPLAINT_PROPENSITY: f64 = 0.5;
/// Satisfaction points a well-handled complaint gives back.
pub const RECOVERY_SATISFACTION: f64 = 14.0;
/// Trust points a well-handled complaint builds.
pub const RECOVERY_TRUST: f64 = 6.0;
/// Satisfaction points a badly handled complaint takes away.
pub const BAD_HANDLING_SATISFACTION: f64 = 15.0;
/// Trust points a badly handled complaint destroys.
pub const BAD_HANDLING_TRUST: f64 = 15.0;
/// Cost of handling one complaint at all (¥).
pub const COST_BASE: f64 = 20.0;
/// Extra cost of handling one complaint well at full quality (¥): handling
/// gets dearer the better it must be (convex).
pub const COST_QUALITY: f64 = 120.0;

/// Monthly service-failure probability at a service level on the quality scale.
pub fn failure_prob(quality_level: f64) -> f64 {
    let share = (quality_level - QUALITY_MIN) / (QUALITY_MAX - QUALITY_MIN);
    FAILURE_AT_WORST * (1.0 - FAILURE_REDUCTION * share.clamp(0.0, 1.0))
}

/// Cost of handling one complaint (¥) at a complaint-handling level (0–1).
pub fn cost_per_complaint(complaint_handling: f64) -> f64 {
    COST_BASE + COST_QUALITY * complaint_handling * complaint_handling
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
