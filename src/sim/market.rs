//! A market of several firms sharing one population: a classroom league's
//! teams, and the scenario's outside competitor standing for the rest of the
//! market. Each firm's levers act on its own customers and on prospects'
//! view of it; this module is how people choose between the firms.
//!
//! * **Rival offers raise the bar.** A firm's offer is measured against the
//!   outside competitor's (its delivered value `v`, quality points,
//!   `delivered_value::relative_cdv`). In a league, what a prospect or a
//!   customer compares it with is the market's other offers together: their
//!   *inclusive value* (the log-sum of a multinomial logit; Ben-Akiva &
//!   Lerman 1985, ch. 10), averaged over the firms so that a league whose
//!   teams all match the outside competitor is exactly the scenario's market
//!   (teaching choice: the scenario's calibration holds for every team at
//!   parity). A team that offers more raises the bar for all the others.
//! * **Prospects.** Each firm's marketing and recommendations reach and
//!   persuade a prospect independently (its conversion chance as if it were
//!   alone); a prospect persuaded joins one of the firms that persuaded it, in
//!   proportion to their chances: the attraction model of market share ("us
//!   / (us + them)", Bell, Keeney & Little 1975), with attraction = reach ×
//!   value.
//! * **Switchers.** A customer who leaves a team chooses at once where to go
//!   by a multinomial logit on delivered value (McFadden 1974): a rival team,
//!   which it joins that month, or the outside competitor (then it is a
//!   churned customer its old firm may still win back).
//!
//! In a market of one firm none of this draws or changes anything: a league
//! of one team is Explore's market to the last digit.

use super::context::MonthContext;
use super::population::Customer;
use super::rng::{CustomerMonth, Purpose, Streams};
use super::{acquisition, delivered_value};

/// Logit scale of delivered value (per quality point): the slope of
/// `delivered_value::attractiveness`, so choices between firms weigh a
/// quality point as conversion and churn already do.
pub const VALUE_SCALE: f64 = 0.6;

/// The most firms a market holds (a league's teams; `league::MAX_TEAMS`).
pub const MAX_FIRMS: usize = 8;

/// How far the market's other offers stand above the outside competitor's,
/// for firm `firm` whose rivals' delivered values (against the outside
/// competitor, quality points) are `values` (its own included, skipped):
/// `ln((1 + Σ_{j≠firm} e^{θ·v_j}) / n) / θ`, the inclusive value of the
/// outside competitor and the rival firms averaged over the `n` firms.
///
/// 0 in a market of one firm, or when every rival matches the outside
/// competitor; positive when rivals offer more, negative when they offer less.
pub fn rival_gap(values: &[f64], firm: usize) -> f64 {
    let n = values.len();
    if n <= 1 {
        return 0.0;
    }
    let sum: f64 = values
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != firm)
        .map(|(_, v)| libm::exp(VALUE_SCALE * v))
        .sum();
    libm::log((1.0 + sum) / n as f64) / VALUE_SCALE
}

/// Adds to each firm's month what its rivals' offers do (`rival_gap`, and
/// the attractiveness and conversion that follow). Nothing changes in a
/// market of one firm.
pub fn compete(ctxs: &mut [MonthContext], segments: usize) {
    if ctxs.len() <= 1 {
        return;
    }
    let mut values = [0.0; MAX_FIRMS];
    for si in 0..segments {
        for (v, ctx) in values.iter_mut().zip(ctxs.iter()) {
            *v = ctx.segments[si].value;
        }
        let values = &values[..ctxs.len()];
        for (f, ctx) in ctxs.iter_mut().enumerate() {
            let (marketing, referral) = (ctx.marketing_reach, ctx.referral_reach);
            let seg = &mut ctx.segments[si];
            seg.rival_gap = rival_gap(values, f);
            seg.attractiveness = delivered_value::attractiveness(seg.value - seg.rival_gap);
            seg.conversion = acquisition::conversion_prob(marketing, referral, seg.attractiveness);
        }
    }
}

/// Step 1 for a prospect: the firm it joins this month, if any.
///
/// With chances `p_f` of each firm persuading it alone, it joins one with
/// chance `1 − Π(1 − p_f)`, and firm `f` with a share `p_f / Σ p` of that.
/// One firm: exactly `p_0`, one draw, as in a market of one.
#[inline]
pub fn choose_firm(
    id: usize,
    c: &mut Customer,
    draws: &CustomerMonth,
    ctxs: &[MonthContext],
    si: usize,
) -> Option<usize> {
    let f = if let [ctx] = ctxs {
        let p = acquisition::conversion(c, ctx, &ctx.segments[si]);
        if !draws.chance(Purpose::Conversion, p) {
            return None;
        }
        0
    } else {
        let mut chances = [0.0; MAX_FIRMS];
        let mut none = 1.0;
        for (p, ctx) in chances.iter_mut().zip(ctxs) {
            *p = acquisition::conversion(c, ctx, &ctx.segments[si]);
            none *= 1.0 - *p;
        }
        if !draws.chance(Purpose::Conversion, 1.0 - none) {
            return None;
        }
        pick(&chances[..ctxs.len()], draws.uniform(Purpose::FirmChoice))
    };
    let ctx = &ctxs[f];
    acquisition::join(id, c, &ctx.segments[si], ctx);
    Some(f)
}

