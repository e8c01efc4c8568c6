//! The seven loyalty types (客户忠诚类型, MODEL.md §2): *why* an active
//! customer keeps buying. The course names them monopoly (垄断忠诚: there
//! is no real alternative), inertia (惰性忠诚: habit and switching cost),
//! latent (潜在忠诚: likes us but buys little), convenience (方便忠诚: we are
//! the easy choice), price (价格忠诚: we are cheaper for it), incentive
//! (激励忠诚: the programme's benefits) and super-value (超值忠诚: it likes
//! us and we deliver more value than the rival).
//!
//! The loyalty matrix says *whether* a customer is loyal (attitude ×
//! behaviour); the type says *what holds it*. It is read from the same
//! quantities the churn decision weighs (`churn`): the rival's strength,
//! the customer's inertia raised by its switching cost, the price and value
//! sides of delivered value (`delivered_value`), its attitude and its
//! repurchase probability. So a type names what keeps the customer in the
//! model, not a label put beside it.
//!
//! The rule, in order:
//! 1. attitude high and repurchase low (the matrix's latent quadrant):
//!    **latent**;
//! 2. where the rival is a real alternative, our price is its main
//!    advantage: the price side of its delivered value is at least
//!    [`PRICE_HOLDS`] quality points and more than our quality's lead over
//!    the rival's: **price**, whatever it thinks of us (it likes the price,
//!    not the firm; where there is no alternative, price holds no one);
//! 3. attitude high, at least very satisfied, and our delivered value at
//!    least the rival's: **super-value**;
//! 4. where the rival is no real alternative (competition below
//!    [`MONOPOLY_BELOW`]), any other customer: **monopoly**: it buys from us
//!    because it has nowhere else to go;
//! 5. otherwise the strongest of the [`Reasons`] that hold a customer
//!    whatever it thinks of us: habit and switching cost (**inertia**), our
//!    price (**price**), ease (**convenience**), programme benefits
//!    (**incentive**); a tie goes to the first in that order.
//!
//! Incentive comes from the loyalty programme (`programme`): a member's
//! reward this month, gone when the programme stops. Convenience has no
//! source yet.

use super::churn::inertia_with_barrier;
use super::delivered_value::{price_value, relative_cdv};
use super::levers::Levers;
use super::loyalty::{HIGH_ATTITUDE, HIGH_REPURCHASE};
use super::population::Customer;
use super::programme::{incentive, Programme};
use super::scenario::Scenario;

/// A customer's loyalty type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoyaltyType {
    Monopoly,
    Inertia,
    Latent,
    Convenience,
    Price,
    Incentive,
    SuperValue,
}

impl LoyaltyType {
    /// The course's order.
    pub const ALL: [LoyaltyType; 7] = [
        LoyaltyType::Monopoly,
        LoyaltyType::Inertia,
        LoyaltyType::Latent,
        LoyaltyType::Convenience,
        LoyaltyType::Price,
        LoyaltyType::Incentive,
        LoyaltyType::SuperValue,
    ];

    /// The name used in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            LoyaltyType::Monopoly => "monopoly",
            LoyaltyType::Inertia => "inertia",
            LoyaltyType::Latent => "latent",
            LoyaltyType::Convenience => "convenience",
            LoyaltyType::Price => "price",
            LoyaltyType::Incentive => "incentive",
            LoyaltyType::SuperValue => "super_value",
        }
    }
}

/// Competitive intensity (0–1) below which the rival is no real
/// alternative (teaching choice: the built-in monopoly-like market sits at
/// 0.1, the retail market at 0.5, the subscription market at 0.6).
pub const MONOPOLY_BELOW: f64 = 0.4;
/// Quality points of price advantage that make price a full reason to stay
/// (teaching choice: 2 points is 20% cheaper for a customer of average
/// price sensitivity, 12.5% for a value seeker; `delivered_value`).
pub const PRICE_FULL: f64 = 2.0;
/// Quality points of price advantage from which price is what holds a
/// customer (when it outweighs our quality's lead): 10% cheaper for a
/// customer of average price sensitivity (teaching choice).
pub const PRICE_HOLDS: f64 = 1.0;
/// Satisfaction (0–100) from which a customer who likes us counts its
/// delivered value as super (the course's 超值: value beyond expectation;
/// 60 is the lower edge of 很满意, `satisfaction::Band`).
pub const SUPER_SATISFACTION: f64 = 60.0;

/// The market as the types read it this month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Market {
    /// Competitive intensity (0–1).
    pub competition: f64,
    /// Our price and the rival's, as multiples of the reference price.
    pub price: f64,
    pub competitor_price: f64,
    /// Our service level and the rival's on the 0–10 quality scale.
    pub quality: f64,
    pub competitor_quality: f64,
    /// The loyalty programme this month (its rewards hold members).
    pub programme: Programme,
}

