//! Scenarios: the market a run takes place in, set by a lecturer or a lesson
//! rather than month by month (MODEL.md §3, "Scenario settings"), and the
//! customer segments it holds (MODEL.md §2, "Segmentation").

use serde::{Deserialize, Serialize};

use super::validation::{
    check_format_version, check_range, parse_number, ValidationError, FORMAT_VERSION,
};

/// The longest horizon a run may have, in months.
pub const MAX_MONTHS: u32 = 120;

/// The largest seed: 2^53 − 1, exact in JSON and in JavaScript numbers (a
/// seed travels in links and run files).
pub const MAX_SEED: u64 = 9_007_199_254_740_991;

/// The smallest and largest market (people), as the `market_size` setting allows.
pub const MARKET_SIZES: (u32, u32) = (100, 1_000_000);

/// The most segments a scenario may have.
pub const MAX_SEGMENTS: usize = 8;

/// A group of customers who share their traits (客户细分).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "SegmentInFile")]
pub struct Segment {
    /// A short identifier, e.g. `value_seekers`.
    pub name: String,
    /// Share of the market in this segment (0–1); the shares add up to 1.
    pub share: f64,
    /// How strongly price above the competitor's lowers perceived value (0–3;
    /// 1 = average).
    pub price_sensitivity: f64,
    /// The service quality this segment expects on the 0–10 quality scale.
    pub quality_expectation: f64,
    /// Spend per month of a mature customer at the reference price (¥).
    pub monthly_spend: f64,
    /// How much its customers talk, to recommend or to warn (0–3; 1 = average).
    pub word_of_mouth: f64,
    /// Habit and reluctance to switch (0–1): damps the pull of competitors.
    pub inertia: f64,
    /// Share of its customers online to read an instant message in a month
    /// (0–1): the reach of care by IM (`channels`). A segment written before
    /// the channels gets [`online_share_of`] its name.
    pub online_share: f64,
}

/// A [`Segment`] as a file holds it: one written before the channels has
/// no share online.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentInFile {
    name: String,
    share: f64,
    price_sensitivity: f64,
    quality_expectation: f64,
    monthly_spend: f64,
    word_of_mouth: f64,
    inertia: f64,
    online_share: Option<f64>,
}

impl From<SegmentInFile> for Segment {
    fn from(f: SegmentInFile) -> Segment {
        Segment {
            online_share: f.online_share.unwrap_or_else(|| online_share_of(&f.name)),
            name: f.name,
            share: f.share,
            price_sensitivity: f.price_sensitivity,
            quality_expectation: f.quality_expectation,
            monthly_spend: f.monthly_spend,
            word_of_mouth: f.word_of_mouth,
            inertia: f.inertia,
        }
    }
}

/// The share online of a segment given without one: the built-in segment's
/// of that name (so an earlier file of a built-in market reads as that
/// market), else the mainstream's.
pub fn online_share_of(name: &str) -> f64 {
    retail_segments()
        .into_iter()
        .find(|s| s.name == name)
        .map_or(DEFAULT_ONLINE_SHARE, |s| s.online_share)
}

/// The share online of a segment of no built-in name given without one:
/// the mainstream's.
pub const DEFAULT_ONLINE_SHARE: f64 = 0.6;

/// A market and the firm's place in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub format_version: u32,
    /// A short identifier, e.g. `default`.
    pub name: String,
    /// One line on what the scenario shows.
    #[serde(default)]
    pub description: String,
    /// People in the market: prospects, customers and churned customers together.
    pub market_size: u32,
    /// Share of the market that are our customers at the start (0–0.9).
    pub initial_customers: f64,
    /// Competitive intensity (竞争强度), 0 = monopoly-like, 1 = fierce.
    pub competition: f64,
    /// The competitor's price relative to the market reference price.
    pub competitor_price: f64,
    /// The competitor's service quality on the 0–10 quality scale.
    pub competitor_quality: f64,
    /// Gross margin at the reference price (0–0.9): the share of revenue left
    /// after the cost of goods when price = 1.0.
    pub gross_margin: f64,
    /// The firm's yearly discount rate for CLV (0–0.5).
    pub discount_rate: f64,
    /// Horizon in months (1–120).
    pub months: u32,
    /// Random seed: the same seed, scenario and decisions give the same numbers.
    pub seed: u64,
    /// The customer segments (1–8), shares adding up to 1.
    pub segments: Vec<Segment>,
    /// Market events that happen on their own in this market, each from the
    /// start of its month (a lesson's rival price cut); none in the
    /// built-in markets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<TimedEvent>,
}

