//! Churn early warning and the save plan (流失预警 与 挽救; MODEL.md §2
//! "Churn" and "Value at risk").
//!
//! **Early warning.** Each month every active customer's churn risk is
//! known to the firm as the model computes it: the chance it leaves in a
//! month without this month's care (`churn::Risk::uncared`, kept on the
//! customer as `churn_risk`). A customer at or above [`AT_RISK`] is *at
//! risk*; the list ([`list`]) ranks them by risk, with their value, stage
//! and the main reason ([`Reason`]), read from the state that drives the
//! churn decision.
//!
//! **Save plan.** A one-off offer or call ([`SAVE_COOLDOWN`] months apart
//! at most) to the customers flagged last month whose value at risk is
//! well above the offer ([`SAVE_WORTH`]): the plan is aimed at value at
//! risk, the valuable customers about to leave.
//! Each attempt costs the save offer (¥); it succeeds with a chance that
//! depends on the reason ([`SAVE_SUCCESS`]) and grows with the offer with
//! diminishing returns. A saved customer's problem is addressed: its
//! satisfaction and trust recover by [`SAVE_RECOVERY`] points (counted once,
//! in those states, as a recovered complaint is), so its churn risk falls
//! for as long as the recovery lasts. This is distinct from win-back, which
//! goes after customers who have already left (`winback`).

use super::context::MonthContext;
use super::delivered_value::price_value;
use super::population::Customer;
use super::rng::{CustomerMonth, Purpose};
use super::scenario::Scenario;
use super::stage::Stage;
use super::tally::Tally;

/// Monthly churn risk from which a customer is at risk: 8% a month is about
/// two chances in three of leaving within a year (teaching choice: the
/// default market's customers average about 3% a month).
pub const AT_RISK: f64 = 0.08;

/// Months within which a service failure is still the reason (a failure's
/// memory lasts about a quarter, as the complaint's effect does).
pub const RECENT_FAILURE_MONTHS: u16 = 3;

/// Price side of delivered value (quality points) below which our price is
/// the reason: half a quality point is our price about 5% above the rival's
/// for a customer of average price sensitivity (`delivered_value`).
pub const PRICE_REASON: f64 = -0.5;

/// Trust (0–100) below which low trust is the reason (the default market's
/// customers settle near 60 with care).
pub const LOW_TRUST: f64 = 40.0;

/// Why a customer at risk may leave.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// A service failure (complained about or not) in the last months.
    Failure,
    /// Our price is well above what the rival asks, for this customer.
    Price,
    /// It does not trust us.
    LowTrust,
    /// None of those: the rival's offer simply pulls (competition, inertia
    /// worn thin).
    RivalPull,
}

impl Reason {
    pub const ALL: [Reason; 4] = [
        Reason::Failure,
        Reason::Price,
        Reason::LowTrust,
        Reason::RivalPull,
    ];

    /// Its name in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Failure => "failure",
            Reason::Price => "price",
            Reason::LowTrust => "low_trust",
            Reason::RivalPull => "rival_pull",
        }
    }
}

/// Chance a save attempt succeeds at full offer, by reason (order of
/// [`Reason::ALL`]); teaching choice after service recovery: a failure put
/// right wins most back (about 70% of well-handled complainants stay,
/// MODEL.md §6 fact 6), an offer meets a price gap less often, trust is
/// slow to rebuild, and a rival who is simply better is hardest to beat.
pub const SAVE_SUCCESS: [f64; 4] = [0.6, 0.45, 0.35, 0.2];

/// Offer (¥ per attempt) that reaches 63% of the full success chance: the
/// scale of diminishing returns (teaching choice: a call with a voucher of
/// a few tens of yuan).
pub const SAVE_SCALE: f64 = 20.0;

/// Satisfaction and trust points a successful save restores.
pub const SAVE_RECOVERY: f64 = 25.0;

/// How many times the offer a customer's value at risk must be for the
/// save plan to call it: the plan is aimed at value at risk, calling only
/// where the value a month's risk puts at stake is well above the offer
/// (teaching choice: a firm expects about one save in four or five calls).
pub const SAVE_WORTH: f64 = 4.0;

