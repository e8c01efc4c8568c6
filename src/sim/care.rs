//! Customer care and its targeting (客户关怀; MODEL.md §3, "Retention spend").
//!
//! Care reaches each targeted customer through the channel mix
//! (`channels`): its care contacts, effect-weighted contacts that got
//! through, become a care level with diminishing returns ([`care_level`]);
//! contacts past what the customer tolerates annoy it (`channels::Mix::annoyance`,
//! applied in `satisfaction`). The mix's cost per targeted customer is the
//! retention spend. Care works through three mechanisms, each counted once,
//! in the module that owns it:
//!
//! 1. **Trust** (`loyalty::update_trust`): attention and promises kept show
//!    the firm cares (Morgan & Hunt 1994: commitment–trust theory).
//! 2. **Switching cost** (`loyalty::update_switching_cost`): the relationship
//!    built with the firm's people and the attention received would be lost
//!    by leaving (Morgan & Hunt's relationship termination costs); built
//!    slowly, kept while the customer stays.
//! 3. **A direct stay bonus** (`churn::CARE_SHIELD`): this month's offer or
//!    call meets the rival's at the moment the customer decides whether to
//!    buy again, taking away part of the rival's pull.
//!
//! Care is not noticed as service quality: the customer judges quality Q on
//! the service itself (`satisfaction`), so care does not raise satisfaction
//! directly; it moves attitudinal loyalty through trust and switching cost
//! (the course's loyalty drivers A3 and A4). Too many contacts do lower it.
//!
//! Who receives the care ([`RetentionTargeting`]): every active customer,
//! the top pyramid tiers (by predicted CLV), or the customers with the most
//! **value at risk** (客户流失风险价值): churn risk × the value of keeping
//! them (`clv::KEPT_RETENTION`), the valuable customers likely to leave. Both rankings are last month's, as a
//! firm scores its customers on what it knew then.

pub use super::context::Received;
use super::context::{MonthContext, SegmentMonth};
use super::levers::RetentionTargeting;
use super::population::Customer;
use super::tally::Tally;

/// Care contacts (phone-call equivalents a month, `channels::Mix::care_contacts`)
/// that reach 63% of full care: the scale of diminishing returns (teaching
/// choice: the standard mix of 5 ¥, about a call and four emails a month,
/// gives 81% of full care, as 5 ¥ of retention spend did before the
/// channels were modelled).
pub const CARE_SCALE: f64 = 0.57;

/// Care level 0–1 bought by care contacts per month.
pub fn care_level(care_contacts: f64) -> f64 {
    1.0 - libm::exp(-care_contacts / CARE_SCALE)
}

/// Share of active customers that `value_at_risk` targeting reaches: the
/// same share as the platinum and gold tiers that `top_tiers` reaches, so
/// the two aimed policies spend the same budget and differ only in whom.
pub const TARGET_SHARE: f64 = 0.30;

/// Months a customer flagged by `value_at_risk` targeting stays in the
/// retention programme: a save programme enrols a customer for a while
/// rather than month by month (teaching choice: a quarter).
pub const ENROLMENT_MONTHS: u16 = 3;

/// Whether the retention spend reaches this customer this month; a customer
/// flagged by `value_at_risk` is enrolled for [`ENROLMENT_MONTHS`].
#[inline]
pub fn is_targeted(c: &mut Customer, ctx: &MonthContext) -> bool {
    ctx.targeting
        && match ctx.levers.retention_targeting {
            RetentionTargeting::All => true,
            RetentionTargeting::TopTiers => c.tier.is_top(),
            RetentionTargeting::ValueAtRisk => {
                let month = ctx.month as u16;
                if c.value_at_risk >= ctx.risk_cut {
                    c.enrolled_until = month + ENROLMENT_MONTHS - 1;
                }
                c.enrolled_until >= month
            }
        }
}

/// The care and annoyance this customer receives this month (nothing if
/// not targeted), counted in the tally.
#[inline]
pub fn step(
    c: &mut Customer,
    ctx: &MonthContext,
    seg: &SegmentMonth,
    si: usize,
    tally: &mut Tally,
) -> Received {
    if is_targeted(c, ctx) {
        tally.targeted += 1;
        tally.segments[si].targeted += 1;
        seg.care
    } else {
        Received::default()
    }
}

/// Active customers up to which the value-at-risk cut-off is an exact rank;
/// above, it comes from an evenly spaced sample of this size (as the
/// pyramid's cut-offs do).
pub const EXACT_UP_TO: usize = 4096;

/// The value at risk from which a customer is in the top [`TARGET_SHARE`] of
/// `values` (infinite when there is nobody to rank: nobody is targeted).
/// Reorders `values`.
pub fn risk_cut(values: &mut [f32]) -> f32 {
    if values.is_empty() {
        return f32::INFINITY;
    }
    if values.len() > EXACT_UP_TO {
        let stride = values.len().div_ceil(EXACT_UP_TO);
        let mut sample: Vec<f32> = values.iter().step_by(stride).copied().collect();
        return risk_cut(&mut sample);
    }
    let n = values.len();
    let idx = (((1.0 - TARGET_SHARE) * n as f64) as usize).min(n - 1);
    let (_, v, _) = values.select_nth_unstable_by(idx, f32::total_cmp);
    *v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn care_has_diminishing_returns() {
        assert_eq!(care_level(0.0), 0.0);
        assert!(care_level(2.0) - care_level(1.0) < care_level(1.0) - care_level(0.0));
        assert!(care_level(1e6) <= 1.0);
    }

    #[test]
    fn the_cut_keeps_the_top_share() {
        let mut v: Vec<f32> = (0..1000u16).map(f32::from).collect();
        let cut = risk_cut(&mut v);
        let above = (0..1000u16).filter(|&x| f32::from(x) >= cut).count();
        assert_eq!(above, 300);
        assert_eq!(risk_cut(&mut []), f32::INFINITY);
        let mut big: Vec<f32> = (0..100_000u64)
            .map(|i| ((i * 7919) % 100_000) as f32)
            .collect();
        let values = big.clone();
        let cut = risk_cut(&mut big);
        let share = values.iter().filter(|&&x| x >= cut).count() as f64 / 1e5;
        assert!((share - TARGET_SHARE).abs() < 0.01, "{share}");
    }
}
