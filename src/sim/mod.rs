//! The CRM model: a population of prospects and customers moved month by month
//! through the causal chain of MODEL.md §5. Pure Rust, no web dependency,
//! deterministic for a given seed on every platform.
//!
//! `Levers` + `Scenario` → [`Simulation::step`] per month → a [`MonthReport`]
//! per month, collected in a [`Run`] by [`run`].
//!
//! One month, for each person in the market (each a function of its module):
//! 1. `acquisition` — a prospect may join (marketing, recommendations, warnings);
//! 2. `satisfaction` — an active customer experiences quality Q against its
//!    expectation q, which then adapts;
//! 3. `complaints` — a service failure may bring a complaint, handled well or badly;
//! 4. `loyalty` — trust, switching cost and attitudinal loyalty move;
//! 5. `spending`, `churn`, `lifecycle`, `winback` — the customer buys, decides
//!    whether to buy again (churn), moves between stages; churned customers
//!    may be won back;
//! 6. `books`, `clv`, `pyramid`, `metrics` — the month is closed.
//!
//! Customers interact only through month-level totals carried to the next
//! month (word of mouth, pyramid cut-offs), so running the chain person by
//! person is the same as running each step over the whole population in turn.

pub mod acquisition;
pub mod books;
pub mod churn;
pub mod clv;
pub mod complaints;
pub mod delivered_value;
pub mod fast_exp;
pub mod levers;
pub mod lifecycle;
pub mod loyalty;
pub mod market_events;
pub mod metrics;
pub mod population;
pub mod pyramid;
pub mod rng;
pub mod satisfaction;
pub mod scenario;
pub mod spending;
pub mod validation;
pub mod winback;
pub mod word_of_mouth;

use serde::{Deserialize, Serialize};

pub use books::Books;
pub use levers::{Decision, Decisions, LeverSpec, Levers, RetentionTargeting, LEVERS};
pub use lifecycle::Stage;
pub use loyalty::Quadrant;
pub use market_events::MarketEvent;
pub use metrics::{Distribution, Kpis, MonthReport, SegmentReport};
pub use population::Customer;
pub use pyramid::{Tier, TierCuts};
pub use rng::{Purpose, Streams};
pub use satisfaction::Band;
pub use scenario::{Scenario, Segment, BUILT_IN, MAX_SEGMENTS, SETTINGS};
pub use validation::{Problem, ValidationError, FORMAT_VERSION};

use metrics::{ratio, Bins, PerActiveStage, PerBand, PerQuadrant, PerStage, PerTier};

/// What a segment's customers face this month: values that are the same for
/// every member, computed once.
#[derive(Clone, Copy, Debug, Default)]
struct SegmentMonth {
    monthly_spend: f64,
    word_of_mouth: f64,
    /// The price side of delivered value (quality points).
    price_value: f64,
    /// The market standard its expectations are anchored to.
    standard: f64,
    /// Our offer against the competitor's, for prospects and lapsed customers.
    attractiveness: f64,
    /// The rival's pull on its customers.
    pull: f64,
    /// A prospect's chance of joining: not warned, warned.
    conversion: [f64; 2],
}

/// What the levers and the market mean this month.
#[derive(Clone, Debug)]
struct MonthContext {
    month: u32,
    streams: Streams,
    cuts: TierCuts,
    competition: f64,
    competitor_quality: f64,
    gross_margin: f64,
    monthly_discount: f64,
    levers: Levers,
    quality: f64,
    care: f64,
    /// Factor on a targeted customer's odds against staying that removes the
    /// care's direct stay-score bonus (for the ROI of retention spend).
    care_bonus_odds: f64,
    failure_prob: f64,
    warning_reach: f64,
    bar: f64,
    /// Indexed by a customer's segment; only the scenario's first ones are used.
    segments: [SegmentMonth; MAX_SEGMENTS],
}

/// Counters for one segment during a month.
#[derive(Clone, Copy, Debug, Default)]
struct SegmentTally {
    active: u32,
    new_customers: u32,
    satisfaction_sum: f64,
    start_active: u32,
    stayed: u32,
    clv_sum: f64,
}

/// Counters for the whole market during a month.
#[derive(Clone, Debug, Default)]
struct Tally {
    flows: [[u32; 6]; 6],
    new_customers: u32,
    won_back: u32,
    churned: u32,
    churned_from_start: u32,
    lapsed: u32,
    start_active: u32,
    served: u32,
    targeted: u32,
    churned_at_start: u32,
    band_start: [u32; 5],
    band_stayed: [u32; 5],
    bands_end: [u32; 5],
    quadrants: [u32; 4],
    tiers: [u32; 4],
    failures: u32,
    complaints: u32,
    complainants_stayed: u32,
    recommendations: f64,
    warning_customers: u32,
    warnings: f64,
    prospects_warned: u32,
    revenue: f64,
    cost_of_goods: f64,
    clv_sum: f64,
    clv_stage_sum: [f64; 4],
    clv_stage_n: [u32; 4],
    care_value_saved: f64,
    /// Sums of active customers' satisfaction and loyalty (their counts by
    /// bin go to [`Gathered`]).
    satisfaction_sum: f64,
    loyalty_sum: f64,
    segments: [SegmentTally; MAX_SEGMENTS],
    chain: ChainCounts,
}

