//! The course's loyalty index system (客户忠诚度指标体系), weighted by AHP:
//! four criteria — perceived value (A1), satisfaction (A2), switching cost
//! (A3), trust (A4) — each measured by three sub-indicators. Pairwise
//! judgements on each level give local weights; a sub-indicator's global
//! weight is its local weight times its criterion's weight; a customer's
//! loyalty score (0–100) is the global-weighted sum of their sub-indicator
//! scores (0–100).
//!
//! The default criterion judgements are the ones the simulation uses
//! (`sim::loyalty::DRIVER_JUDGEMENTS`), so the calculator and the model
//! agree.

use super::ahp::{AhpError, Judgements, Priorities};

/// A word of the index system in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub code: &'static str,
    pub en: &'static str,
    pub zh: &'static str,
}

/// A criterion and its sub-indicators.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Criterion {
    pub words: Words,
    pub subs: [Words; 3],
    /// Default judgements among the three sub-indicators, upper triangle
    /// (1 vs 2, 1 vs 3, 2 vs 3).
    pub default_upper: [f64; 3],
}

const fn w(code: &'static str, en: &'static str, zh: &'static str) -> Words {
    Words { code, en, zh }
}

/// The index system.
pub const CRITERIA: [Criterion; 4] = [
    Criterion {
        words: w("A1", "Perceived value", "客户认知价值"),
        subs: [
            w("A11", "Product and service value", "产品与服务价值"),
            w("A12", "Image and personnel value", "形象与人员价值"),
            w(
                "A13",
                "Low total cost (price, time, effort)",
                "总成本低（价格、时间、精力）",
            ),
        ],
        default_upper: [2.0, 1.0, 0.5],
    },
    Criterion {
        words: w("A2", "Satisfaction", "客户满意"),
        subs: [
            w("A21", "Satisfaction with the product", "对产品满意"),
            w("A22", "Satisfaction with the service", "对服务满意"),
            w(
                "A23",
                "Satisfaction with complaint handling",
                "对投诉处理满意",
            ),
        ],
        default_upper: [1.0, 2.0, 2.0],
    },
    Criterion {
        words: w("A3", "Switching cost", "转移成本"),
        subs: [
            w(
                "A31",
                "Procedural cost (time, learning)",
                "程序成本（时间、学习）",
            ),
            w(
                "A32",
                "Financial cost (points, fees, lost discounts)",
                "财务成本（积分、违约金、优惠）",
            ),
            w(
                "A33",
                "Relational cost (people, habits)",
                "关系成本（人际、习惯）",
            ),
        ],
        default_upper: [0.5, 1.0, 2.0],
    },
    Criterion {
        words: w("A4", "Trust", "客户信任"),
        subs: [
            w("A41", "Competence: keeps its promises", "能力：兑现承诺"),
            w("A42", "Integrity: honest and fair", "诚信：诚实公平"),
            w(
                "A43",
                "Benevolence: cares about the customer",
                "善意：关心客户",
            ),
        ],
        default_upper: [1.0, 2.0, 2.0],
    },
];

/// Default criterion judgements, upper triangle of the simulation's matrix.
pub fn default_criteria_upper() -> [f64; 6] {
    let a = crate::sim::loyalty::DRIVER_JUDGEMENTS;
    [a[0][1], a[0][2], a[0][3], a[1][2], a[1][3], a[2][3]]
}

/// The judgements of the whole index system, as upper triangles.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexJudgements {
    /// Criteria A1–A4 (six judgements).
    pub criteria: [f64; 6],
    /// Sub-indicators of each criterion (three judgements each).
    pub subs: [[f64; 3]; 4],
}

impl Default for IndexJudgements {
    fn default() -> Self {
        IndexJudgements {
            criteria: default_criteria_upper(),
            subs: CRITERIA.map(|c| c.default_upper),
        }
    }
}

/// The weights of the index system.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexWeights {
    pub criteria: Priorities,
    pub subs: [Priorities; 4],
}

