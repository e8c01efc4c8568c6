//! The loyalty programme (会员计划; MODEL.md §2 "Loyalty"): points (积分),
//! member tiers (会员等级) and member benefits (专属优惠), as a student
//! designs them with four levers: the points rate (share of spend returned
//! as points, at face value), the spend from which a customer joins, and a
//! gold card (金卡) tier with its spend threshold and benefit (a discount on
//! what gold-card members buy). (The gold card is the programme's tier, not
//! the customer pyramid's gold tier.)
//!
//! Each month, for an active customer while the programme runs
//! ([`Programme::runs`]): a customer whose spend this month reaches the
//! member threshold joins; a member earns points on what it buys; a member
//! whose spend reaches the gold-card threshold holds the gold card this month
//! and gets its benefit; members redeem a share of their points ([`REDEMPTION_SHARE`]).
//! What the firm pays is the points redeemed and the gold-card benefits given;
//! unredeemed points are a liability (points liability, ¥); a customer who
//! leaves forfeits its points.
//!
//! A member is held in two ways, each counted once, in the module that owns
//! it:
//! 1. **Incentive** ([`incentive`], used in `churn`): this month's reward
//!    moors the member, weakening the rival's pull as inertia does
//!    ([`INCENTIVE_MOOR`]). It lasts only while the reward does: incentive
//!    loyalty (激励忠诚) leaves when the incentive goes.
//! 2. **Switching cost** ([`points_hold`], used in `loyalty`): points not
//!    yet redeemed and the gold card would be lost by leaving.
//!
//! The programme does not raise satisfaction or trust: a reward is not
//! service (Dowling & Uncles 1997: loyalty programmes mostly reward those
//! who would buy anyway, and their effect lasts as long as the rewards).
//!
//! When the programme stops (points rate and gold-card benefit both 0),
//! nobody earns, members are members no more, and the points already
//! earned are still honoured, redeemed month by month.

use super::levers::Levers;
use super::population::Customer;

/// Share of a member's points redeemed each month: points are spent within
/// about five months (teaching choice; many retail programmes let points
/// lapse after a year).
pub const REDEMPTION_SHARE: f64 = 0.2;

/// Reward (share of spend returned as points or benefit) that gives 63% of
/// the full incentive: the scale of diminishing returns (teaching choice:
/// retail programmes return 1–5% of spend; 3% is a generous one).
pub const INCENTIVE_SCALE: f64 = 0.03;

/// Share of the rival's pull that full incentive takes away (`churn`): the
/// reward moors a member whatever it thinks of us, as inertia does, while
/// the reward lasts (push–pull–mooring; Bansal, Taylor & James 2005 count
/// programmes among the mooring factors). Teaching choice: full incentive
/// halves the pull.
pub const INCENTIVE_MOOR: f64 = 0.3;

/// Months of a customer's spend its unredeemed points must be worth to hold
/// it at 63% of [`SWITCHING_FROM_POINTS`] (teaching choice: a week's spend
/// in points is already felt as something to lose).
pub const POINTS_HOLD_MONTHS: f64 = 0.25;

/// Switching-cost points (0–100) that unredeemed points add at most.
pub const SWITCHING_FROM_POINTS: f64 = 20.0;

/// Switching-cost points the gold card adds (it would be lost by leaving).
pub const SWITCHING_FROM_GOLD_CARD: f64 = 10.0;

/// The programme as designed this month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Programme {
    /// Share of spend returned as points, at face value (0–0.1).
    pub points_rate: f64,
    /// Spend in a month (¥) from which a customer joins (0: every customer).
    pub member_threshold: f64,
    /// Spend in a month (¥) from which a member holds the gold card that month.
    pub gold_card_threshold: f64,
    /// Discount on what gold-card members buy (0–0.2).
    pub gold_card_benefit: f64,
}

impl Programme {
    /// The programme the levers set.
    pub fn of(l: &Levers) -> Programme {
        Programme {
            points_rate: l.points_rate,
            member_threshold: l.member_threshold,
            gold_card_threshold: l.gold_card_threshold,
            gold_card_benefit: l.gold_card_benefit,
        }
    }

