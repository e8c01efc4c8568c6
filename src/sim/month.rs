//! One month for everybody in the market: the causal chain of MODEL.md §5,
//! each step a function of the module named for its process, called in the
//! chain's order for one person at a time.
//!
//! Customers interact only through month-level totals carried to the next
//! month (word of mouth, rankings), so running the chain person by person is
//! the same as running each step over the whole population in turn. Each
//! step draws only from its own named stream (`rng::Purpose`), so two runs
//! that differ in one lever differ in nothing else (common random numbers).

use super::context::{MonthContext, SegmentMonth};
use super::population::Customer;
use super::rng::Streams;
use super::scenario::{Scenario, MAX_SEGMENTS};
use super::stage::Stage;
use super::tally::{chain_state, ChunkTally, Gathered, Tally};
use super::{
    acquisition, care, churn, clv, complaints, delivered_value, early_warning, levers::Levers,
    lifecycle, loyalty, market, programme, pyramid::TierCuts, satisfaction, spending, winback,
    word_of_mouth,
};

/// People per chunk of the monthly pass (see [`super::Simulation::step`]).
pub const CHUNK: usize = 1024;

/// Below this many people a month runs on one thread: starting threads would
/// cost more than it saves.
#[cfg(not(target_arch = "wasm32"))]
const PARALLEL_FROM: usize = 8_000;

/// The market's state carried from last month into this one.
#[derive(Clone, Copy, Debug)]
pub struct Carried {
    pub month: u32,
    pub streams: Streams,
    pub cuts: TierCuts,
    pub risk_cut: f32,
    pub market_size: u32,
    pub prospects: u32,
    pub recommendations: f64,
    pub warnings: f64,
    pub monthly_discount: f64,
    /// Extra failure chance of a service outage under way.
    pub outage: f64,
    /// Monthly chance of moving from acquisition to growth and from growth
    /// to maturity, as seen so far in the run.
    pub progress: [f64; 2],
}

/// What the levers and the market mean this month for firm `firm` (levers
/// already clamped), as if it were the market's only firm; in a market of
/// several, `market::compete` then adds what the rival firms' offers do.
pub fn context(sc: &Scenario, levers: &Levers, carried: &Carried, firm: u8) -> MonthContext {
    let quality = satisfaction::quality_level(levers.service_quality);
    let mix = levers.mix();
    let prospects = f64::from(carried.prospects);
    let marketing_reach = acquisition::marketing_reach(levers.acquisition_spend);
    let referral_reach = if prospects > 0.0 {
        (carried.recommendations / prospects).min(1.0)
    } else {
        0.0
    };
    let mut segments = [SegmentMonth::default(); MAX_SEGMENTS];
    for (m, s) in segments.iter_mut().zip(&sc.segments) {
        let price_value =
            delivered_value::price_value(s.price_sensitivity, levers.price, sc.competitor_price);
        let value = delivered_value::relative_cdv(quality, sc.competitor_quality, price_value);
        let attractiveness = delivered_value::attractiveness(value);
        *m = SegmentMonth {
            monthly_spend: s.monthly_spend,
            unit_margin: spending::unit_margin(levers.price, sc.gross_margin),
            inertia: s.inertia,
            price_sensitivity: s.price_sensitivity,
            word_of_mouth: s.word_of_mouth,
            price_value,
            value,
            rival_gap: 0.0,
            standard: satisfaction::market_standard(
                s.quality_expectation,
                sc.competitor_quality,
                sc.competition,
            ),
            attractiveness,
            conversion: acquisition::conversion_prob(
                marketing_reach,
                referral_reach,
                attractiveness,
            ),
            care: care::Received {
                care: care::care_level(mix.care_contacts(s.online_share)),
                annoyance: mix.annoyance(s.online_share),
            },
        };
    }
    let month = carried.month;
    let mut discount_factor = 1.0;
    for _ in 0..month {
        discount_factor /= 1.0 + carried.monthly_discount;
    }
    MonthContext {
        month,
        firm,
        marketing_reach,
        referral_reach,
        streams: carried.streams,
        cuts: carried.cuts,
        risk_cut: carried.risk_cut,
        competition: sc.competition,
        competitor_quality: sc.competitor_quality,
        gross_margin: sc.gross_margin,
        monthly_discount: carried.monthly_discount,
        discount_factor,
        levers: *levers,
        quality,
        targeting: mix.has_contacts(),
        retention_spend: mix.cost(),
        programme: programme::Programme::of(levers),
        failure_prob: (complaints::failure_prob(quality) + carried.outage).min(1.0),
        warning_reach: word_of_mouth::reach(carried.warnings, carried.market_size),
        bar: churn::rival_bar(sc.competition),
        complaint_pull: churn::complaint_pull(sc.competition),
        complaint_odds: churn::complaint_odds(),

        paths: clv::stage_paths(carried.progress, carried.monthly_discount),
        segments,
    }
}

