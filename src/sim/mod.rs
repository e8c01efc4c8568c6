//! The CRM model: a population of prospects and customers moved month by month
//! through the causal chain of MODEL.md §5. Pure Rust, no web dependency,
//! deterministic for a given seed on every platform.
//!
//! `Levers` + `Scenario` → [`Simulation::step`] per month → a [`MonthReport`]
//! per month, collected in a [`Run`] by [`run`].
//!
//! One month, for each person in the market, is `month::live_month`: each
//! step a function of the module named for its process, in this order:
//! 1. `word_of_mouth::hear`, `acquisition` — last month's warnings land;
//!    a prospect may join (marketing, recommendations, warnings);
//! 2. `care`, `satisfaction` — who gets care; an active customer experiences
//!    quality Q against its expectation q, which then adapts;
//! 3. `complaints` — a service failure may bring a complaint, handled well or badly;
//! 4. `loyalty` — trust, switching cost and attitudinal loyalty move;
//! 5. `spending`, `churn`, `lifecycle`, `winback` — the customer buys, decides
//!    whether to buy again (churn), moves between stages; churned customers
//!    may be won back;
//! 6. `clv`, then `close` (books, rates, tiers, the month report).
//!
//! This module only orchestrates: it holds the market's state between months
//! and runs the month over the population in chunks (`month`), adding up
//! their counters (`tally`).

pub mod acquisition;
pub mod backtest;
pub mod books;
pub mod care;
pub mod channels;
pub mod churn;
mod close;
pub mod clv;
pub mod complaints;
pub mod context;
pub mod delivered_value;
pub mod early_warning;
pub mod fast_exp;
pub mod initial;
pub mod levers;
pub mod lifecycle;
pub mod loyalty;
pub mod loyalty_types;
pub mod market;
pub mod market_events;
pub mod metrics;
pub mod month;
pub mod population;
pub mod programme;
pub mod pyramid;
pub mod retention_roi;
pub mod rng;
pub mod satisfaction;
pub mod scatter;
pub mod scenario;
pub mod spending;
pub mod stage;
pub mod sweep;
pub mod tally;
pub mod validation;
pub mod winback;
pub mod word_of_mouth;

use serde::{Deserialize, Serialize};

pub use books::Books;
pub use levers::{Decision, Decisions, LeverId, LeverSpec, Levers, RetentionTargeting, LEVERS};
pub use loyalty::Quadrant;
pub use market_events::MarketEvent;
pub use metrics::{Distribution, Kpis, MonthReport, SegmentReport};
pub use month::CHUNK;
pub use population::Customer;
pub use pyramid::{Tier, TierCuts};
pub use rng::{Purpose, Streams};
pub use satisfaction::Band;
pub use scenario::{
    Scenario, Segment, SettingId, TimedEvent, BUILT_IN, LESSON_MARKETS, MAX_SEGMENTS, SETTINGS,
};
pub use stage::Stage;
pub use validation::{Problem, ValidationError, FORMAT_VERSION};

use context::MonthContext;
use tally::{ChainCounts, ChunkTally, Gathered};

/// A month under way (see [`Simulation::begin_month`]).
#[derive(Debug)]
pub struct MonthInProgress {
    ctxs: Vec<MonthContext>,
    tallies: Vec<ChunkTally>,
    gathered: Vec<Gathered>,
    next_chunk: usize,
}

/// What one firm of the market carries from month to month.
#[derive(Clone, Debug)]
struct FirmState {
    cuts: TierCuts,
    /// Value at risk from which `value_at_risk` targeting reaches a customer.
    risk_cut: f32,
    recommendations: f64,
    warnings: f64,
    cumulative_profit: f64,
    cumulative_retention_cost: f64,
    /// The run so far, for the Markov-chain CLV.
    chain: ChainCounts,
    /// A service outage under way: extra failure chance, months left.
    outage: Option<(f64, u32)>,
}