/// A market event from the start of a month (1-based, within the horizon).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimedEvent {
    pub month: u32,
    pub event: super::MarketEvent,
}

/// Markets the lessons open beyond the built-in ones ([`BUILT_IN`]): a
/// built-in market with a scripted event, listed after them in the market
/// menu. `price_cut`: the retail market whose outside competitor cuts its
/// price by 15% in month 13 (the competitive-response lesson).
pub const LESSON_MARKETS: [&str; 1] = ["price_cut"];

/// The month of `price_cut`'s price cut: a year of calm to compare with.
pub const PRICE_CUT_MONTH: u32 = 13;
/// The size of `price_cut`'s price cut (share of the competitor's price):
/// a sharp but ordinary promotional cut (teaching choice).
pub const PRICE_CUT: f64 = -0.15;

/// A numeric scenario setting, by identity; its text name
/// ([`SettingId::name`], the field of [`Scenario`]) is for files, links and
/// the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SettingId {
    MarketSize,
    InitialCustomers,
    Competition,
    CompetitorPrice,
    CompetitorQuality,
    GrossMargin,
    DiscountRate,
    Months,
    Seed,
}

impl SettingId {
    /// Every setting, in the order of [`SETTINGS`].
    pub const ALL: [SettingId; 9] = [
        SettingId::MarketSize,
        SettingId::InitialCustomers,
        SettingId::Competition,
        SettingId::CompetitorPrice,
        SettingId::CompetitorQuality,
        SettingId::GrossMargin,
        SettingId::DiscountRate,
        SettingId::Months,
        SettingId::Seed,
    ];

    /// Its unit and range.
    pub fn spec(self) -> &'static SettingSpec {
        &SETTINGS[self as usize]
    }

    /// Its name in files, links and on the command line.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The setting named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<SettingId> {
        SETTINGS.iter().find(|s| s.name == name).map(|s| s.id)
    }
}

/// One numeric scenario setting's documentation.
#[derive(Clone, Copy, Debug)]
pub struct SettingSpec {
    pub id: SettingId,
    /// The text name: [`SettingId::name`].
    pub name: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
    /// Whether the setting takes whole numbers only.
    pub integer: bool,
}

/// The numeric settings a lecturer may change (`--set NAME=VALUE`).
pub const SETTINGS: [SettingSpec; 9] = [
    SettingSpec {
        id: SettingId::MarketSize,
        name: "market_size",
        unit: "people",
        min: MARKET_SIZES.0 as f64,
        max: MARKET_SIZES.1 as f64,
        get: |s| f64::from(s.market_size),
        set: |s, v| s.market_size = v as u32,
        integer: true,
    },
    SettingSpec {
        id: SettingId::InitialCustomers,
        name: "initial_customers",
        unit: "share of the market (0-0.9)",
        min: 0.0,
        max: 0.9,
        get: |s| s.initial_customers,
        set: |s, v| s.initial_customers = v,
        integer: false,
    },
    SettingSpec {
        id: SettingId::Competition,
        name: "competition",
        unit: "index (0 monopoly-like - 1 fierce)",
        min: 0.0,
        max: 1.0,
        get: |s| s.competition,
        set: |s, v| s.competition = v,
        integer: false,
    },
    SettingSpec {
        id: SettingId::CompetitorPrice,
        name: "competitor_price",
        unit: "x reference price",
        min: 0.6,
        max: 1.6,
        get: |s| s.competitor_price,
        set: |s, v| s.competitor_price = v,
        integer: false,
    },
    SettingSpec {
        id: SettingId::CompetitorQuality,
        name: "competitor_quality",
        unit: "quality points (0-10)",
        min: 0.0,
        max: 10.0,
        get: |s| s.competitor_quality,
        set: |s, v| s.competitor_quality = v,
        integer: false,
    },
    SettingSpec {
        id: SettingId::GrossMargin,
        name: "gross_margin",
        unit: "share of revenue at reference price (0.05-0.9)",
        min: 0.05,
        max: 0.9,
        get: |s| s.gross_margin,
        set: |s, v| s.gross_margin = v,
        integer: false,
    },
    SettingSpec {
        id: SettingId::DiscountRate,
        name: "discount_rate",
        unit: "per year (0-0.5)",
        min: 0.0,
        max: 0.5,
        get: |s| s.discount_rate,
        set: |s, v| s.discount_rate = v,
        integer: false,
    },
    SettingSpec {
        id: SettingId::Months,
        name: "months",
        unit: "months",
        min: 1.0,
        max: MAX_MONTHS as f64,
        get: |s| f64::from(s.months),
        set: |s, v| s.months = v as u32,
        integer: true,
    },
    SettingSpec {
        id: SettingId::Seed,
        name: "seed",
        unit: "integer",
        min: 0.0,
        max: MAX_SEED as f64,
        get: |s| s.seed as f64,
        set: |s, v| s.seed = v as u64,
        integer: true,
    },
];