impl Market {
    /// The market of `scenario` under `levers`, before any market event.
    pub fn of(scenario: &Scenario, levers: &Levers) -> Market {
        Market {
            competition: scenario.competition,
            price: levers.price,
            competitor_price: scenario.competitor_price,
            quality: super::satisfaction::quality_level(levers.service_quality),
            competitor_quality: scenario.competitor_quality,
            programme: Programme::of(levers),
        }
    }
}

/// The reasons that hold a customer whatever it thinks of us, each 0–1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reasons {
    /// Habit raised by switching cost (`churn::inertia_with_barrier`).
    pub habit: f64,
    /// Our price's advantage for this customer, in [`PRICE_FULL`]s.
    pub price: f64,
    /// Ease: none yet (the care channels' reach will set it).
    pub convenience: f64,
    /// Programme benefits: the member's incentive this month
    /// (`programme::incentive`), 0 for a non-member or with no programme.
    pub incentive: f64,
}

impl Reasons {
    /// The reasons of a customer of price sensitivity `price_sensitivity`.
    pub fn of(c: &Customer, price_sensitivity: f64, m: &Market) -> Reasons {
        Reasons {
            habit: inertia_with_barrier(f64::from(c.inertia), c.switching_cost).clamp(0.0, 1.0),
            price: (price_value(price_sensitivity, m.price, m.competitor_price) / PRICE_FULL)
                .clamp(0.0, 1.0),
            convenience: 0.0,
            incentive: incentive(c, &m.programme),
        }
    }

    /// The type of the strongest reason (ties to the first in the course's
    /// order).
    fn strongest(&self) -> LoyaltyType {
        let candidates = [
            (LoyaltyType::Inertia, self.habit),
            (LoyaltyType::Price, self.price),
            (LoyaltyType::Convenience, self.convenience),
            (LoyaltyType::Incentive, self.incentive),
        ];
        let mut best = candidates[0];
        for c in &candidates[1..] {
            if c.1 > best.1 {
                best = *c;
            }
        }
        best.0
    }
}

/// The loyalty type of an active customer (see the module's rule).
pub fn classify(c: &Customer, price_sensitivity: f64, m: &Market) -> LoyaltyType {
    let likes_us = c.loyalty >= HIGH_ATTITUDE;
    if likes_us && c.repurchase_prob < HIGH_REPURCHASE {
        return LoyaltyType::Latent;
    }
    let price_side = price_value(price_sensitivity, m.price, m.competitor_price);
    let rival = m.competition >= MONOPOLY_BELOW;
    if rival && price_side >= PRICE_HOLDS && price_side > m.quality - m.competitor_quality {
        return LoyaltyType::Price;
    }
    let value = relative_cdv(m.quality, m.competitor_quality, price_side);
    if likes_us && c.satisfaction >= SUPER_SATISFACTION && value >= 0.0 {
        return LoyaltyType::SuperValue;
    }
    if m.competition < MONOPOLY_BELOW {
        return LoyaltyType::Monopoly;
    }
    Reasons::of(c, price_sensitivity, m).strongest()
}