/// What a month collects beyond the chunk tallies, one per thread rather
/// than per chunk: active customers' satisfaction and loyalty by bin (counts
/// need no order) and their CLVs for the pyramid cut-offs (in id order, as
/// threads take consecutive chunks and are merged in order).
#[derive(Clone, Debug, Default)]
struct Gathered {
    satisfaction: Bins,
    loyalty: Bins,
    clv_values: Vec<f64>,
}

impl Gathered {
    // Only native threads are merged; the browser runs in one thread.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    fn merge(&mut self, o: &Gathered) {
        self.satisfaction.merge(&o.satisfaction);
        self.loyalty.merge(&o.loyalty);
        self.clv_values.extend_from_slice(&o.clv_values);
    }
}

/// What the Markov-chain CLV is estimated from: transitions observed between
/// chain states (acquisition, growth, maturity, decline, churned), and the
/// margin earned in each.
#[derive(Clone, Debug, Default)]
struct ChainCounts {
    /// Transitions (from × to); a row's total also counts those who left the
    /// chain (lapsed to prospects), so rows may sum to less than the total.
    counts: [[u64; 5]; 5],
    row_totals: [u64; 5],
    /// Margin earned in each state (¥) and customer-months spent in it.
    margin: [f64; 5],
    months: [u64; 5],
}

impl ChainCounts {
    fn add(&mut self, o: &ChainCounts) {
        for k in 0..5 {
            self.row_totals[k] += o.row_totals[k];
            self.margin[k] += o.margin[k];
            self.months[k] += o.months[k];
            for j in 0..5 {
                self.counts[k][j] += o.counts[k][j];
            }
        }
    }

    /// Markov-chain CLV of each active stage (`None` for a stage not seen yet).
    fn clv(&self, monthly_discount: f64) -> [Option<f64>; 4] {
        let mut p = [[0.0; 5]; 5];
        let mut reward = [0.0; 5];
        for (i, row) in p.iter_mut().enumerate() {
            let total = self.row_totals[i];
            if total > 0 {
                for (cell, &n) in row.iter_mut().zip(&self.counts[i]) {
                    *cell = n as f64 / total as f64;
                }
            }
            if self.months[i] > 0 {
                reward[i] = self.margin[i] / self.months[i] as f64;
            }
        }
        let values = clv::markov_clv(&p, &reward, monthly_discount);
        let mut out = [None; 4];
        if let Some(v) = values {
            for k in 0..4 {
                if self.row_totals[k] > 0 && v[k].is_finite() {
                    out[k] = Some(v[k]);
                }
            }
        }
        out
    }
}

impl Tally {
    /// Adds another chunk's counters (floating-point sums in call order).
    fn merge(&mut self, o: &Tally) {
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
        self.revenue += o.revenue;
        self.cost_of_goods += o.cost_of_goods;
        self.clv_sum += o.clv_sum;
        self.care_value_saved += o.care_value_saved;
        self.satisfaction_sum += o.satisfaction_sum;
        self.loyalty_sum += o.loyalty_sum;
        for (a, b) in self.segments.iter_mut().zip(&o.segments) {
            a.active += b.active;
            a.new_customers += b.new_customers;
            a.satisfaction_sum += b.satisfaction_sum;
            a.start_active += b.start_active;
            a.stayed += b.stayed;
            a.clv_sum += b.clv_sum;
        }
        self.chain.add(&o.chain);
    }
}

/// Index of an active or churned stage in the Markov chain's states.
fn chain_state(s: Stage) -> Option<usize> {
    match s {
        Stage::Acquisition => Some(0),
        Stage::Growth => Some(1),
        Stage::Maturity => Some(2),
        Stage::Decline => Some(3),
        Stage::Churned => Some(4),
        Stage::Prospect => None,
    }
}

/// A month under way (see [`Simulation::begin_month`]).
#[derive(Debug)]
pub struct MonthInProgress {
    ctx: MonthContext,
    tallies: Vec<Tally>,
    gathered: Gathered,
    next_chunk: usize,
}

/// A market being simulated, one month at a time.
#[derive(Clone, Debug)]
pub struct Simulation {
    scenario: Scenario,
    streams: Streams,
    customers: Vec<Customer>,
    month: u32,
    monthly_discount: f64,
    cuts: TierCuts,
    recommendations: f64,
    warnings: f64,
    prospects: u32,
    last_complaint_rate: f64,
    cumulative_profit: f64,
    /// The run so far, for the Markov-chain CLV.
    chain: ChainCounts,
    /// A service outage under way: extra failure chance, months left.
    outage: Option<(f64, u32)>,
}