/// Ranges of the segment traits, for validation and documentation:
/// (field, unit, min, max).
pub const SEGMENT_TRAITS: [(&str, &str, f64, f64); 7] = [
    ("share", "share of the market (0-1)", 0.0, 1.0),
    ("price_sensitivity", "index (1 = average)", 0.0, 3.0),
    ("quality_expectation", "quality points (0-10)", 0.0, 10.0),
    (
        "monthly_spend",
        "CNY per month at reference price",
        1.0,
        10_000.0,
    ),
    ("word_of_mouth", "index (1 = average)", 0.0, 3.0),
    ("inertia", "share (0-1)", 0.0, 1.0),
    (
        "online_share",
        "share online to read an instant message (0-1)",
        0.0,
        1.0,
    ),
];

/// A segment from its name and its traits in the order of
/// [`SEGMENT_TRAITS`].
fn segment(
    name: &str,
    [share, price_sensitivity, quality_expectation, monthly_spend, word_of_mouth, inertia, online_share]: [f64; 7],
) -> Segment {
    Segment {
        name: name.to_string(),
        share,
        price_sensitivity,
        quality_expectation,
        monthly_spend,
        word_of_mouth,
        inertia,
        online_share,
    }
}

/// The three segments of the retail market. Online shares (teaching
/// choice after CNNIC's surveys: the young, price-comparing shopper lives in
/// the shopping app's chat; the premium customer expects a person on the
/// phone): value seekers 0.85, mainstream 0.6, premium 0.35.
fn retail_segments() -> Vec<Segment> {
    vec![
        segment("value_seekers", [0.40, 1.6, 5.5, 80.0, 0.8, 0.15, 0.85]),
        segment("mainstream", [0.40, 1.0, 6.0, 120.0, 1.0, 0.40, 0.6]),
        segment("premium", [0.20, 0.4, 7.0, 200.0, 1.3, 0.55, 0.35]),
    ]
}

/// How much more the monopoly market's customers expect than the retail
/// market's (quality points): enough that the default service leaves about
/// a third of them dissatisfied (MODEL.md §6 fact 10).
const MONOPOLY_EXPECTATION_GAP: f64 = 2.0;

/// The names of the built-in scenarios, in the order they are listed.
pub const BUILT_IN: [&str; 4] = ["default", "competitive", "monopoly", "subscription"];

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            format_version: FORMAT_VERSION,
            name: "default".into(),
            description: "A retail market: three segments, moderate competition, a third of the market already ours.".into(),
            market_size: 10_000,
            initial_customers: 0.3,
            competition: 0.5,
            competitor_price: 1.0,
            competitor_quality: 6.0,
            gross_margin: 0.35,
            discount_rate: 0.12,
            months: 36,
            seed: 1,
            segments: retail_segments(),
            events: Vec::new(),
        }
    }
}

