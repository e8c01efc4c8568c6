//! The string-table keys of the model's names: one total function per kind
//! of name, so every lever, stage, tier, chart… has its words by
//! construction (a new variant does not compile until it has a key), and
//! a test checks every key these functions can return. Text is looked up
//! by `&'static str` keys only: no key is built at run time.

use crate::concepts::value_matrix::ValueQuadrant;
use crate::coursework::scoring::Limit;
use crate::coursework::Metric;
use crate::lessons::ChartKind;
use crate::lessons::Readout;
use crate::sim::{LeverId, Quadrant, RetentionTargeting, Stage, Tier};
use crate::ui::route::Tool;

/// The keys of a lever's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeverKeys {
    /// Its label ("Price").
    pub label: &'static str,
    /// Its unit ("× reference price").
    pub unit: &'static str,
    /// One line saying what it does.
    pub help: &'static str,
}

macro_rules! lever_keys {
    ($name:literal) => {
        LeverKeys {
            label: concat!("lever.", $name),
            unit: concat!("lever.", $name, ".unit"),
            help: concat!("lever.", $name, ".help"),
        }
    };
}

/// The words of the retention spend, the channel mix's cost (shown, not set).
pub const RETENTION_SPEND: LeverKeys = lever_keys!("retention_spend");

/// A lever's words.
pub fn lever(id: LeverId) -> LeverKeys {
    match id {
        LeverId::Price => lever_keys!("price"),
        LeverId::ServiceQuality => lever_keys!("service_quality"),
        LeverId::CareSms => lever_keys!("care_sms"),
        LeverId::CarePhone => lever_keys!("care_phone"),
        LeverId::CareIm => lever_keys!("care_im"),
        LeverId::CareEmail => lever_keys!("care_email"),
        LeverId::AcquisitionSpend => lever_keys!("acquisition_spend"),
        LeverId::ComplaintHandling => lever_keys!("complaint_handling"),
        LeverId::WinbackSpend => lever_keys!("winback_spend"),
        LeverId::SaveOffer => lever_keys!("save_offer"),
        LeverId::PointsRate => lever_keys!("points_rate"),
        LeverId::MemberThreshold => lever_keys!("member_threshold"),
        LeverId::GoldCardThreshold => lever_keys!("gold_card_threshold"),
        LeverId::GoldCardBenefit => lever_keys!("gold_card_benefit"),
    }
}

/// A way of targeting retention spend.
pub fn targeting(t: RetentionTargeting) -> &'static str {
    match t {
        RetentionTargeting::All => "targeting.all",
        RetentionTargeting::TopTiers => "targeting.top_tiers",
        RetentionTargeting::ValueAtRisk => "targeting.value_at_risk",
    }
}

/// A built-in scenario's name and one line about it; `None` for a scenario
/// of another name (from a file), shown by its own name.
pub fn scenario(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "default" => ("scenario.default", "scenario.default.help"),
        "competitive" => ("scenario.competitive", "scenario.competitive.help"),
        "monopoly" => ("scenario.monopoly", "scenario.monopoly.help"),
        "subscription" => ("scenario.subscription", "scenario.subscription.help"),
        "price_cut" => ("scenario.price_cut", "scenario.price_cut.help"),
        _ => return None,
    })
}

/// A lifecycle stage.
pub fn stage(s: Stage) -> &'static str {
    match s {
        Stage::Prospect => "stage.prospect",
        Stage::Acquisition => "stage.acquisition",
        Stage::Growth => "stage.growth",
        Stage::Maturity => "stage.maturity",
        Stage::Decline => "stage.decline",
        Stage::Churned => "stage.churned",
    }
}

/// A quadrant of the loyalty matrix.
pub fn quadrant(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Loyal => "quadrant.loyal",
        Quadrant::Latent => "quadrant.latent",
        Quadrant::Spurious => "quadrant.spurious",
        Quadrant::None => "quadrant.none",
    }
}

/// A tier of the customer pyramid.
pub fn tier(t: Tier) -> &'static str {
    match t {
        Tier::Platinum => "tier.platinum",
        Tier::Gold => "tier.gold",
        Tier::Iron => "tier.iron",
        Tier::Lead => "tier.lead",
    }
}

