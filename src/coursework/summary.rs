//! What happened in a round, as data the page words in the user's language:
//! the market events, the levers the student changed, and the key figures
//! that moved most, each with how much of its move the round's decisions
//! caused. The decisions' part is measured, not guessed: the round is run a
//! second time with the previous levers, the same luck and the same events
//! (common random numbers), and the two ends are compared.

use serde::{Deserialize, Serialize};

use crate::sim::{LeverId, Levers, MonthReport, RetentionTargeting};

use super::assignment::ScheduledEvent;

/// A key figure a round summary talks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kpi {
    Satisfaction,
    AnnualRetention,
    ActiveCustomers,
    Profit,
    CustomerEquity,
    ComplaintRate,
}

impl Kpi {
    pub const ALL: [Kpi; 6] = [
        Kpi::Satisfaction,
        Kpi::AnnualRetention,
        Kpi::ActiveCustomers,
        Kpi::Profit,
        Kpi::CustomerEquity,
        Kpi::ComplaintRate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kpi::Satisfaction => "satisfaction",
            Kpi::AnnualRetention => "annual_retention",
            Kpi::ActiveCustomers => "active_customers",
            Kpi::Profit => "profit",
            Kpi::CustomerEquity => "customer_equity",
            Kpi::ComplaintRate => "complaint_rate",
        }
    }

    /// The figure in a month's report (points, shares, people or ¥).
    pub fn value(self, m: &MonthReport) -> f64 {
        match self {
            Kpi::Satisfaction => m.satisfaction.mean,
            Kpi::AnnualRetention => m.annual_retention.unwrap_or(0.0),
            Kpi::ActiveCustomers => f64::from(m.active),
            Kpi::Profit => m.profit,
            Kpi::CustomerEquity => m.customer_equity,
            Kpi::ComplaintRate => m.complaint_rate.unwrap_or(0.0),
        }
    }

    /// A move worth telling a student about: two satisfaction points, two
    /// points of retention, 3% of the customers or the equity, 10% of a
    /// month's profit, half a point of complaints.
    fn notable(self, from: f64) -> f64 {
        match self {
            Kpi::Satisfaction => 2.0,
            Kpi::AnnualRetention => 0.02,
            Kpi::ActiveCustomers | Kpi::CustomerEquity => (0.03 * from.abs()).max(1.0),
            Kpi::Profit => (0.10 * from.abs()).max(1_000.0),
            Kpi::ComplaintRate => 0.005,
        }
    }

    /// Whether a rise is good news (complaints are the exception).
    pub fn higher_is_better(self) -> bool {
        !matches!(self, Kpi::ComplaintRate)
    }
}

/// How one key figure moved over the round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KpiMove {
    pub kpi: Kpi,
    /// At the end of the previous round (none before the first round).
    pub before: Option<f64>,
    pub after: f64,
    /// The round's decisions' part: `after` less what keeping the previous
    /// levers would have given (none when the levers did not change).
    pub by_decisions: Option<f64>,
}

impl KpiMove {
    /// How notable the move is: the larger of the change and the decisions'
    /// part, in multiples of a notable move.
    pub fn weight(&self) -> f64 {
        let base = self.before.unwrap_or(self.after);
        let unit = self.kpi.notable(base);
        let change = self.before.map_or(0.0, |b| (self.after - b).abs());
        let decided = self.by_decisions.map_or(0.0, f64::abs);
        change.max(decided) / unit
    }

    /// Whether the decisions' part is notable on its own.
    pub fn decisions_matter(&self) -> bool {
        let unit = self.kpi.notable(self.before.unwrap_or(self.after));
        self.by_decisions.is_some_and(|d| d.abs() >= 0.5 * unit)
    }
}

/// A lever the student moved this round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LeverChange {
    /// A numeric lever, from one value to another (model units).
    Number { lever: LeverId, from: f64, to: f64 },
    /// Who receives the retention spend.
    Targeting {
        from: RetentionTargeting,
        to: RetentionTargeting,
    },
}

/// What happened in one round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundReport {
    pub round: u32,
    pub first_month: u32,
    pub last_month: u32,
    /// Market events at the start of the round's months.
    pub events: Vec<ScheduledEvent>,
    pub lever_changes: Vec<LeverChange>,
    /// Every key figure, the most notable first.
    pub moves: Vec<KpiMove>,
}

impl RoundReport {
    /// Up to three key figures worth a sentence, the most notable first.
    pub fn headlines(&self) -> impl Iterator<Item = &KpiMove> {
        self.moves.iter().filter(|m| m.weight() >= 1.0).take(3)
    }
}