/// Where a customer who has just left firm `c.firm` goes: a rival firm's
/// index, or `ctxs.len()` for the outside competitor.
///
/// Multinomial logit on delivered value: a rival firm weighs `e^{θ·v}`, the
/// outside competitor `n − 1` (it stands for the rest of the market: at
/// parity half of a team's lost customers go to rival teams; teaching
/// choice). One firm: always the outside competitor, no draw.
#[inline]
pub fn switch_to(c: &Customer, draws: &CustomerMonth, ctxs: &[MonthContext], si: usize) -> usize {
    let n = ctxs.len();
    if n <= 1 {
        return n;
    }
    let from = usize::from(c.firm);
    let mut weights = [0.0; MAX_FIRMS + 1];
    for (f, (w, ctx)) in weights.iter_mut().zip(ctxs).enumerate() {
        if f != from {
            *w = libm::exp(VALUE_SCALE * ctx.segments[si].value);
        }
    }
    weights[n] = (n - 1) as f64;
    pick(&weights[..=n], draws.uniform(Purpose::FirmChoice))
}

/// The index `i` with `u·Σw` in `[Σ_{j<i} w_j, Σ_{j≤i} w_j)`; the last
/// positive weight if rounding runs past the end.
fn pick(weights: &[f64], u: f64) -> usize {
    let total: f64 = weights.iter().sum();
    let target = u * total;
    let mut acc = 0.0;
    let mut last = 0;
    for (i, &w) in weights.iter().enumerate() {
        if w > 0.0 {
            acc += w;
            last = i;
            if target < acc {
                return i;
            }
        }
    }
    last
}

