//! Playing a league: its settings and the rounds' decisions replayed through
//! one market of several firms (`sim::market`), and the league table after
//! each round. Every browser that has the settings and the decisions
//! computes the same numbers: this is how the league needs no server.

use serde::{Deserialize, Serialize};

use crate::sim::scatter::{matrix_sample_of_firm, MatrixPoint};
use crate::sim::validation::{Problem, ValidationError};
use crate::sim::{
    Decision, Decisions, Levers, MarketMonth, MonthInProgress, Run, Scenario, Simulation,
};

use super::settings::LeagueSettings;

/// A league as it stands: its settings and the decisions of every round
/// resolved so far (`decisions[round − 1][team]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct League {
    pub settings: LeagueSettings,
    pub decisions: Vec<Vec<Levers>>,
}

/// One team's place in the league table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standing {
    /// The team's index (0-based) and name.
    pub team: usize,
    pub name: String,
    /// 1 for the highest score; teams with equal scores share a rank.
    pub rank: usize,
    /// `equity_weight × customer_equity + profit_weight × cumulative_profit
    /// − penalties` (¥).
    pub score: f64,
    /// The sum of its active customers' predicted CLV (¥).
    pub customer_equity: f64,
    /// Profit over every month played (¥).
    pub cumulative_profit: f64,
    /// Taken off the score for spending over the cap (¥).
    pub penalties: f64,
    /// Months in which it spent over the cap.
    pub months_over_cap: u32,
    /// Its active customers at the end.
    pub customers: u32,
    /// Its customers as a share of the whole market (0–1; the outside
    /// competitor and nobody hold the rest).
    pub customer_share: f64,
    /// Its revenue in the last round as a share of all teams' (0–1).
    pub revenue_share: f64,
}

/// A league replayed: the market's months and the table after every round.
#[derive(Clone, Debug, PartialEq)]
pub struct LeagueRun {
    pub scenario: Scenario,
    pub months: Vec<MarketMonth>,
    /// The league table after each round played (`tables[round − 1]`), in
    /// team order (sort by `rank` to show it).
    pub tables: Vec<Vec<Standing>>,
    /// Each month's loyalty-matrix sample of each team's active customers
    /// (`matrix[month − 1][team]`), for the team's dashboard.
    pub matrix: Vec<Vec<Vec<MatrixPoint>>>,
}

impl League {
    /// A league before its first round.
    pub fn new(settings: LeagueSettings) -> Self {
        League {
            settings,
            decisions: Vec::new(),
        }
    }

    /// Rounds resolved so far.
    pub fn rounds_played(&self) -> u32 {
        self.decisions.len() as u32
    }

    /// Whether every round has been played.
    pub fn finished(&self) -> bool {
        self.rounds_played() >= self.settings.rounds
    }

    /// Checks the settings and that every round resolved has one valid set
    /// of levers per team.
    pub fn validate(&self) -> Result<(), ValidationError> {
        self.settings.validate()?;
        if self.decisions.len() > self.settings.rounds as usize {
            return Err(ValidationError::new(
                "decisions",
                Problem::Rule {
                    en: format!(
                        "{} rounds of decisions for a league of {}",
                        self.decisions.len(),
                        self.settings.rounds
                    ),
                    zh: format!(
                        "共 {} 轮的竞赛有 {} 轮决策",
                        self.settings.rounds,
                        self.decisions.len()
                    ),
                },
            ));
        }
        let teams = self.settings.teams.len();
        for (r, round) in self.decisions.iter().enumerate() {
            if round.len() != teams {
                return Err(ValidationError::new(
                    format!("decisions[{r}]"),
                    Problem::Rule {
                        en: format!(
                            "round {} has {} decisions for {teams} teams",
                            r + 1,
                            round.len()
                        ),
                        zh: format!(
                            "第 {} 轮有 {} 份决策，而参赛队有 {teams} 个",
                            r + 1,
                            round.len()
                        ),
                    },
                ));
            }
            for (t, l) in round.iter().enumerate() {
                l.validate().map_err(|e| {
                    ValidationError::new(format!("decisions[{r}][{t}].{}", e.field), e.problem)
                })?;
            }
        }
        Ok(())
    }

    /// Replays the rounds resolved so far.
    pub fn play(&self) -> Result<LeagueRun, ValidationError> {
        let mut replay = self.replay()?;
        replay.advance(u32::MAX);
        Ok(replay.finish())
    }

