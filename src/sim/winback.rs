//! Win-back (流失挽救; MODEL.md §5 step 5): effort to recover customers who
//! left within the last year.
//!
//! Win-back spend per churned customer buys a chance of recovery with
//! diminishing returns; a customer who left unhappy or was badly treated is
//! much harder to bring back, and a better offer than the competitor's helps.
//! A churned customer not won back within [`WINDOW_MONTHS`] rejoins the
//! prospects: it is no longer "ours to win back", only to acquire again.

use super::context::{MonthContext, SegmentMonth};
use super::lifecycle;
use super::population::Customer;
use super::rng::{CustomerMonth, Purpose};
use super::stage::Stage;
use super::tally::Tally;

/// A won-back customer's satisfaction: just under "basically satisfied", as
/// it left us once (teaching choice).
pub const REJOIN_SATISFACTION: f64 = 50.0;
/// Share of its trust a won-back customer keeps (teaching choice).
pub const REJOIN_TRUST_KEPT: f64 = 0.8;
/// A won-back customer's switching cost: what it had stored with us is gone.
pub const REJOIN_SWITCHING_COST: f64 = 5.0;

/// Months after churning during which a customer can be won back.
pub const WINDOW_MONTHS: u16 = 12;
/// The most a month's win-back effort can recover (chance per customer).
pub const MAX_RECOVERY: f64 = 0.2;
/// Win-back spend (¥ per churned customer per month) reaching 63% of the maximum.
pub const SPEND_SCALE: f64 = 6.0;
/// How much a bad memory cuts the chance.
pub const BAD_MEMORY_FACTOR: f64 = 0.4;

/// A churned customer's chance of being won back this month.
#[inline]
pub fn recovery_prob(winback_spend: f64, attractiveness: f64, bad_memory: bool) -> f64 {
    if winback_spend <= 0.0 {
        return 0.0;
    }
    let effort = MAX_RECOVERY * (1.0 - libm::exp(-winback_spend / SPEND_SCALE));
    let memory = if bad_memory { BAD_MEMORY_FACTOR } else { 1.0 };
    (effort * attractiveness * memory).min(1.0)
}

/// Step 5b for a customer who churned within the window: it may be won back;
/// otherwise, once the window has passed, it is a prospect again.
#[inline]
pub fn step(
    c: &mut Customer,
    draws: &CustomerMonth,
    ctx: &MonthContext,
    seg: &SegmentMonth,
    tally: &mut Tally,
) {
    tally.churned_at_start += 1;
    let p = recovery_prob(ctx.levers.winback_spend, seg.attractiveness, c.bad_memory);
    if draws.chance(Purpose::WinBack, p) {
        rejoin(c, seg, ctx);
        tally.won_back += 1;
    } else {
        c.months_churned += 1;
        if c.months_churned >= WINDOW_MONTHS {
            c.stage = Stage::Prospect;
            c.warned_until = 0;
            tally.lapsed += 1;
        }
    }
}

/// A churned customer is won back: it starts over in the acquisition stage,
/// keeping its expectation and some of its trust.
fn rejoin(c: &mut Customer, seg: &SegmentMonth, ctx: &MonthContext) {
    let trust = c.trust * REJOIN_TRUST_KEPT;
    lifecycle::start(
        c,
        ctx,
        seg,
        REJOIN_SATISFACTION,
        trust,
        REJOIN_SWITCHING_COST,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effort_recovers_with_diminishing_returns() {
        assert_eq!(recovery_prob(0.0, 1.0, false), 0.0);
        let p = [10.0, 20.0, 30.0].map(|s| recovery_prob(s, 1.0, false));
        assert!(p[1] - p[0] > p[2] - p[1] && p[2] > p[1]);
        assert!(recovery_prob(20.0, 1.0, true) < p[1]);
        assert!(recovery_prob(50.0, 2.0, false) <= 1.0);
    }
}