/// The firm an initial customer of person `id` belongs to, in a market of
/// `firms`: drawn evenly, so teams start alike but not with the same people.
pub fn initial_firm(streams: &Streams, id: usize, firms: usize) -> u8 {
    if firms <= 1 {
        return 0;
    }
    let u = streams.customer_month(id, 0).uniform(Purpose::FirmChoice);
    ((u * firms as f64) as usize).min(firms - 1) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rival_gap_is_zero_at_parity_and_grows_with_rivals_offers() {
        assert_eq!(rival_gap(&[3.0], 0), 0.0);
        assert!(rival_gap(&[0.0; 4], 2).abs() < 1e-12);
        let better = rival_gap(&[0.0, 2.0, 0.0], 0);
        assert!(better > 0.0);
        // The firm's own offer does not count against it.
        assert!((rival_gap(&[5.0, 2.0, 0.0], 0) - better).abs() < 1e-12);
        assert!(rival_gap(&[0.0, -2.0, -2.0], 0) < 0.0);
        assert!(rival_gap(&[0.0, 4.0, 0.0], 0) > better);
    }

    #[test]
    fn picking_follows_the_weights() {
        assert_eq!(pick(&[1.0, 1.0, 2.0], 0.0), 0);
        assert_eq!(pick(&[1.0, 1.0, 2.0], 0.3), 1);
        assert_eq!(pick(&[1.0, 1.0, 2.0], 0.6), 2);
        assert_eq!(pick(&[0.0, 1.0, 0.0], 0.99), 1);
        assert_eq!(pick(&[1.0, 0.0, 1.0], 0.999_999_999_999), 2);
        let n = 10_000;
        let twos = (0..n)
            .filter(|i| pick(&[1.0, 3.0], (*i as f64 + 0.5) / n as f64) == 1)
            .count();
        assert_eq!(twos, 7_500);
    }

    #[test]
    fn initial_customers_are_spread_over_the_firms() {
        let s = Streams::new(7);
        let mut counts = [0usize; 3];
        for id in 0..30_000 {
            counts[usize::from(initial_firm(&s, id, 3))] += 1;
        }
        for n in counts {
            assert!((9_400..10_600).contains(&n), "{counts:?}");
        }
        assert!((0..100).all(|id| initial_firm(&s, id, 1) == 0));
    }

    use crate::sim::{Levers, Scenario, Simulation, Stage};

    fn market() -> Scenario {
        Scenario {
            market_size: 6_000,
            months: 12,
            ..Scenario::default()
        }
    }

    #[test]
    fn everybody_is_a_prospect_or_with_exactly_one_firm() {
        let mut sim = Simulation::with_firms(&market(), 3).unwrap();
        let cheap = Levers {
            price: 0.85,
            ..Levers::default()
        };
        let levers = [Levers::default(), cheap, Levers::default()];
        for _ in 0..12 {
            let m = sim.step_market(&levers);
            let size = 6_000;
            // Each firm's view accounts for everybody.
            for r in &m.firms {
                assert_eq!(r.stages.to_array().iter().sum::<u32>(), size);
            }
            // Every person is a prospect, or a customer (active or lately
            // churned) of exactly one firm.
            let with_firms: u32 = m.firms.iter().map(|r| r.active + r.stages.churned).sum();
            assert_eq!(m.prospects + with_firms, size);
            let mut by_firm = [0u32; 3];
            for c in sim.customers() {
                if c.stage != Stage::Prospect {
                    by_firm[usize::from(c.firm)] += 1;
                }
            }
            for (f, r) in m.firms.iter().enumerate() {
                assert_eq!(by_firm[f], r.active + r.stages.churned);
            }
            // Shares of the market sum to one with the outside competitor.
            let shares: f64 =
                m.firms.iter().map(|r| f64::from(r.active)).sum::<f64>() / f64::from(size);
            assert!(shares > 0.0 && shares < 1.0);
            // Every join is a move into a firm: new customers add up.
            for (f, r) in m.firms.iter().enumerate() {
                let joined: u32 = (0..=3).map(|from| m.switched(from, f)).sum();
                assert_eq!(joined, r.new_customers + r.won_back, "firm {f}");
                let left: u32 = (0..=3)
                    .filter(|&to| to != f)
                    .map(|to| m.switched(f, to))
                    .sum();
                assert_eq!(left, r.churned, "firm {f}");
                assert_eq!(m.switched(f, f), 0);
            }
        }
    }

    #[test]
    fn a_market_of_one_firm_is_the_single_firm_market() {
        let s = market();
        let mut one = Simulation::new(&s).unwrap();
        let mut league = Simulation::with_firms(&s, 1).unwrap();
        let l = Levers {
            winback_spend: 20.0,
            ..Levers::default()
        };
        for _ in 0..12 {
            let m = league.step_market(&[l]);
            assert_eq!(m.firms[0], one.step(&l));
            assert_eq!(
                m.switched(1, 0),
                m.firms[0].new_customers + m.firms[0].won_back
            );
            assert_eq!(m.switched(0, 1), m.firms[0].churned);
        }
        assert_eq!(one.customers(), league.customers());
        assert!(Simulation::with_firms(&s, 0).is_err());
        assert!(Simulation::with_firms(&s, MAX_FIRMS + 1).is_err());
    }

    #[test]
    fn a_team_s_care_does_not_touch_its_rivals_customers_draws() {
        // Care acts on the team's own customers only: a month later the
        // rivals' customers are exactly as they would have been.
        let s = market();
        let mut a = Simulation::with_firms(&s, 3).unwrap();
        let mut b = Simulation::with_firms(&s, 3).unwrap();
        let base = [Levers::default(); 3];
        for _ in 0..3 {
            assert_eq!(a.step_market(&base), b.step_market(&base));
        }
        let mut caring = base;
        caring[2].care_phone = 4.0;
        caring[2].care_email = 8.0;
        let before = a.customers().to_vec();
        let (ma, mb) = (a.step_market(&base), b.step_market(&caring));
        assert_ne!(ma.firms[2], mb.firms[2]);
        let mut same = 0;
        for ((x, y), start) in a.customers().iter().zip(b.customers()).zip(&before) {
            if start.stage.is_active() && start.firm != 2 {
                assert_eq!(x, y);
                same += 1;
            }
        }
        assert!(same > 500, "{same}");
    }

    #[test]
    fn a_rival_s_price_cut_wins_switchers_and_its_customers_from_us() {
        // Paired runs: the same market with and without team 1's price cut.
        let s = market();
        let mut fair = Simulation::with_firms(&s, 2).unwrap();
        let mut cut = Simulation::with_firms(&s, 2).unwrap();
        let base = [Levers::default(); 2];
        let mut cheap = base;
        cheap[1].price = 0.8;
        let (mut kept_fair, mut kept_cut, mut to_rival, mut from_rival) = (0.0, 0.0, 0, 0);
        for _ in 0..12 {
            let (a, b) = (fair.step_market(&base), cut.step_market(&cheap));
            kept_fair += a.firms[0].retention_rate.unwrap();
            kept_cut += b.firms[0].retention_rate.unwrap();
            to_rival += b.switched(0, 1);
            from_rival += b.switched(1, 0);
        }
        assert!(kept_cut < kept_fair, "{kept_cut} < {kept_fair}");
        assert!(to_rival > 2 * from_rival, "{to_rival} vs {from_rival}");
    }

    #[test]
    fn alike_teams_share_the_market_alike() {
        let mut sim = Simulation::with_firms(&market(), 4).unwrap();
        let mut m = None;
        for _ in 0..12 {
            m = Some(sim.step_market(&[Levers::default(); 4]));
        }
        let m = m.unwrap();
        let mean = m.firms.iter().map(|r| f64::from(r.active)).sum::<f64>() / 4.0;
        for r in &m.firms {
            assert!(
                (f64::from(r.active) / mean - 1.0).abs() < 0.1,
                "{} vs {mean}",
                r.active
            );
        }
    }
}