/// Runs the month over every chunk: their tallies in chunk order, and what
/// was gathered over them all (one per firm). `ctxs` holds one context per
/// firm of the market.
pub fn run_chunks(
    customers: &mut [Customer],
    ctxs: &[MonthContext],
) -> (Vec<ChunkTally>, Vec<Gathered>) {
    // A group of consecutive chunks, run one after another, gathering into one set.
    let run_group = |group: Vec<(usize, &mut [Customer])>| {
        let mut gathered = vec![Gathered::default(); ctxs.len()];
        let tallies: Vec<ChunkTally> = group
            .into_iter()
            .map(|(k, chunk)| run_chunk(k, chunk, ctxs, &mut gathered))
            .collect();
        (tallies, gathered)
    };
    let chunks: Vec<(usize, &mut [Customer])> = customers.chunks_mut(CHUNK).enumerate().collect();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        if threads > 1 && chunks.len() * CHUNK >= PARALLEL_FROM {
            let per_thread = chunks.len().div_ceil(threads);
            let mut groups: Vec<Vec<(usize, &mut [Customer])>> = Vec::new();
            let mut it = chunks.into_iter().peekable();
            while it.peek().is_some() {
                groups.push(it.by_ref().take(per_thread).collect());
            }
            return std::thread::scope(|scope| {
                let handles: Vec<_> = groups
                    .into_iter()
                    .map(|g| scope.spawn(move || run_group(g)))
                    .collect();
                let mut tallies = Vec::new();
                let mut gathered = vec![Gathered::default(); ctxs.len()];
                for h in handles {
                    let (t, g) = h.join().expect("a month's chunk does not panic");
                    tallies.extend(t);
                    for (a, b) in gathered.iter_mut().zip(&g) {
                        a.merge(b);
                    }
                }
                (tallies, gathered)
            });
        }
    }
    run_group(chunks)
}

/// Chunk `k` of the population (people `k·CHUNK ..`): its tallies.
pub fn run_chunk(
    k: usize,
    chunk: &mut [Customer],
    ctxs: &[MonthContext],
    gathered: &mut [Gathered],
) -> ChunkTally {
    let mut tally = ChunkTally::new(ctxs.len());
    // A market of one firm (Explore, coursework) runs a copy of the month
    // with the firm loops gone: the same numbers, without their cost.
    if ctxs.len() == 1 {
        for (i, c) in chunk.iter_mut().enumerate() {
            live_month::<false>(k * CHUNK + i, c, ctxs, &mut tally, gathered);
        }
    } else {
        for (i, c) in chunk.iter_mut().enumerate() {
            live_month::<true>(k * CHUNK + i, c, ctxs, &mut tally, gathered);
        }
    }
    tally
}

/// Which stage person `c` is in from firm `firm`'s point of view: its own
/// stage if it is (or was lately) that firm's customer, a prospect if not.
#[inline(always)]
fn seen_by(stage: Stage, of_firm: u8, firm: usize) -> Stage {
    if usize::from(of_firm) == firm {
        stage
    } else {
        Stage::Prospect
    }
}

