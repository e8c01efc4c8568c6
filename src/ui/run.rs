//! What defines a run on the Explore page, and the run itself with the extra
//! customer-level views the page draws. Plain Rust, no DOM: tested natively.

use serde::{Deserialize, Serialize};
use std::rc::Rc;

use crate::lessons::evidence::MonthExtras;
use crate::sim::retention_roi;
use crate::sim::scatter::matrix_sample;
pub use crate::sim::scatter::{MatrixPoint, MATRIX_POINTS};
use crate::sim::{
    Decisions, Levers, MonthInProgress, MonthReport, Run, Scenario, Simulation, ValidationError,
    BUILT_IN, FORMAT_VERSION,
};

/// Market sizes offered on the page.
pub const MARKET_SIZES: [u32; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// Above this many people the run is computed in slices, yielding to the
/// browser between them, with a progress bar.
pub const SLICED_ABOVE: u32 = 20_000;

/// Milliseconds to compute before yielding to the browser (a 40 frames a
/// second page while computing).
pub const SLICE_MS: f64 = 25.0;

/// The settings of an Explore run: saved in the browser and carried by links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExploreSettings {
    pub format_version: u32,
    /// A built-in scenario's name.
    pub scenario: String,
    pub market_size: u32,
    pub months: u32,
    pub seed: u64,
    pub levers: Levers,
}

impl Default for ExploreSettings {
    fn default() -> Self {
        let s = Scenario::default();
        ExploreSettings {
            format_version: FORMAT_VERSION,
            scenario: s.name,
            market_size: s.market_size,
            months: s.months,
            seed: s.seed,
            levers: Levers::default(),
        }
    }
}

impl ExploreSettings {
    /// The scenario these settings describe.
    pub fn scenario(&self) -> Result<Scenario, ValidationError> {
        let mut s = Scenario::built_in(&self.scenario).ok_or_else(|| {
            ValidationError::new(
                "scenario",
                crate::sim::Problem::UnknownName {
                    given: self.scenario.clone(),
                    allowed: BUILT_IN.iter().map(|s| s.to_string()).collect(),
                },
            )
        })?;
        s.market_size = self.market_size;
        s.months = self.months;
        s.seed = self.seed;
        s.validate()?;
        Ok(s)
    }

    /// Checks every setting and lever.
    pub fn validate(&self) -> Result<(), ValidationError> {
        crate::sim::validation::check_format_version(self.format_version)?;
        self.scenario()?;
        self.levers.validate()
    }
}

/// A run as the page shows it.
#[derive(Clone, Debug)]
pub struct ExploreRun {
    pub settings: ExploreSettings,
    pub run: Run,
    /// Per month, an even sample of active customers for the loyalty matrix.
    pub matrix: Vec<Vec<MatrixPoint>>,
    /// Per month, what the lessons read beyond the report (empty where not
    /// computed, as for coursework runs).
    pub extras: Vec<MonthExtras>,
    /// The population after the last month (for the customer-level export),
    /// when this run was computed here rather than received from the worker.
    pub last: Option<Simulation>,
}

/// Two runs are the same when their settings, decisions and last month are:
/// the settings alone decide an Explore run, while a coursework run grows
/// round by round under the same settings.
impl PartialEq for ExploreRun {
    fn eq(&self, other: &Self) -> bool {
        self.settings == other.settings
            && self.run.decisions == other.run.decisions
            && self.run.months.len() == other.run.months.len()
            && self.run.months.last() == other.run.months.last()
    }
}

impl ExploreRun {
    pub fn months(&self) -> &[MonthReport] {
        &self.run.months
    }

    /// The report of a 1-based month, clamped to the run.
    pub fn month(&self, month: u32) -> &MonthReport {
        let i = (month.max(1) as usize - 1).min(self.run.months.len() - 1);
        &self.run.months[i]
    }

    /// The population after the last month: kept, or computed again (same
    /// settings, same numbers).
    pub fn final_population(&self) -> Result<Simulation, ValidationError> {
        match &self.last {
            Some(sim) => Ok(sim.clone()),
            None => Ok(compute(&self.settings)?
                .last
                .expect("a run computed here keeps its population")),
        }
    }

    /// The same run without its population (what a cache keeps).
    pub fn without_population(&self) -> ExploreRun {
        ExploreRun {
            settings: self.settings.clone(),
            run: self.run.clone(),
            matrix: self.matrix.clone(),
            extras: self.extras.clone(),
            last: None,
        }
    }

    /// The run in a form that crosses from a web worker to the page: the
    /// settings and reports as JSON, the loyalty-matrix sample as numbers.
    pub fn pack(&self) -> PackedRun {
        let head = PackedHead {
            settings: self.settings.clone(),
            run: self.run.clone(),
            extras: self.extras.clone(),
        };
        let mut points = Vec::new();
        let mut counts = Vec::with_capacity(self.matrix.len());
        for month in &self.matrix {
            counts.push(month.len() as u32);
            for p in month {
                points.push(p.loyalty);
                points.push(p.repurchase_year);
            }
        }
        PackedRun {
            json: serde_json::to_string(&head).expect("a run serialises"),
            points,
            counts,
        }
    }
}