    /// A replay to be run a piece at a time ([`Replay::advance_while`]),
    /// so a page can spread a large market over several frames and show
    /// its progress; the same numbers as [`play`](Self::play).
    ///
    /// # Errors
    /// The league's settings or decisions are not valid ([`validate`](Self::validate)).
    pub fn replay(&self) -> Result<Replay, ValidationError> {
        self.validate()?;
        let s = &self.settings;
        let scenario = s.scenario()?;
        let teams = s.teams.len();
        let sim = Simulation::with_firms(&scenario, teams)?;
        let total = self.rounds_played() * s.months_per_round;
        Ok(Replay {
            league: self.clone(),
            scenario,
            sim,
            months: Vec::with_capacity(total as usize),
            tables: Vec::with_capacity(self.decisions.len()),
            penalties: vec![(0.0, 0); teams],
            matrix: Vec::with_capacity(total as usize),
            current: None,
            total,
        })
    }
}

/// A league being replayed month by month (from [`League::replay`]).
pub struct Replay {
    league: League,
    scenario: Scenario,
    sim: Simulation,
    months: Vec<MarketMonth>,
    tables: Vec<Vec<Standing>>,
    /// Each team's penalty so far (¥) and months over the cap.
    penalties: Vec<(f64, u32)>,
    matrix: Vec<Vec<Vec<MatrixPoint>>>,
    /// A month begun but not finished (when replaying in slices).
    current: Option<MonthInProgress>,
    /// Months to replay: rounds played × months per round.
    total: u32,
}

impl Replay {
    /// Months replayed so far.
    pub fn months_done(&self) -> u32 {
        self.months.len() as u32
    }

    /// Months to replay in all.
    pub fn total_months(&self) -> u32 {
        self.total
    }

    /// Share of the months replayed (0–1; 1 for a league with no round played).
    pub fn progress(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            f64::from(self.months_done()) / f64::from(self.total)
        }
    }

    pub fn done(&self) -> bool {
        self.months_done() >= self.total
    }

    /// Replays up to `n` more whole months.
    pub fn advance(&mut self, n: u32) {
        for _ in 0..n {
            if self.done() {
                return;
            }
            let month = match self.current.take() {
                Some(m) => m,
                None => self.begin(),
            };
            let m = self.sim.finish_market_month(month);
            self.close(m);
        }
    }

    /// Replays a few thousand people at a time while `more()` says so: a
    /// large market's month is spread over several calls, so the page can
    /// paint between them.
    pub fn advance_while(&mut self, mut more: impl FnMut() -> bool) {
        while !self.done() && more() {
            let mut month = match self.current.take() {
                Some(m) => m,
                None => self.begin(),
            };
            if self.sim.advance_month(&mut month, 8) {
                let m = self.sim.finish_market_month(month);
                self.close(m);
            } else {
                self.current = Some(month);
            }
        }
    }

    /// Begins the next month: the round's events first if it opens a round.
    fn begin(&mut self) -> MonthInProgress {
        let s = &self.league.settings;
        let done = self.months.len();
        let r = done / s.months_per_round as usize;
        if done % s.months_per_round as usize == 0 {
            let round = r as u32 + 1;
            for e in s.events.iter().filter(|e| e.round == round) {
                self.sim.apply_event(&e.event);
            }
        }
        self.sim.begin_market_month(&self.league.decisions[r])
    }

    /// Books a finished month: the cap's penalties, the loyalty-matrix
    /// samples, and the league table when it closes a round.
    fn close(&mut self, m: MarketMonth) {
        let s = &self.league.settings;
        if let Some(cap) = s.spend_cap {
            for (p, report) in self.penalties.iter_mut().zip(&m.firms) {
                let over = discretionary_spend(report) - cap;
                if over > 0.0 {
                    p.0 += over * s.scoring.penalty_per_yuan;
                    p.1 += 1;
                }
            }
        }
        let customers = self.sim.customers();
        self.matrix.push(
            (0..s.teams.len())
                .map(|t| matrix_sample_of_firm(customers, m.firms[t].active, t as u8))
                .collect(),
        );
        self.months.push(m);
        if self.months.len() % s.months_per_round as usize == 0 {
            self.tables.push(table(s, &self.months, &self.penalties));
        }
    }

    /// The league replayed (what is left is replayed first).
    pub fn finish(mut self) -> LeagueRun {
        self.advance(u32::MAX);
        LeagueRun {
            scenario: self.scenario,
            months: self.months,
            tables: self.tables,
            matrix: self.matrix,
        }
    }
}