impl Scenario {
    /// A built-in scenario by name.
    pub fn built_in(name: &str) -> Option<Scenario> {
        let base = Scenario::default();
        let s = match name {
            "default" => base,
            "competitive" => Scenario {
                name: "competitive".into(),
                description: "A fiercely competitive market with a strong rival: only delight keeps customers.".into(),
                competition: 0.95,
                competitor_price: 1.0,
                competitor_quality: 6.2,
                segments: retail_segments()
                    .into_iter()
                    .map(|mut s| {
                        s.inertia *= 1.0;
                        s
                    })
                    .collect(),
                ..base
            },
            "monopoly" => Scenario {
                name: "monopoly".into(),
                description: "A monopoly-like market (a utility): weak alternatives, so even dissatisfied customers stay.".into(),
                competition: 0.1,
                competitor_price: 1.0,
                competitor_quality: 4.5,
                initial_customers: 0.6,
                // Captive customers who expect a utility's service to be
                // reliable (a standard set by the best service they know,
                // not by the weak rival): many are dissatisfied, and stay.
                segments: retail_segments()
                    .into_iter()
                    .map(|mut s| {
                        s.inertia = (s.inertia + 0.4).min(1.0);
                        s.quality_expectation += MONOPOLY_EXPECTATION_GAP;
                        s
                    })
                    .collect(),
                ..base
            },
            "subscription" => Scenario {
                name: "subscription".into(),
                description: "A subscription service: a steady monthly fee, high gross margin, customers who cancel quietly.".into(),
                gross_margin: 0.7,
                competition: 0.6,
                competitor_quality: 6.2,
                initial_customers: 0.25,
                segments: vec![
                    segment("value_seekers", [0.45, 1.8, 5.5, 40.0, 0.7, 0.25, 0.85]),
                    segment("mainstream", [0.40, 1.0, 6.0, 60.0, 1.0, 0.35, 0.6]),
                    segment("premium", [0.15, 0.5, 7.2, 120.0, 1.4, 0.50, 0.35]),
                ],
                ..base
            },
            "price_cut" => Scenario {
                name: "price_cut".into(),
                description: "The retail market, where the competitor cuts its price by 15% in month 13.".into(),
                events: vec![TimedEvent {
                    month: PRICE_CUT_MONTH,
                    event: super::MarketEvent::CompetitorPrice { change: PRICE_CUT },
                }],
                ..base
            },
            _ => return None,
        };
        Some(s)
    }

    /// Sets one setting from text, checking its range. `Ok(false)`: no such setting.
    pub fn set_from_text(&mut self, name: &str, text: &str) -> Result<bool, ValidationError> {
        let Some(spec) = SettingId::from_name(name).map(SettingId::spec) else {
            return Ok(false);
        };
        // Every setting, the seed too, is read as a number, checked against
        // its range, and (if whole) refused with a fraction. Seeds are
        // bounded by 2⁵³ − 1, so a number reads every one of them exactly.
        let v = parse_number(name, text)?;
        check_range(name, v, spec.min, spec.max)?;
        if spec.integer && v.fract() != 0.0 {
            return Err(ValidationError::rule(
                name,
                format!("must be a whole number, not {text}"),
            ));
        }
        (spec.set)(self, v);
        Ok(true)
    }