impl FirmState {
    fn new() -> Self {
        FirmState {
            cuts: TierCuts::NONE,
            risk_cut: f32::INFINITY,
            recommendations: 0.0,
            warnings: 0.0,
            cumulative_profit: 0.0,
            cumulative_retention_cost: 0.0,
            chain: ChainCounts::default(),
            outage: None,
        }
    }
}

/// One month of a market of several firms (see [`Simulation::step_market`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarketMonth {
    /// Each firm's month, as Explore reports its firm's (anybody who is not
    /// the firm's customer or lately lost customer is its prospect).
    pub firms: Vec<MonthReport>,
    /// People who are nobody's customer at the month's end.
    pub prospects: u32,
    /// Customers who moved this month, from × to, over the firms and then
    /// the outside competitor (`(firms + 1)²` counts, row-major): a new
    /// customer or a won-back one comes from the outside competitor.
    pub switching: Vec<u32>,
}

impl MarketMonth {
    /// Customers who moved from `from` to `to` (`firms.len()` is the outside
    /// competitor).
    pub fn switched(&self, from: usize, to: usize) -> u32 {
        self.switching[from * (self.firms.len() + 1) + to]
    }
}

/// A market being simulated, one month at a time: one firm (Explore,
/// coursework) or several sharing the population (a classroom league).
#[derive(Clone, Debug)]
pub struct Simulation {
    scenario: Scenario,
    streams: Streams,
    customers: Vec<Customer>,
    month: u32,
    monthly_discount: f64,
    /// People who are nobody's customer, at the end of last month.
    prospects: u32,
    firms: Vec<FirmState>,
}

impl Simulation {
    /// A market of one firm at month 0. Fails if the scenario is not valid.
    pub fn new(scenario: &Scenario) -> Result<Self, ValidationError> {
        Self::with_firms(scenario, 1)
    }

