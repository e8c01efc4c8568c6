//! Prospects convert (MODEL.md §5 step 1; the customer development lifecycle
//! 吸引 → 获得): acquisition spend and recommendations reach prospects,
//! warnings put them off, and our offer's value against the competitor's
//! decides how many of those reached join.
//!
//! Marketing contacts land anywhere in the market, on people who are already
//! customers as well as on prospects, so as the pool of prospects shrinks each
//! yuan finds fewer of them and the cost per new customer rises (saturation).
//! Reach has diminishing returns too: the same people are hit twice.

use super::context::{MonthContext, SegmentMonth};
use super::population::{self, Customer};
use super::{lifecycle, word_of_mouth};

/// A new customer's satisfaction: a little above "basically satisfied", as it
/// chose us (teaching choice).
pub const JOIN_SATISFACTION: f64 = 65.0;
/// A new customer's trust: it has yet to see us keep our promises (teaching
/// choice, below the 40–55 of established customers).
pub const JOIN_TRUST: f64 = 50.0;
/// A new customer's switching cost: nothing stored with us yet.
pub const JOIN_SWITCHING_COST: f64 = 5.0;

/// Cost of one marketing contact (¥).
pub const COST_PER_CONTACT: f64 = 5.0;
/// Chance that a prospect reached by marketing joins, at parity with the competitor.
pub const MARKETING_CONVERSION: f64 = 0.045;
/// Chance that a prospect who was recommended to us joins, at parity.
pub const REFERRAL_CONVERSION: f64 = 0.15;

/// Share of the market one month's marketing reaches, from acquisition spend
/// per 1,000 people in the market: `1 − exp(−contacts / market)`.
pub fn marketing_reach(acquisition_spend_per_1000: f64) -> f64 {
    let contacts_per_person = acquisition_spend_per_1000 / 1000.0 / COST_PER_CONTACT;
    1.0 - libm::exp(-contacts_per_person)
}

/// A prospect's chance of joining this month.
///
/// * `marketing_reach` — chance that marketing reaches it;
/// * `referral_reach` — chance that a recommendation reaches it;
/// * `attractiveness` — our offer against the competitor's (1 at parity);
///
/// A warning that still puts the prospect off scales it down
/// ([`word_of_mouth::deterrence`]).
#[inline]
pub fn conversion_prob(marketing_reach: f64, referral_reach: f64, attractiveness: f64) -> f64 {
    let by_marketing = (marketing_reach * MARKETING_CONVERSION * attractiveness).min(1.0);
    let by_referral = (referral_reach * REFERRAL_CONVERSION * attractiveness).min(1.0);
    1.0 - (1.0 - by_marketing) * (1.0 - by_referral)
}

/// Step 1: a prospect's chance of joining firm `ctx.firm` this month, were
/// it the only firm reaching it: its conversion, scaled down by a warning
/// about this firm that still puts it off. (`market::choose_firm` weighs the
/// firms of a market against each other.)
#[inline]
pub fn conversion(c: &Customer, ctx: &MonthContext, seg: &SegmentMonth) -> f64 {
    if c.warned_firm == ctx.firm {
        seg.conversion * (1.0 - word_of_mouth::deterrence(c.warned_until, ctx.month))
    } else {
        seg.conversion
    }
}

/// Person `id` becomes a new customer of firm `ctx.firm` (acquisition
/// stage), with its lasting traits (the same each time it joins: they are
/// the person's, not the relationship's).
pub fn join(id: usize, c: &mut Customer, seg: &SegmentMonth, ctx: &MonthContext) {
    let traits = population::LastingTraits::of(&ctx.streams, id);
    c.taste = traits.taste;
    c.inertia = traits.inertia(seg.inertia);
    c.expectation = seg.standard;
    lifecycle::start(
        c,
        ctx,
        seg,
        JOIN_SATISFACTION,
        JOIN_TRUST,
        JOIN_SWITCHING_COST,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reach_has_diminishing_returns() {
        assert_eq!(marketing_reach(0.0), 0.0);
        let r = [2000.0, 4000.0, 6000.0].map(marketing_reach);
        assert!(r[1] - r[0] > r[2] - r[1]);
        assert!(marketing_reach(1e6) <= 1.0);
    }

    #[test]
    fn warnings_and_value_move_conversion() {
        let base = conversion_prob(0.5, 0.0, 1.0);
        assert!((base - 0.5 * MARKETING_CONVERSION).abs() < 1e-12);
        assert!(conversion_prob(0.5, 0.0, 1.5) > base);
        assert!(conversion_prob(0.5, 0.1, 1.0) > base);
        assert_eq!(conversion_prob(0.0, 0.0, 1.0), 0.0);
    }
}
