//! A league's settings, as the lecturer sets them on `#league/new`: the
//! market (a built-in scenario, its seed and size), the rounds, the teams,
//! the spending cap, the scoring and the scripted market events.

use serde::{Deserialize, Serialize};

use crate::sim::market::MAX_FIRMS;
use crate::sim::market_events::EVENT_KINDS;
use crate::sim::scenario::MAX_MONTHS;
use crate::sim::validation::{check_range, Problem, ValidationError};
use crate::sim::{LeverId, Levers, MarketEvent, Scenario, BUILT_IN};

/// Most rounds a league may have (decision codes hold up to
/// `code::MAX_ROUNDS`; a class plays 6–12).
pub const MAX_LEAGUE_ROUNDS: u32 = 12;
/// Most months a round may simulate (a year).
pub const MAX_MONTHS_PER_ROUND: u32 = 12;
/// Smallest and largest market a league may have (people).
pub const MIN_MARKET: u32 = 1_000;
pub const MAX_MARKET: u32 = 50_000;
/// Longest team or league name (characters).
pub const MAX_NAME_CHARS: usize = 24;

/// How the league table ranks the teams.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Weight of the team's customer equity (¥, the sum of its customers'
    /// predicted CLV) at the end of the last round played (0–1).
    pub equity_weight: f64,
    /// Weight of its cumulative profit (¥) (0–1).
    pub profit_weight: f64,
    /// ¥ taken off the score for every ¥ a month's discretionary spending
    /// runs over the cap (0–10; see [`LeagueSettings::spend_cap`]).
    pub penalty_per_yuan: f64,
}

impl Default for Scoring {
    /// Customer equity and cumulative profit count alike: the firm's future
    /// and its past (teaching choice: neither milking nor buying customers
    /// wins), and overspending costs twice what it bought.
    fn default() -> Self {
        Scoring {
            equity_weight: 1.0,
            profit_weight: 1.0,
            penalty_per_yuan: 2.0,
        }
    }
}

/// A market event the lecturer scripts for the start of a round.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptedEvent {
    /// The round from whose first month it holds (1-based).
    pub round: u32,
    pub event: MarketEvent,
}

/// Everything that defines a league before any decision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeagueSettings {
    /// The league's name, shown on every page (up to [`MAX_NAME_CHARS`]).
    pub name: String,
    /// A built-in scenario's name (`sim::BUILT_IN`).
    pub scenario: String,
    pub seed: u64,
    /// People in the market ([`MIN_MARKET`]–[`MAX_MARKET`]).
    pub market_size: u32,
    /// Rounds to play (1–[`MAX_LEAGUE_ROUNDS`]).
    pub rounds: u32,
    /// Months each round simulates (1–[`MAX_MONTHS_PER_ROUND`]).
    pub months_per_round: u32,
    /// The teams' names, 1–8 (`market::MAX_FIRMS`).
    pub teams: Vec<String>,
    /// Most a team may spend in a month on acquisition, care, win-back, the
    /// save plan and the loyalty programme (¥); `None`: no cap.
    pub spend_cap: Option<f64>,
    pub scoring: Scoring,
    /// Market events, in round order.
    pub events: Vec<ScriptedEvent>,
}

impl LeagueSettings {
    /// The built-in league for a built-in scenario: four teams, six rounds
    /// of a quarter (three months) each, a 10,000-person market, the default
    /// scoring, no cap, and for the competitive market a rival's price cut
    /// in round 4. `None` for an unknown scenario.
    pub fn template(scenario: &str) -> Option<LeagueSettings> {
        Scenario::built_in(scenario)?;
        let events = match scenario {
            "competitive" => vec![ScriptedEvent {
                round: 4,
                event: MarketEvent::CompetitorPrice { change: -0.1 },
            }],
            "monopoly" => vec![ScriptedEvent {
                round: 3,
                event: MarketEvent::Competition { change: 0.3 },
            }],
            "subscription" => vec![ScriptedEvent {
                round: 4,
                event: MarketEvent::CompetitorQuality { change: 0.5 },
            }],
            _ => Vec::new(),
        };
        Some(LeagueSettings {
            name: format!("{scenario} league"),
            scenario: scenario.into(),
            seed: 1,
            market_size: 10_000,
            rounds: 6,
            months_per_round: 3,
            teams: (1..=4).map(|k| format!("Team {k}")).collect(),
            spend_cap: None,
            scoring: Scoring::default(),
            events,
        })
    }

    /// The market the league plays in: the built-in scenario with the
    /// league's seed, size and horizon. Fails like [`validate`](Self::validate).
    pub fn scenario(&self) -> Result<Scenario, ValidationError> {
        self.validate()?;
        let base = Scenario::built_in(&self.scenario).ok_or_else(|| unknown(&self.scenario))?;
        Ok(Scenario {
            seed: self.seed,
            market_size: self.market_size,
            months: self.rounds * self.months_per_round,
            ..base
        })
    }

