//! The population: one record per person in the market, prospects and
//! customers alike, with the state each carries from month to month.
//!
//! Records are kept as an array of small structs rather than columns: the
//! month runs the whole causal chain of MODEL.md §5 for one person in one pass
//! (see `sim::step`), which reads each record once per month.

use super::pyramid::Tier;
use super::rng::{Purpose, Streams};
use super::scenario::Scenario;
use super::stage::Stage;

/// One person in the market.
#[derive(Clone, Debug, PartialEq)]
pub struct Customer {
    /// Index into the scenario's segments.
    pub segment: u8,
    pub stage: Stage,
    /// The firm whose customer (or lapsed customer) it is, in a market of
    /// several firms (a classroom league; 0 in a market of one). A prospect
    /// keeps the firm it last left, which no longer matters.
    pub firm: u8,
    /// The firm the last warning it heard was about (`warned_until`).
    pub warned_firm: u8,
    /// Pyramid tier, from last month's ranking (active customers only).
    pub tier: Tier,
    /// Left us unhappy or was badly treated: harder to win back.
    pub bad_memory: bool,
    /// A member of the loyalty programme (`programme`).
    pub member: bool,
    /// Holds the programme's gold card this month.
    pub gold_card: bool,
    /// Months as a customer in the current relationship.
    pub tenure: u16,
    /// Months since churning (churned customers only).
    pub months_churned: u16,
    /// A prospect who heard a warning is put off until this month.
    pub warned_until: u16,
    /// Enrolled in the retention programme until this month (`value_at_risk`
    /// targeting; 0 when never enrolled).
    pub enrolled_until: u16,
    /// The month of its last service failure (0: none yet).
    pub failed_month: u16,
    /// The month it was last offered a save (`early_warning`; 0: never).
    pub saved_month: u16,
    /// Lasting personal fit with our offer, in quality points (± around 0).
    pub taste: f64,
    /// Habit, convenience and reluctance to switch (0–1): damps the rival's
    /// pull. Varies around its segment's inertia. (Single precision: it is
    /// drawn once, and the record stays small for the monthly pass.)
    pub inertia: f32,
    /// Expected service quality q on the 0–10 scale; adapts to experience.
    pub expectation: f64,
    /// Satisfaction, 0–100 (bands in `satisfaction::Band`).
    pub satisfaction: f64,
    /// Trust in the firm, 0–100.
    pub trust: f64,
    /// Switching cost as the customer feels it, 0–100.
    pub switching_cost: f64,
    /// Attitudinal loyalty, 0–100.
    pub loyalty: f64,
    /// Probability of buying again next month (monthly retention), 0–1.
    pub repurchase_prob: f64,
    /// Contribution last month: revenue − cost of goods − service and care spent on it (¥).
    pub margin: f64,
    /// Contribution summed over the whole run so far (¥), undiscounted.
    pub realised_value: f64,
    /// Contribution summed over the whole run so far, each month's discounted
    /// to month 0 at the scenario's rate (¥).
    pub discounted_value: f64,
    /// Value at risk (¥): its monthly churn risk without this month's care ×
    /// what keeping it would be worth (`clv::KEPT_RETENTION`); what
    /// `value_at_risk` targeting ranks by. (Single precision: a ranking.)
    pub value_at_risk: f32,
    /// Predicted CLV (¥): `clv::predicted` from its margin and repurchase probability.
    pub clv: f64,
    /// Programme points not yet redeemed, at face value (¥). (Single
    /// precision: the record stays small.)
    pub points: f32,
    /// Its monthly churn risk without this month's care, as the firm sees it
    /// (0–1; `churn::Risk::uncared`): what the early warning reads.
    pub churn_risk: f32,
}

impl Customer {
    /// A person of `segment` who is not (yet) our customer.
    pub fn prospect(segment: u8) -> Self {
        Customer {
            segment,
            stage: Stage::Prospect,
            firm: 0,
            warned_firm: 0,
            tier: Tier::Lead,
            bad_memory: false,
            member: false,
            gold_card: false,
            tenure: 0,
            months_churned: 0,
            warned_until: 0,
            enrolled_until: 0,
            failed_month: 0,
            saved_month: 0,
            taste: 0.0,
            inertia: 0.0,
            expectation: 0.0,
            satisfaction: 0.0,
            trust: 0.0,
            switching_cost: 0.0,
            loyalty: 0.0,
            repurchase_prob: 0.0,
            margin: 0.0,
            realised_value: 0.0,
            discounted_value: 0.0,
            value_at_risk: 0.0,
            clv: 0.0,
            points: 0.0,
            churn_risk: 0.0,
        }
    }
}

/// Standard deviation of a customer's lasting taste, in quality points
/// (calibrated so a typical market has customers in every satisfaction band,
/// MODEL.md §6 fact 10).
pub const TASTE_SD: f64 = 2.6;
/// Standard deviation of a customer's inertia around its segment's
/// (calibrated so every loyalty-matrix quadrant holds customers, fact 10).
pub const INERTIA_SD: f64 = 0.25;
/// The most inertia anybody has: nobody is entirely out of the rival's reach.
pub const INERTIA_MAX: f64 = 0.95;

/// A person's lasting traits, the same whenever it is our customer: drawn
/// from its own month-0 stream.
#[derive(Clone, Copy, Debug)]
pub struct LastingTraits {
    /// Taste (quality points).
    pub taste: f64,
    /// Its inertia's distance from its segment's, in standard deviations.
    inertia_z: f64,
}

impl LastingTraits {
    /// The traits of person `id`.
    #[inline]
    pub fn of(streams: &Streams, id: usize) -> Self {
        let draws = streams.customer_month(id, 0);
        LastingTraits {
            taste: draws.normal(Purpose::Taste) * TASTE_SD,
            inertia_z: draws.normal(Purpose::Inertia),
        }
    }

    /// Its inertia in a segment of mean inertia `segment_inertia`.
    #[inline]
    pub fn inertia(&self, segment_inertia: f64) -> f32 {
        (segment_inertia + INERTIA_SD * self.inertia_z).clamp(0.0, INERTIA_MAX) as f32
    }
}

/// Picks a segment index from a uniform draw and the segments' shares.
pub fn pick_segment(scenario: &Scenario, u: f64) -> u8 {
    let mut acc = 0.0;
    for (i, s) in scenario.segments.iter().enumerate() {
        acc += s.share;
        if u < acc {
            return i as u8;
        }
    }
    (scenario.segments.len() - 1) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_picking_follows_cumulative_shares() {
        let s = Scenario::default(); // shares 0.4, 0.4, 0.2
        assert_eq!(pick_segment(&s, 0.0), 0);
        assert_eq!(pick_segment(&s, 0.39), 0);
        assert_eq!(pick_segment(&s, 0.41), 1);
        assert_eq!(pick_segment(&s, 0.99), 2);
    }
}
