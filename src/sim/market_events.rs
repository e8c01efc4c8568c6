//! Market events (市场事件): changes to the market during a run that the
//! firm does not decide — the competitor cuts its price or improves its
//! service, competition intensifies, our service suffers an outage. A
//! lecturer scripts them into an assignment ("month 9: competitor cuts price
//! 15%"); the simulation applies each at the start of its month
//! ([`Simulation::apply_event`](super::Simulation::apply_event)), so the same
//! events, decisions and seed give the same numbers.

use serde::{Deserialize, Serialize};

use super::scenario::SettingId;
use super::validation::{check_range, ValidationError};

/// One change to the market.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum MarketEvent {
    /// The competitor changes its price by a share (−0.15 = a 15% cut).
    CompetitorPrice { change: f64 },
    /// The competitor's service quality moves by this many quality points.
    CompetitorQuality { change: f64 },
    /// Competitive intensity (竞争强度) moves by this much (kept within 0–1).
    Competition { change: f64 },
    /// Our service breaks down for some months: the chance of a service
    /// failure per customer per month rises by `extra_failure`.
    ServiceOutage { extra_failure: f64, months: u32 },
}

/// What an event's size means and how far it may go: (kind, unit, min, max).
pub const EVENT_KINDS: [(&str, &str, f64, f64); 4] = [
    (
        "competitor_price",
        "share of the competitor's price",
        -0.5,
        0.5,
    ),
    (
        "competitor_quality",
        "quality points (0-10 scale)",
        -4.0,
        4.0,
    ),
    ("competition", "index points (0-1 scale)", -1.0, 1.0),
    ("service_outage", "extra failure probability", 0.0, 0.6),
];

/// The longest outage, in months.
pub const MAX_OUTAGE_MONTHS: u32 = 6;

impl MarketEvent {
    /// The event's kind, as in files and [`EVENT_KINDS`].
    pub fn kind(&self) -> &'static str {
        match self {
            MarketEvent::CompetitorPrice { .. } => "competitor_price",
            MarketEvent::CompetitorQuality { .. } => "competitor_quality",
            MarketEvent::Competition { .. } => "competition",
            MarketEvent::ServiceOutage { .. } => "service_outage",
        }
    }

    /// The event's size (the change, or the outage's extra failure chance).
    pub fn size(&self) -> f64 {
        match *self {
            MarketEvent::CompetitorPrice { change }
            | MarketEvent::CompetitorQuality { change }
            | MarketEvent::Competition { change } => change,
            MarketEvent::ServiceOutage { extra_failure, .. } => extra_failure,
        }
    }

    /// An event of `kind` with this size (an outage lasts `months`).
    pub fn of_kind(kind: &str, size: f64, months: u32) -> Option<MarketEvent> {
        Some(match kind {
            "competitor_price" => MarketEvent::CompetitorPrice { change: size },
            "competitor_quality" => MarketEvent::CompetitorQuality { change: size },
            "competition" => MarketEvent::Competition { change: size },
            "service_outage" => MarketEvent::ServiceOutage {
                extra_failure: size,
                months,
            },
            _ => return None,
        })
    }

    /// Checks the size (and an outage's length), naming `field` on error.
    pub fn validate_at(&self, field: &str) -> Result<(), ValidationError> {
        let (_, _, min, max) = EVENT_KINDS
            .iter()
            .find(|(k, ..)| *k == self.kind())
            .expect("every kind is listed");
        check_range(&format!("{field}.size"), self.size(), *min, *max)?;
        if let MarketEvent::ServiceOutage { months, .. } = self {
            check_range(
                &format!("{field}.months"),
                f64::from(*months),
                1.0,
                f64::from(MAX_OUTAGE_MONTHS),
            )?;
        }
        Ok(())
    }
}

/// A setting's range from the scenario's table.
fn range(setting: SettingId) -> (f64, f64) {
    let s = setting.spec();
    (s.min, s.max)
}

/// The competitor's price after a change, within the setting's range.
pub fn new_competitor_price(price: f64, change: f64) -> f64 {
    let (min, max) = range(SettingId::CompetitorPrice);
    (price * (1.0 + change)).clamp(min, max)
}

/// The competitor's quality after a change, within the setting's range.
pub fn new_competitor_quality(quality: f64, change: f64) -> f64 {
    let (min, max) = range(SettingId::CompetitorQuality);
    (quality + change).clamp(min, max)
}

/// Competitive intensity after a change, within 0–1.
pub fn new_competition(competition: f64, change: f64) -> f64 {
    let (min, max) = range(SettingId::Competition);
    (competition + change).clamp(min, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_stay_within_the_settings_ranges() {
        assert!((new_competitor_price(1.0, -0.15) - 0.85).abs() < 1e-12);
        assert_eq!(new_competitor_price(0.7, -0.5), 0.6);
        assert_eq!(new_competitor_quality(9.0, 3.0), 10.0);
        assert_eq!(new_competition(0.8, 0.5), 1.0);
        assert_eq!(new_competition(0.2, -0.5), 0.0);
    }

    #[test]
    fn events_are_checked_and_read_from_files() {
        let e = MarketEvent::ServiceOutage {
            extra_failure: 0.2,
            months: 2,
        };
        assert!(e.validate_at("events[0]").is_ok());
        let long = MarketEvent::ServiceOutage {
            extra_failure: 0.2,
            months: 9,
        };
        assert_eq!(
            long.validate_at("events[0]").unwrap_err().field,
            "events[0].months"
        );
        let big = MarketEvent::CompetitorPrice { change: -0.9 };
        assert_eq!(
            big.validate_at("events[1]").unwrap_err().field,
            "events[1].size"
        );
        let json = r#"{"kind":"competitor_price","change":-0.15}"#;
        let e: MarketEvent = serde_json::from_str(json).unwrap();
        assert_eq!(e, MarketEvent::CompetitorPrice { change: -0.15 });
        assert_eq!(serde_json::to_string(&e).unwrap(), json);
        assert!(serde_json::from_str::<MarketEvent>(r#"{"kind":"meteor","change":1}"#).is_err());
        for (kind, ..) in EVENT_KINDS {
            let e = MarketEvent::of_kind(kind, 0.1, 1).unwrap();
            assert_eq!(e.kind(), kind);
            assert_eq!(e.size(), 0.1);
        }
    }
}
