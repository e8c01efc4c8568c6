//! Prospects convert (MODEL.md §5 step 1; the customer development lifecycle
//! 吸引 → 获得): acquisition spend and recommendations reach prospects,
//! warnings put them off, and our offer's value against the competitor's
//! decides how many of those reached join.
//!
//! Marketing contacts land anywhere in the market, on people who are already
//! customers as well as on prospects, so as the pool of prospects shrinks each
//! yuan finds fewer of them and the cost per new customer rises (saturation).
//! Reach has diminishing returns too: the same people are hit twice.

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
/// * `warned` — whether a warning still puts it off.
#[inline]
pub fn conversion_prob(
    marketing_reach: f64,
    referral_reach: f64,
    attractiveness: f64,
    warned: bool,
) -> f64 {
    let deterrence = if warned {
        1.0 - super::word_of_mouth::WARNING_DETERRENCE
    } else {
        1.0
    };
    let by_marketing = (marketing_reach * MARKETING_CONVERSION * attractiveness).min(1.0);
    let by_referral = (referral_reach * REFERRAL_CONVERSION * attractiveness).min(1.0);
    deterrence * (1.0 - (1.0 - by_marketing) * (1.0 - by_referral))
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
        let base = conversion_prob(0.5, 0.0, 1.0, false);
        assert!((base - 0.5 * MARKETING_CONVERSION).abs() < 1e-12);
        assert!(conversion_prob(0.5, 0.0, 1.0, true) < base);
        assert!(conversion_prob(0.5, 0.0, 1.5, false) > base);
        assert!(conversion_prob(0.5, 0.1, 1.0, false) > base);
        assert_eq!(conversion_prob(0.0, 0.0, 1.0, false), 0.0);
    }
}