    /// Checks every field against its range.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if Scenario::built_in(&self.scenario).is_none() {
            return Err(unknown(&self.scenario));
        }
        name_ok("name", &self.name)?;
        check_range(
            "market_size",
            f64::from(self.market_size),
            f64::from(MIN_MARKET),
            f64::from(MAX_MARKET),
        )?;
        check_range(
            "rounds",
            f64::from(self.rounds),
            1.0,
            f64::from(MAX_LEAGUE_ROUNDS),
        )?;
        check_range(
            "months_per_round",
            f64::from(self.months_per_round),
            1.0,
            f64::from(MAX_MONTHS_PER_ROUND),
        )?;
        if self.months() > MAX_MONTHS {
            return Err(ValidationError::new(
                "months_per_round",
                Problem::Rule {
                    en: format!(
                        "{} rounds of {} months are {} months; a league lasts at most {MAX_MONTHS}",
                        self.rounds,
                        self.months_per_round,
                        self.months()
                    ),
                    zh: format!(
                        "{} 轮 × 每轮 {} 个月共 {} 个月；竞赛最长 {MAX_MONTHS} 个月",
                        self.rounds,
                        self.months_per_round,
                        self.months()
                    ),
                },
            ));
        }
        check_range("teams", self.teams.len() as f64, 1.0, MAX_FIRMS as f64)?;
        for (k, t) in self.teams.iter().enumerate() {
            name_ok(&format!("teams[{k}]"), t)?;
            // "A" and "a" would be told apart by the page but not by a class.
            let same = |o: &String| o.trim().to_lowercase() == t.trim().to_lowercase();
            if self.teams[..k].iter().any(same) {
                return Err(ValidationError::new(
                    format!("teams[{k}]"),
                    Problem::Rule {
                        en: format!("two teams are called '{}'", t.trim()),
                        zh: format!("两个队都叫“{}”", t.trim()),
                    },
                ));
            }
        }
        if let Some(cap) = self.spend_cap {
            check_range("spend_cap", cap, 0.0, 1e9)?;
        }
        check_range(
            "scoring.equity_weight",
            self.scoring.equity_weight,
            0.0,
            1.0,
        )?;
        check_range(
            "scoring.profit_weight",
            self.scoring.profit_weight,
            0.0,
            1.0,
        )?;
        check_range(
            "scoring.penalty_per_yuan",
            self.scoring.penalty_per_yuan,
            0.0,
            10.0,
        )?;
        if self.scoring.equity_weight == 0.0 && self.scoring.profit_weight == 0.0 {
            return Err(ValidationError::new(
                "scoring.equity_weight",
                Problem::Rule {
                    en: "both weights are 0: every score would be 0".into(),
                    zh: "两个权重都为 0：所有得分都将是 0".into(),
                },
            ));
        }
        self.check_events()
    }

    /// Checks the scripted events: each in a round of the league, of a size
    /// its kind allows, and at most one of each kind a round (two would
    /// compound, which a lecturer reading the list would not expect).
    pub fn check_events(&self) -> Result<(), ValidationError> {
        for (k, e) in self.events.iter().enumerate() {
            check_range(
                &format!("events[{k}].round"),
                f64::from(e.round),
                1.0,
                f64::from(self.rounds),
            )?;
            let (kind, size) = match e.event {
                MarketEvent::CompetitorPrice { change } => (0, change),
                MarketEvent::CompetitorQuality { change } => (1, change),
                MarketEvent::Competition { change } => (2, change),
                MarketEvent::ServiceOutage { extra_failure, .. } => (3, extra_failure),
            };
            let (_, _, min, max) = EVENT_KINDS[kind];
            check_range(&format!("events[{k}].size"), size, min, max)?;
            let twin = self.events[..k].iter().any(|o| {
                o.round == e.round
                    && std::mem::discriminant(&o.event) == std::mem::discriminant(&e.event)
            });
            if twin {
                return Err(ValidationError::new(
                    format!("events[{k}].round"),
                    Problem::Rule {
                        en: format!(
                            "round {} already has an event of this kind: make them one",
                            e.round
                        ),
                        zh: format!("第 {} 轮已有同类事件：请合并为一个", e.round),
                    },
                ));
            }
        }
        Ok(())
    }

    /// Where every team's decisions start in round 1: the defaults, with the
    /// default acquisition budget split over the teams (to its slider's
    /// step). Teaching choice: the default budget is a single firm's; n
    /// teams each spending it would buy n times the contacts for the same
    /// prospects and all start the league losing money (a league of one
    /// team starts from Explore's defaults).
    pub fn starting_levers(&self) -> Levers {
        let spec = LeverId::AcquisitionSpend.spec();
        let teams = self.teams.len().max(1) as f64;
        let budget = (spec.default / teams / spec.step).round() * spec.step;
        Levers {
            acquisition_spend: budget.clamp(spec.min, spec.max),
            ..Levers::default()
        }
    }

    /// Months in the whole league.
    pub fn months(&self) -> u32 {
        self.rounds * self.months_per_round
    }
}

