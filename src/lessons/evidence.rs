//! What a lesson reads from the learner's own run: the figures its steps
//! show beside their words ([`Figure`]), the tables it frames ([`View`]),
//! the predictions it asks for before a reveal ([`Prediction`]) and the
//! claims its words make ([`Claim`]), which the tests check against the
//! model so that a lesson never states what its run does not show.
//!
//! Plain data and pure functions over the monthly reports (no web): the
//! page formats the numbers, the tests compare them.

use serde::{Deserialize, Serialize};

use super::Text;
use crate::sim::metrics::{over_a_year, MonthReport, PerBand, PerTier, MONTHS_PER_YEAR};
use crate::sim::population::Customer;

/// What a lesson reads of a month beyond its report, from the population at
/// the month's end. Kept beside the reports, not in them: a run file pins
/// every number of its reports, and these are views for the lessons only.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MonthExtras {
    /// The predicted CLV held by each pyramid tier: the sum over its active
    /// customers (¥), platinum first.
    pub tier_value: PerTier<f64>,
    /// Mean expected service quality q of active customers (0–10 scale);
    /// `None` without active customers.
    pub expectation: Option<f64>,
    /// Active customers of each loyalty type, in `LoyaltyType::ALL`'s
    /// order (`sim::loyalty_types`).
    #[serde(default)]
    pub loyalty_types: [u32; 7],
    /// The early-warning list: the [`WARNING_LIST`] customers most likely
    /// to leave next month and the [`WARNING_LIST`] with the most value at
    /// risk (`sim::early_warning::list`).
    #[serde(default)]
    pub at_risk: Vec<crate::sim::early_warning::Flagged>,
}

/// How many customers at risk a month's extras keep, most likely to leave
/// first: a list a student can read and act on.
pub const WARNING_LIST: usize = 25;

impl MonthExtras {
    /// The extras of a population as it stands, under `levers` in
    /// `scenario`'s market.
    pub fn of(
        customers: &[Customer],
        scenario: &crate::sim::Scenario,
        levers: &crate::sim::Levers,
        month: u32,
    ) -> MonthExtras {
        use crate::sim::{early_warning, loyalty_types};
        // One pass over the population: it is read every month of every
        // run the page computes, and memory is what a pass costs.
        let market = loyalty_types::Market::of(scenario, levers);
        let sensitivity: Vec<f64> = scenario
            .segments
            .iter()
            .map(|s| s.price_sensitivity)
            .collect();
        let mut value = [0.0; 4];
        let (mut q, mut n) = (0.0, 0u32);
        let mut types = [0u32; 7];
        let mut candidates = Vec::new();
        for (i, c) in customers.iter().enumerate() {
            if !c.stage.is_active() {
                continue;
            }
            value[c.tier as usize] += c.clv;
            q += c.expectation;
            n += 1;
            let t = loyalty_types::classify(c, sensitivity[usize::from(c.segment)], &market);
            types[t as usize] += 1;
            candidates.extend(early_warning::Candidate::of(i, c));
        }
        MonthExtras {
            tier_value: PerTier::from_array(value),
            expectation: (n > 0).then(|| q / f64::from(n)),
            loyalty_types: types,
            at_risk: early_warning::pick(
                customers,
                scenario,
                levers.price,
                month,
                WARNING_LIST,
                candidates,
            )
            .2,
        }
    }
}

/// A run as a lesson reads it: its monthly reports, each month's extras,
/// and two settings of the run.
#[derive(Clone, Copy, Debug)]
pub struct RunData<'a> {
    pub months: &'a [MonthReport],
    /// One entry per month (may be empty where not computed: the readouts
    /// that need them have no value then).
    pub extras: &'a [MonthExtras],
    /// The scenario's yearly discount rate (0–1), for the closed-form CLV.
    pub discount_rate: f64,
    /// The firm's service level Q on the 0–10 quality scale, from its
    /// service spend (`sim::satisfaction::quality_level`).
    pub service_level: f64,
}

