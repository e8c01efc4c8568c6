//! Chinese headers for the exported monthly series (the English headers are
//! the column names themselves, as on the command line).

pub const ZH: &[(&str, &str)] = &[
    ("month", "月份"),
    ("prospects", "潜在客户"),
    ("acquisition", "获取期客户"),
    ("growth", "提升期客户"),
    ("maturity", "成熟期客户"),
    ("decline", "衰退期客户"),
    ("churned", "流失期客户"),
    ("active", "活跃客户"),
    ("new_customers", "新客户"),
    ("won_back", "挽回客户"),
    ("churned_this_month", "本月流失"),
    ("lapsed", "转回潜在客户"),
    ("satisfaction_mean", "满意度均值"),
    ("satisfaction_p10", "满意度第 10 百分位"),
    ("satisfaction_p50", "满意度中位数"),
    ("satisfaction_p90", "满意度第 90 百分位"),
    ("loyalty_mean", "忠诚度均值"),
    ("loyalty_p10", "忠诚度第 10 百分位"),
    ("loyalty_p50", "忠诚度中位数"),
    ("loyalty_p90", "忠诚度第 90 百分位"),
    ("very_dissatisfied", "非常不满意"),
    ("dissatisfied", "不满意"),
    ("basically_satisfied", "基本满意"),
    ("very_satisfied", "很满意"),
    ("delighted", "非常愉悦"),
    ("loyal_share", "忠诚占比"),
    ("latent_share", "潜伏忠诚占比"),
    ("spurious_share", "虚假忠诚占比"),
    ("none_share", "不忠诚占比"),
    ("retention_rate", "月保留率"),
    ("annual_retention", "年保留率"),
    ("churn_rate", "流失率"),
    ("acquisition_rate", "新客户获得率"),
    ("service_failures", "服务失误"),
    ("complaints", "投诉数"),
    ("complaint_rate", "客户投诉率"),
    ("recovery_rate", "投诉者保留率"),
    ("recommendations", "推荐人数"),
    ("warning_customers", "负面口碑客户"),
    ("warnings", "听到负面口碑的人数"),
    ("prospects_warned", "受负面口碑影响的潜在客户"),
    ("revenue", "收入（元）"),
    ("cost_of_goods", "销货成本（元）"),
    ("service_cost", "服务成本（元）"),
    ("retention_cost", "维系成本（元）"),
    ("acquisition_cost", "获客成本（元）"),
    ("complaint_cost", "投诉处理成本（元）"),
    ("winback_cost", "挽救成本（元）"),
    ("programme_cost", "会员计划成本（元）"),
    ("save_cost", "挽救计划成本（元）"),
    ("at_risk", "流失预警客户数"),
    ("value_at_risk", "流失风险价值（元）"),
    ("save_attempts", "挽救尝试次数"),
    ("saved", "挽救成功客户数"),
    ("members", "会员数"),
    ("gold_card_members", "金卡会员数"),
    ("points_liability", "积分负债（元）"),
    ("member_retention", "会员月保留率"),
    ("non_member_retention", "非会员月保留率"),
    ("total_cost", "总成本（元）"),
    ("profit", "利润（元）"),
    ("cumulative_profit", "累计利润（元）"),
    ("profit_contribution", "利润贡献（元/客户）"),
    ("cac", "单位获客成本（元）"),
    (
        "retention_cost_per_retained_year",
        "每位保留客户年维系成本（元）",
    ),
    ("retention_roi", "维系投入回报率"),
    ("clv_mean", "平均客户终生价值（元）"),
    ("customer_equity", "客户资产（元）"),
    ("clv_markov_new", "马尔可夫链新客户终生价值（元）"),
    ("platinum", "铂金层级客户数"),
    ("gold", "黄金层级客户数"),
    ("iron", "钢铁层级客户数"),
    ("lead", "重铅层级客户数"),
    ("service_response_time", "服务响应时间（小时）"),
];

/// Chinese headers of the customer-level snapshot, in its column order.
pub const CUSTOMER_ZH: [&str; 14] = [
    "编号",
    "细分市场",
    "生命周期阶段",
    "满意度",
    "满意等级",
    "忠诚度",
    "月重复购买概率",
    "关系月数",
    "已实现价值（元）",
    "折现价值（元）",
    "预测终生价值（元）",
    "金字塔层级",
    "忠诚矩阵象限",
    "忠诚类型",
];

/// The header of a column in `lang`.
pub fn header(lang: super::Lang, name: &'static str) -> &'static str {
    match lang {
        super::Lang::En => name,
        super::Lang::Zh => ZH.iter().find(|(n, _)| *n == name).map_or(name, |(_, h)| h),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::MONTHLY_COLUMNS;

    #[test]
    fn every_exported_column_has_a_chinese_header() {
        for c in MONTHLY_COLUMNS {
            assert!(ZH.iter().any(|(n, _)| *n == c.name), "{}", c.name);
        }
        assert_eq!(ZH.len(), MONTHLY_COLUMNS.len());
        // Same length by type: `[&str; 14]` both.
        let _: [&str; 14] = crate::export::CUSTOMER_COLUMNS;
        assert!(CUSTOMER_ZH.iter().all(|h| !h.is_empty()));
    }
}