/// The JSON part of a [`PackedRun`].
#[derive(Serialize, Deserialize)]
struct PackedHead {
    settings: ExploreSettings,
    run: Run,
    extras: Vec<MonthExtras>,
}

/// A run packed by [`ExploreRun::pack`]: JSON (floats printed exactly and
/// read back exactly), and the matrix sample as pairs of numbers with the
/// count of points of each month.
#[derive(Clone, Debug, PartialEq)]
pub struct PackedRun {
    pub json: String,
    pub points: Vec<f32>,
    pub counts: Vec<u32>,
}

impl PackedRun {
    /// The run again (without its population); `None` if the parts do not fit.
    pub fn unpack(&self) -> Option<ExploreRun> {
        let head: PackedHead = serde_json::from_str(&self.json).ok()?;
        let total: usize = self.counts.iter().map(|&n| n as usize).sum();
        if total * 2 != self.points.len() || self.counts.len() != head.run.months.len() {
            return None;
        }
        let mut pairs = self.points.chunks_exact(2).map(|p| MatrixPoint {
            loyalty: p[0],
            repurchase_year: p[1],
        });
        let matrix = self
            .counts
            .iter()
            .map(|&n| pairs.by_ref().take(n as usize).collect())
            .collect();
        Some(ExploreRun {
            settings: head.settings,
            run: head.run,
            matrix,
            extras: head.extras,
            last: None,
        })
    }
}

/// A run being computed month by month (so the page can show progress).
pub struct Computation {
    settings: ExploreSettings,
    scenario: Scenario,
    sim: Simulation,
    months: Vec<MonthReport>,
    matrix: Vec<Vec<MatrixPoint>>,
    extras: Vec<MonthExtras>,
    /// A month begun but not finished (when computing in slices).
    current: Option<MonthInProgress>,
}

impl Computation {
    pub fn new(settings: &ExploreSettings) -> Result<Self, ValidationError> {
        settings.validate()?;
        let scenario = settings.scenario()?;
        let sim = Simulation::new(&scenario)?;
        Ok(Computation {
            settings: settings.clone(),
            months: Vec::with_capacity(scenario.months as usize),
            matrix: Vec::with_capacity(scenario.months as usize),
            extras: Vec::with_capacity(scenario.months as usize),
            current: None,
            scenario,
            sim,
        })
    }

    /// Share of the months done (0–1).
    pub fn progress(&self) -> f64 {
        self.months.len() as f64 / f64::from(self.scenario.months)
    }

    pub fn done(&self) -> bool {
        self.months.len() as u32 >= self.scenario.months
    }

    /// Simulates up to `n` more months.
    pub fn advance(&mut self, n: u32) {
        for _ in 0..n {
            if self.done() {
                return;
            }
            let report = match self.current.take() {
                Some(m) => self.sim.finish_month(m),
                None => self.sim.step(&self.settings.levers),
            };
            self.close(report);
        }
    }

    fn close(&mut self, report: MonthReport) {
        self.matrix
            .push(matrix_sample(self.sim.customers(), report.active));
        self.extras.push(MonthExtras::of(
            self.sim.customers(),
            &self.scenario,
            &self.settings.levers,
            report.month,
        ));
        self.months.push(report);
    }

    /// Simulates a few thousand people at a time while `more()` says so: a
    /// large market's month is spread over several slices, so the page can
    /// paint between them.
    pub fn advance_while(&mut self, mut more: impl FnMut() -> bool) {
        while !self.done() && more() {
            let mut month = match self.current.take() {
                Some(m) => m,
                None => self.sim.begin_month(&self.settings.levers),
            };
            if self.sim.advance_month(&mut month, 8) {
                let report = self.sim.finish_month(month);
                self.close(report);
            } else {
                self.current = Some(month);
            }
        }
    }

    pub fn finish(mut self) -> ExploreRun {
        self.advance(u32::MAX);
        let decisions = Decisions::constant(self.settings.levers);
        // The return on retention spend is measured against the same run
        // without it (common random numbers): the paired run, kept while
        // only the retention spend or its targeting changes. Markets
        // computed in slices go without (it would hold the page up).
        if retention_roi::spends_on_retention(&decisions)
            && self.scenario.market_size <= PAIRED_UP_TO
        {
            if let Some(paired) = paired_profits(&self.scenario, &decisions) {
                retention_roi::attach(&mut self.months, &paired);
            }
        }
        ExploreRun {
            run: Run {
                scenario: self.scenario,
                decisions,
                months: self.months,
            },
            settings: self.settings,
            matrix: self.matrix,
            extras: self.extras,
            last: Some(self.sim),
        }
    }
}

/// The largest market whose return on retention spend the page computes
/// (the paired run doubles the work; larger markets are computed in slices).
pub const PAIRED_UP_TO: u32 = 20_000;

