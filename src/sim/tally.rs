//! The month's counters: what every process step adds up while it runs over
//! a chunk of the population, and their merge across chunks (in chunk order,
//! so floating-point sums do not depend on how many threads did the work).

use super::metrics::Bins;
use super::scenario::MAX_SEGMENTS;
use super::stage::Stage;

/// Counters for one segment during a month.
#[derive(Clone, Copy, Debug, Default)]
pub struct SegmentTally {
    pub active: u32,
    pub new_customers: u32,
    pub satisfaction_sum: f64,
    pub start_active: u32,
    pub stayed: u32,
    pub clv_sum: f64,
    /// Active customers the care reached.
    pub targeted: u32,
}

/// The early warning's and the save plan's counters for a month.
#[derive(Clone, Copy, Debug, Default)]
pub struct SaveTally {
    /// Save attempts made, and of them those that succeeded.
    pub attempts: u32,
    pub saved: u32,
    /// Active customers at risk at the month's end, and their value at risk (¥).
    pub at_risk: u32,
    pub value_at_risk: f64,
}

/// The loyalty programme's counters for a month.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProgrammeTally {
    /// Points redeemed (¥).
    pub redeemed: f64,
    /// Gold-card benefits given (¥).
    pub benefit: f64,
    /// Points forfeited by customers who left (¥).
    pub forfeited: f64,
    /// Members who were customers at the start of the month, and of them
    /// those who stayed.
    pub members_start: u32,
    pub members_stayed: u32,
    /// Members, gold-card holders and unredeemed points (¥) at the month's end.
    pub members: u32,
    pub gold_cards: u32,
    pub liability: f64,
}

impl ProgrammeTally {
    fn merge(&mut self, o: &ProgrammeTally) {
        self.redeemed += o.redeemed;
        self.benefit += o.benefit;
        self.forfeited += o.forfeited;
        self.members_start += o.members_start;
        self.members_stayed += o.members_stayed;
        self.members += o.members;
        self.gold_cards += o.gold_cards;
        self.liability += o.liability;
    }
}

/// Counters for the whole market during a month.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub flows: [[u32; 6]; 6],
    pub new_customers: u32,
    pub won_back: u32,
    pub churned: u32,
    pub churned_from_start: u32,
    pub lapsed: u32,
    pub start_active: u32,
    pub served: u32,
    pub targeted: u32,
    pub churned_at_start: u32,
    pub band_start: [u32; 5],
    pub band_stayed: [u32; 5],
    pub bands_end: [u32; 5],
    pub quadrants: [u32; 4],
    pub tiers: [u32; 4],
    pub failures: u32,
    pub complaints: u32,
    pub complainants_stayed: u32,
    pub recommendations: f64,
    pub warning_customers: u32,
    pub warnings: f64,
    pub prospects_warned: u32,
    /// Active customers who heard a warning (their trust takes a hit).
    pub customers_warned: u32,
    /// Everybody who heard a warning: prospects, customers, churned.
    pub people_warned: u32,
    pub revenue: f64,
    pub cost_of_goods: f64,
    /// The loyalty programme's month.
    pub programme: ProgrammeTally,
    /// The early warning and the save plan's month.
    pub save: SaveTally,
    pub clv_sum: f64,
    pub clv_stage_sum: [f64; 4],
    pub clv_stage_n: [u32; 4],
    /// Sums of active customers' satisfaction and loyalty (their counts by
    /// bin go to [`Gathered`]).
    pub satisfaction_sum: f64,
    pub loyalty_sum: f64,
    pub segments: [SegmentTally; MAX_SEGMENTS],
    pub chain: ChainCounts,
}

/// The market's own counters for a month, over all its firms.
#[derive(Clone, Debug, Default)]
pub struct MarketTally {
    /// People who are prospects at the month's end (nobody's customer).
    pub prospects: u32,
    /// Customers who moved this month, from × to, over the firms and then
    /// the outside competitor (`(firms + 1)²`, row-major): a prospect or a
    /// won-back customer joining firm `f` counts from the outside competitor.
    pub switching: Vec<u32>,
}

impl MarketTally {
    /// Counts one customer moving from `from` to `to` (`firms` is the
    /// outside competitor).
    #[inline]
    pub fn switch(&mut self, firms: usize, from: usize, to: usize) {
        self.switching[from * (firms + 1) + to] += 1;
    }
}

/// One chunk's counters: a tally per firm and the market's own.
#[derive(Clone, Debug, Default)]
pub struct ChunkTally {
    pub firms: Vec<Tally>,
    pub market: MarketTally,
}

impl ChunkTally {
    /// Empty counters for a market of `firms` firms.
    pub fn new(firms: usize) -> Self {
        ChunkTally {
            firms: vec![Tally::default(); firms],
            market: MarketTally {
                prospects: 0,
                switching: vec![0; (firms + 1) * (firms + 1)],
            },
        }
    }