/// What is on screen: the learner's run, the pinned baseline's, and the
/// month under the cursor (1-based).
#[derive(Clone, Copy, Debug)]
pub struct Scene<'a> {
    pub run: RunData<'a>,
    pub baseline: Option<RunData<'a>>,
    pub month: u32,
}

/// How a readout is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Money (¥).
    Yuan,
    /// A count of people.
    People,
    /// A share, 0–1, shown as a percentage.
    Share,
    /// A 0–100 score.
    Score,
    /// A plain ratio (x to 1).
    Ratio,
    /// A 0–10 service quality.
    Quality,
}

/// Which run a figure is read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Of {
    Run,
    Baseline,
}

/// At which month a figure is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// The month under the cursor.
    Cursor,
    /// The run's last month.
    End,
    /// A given month (clamped to the run).
    Month(u32),
}

/// A number a lesson reads from a run. "So far" readouts add up months 1 to
/// the month read; the others are that month's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readout {
    /// Cumulative profit (¥).
    CumulativeProfit,
    /// Active customers at the end of the month.
    ActiveCustomers,
    /// People in the churned stage at the end of the month.
    ChurnedStage,
    /// Prospects at the end of the month.
    Prospects,
    /// New customers so far.
    NewCustomersSoFar,
    /// Acquisition spend so far (¥).
    AcquisitionCostSoFar,
    /// Average cost per acquired customer so far: acquisition spend / new
    /// customers (¥).
    CostPerNewCustomer,
    /// Retention spend per customer kept for a year, so far: 12 × retention
    /// spend / customer-months kept (¥).
    RetentionCostPerKeptYear,
    /// Cost per new customer ÷ retention cost per kept customer-year (x to 1).
    CostRatio,
    /// The extra acquisition spend over the baseline's, per extra new
    /// customer over the baseline's (¥): the marginal cost of a customer.
    ExtraCostPerExtraCustomer,
    /// The extra retention spend over the baseline's, per extra customer-
    /// year kept over the baseline's (¥): the marginal cost of keeping.
    ExtraRetentionCostPerExtraKeptYear,
    /// Mean satisfaction of active customers (0–100).
    Satisfaction,
    /// Mean attitudinal loyalty of active customers (0–100).
    Loyalty,
    /// The month's retention rate compounded over a year (0–1).
    AnnualRetention,
    /// Mean predicted CLV of active customers (¥).
    ClvMean,
    /// Customer equity: the sum of active customers' predicted CLV (¥).
    CustomerEquity,
    /// Complaints so far.
    ComplaintsSoFar,
    /// Share of complainants who stayed, so far (0–1).
    RecoveryRateSoFar,
    /// People warned off by unhappy customers so far (word of mouth).
    PeopleWarnedSoFar,
    /// Return on retention spend so far (0 = break-even; see
    /// `MonthReport::retention_roi`).
    RetentionRoi,
    /// Retention spend so far (¥).
    RetentionCostSoFar,
    /// Churned customers back among the prospects so far (not won back
    /// within a year).
    ReturnedToMarketSoFar,
    /// Customers lost so far.
    ChurnedSoFar,
    /// Share of active customers in the platinum and gold tiers (0–1).
    TopTiersCustomerShare,
    /// Share of active customers' predicted CLV held by the platinum and
    /// gold tiers (0–1).
    TopTiersValueShare,
    /// Share of a satisfaction band's customers still buying a year later,
    /// from the months so far: the mean monthly repurchase rate compounded
    /// over twelve months (0–1). Band index 0 (very dissatisfied) to 4
    /// (delighted).
    RepurchaseYear(usize),
    /// Mean satisfaction of a segment's active customers (0–100), by the
    /// segment's index in the scenario.
    SegmentSatisfaction(usize),
    /// Share of active customers in a loyalty-matrix quadrant (0–1): index
    /// 0 loyal, 1 latent, 2 spurious, 3 no loyalty.
    MatrixShare(usize),
    /// Margin per active customer per year, so far: 12 × (revenue − cost of
    /// goods − service cost) / active customer-months (¥).
    MarginPerCustomerYear,
    /// The closed-form CLV m·r/(1+d−r) at this run's margin per customer-
    /// year, its annual retention at the month and the scenario's discount
    /// rate (¥): the CLV calculator's figure for an average customer.
    ClosedFormClv,
    /// Markov-chain CLV of a customer in the acquisition stage, from the
    /// moves between stages seen so far (¥).
    MarkovClvNew,
    /// The scenario's yearly discount rate (0–1).
    DiscountRate,
    /// The firm's service level Q (0–10 quality scale): what its service
    /// spend delivers before taste, noise and failures.
    ServiceLevel,
    /// Mean expected service quality q of active customers (0–10).
    Expectation,
    /// A segment's customers still buying a year later, from the months so
    /// far: its mean monthly retention rate compounded over twelve months
    /// (0–1), by the segment's index in the scenario.
    SegmentRetention(usize),
    /// Share of active customers of a loyalty type (0–1), by its index in
    /// `LoyaltyType::ALL` (0 monopoly … 5 incentive, 6 super-value).
    LoyaltyTypeShare(usize),
    /// Loyalty-programme members at the end of the month.
    Members,
    /// Points members hold and have not redeemed, at face value (¥).
    PointsLiability,
    /// The loyalty programme's cost so far: points redeemed and gold-card
    /// discounts (¥).
    ProgrammeCostSoFar,
    /// Active customers at risk at the end of the month (churn risk at
    /// least `early_warning::AT_RISK`).
    AtRisk,
    /// Their value at risk (¥): churn risk × what keeping each is worth.
    ValueAtRisk,
    /// Save offers made so far.
    SaveAttemptsSoFar,
    /// Save offers that took so far.
    SavedSoFar,
    /// The save plan's cost so far (¥).
    SaveCostSoFar,
    /// Customers lost so far in the baseline minus in the run: the
    /// customers the run's decisions kept (people; negative if it lost more).
    FewerLostThanBaseline,
    /// Cumulative profit plus customer equity (¥): what the firm earned so
    /// far and what its customers are still worth, the measure of a
    /// decision that pays after the horizon.
    ProfitAndEquity,
    /// A readout of the run minus the same readout of the baseline, in its
    /// unit: what the run's decisions changed (where rounding would show
    /// two large figures as equal, the difference reads).
    Gain(&'static Readout),
}