/// A chart's title (with `{month}`).
pub fn chart(k: ChartKind) -> &'static str {
    match k {
        ChartKind::Stages => "chart.stages",
        ChartKind::Satisfaction => "chart.satisfaction",
        ChartKind::Rates => "chart.rates",
        ChartKind::Money => "chart.money",
        ChartKind::Clv => "chart.clv",
        ChartKind::Matrix => "chart.matrix",
        ChartKind::Pyramid => "chart.pyramid",
        ChartKind::LoyaltyTypes => "chart.loyalty_types",
        ChartKind::Care => "chart.care",
    }
}

/// The keys of a customer value matrix quadrant: its name, where it lies,
/// and what to do with its customers.
pub fn value_quadrant(q: ValueQuadrant) -> (&'static str, &'static str, &'static str) {
    match q {
        ValueQuadrant::Invest => ("vm.invest", "vm.invest.where", "vm.invest.action"),
        ValueQuadrant::Develop => ("vm.develop", "vm.develop.where", "vm.develop.action"),
        ValueQuadrant::Maintain => ("vm.maintain", "vm.maintain.where", "vm.maintain.action"),
        ValueQuadrant::Drop => ("vm.drop", "vm.drop.where", "vm.drop.action"),
    }
}

/// A concept tool's name and one line about it.
pub fn tool(t: &Tool) -> (&'static str, &'static str) {
    match t {
        Tool::Clv => ("learn.tool.clv", "learn.tool.clv.help"),
        Tool::Ahp => ("learn.tool.ahp", "learn.tool.ahp.help"),
        Tool::ValueMatrix => ("learn.tool.value_matrix", "learn.tool.value_matrix.help"),
        Tool::Glossary(_) => ("learn.tool.glossary", "learn.tool.glossary.help"),
    }
}

/// A score metric.
pub fn metric(m: Metric) -> &'static str {
    match m {
        Metric::CustomerEquity => "course.metric.customer_equity",
        Metric::CumulativeProfit => "course.metric.cumulative_profit",
        Metric::EquityPlusProfit => "course.metric.equity_plus_profit",
    }
}

/// A limit's name and its rule (with `{bound}`).
pub fn limit(l: Limit) -> (&'static str, &'static str) {
    match l {
        Limit::SpendCap => ("course.limit.spend_cap", "course.limit.spend_cap.rule"),
        Limit::SatisfactionFloor => (
            "course.limit.satisfaction_floor",
            "course.limit.satisfaction_floor.rule",
        ),
        Limit::RetentionFloor => (
            "course.limit.retention_floor",
            "course.limit.retention_floor.rule",
        ),
    }
}

/// A market event's kind (as in files) and its unit in the editor.
pub fn event_kind(kind: &str) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        "competitor_price" => ("ed.kind.competitor_price", "ed.kind.competitor_price.unit"),
        "competitor_quality" => (
            "ed.kind.competitor_quality",
            "ed.kind.competitor_quality.unit",
        ),
        "competition" => ("ed.kind.competition", "ed.kind.competition.unit"),
        "service_outage" => ("ed.kind.service_outage", "ed.kind.service_outage.unit"),
        _ => return None,
    })
}

/// An assignment field's label in the editor, by its path in the file
/// (as a validation error names it).
pub fn editor_field(path: &str) -> Option<&'static str> {
    // `title.zh` and `title_zh` alike.
    Some(match path.replace('.', "_").as_str() {
        "id" => "ed.field.id",
        "title" => "ed.field.title",
        "title_zh" => "ed.field.title_zh",
        "title_en" => "ed.field.title_en",
        "chapter" => "ed.field.chapter",
        "chapter_zh" => "ed.field.chapter_zh",
        "chapter_en" => "ed.field.chapter_en",
        "brief" => "ed.field.brief",
        "brief_zh" => "ed.field.brief_zh",
        "brief_en" => "ed.field.brief_en",
        "rounds" => "ed.field.rounds",
        "round_months" => "ed.field.round_months",
        "months" => "ed.field.months",
        "previews_per_round" => "ed.field.previews_per_round",
        "initial_customers" => "ed.field.initial_customers",
        "competition" => "ed.field.competition",
        "competitor_price" => "ed.field.competitor_price",
        "competitor_quality" => "ed.field.competitor_quality",
        "metric" => "ed.field.metric",
        "scoring_penalty" => "ed.field.scoring_penalty",
        "constraints_spend_cap" => "ed.field.constraints_spend_cap",
        "constraints_satisfaction_floor" => "ed.field.constraints_satisfaction_floor",
        "constraints_retention_floor" => "ed.field.constraints_retention_floor",
        "format" => "ed.field.format",
        "format_version" => "ed.field.format_version",
        "assignment" => "ed.field.assignment",
        _ => return None,
    })
}

