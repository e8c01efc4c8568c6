//! Scores and limits: the results summary of a playthrough — the key figures
//! at the end of every round, each limit of the assignment met, broken or
//! still pending, and the score (the assignment's metric, less its penalty
//! for every broken limit). A run file carries this summary; verifying the
//! file recomputes it from the decisions and compares.

use serde::{Deserialize, Serialize};

use crate::sim::fnv1a;

use super::assignment::Metric;
use super::play::{crm_spend, Playthrough};

/// The key figures at the end of one round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundKpis {
    pub round: u32,
    /// The round's last month.
    pub month: u32,
    /// Mean satisfaction of active customers (0–100).
    pub satisfaction: f64,
    /// Mean attitudinal loyalty of active customers (0–100).
    pub loyalty: f64,
    /// Annual retention (0–1), when there were customers to retain.
    pub annual_retention: Option<f64>,
    pub active_customers: u32,
    /// Profit over the round's months (¥).
    pub profit: f64,
    pub cumulative_profit: f64,
    pub customer_equity: f64,
    /// CRM spending over the round's months (¥).
    pub spend: f64,
}

/// A limit of the assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    SpendCap,
    SatisfactionFloor,
    RetentionFloor,
}

impl Limit {
    pub const ALL: [Limit; 3] = [
        Limit::SpendCap,
        Limit::SatisfactionFloor,
        Limit::RetentionFloor,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Limit::SpendCap => "spend_cap",
            Limit::SatisfactionFloor => "satisfaction_floor",
            Limit::RetentionFloor => "retention_floor",
        }
    }
}

/// Whether a limit holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Broken,
    /// Not decided until the run is finished.
    Pending,
}

/// One limit checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitCheck {
    pub limit: Limit,
    /// The limit's value (¥, points, or a share).
    pub bound: f64,
    /// The figure it is checked against: total spend, the lowest satisfaction
    /// at a round's end, annual retention at the end.
    pub actual: Option<f64>,
    pub status: Status,
}

/// The results summary of a playthrough.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    pub rounds_played: u32,
    pub finished: bool,
    pub metric: Metric,
    /// The metric's value now (¥).
    pub metric_value: f64,
    pub limits: Vec<LimitCheck>,
    pub broken_limits: u32,
    /// The metric less the penalty for every broken limit.
    pub score: f64,
    /// CRM spending so far (¥).
    pub total_spend: f64,
    pub rounds: Vec<RoundKpis>,
    /// FNV-1a of the monthly series as JSON: any difference in any number changes it.
    pub digest: String,
}