impl Simulation {
    /// A market at month 0. Fails if the scenario is not valid.
    pub fn new(scenario: &Scenario) -> Result<Self, ValidationError> {
        scenario.validate()?;
        let streams = Streams::new(scenario.seed);
        let customers = population::initial_population(scenario, &streams);
        let prospects = customers
            .iter()
            .filter(|c| c.stage == Stage::Prospect)
            .count() as u32;
        Ok(Simulation {
            scenario: scenario.clone(),
            streams,
            customers,
            month: 0,
            monthly_discount: clv::monthly_rate(scenario.discount_rate),
            cuts: TierCuts::NONE,
            recommendations: 0.0,
            warnings: 0.0,
            prospects,
            last_complaint_rate: 0.0,
            cumulative_profit: 0.0,
            chain: ChainCounts::default(),
            outage: None,
        })
    }

    /// Applies a market event from the next month on (see
    /// [`market_events`]): the competitor's price or quality, competitive
    /// intensity, or an outage of our service.
    pub fn apply_event(&mut self, event: &MarketEvent) {
        let sc = &mut self.scenario;
        match *event {
            MarketEvent::CompetitorPrice { change } => {
                sc.competitor_price =
                    market_events::new_competitor_price(sc.competitor_price, change)
            }
            MarketEvent::CompetitorQuality { change } => {
                sc.competitor_quality =
                    market_events::new_competitor_quality(sc.competitor_quality, change)
            }
            MarketEvent::Competition { change } => {
                sc.competition = market_events::new_competition(sc.competition, change)
            }
            MarketEvent::ServiceOutage {
                extra_failure,
                months,
            } => {
                let extra = if extra_failure.is_finite() {
                    extra_failure.clamp(0.0, 1.0)
                } else {
                    0.0
                };
                self.outage = (months > 0).then_some((extra, months));
            }
        }
    }