/// Months before the same customer can be offered a save again: a one-off
/// offer, not a standing discount.
pub const SAVE_COOLDOWN: u16 = 6;

/// The main reason a customer may leave, in the order of [`Reason::ALL`]:
/// a recent failure, else a price gap (`price_value`, the price side of its
/// delivered value in quality points), else low trust, else the rival's pull.
pub fn reason(c: &Customer, price_value: f64, month: u32) -> Reason {
    if c.failed_month > 0 && u32::from(c.failed_month + RECENT_FAILURE_MONTHS) > month {
        Reason::Failure
    } else if price_value < PRICE_REASON {
        Reason::Price
    } else if c.trust < LOW_TRUST {
        Reason::LowTrust
    } else {
        Reason::RivalPull
    }
}

/// Chance (0–1) a save attempt with this offer succeeds for this reason.
pub fn save_chance(offer: f64, reason: Reason) -> f64 {
    SAVE_SUCCESS[reason as usize] * (1.0 - libm::exp(-offer / SAVE_SCALE))
}

/// Whether a customer is at risk (`churn_risk` ≥ [`AT_RISK`]).
#[inline]
pub fn at_risk(c: &Customer) -> bool {
    c.stage.is_active() && f64::from(c.churn_risk) >= AT_RISK
}

/// The save plan's step for an active customer at the start of its month:
/// if it was flagged last month (at risk, its value at risk well above the
/// offer) and not offered a save lately, the firm tries; a success restores
/// its satisfaction and trust. `price_value` is the price side of its
/// delivered value (for the reason, read only for a customer called).
/// Counted in the tally.
#[inline]
pub fn step(
    c: &mut Customer,
    draws: &CustomerMonth,
    ctx: &MonthContext,
    price_value: f64,
    tally: &mut Tally,
) {
    let offer = ctx.levers.save_offer;
    let month = ctx.month as u16;
    if offer <= 0.0
        || !at_risk(c)
        || f64::from(c.value_at_risk) < SAVE_WORTH * offer
        || (c.saved_month > 0 && c.saved_month + SAVE_COOLDOWN > month)
    {
        return;
    }
    c.saved_month = month;
    tally.save.attempts += 1;
    let why = reason(c, price_value, ctx.month);
    if draws.chance(Purpose::Save, save_chance(offer, why)) {
        tally.save.saved += 1;
        c.satisfaction = (c.satisfaction + SAVE_RECOVERY).min(100.0);
        c.trust = (c.trust + SAVE_RECOVERY).min(100.0);
    }
}

/// One customer on the early-warning list.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Flagged {
    /// Its place in the population (a stable customer number).
    pub id: u32,
    /// Index of its segment in the scenario.
    pub segment: u8,
    pub stage: Stage,
    /// Chance it leaves next month without care (0–1).
    pub churn_risk: f64,
    /// Predicted CLV (¥).
    pub clv: f64,
    /// Value at risk (¥): churn risk × what keeping it would be worth.
    pub value_at_risk: f64,
    pub reason: Reason,
}

/// A customer at risk as the early warning first sees it: enough to rank
/// it (the rest of its row is read only for those listed).
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    pub id: u32,
    pub churn_risk: f32,
    pub value_at_risk: f32,
}

impl Candidate {
    /// Customer `id` as a candidate, if it is at risk.
    #[inline]
    pub fn of(id: usize, c: &Customer) -> Option<Candidate> {
        at_risk(c).then_some(Candidate {
            id: id as u32,
            churn_risk: c.churn_risk,
            value_at_risk: c.value_at_risk,
        })
    }
}

/// The early warning of a population as it stands: how many customers are
/// at risk, the value at risk they carry (¥), and the `top` of them by
/// churn risk together with the `top` by value at risk (the most likely to
/// leave are seldom the most valuable), most likely to leave first.
pub fn list(
    customers: &[Customer],
    scenario: &Scenario,
    price: f64,
    month: u32,
    top: usize,
) -> (u32, f64, Vec<Flagged>) {
    let candidates: Vec<Candidate> = customers
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Candidate::of(i, c))
        .collect();
    pick(customers, scenario, price, month, top, candidates)
}