impl Readout {
    /// One readout of each kind (those with a band, segment or quadrant at
    /// index 0): for the tests that every kind has words.
    pub const KINDS: [Readout; 47] = {
        use Readout::*;
        [
            CumulativeProfit,
            ActiveCustomers,
            ChurnedStage,
            Prospects,
            NewCustomersSoFar,
            AcquisitionCostSoFar,
            CostPerNewCustomer,
            RetentionCostPerKeptYear,
            CostRatio,
            ExtraCostPerExtraCustomer,
            ExtraRetentionCostPerExtraKeptYear,
            Satisfaction,
            Loyalty,
            AnnualRetention,
            ClvMean,
            CustomerEquity,
            ComplaintsSoFar,
            RecoveryRateSoFar,
            PeopleWarnedSoFar,
            RetentionRoi,
            RetentionCostSoFar,
            ReturnedToMarketSoFar,
            ChurnedSoFar,
            TopTiersCustomerShare,
            TopTiersValueShare,
            RepurchaseYear(0),
            SegmentSatisfaction(0),
            MatrixShare(0),
            MarginPerCustomerYear,
            ClosedFormClv,
            MarkovClvNew,
            DiscountRate,
            ServiceLevel,
            Expectation,
            SegmentRetention(0),
            LoyaltyTypeShare(0),
            Members,
            PointsLiability,
            ProgrammeCostSoFar,
            AtRisk,
            ValueAtRisk,
            SaveAttemptsSoFar,
            SavedSoFar,
            SaveCostSoFar,
            FewerLostThanBaseline,
            ProfitAndEquity,
            Gain(&CumulativeProfit),
        ]
    };

