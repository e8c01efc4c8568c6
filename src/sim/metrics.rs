//! What a student sees each month (MODEL.md §4): the month report, with stage
//! counts and flows, distributions, rates, money, CLV, the pyramid and the
//! seven CRM KPIs (CRM绩效指标).
//!
//! Rates that have no meaning in a month (a retention rate with no customers, a
//! cost per new customer with no new customer) are `None`, never NaN.

use serde::{Deserialize, Serialize};

use super::books::Books;

/// Months in a year: monthly rates compound over this many to yearly ones.
pub const MONTHS_PER_YEAR: u32 = 12;

/// A monthly probability (retention, repurchase) compounded over a year:
/// the chance of holding twelve months running, p¹². The one place a
/// monthly rate becomes a yearly one; multiplied out month by month, so it
/// is the same to the bit natively and in the browser.
pub fn over_a_year(monthly: f64) -> f64 {
    (0..MONTHS_PER_YEAR).fold(1.0, |year, _| year * monthly)
}

/// A fixed-size array whose entries have names, serialised as a JSON object.
macro_rules! named_array {
    ($(#[$doc:meta])* $name:ident { $($field:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
        pub struct $name<T> {
            $(pub $field: T,)+
        }

        impl<T: Copy> $name<T> {
            pub const NAMES: &'static [&'static str] = &[$(stringify!($field)),+];

            pub fn from_array(a: [T; { [$(stringify!($field)),+].len() }]) -> Self {
                let [$($field),+] = a;
                $name { $($field),+ }
            }

            pub fn to_array(&self) -> [T; { [$(stringify!($field)),+].len() }] {
                [$(self.$field),+]
            }
        }
    };
}

named_array!(
    /// One value per lifecycle stage, in the order of `Stage::ALL`.
    PerStage { prospect, acquisition, growth, maturity, decline, churned }
);
named_array!(
    /// One value per active stage.
    PerActiveStage { acquisition, growth, maturity, decline }
);
named_array!(
    /// One value per satisfaction band, from very dissatisfied to delighted.
    PerBand { very_dissatisfied, dissatisfied, basically_satisfied, very_satisfied, delighted }
);
named_array!(
    /// One value per loyalty-matrix quadrant.
    PerQuadrant { loyal, latent, spurious, none }
);
named_array!(
    /// One value per customer-pyramid tier.
    PerTier { platinum, gold, iron, lead }
);

/// Mean and 10th/50th/90th percentiles of a 0–100 score over active customers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    pub mean: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// Bins of 0.1 point for the percentiles of 0–100 scores: exact enough to
/// read, and one pass over the population instead of a sort.
pub const HISTOGRAM_BINS: usize = 1000;

/// Counts of a 0–100 score in [`HISTOGRAM_BINS`] bins. Counts add up in any
/// order, so one set can collect a whole month however it is split.
#[derive(Clone, Debug)]
pub struct Bins(Box<[u32; HISTOGRAM_BINS]>);

impl Default for Bins {
    fn default() -> Self {
        Bins(Box::new([0; HISTOGRAM_BINS]))
    }
}

impl Bins {
    #[inline]
    pub fn add(&mut self, x: f64) {
        // A float-to-integer cast saturates (negatives and NaN give 0), so
        // only the top needs clamping; x is 0–100.
        let i = ((x * (HISTOGRAM_BINS as f64 / 100.0)) as u32).min(HISTOGRAM_BINS as u32 - 1);
        self.0[i as usize] += 1;
    }

    /// Adds another set of counts.
    pub fn merge(&mut self, other: &Bins) {
        for (a, b) in self.0.iter_mut().zip(other.0.iter()) {
            *a += b;
        }
    }

    /// The mean (from the scores' `sum`) and percentiles (bin centres).
    pub fn distribution(&self, sum: f64) -> Distribution {
        let n: u64 = self.0.iter().map(|&c| u64::from(c)).sum();
        if n == 0 {
            return Distribution::default();
        }
        let width = 100.0 / HISTOGRAM_BINS as f64;
        let quantile = |q: f64| {
            let target = (q * n as f64).ceil().max(1.0) as u64;
            let mut acc = 0u64;
            for (i, &c) in self.0.iter().enumerate() {
                acc += u64::from(c);
                if acc >= target {
                    return (i as f64 + 0.5) * width;
                }
            }
            100.0
        };
        Distribution {
            mean: sum / n as f64,
            p10: quantile(0.1),
            p50: quantile(0.5),
            p90: quantile(0.9),
        }
    }
}