/// The levers that differ between two sets.
pub fn lever_changes(from: &Levers, to: &Levers) -> Vec<LeverChange> {
    let mut out: Vec<LeverChange> = LeverId::ALL
        .into_iter()
        .filter(|&l| from.get(l) != to.get(l))
        .map(|lever| LeverChange::Number {
            lever,
            from: from.get(lever),
            to: to.get(lever),
        })
        .collect();
    if from.retention_targeting != to.retention_targeting {
        out.push(LeverChange::Targeting {
            from: from.retention_targeting,
            to: to.retention_targeting,
        });
    }
    out
}

/// The report of a round (see [`Playthrough::submit`](super::play::Playthrough::submit)).
#[allow(clippy::too_many_arguments)]
pub fn round_report(
    round: u32,
    (first_month, last_month): (u32, u32),
    events: Vec<ScheduledEvent>,
    previous: &Levers,
    levers: &Levers,
    before: Option<&MonthReport>,
    after: &MonthReport,
    counterfactual: Option<&MonthReport>,
) -> RoundReport {
    let mut moves: Vec<KpiMove> = Kpi::ALL
        .iter()
        .map(|&kpi| KpiMove {
            kpi,
            before: before.map(|m| kpi.value(m)),
            after: kpi.value(after),
            by_decisions: counterfactual.map(|c| kpi.value(after) - kpi.value(c)),
        })
        .collect();
    moves.sort_by(|a, b| b.weight().total_cmp(&a.weight()));
    RoundReport {
        round,
        first_month,
        last_month,
        events,
        lever_changes: lever_changes(previous, levers),
        moves,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coursework::assignment::built_in;
    use crate::coursework::play::Playthrough;

    #[test]
    fn lever_changes_list_what_moved() {
        let a = Levers::default();
        let b = Levers {
            price: 1.2,
            retention_targeting: RetentionTargeting::TopTiers,
            ..a
        };
        let c = lever_changes(&a, &b);
        assert_eq!(c.len(), 2);
        assert_eq!(
            c,
            [
                LeverChange::Number {
                    lever: LeverId::Price,
                    from: 1.0,
                    to: 1.2
                },
                LeverChange::Targeting {
                    from: RetentionTargeting::All,
                    to: RetentionTargeting::TopTiers
                }
            ]
        );
        assert!(lever_changes(&a, &a).is_empty());
    }

    #[test]
    fn a_big_service_cut_is_told_and_put_down_to_the_decision() {
        let mut a = built_in().remove(0);
        a.scenario.market_size = 3_000;
        let mut p = Playthrough::new(&a, 11).unwrap();
        let first = p.submit(&a.start_levers).unwrap();
        assert!(first
            .moves
            .iter()
            .all(|m| m.before.is_none() && m.by_decisions.is_none()));
        let cut = Levers {
            service_quality: 0.0,
            ..a.start_levers
        };
        let r = p.submit(&cut).unwrap();
        assert_eq!(r.lever_changes.len(), 1);
        let sat = r.moves.iter().find(|m| m.kpi == Kpi::Satisfaction).unwrap();
        assert!(sat.after < sat.before.unwrap() - 2.0, "{sat:?}");
        assert!(sat.by_decisions.unwrap() < -2.0, "the cut caused it");
        assert!(sat.decisions_matter());
        // The headlines are what the cut did (its loss of customers and
        // equity weighs more than the satisfaction drop behind it).
        assert!(r.headlines().count() == 3);
        assert!(r.headlines().all(KpiMove::decisions_matter));
        assert!(sat.weight() >= 1.0, "notable: {sat:?}");
        assert!(r.headlines().count() <= 3);
        // Sorted by weight.
        let w: Vec<f64> = r.moves.iter().map(KpiMove::weight).collect();
        assert!(w.windows(2).all(|p| p[0] >= p[1]));
    }

    #[test]
    fn the_decisions_part_is_the_difference_with_the_same_luck() {
        let mut a = built_in().remove(3); // one-month rounds
        a.scenario.market_size = 2_000;
        let mut p = Playthrough::new(&a, 3).unwrap();
        p.submit(&a.start_levers).unwrap();
        let mut keep = p.clone();
        let dear = Levers {
            price: 1.3,
            ..a.start_levers
        };
        let r = p.submit(&dear).unwrap();
        keep.submit(&a.start_levers).unwrap();
        let kept = keep.months().last().unwrap();
        let prof = r.moves.iter().find(|m| m.kpi == Kpi::Profit).unwrap();
        assert_eq!(prof.by_decisions, Some(prof.after - kept.profit));
    }
}