    pub fn unit(self) -> Unit {
        use Readout::*;
        match self {
            CumulativeProfit
            | AcquisitionCostSoFar
            | CostPerNewCustomer
            | RetentionCostPerKeptYear
            | ExtraCostPerExtraCustomer
            | ExtraRetentionCostPerExtraKeptYear
            | ClvMean
            | CustomerEquity
            | RetentionCostSoFar
            | MarginPerCustomerYear
            | ClosedFormClv
            | MarkovClvNew
            | PointsLiability
            | ProgrammeCostSoFar
            | ValueAtRisk
            | SaveCostSoFar
            | ProfitAndEquity => Unit::Yuan,
            ActiveCustomers
            | ChurnedStage
            | Prospects
            | NewCustomersSoFar
            | ComplaintsSoFar
            | PeopleWarnedSoFar
            | ReturnedToMarketSoFar
            | ChurnedSoFar
            | Members
            | AtRisk
            | SaveAttemptsSoFar
            | SavedSoFar
            | FewerLostThanBaseline => Unit::People,
            AnnualRetention
            | RecoveryRateSoFar
            | RetentionRoi
            | TopTiersCustomerShare
            | TopTiersValueShare
            | RepurchaseYear(_)
            | MatrixShare(_)
            | DiscountRate
            | SegmentRetention(_)
            | LoyaltyTypeShare(_) => Unit::Share,
            Satisfaction | Loyalty | SegmentSatisfaction(_) => Unit::Score,
            ServiceLevel | Expectation => Unit::Quality,
            CostRatio => Unit::Ratio,
            Gain(r) => r.unit(),
        }
    }

    /// Whether the readout compares the run with the baseline (it has no
    /// value without one).
    pub fn needs_baseline(self) -> bool {
        matches!(
            self,
            Readout::ExtraCostPerExtraCustomer
                | Readout::ExtraRetentionCostPerExtraKeptYear
                | Readout::FewerLostThanBaseline
                | Readout::Gain(_)
        )
    }

