//! The customer pyramid (客户金字塔): active customers ranked by predicted CLV
//! into platinum, gold, iron and lead tiers (MODEL.md §2, §4).
//!
//! Tiers are by rank: the top 10% platinum, the next 20% gold, the next 40%
//! iron, the bottom 30% lead. The cut-offs are computed at the end of each
//! month and used the next month, which is also when `top_tiers` retention
//! targeting reads them: a firm ranks its customers on what it knew last month.

use serde::{Deserialize, Serialize};

/// The customer pyramid (客户金字塔) tier, by predicted CLV among active customers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Tier {
    /// 铂金: the top 10%.
    Platinum = 0,
    /// 黄金: the next 20%.
    Gold = 1,
    /// 钢铁: the next 40%.
    Iron = 2,
    /// 重铅: the bottom 30%, who bring least and may cost more than they bring.
    Lead = 3,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Platinum, Tier::Gold, Tier::Iron, Tier::Lead];

    pub fn name(self) -> &'static str {
        match self {
            Tier::Platinum => "platinum",
            Tier::Gold => "gold",
            Tier::Iron => "iron",
            Tier::Lead => "lead",
        }
    }

    /// Whether retention spend reaches this tier under `top_tiers` targeting.
    #[inline]
    pub fn is_top(self) -> bool {
        matches!(self, Tier::Platinum | Tier::Gold)
    }
}

/// Shares of active customers above each cut-off: platinum, platinum+gold,
/// platinum+gold+iron.
pub const TOP_SHARES: [f64; 3] = [0.10, 0.30, 0.70];

/// Active customers up to which the cut-offs are exact ranks.
pub const EXACT_UP_TO: usize = 4096;

/// CLV cut-offs between tiers: a customer with CLV ≥ `cuts[0]` is platinum,
/// ≥ `cuts[1]` gold, ≥ `cuts[2]` iron, otherwise lead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierCuts(pub [f64; 3]);

impl TierCuts {
    /// No ranking yet: everybody is iron until the first month is closed.
    pub const NONE: TierCuts = TierCuts([f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY]);

    /// Cut-offs from the CLVs of active customers. Reorders `values`.
    ///
    /// Above [`EXACT_UP_TO`] customers the cut-offs come from an evenly spaced
    /// sample of that size (every k-th customer by id): the tiers' shares are
    /// then within about a point of 10/20/40/30%, for a fraction of
    /// the work.
    pub fn from_values(values: &mut [f64]) -> TierCuts {
        if values.is_empty() {
            return TierCuts::NONE;
        }
        if values.len() > EXACT_UP_TO {
            let stride = values.len().div_ceil(EXACT_UP_TO);
            let mut sample: Vec<f64> = values.iter().step_by(stride).copied().collect();
            return TierCuts::from_values(&mut sample);
        }
        let n = values.len();
        let mut cuts = [0.0; 3];
        // Work from the bottom cut up, each time selecting within the part above
        // the previous cut: about two passes over the data in all.
        let mut lo = 0;
        for k in (0..3).rev() {
            let idx = (((1.0 - TOP_SHARES[k]) * n as f64) as usize).min(n - 1);
            let idx = idx.max(lo);
            let (_, v, _) = values[lo..].select_nth_unstable_by(idx - lo, f64::total_cmp);
            cuts[k] = *v;
            lo = idx;
        }
        TierCuts(cuts)
    }

    /// The tier of a CLV: counts the cut-offs it reaches, without branches.
    #[inline]
    pub fn tier(&self, clv: f64) -> Tier {
        let above = usize::from(clv >= self.0[0])
            + usize::from(clv >= self.0[1])
            + usize::from(clv >= self.0[2]);
        Tier::ALL[3 - above]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_split_by_rank() {
        let mut v: Vec<f64> = (0..1000).rev().map(f64::from).collect();
        let cuts = TierCuts::from_values(&mut v);
        let values: Vec<f64> = (0..1000).map(f64::from).collect();
        let count = |t: Tier| values.iter().filter(|&&x| cuts.tier(x) == t).count();
        assert_eq!(count(Tier::Platinum), 100);
        assert_eq!(count(Tier::Gold), 200);
        assert_eq!(count(Tier::Iron), 400);
        assert_eq!(count(Tier::Lead), 300);
    }

    #[test]
    fn large_populations_are_ranked_from_a_sample() {
        // A shuffled 0..100000 (deterministic): shares within a point.
        let n = 100_000u64;
        let mut v: Vec<f64> = (0..n).map(|i| ((i * 7919) % n) as f64).collect();
        let values = v.clone();
        let cuts = TierCuts::from_values(&mut v);
        let share =
            |t: Tier| values.iter().filter(|&&x| cuts.tier(x) == t).count() as f64 / n as f64;
        for (t, expected) in Tier::ALL.iter().zip([0.1, 0.2, 0.4, 0.3]) {
            assert!((share(*t) - expected).abs() < 0.01, "{t:?}: {}", share(*t));
        }
    }

    #[test]
    fn no_ranking_means_iron() {
        assert_eq!(TierCuts::NONE.tier(1e9), Tier::Iron);
        assert_eq!(TierCuts::from_values(&mut []), TierCuts::NONE);
        assert!(Tier::Gold.is_top() && !Tier::Iron.is_top());
    }
}