/// A histogram of a 0–100 score with its sum, for its mean and percentiles.
#[derive(Clone, Debug, Default)]
pub struct Histogram {
    bins: Bins,
    sum: f64,
}

impl Histogram {
    #[inline]
    pub fn add(&mut self, x: f64) {
        self.bins.add(x);
        self.sum += x;
    }

    /// The mean and percentiles; percentiles are bin centres.
    pub fn distribution(&self) -> Distribution {
        self.bins.distribution(self.sum)
    }
}

/// One segment's month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SegmentReport {
    pub name: String,
    /// Active customers at the end of the month.
    pub active: u32,
    pub new_customers: u32,
    /// Mean satisfaction of its active customers (0–100).
    pub satisfaction_mean: Option<f64>,
    /// Share of its customers active at the start of the month who stayed.
    pub retention_rate: Option<f64>,
    /// Mean predicted CLV of its active customers (¥).
    pub clv_mean: Option<f64>,
    /// Active customers the care (the channel mix) reached this month.
    #[serde(default)]
    pub targeted: u32,
}

/// The early warning and the save plan's month (`early_warning`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EarlyWarningReport {
    /// Active customers at risk at the end of the month (churn risk at least
    /// `early_warning::AT_RISK`).
    pub at_risk: u32,
    /// Their value at risk (客户流失风险价值, ¥): churn risk × what keeping
    /// each would be worth, summed.
    pub value_at_risk: f64,
    /// Save offers made this month, and those that succeeded.
    pub save_attempts: u32,
    pub saved: u32,
}

/// The loyalty programme's month (`programme`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeReport {
    /// Members at the end of the month.
    pub members: u32,
    /// Members holding the gold card this month.
    pub gold_cards: u32,
    /// Points liability (积分负债): points earned and not yet redeemed, at
    /// face value (¥), at the end of the month.
    pub points_liability: f64,
    /// Points redeemed this month (¥).
    pub points_redeemed: f64,
    /// Points forfeited by customers who left this month (¥).
    pub points_forfeited: f64,
    /// Share of members at the start of the month who stayed.
    pub member_retention: Option<f64>,
    /// Share of other customers at the start of the month who stayed.
    pub non_member_retention: Option<f64>,
}

/// The seven CRM KPIs of MODEL.md §2 (CRM绩效指标).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Kpis {
    /// Mean satisfaction of active customers (0–100).
    pub satisfaction: f64,
    /// Mean attitudinal loyalty of active customers (0–100).
    pub loyalty: f64,
    /// Share of customers active at the start of the month still active at its end.
    pub retention_rate: Option<f64>,
    /// New customers as a share of the prospects at the start of the month.
    pub acquisition_rate: Option<f64>,
    /// Profit contribution: the month's profit per active customer (¥).
    pub profit_contribution: Option<f64>,
    /// Average time to answer a service request (hours).
    pub service_response_time: f64,
    /// Complaints per customer served this month.
    pub complaint_rate: Option<f64>,
}

