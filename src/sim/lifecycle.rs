//! The customer relationship lifecycle (客户关系生命周期): its stages and how a
//! customer who stays moves between them (MODEL.md §2, §5 step 5).
//!
//! Prospect → acquisition (获取期) → growth (提升期) → maturity (成熟期) →
//! decline (衰退期) → churned (流失期) → won back into acquisition, or after a
//! year back among the prospects. Churn itself is decided in `churn`, win-back
//! in `winback`; this module holds the moves of customers who stay.

use super::context::{MonthContext, SegmentMonth};
use super::population::Customer;
use super::pyramid::Tier;
use super::stage::Stage;
use super::{delivered_value, loyalty};

/// Months a new customer spends trying us out before it can grow.
pub const TRIAL_MONTHS: u16 = 3;
/// Months of tenure before a growing relationship can settle into maturity.
pub const MATURITY_TENURE: u16 = 12;
/// Satisfaction a new customer needs after the trial to grow: a little
/// short of "basically satisfied" (50), so a tolerable trial is enough
/// (teaching choice: the lifecycle chart shows most new customers growing).
pub const GROWTH_SATISFACTION: f64 = 45.0;
/// Attitudinal loyalty a growing customer needs to become mature.
pub const MATURITY_LOYALTY: f64 = 52.0;
/// Below this satisfaction or loyalty a relationship declines.
pub const DECLINE_BELOW: f64 = 35.0;
/// A declining customer who is this satisfied and loyal grows again.
pub const RECOVER_SATISFACTION: f64 = 55.0;
pub const RECOVER_LOYALTY: f64 = 45.0;

/// A relationship starts (a prospect joins) or starts over (a churned
/// customer is won back): the acquisition stage, no tenure, no bad memory,
/// ranked iron until the next ranking, with these starting satisfaction,
/// trust and switching cost, and the attitude they and our offer point to.
pub fn start(
    c: &mut Customer,
    ctx: &MonthContext,
    seg: &SegmentMonth,
    satisfaction: f64,
    trust: f64,
    switching_cost: f64,
) {
    c.stage = Stage::Acquisition;
    c.firm = ctx.firm;
    c.tier = Tier::Iron;
    c.bad_memory = false;
    c.tenure = 0;
    c.months_churned = 0;
    c.satisfaction = satisfaction;
    c.trust = trust;
    c.switching_cost = switching_cost;
    let cdv = delivered_value::relative_cdv(ctx.quality, ctx.competitor_quality, seg.price_value)
        - seg.rival_gap;
    c.loyalty = loyalty::attitude(
        loyalty::perceived_value(cdv),
        c.satisfaction,
        c.switching_cost,
        c.trust,
    );
}

/// Step 5 for a customer who stays: one more month of tenure, and the stage
/// its satisfaction, loyalty and tenure now warrant.
#[inline]
pub fn step(c: &mut Customer) {
    c.tenure = c.tenure.saturating_add(1);
    c.stage = next_stage(c);
}

/// The stage an active customer who stays this month moves to (after its
/// tenure has been counted).
pub fn next_stage(c: &Customer) -> Stage {
    let weak = c.satisfaction < DECLINE_BELOW || c.loyalty < DECLINE_BELOW;
    match c.stage {
        Stage::Acquisition if c.satisfaction < DECLINE_BELOW => Stage::Decline,
        Stage::Acquisition if c.tenure >= TRIAL_MONTHS && c.satisfaction >= GROWTH_SATISFACTION => {
            Stage::Growth
        }
        Stage::Growth | Stage::Maturity if weak => Stage::Decline,
        Stage::Growth if c.tenure >= MATURITY_TENURE && c.loyalty >= MATURITY_LOYALTY => {
            Stage::Maturity
        }
        Stage::Decline
            if c.satisfaction >= RECOVER_SATISFACTION && c.loyalty >= RECOVER_LOYALTY =>
        {
            Stage::Growth
        }
        s => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::initial::initial_population;
    use crate::sim::rng::Streams;
    use crate::sim::scenario::Scenario;

    fn active_customer() -> Customer {
        let s = Scenario::default();
        initial_population(&s, &Streams::new(3))
            .into_iter()
            .find(|c| c.stage.is_active())
            .unwrap()
    }

    #[test]
    fn customers_move_along_the_lifecycle() {
        let mut c = active_customer();
        c.stage = Stage::Acquisition;
        c.tenure = 1;
        c.satisfaction = 60.0;
        assert_eq!(next_stage(&c), Stage::Acquisition, "still trying us out");
        c.tenure = TRIAL_MONTHS;
        assert_eq!(next_stage(&c), Stage::Growth);
        c.stage = Stage::Growth;
        c.tenure = MATURITY_TENURE;
        c.loyalty = 60.0;
        assert_eq!(next_stage(&c), Stage::Maturity);
        c.stage = Stage::Maturity;
        c.satisfaction = 30.0;
        assert_eq!(next_stage(&c), Stage::Decline);
        c.stage = Stage::Decline;
        c.satisfaction = 60.0;
        c.loyalty = 50.0;
        assert_eq!(next_stage(&c), Stage::Growth, "re-engaged");
    }
}