    /// The readout of `of` at a 1-based month (clamped to the run);
    /// `None` where it has no meaning (nothing to divide by, no baseline).
    pub fn value(self, scene: &Scene, of: Of, month: u32) -> Option<f64> {
        let data = match of {
            Of::Run => scene.run,
            Of::Baseline => scene.baseline?,
        };
        if data.months.is_empty() {
            return None;
        }
        let k = (month.max(1) as usize).min(data.months.len());
        let so_far = &data.months[..k];
        let m = &so_far[k - 1];
        let sum = |f: fn(&MonthReport) -> f64| so_far.iter().map(f).sum::<f64>();
        let ratio = |a: f64, b: f64| (b > 0.0).then(|| a / b);
        use Readout::*;
        match self {
            CumulativeProfit => Some(m.cumulative_profit),
            ActiveCustomers => Some(f64::from(m.active)),
            ChurnedStage => Some(f64::from(m.stages.churned)),
            Prospects => Some(f64::from(m.stages.prospect)),
            NewCustomersSoFar => Some(sum(|r| f64::from(r.new_customers))),
            AcquisitionCostSoFar => Some(sum(|r| r.books.acquisition_cost)),
            CostPerNewCustomer => ratio(
                sum(|r| r.books.acquisition_cost),
                sum(|r| f64::from(r.new_customers)),
            ),
            RetentionCostPerKeptYear => ratio(
                f64::from(MONTHS_PER_YEAR) * sum(|r| r.books.retention_cost),
                kept_months(so_far),
            ),
            ExtraRetentionCostPerExtraKeptYear => {
                let other = scene.baseline?;
                let b = &other.months[..k.min(other.months.len())];
                let extra_cost = sum(|r| r.books.retention_cost)
                    - b.iter().map(|r| r.books.retention_cost).sum::<f64>();
                let extra_kept = kept_months(so_far) - kept_months(b);
                // Fewer than ten extra customer-years is noise, not a margin.
                (extra_kept >= 10.0 * f64::from(MONTHS_PER_YEAR))
                    .then(|| f64::from(MONTHS_PER_YEAR) * extra_cost / extra_kept)
            }
            CostRatio => {
                let a = CostPerNewCustomer.value(scene, of, month)?;
                let b = RetentionCostPerKeptYear.value(scene, of, month)?;
                ratio(a, b)
            }
            ExtraCostPerExtraCustomer => {
                let (run, base) = (Of::Run, Of::Baseline);
                let extra_cost = AcquisitionCostSoFar.value(scene, run, month)?
                    - AcquisitionCostSoFar.value(scene, base, month)?;
                let extra_new = NewCustomersSoFar.value(scene, run, month)?
                    - NewCustomersSoFar.value(scene, base, month)?;
                // Fewer than ten extra customers is noise, not a margin.
                (extra_new >= 10.0).then(|| extra_cost / extra_new)
            }
            Satisfaction => Some(m.kpis.satisfaction),
            Loyalty => Some(m.kpis.loyalty),
            AnnualRetention => m.annual_retention,
            ClvMean => m.clv_mean,
            CustomerEquity => Some(m.customer_equity),
            ComplaintsSoFar => Some(sum(|r| f64::from(r.complaints))),
            RecoveryRateSoFar => ratio(
                sum(|r| f64::from(r.recovered)),
                sum(|r| f64::from(r.complaints)),
            ),
            PeopleWarnedSoFar => Some(sum(|r| f64::from(r.people_warned))),
            RetentionRoi => m.retention_roi,
            RetentionCostSoFar => Some(sum(|r| r.books.retention_cost)),
            ReturnedToMarketSoFar => Some(sum(|r| f64::from(r.lapsed))),
            ChurnedSoFar => Some(sum(|r| f64::from(r.churned))),
            TopTiersCustomerShare => {
                let p = m.pyramid;
                ratio(
                    f64::from(p.platinum + p.gold),
                    f64::from(p.platinum + p.gold + p.iron + p.lead),
                )
            }
            TopTiersValueShare => {
                let v = data.extras.get(k - 1)?.tier_value;
                ratio(v.platinum + v.gold, v.platinum + v.gold + v.iron + v.lead)
            }
            RepurchaseYear(band) => a_year_of(
                so_far
                    .iter()
                    .filter_map(|r| *r.repurchase_by_band.to_array().get(band)?),
            ),
            SegmentSatisfaction(i) => m.segments.get(i)?.satisfaction_mean,
            MatrixShare(q) => m.loyalty_matrix.to_array().get(q).copied(),
            MarginPerCustomerYear => ratio(
                f64::from(MONTHS_PER_YEAR)
                    * sum(|r| r.books.revenue - r.books.cost_of_goods - r.books.service_cost),
                sum(|r| f64::from(r.active)),
            ),
            ClosedFormClv => {
                let margin = MarginPerCustomerYear.value(scene, of, month)?;
                let r = m.annual_retention?;
                Some(crate::sim::clv::closed_form(margin, r, data.discount_rate))
            }
            MarkovClvNew => m.clv_markov.acquisition,
            DiscountRate => Some(data.discount_rate),
            ServiceLevel => Some(data.service_level),
            Expectation => data.extras.get(k - 1)?.expectation,
            SegmentRetention(i) => a_year_of(
                so_far
                    .iter()
                    .filter_map(|r| r.segments.get(i)?.retention_rate),
            ),
            LoyaltyTypeShare(i) => {
                let counts = data.extras.get(k - 1)?.loyalty_types;
                ratio(
                    f64::from(*counts.get(i)?),
                    counts.iter().map(|&n| f64::from(n)).sum(),
                )
            }
            Members => Some(f64::from(m.programme.members)),
            PointsLiability => Some(m.programme.points_liability),
            ProgrammeCostSoFar => Some(sum(|r| r.books.programme_cost)),
            AtRisk => Some(f64::from(m.early_warning.at_risk)),
            ValueAtRisk => Some(m.early_warning.value_at_risk),
            SaveAttemptsSoFar => Some(sum(|r| f64::from(r.early_warning.save_attempts))),
            SavedSoFar => Some(sum(|r| f64::from(r.early_warning.saved))),
            SaveCostSoFar => Some(sum(|r| r.books.save_cost)),
            FewerLostThanBaseline => {
                let (run, base) = (Of::Run, Of::Baseline);
                Some(
                    ChurnedSoFar.value(scene, base, month)?
                        - ChurnedSoFar.value(scene, run, month)?,
                )
            }
            ProfitAndEquity => Some(m.cumulative_profit + m.customer_equity),
            Gain(r) => Some(r.value(scene, Of::Run, month)? - r.value(scene, Of::Baseline, month)?),
        }
    }
}