/// Every assignment field the editor has words for.
pub const EDITOR_FIELDS: [&str; 26] = [
    "id",
    "title",
    "title_zh",
    "title_en",
    "chapter",
    "chapter_zh",
    "chapter_en",
    "brief",
    "brief_zh",
    "brief_en",
    "rounds",
    "round_months",
    "months",
    "previews_per_round",
    "initial_customers",
    "competition",
    "competitor_price",
    "competitor_quality",
    "metric",
    "scoring_penalty",
    "constraints_spend_cap",
    "constraints_satisfaction_floor",
    "constraints_retention_floor",
    "format",
    "format_version",
    "assignment",
];

/// A lesson readout's label (those with a band, segment or quadrant take
/// it as `{band}`, `{segment}` or `{quadrant}`).
pub fn readout(r: Readout) -> &'static str {
    use Readout::*;
    match r {
        CumulativeProfit => "readout.cumulative_profit",
        ActiveCustomers => "readout.active_customers",
        ChurnedStage => "readout.churned_stage",
        Prospects => "readout.prospects",
        NewCustomersSoFar => "readout.new_customers_so_far",
        AcquisitionCostSoFar => "readout.acquisition_cost_so_far",
        CostPerNewCustomer => "readout.cost_per_new_customer",
        RetentionCostPerKeptYear => "readout.retention_cost_per_kept_year",
        CostRatio => "readout.cost_ratio",
        ExtraCostPerExtraCustomer => "readout.extra_cost_per_extra_customer",
        ExtraRetentionCostPerExtraKeptYear => "readout.extra_retention_cost_per_extra_kept_year",
        Satisfaction => "readout.satisfaction",
        Loyalty => "readout.loyalty",
        AnnualRetention => "readout.annual_retention",
        ClvMean => "readout.clv_mean",
        CustomerEquity => "readout.customer_equity",
        ComplaintsSoFar => "readout.complaints_so_far",
        RecoveryRateSoFar => "readout.recovery_rate_so_far",
        PeopleWarnedSoFar => "readout.people_warned_so_far",
        RetentionRoi => "readout.retention_roi",
        RetentionCostSoFar => "readout.retention_cost_so_far",
        ReturnedToMarketSoFar => "readout.returned_to_market_so_far",
        ChurnedSoFar => "readout.churned_so_far",
        TopTiersCustomerShare => "readout.top_tiers_customer_share",
        TopTiersValueShare => "readout.top_tiers_value_share",
        RepurchaseYear(_) => "readout.repurchase_year",
        SegmentSatisfaction(_) => "readout.segment_satisfaction",
        MatrixShare(_) => "readout.matrix_share",
        MarginPerCustomerYear => "readout.margin_per_customer_year",
        ClosedFormClv => "readout.closed_form_clv",
        MarkovClvNew => "readout.markov_clv_new",
        DiscountRate => "readout.discount_rate",
        ServiceLevel => "readout.service_level",
        Expectation => "readout.expectation",
        SegmentRetention(_) => "readout.segment_retention",
        LoyaltyTypeShare(_) => "readout.loyalty_type_share",
        Members => "readout.members",
        PointsLiability => "readout.points_liability",
        ProgrammeCostSoFar => "readout.programme_cost_so_far",
        AtRisk => "readout.at_risk",
        ValueAtRisk => "readout.value_at_risk",
        SaveAttemptsSoFar => "readout.save_attempts_so_far",
        SavedSoFar => "readout.saved_so_far",
        SaveCostSoFar => "readout.save_cost_so_far",
        FewerLostThanBaseline => "readout.fewer_lost_than_baseline",
        ProfitAndEquity => "readout.profit_and_equity",
        Gain(_) => "readout.gain",
    }
}

