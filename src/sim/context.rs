//! What one month means for everybody in the market: the levers turned into
//! model quantities, the market's state carried from last month (word of
//! mouth, rankings), and the values each segment's members share. Built once
//! per month by `month::context`, read by every process step.

use super::levers::Levers;
use super::programme::Programme;
use super::pyramid::TierCuts;
use super::rng::Streams;
use super::scenario::MAX_SEGMENTS;

/// What a targeted customer receives from the care channels this month
/// (`care`, `channels`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Received {
    /// Care level (0–1).
    pub care: f64,
    /// Satisfaction points lost to contacts past tolerance.
    pub annoyance: f64,
}

/// What a segment's customers face this month: values that are the same for
/// every member, computed once.
#[derive(Clone, Copy, Debug, Default)]
pub struct SegmentMonth {
    /// Spend of a mature customer at the reference price (¥ per month).
    pub monthly_spend: f64,
    /// Margin on one unit of the reference-price volume at this month's
    /// price (¥ per ¥ of volume): `price − (1 − gross margin)`.
    pub unit_margin: f64,
    /// The segment's mean habit and reluctance to switch (0–1).
    pub inertia: f64,
    /// How strongly price above the competitor's lowers perceived value
    /// (1 = average); price-sensitive customers also shop around more.
    pub price_sensitivity: f64,
    /// How much its customers talk (1 = average).
    pub word_of_mouth: f64,
    /// The price side of delivered value (quality points).
    pub price_value: f64,
    /// The market standard its expectations are anchored to (quality points).
    pub standard: f64,
    /// Our delivered value against the outside competitor's (quality
    /// points; `delivered_value::relative_cdv`), before rival firms.
    pub value: f64,
    /// How far the market's other offers stand above the outside
    /// competitor's alone, in quality points (`market::rival_gap`): 0 in a
    /// market of one firm; in a classroom league, what rival teams' offers
    /// add to the bar ours must clear.
    pub rival_gap: f64,
    /// Our offer against the market's, for prospects and lapsed customers
    /// (1 at parity): from `value − rival_gap`.
    pub attractiveness: f64,
    /// A prospect's chance of joining this month if no warning puts it off.
    pub conversion: f64,
    /// What a targeted customer of the segment receives from the channel
    /// mix: care level and annoyance (they depend on the share online).
    pub care: Received,
}

/// The month's shared values.
#[derive(Clone, Debug)]
pub struct MonthContext {
    /// The month being simulated (1-based).
    pub month: u32,
    /// The firm this context is for (0 in a market of one; a team's index
    /// in a classroom league).
    pub firm: u8,
    /// Share of the market this firm's marketing reaches this month.
    pub marketing_reach: f64,
    /// Chance that one of this firm's recommendations reaches a prospect.
    pub referral_reach: f64,
    pub streams: Streams,
    /// Pyramid cut-offs from last month's predicted CLVs.
    pub cuts: TierCuts,
    /// Value at risk (¥) from which a customer is in the top share that
    /// `value_at_risk` targeting reaches, from last month's ranking.
    pub risk_cut: f32,
    /// Competitive intensity (0–1).
    pub competition: f64,
    pub competitor_quality: f64,
    pub gross_margin: f64,
    /// Discount rate per month, for CLV.
    pub monthly_discount: f64,
    /// `1/(1 + monthly discount)^month`: this month's money in month-0 yuan.
    pub discount_factor: f64,
    /// The levers in force, clamped to their ranges.
    pub levers: Levers,
    /// Our service level on the 0–10 quality scale.
    pub quality: f64,
    /// Whether the channel mix has any contacts: whether anybody is targeted.
    pub targeting: bool,
    /// What the channel mix costs per targeted customer (¥ per month).
    pub retention_spend: f64,
    /// The loyalty programme as designed this month.
    pub programme: Programme,
    /// Monthly chance of a service failure.
    pub failure_prob: f64,
    /// Chance that a person in the market hears one of last month's warnings.
    pub warning_reach: f64,
    /// The rival's bar on the stay-score scale.
    pub bar: f64,
    /// A complainant's rival pull (inertia no longer protects).
    pub complaint_pull: f64,
    /// Factor on the odds of staying that a complaint brings
    /// (`churn::complaint_odds`).
    pub complaint_odds: f64,

    /// What predicted CLV needs of the month, by active stage (acquisition,
    /// growth, maturity, decline), computed once (`clv::stage_paths`).
    pub paths: StagePaths,
    /// Indexed by a customer's segment; only the scenario's first ones are used.
    pub segments: [SegmentMonth; MAX_SEGMENTS],
}

/// The month's share of predicted CLV that does not depend on the customer,
/// by active stage (acquisition, growth, maturity, decline).
#[derive(Clone, Copy, Debug, Default)]
pub struct StagePaths {
    /// Monthly chance of moving on towards maturity (0 for maturity and
    /// decline, whose margin is expected to stay).
    pub progress: [f64; 4],
    /// `1/(1 + monthly discount)`.
    pub discount: f64,
    /// For a customer kept for good (`clv::KEPT_RETENTION`): the multiples of
    /// its later margin and of the gap between its margin now and later.
    pub kept: [(f64, f64); 4],
}