    /// Draws the rest of the run from other luck (a different seed): for a
    /// projection that shows what a decision tends to do, not the exact
    /// numbers the real run will give.
    pub fn reseed(&mut self, seed: u64) {
        self.streams = Streams::new(seed);
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The last month simulated (0 before the first step).
    pub fn month(&self) -> u32 {
        self.month
    }

    /// Everybody in the market, indexed by customer id.
    pub fn customers(&self) -> &[Customer] {
        &self.customers
    }

    fn context(&self, levers: &Levers) -> MonthContext {
        let sc = &self.scenario;
        let quality = satisfaction::quality_level(levers.service_quality);
        let prospects = f64::from(self.prospects);
        let reach = |people: f64| {
            if prospects > 0.0 {
                (people / prospects).min(1.0)
            } else {
                0.0
            }
        };
        let marketing_reach = acquisition::marketing_reach(levers.acquisition_spend);
        let referral_reach = reach(self.recommendations);
        let mut segments = [SegmentMonth::default(); MAX_SEGMENTS];
        for (m, s) in segments.iter_mut().zip(&sc.segments) {
            let price_value = delivered_value::price_value(
                s.price_sensitivity,
                levers.price,
                sc.competitor_price,
            );
            let attractiveness = delivered_value::attractiveness(delivered_value::relative_cdv(
                quality,
                sc.competitor_quality,
                price_value,
            ));
            let conversion = |warned| {
                acquisition::conversion_prob(
                    marketing_reach,
                    referral_reach,
                    attractiveness,
                    warned,
                )
            };
            *m = SegmentMonth {
                monthly_spend: s.monthly_spend,
                word_of_mouth: s.word_of_mouth,
                price_value,
                standard: satisfaction::market_standard(
                    s.quality_expectation,
                    sc.competitor_quality,
                ),
                attractiveness,
                pull: churn::rival_pull(sc.competition, s.inertia),
                conversion: [conversion(false), conversion(true)],
            };
        }
        let care_level = loyalty::care(levers.retention_spend);
        MonthContext {
            month: self.month,
            streams: self.streams,
            cuts: self.cuts,
            competition: sc.competition,
            competitor_quality: sc.competitor_quality,
            gross_margin: sc.gross_margin,
            monthly_discount: self.monthly_discount,
            levers: *levers,
            quality,
            care: care_level,
            care_bonus_odds: libm::exp(-churn::STEEPNESS * churn::CARE_BONUS * care_level),
            failure_prob: (complaints::failure_prob(quality)
                + self.outage.map_or(0.0, |(extra, _)| extra))
            .min(1.0),
            warning_reach: reach(self.warnings),
            bar: churn::rival_bar(sc.competition),
            segments,
        }
    }

    /// Simulates one month under `levers` and reports it. The levers must be
    /// valid (see [`Levers::validate`]); out-of-range values are clamped to
    /// their ranges rather than trusted.
    ///
    /// The population is processed in chunks of [`CHUNK`] people whose tallies
    /// are merged in chunk order, so the numbers do not depend on how many
    /// threads did the work: natively, large markets use every core; in the
    /// browser the same chunks run one after another.
    pub fn step(&mut self, levers: &Levers) -> MonthReport {
        let mut month = self.begin_month(levers);
        (month.tallies, month.gathered) = run_chunks(&mut self.customers, &month.ctx);
        month.next_chunk = month.tallies.len();
        self.finish_month(month)
    }

    /// Starts a month that will be simulated a few chunks at a time (so a
    /// browser can paint between them): [`advance_month`](Self::advance_month)
    /// until it returns `true`, then [`finish_month`](Self::finish_month).
    /// Gives the same numbers as [`step`](Self::step).
    pub fn begin_month(&mut self, levers: &Levers) -> MonthInProgress {
        let mut levers = *levers;
        for spec in &LEVERS {
            let v = (spec.get)(&levers);
            let v = if v.is_finite() { v } else { spec.default };
            (spec.set)(&mut levers, v.clamp(spec.min, spec.max));
        }
        self.month += 1;
        let ctx = self.context(&levers);
        // An outage counts down the months it lasts.
        self.outage = match self.outage {
            Some((extra, left)) if left > 1 => Some((extra, left - 1)),
            _ => None,
        };
        MonthInProgress {
            ctx,
            tallies: Vec::new(),
            gathered: Gathered::default(),
            next_chunk: 0,
        }
    }

    /// Simulates up to `chunks` more chunks of [`CHUNK`] people; `true` when
    /// the whole market is done.
    pub fn advance_month(&mut self, month: &mut MonthInProgress, chunks: usize) -> bool {
        let total = self.customers.len().div_ceil(CHUNK);
        let end = (month.next_chunk + chunks).min(total);
        for k in month.next_chunk..end {
            let lo = k * CHUNK;
            let hi = (lo + CHUNK).min(self.customers.len());
            let mut tally = Tally::default();
            for (i, c) in self.customers[lo..hi].iter_mut().enumerate() {
                live_month(lo + i, c, &month.ctx, &mut tally, &mut month.gathered);
            }
            month.tallies.push(tally);
        }
        month.next_chunk = end;
        end == total
    }

    /// Closes a month started with [`begin_month`](Self::begin_month).
    pub fn finish_month(&mut self, mut month: MonthInProgress) -> MonthReport {
        let total = self.customers.len().div_ceil(CHUNK);
        if month.next_chunk < total {
            self.advance_month(&mut month, total);
        }
        let MonthInProgress {
            ctx,
            tallies,
            mut gathered,
            ..
        } = month;
        let levers = ctx.levers;
        let mut tally = Tally::default();
        for t in &tallies {
            tally.merge(t);
        }
        self.chain.add(&tally.chain);
        if levers.winback_spend > 0.0 {
            self.chain.margin[4] -= levers.winback_spend * f64::from(tally.churned_at_start);
            self.chain.months[4] += u64::from(tally.churned_at_start);
        }
        let report = self.close_month(&ctx, tally, &gathered);
        self.cuts = TierCuts::from_values(&mut gathered.clv_values);
        report
    }

    /// Step 6: the books, CLV and the month report.
    fn close_month(
        &mut self,
        ctx: &MonthContext,
        tally: Tally,
        gathered: &Gathered,
    ) -> MonthReport {
        let levers = &ctx.levers;
        let market = f64::from(self.scenario.market_size);
        let books = Books {
            revenue: tally.revenue,
            cost_of_goods: tally.cost_of_goods,
            service_cost: levers.service_quality * f64::from(tally.served),
            retention_cost: levers.retention_spend * f64::from(tally.targeted),
            acquisition_cost: levers.acquisition_spend * market / 1000.0,
            complaint_cost: complaints::cost_per_complaint(levers.complaint_handling)
                * f64::from(tally.complaints),
            winback_cost: levers.winback_spend * f64::from(tally.churned_at_start),
        };
        let profit = books.profit();
        self.cumulative_profit += profit;

        let mut stage_counts = [0u32; 6];
        for row in &tally.flows {
            for (to, n) in row.iter().enumerate() {
                stage_counts[to] += n;
            }
        }
        let active: u32 = stage_counts[1..5].iter().sum();
        let prospects_at_start: u32 = tally.flows[Stage::Prospect as usize].iter().sum();
        self.prospects = stage_counts[Stage::Prospect as usize];
        self.recommendations = tally.recommendations;
        self.warnings = tally.warnings;

        let start_active = f64::from(tally.start_active);
        let retention_rate = ratio(
            f64::from(tally.start_active - tally.churned_from_start),
            start_active,
        );
        let annual_retention = retention_rate.map(|r| {
            let mut a = 1.0;
            for _ in 0..12 {
                a *= r;
            }
            a
        });
        let complaint_rate = ratio(f64::from(tally.complaints), f64::from(tally.served));
        if let Some(r) = complaint_rate {
            self.last_complaint_rate = r;
        }
        let retained = f64::from(tally.start_active - tally.churned_from_start);

        let mut repurchase = [None; 5];
        for (b, slot) in repurchase.iter_mut().enumerate() {
            *slot = ratio(
                f64::from(tally.band_stayed[b]),
                f64::from(tally.band_start[b]),
            );
        }
        let active_f = f64::from(active);
        let quadrants = tally
            .quadrants
            .map(|q| ratio(f64::from(q), active_f).unwrap_or(0.0));

        let mut clv_by_stage = [None; 4];
        for (k, slot) in clv_by_stage.iter_mut().enumerate() {
            *slot = ratio(tally.clv_stage_sum[k], f64::from(tally.clv_stage_n[k]));
        }

        let segments = self
            .scenario
            .segments
            .iter()
            .zip(&tally.segments)
            .map(|(s, st)| SegmentReport {
                name: s.name.clone(),
                active: st.active,
                new_customers: st.new_customers,
                satisfaction_mean: ratio(st.satisfaction_sum, f64::from(st.active)),
                retention_rate: ratio(f64::from(st.stayed), f64::from(st.start_active)),
                clv_mean: ratio(st.clv_sum, f64::from(st.active)),
            })
            .collect();

        let satisfaction = gathered.satisfaction.distribution(tally.satisfaction_sum);
        let loyalty = gathered.loyalty.distribution(tally.loyalty_sum);
        let retention_cost = books.retention_cost;
        MonthReport {
            month: self.month,
            stages: PerStage::from_array(stage_counts),
            flows: tally.flows,
            active,
            new_customers: tally.new_customers,
            won_back: tally.won_back,
            churned: tally.churned,
            lapsed: tally.lapsed,
            satisfaction,
            loyalty,
            satisfaction_bands: PerBand::from_array(tally.bands_end),
            repurchase_by_band: PerBand::from_array(repurchase),
            loyalty_matrix: PerQuadrant::from_array(quadrants),
            retention_rate,
            annual_retention,
            churn_rate: ratio(f64::from(tally.churned_from_start), start_active),
            service_failures: tally.failures,
            complaints: tally.complaints,
            complaint_rate,
            recovered: tally.complainants_stayed,
            recovery_rate: ratio(
                f64::from(tally.complainants_stayed),
                f64::from(tally.complaints),
            ),
            recommendations: tally.recommendations,
            warning_customers: tally.warning_customers,
            warnings: tally.warnings,
            prospects_warned: tally.prospects_warned,
            books,
            total_cost: books.total_cost(),
            profit,
            cumulative_profit: self.cumulative_profit,
            cac: ratio(books.acquisition_cost, f64::from(tally.new_customers)),
            retention_cost_per_retained_year: if retention_cost > 0.0 {
                ratio(12.0 * retention_cost, retained)
            } else {
                None
            },
            retention_roi: ratio(tally.care_value_saved - retention_cost, retention_cost),
            clv_mean: ratio(tally.clv_sum, active_f),
            customer_equity: tally.clv_sum,
            clv_by_stage: PerActiveStage::from_array(clv_by_stage),
            clv_markov: PerActiveStage::from_array(self.chain.clv(self.monthly_discount)),
            pyramid: PerTier::from_array(tally.tiers),
            segments,
            kpis: Kpis {
                satisfaction: satisfaction.mean,
                loyalty: loyalty.mean,
                retention_rate,
                acquisition_rate: ratio(
                    f64::from(tally.new_customers),
                    f64::from(prospects_at_start),
                ),
                profit_contribution: ratio(profit, active_f),
                service_response_time: complaints::response_time_hours(
                    levers.service_quality,
                    complaint_rate.unwrap_or(0.0),
                ),
                complaint_rate,
            },
        }
    }
}

/// People per chunk of the monthly pass (see [`Simulation::step`]).
pub const CHUNK: usize = 1024;

/// Below this many people a month runs on one thread: starting threads would
/// cost more than it saves.
#[cfg(not(target_arch = "wasm32"))]
const PARALLEL_FROM: usize = 8_000;

/// Runs the month over every chunk: their tallies in chunk order, and what
/// was gathered over them all.
fn run_chunks(customers: &mut [Customer], ctx: &MonthContext) -> (Vec<Tally>, Gathered) {
    // A group of consecutive chunks, run one after another, gathering into one set.
    let run_group = |group: Vec<(usize, &mut [Customer])>| {
        let mut gathered = Gathered::default();
        let tallies: Vec<Tally> = group
            .into_iter()
            .map(|(k, chunk)| {
                let mut tally = Tally::default();
                for (i, c) in chunk.iter_mut().enumerate() {
                    live_month(k * CHUNK + i, c, ctx, &mut tally, &mut gathered);
                }
                tally
            })
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
                let mut gathered = Gathered::default();
                for h in handles {
                    let (t, g) = h.join().expect("a month's chunk does not panic");
                    tallies.extend(t);
                    gathered.merge(&g);
                }
                (tallies, gathered)
            });
        }
    }
    run_group(chunks)
}