/// One person's month: the causal chain of MODEL.md §5, steps 1–5, and its
/// share of step 6 (counted in the tally of the firm it ends the month with).
/// `MANY`: whether the market has several firms (`ctxs` has one otherwise).
#[inline(always)]
fn live_month<const MANY: bool>(
    id: usize,
    c: &mut Customer,
    ctxs: &[MonthContext],
    chunk: &mut ChunkTally,
    gathered: &mut [Gathered],
) {
    let start = c.stage;
    let start_firm = c.firm;
    let firms = if MANY { ctxs.len() } else { 1 };
    let draws = ctxs[0].streams.customer_month(id, ctxs[0].month);
    // Below MAX_SEGMENTS (a power of two) by validation; the mask only lets
    // the compiler drop its bounds checks.
    let si = usize::from(c.segment) & (MAX_SEGMENTS - 1);

    // Last month's warnings about each firm reach anybody in the market.
    if MANY {
        for (f, ctx) in ctxs.iter().enumerate() {
            word_of_mouth::hear(c, &draws.about_firm(f), ctx, &mut chunk.firms[f]);
        }
    } else {
        word_of_mouth::hear(c, &draws, &ctxs[0], &mut chunk.firms[0]);
    }

    let mut is_new = false;
    // A churner who joined a rival firm at once: (from, to).
    let mut switched = None;
    match start {
        // 1. Acquisition: prospects convert, to one of the firms.
        Stage::Prospect => {
            if let Some(f) = market::choose_firm(id, c, &draws, ctxs, si) {
                is_new = true;
                let tally = &mut chunk.firms[f];
                tally.new_customers += 1;
                tally.segments[si].new_customers += 1;
                chunk.market.switch(firms, firms, f);
            }
        }
        // 5b. Win-back of recently churned customers, by the firm they left.
        Stage::Churned => {
            let f = if MANY { usize::from(c.firm) } else { 0 };
            let ctx = &ctxs[f];
            winback::step(c, &draws, ctx, &ctx.segments[si], &mut chunk.firms[f]);
            if c.stage.is_active() {
                chunk.market.switch(firms, firms, f);
            }
        }
        _ => {}
    }

    if c.stage.is_active() && start != Stage::Churned {
        let f = if MANY { usize::from(c.firm) } else { 0 };
        let ctx = &ctxs[f];
        let seg = &ctx.segments[si];
        let tally = &mut chunk.firms[f];
        tally.served += 1;
        if !is_new {
            tally.start_active += 1;
            tally.segments[si].start_active += 1;
        }
        // The save plan reaches those flagged last month first.
        if !is_new {
            early_warning::step(c, &draws, ctx, seg.price_value, tally);
        }
        let band_start = satisfaction::Band::index(c.satisfaction);
        let received = care::step(c, ctx, seg, si, tally);
        let care = received.care;

        // 2. Experience against expectation (and contacts past tolerance).
        let experience = satisfaction::step(c, &draws, ctx, seg, received.annoyance, tally);
        // 3. Complaints and service recovery.
        let complained = complaints::step(c, &draws, ctx, seg, experience.failure, tally);
        // 4. Trust, switching cost, attitudinal loyalty.
        loyalty::step(c, ctx, seg, care, experience.perceived);
        // 5. Spending, repurchase (churn), lifecycle moves.
        spending::step(c, ctx, seg, care > 0.0, tally);
        if let Some(k) = chain_state(c.stage) {
            tally.chain.margin[k] += c.margin;
            tally.chain.months[k] += 1;
        }
        let incentive = programme::incentive(c, &ctx.programme);
        let risk = churn::risk(
            c,
            ctx,
            seg,
            (care, incentive),
            experience.failure,
            complained,
        );
        let member = c.member && !is_new;
        if member {
            tally.programme.members_start += 1;
        }
        if churn::step(c, &draws, &risk, tally) {
            tally.programme.forfeited += programme::leave(c);
            if !is_new {
                tally.churned_from_start += 1;
            }
            word_of_mouth::leave_unhappy(c, seg, tally);
            // In a market of several firms a churner may join a rival
            // team at once (it was pulled by a better offer).
            switched = Some((f, market::switch_to(c, &draws, ctxs, si)));
        } else {
            if !is_new {
                tally.band_stayed[band_start] += 1;
                tally.segments[si].stayed += 1;
            }
            if member {
                tally.programme.members_stayed += 1;
            }
            if complained {
                tally.complainants_stayed += 1;
            }
            lifecycle::step(c);
            clv::step(c, ctx, seg, care > 0.0, &risk);
        }
        if !is_new {
            tally.band_start[band_start] += 1;
        }
    }
    if let Some((from, to)) = switched {
        chunk.market.switch(firms, from, to);
        if to < firms {
            let rival = &ctxs[to];
            acquisition::join(id, c, &rival.segments[si], rival);
            chunk.firms[to].new_customers += 1;
            chunk.firms[to].segments[si].new_customers += 1;
        }
    }

    // 6. Close the month for this person, with the firm it ends it with.
    if c.stage.is_active() {
        let f = if MANY { usize::from(c.firm) } else { 0 };
        let ctx = &ctxs[f];
        close(
            c,
            si,
            &ctx.segments[si],
            &mut chunk.firms[f],
            &mut gathered[f],
        );
    }
    if c.stage == Stage::Prospect {
        chunk.market.prospects += 1;
    }
    if MANY {
        for (f, tally) in chunk.firms.iter_mut().enumerate() {
            let (from, to) = (seen_by(start, start_firm, f), seen_by(c.stage, c.firm, f));
            count_move(tally, from, to);
        }
    } else {
        count_move(&mut chunk.firms[0], start, c.stage);
    }
}