    /// Whether it runs: it gives points or a gold-card benefit.
    pub fn runs(&self) -> bool {
        self.points_rate > 0.0 || self.gold_card_benefit > 0.0
    }

    /// A member's reward as a share of its spend: points, and the gold-card
    /// benefit if it holds the card.
    pub fn reward(&self, gold_card: bool) -> f64 {
        self.points_rate
            + if gold_card {
                self.gold_card_benefit
            } else {
                0.0
            }
    }
}

/// Whether going from `before` to `after` cuts a running programme: fewer
/// points, a smaller gold-card discount, or a higher bar to join. The
/// course's warning goes with it: incentive loyalty leaves when the
/// incentive goes.
pub fn cuts(before: &Levers, after: &Levers) -> bool {
    let (b, a) = (Programme::of(before), Programme::of(after));
    b.runs()
        && (a.points_rate < b.points_rate
            || a.gold_card_benefit < b.gold_card_benefit
            || a.member_threshold > b.member_threshold)
}

/// The months of a decision schedule from which a running programme is cut
/// ([`cuts`]).
pub fn cut_months(decisions: &super::levers::Decisions) -> Vec<u32> {
    decisions
        .schedule
        .windows(2)
        .filter(|w| cuts(&w[0].levers, &w[1].levers))
        .map(|w| w[1].from_month)
        .collect()
}

/// The course's warning about cutting a programme, for the command line.
pub const CUT_WARNING: &str = "cuts the loyalty programme: incentive loyalty leaves when the incentive goes (members held by the rewards alone leave in the months after; the points they hold are still owed)";

/// The incentive (0–1) a reward (share of spend) gives, with diminishing
/// returns.
#[inline]
pub fn incentive_of(reward: f64) -> f64 {
    1.0 - libm::exp(-reward / INCENTIVE_SCALE)
}

/// This month's incentive (0–1) of a customer: its reward if a member of a
/// running programme, else none.
#[inline]
pub fn incentive(c: &Customer, p: &Programme) -> f64 {
    if c.member && p.runs() {
        incentive_of(p.reward(c.gold_card))
    } else {
        0.0
    }
}

/// Switching-cost points a customer's unredeemed points and gold card
/// add (0 for a non-member without points); `monthly_spend` is its
/// segment's (¥).
#[inline]
pub fn points_hold(c: &Customer, monthly_spend: f64) -> f64 {
    let points = f64::from(c.points);
    let held = if points > 0.0 && monthly_spend > 0.0 {
        SWITCHING_FROM_POINTS * (1.0 - libm::exp(-points / (POINTS_HOLD_MONTHS * monthly_spend)))
    } else {
        0.0
    };
    held + if c.gold_card {
        SWITCHING_FROM_GOLD_CARD
    } else {
        0.0
    }
}

/// What the programme did for one customer this month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Month {
    /// Points redeemed (¥).
    pub redeemed: f64,
    /// Gold-card benefit given (¥).
    pub benefit: f64,
}

impl Month {
    /// What it cost the firm (¥).
    pub fn cost(&self) -> f64 {
        self.redeemed + self.benefit
    }
}

/// The month's programme for an active customer who bought `revenue` (¥):
/// joining, the gold card, points earned and redeemed, the benefit given.
#[inline]
pub fn step(c: &mut Customer, p: &Programme, revenue: f64) -> Month {
    if p.runs() {
        if !c.member && revenue >= p.member_threshold {
            c.member = true;
        }
    } else {
        c.member = false;
    }
    c.gold_card = c.member && p.gold_card_benefit > 0.0 && revenue >= p.gold_card_threshold;
    let mut points = f64::from(c.points);
    if c.member {
        points += p.points_rate * revenue;
    }
    let redeemed = REDEMPTION_SHARE * points;
    // Kept in single precision (the record stays small); what is redeemed
    // is what leaves the balance, so the liability adds up.
    let after = (points - redeemed) as f32;
    let redeemed = points - f64::from(after);
    c.points = after;
    Month {
        redeemed,
        benefit: if c.gold_card {
            p.gold_card_benefit * revenue
        } else {
            0.0
        },
    }
}