    /// A market of `firms` firms (1–[`market::MAX_FIRMS`]) at month 0, the
    /// scenario's initial customers spread evenly over them. Fails if the
    /// scenario is not valid or the number of firms is out of range.
    pub fn with_firms(scenario: &Scenario, firms: usize) -> Result<Self, ValidationError> {
        scenario.validate()?;
        if !(1..=market::MAX_FIRMS).contains(&firms) {
            return Err(ValidationError::new(
                "firms",
                Problem::OutOfRange {
                    value: firms as f64,
                    min: 1.0,
                    max: market::MAX_FIRMS as f64,
                },
            ));
        }
        let streams = Streams::new(scenario.seed);
        let mut customers = initial::initial_population(scenario, &streams);
        if firms > 1 {
            for (id, c) in customers.iter_mut().enumerate() {
                c.firm = market::initial_firm(&streams, id, firms);
            }
        }
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
            prospects,
            firms: vec![FirmState::new(); firms],
        })
    }

    /// How many firms share the market.
    pub fn firms(&self) -> usize {
        self.firms.len()
    }

    /// Applies a market event from the next month on (see
    /// [`market_events`]): the competitor's price or quality, competitive
    /// intensity, or an outage of every firm's service.
    pub fn apply_event(&mut self, event: &MarketEvent) {
        for f in 0..self.firms.len() {
            self.apply_event_to(f, event);
        }
    }

    /// As [`apply_event`](Self::apply_event), an outage hitting firm `firm`
    /// only (the outside competitor's events hit the whole market).
    pub fn apply_event_to(&mut self, firm: usize, event: &MarketEvent) {
        let sc = &mut self.scenario;
        match *event {
            MarketEvent::CompetitorPrice { change } => {
                if firm == 0 {
                    sc.competitor_price =
                        market_events::new_competitor_price(sc.competitor_price, change)
                }
            }
            MarketEvent::CompetitorQuality { change } => {
                if firm == 0 {
                    sc.competitor_quality =
                        market_events::new_competitor_quality(sc.competitor_quality, change)
                }
            }
            MarketEvent::Competition { change } => {
                if firm == 0 {
                    sc.competition = market_events::new_competition(sc.competition, change)
                }
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
                if let Some(state) = self.firms.get_mut(firm) {
                    state.outage = (months > 0).then_some((extra, months));
                }
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

    /// What firm `f` carries into the month about to be simulated.
    fn carried(&self, f: usize) -> month::Carried {
        let firm = &self.firms[f];
        month::Carried {
            month: self.month,
            streams: self.streams,
            cuts: firm.cuts,
            risk_cut: firm.risk_cut,
            market_size: self.scenario.market_size,
            prospects: self.prospects,
            recommendations: firm.recommendations,
            warnings: firm.warnings,
            monthly_discount: self.monthly_discount,
            outage: firm.outage.map_or(0.0, |(extra, _)| extra),
            progress: clv::progress(&firm.chain),
        }
    }

    /// Simulates one month under `levers` and reports it. The levers must be
    /// valid (see [`Levers::validate`]); out-of-range values are clamped to
    /// their ranges rather than trusted. (In a market of several firms, every
    /// firm moves these levers and the first firm's month is reported.)
    ///
    /// The population is processed in chunks of [`CHUNK`] people whose tallies
    /// are merged in chunk order, so the numbers do not depend on how many
    /// threads did the work: natively, large markets use every core; in the
    /// browser the same chunks run one after another.
    pub fn step(&mut self, levers: &Levers) -> MonthReport {
        let all = vec![*levers; self.firms.len()];
        self.step_market(&all).firms.swap_remove(0)
    }

    /// Simulates one month of a market of several firms, firm `f` under
    /// `levers[f]` (one set per firm; missing ones are the defaults, extra
    /// ones are ignored), and reports each firm's month and the market's.
    pub fn step_market(&mut self, levers: &[Levers]) -> MarketMonth {
        let mut month = self.begin_market_month(levers);
        (month.tallies, month.gathered) = month::run_chunks(&mut self.customers, &month.ctxs);
        month.next_chunk = month.tallies.len();
        self.finish_market_month(month)
    }

    /// Starts a month that will be simulated a few chunks at a time (so a
    /// browser can paint between them): [`advance_month`](Self::advance_month)
    /// until it returns `true`, then [`finish_month`](Self::finish_month).
    /// Gives the same numbers as [`step`](Self::step).
    pub fn begin_month(&mut self, levers: &Levers) -> MonthInProgress {
        let all = vec![*levers; self.firms.len()];
        self.begin_market_month(&all)
    }

    /// As [`begin_month`](Self::begin_month), firm `f` under `levers[f]`
    /// (then [`finish_market_month`](Self::finish_market_month)).
    pub fn begin_market_month(&mut self, levers: &[Levers]) -> MonthInProgress {
        self.month += 1;
        // The market's own events of this month (a lesson's price cut).
        let due: Vec<MarketEvent> = self
            .scenario
            .events
            .iter()
            .filter(|e| e.month == self.month)
            .map(|e| e.event)
            .collect();
        for e in &due {
            self.apply_event(e);
        }
        let mut ctxs: Vec<MonthContext> = (0..self.firms.len())
            .map(|f| {
                let mut l = levers.get(f).copied().unwrap_or_default();
                for spec in &LEVERS {
                    let v = (spec.get)(&l);
                    let v = if v.is_finite() { v } else { spec.default };
                    (spec.set)(&mut l, v.clamp(spec.min, spec.max));
                }
                month::context(&self.scenario, &l, &self.carried(f), f as u8)
            })
            .collect();
        market::compete(&mut ctxs, self.scenario.segments.len());
        // An outage counts down the months it lasts.
        for firm in &mut self.firms {
            firm.outage = match firm.outage {
                Some((extra, left)) if left > 1 => Some((extra, left - 1)),
                _ => None,
            };
        }
        MonthInProgress {
            ctxs,
            tallies: Vec::new(),
            gathered: vec![Gathered::default(); self.firms.len()],
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
            month.tallies.push(month::run_chunk(
                k,
                &mut self.customers[lo..hi],
                &month.ctxs,
                &mut month.gathered,
            ));
        }
        month.next_chunk = end;
        end == total
    }

    /// Closes a month started with [`begin_month`](Self::begin_month): the
    /// first firm's report.
    pub fn finish_month(&mut self, month: MonthInProgress) -> MonthReport {
        self.finish_market_month(month).firms.swap_remove(0)
    }

    /// Closes a month started with
    /// [`begin_market_month`](Self::begin_market_month).
    pub fn finish_market_month(&mut self, mut month: MonthInProgress) -> MarketMonth {
        let total = self.customers.len().div_ceil(CHUNK);
        if month.next_chunk < total {
            self.advance_month(&mut month, total);
        }
        let MonthInProgress {
            ctxs,
            tallies,
            gathered,
            ..
        } = month;
        let mut all = ChunkTally::new(self.firms.len());
        for t in &tallies {
            all.merge(t);
        }
        self.prospects = all.market.prospects;
        let firms = ctxs
            .iter()
            .zip(all.firms)
            .zip(gathered)
            .enumerate()
            .map(|(f, ((ctx, tally), mut gathered))| {
                let levers = ctx.levers;
                let state = &mut self.firms[f];
                state.chain.add(&tally.chain);
                if levers.winback_spend > 0.0 {
                    state.chain.margin[4] -=
                        levers.winback_spend * f64::from(tally.churned_at_start);
                    state.chain.months[4] += u64::from(tally.churned_at_start);
                }
                let report = self.close_month(f, ctx, tally, &gathered);
                let state = &mut self.firms[f];
                state.cuts = TierCuts::from_values(&mut gathered.clv_values);
                state.risk_cut = care::risk_cut(&mut gathered.risk_values);
                report
            })
            .collect();
        MarketMonth {
            firms,
            prospects: all.market.prospects,
            switching: all.market.switching,
        }
    }
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

/// Runs a scenario over its horizon under a decision schedule. Where the
/// decisions spend on retention, the paired run without it is run too, for
/// the months' `retention_roi` (see [`retention_roi`]).
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
    let (mut run, sim) = simulate(scenario, decisions)?;
    if retention_roi::spends_on_retention(decisions) {
        let (paired, _) = simulate(scenario, &retention_roi::without_retention(decisions))?;
        retention_roi::attach(
            &mut run.months,
            &retention_roi::cumulative_profits(&paired.months),
        );
    }
    Ok((run, sim))
}

/// As [`run`], without the paired run (every `retention_roi` is `None`): for
/// sweeps and searches that do not read it, at half the cost.
pub fn run_unpaired(scenario: &Scenario, decisions: &Decisions) -> Result<Run, ValidationError> {
    Ok(simulate(scenario, decisions)?.0)
}

fn simulate(
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
        let mut previous = None::<metrics::PerStage<u32>>;
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
    fn a_market_s_own_events_happen_in_their_month() {
        let d = Decisions::constant(Levers::default());
        let calm = run(&Scenario::built_in("default").unwrap(), &d).unwrap();
        let cut = run(&Scenario::built_in("price_cut").unwrap(), &d).unwrap();
        let at = scenario::PRICE_CUT_MONTH as usize;
        assert_eq!(calm.months[..at - 1], cut.months[..at - 1]);
        assert!(cut.months[at - 1].churned > calm.months[at - 1].churned * 3 / 2);
        // Events are checked like every other setting.
        let mut bad = Scenario::built_in("price_cut").unwrap();
        bad.events[0].month = 0;
        assert_eq!(bad.validate().unwrap_err().field, "events[0].month");
        bad.events[0].month = 5;
        bad.events[0].event = MarketEvent::CompetitorPrice { change: -3.0 };
        assert!(bad.validate().unwrap_err().field.starts_with("events[0]"));
        // A market without events writes no `events` field (files stay as they were).
        let json = serde_json::to_string(&Scenario::default()).unwrap();
        assert!(!json.contains("events"));
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