    /// Checks every setting and segment; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_format_version(self.format_version)?;
        for spec in &SETTINGS {
            check_range(spec.name, (spec.get)(self), spec.min, spec.max)?;
        }
        if self.segments.is_empty() || self.segments.len() > MAX_SEGMENTS {
            return Err(ValidationError::rule_in(
                "segments",
                format!(
                    "a scenario needs 1 to {MAX_SEGMENTS} segments, not {}",
                    self.segments.len()
                ),
                format!(
                    "一个情景需要 1 至 {MAX_SEGMENTS} 个客户细分，而不是 {} 个",
                    self.segments.len()
                ),
            ));
        }
        for (i, e) in self.events.iter().enumerate() {
            check_range(
                &format!("events[{i}].month"),
                f64::from(e.month),
                1.0,
                f64::from(MAX_MONTHS),
            )?;
            e.event.validate_at(&format!("events[{i}]"))?;
        }
        let mut total = 0.0;
        for (i, s) in self.segments.iter().enumerate() {
            let values = [
                s.share,
                s.price_sensitivity,
                s.quality_expectation,
                s.monthly_spend,
                s.word_of_mouth,
                s.inertia,
                s.online_share,
            ];
            for ((field, _, min, max), v) in SEGMENT_TRAITS.iter().zip(values) {
                check_range(&format!("segments[{i}].{field}"), v, *min, *max)?;
            }
            if s.name.trim().is_empty() {
                return Err(ValidationError::rule_in(
                    format!("segments[{i}].name"),
                    "must not be empty",
                    "不能为空",
                ));
            }
            total += s.share;
        }
        if (total - 1.0).abs() > 1e-6 {
            return Err(ValidationError::rule_in(
                "segments",
                format!("the shares must add up to 1, not {total}"),
                format!("各细分的份额之和必须为 1，而不是 {total}"),
            ));
        }
        Ok(())
    }

    /// Reads a scenario from JSON, validating it.
    pub fn from_json(text: &str) -> Result<Self, ValidationError> {
        let s: Scenario = serde_json::from_str(text)
            .map_err(|e| ValidationError::rule("scenario", e.to_string()))?;
        s.validate()?;
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_written_before_the_channels_gets_its_share_online() {
        let mut json = serde_json::to_value(Scenario::default()).unwrap();
        for seg in json["segments"].as_array_mut().unwrap() {
            seg.as_object_mut().unwrap().remove("online_share");
        }
        json["segments"][2]["name"] = "collectors".into();
        let s: Scenario = serde_json::from_value(json).unwrap();
        let shares: Vec<f64> = s.segments.iter().map(|x| x.online_share).collect();
        let retail = Scenario::default();
        assert_eq!(
            shares[..2],
            [
                retail.segments[0].online_share,
                retail.segments[1].online_share
            ]
        );
        assert_eq!(shares[2], DEFAULT_ONLINE_SHARE);
    }

    #[test]
    fn each_setting_id_names_its_own_spec_and_field() {
        let d = Scenario::default();
        let json = serde_json::to_value(&d).unwrap();
        for (i, id) in SettingId::ALL.into_iter().enumerate() {
            assert_eq!(SETTINGS[i].id, id);
            assert_eq!(SettingId::from_name(id.name()), Some(id));
            assert_eq!(
                json[id.name()].as_f64(),
                Some((id.spec().get)(&d)),
                "{}",
                id.name()
            );
        }
    }

    #[test]
    fn built_ins_are_valid_and_named() {
        for name in BUILT_IN {
            let s = Scenario::built_in(name).unwrap();
            assert_eq!(s.name, name);
            assert!(s.validate().is_ok(), "{name}: {:?}", s.validate());
            assert!(!s.description.is_empty());
        }
        assert!(Scenario::built_in("nope").is_none());
    }

    #[test]
    fn settings_are_checked() {
        let mut s = Scenario::default();
        assert_eq!(s.set_from_text("competition", "0.9"), Ok(true));
        assert_eq!(s.competition, 0.9);
        let e = s.set_from_text("competition", "1.5").unwrap_err();
        assert_eq!(
            e.to_string(),
            "competition: 1.5 is outside the allowed range 0 to 1"
        );
        assert!(s.set_from_text("months", "12.5").is_err());
        assert!(s.set_from_text("months", "121").is_err());
        assert_eq!(s.set_from_text("seed", "12345678901"), Ok(true));
        assert_eq!(s.seed, 12_345_678_901);
        assert!(s.set_from_text("seed", "-1").is_err());
        assert_eq!(s.set_from_text("colour", "1"), Ok(false));
    }

    #[test]
    fn segment_problems_name_the_segment_and_field() {
        let mut s = Scenario::default();
        s.segments[1].inertia = 2.0;
        assert_eq!(
            s.validate().unwrap_err().to_string(),
            "segments[1].inertia: 2 is outside the allowed range 0 to 1"
        );
        let mut s = Scenario::default();
        s.segments[0].share = 0.5;
        assert!(s
            .validate()
            .unwrap_err()
            .to_string()
            .contains("add up to 1"));
    }

    #[test]
    fn json_round_trip_and_errors() {
        let s = Scenario::built_in("monopoly").unwrap();
        let text = serde_json::to_string_pretty(&s).unwrap();
        assert_eq!(Scenario::from_json(&text).unwrap(), s);
        let missing = text.replace("\"competition\": 0.1,", "");
        let e = Scenario::from_json(&missing).unwrap_err();
        assert!(e.to_string().contains("missing field `competition`"), "{e}");
        let bad = text.replace("\"market_size\": 10000", "\"market_size\": 50");
        assert_eq!(
            Scenario::from_json(&bad).unwrap_err().to_string(),
            "market_size: 50 is outside the allowed range 100 to 1000000"
        );
    }
}