/// One person's month: the causal chain of MODEL.md §5, steps 1–5, and its
/// share of step 6 (counted in `tally`).
#[inline(always)]
fn live_month(
    id: usize,
    c: &mut Customer,
    ctx: &MonthContext,
    tally: &mut Tally,
    gathered: &mut Gathered,
) {
    let t = ctx.month;
    let start = c.stage;
    let draws = ctx.streams.customer_month(id, t);
    // Below MAX_SEGMENTS (a power of two) by validation; the mask only lets
    // the compiler drop its bounds checks.
    let si = usize::from(c.segment) & (MAX_SEGMENTS - 1);
    let seg = &ctx.segments[si];
    let mut active_now = start.is_active();

    // 1. Acquisition: prospects convert.
    if start == Stage::Prospect {
        if ctx.warning_reach > 0.0 && draws.chance(Purpose::Warning, ctx.warning_reach) {
            c.warned_until = t as u16 + word_of_mouth::WARNING_MONTHS;
            tally.prospects_warned += 1;
        }
        let warned = u32::from(c.warned_until) >= t;
        let p = seg.conversion[usize::from(warned)];
        if draws.chance(Purpose::Conversion, p) {
            let taste =
                ctx.streams.customer_month(id, 0).normal(Purpose::Taste) * population::TASTE_SD;
            join(c, seg, taste, ctx.quality, ctx.competitor_quality);
            tally.new_customers += 1;
            tally.segments[si].new_customers += 1;
            active_now = true;
        }
    } else if start == Stage::Churned {
        // 5b. Win-back of recently churned customers.
        tally.churned_at_start += 1;
        let p = winback::recovery_prob(ctx.levers.winback_spend, seg.attractiveness, c.bad_memory);
        if draws.chance(Purpose::WinBack, p) {
            rejoin(c, seg, ctx.quality, ctx.competitor_quality);
            tally.won_back += 1;
        } else {
            c.months_churned += 1;
            if c.months_churned >= winback::WINDOW_MONTHS {
                c.stage = Stage::Prospect;
                c.warned_until = 0;
                tally.lapsed += 1;
            }
        }
    }

    if active_now && start != Stage::Churned {
        let is_new = start == Stage::Prospect;
        tally.served += 1;
        if !is_new {
            tally.start_active += 1;
            tally.segments[si].start_active += 1;
        }
        let band_start = Band::index(c.satisfaction);
        let targeted = ctx.levers.retention_spend > 0.0
            && (ctx.levers.retention_targeting == RetentionTargeting::All || c.tier.is_top());
        let care = if targeted {
            tally.targeted += 1;
            ctx.care
        } else {
            0.0
        };

        // 2. Experience against expectation.
        let failure = draws.chance(Purpose::ServiceFailure, ctx.failure_prob);
        let mut perceived = ctx.quality
            + satisfaction::CARE_QUALITY * care
            + c.taste
            + satisfaction::NOISE_SD * draws.normal(Purpose::QualityNoise);
        if failure {
            perceived -= satisfaction::FAILURE_PENALTY;
            tally.failures += 1;
        }
        satisfaction::experience(
            &mut c.satisfaction,
            &mut c.expectation,
            perceived,
            seg.price_value,
            seg.standard,
        );

        // 3. Complaints and service recovery.
        let complained =
            failure && draws.chance(Purpose::Complaint, complaints::COMPLAINT_PROPENSITY);
        if complained {
            tally.complaints += 1;
            let outcome = if draws.chance(Purpose::ComplaintHandling, ctx.levers.complaint_handling)
            {
                complaints::Outcome::HandledWell
            } else {
                complaints::Outcome::HandledBadly
            };
            complaints::handle(outcome, &mut c.satisfaction, &mut c.trust);
            if outcome == complaints::Outcome::HandledBadly {
                c.bad_memory = true;
                tally.warning_customers += 1;
                tally.warnings += word_of_mouth::warnings(c.satisfaction, seg.word_of_mouth);
            }
        }

        // 4. Trust, switching cost, attitudinal loyalty.
        loyalty::update_trust(&mut c.trust, care, c.satisfaction);
        loyalty::update_switching_cost(&mut c.switching_cost, care, c.tenure);
        let cdv = delivered_value::relative_cdv(perceived, ctx.competitor_quality, seg.price_value);
        loyalty::update_loyalty(
            &mut c.loyalty,
            loyalty::attitude(
                loyalty::perceived_value(cdv),
                c.satisfaction,
                c.switching_cost,
                c.trust,
            ),
        );

        // 5. Spending, repurchase (churn), lifecycle moves.
        let bought = spending::purchase(
            seg.monthly_spend,
            c.stage,
            c.loyalty,
            ctx.levers.price,
            ctx.gross_margin,
        );
        tally.revenue += bought.revenue;
        tally.cost_of_goods += bought.cost_of_goods;
        c.spend = bought.revenue;
        c.margin = bought.revenue
            - bought.cost_of_goods
            - ctx.levers.service_quality
            - if targeted {
                ctx.levers.retention_spend
            } else {
                0.0
            };
        c.realised_value += c.margin;
        if let Some(k) = chain_state(c.stage) {
            tally.chain.margin[k] += c.margin;
            tally.chain.months[k] += 1;
        }

        let z = churn::stay_score(c.satisfaction, c.loyalty, c.switching_cost, care);
        let odds = churn::odds_against(z, ctx.bar);
        let h = churn::churn_prob_from_odds(odds, seg.pull);
        c.repurchase_prob = 1.0 - h;
        let clv_if_stays = clv::predicted(c.margin, c.repurchase_prob, ctx.monthly_discount);
        if targeted {
            // The same customer without the care's direct bonus.
            let h0 = churn::churn_prob_from_odds(odds * ctx.care_bonus_odds, seg.pull);
            tally.care_value_saved += (h0 - h) * clv_if_stays;
        }
        let h_now = if complained {
            churn::complainant_churn_prob(z, ctx.bar, ctx.competition)
        } else {
            h
        };
        if draws.chance(Purpose::Churn, h_now) {
            tally.churned += 1;
            if !is_new {
                tally.churned_from_start += 1;
            }
            if c.satisfaction < word_of_mouth::DISSATISFIED_BELOW {
                c.bad_memory = true;
                tally.warning_customers += 1;
                tally.warnings += word_of_mouth::warnings(c.satisfaction, seg.word_of_mouth);
            }
            c.stage = Stage::Churned;
            c.months_churned = 0;
            c.tenure = 0;
            c.clv = 0.0;
        } else {
            if !is_new {
                tally.band_stayed[band_start] += 1;
                tally.segments[si].stayed += 1;
            }
            if complained {
                tally.complainants_stayed += 1;
            }
            c.tenure = c.tenure.saturating_add(1);
            c.stage = lifecycle::next_stage(c);
            c.clv = clv_if_stays;
            c.tier = ctx.cuts.tier(c.clv);
        }
        if !is_new {
            tally.band_start[band_start] += 1;
        }
    }

    // 6. Close the month for this person.
    if c.stage.is_active() {
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
    }
    tally.flows[start as usize][c.stage as usize] += 1;
    if let Some(from) = chain_state(start) {
        tally.chain.row_totals[from] += 1;
        if let Some(to) = chain_state(c.stage) {
            tally.chain.counts[from][to] += 1;
        }
    }
}