/// A league table best first: by rank, teams of equal rank in team order.
pub fn best_first(rows: &[Standing]) -> Vec<Standing> {
    let mut rows = rows.to_vec();
    rows.sort_by(|a, b| a.rank.cmp(&b.rank).then(a.team.cmp(&b.team)));
    rows
}

/// What a firm chose to spend in a month beyond running its service and
/// buying its goods (¥): acquisition, care, win-back, the save plan and the
/// loyalty programme; what the cap limits.
pub fn discretionary_spend(m: &crate::sim::MonthReport) -> f64 {
    let b = &m.books;
    b.acquisition_cost + b.retention_cost + b.winback_cost + b.save_cost + b.programme_cost
}

/// The league table after the months so far (the last round's months for
/// revenue shares).
fn table(s: &LeagueSettings, months: &[MarketMonth], penalties: &[(f64, u32)]) -> Vec<Standing> {
    let last = months.last().expect("a round has months");
    let round_months = &months[months.len() - s.months_per_round as usize..];
    let revenue: Vec<f64> = (0..s.teams.len())
        .map(|t| round_months.iter().map(|m| m.firms[t].books.revenue).sum())
        .collect();
    let all_revenue: f64 = revenue.iter().sum();
    let mut rows: Vec<Standing> = s
        .teams
        .iter()
        .enumerate()
        .map(|(t, name)| {
            let r = &last.firms[t];
            let (pen, over) = penalties[t];
            Standing {
                team: t,
                name: name.trim().into(),
                rank: 0,
                score: s.scoring.equity_weight * r.customer_equity
                    + s.scoring.profit_weight * r.cumulative_profit
                    - pen,
                customer_equity: r.customer_equity,
                cumulative_profit: r.cumulative_profit,
                penalties: pen,
                months_over_cap: over,
                customers: r.active,
                customer_share: f64::from(r.active) / f64::from(s.market_size),
                revenue_share: if all_revenue > 0.0 {
                    revenue[t] / all_revenue
                } else {
                    0.0
                },
            }
        })
        .collect();
    let scores: Vec<f64> = rows.iter().map(|r| r.score).collect();
    for row in &mut rows {
        row.rank = 1 + scores.iter().filter(|&&x| x > row.score).count();
    }
    rows
}

impl LeagueRun {
    /// Team `team`'s run, as Explore would show it: the league's market,
    /// the team's decisions round by round, and its months.
    pub fn team_run(&self, league: &League, team: usize) -> Run {
        let per = league.settings.months_per_round;
        let schedule = league
            .decisions
            .iter()
            .enumerate()
            .map(|(r, round)| Decision {
                from_month: r as u32 * per + 1,
                levers: round[team],
            })
            .collect::<Vec<_>>();
        let decisions = if schedule.is_empty() {
            Decisions::constant(Levers::default())
        } else {
            Decisions {
                schedule,
                ..Decisions::constant(Levers::default())
            }
        };
        Run {
            scenario: self.scenario.clone(),
            decisions,
            months: self.months.iter().map(|m| m.firms[team].clone()).collect(),
        }
    }

    /// The league table after the last round played, best first.
    pub fn ranking(&self) -> Vec<Standing> {
        best_first(self.tables.last().map_or(&[], Vec::as_slice))
    }