    /// Adds another chunk's counters.
    pub fn merge(&mut self, o: &ChunkTally) {
        for (a, b) in self.firms.iter_mut().zip(&o.firms) {
            a.merge(b);
        }
        self.market.prospects += o.market.prospects;
        for (a, b) in self.market.switching.iter_mut().zip(&o.market.switching) {
            *a += b;
        }
    }
}

/// What a month collects beyond the chunk tallies, one per thread rather
/// than per chunk: active customers' satisfaction and loyalty by bin (counts
/// need no order) and their CLVs for the pyramid cut-offs (in id order, as
/// threads take consecutive chunks and are merged in order).
#[derive(Clone, Debug, Default)]
pub struct Gathered {
    pub satisfaction: Bins,
    pub loyalty: Bins,
    pub clv_values: Vec<f64>,
    /// Active customers' value at risk, in id order (for `value_at_risk`
    /// targeting's cut-off).
    pub risk_values: Vec<f32>,
}

impl Gathered {
    // Only native threads are merged; the browser runs in one thread.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub fn merge(&mut self, o: &Gathered) {
        self.satisfaction.merge(&o.satisfaction);
        self.loyalty.merge(&o.loyalty);
        self.clv_values.extend_from_slice(&o.clv_values);
        self.risk_values.extend_from_slice(&o.risk_values);
    }
}

/// What the Markov-chain CLV is estimated from: transitions observed between
/// chain states (acquisition, growth, maturity, decline, churned), and the
/// margin earned in each.
#[derive(Clone, Debug, Default)]
pub struct ChainCounts {
    /// Transitions (from × to); a row's total also counts those who left the
    /// chain (lapsed to prospects), so rows may sum to less than the total.
    pub counts: [[u64; 5]; 5],
    pub row_totals: [u64; 5],
    /// Margin earned in each state (¥) and customer-months spent in it.
    pub margin: [f64; 5],
    pub months: [u64; 5],
}

impl ChainCounts {
    pub fn add(&mut self, o: &ChainCounts) {
        for k in 0..5 {
            self.row_totals[k] += o.row_totals[k];
            self.margin[k] += o.margin[k];
            self.months[k] += o.months[k];
            for j in 0..5 {
                self.counts[k][j] += o.counts[k][j];
            }
        }
    }
}

impl Tally {
    /// Adds another chunk's counters (floating-point sums in call order).
    pub fn merge(&mut self, o: &Tally) {
        for (a, b) in self.flows.iter_mut().zip(&o.flows) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
        self.new_customers += o.new_customers;
        self.won_back += o.won_back;
        self.churned += o.churned;
        self.churned_from_start += o.churned_from_start;
        self.lapsed += o.lapsed;
        self.start_active += o.start_active;
        self.served += o.served;
        self.targeted += o.targeted;
        self.churned_at_start += o.churned_at_start;
        for b in 0..5 {
            self.band_start[b] += o.band_start[b];
            self.band_stayed[b] += o.band_stayed[b];
            self.bands_end[b] += o.bands_end[b];
        }
        for q in 0..4 {
            self.quadrants[q] += o.quadrants[q];
            self.tiers[q] += o.tiers[q];
            self.clv_stage_sum[q] += o.clv_stage_sum[q];
            self.clv_stage_n[q] += o.clv_stage_n[q];
        }
        self.failures += o.failures;
        self.complaints += o.complaints;
        self.complainants_stayed += o.complainants_stayed;
        self.recommendations += o.recommendations;
        self.warning_customers += o.warning_customers;
        self.warnings += o.warnings;
        self.prospects_warned += o.prospects_warned;
        self.customers_warned += o.customers_warned;
        self.people_warned += o.people_warned;
        self.revenue += o.revenue;
        self.cost_of_goods += o.cost_of_goods;
        self.programme.merge(&o.programme);
        self.save.attempts += o.save.attempts;
        self.save.saved += o.save.saved;
        self.save.at_risk += o.save.at_risk;
        self.save.value_at_risk += o.save.value_at_risk;
        self.clv_sum += o.clv_sum;
        self.satisfaction_sum += o.satisfaction_sum;
        self.loyalty_sum += o.loyalty_sum;
        for (a, b) in self.segments.iter_mut().zip(&o.segments) {
            a.active += b.active;
            a.new_customers += b.new_customers;
            a.satisfaction_sum += b.satisfaction_sum;
            a.start_active += b.start_active;
            a.stayed += b.stayed;
            a.clv_sum += b.clv_sum;
            a.targeted += b.targeted;
        }
        self.chain.add(&o.chain);
    }
}

/// Index of an active or churned stage in the Markov chain's states.
pub fn chain_state(s: Stage) -> Option<usize> {
    match s {
        Stage::Acquisition => Some(0),
        Stage::Growth => Some(1),
        Stage::Maturity => Some(2),
        Stage::Decline => Some(3),
        Stage::Churned => Some(4),
        Stage::Prospect => None,
    }
}