/// Monthly rates (0–1) as a share still there after a year: their mean
/// compounded over twelve months; `None` without any.
fn a_year_of(rates: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = rates.fold((0.0, 0u32), |(s, n), r| (s + r, n + 1));
    (n > 0).then(|| over_a_year(sum / f64::from(n)))
}

/// Customer-months kept (customers active at a month's start who stayed),
/// summed over the months: each month's kept customers are 12 × its
/// retention spend / its cost per kept customer-year, the report's own
/// division undone; months without retention spend count the active
/// customers instead (they differ by the month's churn, a few per cent).
fn kept_months(months: &[MonthReport]) -> f64 {
    months
        .iter()
        .map(|r| match r.retention_cost_per_retained_year {
            Some(y) if y > 0.0 => r.books.retention_cost * 12.0 / y,
            _ => f64::from(r.active),
        })
        .sum()
}

/// A readout of one run at one month: what a step shows and its words name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    /// The placeholder in the step's text: `{name}` is replaced by the value.
    pub name: &'static str,
    pub readout: Readout,
    pub of: Of,
    pub when: When,
}

/// The learner's run at the cursor.
pub const fn now(name: &'static str, readout: Readout) -> Figure {
    Figure {
        name,
        readout,
        of: Of::Run,
        when: When::Cursor,
    }
}

/// The pinned baseline at the cursor.
pub const fn base(name: &'static str, readout: Readout) -> Figure {
    Figure {
        name,
        readout,
        of: Of::Baseline,
        when: When::Cursor,
    }
}

/// The learner's run at a given month.
pub const fn at(name: &'static str, readout: Readout, month: u32) -> Figure {
    Figure {
        name,
        readout,
        of: Of::Run,
        when: When::Month(month),
    }
}

/// The pinned baseline at a given month.
pub const fn base_at(name: &'static str, readout: Readout, month: u32) -> Figure {
    Figure {
        name,
        readout,
        of: Of::Baseline,
        when: When::Month(month),
    }
}

impl Figure {
    /// The month the figure is read at.
    pub fn month(&self, scene: &Scene) -> u32 {
        let len = match self.of {
            Of::Run => scene.run.months.len(),
            Of::Baseline => scene.baseline.map_or(0, |b| b.months.len()),
        } as u32;
        match self.when {
            When::Cursor => scene.month,
            When::End => len,
            When::Month(m) => m,
        }
        .clamp(1, len.max(1))
    }

    pub fn value(&self, scene: &Scene) -> Option<f64> {
        self.readout.value(scene, self.of, self.month(scene))
    }
}

/// Replaces each `{name}` in `text` by its value; a name without a value
/// is written as "–".
pub fn fill(text: &str, values: &[(&str, Option<String>)]) -> String {
    let mut out = text.to_string();
    for (name, v) in values {
        out = out.replace(&format!("{{{name}}}"), v.as_deref().unwrap_or("–"));
    }
    out
}

/// A comparison a step's words make, checked by the tests on the run the
/// step leaves on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Claim {
    /// The figure is above the other side.
    Above(Figure, Side),
    /// The figure is below the other side.
    Below(Figure, Side),
    /// The figure lies in a range (inclusive).
    Between(Figure, f64, f64),
}

/// The other side of a claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Side {
    Figure(Figure),
    Value(f64),
    /// A figure times a factor (e.g. "more than twice the baseline").
    Times(Figure, f64),
}