    /// Customers who moved from `from` to `to` over round `round` (1-based;
    /// `to`/`from` = the number of teams for the outside competitor).
    pub fn switched_in_round(
        &self,
        months_per_round: u32,
        round: u32,
        from: usize,
        to: usize,
    ) -> u32 {
        let per = months_per_round as usize;
        let lo = (round as usize - 1) * per;
        self.months[lo..(lo + per).min(self.months.len())]
            .iter()
            .map(|m| m.switched(from, to))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::run_unpaired;

    fn small(teams: usize) -> LeagueSettings {
        let mut s = LeagueSettings::template("default").unwrap();
        s.market_size = 4_000;
        s.rounds = 4;
        s.teams = (1..=teams).map(|k| format!("T{k}")).collect();
        s
    }

    #[test]
    fn a_league_of_one_team_is_explore() {
        let mut league = League::new(small(1));
        let rounds = [
            Levers::default(),
            Levers {
                price: 1.1,
                ..Levers::default()
            },
            Levers {
                care_email: 4.0,
                ..Levers::default()
            },
        ];
        league.decisions = rounds.iter().map(|l| vec![*l]).collect();
        let run = league.play().unwrap();
        let team = run.team_run(&league, 0);
        let mut scenario = league.settings.scenario().unwrap();
        scenario.months = 9;
        let explore = run_unpaired(&scenario, &team.decisions).unwrap();
        assert_eq!(team.months.len(), 9);
        assert_eq!(team.digest(), explore.digest());
    }

    #[test]
    fn the_table_ranks_by_score_and_penalises_overspending() {
        let mut league = League::new(small(3));
        let big = Levers {
            acquisition_spend: 8_000.0,
            ..Levers::default()
        };
        league.decisions = vec![vec![Levers::default(), big, Levers::default()]; 2];
        // A cap a little above what the default levers spend.
        let uncapped = league.play().unwrap();
        let most = uncapped
            .months
            .iter()
            .flat_map(|m| [&m.firms[0], &m.firms[2]])
            .map(discretionary_spend)
            .fold(0.0, f64::max);
        assert!(uncapped.tables[1].iter().all(|r| r.penalties == 0.0));
        league.settings.spend_cap = Some(most * 1.1);
        let run = league.play().unwrap();
        assert_eq!(run.tables.len(), 2);
        let t = &run.tables[1];
        assert!(t[1].penalties > 0.0 && t[1].months_over_cap == 6);
        assert_eq!(t[0].penalties, 0.0);
        for row in t {
            let expected = row.customer_equity + row.cumulative_profit - row.penalties;
            assert!((row.score - expected).abs() < 1e-6);
            let better = t.iter().filter(|o| o.score > row.score).count();
            assert_eq!(row.rank, better + 1);
        }
        let shares: f64 = t.iter().map(|r| r.revenue_share).sum();
        assert!((shares - 1.0).abs() < 1e-9);
        // A loyalty-matrix sample per month and team, of that team's customers.
        assert_eq!(run.matrix.len(), run.months.len());
        for (m, month) in run.matrix.iter().zip(&run.months) {
            for (t, points) in m.iter().enumerate() {
                let active = month.firms[t].active as usize;
                assert!(!points.is_empty() && points.len() <= active);
                assert!(points.len() <= crate::sim::scatter::MATRIX_POINTS + 50);
            }
        }
        let ranking = run.ranking();
        assert!(ranking.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn a_replay_in_slices_gives_the_numbers_of_one_in_a_go() {
        let mut league = League::new(small(3));
        // More people than one call replays (8 × 1,024).
        league.settings.market_size = 10_000;
        league.settings.spend_cap = Some(9_000.0);
        league.settings.months_per_round = 2;
        let cut = Levers {
            price: 0.9,
            ..Levers::default()
        };
        league.decisions = vec![
            vec![Levers::default(), cut, Levers::default()],
            vec![cut, Levers::default(), Levers::default()],
            vec![Levers::default(); 3],
        ];
        let whole = league.play().unwrap();
        let mut replay = league.replay().unwrap();
        assert_eq!((replay.total_months(), replay.progress()), (6, 0.0));
        // One chunk of people per call: each month takes several.
        let mut calls = 0;
        let mut seen = Vec::new();
        while !replay.done() {
            let mut once = true;
            replay.advance_while(|| std::mem::take(&mut once));
            calls += 1;
            seen.push(replay.progress());
        }
        assert!(calls > 6, "{calls} calls for 6 months");
        assert!(seen.windows(2).all(|w| w[0] <= w[1]) && seen.last() == Some(&1.0));
        assert_eq!(replay.finish(), whole);
        assert_eq!(whole.tables.len(), 3);
        // Nothing played: done at once, no table.
        let fresh = League::new(small(2)).replay().unwrap();
        assert!(fresh.done() && fresh.progress() == 1.0);
        assert!(fresh.finish().tables.is_empty());
    }

    #[test]
    fn decisions_must_fit_the_league() {
        let mut league = League::new(small(2));
        league.decisions = vec![vec![Levers::default()]];
        assert_eq!(league.play().unwrap_err().field, "decisions[0]");
        league.decisions = vec![vec![Levers::default(); 2]; 5];
        assert_eq!(league.play().unwrap_err().field, "decisions");
        let bad = Levers {
            price: 9.0,
            ..Levers::default()
        };
        league.decisions = vec![vec![Levers::default(), bad]];
        assert!(league
            .play()
            .unwrap_err()
            .field
            .starts_with("decisions[0][1]."));
    }
}