/// A prospect becomes a new customer (acquisition stage).
fn join(c: &mut Customer, seg: &SegmentMonth, taste: f64, quality: f64, competitor_quality: f64) {
    c.stage = Stage::Acquisition;
    c.tier = Tier::Iron;
    c.bad_memory = false;
    c.tenure = 0;
    c.months_churned = 0;
    c.taste = taste;
    c.expectation = seg.standard;
    c.satisfaction = 55.0;
    c.trust = 35.0;
    c.switching_cost = 5.0;
    let cdv = delivered_value::relative_cdv(quality, competitor_quality, seg.price_value);
    c.loyalty = loyalty::attitude(
        loyalty::perceived_value(cdv),
        c.satisfaction,
        c.switching_cost,
        c.trust,
    );
}

/// A churned customer is won back: it starts over in the acquisition stage,
/// keeping its expectation and some of its trust.
fn rejoin(c: &mut Customer, seg: &SegmentMonth, quality: f64, competitor_quality: f64) {
    c.stage = Stage::Acquisition;
    c.tier = Tier::Iron;
    c.bad_memory = false;
    c.tenure = 0;
    c.months_churned = 0;
    c.satisfaction = 50.0;
    c.trust *= 0.8;
    c.switching_cost = 5.0;
    let cdv = delivered_value::relative_cdv(quality, competitor_quality, seg.price_value);
    c.loyalty = loyalty::attitude(
        loyalty::perceived_value(cdv),
        c.satisfaction,
        c.switching_cost,
        c.trust,
    );
}