impl Side {
    fn value(&self, scene: &Scene) -> Option<f64> {
        match self {
            Side::Figure(f) => f.value(scene),
            Side::Value(v) => Some(*v),
            Side::Times(f, k) => f.value(scene).map(|v| v * k),
        }
    }
}

impl Claim {
    /// Whether the scene bears the claim out (`None` when a figure has no
    /// value there).
    pub fn holds(&self, scene: &Scene) -> Option<bool> {
        Some(match self {
            Claim::Above(f, s) => f.value(scene)? > s.value(scene)?,
            Claim::Below(f, s) => f.value(scene)? < s.value(scene)?,
            Claim::Between(f, lo, hi) => (*lo..=*hi).contains(&f.value(scene)?),
        })
    }
}

/// Which way a figure went, against what it is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Rise,
    Same,
    Fall,
}

impl Direction {
    pub const ALL: [Direction; 3] = [Direction::Rise, Direction::Same, Direction::Fall];
}

/// A prediction asked for before a step's action: which way a figure will
/// go against another (the baseline, or an earlier month). The reveal
/// compares the learner's guess with what the run shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prediction {
    /// The question, e.g. "Twice the marketing: what will cumulative profit
    /// do against the baseline?"
    pub ask: Text,
    pub figure: Figure,
    pub against: Figure,
}

/// Changes within this share of the compared value count as "about the
/// same" (teaching choice: below the run-to-run noise of a 10,000-person
/// market, which is a few per cent).
pub const SAME_WITHIN: f64 = 0.03;

impl Prediction {
    /// What happened: the figure's direction against the other side.
    pub fn outcome(&self, scene: &Scene) -> Option<Direction> {
        let (a, b) = (self.figure.value(scene)?, self.against.value(scene)?);
        let scale = b.abs().max(a.abs()).max(1e-9);
        Some(if (a - b).abs() <= SAME_WITHIN * scale {
            Direction::Same
        } else if a > b {
            Direction::Rise
        } else {
            Direction::Fall
        })
    }
}

/// A table a step can frame: views of the run that the charts lack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// For each satisfaction band: its customers and the share still buying
    /// a year later, run and baseline.
    RepurchaseByBand,
    /// For each segment: active customers and mean satisfaction.
    SatisfactionBySegment,
    /// The month's moves between lifecycle stages (people).
    Flows,
    /// For each pyramid tier: its share of customers and of predicted value.
    TierShares,
    /// The top of the early-warning list: the customers at risk with the
    /// most value at risk, with their churn risk, value and main reason
    /// (the whole list is below the charts).
    WarningTop,
}

/// The satisfaction bands' repurchase-in-a-year shares of a run so far.
pub fn repurchase_by_band(scene: &Scene, of: Of) -> Option<PerBand<Option<f64>>> {
    if of == Of::Baseline && scene.baseline.is_none() {
        return None;
    }
    let mut out = [None; 5];
    for (b, slot) in out.iter_mut().enumerate() {
        *slot = Readout::RepurchaseYear(b).value(scene, of, scene.month);
    }
    Some(PerBand::from_array(out))
}