thread_local! {
    /// The last paired run's cumulative profits, by its scenario and
    /// decisions as JSON.
    static PAIRED: std::cell::RefCell<Option<(String, Rc<Vec<f64>>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The cumulative profit of each month of the run without retention spend
/// (targeting then makes no difference), computed once and kept while only
/// the retention spend or its targeting changes.
fn paired_profits(scenario: &Scenario, decisions: &Decisions) -> Option<Rc<Vec<f64>>> {
    let mut paired = retention_roi::without_retention(decisions);
    for d in &mut paired.schedule {
        d.levers.retention_targeting = Default::default();
    }
    let key = serde_json::to_string(&(scenario, &paired)).ok()?;
    if let Some(hit) = PAIRED.with(|p| {
        p.borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }) {
        return Some(hit);
    }
    let run = crate::sim::run_unpaired(scenario, &paired).ok()?;
    let profits = Rc::new(retention_roi::cumulative_profits(&run.months));
    PAIRED.with(|p| *p.borrow_mut() = Some((key, profits.clone())));
    Some(profits)
}

/// Computes a whole run at once.
pub fn compute(settings: &ExploreSettings) -> Result<ExploreRun, ValidationError> {
    Ok(Computation::new(settings)?.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_settings_give_the_default_run() {
        let s = ExploreSettings::default();
        let r = compute(&s).unwrap();
        let native = crate::sim::run(
            &Scenario::default(),
            &Decisions::constant(Levers::default()),
        )
        .unwrap();
        assert_eq!(r.run.digest(), native.digest());
        assert_eq!(r.matrix.len(), 36);
        let sizes: Vec<usize> = r.matrix.iter().map(Vec::len).collect();
        assert!(
            sizes.iter().all(|n| (300..=MATRIX_POINTS + 60).contains(n)),
            "{sizes:?}"
        );
        assert_eq!(r.month(0).month, 1);
        assert_eq!(r.month(99).month, 36);
    }

    #[test]
    fn the_return_on_retention_spend_is_the_paired_runs() {
        // The paired run (retention spend 0) is kept while only retention
        // spend or targeting moves; the numbers are the full run's either way.
        for (spend, t) in [
            (5.0, crate::sim::RetentionTargeting::All),
            (9.0, crate::sim::RetentionTargeting::All),
            (9.0, crate::sim::RetentionTargeting::ValueAtRisk),
        ] {
            let mut s = ExploreSettings::default();
            s.levers = s.levers.with_retention_spend(spend);
            s.levers.retention_targeting = t;
            let page = compute(&s).unwrap();
            let native =
                crate::sim::run(&s.scenario().unwrap(), &Decisions::constant(s.levers)).unwrap();
            assert_eq!(page.run, native.clone());
            assert!(native.last().retention_roi.is_some());
        }
        let mut none = ExploreSettings::default();
        none.levers = none.levers.with_retention_spend(0.0);
        assert!(compute(&none).unwrap().run.last().retention_roi.is_none());
    }

    #[test]
    fn computing_in_slices_gives_the_same_run() {
        // 20,000 people: 20 chunks a month, so slices stop mid-month.
        let s = ExploreSettings {
            market_size: 20_000,
            ..ExploreSettings::default()
        };
        let mut c = Computation::new(&s).unwrap();
        c.advance(5);
        assert!((c.progress() - 5.0 / 36.0).abs() < 1e-12);
        // Then a few chunks at a time, stopping mid-month now and then.
        let mut calls = 0;
        c.advance_while(|| {
            calls += 1;
            calls <= 7 // two months (three slices each) and one slice more
        });
        assert!(!c.done());
        assert!(c.current.is_some(), "stopped in the middle of a month");
        let sliced = c.finish();
        assert_eq!(sliced.run.digest(), compute(&s).unwrap().run.digest());
    }

    #[test]
    fn a_packed_run_unpacks_to_the_same_numbers() {
        let s = ExploreSettings {
            market_size: 3_000,
            months: 12,
            ..ExploreSettings::default()
        };
        let r = compute(&s).unwrap();
        let back = r.pack().unpack().expect("unpacks");
        assert_eq!(back.settings, r.settings);
        assert_eq!(back.run, r.run, "every float read back exactly");
        assert_eq!(back.run.digest(), r.run.digest());
        assert_eq!(back.matrix, r.matrix);
        assert!(back.last.is_none());
        assert_eq!(
            back.final_population().unwrap().customers(),
            r.last.as_ref().unwrap().customers(),
            "the population is computed again, the same"
        );
        // Parts that do not fit are refused, not trusted.
        let mut bad = r.pack();
        bad.points.pop();
        assert!(bad.unpack().is_none());
        let mut bad = r.pack();
        bad.counts.push(0);
        assert!(bad.unpack().is_none());
        let mut bad = r.pack();
        bad.json.truncate(10);
        assert!(bad.unpack().is_none());
    }

    #[test]
    fn bad_settings_are_errors() {
        let s = ExploreSettings {
            scenario: "mars".into(),
            ..ExploreSettings::default()
        };
        assert!(compute(&s).is_err());
        let s = ExploreSettings {
            months: 0,
            ..ExploreSettings::default()
        };
        assert!(compute(&s).is_err());
    }
}
