//! What customers buy (MODEL.md §5 step 5): spending by lifecycle stage.
//!
//! A new customer buys a little while it tries us out; a growing one buys
//! more as it cross- and up-buys, the more so the more loyal it is; a mature
//! one buys most; a declining one buys less. Spend is the segment's
//! `monthly_spend` (at the reference price) times the stage's multiple; the
//! price scales revenue, the cost of goods does not move with our price.

use super::context::{MonthContext, SegmentMonth};
use super::population::Customer;
use super::programme;
use super::stage::Stage;
use super::tally::Tally;

/// Spend multiple by stage (order of `Stage::ALL`): a base, and what full
/// loyalty adds to it (cross- and up-buying). Acquisition 0.5; growth
/// 0.7–1.1; maturity 0.9–1.2; decline 0.5; prospects and churned buy nothing.
const MULTIPLE: [(f64, f64); 6] = [
    (0.0, 0.0),
    (0.5, 0.0),
    (0.7, 0.4),
    (0.9, 0.3),
    (0.5, 0.0),
    (0.0, 0.0),
];

/// Spend multiple of the segment's monthly spend, by stage and loyalty (0–100).
#[inline]
pub fn stage_multiple(stage: Stage, loyalty: f64) -> f64 {
    let (base, by_loyalty) = MULTIPLE[stage.index()];
    base + by_loyalty * loyalty * 0.01
}

/// Margin per yuan of reference-price volume at `price`, given the gross
/// margin at the reference price: `price − (1 − gross margin)`.
#[inline]
pub fn unit_margin(price: f64, gross_margin: f64) -> f64 {
    price - (1.0 - gross_margin)
}

/// Step 5: the customer buys, and earns and redeems programme points
/// (`programme`); its contribution this month (revenue less cost of goods,
/// service, any care spent on it and what the programme gave it) is added
/// to what it has brought so far, plainly and discounted to month 0.
#[inline]
pub fn step(
    c: &mut Customer,
    ctx: &MonthContext,
    seg: &SegmentMonth,
    targeted: bool,
    tally: &mut Tally,
) {
    let bought = purchase(
        seg.monthly_spend,
        c.stage,
        c.loyalty,
        ctx.levers.price,
        ctx.gross_margin,
    );
    tally.revenue += bought.revenue;
    tally.cost_of_goods += bought.cost_of_goods;
    let given = programme::step(c, &ctx.programme, bought.revenue);
    tally.programme.redeemed += given.redeemed;
    tally.programme.benefit += given.benefit;
    c.margin = bought.revenue - bought.cost_of_goods - fixed_cost(ctx, targeted) - given.cost();
    c.realised_value += c.margin;
    c.discounted_value += c.margin * ctx.discount_factor;
}

/// What serving a customer costs this month whatever it buys (¥): service
/// spend, and retention spend if it is targeted.
#[inline]
pub fn fixed_cost(ctx: &MonthContext, targeted: bool) -> f64 {
    ctx.levers.service_quality + if targeted { ctx.retention_spend } else { 0.0 }
}

/// One customer's month of buying: revenue and cost of goods (¥).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Purchase {
    pub revenue: f64,
    pub cost_of_goods: f64,
}

/// What a customer with this monthly spend, stage and loyalty buys at `price`,
/// given the gross margin at the reference price.
#[inline]
pub fn purchase(
    monthly_spend: f64,
    stage: Stage,
    loyalty: f64,
    price: f64,
    gross_margin: f64,
) -> Purchase {
    let volume = monthly_spend * stage_multiple(stage, loyalty);
    Purchase {
        revenue: volume * price,
        cost_of_goods: volume * (1.0 - gross_margin),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_and_maturity_buy_more_than_the_ends_of_the_lifecycle() {
        let l = 60.0;
        let m = |s| stage_multiple(s, l);
        assert!(m(Stage::Growth) > m(Stage::Acquisition));
        assert!(m(Stage::Maturity) > m(Stage::Growth));
        assert!(m(Stage::Decline) < m(Stage::Maturity));
        assert_eq!(m(Stage::Prospect), 0.0);
        assert!(stage_multiple(Stage::Growth, 90.0) > stage_multiple(Stage::Growth, 30.0));
    }

    #[test]
    fn price_moves_revenue_not_cost_of_goods() {
        let a = purchase(100.0, Stage::Maturity, 50.0, 1.0, 0.35);
        let b = purchase(100.0, Stage::Maturity, 50.0, 1.2, 0.35);
        assert!((a.revenue - 105.0).abs() < 1e-9);
        assert!((a.cost_of_goods - 105.0 * 0.65).abs() < 1e-9);
        assert!(b.revenue > a.revenue);
        assert_eq!(a.cost_of_goods, b.cost_of_goods);
    }
}