/// Each tier's share of active customers and of their predicted CLV at the
/// cursor, platinum first; `None` where the run has no customers.
pub fn tier_shares(scene: &Scene) -> Option<[(f64, Option<f64>); 4]> {
    let k = (scene.month.max(1) as usize).min(scene.run.months.len());
    let m = scene.run.months.get(k.checked_sub(1)?)?;
    let counts = m.pyramid.to_array().map(f64::from);
    let n: f64 = counts.iter().sum();
    if n <= 0.0 {
        return None;
    }
    let values = scene.run.extras.get(k - 1).map(|e| e.tier_value.to_array());
    let total: f64 = values.map_or(0.0, |v| v.iter().sum());
    let mut out = [(0.0, None); 4];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = (
            counts[i] / n,
            values.and_then(|v| (total > 0.0).then(|| v[i] / total)),
        );
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{run_unpaired, Decisions, Levers, Scenario};

    fn run(levers: Levers) -> crate::sim::Run {
        let mut sc = Scenario::built_in("default").unwrap();
        sc.market_size = 3_000;
        run_unpaired(&sc, &Decisions::constant(levers)).unwrap()
    }

    #[test]
    fn readouts_add_up_the_months_so_far() {
        let r = run(Levers::default());
        let data = RunData {
            months: &r.months,
            extras: &[],
            discount_rate: 0.12,
            service_level: 5.0,
        };
        let scene = Scene {
            run: data,
            baseline: None,
            month: 12,
        };
        let new: u32 = r.months[..12].iter().map(|m| m.new_customers).sum();
        assert_eq!(
            Readout::NewCustomersSoFar.value(&scene, Of::Run, 12),
            Some(f64::from(new))
        );
        let cac = Readout::CostPerNewCustomer
            .value(&scene, Of::Run, 12)
            .unwrap();
        let spent: f64 = r.months[..12]
            .iter()
            .map(|m| m.books.acquisition_cost)
            .sum();
        assert!((cac - spent / f64::from(new)).abs() < 1e-9);
        // Kept customer-years: close to the active customers over the
        // months, so the cost per kept year is near 12 × the monthly spend.
        let per_year = Readout::RetentionCostPerKeptYear
            .value(&scene, Of::Run, 12)
            .unwrap();
        assert!(
            (55.0..75.0).contains(&per_year),
            "5 ¥ a month is about 60 ¥ a year per kept customer: {per_year}"
        );
        // Without a baseline, a readout of it has no value.
        assert_eq!(
            Readout::CumulativeProfit.value(&scene, Of::Baseline, 12),
            None
        );
        assert_eq!(
            Readout::ExtraCostPerExtraCustomer.value(&scene, Of::Run, 12),
            None
        );
        // No tier values: no share of value, but a share of customers.
        assert_eq!(Readout::TopTiersValueShare.value(&scene, Of::Run, 12), None);
        let top = Readout::TopTiersCustomerShare
            .value(&scene, Of::Run, 12)
            .unwrap();
        assert!((0.25..0.35).contains(&top), "platinum + gold ≈ 30%: {top}");
    }

    #[test]
    fn a_prediction_reads_the_direction_with_a_band_for_about_the_same() {
        let base_run = run(Levers::default());
        let more = run(Levers {
            acquisition_spend: 8000.0,
            ..Levers::default()
        });
        let scene = Scene {
            run: RunData {
                months: &more.months,
                extras: &[],
                discount_rate: 0.12,
                service_level: 5.0,
            },
            baseline: Some(RunData {
                months: &base_run.months,
                extras: &[],
                discount_rate: 0.12,
                service_level: 5.0,
            }),
            month: 36,
        };
        let p = |r: Readout| Prediction {
            ask: super::super::t("?", "？"),
            figure: now("a", r),
            against: base("b", r),
        };
        assert_eq!(
            p(Readout::AcquisitionCostSoFar).outcome(&scene),
            Some(Direction::Rise)
        );
        assert_eq!(
            p(Readout::CumulativeProfit).outcome(&scene),
            Some(Direction::Fall)
        );
        // The same run against itself is "about the same".
        let same = Scene {
            baseline: Some(scene.run),
            ..scene
        };
        assert_eq!(
            p(Readout::CumulativeProfit).outcome(&same),
            Some(Direction::Same)
        );
        let extra = Readout::ExtraCostPerExtraCustomer
            .value(&scene, Of::Run, 36)
            .unwrap();
        let average = Readout::CostPerNewCustomer
            .value(&scene, Of::Baseline, 36)
            .unwrap();
        assert!(extra > 2.0 * average, "{extra} vs {average}");
    }

    #[test]
    fn fill_puts_values_in_their_places() {
        assert_eq!(
            fill("a {x} b {y} {x}", &[("x", Some("1".into())), ("y", None)]),
            "a 1 b – 1"
        );
    }
}
