//! Playing an assignment (作业), round by round: the student sets the
//! levers, may look at a projection, submits, and the round's months run
//! with the assignment's market events. Submitted rounds are final: a
//! playthrough only moves forward, and replaying the same decisions on the
//! same assignment and seed gives the same numbers, which is how a run file
//! is verified.

use crate::sim::scatter::{matrix_sample, MatrixPoint};
use crate::sim::validation::ValidationError;
use crate::sim::{Decision, Decisions, Levers, MonthReport, Run, Simulation, FORMAT_VERSION};

use super::assignment::{Assignment, ScheduledEvent};
use super::summary::{self, RoundReport};

/// Why a round could not be played.
#[derive(Clone, Debug, PartialEq)]
pub enum PlayError {
    /// Every round has been played.
    Finished,
    /// A lever outside its range (the field names the lever).
    Invalid(ValidationError),
}

impl std::fmt::Display for PlayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlayError::Finished => write!(f, "every round has been played"),
            PlayError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

/// What a round would bring under some levers, with other luck and without
/// unannounced events: a projection, not the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub round: u32,
    pub months: Vec<MonthReport>,
    /// CRM spending over the round (¥): service, retention, acquisition,
    /// complaint handling, win-back, the save plan and the loyalty programme.
    pub spend: f64,
}

impl Projection {
    /// The projected last month of the round.
    pub fn last(&self) -> &MonthReport {
        self.months.last().expect("a round has months")
    }
}

/// The CRM spending of a month (¥): every cost line but the cost of goods.
pub fn crm_spend(m: &MonthReport) -> f64 {
    let b = &m.books;
    b.service_cost
        + b.retention_cost
        + b.acquisition_cost
        + b.complaint_cost
        + b.winback_cost
        + b.programme_cost
        + b.save_cost
}

/// A salt for the luck of projections, so they differ from the real run.
const PROJECTION_SALT: u64 = 0x5EED_0FF0_7EC7;

/// An assignment being played.
#[derive(Clone, Debug)]
pub struct Playthrough {
    assignment: Assignment,
    seed: u64,
    sim: Simulation,
    months: Vec<MonthReport>,
    matrix: Vec<Vec<MatrixPoint>>,
    decisions: Vec<Levers>,
}

impl Playthrough {
    /// A new run of `assignment` with `seed` (normally the assignment's own).
    pub fn new(assignment: &Assignment, seed: u64) -> Result<Self, ValidationError> {
        assignment.validate()?;
        let mut scenario = assignment.run_scenario();
        scenario.seed = seed;
        Ok(Playthrough {
            assignment: assignment.clone(),
            seed,
            sim: Simulation::new(&scenario)?,
            months: Vec::new(),
            matrix: Vec::new(),
            decisions: Vec::new(),
        })
    }

    /// Plays `decisions` (one per round) again from the start.
    pub fn replay(
        assignment: &Assignment,
        seed: u64,
        decisions: &[Levers],
    ) -> Result<Self, ValidationError> {
        let mut p = Playthrough::new(assignment, seed)?;
        if decisions.len() > assignment.rounds as usize {
            return Err(ValidationError::rule(
                "decisions",
                format!(
                    "{} decisions for an assignment of {} rounds",
                    decisions.len(),
                    assignment.rounds
                ),
            ));
        }
        for (i, levers) in decisions.iter().enumerate() {
            levers.validate_at(&format!("decisions[{i}]."))?;
            p.play_round(levers);
        }
        Ok(p)
    }