impl IndexWeights {
    /// Global weight of sub-indicator `j` of criterion `i`.
    pub fn global(&self, i: usize, j: usize) -> f64 {
        self.criteria.weights[i] * self.subs[i].weights[j]
    }

    /// Whether every matrix passes the consistency check.
    pub fn consistent(&self) -> bool {
        self.criteria.consistent() && self.subs.iter().all(Priorities::consistent)
    }

    /// The loyalty score (0–100) of a customer profile: sub-indicator scores
    /// 0–100 (clamped), weighted globally.
    pub fn score(&self, profile: &[[f64; 3]; 4]) -> f64 {
        (0..4)
            .flat_map(|i| (0..3).map(move |j| (i, j)))
            .map(|(i, j)| self.global(i, j) * profile[i][j].clamp(0.0, 100.0))
            .sum()
    }

    /// The score of each criterion (0–100): its sub-indicators weighted locally.
    pub fn criterion_scores(&self, profile: &[[f64; 3]; 4]) -> [f64; 4] {
        let mut out = [0.0; 4];
        for (i, o) in out.iter_mut().enumerate() {
            *o = (0..3)
                .map(|j| self.subs[i].weights[j] * profile[i][j].clamp(0.0, 100.0))
                .sum();
        }
        out
    }
}

impl IndexJudgements {
    /// Weights and consistency of every level.
    pub fn weights(&self) -> Result<IndexWeights, AhpError> {
        let criteria = Judgements::from_upper(4, &self.criteria)?.priorities();
        let mut subs = Vec::with_capacity(4);
        for s in &self.subs {
            subs.push(Judgements::from_upper(3, s)?.priorities());
        }
        let subs: [Priorities; 4] = subs.try_into().map_err(|_| AhpError::Empty)?;
        Ok(IndexWeights { criteria, subs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_weights_are_consistent_and_match_the_model() {
        let w = IndexJudgements::default().weights().unwrap();
        assert!(w.consistent());
        for (a, b) in w
            .criteria
            .weights
            .iter()
            .zip(crate::sim::loyalty::DRIVER_WEIGHTS)
        {
            assert!((a - b).abs() < 1e-4);
        }
        let total: f64 = (0..4)
            .flat_map(|i| (0..3).map(move |j| (i, j)))
            .map(|(i, j)| w.global(i, j))
            .sum();
        assert!((total - 1.0).abs() < 1e-12);
    }

    #[test]
    fn scores_weigh_the_profile() {
        let w = IndexJudgements::default().weights().unwrap();
        assert!((w.score(&[[100.0; 3]; 4]) - 100.0).abs() < 1e-9);
        assert_eq!(w.score(&[[0.0; 3]; 4]), 0.0);
        // Out-of-range scores are clamped.
        assert!((w.score(&[[250.0; 3]; 4]) - 100.0).abs() < 1e-9);
        // A satisfied customer who does not trust scores by the weights.
        let mut p = [[50.0; 3]; 4];
        p[1] = [90.0; 3];
        p[3] = [10.0; 3];
        let c = w.criterion_scores(&p);
        assert!((c[1] - 90.0).abs() < 1e-9 && (c[3] - 10.0).abs() < 1e-9);
        let expected: f64 = (0..4).map(|i| w.criteria.weights[i] * c[i]).sum();
        assert!((w.score(&p) - expected).abs() < 1e-9);
        // Satisfaction weighs most, so this customer scores above 50.
        assert!(w.score(&p) > 50.0);
    }

    #[test]
    fn an_inconsistent_level_is_reported() {
        // A1 ≫ A2, A2 ≫ A3, but A3 ≫ A1: a cycle.
        let j = IndexJudgements {
            criteria: [9.0, 1.0 / 9.0, 1.0, 9.0, 1.0, 1.0],
            ..IndexJudgements::default()
        };
        let w = j.weights().unwrap();
        assert!(!w.criteria.consistent());
        assert!(!w.consistent());
        let mut j = IndexJudgements::default();
        j.subs[2] = [0.0, 1.0, 1.0];
        assert!(j.weights().is_err());
    }
}
