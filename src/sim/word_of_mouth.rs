//! Word of mouth (口碑): satisfied customers recommend us, dissatisfied ones
//! warn others (MODEL.md §2; §5 steps 1 and 3).
//!
//! Recommendations made this month reach prospects next month
//! (`acquisition`). A customer who is very satisfied recommends us to a few
//! people a year; a customer with a bad episode (a complaint handled badly, or
//! leaving while dissatisfied) tells 8–10 people (the course's figure; TARP's
//! studies for the White House Office of Consumer Affairs, 1979–86), more if
//! it talks a lot (the segment's `word_of_mouth`) and the angrier it is.
//!
//! Warnings land on the whole market, not only on prospects: a person told is
//! anybody in the market, chosen at random. A warned prospect is put off us,
//! less each month until the warning is forgotten; a warned customer of ours
//! trusts us less.

/// Satisfaction above which a customer recommends us.
pub const RECOMMEND_ABOVE: f64 = 60.0;
/// People a fully delighted customer of average talkativeness recommends us
/// to per month.
pub const RECOMMENDATIONS_AT_DELIGHT: f64 = 0.5;
/// People an average customer with a bad episode warns.
pub const WARNINGS_PER_EPISODE: f64 = 9.0;
/// Satisfaction below which leaving counts as a bad episode.
pub const DISSATISFIED_BELOW: f64 = 40.0;
/// Months a warning keeps putting a prospect off (its deterrent fades
/// linearly to nothing over them): a stated teaching choice, half a year.
pub const WARNING_MONTHS: u16 = 6;
/// How much a fresh warning cuts a prospect's chance of joining (teaching
/// choice: a friend's warning halves it, then fades).
pub const WARNING_DETERRENCE: f64 = 0.5;
/// Trust points a customer of ours loses on hearing a warning (teaching
/// choice: about a third of what a badly handled complaint of its own costs).
pub const WARNING_TRUST: f64 = 5.0;

use super::context::{MonthContext, SegmentMonth};
use super::population::Customer;
use super::rng::{CustomerMonth, Purpose};
use super::stage::Stage;
use super::tally::Tally;

/// Chance that one person in the market hears one of `warnings` warnings
/// given last month: warnings are spread over everybody in the market.
pub fn reach(warnings: f64, market_size: u32) -> f64 {
    if market_size == 0 {
        return 0.0;
    }
    (warnings / f64::from(market_size)).min(1.0)
}

/// How much a warning still puts a prospect off in `month` (0 when it has
/// heard none or has forgotten it): full in the month it was heard, fading
/// linearly over [`WARNING_MONTHS`].
#[inline]
pub fn deterrence(warned_until: u16, month: u32) -> f64 {
    let until = u32::from(warned_until);
    if until >= month {
        WARNING_DETERRENCE * f64::from(until - month + 1) * (1.0 / f64::from(WARNING_MONTHS))
    } else {
        0.0
    }
}

/// Step 1 for everybody: whether this person hears one of last month's
/// warnings about firm `ctx.firm`, and what that does (a prospect is put off, a customer trusts
/// us less).
#[inline]
pub fn hear(c: &mut Customer, draws: &CustomerMonth, ctx: &MonthContext, tally: &mut Tally) {
    if ctx.warning_reach > 0.0 && draws.chance(Purpose::Warning, ctx.warning_reach) {
        tally.people_warned += 1;
        match c.stage {
            Stage::Prospect => {
                c.warned_until = ctx.month as u16 + WARNING_MONTHS - 1;
                c.warned_firm = ctx.firm;
                tally.prospects_warned += 1;
            }
            Stage::Churned => {}
            // A warning is about the firm the warner experienced: a rival
            // firm's customer hears it but has no trust in it to lose.
            _ if c.firm != ctx.firm => {}
            _ => {
                c.trust = (c.trust - WARNING_TRUST).max(0.0);
                tally.customers_warned += 1;
            }
        }
    }
}

/// A bad episode (a complaint handled badly, or leaving dissatisfied): the
/// customer warns others, who hear it next month.
#[inline]
pub fn bad_episode(satisfaction: f64, seg: &SegmentMonth, tally: &mut Tally) {
    tally.warning_customers += 1;
    tally.warnings += warnings(satisfaction, seg.word_of_mouth);
}

/// A customer who has just left: if it left dissatisfied, it remembers and
/// warns others.
#[inline]
pub fn leave_unhappy(c: &mut Customer, seg: &SegmentMonth, tally: &mut Tally) {
    if c.satisfaction < DISSATISFIED_BELOW {
        c.bad_memory = true;
        bad_episode(c.satisfaction, seg, tally);
    }
}

/// People this customer recommends us to this month.
#[inline]
pub fn recommendations(satisfaction: f64, word_of_mouth: f64) -> f64 {
    if satisfaction > RECOMMEND_ABOVE {
        RECOMMENDATIONS_AT_DELIGHT
            * word_of_mouth
            * (satisfaction - RECOMMEND_ABOVE)
            * (1.0 / (100.0 - RECOMMEND_ABOVE))
    } else {
        0.0
    }
}

/// People a customer with a bad episode warns: 9 for an average talker at
/// satisfaction 30, a little more when angrier, a little less when calmer,
/// ranging from about 8 to 10 for an average talker.
#[inline]
pub fn warnings(satisfaction: f64, word_of_mouth: f64) -> f64 {
    let anger = ((30.0 - satisfaction) / 30.0).clamp(-0.33, 1.0);
    WARNINGS_PER_EPISODE * word_of_mouth * (1.0 + 0.11 * anger)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_satisfied_recommend() {
        assert_eq!(recommendations(55.0, 1.0), 0.0);
        assert!(recommendations(90.0, 1.0) > recommendations(70.0, 1.0));
        assert!(recommendations(90.0, 1.3) > recommendations(90.0, 1.0));
        assert!((recommendations(100.0, 1.0) - RECOMMENDATIONS_AT_DELIGHT).abs() < 1e-12);
    }

    #[test]
    fn an_unhappy_customer_tells_eight_to_ten() {
        for s in [0.0, 10.0, 20.0, 30.0, 39.0] {
            let w = warnings(s, 1.0);
            assert!((8.0..=10.0).contains(&w), "{s}: {w}");
        }
        assert!(warnings(5.0, 1.0) > warnings(35.0, 1.0));
    }
}