/// A person's move between stages this month, as firm `tally`'s sees it.
#[inline(always)]
fn count_move(tally: &mut Tally, from: Stage, to: Stage) {
    tally.flows[from as usize][to as usize] += 1;
    if let Some(from) = chain_state(from) {
        tally.chain.row_totals[from] += 1;
        if let Some(to) = chain_state(to) {
            tally.chain.counts[from][to] += 1;
        }
    }
}

/// An active customer's share of the month's totals.
#[inline(always)]
fn close(c: &Customer, si: usize, seg: &SegmentMonth, tally: &mut Tally, gathered: &mut Gathered) {
    use super::loyalty::Quadrant;
    use super::satisfaction::Band;
    let st = &mut tally.segments[si];
    st.active += 1;
    st.satisfaction_sum += c.satisfaction;
    st.clv_sum += c.clv;
    tally.satisfaction_sum += c.satisfaction;
    tally.loyalty_sum += c.loyalty;
    gathered.satisfaction.add(c.satisfaction);
    gathered.loyalty.add(c.loyalty);
    tally.bands_end[Band::index(c.satisfaction)] += 1;
    tally.quadrants[Quadrant::index(c.loyalty, c.repurchase_prob)] += 1;
    tally.tiers[c.tier as usize] += 1;
    tally.clv_sum += c.clv;
    let k = c.stage as usize - 1;
    tally.clv_stage_sum[k] += c.clv;
    tally.clv_stage_n[k] += 1;
    tally.recommendations += word_of_mouth::recommendations(c.satisfaction, seg.word_of_mouth);
    gathered.clv_values.push(c.clv);
    gathered.risk_values.push(c.value_at_risk);
    tally.programme.members += u32::from(c.member);
    tally.programme.gold_cards += u32::from(c.gold_card);
    tally.programme.liability += f64::from(c.points);
    if early_warning::at_risk(c) {
        tally.save.at_risk += 1;
        tally.save.value_at_risk += f64::from(c.value_at_risk);
    }
}