    pub fn assignment(&self) -> &Assignment {
        &self.assignment
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn rounds_played(&self) -> u32 {
        self.decisions.len() as u32
    }

    pub fn finished(&self) -> bool {
        self.rounds_played() >= self.assignment.rounds
    }

    /// The round to decide next (1-based), if any.
    pub fn next_round(&self) -> Option<u32> {
        (!self.finished()).then(|| self.rounds_played() + 1)
    }

    /// Every month played so far.
    pub fn months(&self) -> &[MonthReport] {
        &self.months
    }

    /// The loyalty-matrix sample of every month played.
    pub fn matrix(&self) -> &[Vec<MatrixPoint>] {
        &self.matrix
    }

    /// The levers submitted, one per round played.
    pub fn decisions(&self) -> &[Levers] {
        &self.decisions
    }

    /// The levers in force now: the last round's, or the assignment's start.
    pub fn levers_in_force(&self) -> Levers {
        self.decisions
            .last()
            .copied()
            .unwrap_or(self.assignment.start_levers)
    }

    /// The market as it stands (for the customer-level export).
    pub fn simulation(&self) -> &Simulation {
        &self.sim
    }

    /// The report of the last month of a played round.
    pub fn round_end(&self, round: u32) -> Option<&MonthReport> {
        let (_, last) = self.assignment.round_span(round);
        self.months.get(last as usize - 1)
    }

    /// The run so far as a monthly series with its decision schedule.
    pub fn run(&self) -> Run {
        let schedule = if self.decisions.is_empty() {
            vec![Decision {
                from_month: 1,
                levers: self.assignment.start_levers,
            }]
        } else {
            self.decisions
                .iter()
                .enumerate()
                .map(|(i, l)| Decision {
                    from_month: self.assignment.round_span(i as u32 + 1).0,
                    levers: *l,
                })
                .collect()
        };
        let mut scenario = self.assignment.run_scenario();
        scenario.seed = self.seed;
        Run {
            scenario,
            decisions: Decisions {
                format_version: FORMAT_VERSION,
                schedule,
            },
            months: self.months.clone(),
        }
    }

    /// Runs the next round's months under `levers`, its events included.
    fn play_round(&mut self, levers: &Levers) -> (u32, Vec<ScheduledEvent>) {
        let round = self.rounds_played() + 1;
        let (first, last) = self.assignment.round_span(round);
        let mut happened = Vec::new();
        for month in first..=last {
            for e in self.assignment.events_at(month) {
                self.sim.apply_event(&e.event);
                happened.push(e.clone());
            }
            let report = self.sim.step(levers);
            self.matrix
                .push(matrix_sample(self.sim.customers(), report.active));
            self.months.push(report);
        }
        self.decisions.push(*levers);
        (round, happened)
    }

    /// Submits the next round's decisions: its months run, final. The report
    /// says what happened and how much of it the decisions caused (against
    /// keeping the levers in force, with the same luck and events).
    pub fn submit(&mut self, levers: &Levers) -> Result<RoundReport, PlayError> {
        if self.finished() {
            return Err(PlayError::Finished);
        }
        levers.validate().map_err(PlayError::Invalid)?;
        let previous = self.levers_in_force();
        let before = self.months.last().cloned();
        // Same luck, same events, the previous levers: what would have been.
        let counterfactual = (previous != *levers).then(|| {
            let mut other = self.clone();
            other.play_round(&previous);
            other.months.last().cloned().expect("a round has months")
        });
        let (round, events) = self.play_round(levers);
        let after = self.months.last().expect("a round has months");
        Ok(summary::round_report(
            round,
            self.assignment.round_span(round),
            events,
            &previous,
            levers,
            before.as_ref(),
            after,
            counterfactual.as_ref(),
        ))
    }

    /// What the next round might bring under `levers`: other luck, and only
    /// the events announced in the brief. Nothing is consumed.
    pub fn project(&self, levers: &Levers) -> Result<Projection, PlayError> {
        let round = self.next_round().ok_or(PlayError::Finished)?;
        levers.validate().map_err(PlayError::Invalid)?;
        let mut sim = self.sim.clone();
        sim.reseed(self.seed ^ PROJECTION_SALT ^ u64::from(round));
        let (first, last) = self.assignment.round_span(round);
        let mut months = Vec::new();
        for month in first..=last {
            for e in self.assignment.events_at(month).filter(|e| e.announced) {
                sim.apply_event(&e.event);
            }
            months.push(sim.step(levers));
        }
        let spend = months.iter().map(crm_spend).sum();
        Ok(Projection {
            round,
            months,
            spend,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coursework::assignment::built_in;

    fn short() -> Assignment {
        let mut a = built_in().remove(2); // events in months 9 and 15
        a.scenario.market_size = 2_000;
        a
    }

    #[test]
    fn rounds_run_their_months_with_their_events() {
        let a = short();
        let mut p = Playthrough::new(&a, a.scenario.seed).unwrap();
        assert_eq!(p.next_round(), Some(1));
        let r = p.submit(&a.start_levers).unwrap();
        assert_eq!((r.round, r.first_month, r.last_month), (1, 1, 3));
        assert!(r.events.is_empty());
        assert_eq!(p.months().len(), 3);
        assert_eq!(p.matrix().len(), 3);
        for _ in 0..2 {
            p.submit(&a.start_levers).unwrap();
        }
        let r = p.submit(&a.start_levers).unwrap(); // months 10–12
        assert!(r.events.is_empty());
        let mut q = Playthrough::new(&a, a.scenario.seed).unwrap();
        for _ in 0..2 {
            q.submit(&a.start_levers).unwrap();
        }
        let r3 = q.submit(&a.start_levers).unwrap(); // months 7–9: the price cut
        assert_eq!(r3.events.len(), 1);
        assert_eq!(r3.events[0].month, 9);
    }

    #[test]
    fn submitted_rounds_are_final_and_replay_the_same() {
        let a = short();
        let mut p = Playthrough::new(&a, 5).unwrap();
        let mut l = a.start_levers;
        let mut decisions = Vec::new();
        for round in 0..a.rounds {
            l.service_quality = 6.0 + f64::from(round);
            p.submit(&l).unwrap();
            decisions.push(l);
        }
        assert!(p.finished());
        assert_eq!(p.submit(&l), Err(PlayError::Finished));
        assert!(p.project(&l).is_err());
        let q = Playthrough::replay(&a, 5, &decisions).unwrap();
        assert_eq!(q.months(), p.months());
        assert_eq!(q.run().digest(), p.run().digest());
        assert_eq!(p.run().decisions.schedule.len(), a.rounds as usize);
        assert!(p.run().decisions.validate().is_ok());
        // Another seed, other numbers.
        let other = Playthrough::replay(&a, 6, &decisions).unwrap();
        assert_ne!(other.months(), p.months());
    }

    #[test]
    fn a_projection_consumes_nothing_and_is_not_the_result() {
        let a = short();
        let mut p = Playthrough::new(&a, a.scenario.seed).unwrap();
        let l = Levers {
            service_quality: 14.0,
            ..a.start_levers
        };
        let projected = p.project(&l).unwrap();
        assert_eq!(p.rounds_played(), 0);
        assert_eq!(projected.months.len(), 3);
        assert!(projected.spend > 0.0);
        p.submit(&l).unwrap();
        let actual = p.months().last().unwrap();
        assert_ne!(projected.last(), actual, "other luck");
        let (ps, s) = (projected.last().satisfaction.mean, actual.satisfaction.mean);
        assert!((ps - s).abs() < 3.0, "but the same tendency: {ps} vs {s}");
        let spend: f64 = p.months().iter().map(crm_spend).sum();
        assert!((projected.spend - spend).abs() < 0.05 * spend);
    }

    #[test]
    fn bad_decisions_are_refused_with_the_lever_named() {
        let a = short();
        let mut p = Playthrough::new(&a, 1).unwrap();
        let bad = Levers {
            price: 9.0,
            ..Levers::default()
        };
        match p.submit(&bad) {
            Err(PlayError::Invalid(e)) => assert_eq!(e.field, "price"),
            other => panic!("{other:?}"),
        }
        assert_eq!(p.rounds_played(), 0);
        let e = Playthrough::replay(&a, 1, &[Levers::default(), bad]).unwrap_err();
        assert_eq!(e.field, "decisions[1].price");
        let too_many = vec![Levers::default(); a.rounds as usize + 1];
        assert_eq!(
            Playthrough::replay(&a, 1, &too_many).unwrap_err().field,
            "decisions"
        );
    }
}