/// A customer who leaves forfeits its points and card; the points it
/// held (¥), no longer owed.
#[inline]
pub fn leave(c: &mut Customer) -> f64 {
    let forfeited = f64::from(c.points);
    c.points = 0.0;
    c.member = false;
    c.gold_card = false;
    forfeited
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::stage::Stage;

    fn customer() -> Customer {
        Customer {
            stage: Stage::Maturity,
            ..Customer::prospect(0)
        }
    }

    const RICH: Programme = Programme {
        points_rate: 0.05,
        member_threshold: 50.0,
        gold_card_threshold: 150.0,
        gold_card_benefit: 0.1,
    };

    #[test]
    fn customers_join_earn_redeem_and_forfeit() {
        let mut c = customer();
        let m = step(&mut c, &RICH, 40.0);
        assert!(!c.member, "below the member threshold");
        assert_eq!(m, Month::default());
        let m = step(&mut c, &RICH, 100.0);
        assert!(c.member && !c.gold_card);
        assert!((f64::from(c.points) + m.redeemed - 5.0).abs() < 1e-6);
        assert!((m.redeemed - 1.0).abs() < 1e-6);
        let m = step(&mut c, &RICH, 200.0);
        assert!(c.gold_card);
        assert!((m.benefit - 20.0).abs() < 1e-9);
        let held = f64::from(c.points);
        assert_eq!(leave(&mut c), held);
        assert_eq!((c.points, c.member, c.gold_card), (0.0, false, false));
    }

    #[test]
    fn a_stopped_programme_honours_its_points_and_holds_nobody_by_reward() {
        let mut c = customer();
        for _ in 0..6 {
            step(&mut c, &RICH, 200.0);
        }
        assert!(incentive(&c, &RICH) > 0.9);
        let stopped = Programme::default();
        let before = f64::from(c.points);
        let m = step(&mut c, &stopped, 200.0);
        assert!(!c.member && !c.gold_card);
        assert_eq!(incentive(&c, &stopped), 0.0);
        assert!((m.redeemed - REDEMPTION_SHARE * before).abs() < 1e-4);
        assert!(points_hold(&c, 200.0) > 0.0, "points still to redeem hold");
        for _ in 0..40 {
            step(&mut c, &stopped, 200.0);
        }
        assert!(points_hold(&c, 200.0) < 0.01);
    }

    #[test]
    fn cutting_a_running_programme_is_told_apart() {
        let off = Levers::default();
        let on = Levers {
            points_rate: 0.03,
            gold_card_benefit: 0.05,
            ..off
        };
        assert!(cuts(&on, &off));
        assert!(cuts(
            &on,
            &Levers {
                points_rate: 0.02,
                ..on
            }
        ));
        assert!(cuts(
            &on,
            &Levers {
                member_threshold: 100.0,
                ..on
            }
        ));
        assert!(!cuts(
            &on,
            &Levers {
                points_rate: 0.04,
                ..on
            }
        ));
        assert!(!cuts(&off, &on) && !cuts(&off, &off));
        let mut d = crate::sim::Decisions::constant(on);
        for (from_month, levers) in [
            (4, off),
            (7, on),
            (10, on),
            (
                12,
                Levers {
                    points_rate: 0.01,
                    ..on
                },
            ),
        ] {
            d.schedule.push(crate::sim::Decision { from_month, levers });
        }
        assert_eq!(cut_months(&d), vec![4, 12]);
    }

    #[test]
    fn rewards_have_diminishing_returns_and_points_hold_more_the_more_they_are() {
        assert_eq!(incentive_of(0.0), 0.0);
        assert!(incentive_of(0.02) - incentive_of(0.01) < incentive_of(0.01));
        let mut c = customer();
        c.points = 10.0;
        let small = points_hold(&c, 100.0);
        c.points = 50.0;
        assert!(points_hold(&c, 100.0) > small);
        assert!(points_hold(&c, 100.0) <= SWITCHING_FROM_POINTS);
    }
}