/// The satisfaction bands, from very dissatisfied (0) to delighted (4).
pub const BANDS: [&str; 5] = [
    "band.very_dissatisfied",
    "band.dissatisfied",
    "band.basically_satisfied",
    "band.very_satisfied",
    "band.delighted",
];

/// A loyalty type's name (the course's seven, 客户忠诚类型).
pub fn loyalty_type(t: crate::sim::loyalty_types::LoyaltyType) -> &'static str {
    use crate::sim::loyalty_types::LoyaltyType::*;
    match t {
        Monopoly => "loyalty_type.monopoly",
        Inertia => "loyalty_type.inertia",
        Latent => "loyalty_type.latent",
        Convenience => "loyalty_type.convenience",
        Price => "loyalty_type.price",
        Incentive => "loyalty_type.incentive",
        SuperValue => "loyalty_type.super_value",
    }
}

/// A built-in segment's name (`None` for a segment of another scenario,
/// shown by its own name).
pub fn segment(name: &str) -> Option<&'static str> {
    match name {
        "value_seekers" => Some("segment.value_seekers"),
        "mainstream" => Some("segment.mainstream"),
        "premium" => Some("segment.premium"),
        _ => None,
    }
}

/// Why a customer at risk may leave (`sim::early_warning::Reason`).
pub fn reason(r: crate::sim::early_warning::Reason) -> &'static str {
    use crate::sim::early_warning::Reason::*;
    match r {
        Failure => "reason.failure",
        Price => "reason.price",
        LowTrust => "reason.low_trust",
        RivalPull => "reason.rival_pull",
    }
}

/// Every key the functions above can return, for the tables' test.
pub fn all() -> Vec<&'static str> {
    use crate::sim::market_events::EVENT_KINDS;
    let mut out = Vec::new();
    for id in LeverId::ALL {
        let k = lever(id);
        out.extend([k.label, k.unit, k.help]);
    }
    out.extend(RetentionTargeting::ALL.map(targeting));
    for name in crate::sim::BUILT_IN {
        let (n, h) = scenario(name).expect("every built-in scenario has words");
        out.extend([n, h]);
    }
    out.extend(Stage::ALL.map(stage));
    out.extend(Quadrant::ALL.map(quadrant));
    out.extend(Tier::ALL.map(tier));
    out.extend(ChartKind::ALL.map(chart));
    for q in ValueQuadrant::ALL {
        let (a, b, c) = value_quadrant(q);
        out.extend([a, b, c]);
    }
    for t in [
        Tool::Clv,
        Tool::Ahp,
        Tool::ValueMatrix,
        Tool::Glossary(None),
    ] {
        let (a, b) = tool(&t);
        out.extend([a, b]);
    }
    out.extend(Metric::ALL.map(metric));
    out.extend(BANDS);
    out.extend(crate::sim::loyalty_types::LoyaltyType::ALL.map(loyalty_type));
    out.extend(crate::sim::early_warning::Reason::ALL.map(reason));
    out.extend(
        ["value_seekers", "mainstream", "premium"]
            .into_iter()
            .filter_map(segment),
    );
    out.extend(Readout::KINDS.map(readout));
    for l in Limit::ALL {
        let (a, b) = limit(l);
        out.extend([a, b]);
    }
    for f in EDITOR_FIELDS {
        out.push(editor_field(f).expect("every editor field has words"));
    }
    for (kind, ..) in EVENT_KINDS {
        let (a, b) = event_kind(kind).expect("every event kind has words");
        out.extend([a, b]);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    /// Every key a name of the model can ask for is in both tables: with
    /// the scan of the code's literal keys (`i18n`), no text on screen can
    /// show a key instead of words.
    #[test]
    fn every_name_of_the_model_has_words_in_both_languages() {
        let all = super::all();
        assert!(all.len() > 100, "{}", all.len());
        for key in all {
            for l in Lang::ALL {
                assert!(l.has(key), "{l:?} lacks '{key}'");
            }
        }
    }
}