fn unknown(name: &str) -> ValidationError {
    ValidationError::new(
        "scenario",
        Problem::UnknownName {
            given: name.into(),
            allowed: BUILT_IN.iter().map(|s| s.to_string()).collect(),
        },
    )
}

fn name_ok(field: &str, name: &str) -> Result<(), ValidationError> {
    let n = name.trim().chars().count();
    if n == 0 || n > MAX_NAME_CHARS {
        return Err(ValidationError::new(
            field,
            Problem::Rule {
                en: format!("a name has 1 to {MAX_NAME_CHARS} characters, not {n}"),
                zh: format!("名称应为 1 至 {MAX_NAME_CHARS} 个字符，而不是 {n} 个"),
            },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_scenario_has_a_valid_template() {
        for name in BUILT_IN {
            let t = LeagueSettings::template(name).unwrap();
            t.validate().unwrap();
            let s = t.scenario().unwrap();
            assert_eq!(s.months, 18);
            assert_eq!(s.market_size, 10_000);
        }
        assert!(LeagueSettings::template("nowhere").is_none());
    }

    #[test]
    fn teams_start_with_a_share_of_a_single_firm_s_acquisition_budget() {
        let mut t = LeagueSettings::template("default").unwrap();
        t.teams.truncate(1);
        assert_eq!(t.starting_levers(), Levers::default());
        t.teams = (1..=4).map(|k| format!("T{k}")).collect();
        let l = t.starting_levers();
        let d = Levers::default();
        assert!((l.acquisition_spend - d.acquisition_spend / 4.0).abs() < 1e-9);
        assert_eq!(
            Levers {
                acquisition_spend: d.acquisition_spend,
                ..l
            },
            d
        );
        t.teams.push("T5".into());
        t.teams.push("T6".into());
        t.teams.push("T7".into());
        let step = LeverId::AcquisitionSpend.spec().step;
        let a = t.starting_levers().acquisition_spend;
        assert!((a / step - (a / step).round()).abs() < 1e-9);
    }

    #[test]
    fn bad_settings_are_refused_with_the_field() {
        let t = LeagueSettings::template("default").unwrap();
        let bad = |f: &dyn Fn(&mut LeagueSettings)| {
            let mut s = t.clone();
            f(&mut s);
            s.validate().unwrap_err().field
        };
        assert_eq!(bad(&|s| s.teams.clear()), "teams");
        assert_eq!(bad(&|s| s.teams = vec!["A".into(); 9]), "teams");
        assert_eq!(bad(&|s| s.teams[1] = " Team 1 ".into()), "teams[1]");
        assert_eq!(bad(&|s| s.teams[0] = "".into()), "teams[0]");
        assert_eq!(bad(&|s| s.rounds = 13), "rounds");
        assert_eq!(
            bad(&|s| {
                s.rounds = 12;
                s.months_per_round = 12
            }),
            "months_per_round"
        );
        assert_eq!(bad(&|s| s.market_size = 10), "market_size");
        assert_eq!(bad(&|s| s.scenario = "x".into()), "scenario");
        assert_eq!(bad(&|s| s.spend_cap = Some(f64::NAN)), "spend_cap");
        assert_eq!(
            bad(&|s| s.events.push(ScriptedEvent {
                round: 7,
                event: MarketEvent::Competition { change: 0.1 }
            })),
            "events[0].round"
        );
        assert_eq!(bad(&|s| s.teams[1] = "team 1".into()), "teams[1]");
        assert_eq!(
            bad(&|s| {
                s.scoring.equity_weight = 0.0;
                s.scoring.profit_weight = 0.0
            }),
            "scoring.equity_weight"
        );
        // Two events of one kind in one round: the second is named.
        let price = |change| ScriptedEvent {
            round: 2,
            event: MarketEvent::CompetitorPrice { change },
        };
        assert_eq!(
            bad(&|s| s.events = vec![price(-0.2), price(-0.1)]),
            "events[1].round"
        );
        let mut two_kinds = t.clone();
        two_kinds.events = vec![
            price(-0.2),
            ScriptedEvent {
                round: 2,
                event: MarketEvent::Competition { change: 0.1 },
            },
        ];
        assert!(two_kinds.validate().is_ok());
    }
}