/// How many active customers are of each type, in [`LoyaltyType::ALL`]'s
/// order; `price_sensitivity` gives a customer's segment's.
pub fn counts(
    customers: &[Customer],
    price_sensitivity: impl Fn(u8) -> f64,
    m: &Market,
) -> [u32; 7] {
    let mut out = [0u32; 7];
    for c in customers.iter().filter(|c| c.stage.is_active()) {
        out[classify(c, price_sensitivity(c.segment), m) as usize] += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_counts_in_its_place() {
        for (i, t) in LoyaltyType::ALL.into_iter().enumerate() {
            assert_eq!(t as usize, i, "{t:?}");
        }
    }
    use crate::sim::stage::Stage;

    fn customer(loyalty: f64, repurchase: f64, satisfaction: f64, inertia: f32) -> Customer {
        Customer {
            stage: Stage::Maturity,
            loyalty,
            repurchase_prob: repurchase,
            satisfaction,
            inertia,
            switching_cost: 0.0,
            ..Customer::prospect(0)
        }
    }

    const RETAIL: Market = Market {
        competition: 0.5,
        price: 1.0,
        competitor_price: 1.0,
        quality: 6.5,
        competitor_quality: 6.0,
        programme: Programme {
            points_rate: 0.0,
            member_threshold: 0.0,
            gold_card_threshold: 0.0,
            gold_card_benefit: 0.0,
        },
    };

    #[test]
    fn each_rule_gives_its_type() {
        // Likes us, buys little: latent, whatever holds it otherwise.
        assert_eq!(
            classify(&customer(70.0, 0.90, 70.0, 0.9), 1.0, &RETAIL),
            LoyaltyType::Latent
        );
        // Likes us, very satisfied, at least the rival's value: super-value.
        assert_eq!(
            classify(&customer(70.0, 0.99, 70.0, 0.2), 1.0, &RETAIL),
            LoyaltyType::SuperValue
        );
        // The same customer where the rival delivers more: held by habit.
        let better_rival = Market {
            competitor_quality: 8.0,
            ..RETAIL
        };
        assert_eq!(
            classify(&customer(70.0, 0.99, 70.0, 0.4), 1.0, &better_rival),
            LoyaltyType::Inertia
        );
        // Indifferent, in a market without a real rival: monopoly.
        let monopoly = Market {
            competition: 0.1,
            ..RETAIL
        };
        assert_eq!(
            classify(&customer(30.0, 0.99, 40.0, 0.3), 1.0, &monopoly),
            LoyaltyType::Monopoly
        );
        // Indifferent and price-sensitive, where we are 20% cheaper: price.
        let cheap = Market {
            price: 0.8,
            ..RETAIL
        };
        assert_eq!(
            classify(&customer(30.0, 0.99, 40.0, 0.3), 1.6, &cheap),
            LoyaltyType::Price
        );
        // The same customer at the rival's price: held by habit.
        assert_eq!(
            classify(&customer(30.0, 0.99, 40.0, 0.3), 1.6, &RETAIL),
            LoyaltyType::Inertia
        );
    }

    #[test]
    fn reasons_stay_within_zero_and_one() {
        let extreme = Market {
            competition: 0.0,
            price: 0.6,
            competitor_price: 1.6,
            quality: 10.0,
            competitor_quality: 0.0,
            programme: Programme {
                points_rate: 0.1,
                member_threshold: 0.0,
                gold_card_threshold: 0.0,
                gold_card_benefit: 0.2,
            },
        };
        let mut c = customer(0.0, 1.0, 0.0, 1.0);
        c.switching_cost = 100.0;
        c.member = true;
        c.gold_card = true;
        let r = Reasons::of(&c, 2.0, &extreme);
        for v in [r.habit, r.price, r.convenience, r.incentive] {
            assert!((0.0..=1.0).contains(&v), "{r:?}");
        }
        assert_eq!(r.price, 1.0);
    }

    #[test]
    fn only_active_customers_are_counted() {
        let mut gone = customer(30.0, 0.99, 40.0, 0.3);
        gone.stage = Stage::Churned;
        let counts = counts(
            &[customer(30.0, 0.99, 40.0, 0.3), gone, Customer::prospect(0)],
            |_| 1.0,
            &RETAIL,
        );
        assert_eq!(counts.iter().sum::<u32>(), 1);
        assert_eq!(counts[1], 1, "inertia");
    }

    /// The course's signatures, on each built-in market's own run (three
    /// seeds): a monopoly-like market is held mostly by monopoly loyalty;
    /// a low price holds value seekers by price far more than premium
    /// customers, and far more than the reference price does (paired runs).
    #[test]
    fn markets_and_prices_give_the_courses_signatures() {
        use crate::sim::{run_with_final_state, Decisions};
        let shares = |s: &Scenario, levers: Levers, segment: Option<u8>| -> [f64; 7] {
            let (_, sim) = run_with_final_state(s, &Decisions::constant(levers)).unwrap();
            let m = Market::of(s, &levers);
            let chosen: Vec<Customer> = sim
                .customers()
                .iter()
                .filter(|c| segment.is_none_or(|k| c.segment == k))
                .cloned()
                .collect();
            let n = counts(&chosen, |k| s.segments[k as usize].price_sensitivity, &m);
            let total = f64::from(n.iter().sum::<u32>().max(1));
            n.map(|x| f64::from(x) / total)
        };
        for seed in 1..=3 {
            let monopoly = Scenario {
                market_size: 3_000,
                seed,
                ..Scenario::built_in("monopoly").unwrap()
            };
            let m = shares(&monopoly, Levers::default(), None);
            let top = (0..7).max_by(|a, b| m[*a].total_cmp(&m[*b])).unwrap();
            assert_eq!(
                LoyaltyType::ALL[top],
                LoyaltyType::Monopoly,
                "seed {seed}: {m:?}"
            );
            let retail = Scenario {
                market_size: 3_000,
                seed,
                ..Scenario::default()
            };
            assert!(
                shares(&retail, Levers::default(), None)[0] < 0.01,
                "no monopoly in retail"
            );
            let cheap = Levers {
                price: 0.8,
                ..Levers::default()
            };
            let price = LoyaltyType::ALL
                .iter()
                .position(|t| *t == LoyaltyType::Price)
                .unwrap();
            let seekers = shares(&retail, cheap, Some(0))[price];
            let premium = shares(&retail, cheap, Some(2))[price];
            let at_reference = shares(&retail, Levers::default(), Some(0))[price];
            assert!(
                seekers > 0.5 && premium < seekers / 2.0,
                "seed {seed}: {seekers} vs {premium}"
            );
            assert!(at_reference < 0.01, "seed {seed}: {at_reference}");
        }
    }
}