/// [`list`] from the customers at risk already gathered (`candidates`, in
/// any order): the two rankings are partial selections, and only the
/// customers listed have their row and reason read.
pub fn pick(
    customers: &[Customer],
    scenario: &Scenario,
    price: f64,
    month: u32,
    top: usize,
    mut candidates: Vec<Candidate>,
) -> (u32, f64, Vec<Flagged>) {
    let count = candidates.len() as u32;
    let value = candidates.iter().map(|c| f64::from(c.value_at_risk)).sum();
    let by_value = |a: &Candidate, b: &Candidate| {
        b.value_at_risk
            .total_cmp(&a.value_at_risk)
            .then(a.id.cmp(&b.id))
    };
    // Most likely to leave first; ties by value at risk, then number.
    let by_risk = |a: &Candidate, b: &Candidate| {
        b.churn_risk
            .total_cmp(&a.churn_risk)
            .then(b.value_at_risk.total_cmp(&a.value_at_risk))
            .then(a.id.cmp(&b.id))
    };
    let mut first = |order: &dyn Fn(&Candidate, &Candidate) -> std::cmp::Ordering| {
        if candidates.len() > top && top > 0 {
            candidates.select_nth_unstable_by(top - 1, order);
        }
        candidates.iter().take(top).copied().collect::<Vec<_>>()
    };
    let mut kept = first(&by_value);
    for c in first(&by_risk) {
        if !kept.iter().any(|k| k.id == c.id) {
            kept.push(c);
        }
    }
    kept.sort_by(by_risk);
    let flagged = kept
        .iter()
        .map(|k| {
            let c = &customers[k.id as usize];
            let sensitivity = scenario.segments[usize::from(c.segment)].price_sensitivity;
            let value_side = price_value(sensitivity, price, scenario.competitor_price);
            Flagged {
                id: k.id,
                segment: c.segment,
                stage: c.stage,
                churn_risk: f64::from(c.churn_risk),
                clv: c.clv,
                value_at_risk: f64::from(c.value_at_risk),
                reason: reason(c, value_side, month),
            }
        })
        .collect();
    (count, value, flagged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer() -> Customer {
        Customer {
            stage: Stage::Maturity,
            trust: 60.0,
            ..Customer::prospect(0)
        }
    }

    #[test]
    fn the_main_reason_goes_in_the_course_order() {
        let mut c = customer();
        let dearer = price_value(1.0, 1.2, 1.0);
        assert!(dearer < PRICE_REASON);
        assert_eq!(reason(&c, 0.0, 10), Reason::RivalPull);
        c.trust = 30.0;
        assert_eq!(reason(&c, 0.0, 10), Reason::LowTrust);
        assert_eq!(reason(&c, dearer, 10), Reason::Price);
        c.failed_month = 8;
        assert_eq!(reason(&c, dearer, 10), Reason::Failure);
        assert_eq!(
            reason(&c, dearer, 11),
            Reason::Price,
            "the failure is three months old"
        );
    }

    #[test]
    fn a_save_succeeds_more_often_with_a_bigger_offer_and_a_fixable_reason() {
        assert_eq!(save_chance(0.0, Reason::Failure), 0.0);
        assert!(save_chance(40.0, Reason::Failure) > save_chance(10.0, Reason::Failure));
        assert!(save_chance(1e6, Reason::Failure) <= SAVE_SUCCESS[0]);
        for w in Reason::ALL.windows(2) {
            assert!(save_chance(20.0, w[0]) > save_chance(20.0, w[1]));
        }
    }

    #[test]
    fn the_list_ranks_the_customers_at_risk() {
        let s = Scenario::default();
        let mut people = vec![customer(); 5];
        for (c, risk) in people.iter_mut().zip([0.02, 0.2, 0.09, 0.5, 0.07]) {
            c.churn_risk = risk;
        }
        people[0].stage = Stage::Churned;
        people[0].churn_risk = 0.9;
        people[2].value_at_risk = 500.0;
        let (n, _, top) = list(&people, &s, 1.0, 5, 1);
        assert_eq!(n, 3);
        // The likeliest to leave and the most valuable at risk, likeliest first.
        assert_eq!(top.iter().map(|f| f.id).collect::<Vec<_>>(), vec![3, 2]);
    }
}
