//! The stages of the customer relationship lifecycle (客户关系生命周期; MODEL.md
//! §2): where a person stands with us in a month. How customers move between
//! them is in `lifecycle` (customers who stay), `churn`, `acquisition` and
//! `winback`.

use serde::{Deserialize, Serialize};

/// Where a person stands in the customer relationship lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Stage {
    /// 潜在客户: in the market, not (or no longer) our customer.
    Prospect = 0,
    /// 获取期 (考察期): a new customer trying us out; buys little.
    Acquisition = 1,
    /// 提升期 (形成期): a growing relationship; cross- and up-buying.
    Growth = 2,
    /// 成熟期 (稳定期): a settled, loyal relationship; buys most.
    Maturity = 3,
    /// 衰退期 (退化期): a weakening relationship; buys less, churn is near.
    Decline = 4,
    /// 流失期: left us within the last year; may be won back (流失挽救).
    Churned = 5,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Prospect,
        Stage::Acquisition,
        Stage::Growth,
        Stage::Maturity,
        Stage::Decline,
        Stage::Churned,
    ];
    /// The stages of an active customer.
    pub const ACTIVE: [Stage; 4] = [
        Stage::Acquisition,
        Stage::Growth,
        Stage::Maturity,
        Stage::Decline,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Prospect => "prospect",
            Stage::Acquisition => "acquisition",
            Stage::Growth => "growth",
            Stage::Maturity => "maturity",
            Stage::Decline => "decline",
            Stage::Churned => "churned",
        }
    }

    #[inline]
    pub fn is_active(self) -> bool {
        matches!(
            self,
            Stage::Acquisition | Stage::Growth | Stage::Maturity | Stage::Decline
        )
    }

    #[inline]
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_names_and_activity() {
        assert_eq!(Stage::ALL.len(), 6);
        assert!(Stage::ACTIVE.iter().all(|s| s.is_active()));
        assert!(!Stage::Prospect.is_active() && !Stage::Churned.is_active());
        assert_eq!(Stage::Maturity.name(), "maturity");
    }
}