impl Results {
    /// The results of a playthrough as it stands.
    pub fn of(p: &Playthrough) -> Results {
        let a = p.assignment();
        let months = p.months();
        let rounds: Vec<RoundKpis> = (1..=p.rounds_played())
            .map(|r| {
                let (first, last) = a.round_span(r);
                let span = &months[first as usize - 1..last as usize];
                let end = span.last().expect("a round has months");
                RoundKpis {
                    round: r,
                    month: last,
                    satisfaction: end.satisfaction.mean,
                    loyalty: end.loyalty.mean,
                    annual_retention: end.annual_retention,
                    active_customers: end.active,
                    profit: span.iter().map(|m| m.profit).sum(),
                    cumulative_profit: end.cumulative_profit,
                    customer_equity: end.customer_equity,
                    spend: span.iter().map(crm_spend).sum(),
                }
            })
            .collect();
        let finished = p.finished();
        let total_spend: f64 = rounds.iter().map(|r| r.spend).sum();
        let last = rounds.last();
        let equity = last.map_or(0.0, |r| r.customer_equity);
        let profit = last.map_or(0.0, |r| r.cumulative_profit);
        let metric_value = match a.scoring.metric {
            Metric::CustomerEquity => equity,
            Metric::CumulativeProfit => profit,
            Metric::EquityPlusProfit => equity + profit,
        };
        let c = &a.constraints;
        let mut limits = Vec::new();
        if let Some(cap) = c.spend_cap {
            limits.push(LimitCheck {
                limit: Limit::SpendCap,
                bound: cap,
                actual: Some(total_spend),
                status: if total_spend > cap {
                    Status::Broken
                } else if finished {
                    Status::Met
                } else {
                    Status::Pending
                },
            });
        }
        if let Some(floor) = c.satisfaction_floor {
            let lowest = rounds.iter().map(|r| r.satisfaction).reduce(f64::min);
            limits.push(LimitCheck {
                limit: Limit::SatisfactionFloor,
                bound: floor,
                actual: lowest,
                status: match lowest {
                    Some(x) if x < floor => Status::Broken,
                    _ if finished => Status::Met,
                    _ => Status::Pending,
                },
            });
        }
        if let Some(floor) = c.retention_floor {
            let at_end = if finished {
                last.and_then(|r| r.annual_retention)
            } else {
                None
            };
            limits.push(LimitCheck {
                limit: Limit::RetentionFloor,
                bound: floor,
                actual: at_end,
                status: match (finished, at_end) {
                    (false, _) => Status::Pending,
                    (true, Some(x)) if x >= floor => Status::Met,
                    (true, _) => Status::Broken,
                },
            });
        }
        let broken_limits = limits.iter().filter(|l| l.status == Status::Broken).count() as u32;
        let score =
            metric_value - a.scoring.penalty * metric_value.abs() * f64::from(broken_limits);
        let json = serde_json::to_string(months).expect("reports serialise");
        Results {
            rounds_played: p.rounds_played(),
            finished,
            metric: a.scoring.metric,
            metric_value,
            limits,
            broken_limits,
            score,
            total_spend,
            rounds,
            digest: format!("{:016x}", fnv1a(json.as_bytes())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coursework::assignment::{built_in, Assignment};
    use crate::sim::Levers;

    fn small(mut a: Assignment) -> Assignment {
        a.scenario.market_size = 2_000;
        a
    }

    fn play(a: &Assignment, levers: Levers, rounds: u32) -> Playthrough {
        let mut p = Playthrough::new(a, a.scenario.seed).unwrap();
        for _ in 0..rounds {
            p.submit(&levers).unwrap();
        }
        p
    }

    #[test]
    fn rounds_add_up_to_the_months() {
        let a = small(built_in().remove(0));
        let p = play(&a, a.start_levers, 3);
        let r = Results::of(&p);
        assert_eq!(r.rounds.len(), 3);
        assert_eq!(r.rounds[2].month, 9);
        let profit: f64 = p.months().iter().map(|m| m.profit).sum();
        let by_round: f64 = r.rounds.iter().map(|k| k.profit).sum();
        assert!((profit - by_round).abs() < 1e-6 * profit.abs().max(1.0));
        assert_eq!(
            r.rounds[2].cumulative_profit,
            p.months()[8].cumulative_profit
        );
        assert!(!r.finished);
        assert_eq!(
            r.limits[0].status,
            Status::Pending,
            "the cap is not reached yet"
        );
        assert_eq!(r.digest.len(), 16);
    }

    #[test]
    fn a_broken_limit_costs_its_penalty() {
        // Spending freely breaks the spend cap of the first assignment.
        let mut a = small(built_in().remove(0));
        a.constraints.spend_cap = Some(100_000.0);
        let lavish = Levers {
            service_quality: 20.0,
            acquisition_spend: 15_000.0,
            ..a.start_levers
        }
        .with_retention_spend(20.0);
        let r = Results::of(&play(&a, lavish, a.rounds));
        assert!(r.finished);
        assert_eq!(r.limits[0].status, Status::Broken);
        assert_eq!(r.broken_limits, 1);
        let expected = r.metric_value - a.scoring.penalty * r.metric_value.abs();
        assert!((r.score - expected).abs() < 1e-9 * expected.abs());
        // With no limit broken, the score is the metric.
        a.constraints.spend_cap = Some(1e11);
        let r = Results::of(&play(&a, a.start_levers, a.rounds));
        assert_eq!(r.limits[0].status, Status::Met);
        assert_eq!(r.score, r.metric_value);
    }

    #[test]
    fn floors_follow_the_rounds() {
        let mut a = small(built_in().remove(2)); // satisfaction floor 55
        a.constraints.satisfaction_floor = Some(99.0);
        a.constraints.retention_floor = Some(0.0);
        let r = Results::of(&play(&a, a.start_levers, 1));
        assert_eq!(r.limits[0].status, Status::Broken, "broken at once");
        assert_eq!(r.limits[1].status, Status::Pending, "decided at the end");
        a.constraints.satisfaction_floor = Some(1.0);
        let r = Results::of(&play(&a, a.start_levers, a.rounds));
        assert_eq!(r.limits[0].status, Status::Met);
        assert_eq!(r.limits[1].status, Status::Met);
        let end = r.rounds.last().unwrap();
        assert_eq!(r.metric_value, end.customer_equity + end.cumulative_profit);
    }
}