/// A whole run: the scenario, the decisions and one report per month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub scenario: Scenario,
    pub decisions: Decisions,
    pub months: Vec<MonthReport>,
}

impl Run {
    /// A 64-bit FNV-1a digest of the monthly series as JSON: equal digests mean
    /// equal numbers, to the last bit (JSON prints the shortest exact decimal).
    pub fn digest(&self) -> u64 {
        let text = serde_json::to_string(&self.months).expect("reports serialise");
        fnv1a(text.as_bytes())
    }

    pub fn last(&self) -> &MonthReport {
        self.months.last().expect("a run has at least one month")
    }
}

/// FNV-1a over bytes.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Runs a scenario over its horizon under a decision schedule.
pub fn run(scenario: &Scenario, decisions: &Decisions) -> Result<Run, ValidationError> {
    let (run, _) = run_with_final_state(scenario, decisions)?;
    Ok(run)
}

/// As [`run`], also returning the simulation at its last month (for the
/// customer-level snapshot).
pub fn run_with_final_state(
    scenario: &Scenario,
    decisions: &Decisions,
) -> Result<(Run, Simulation), ValidationError> {
    decisions.validate()?;
    let mut sim = Simulation::new(scenario)?;
    let months = (1..=scenario.months)
        .map(|m| sim.step(decisions.levers_for(m)))
        .collect();
    Ok((
        Run {
            scenario: scenario.clone(),
            decisions: decisions.clone(),
            months,
        },
        sim,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Scenario {
        Scenario {
            market_size: 2_000,
            months: 24,
            ..Scenario::default()
        }
    }

    #[test]
    fn same_seed_same_numbers() {
        let d = Decisions::constant(Levers::default());
        let a = run(&small(), &d).unwrap();
        let b = run(&small(), &d).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.digest(), b.digest());
        let other = Scenario { seed: 2, ..small() };
        assert_ne!(run(&other, &d).unwrap().digest(), a.digest());
    }

    #[test]
    fn stages_account_for_everybody_every_month() {
        let r = run(&small(), &Decisions::constant(Levers::default())).unwrap();
        let mut previous = None::<PerStage<u32>>;
        for m in &r.months {
            let total: u32 = m.stages.to_array().iter().sum();
            assert_eq!(total, 2_000);
            let from_flows: u32 = m.flows.iter().flatten().sum();
            assert_eq!(from_flows, 2_000);
            if let Some(prev) = previous {
                for (i, n) in prev.to_array().iter().enumerate() {
                    assert_eq!(*n, m.flows[i].iter().sum::<u32>(), "row {i}");
                }
            }
            previous = Some(m.stages);
        }
    }

    #[test]
    fn a_month_in_slices_equals_a_month_at_once() {
        let s = Scenario {
            market_size: 5_000,
            months: 6,
            ..Scenario::default()
        };
        let (mut a, mut b) = (Simulation::new(&s).unwrap(), Simulation::new(&s).unwrap());
        for _ in 0..6 {
            let whole = a.step(&Levers::default());
            let mut m = b.begin_month(&Levers::default());
            let mut slices = 0;
            while !b.advance_month(&mut m, 2) {
                slices += 1;
            }
            assert!(slices >= 2);
            assert_eq!(b.finish_month(m), whole);
        }
        assert_eq!(a.customers(), b.customers());
    }

    #[test]
    fn market_events_change_the_market_from_their_month() {
        let s = small();
        let l = Levers::default();
        let mut calm = Simulation::new(&s).unwrap();
        let mut hit = Simulation::new(&s).unwrap();
        for _ in 0..6 {
            assert_eq!(calm.step(&l), hit.step(&l));
        }
        hit.apply_event(&MarketEvent::ServiceOutage {
            extra_failure: 0.3,
            months: 2,
        });
        hit.apply_event(&MarketEvent::CompetitorPrice { change: -0.15 });
        assert!((hit.scenario().competitor_price - 0.85).abs() < 1e-12);
        let (a, b) = (calm.step(&l), hit.step(&l));
        assert!(b.service_failures > a.service_failures * 3, "the outage");
        assert!(b.complaints > a.complaints);
        let (a, b) = (calm.step(&l), hit.step(&l));
        assert!(b.service_failures > a.service_failures * 3, "two months");
        let (a, b) = (calm.step(&l), hit.step(&l));
        assert!(
            b.service_failures < a.service_failures * 2,
            "over after two months"
        );
        // A cheaper rival wins customers: lower retention over the next months.
        let (mut ra, mut rb) = (0.0, 0.0);
        for _ in 0..6 {
            ra += calm.step(&l).retention_rate.unwrap();
            rb += hit.step(&l).retention_rate.unwrap();
        }
        assert!(rb < ra, "{rb} < {ra}");
    }

    #[test]
    fn reseeding_changes_the_luck_not_the_tendency() {
        let s = small();
        let l = Levers::default();
        let mut a = Simulation::new(&s).unwrap();
        let mut b = Simulation::new(&s).unwrap();
        b.reseed(99);
        let (ma, mb) = (a.step(&l), b.step(&l));
        assert_ne!(ma, mb);
        let (sa, sb) = (ma.satisfaction.mean, mb.satisfaction.mean);
        assert!((sa - sb).abs() < 2.0, "{sa} vs {sb}");
    }

    #[test]
    fn invalid_inputs_are_errors_not_panics() {
        let mut s = small();
        s.months = 0;
        assert!(run(&s, &Decisions::constant(Levers::default())).is_err());
        let l = Levers {
            price: f64::NAN,
            ..Levers::default()
        };
        assert!(run(&small(), &Decisions::constant(l)).is_err());
        // Step clamps instead of trusting unchecked levers.
        let mut sim = Simulation::new(&small()).unwrap();
        let wild = Levers {
            service_quality: 1e9,
            price: f64::INFINITY,
            ..Levers::default()
        };
        let m = sim.step(&wild);
        assert!(m.profit.is_finite());
    }
}