/// Everything that happened in one month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MonthReport {
    /// 1-based month.
    pub month: u32,
    /// People in each stage at the end of the month.
    pub stages: PerStage<u32>,
    /// `flows[from][to]`: people who were in stage `from` at the start of the
    /// month and in stage `to` at its end (order of `Stage::ALL`).
    pub flows: [[u32; 6]; 6],
    /// Active customers at the end of the month.
    pub active: u32,
    /// Prospects who became customers.
    pub new_customers: u32,
    /// Churned customers won back.
    pub won_back: u32,
    /// Customers who churned this month.
    pub churned: u32,
    /// Churned customers not won back within the window, back among the prospects.
    pub lapsed: u32,
    pub satisfaction: Distribution,
    pub loyalty: Distribution,
    /// Active customers in each satisfaction band at the end of the month.
    pub satisfaction_bands: PerBand<u32>,
    /// Share of the customers in each band at the start of the month who bought
    /// again this month (did not churn).
    pub repurchase_by_band: PerBand<Option<f64>>,
    /// Share of active customers in each loyalty-matrix quadrant.
    pub loyalty_matrix: PerQuadrant<f64>,
    /// Monthly retention rate: customers active at the start who stayed.
    pub retention_rate: Option<f64>,
    /// The monthly retention rate compounded over twelve months.
    pub annual_retention: Option<f64>,
    /// Customers who churned as a share of those active at the start.
    pub churn_rate: Option<f64>,
    pub service_failures: u32,
    pub complaints: u32,
    /// Complaints per customer served this month (active at the start or new).
    pub complaint_rate: Option<f64>,
    /// Complainants who stayed this month.
    pub recovered: u32,
    /// Share of complainants who stayed (service recovery).
    pub recovery_rate: Option<f64>,
    /// People our satisfied customers recommended us to (reach prospects next month).
    pub recommendations: f64,
    /// Customers with a bad episode this month (they warn others).
    pub warning_customers: u32,
    /// People those customers warned (they hear it next month: anybody in
    /// the market).
    pub warnings: f64,
    /// Prospects reached by last month's warnings this month (put off joining).
    pub prospects_warned: u32,
    /// Our customers reached by last month's warnings this month (their
    /// trust takes a hit).
    pub customers_warned: u32,
    /// Everybody reached by last month's warnings this month: prospects, our
    /// customers, churned customers.
    pub people_warned: u32,
    pub books: Books,
    pub total_cost: f64,
    pub profit: f64,
    pub cumulative_profit: f64,
    /// Cost per acquired customer: acquisition cost / new customers (¥).
    pub cac: Option<f64>,
    /// Retention spend per retained customer, per year: 12 × the month's
    /// retention cost / customers active at the start who stayed (¥).
    pub retention_cost_per_retained_year: Option<f64>,
    /// Return on retention spend so far, measured against the same run without
    /// it (same seed, same other decisions: common random numbers):
    /// (cumulative profit − the same run's cumulative profit with retention
    /// spend 0) / cumulative retention cost. Positive where retention spend
    /// pays, negative where it is overspent; `None` where nothing was spent
    /// yet or no paired run was computed (see `sim::retention_roi`).
    pub retention_roi: Option<f64>,
    /// Retention cost summed from month 1 (¥).
    pub cumulative_retention_cost: f64,
    /// Mean predicted CLV of active customers (¥).
    pub clv_mean: Option<f64>,
    /// Customer equity: the sum of active customers' predicted CLV (¥).
    pub customer_equity: f64,
    /// Mean predicted CLV of active customers in each stage (¥).
    pub clv_by_stage: PerActiveStage<Option<f64>>,
    /// Markov-chain CLV of a customer in each active stage, from the transition
    /// matrix observed so far (¥).
    pub clv_markov: PerActiveStage<Option<f64>>,
    /// Active customers in each pyramid tier.
    pub pyramid: PerTier<u32>,
    /// The loyalty programme's month.
    #[serde(default)]
    pub programme: ProgrammeReport,
    /// The early warning and the save plan's month.
    #[serde(default)]
    pub early_warning: EarlyWarningReport,
    pub segments: Vec<SegmentReport>,
    pub kpis: Kpis,
}

/// `num / den`, or `None` when there is nothing to divide by.
pub fn ratio(num: f64, den: f64) -> Option<f64> {
    if den > 0.0 {
        Some(num / den)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_percentiles() {
        let mut h = Histogram::default();
        for i in 0..1000 {
            h.add(f64::from(i) / 10.0);
        }
        let d = h.distribution();
        assert!((d.mean - 49.95).abs() < 1e-9);
        assert!((d.p10 - 10.0).abs() < 0.2, "{}", d.p10);
        assert!((d.p50 - 50.0).abs() < 0.2);
        assert!((d.p90 - 90.0).abs() < 0.2);
        h.add(100.0);
        assert_eq!(Histogram::default().distribution(), Distribution::default());
    }

    #[test]
    fn named_arrays_round_trip() {
        let s = PerStage::from_array([1, 2, 3, 4, 5, 6]);
        assert_eq!(s.growth, 3);
        assert_eq!(s.to_array(), [1, 2, 3, 4, 5, 6]);
        assert_eq!(PerStage::<u32>::NAMES[5], "churned");
        let json = serde_json::to_string(&PerQuadrant::from_array([0.5, 0.2, 0.2, 0.1])).unwrap();
        assert_eq!(
            json,
            r#"{"loyal":0.5,"latent":0.2,"spurious":0.2,"none":0.1}"#
        );
        assert_eq!(ratio(1.0, 0.0), None);
        assert_eq!(ratio(1.0, 4.0), Some(0.25));
    }
}
