//! The terminology table (术语对照表): one name for each concept of the
//! course and of the simulator, in each language, beside the concepts of
//! MODEL.md §2 (the glossary's terms are rows of it). The page, the
//! lessons, the glossary, the exported column headers and the report all
//! name a concept as this table does, and tests hold them to it:
//!
//! * every string-table key listed with a name carries that name in both
//!   languages, and every column listed carries it in its Chinese header;
//! * every glossary term's name is its row's name;
//! * no Chinese text anywhere in the sources uses a name this table sets
//!   aside (`not_zh`): 杠杆 for a decision variable, 获客率 for the
//!   new-customer acquisition rate, and so on (`tests/terminology.rs`).
//!
//! The glossary page shows the table, group by group, for students writing
//! a report in one language from a textbook in the other.

use crate::i18n::{t, Text};

/// The groups of the table, in the order the glossary shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// MODEL.md §2: the course's concepts (the glossary's terms).
    Concepts,
    /// The lifecycle's stages and win-back.
    Lifecycle,
    /// What students decide each month.
    Decisions,
    /// The numbers on cards, charts and in files.
    Measures,
    /// Satisfaction bands, perceived and expected quality.
    Satisfaction,
    /// The loyalty matrix's quadrants, the loyalty types, word of mouth.
    Loyalty,
    /// The customer pyramid's tiers and the value matrix.
    Value,
    /// The built-in markets.
    Markets,
    /// The analytic hierarchy process and the loyalty index.
    Ahp,
    /// CRM Lab's own words: baseline, run record, run file, lesson, what-if.
    Simulator,
}

impl Group {
    pub const ALL: [Group; 10] = [
        Group::Concepts,
        Group::Lifecycle,
        Group::Decisions,
        Group::Measures,
        Group::Satisfaction,
        Group::Loyalty,
        Group::Value,
        Group::Markets,
        Group::Ahp,
        Group::Simulator,
    ];

    /// The group's heading, in both languages.
    pub fn title(self) -> Text {
        match self {
            Group::Concepts => t("Concepts of the course", "课程概念"),
            Group::Lifecycle => t("Lifecycle", "客户关系生命周期"),
            Group::Decisions => t("Decision variables", "决策变量"),
            Group::Measures => t("Measures", "指标"),
            Group::Satisfaction => t("Satisfaction", "客户满意"),
            Group::Loyalty => t("Loyalty and word of mouth", "客户忠诚与口碑"),
            Group::Value => t("Customer value", "客户价值"),
            Group::Markets => t("Markets", "市场情景"),
            Group::Ahp => t("Analytic hierarchy process", "层次分析法"),
            Group::Simulator => t("In the simulator", "模拟器用语"),
        }
    }
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    /// A stable id; a glossary term's row has the term's id.
    pub id: &'static str,
    /// The name, English first.
    pub name: Text,
    pub group: Group,
    /// String-table keys whose text names this concept: each carries the
    /// name in both languages (English case aside).
    pub keys: &'static [&'static str],
    /// Exported monthly columns whose Chinese header carries the name.
    pub columns: &'static [&'static str],
    /// Other Chinese names met for this concept, used nowhere.
    pub not_zh: &'static [&'static str],
}

const fn row(id: &'static str, en: &'static str, zh: &'static str, group: Group) -> Name {
    Name {
        id,
        name: t(en, zh),
        group,
        keys: &[],
        columns: &[],
        not_zh: &[],
    }
}

impl Name {
    const fn keys(self, keys: &'static [&'static str]) -> Name {
        Name { keys, ..self }
    }
    const fn columns(self, columns: &'static [&'static str]) -> Name {
        Name { columns, ..self }
    }
    const fn not_zh(self, not_zh: &'static [&'static str]) -> Name {
        Name { not_zh, ..self }
    }

    /// Whether `query` (lower-cased, trimmed) is in the name in either
    /// language.
    pub fn matches(&self, query: &str) -> bool {
        query.is_empty()
            || self.name.en.to_lowercase().contains(query)
            || self.name.zh.contains(query)
    }
}

use Group::*;

/// The table.
pub const NAMES: &[Name] = &[
    // MODEL.md §2, as the glossary names them.
    row(
        "lifecycle",
        "Customer relationship lifecycle",
        "客户关系生命周期",
        Concepts,
    ),
    row(
        "development-lifecycle",
        "Customer development lifecycle",
        "客户发展生命周期",
        Concepts,
    ),
    row(
        "clv",
        "Customer lifetime value (CLV)",
        "客户终生价值",
        Concepts,
    )
    .not_zh(&["客户生命周期价值", "顾客终生价值"]),
    row(
        "cdv",
        "Customer delivered value (CDV)",
        "客户让渡价值",
        Concepts,
    )
    .not_zh(&["顾客让渡价值", "顾客总价值", "顾客总成本"]),
    row(
        "satisfaction",
        "Customer satisfaction",
        "客户满意",
        Concepts,
    ),
    row("loyalty", "Customer loyalty", "客户忠诚", Concepts),
    row("loyalty-matrix", "Loyalty matrix", "客户忠诚矩阵", Concepts),
    row(
        "loyalty-drivers",
        "Loyalty drivers and the AHP index",
        "忠诚度影响因素与层次分析法",
        Concepts,
    ),
    row("loyalty-types", "Types of loyalty", "忠诚类型", Concepts),
    row("pyramid", "Customer pyramid", "客户金字塔", Concepts),
    row(
        "value-matrix",
        "Customer value matrix",
        "客户价值矩阵",
        Concepts,
    ),
    row(
        "jones-sasser",
        "Satisfaction and loyalty under competition",
        "竞争状况下的满意与忠诚",
        Concepts,
    )
    .not_zh(&["赛塞"]),
    row(
        "service-recovery",
        "Complaint handling and service recovery",
        "投诉处理与服务补救",
        Concepts,
    ),
    row("word-of-mouth", "Word of mouth", "口碑", Concepts),
    row(
        "five-to-one",
        "Acquisition versus retention cost (5:1)",
        "5:1 成本问题",
        Concepts,
    ),
    row(
        "retention-economics",
        "Retention rate and profit",
        "保留率与利润",
        Concepts,
    ),
    row(
        "segmentation",
        "Customer segmentation",
        "客户细分",
        Concepts,
    ),
    row(
        "care-channels",
        "Customer care channels",
        "客户关怀工具",
        Concepts,
    )
    .keys(&["care.legend"]),
    row("early-warning", "Churn early warning", "流失预警", Concepts).columns(&["at_risk"]),
    row(
        "loyalty-programme",
        "Loyalty programme",
        "会员计划",
        Concepts,
    )
    .keys(&["programme.legend"]),
    row("crm-kpis", "CRM performance KPIs", "CRM 绩效指标", Concepts),
    row("four-c", "From 4P to 4C", "4P 与 4C", Concepts),
    // The lifecycle.
    row("prospect", "Prospects", "潜在客户", Lifecycle)
        .keys(&["stage.prospect"])
        .columns(&["prospects"]),
    row("stage-acquisition", "Acquisition", "获取期", Lifecycle)
        .keys(&["stage.acquisition"])
        .columns(&["acquisition"])
        .not_zh(&["获得期", "考察期"]),
    row("stage-growth", "Growth", "提升期", Lifecycle)
        .keys(&["stage.growth"])
        .columns(&["growth"])
        .not_zh(&["形成期", "成长期"]),
    row("stage-maturity", "Maturity", "成熟期", Lifecycle)
        .keys(&["stage.maturity"])
        .columns(&["maturity"])
        .not_zh(&["稳定期"]),
    row("stage-decline", "Decline", "衰退期", Lifecycle)
        .keys(&["stage.decline"])
        .columns(&["decline"])
        .not_zh(&["退化期"]),
    row("stage-churned", "Churned", "流失期", Lifecycle)
        .keys(&["stage.churned"])
        .columns(&["churned"]),
    row("win-back", "Win-back", "流失挽救", Lifecycle).not_zh(&["赢回"]),
    // Decisions.
    row("decision-variable", "Decisions", "决策变量", Decisions).not_zh(&["杠杆"]),
    row("price", "Price", "价格", Decisions).keys(&["lever.price"]),
    row(
        "reference-price",
        "reference price",
        "市场参考价",
        Decisions,
    )
    .keys(&["lever.price.unit"])
    .not_zh(&["参考价格"]),
    row("service-spend", "Service quality", "服务投入", Decisions).keys(&["lever.service_quality"]),
    row(
        "retention-spend",
        "Retention spend",
        "客户维系投入",
        Decisions,
    )
    .keys(&["lever.retention_spend"])
    .not_zh(&["保留投入", "保留资金", "投入保留", "保留成本", "保留支出"]),
    row("sms", "SMS", "短信", Decisions).keys(&["lever.care_sms"]),
    row("phone", "Phone", "电话", Decisions).keys(&["lever.care_phone"]),
    row("instant-message", "Instant message", "在线消息", Decisions)
        .keys(&["lever.care_im"])
        .not_zh(&["即时消息", "在线信息"]),
    row("email", "Email", "邮件", Decisions)
        .keys(&["lever.care_email"])
        .not_zh(&["电子邮箱"]),
    row("save-offer", "Save offer", "挽救优惠", Decisions).keys(&["lever.save_offer"]),
    row("points-rate", "Points rate", "积分返还率", Decisions).keys(&["lever.points_rate"]),
    row(
        "member-threshold",
        "Member threshold",
        "入会门槛",
        Decisions,
    )
    .keys(&["lever.member_threshold"]),
    row("gold-card", "Gold card", "金卡", Decisions)
        .keys(&["lever.gold_card_threshold", "lever.gold_card_benefit"])
        .columns(&["gold_card_members"]),
    row("points-liability", "Points liability", "积分负债", Measures)
        .columns(&["points_liability"]),
    row("members", "Members", "会员", Measures).columns(&["members"]),
    row("retention-cost", "Retention cost", "维系成本", Decisions).columns(&["retention_cost"]),
    row("targeting", "Retention targeting", "维系对象", Decisions).keys(&["targeting.label"]),
    row("value-at-risk", "Value at risk", "流失风险价值", Decisions)
        .keys(&["targeting.value_at_risk", "kpi.value_at_risk"])
        .columns(&["value_at_risk"]),
    row(
        "acquisition-spend",
        "Acquisition spend",
        "获客投入",
        Decisions,
    )
    .keys(&["lever.acquisition_spend"]),
    row(
        "complaint-handling",
        "Complaint handling",
        "投诉处理",
        Decisions,
    )
    .keys(&["lever.complaint_handling"]),
    row("winback-spend", "Win-back spend", "流失挽救投入", Decisions)
        .keys(&["lever.winback_spend"]),
    row(
        "diminishing-returns",
        "Diminishing returns",
        "边际收益递减",
        Decisions,
    )
    .not_zh(&["边际效用递减"]),
    // Measures.
    row("satisfaction-score", "Satisfaction", "客户满意度", Measures).keys(&["kpi.satisfaction"]),
    row("loyalty-score", "Loyalty", "客户忠诚度", Measures).keys(&["kpi.loyalty"]),
    row("retention-rate", "Retention rate", "客户保留率", Measures)
        .keys(&["kpi.retention"])
        .not_zh(&["留存率"]),
    row("annual-retention", "Annual retention", "年保留率", Measures)
        .keys(&["kpi.annual_retention", "axis.annual_retention"])
        .columns(&["annual_retention"]),
    row("churn-rate", "Churn rate", "流失率", Measures)
        .keys(&["series.churn"])
        .columns(&["churn_rate"]),
    row(
        "acquisition-rate",
        "Acquisition rate",
        "新客户获得率",
        Measures,
    )
    .keys(&["kpi.acquisition", "series.acquisition"])
    .columns(&["acquisition_rate"])
    .not_zh(&["获客率"]),
    row(
        "profit-contribution",
        "Profit contribution",
        "利润贡献",
        Measures,
    )
    .keys(&["kpi.profit_contribution"])
    .columns(&["profit_contribution"]),
    row(
        "response-time",
        "Service response time",
        "服务响应时间",
        Measures,
    )
    .keys(&["kpi.response_time"])
    .columns(&["service_response_time"]),
    row("complaint-rate", "Complaint rate", "客户投诉率", Measures)
        .keys(&["kpi.complaint_rate"])
        .columns(&["complaint_rate"]),
    row(
        "recovery-rate",
        "Complainant retention",
        "投诉者保留率",
        Measures,
    )
    .columns(&["recovery_rate"])
    .not_zh(&["投诉者留存率"]),
    row(
        "retention-probability",
        "Retention probability",
        "保留概率",
        Measures,
    )
    .not_zh(&["留存概率"]),
    row("average-clv", "Average CLV", "平均客户终生价值", Measures)
        .keys(&["kpi.clv", "series.clv", "axis.clv"])
        .columns(&["clv_mean"])
        .not_zh(&["每位客户终生价值"]),
    row("customer-equity", "Customer equity", "客户资产", Measures)
        .keys(&["kpi.equity", "series.equity", "axis.equity"])
        .columns(&["customer_equity"]),
    row("cac", "Cost per new customer", "单位获客成本", Measures).columns(&["cac"]),
    row(
        "retention-roi",
        "Return on retention spend",
        "维系投入回报率",
        Measures,
    )
    .keys(&["kpi.retention_roi"])
    .columns(&["retention_roi"]),
    row("profit-multiple", "Profit multiple", "利润倍数", Measures).not_zh(&["终生价值倍数"]),
    row("discount-rate", "Discount rate", "折现率", Measures).not_zh(&["贴现率", "贴现价值"]),
    // Satisfaction.
    row(
        "perceived-quality",
        "Perceived quality Q",
        "感知质量 Q",
        Satisfaction,
    )
    .not_zh(&["感知绩效"]),
    row(
        "expected-quality",
        "Expected quality q",
        "期望质量 q",
        Satisfaction,
    )
    .not_zh(&["期望 q"]),
    row(
        "very-dissatisfied",
        "Very dissatisfied",
        "非常不满意",
        Satisfaction,
    )
    .keys(&["band.very_dissatisfied"])
    .columns(&["very_dissatisfied"])
    .not_zh(&["非常不满"]),
    row("dissatisfied", "Dissatisfied", "不满意", Satisfaction)
        .keys(&["band.dissatisfied"])
        .columns(&["dissatisfied"]),
    row(
        "basically-satisfied",
        "Basically satisfied",
        "基本满意",
        Satisfaction,
    )
    .keys(&["band.basically_satisfied"])
    .columns(&["basically_satisfied"]),
    row("very-satisfied", "Very satisfied", "很满意", Satisfaction)
        .keys(&["band.very_satisfied"])
        .columns(&["very_satisfied"])
        .not_zh(&["非常满意"]),
    row("delighted", "Delighted", "非常愉悦", Satisfaction)
        .keys(&["band.delighted"])
        .columns(&["delighted"]),
    // Loyalty and word of mouth.
    row("loyal", "Loyal", "忠诚", Loyalty).keys(&["quadrant.loyal"]),
    row("latent", "Latent (loyalty matrix)", "潜伏忠诚", Loyalty)
        .keys(&["quadrant.latent"])
        .columns(&["latent_share"]),
    row("spurious", "Spurious", "虚假忠诚", Loyalty)
        .keys(&["quadrant.spurious"])
        .columns(&["spurious_share"]),
    row("not-loyal", "Not loyal", "不忠诚", Loyalty)
        .keys(&["quadrant.none"])
        .columns(&["none_share"]),
    row("monopoly-loyalty", "Monopoly loyalty", "垄断忠诚", Loyalty)
        .keys(&["loyalty_type.monopoly"]),
    row("inertia-loyalty", "Inertia loyalty", "惰性忠诚", Loyalty).keys(&["loyalty_type.inertia"]),
    row(
        "latent-loyalty",
        "Latent loyalty (loyalty type)",
        "潜在忠诚",
        Loyalty,
    )
    .keys(&["loyalty_type.latent"]),
    row(
        "convenience-loyalty",
        "Convenience loyalty",
        "方便忠诚",
        Loyalty,
    )
    .keys(&["loyalty_type.convenience"]),
    row("price-loyalty", "Price loyalty", "价格忠诚", Loyalty).keys(&["loyalty_type.price"]),
    row(
        "incentive-loyalty",
        "Incentive loyalty",
        "激励忠诚",
        Loyalty,
    )
    .keys(&["loyalty_type.incentive"]),
    row(
        "super-value-loyalty",
        "Super-value loyalty",
        "超值忠诚",
        Loyalty,
    )
    .keys(&["loyalty_type.super_value"]),
    row("promoter", "Promoters", "推荐者", Loyalty).not_zh(&["拥护者"]),
    row("detractor", "Detractors", "贬损者", Loyalty).not_zh(&["批评者"]),
    row(
        "negative-wom",
        "Negative word of mouth",
        "负面口碑",
        Loyalty,
    )
    .not_zh(&["告诫", "警告", "劝退", "坏口碑"]),
    row(
        "people-warned",
        "People warned off",
        "听到负面口碑的人数",
        Loyalty,
    )
    .columns(&["warnings"]),
    // Segments.
    row("value-seekers", "Value seekers", "价值寻求者", Value)
        .keys(&["segment.value_seekers"])
        .not_zh(&["实惠型"]),
    row("mainstream", "Mainstream", "主流客户", Value)
        .keys(&["segment.mainstream"])
        .not_zh(&["主流型"]),
    row("premium", "Premium", "高端客户", Value)
        .keys(&["segment.premium"])
        .not_zh(&["高端型"]),
    // Customer value.
    row("platinum", "Platinum", "铂金层级", Value)
        .columns(&["platinum"])
        .not_zh(&["铂金客户", "铂金层和"]),
    row("gold", "Gold", "黄金层级", Value)
        .columns(&["gold"])
        .not_zh(&["黄金客户"]),
    row("iron", "Iron", "钢铁层级", Value)
        .columns(&["iron"])
        .not_zh(&["钢铁客户"]),
    row("lead", "Lead", "重铅层级", Value)
        .columns(&["lead"])
        .not_zh(&["重铅客户"]),
    row("current-value", "Current value", "当前价值", Value).keys(&["vm.mean_current"]),
    row("potential-value", "Potential value", "潜在价值", Value).keys(&["vm.mean_potential"]),
    row("vm-invest", "Invest", "重点保持", Value)
        .keys(&["vm.invest"])
        .not_zh(&["重点投入"]),
    row("vm-develop", "Develop", "重点发展", Value)
        .keys(&["vm.develop"])
        .not_zh(&["培养发展"]),
    row("vm-maintain", "Maintain", "一般维持", Value)
        .keys(&["vm.maintain"])
        .not_zh(&["维持收获", "保持并收获"]),
    row("vm-drop", "Drop", "放弃", Value).keys(&["vm.drop"]),
    // Markets.
    row("market-retail", "Retail market", "零售市场", Markets).keys(&["scenario.default"]),
    row(
        "market-competitive",
        "Highly competitive market",
        "高度竞争市场",
        Markets,
    )
    .keys(&["scenario.competitive"])
    .not_zh(&["高竞争", "竞争激烈"]),
    row(
        "market-monopoly",
        "Monopoly-like market",
        "准垄断市场",
        Markets,
    )
    .keys(&["scenario.monopoly"])
    .not_zh(&["类垄断", "近乎垄断"]),
    row(
        "market-subscription",
        "Subscription service",
        "订阅服务",
        Markets,
    )
    .keys(&["scenario.subscription"]),
    // The analytic hierarchy process.
    row("ahp", "Analytic hierarchy process (AHP)", "层次分析法", Ahp),
    row("judgement-matrix", "Judgement matrix", "判断矩阵", Ahp),
    row(
        "consistency-ratio",
        "Consistency ratio CR",
        "一致性比率 CR",
        Ahp,
    ),
    row(
        "principal-eigenvector",
        "Principal eigenvector",
        "最大特征根对应的特征向量",
        Ahp,
    )
    .not_zh(&["主特征向量"]),
    row(
        "perceived-value",
        "Perceived value (A1)",
        "客户认知价值\u{FF08}A1\u{FF09}",
        Ahp,
    )
    .not_zh(&["感知价值\u{FF08}A1"]),
    row(
        "switching-cost",
        "Switching cost (A3)",
        "转移成本\u{FF08}A3\u{FF09}",
        Ahp,
    )
    .not_zh(&["转换成本"]),
    row("trust", "Trust (A4)", "客户信任\u{FF08}A4\u{FF09}", Ahp),
    // The simulator's own words.
    row("crm-lab", "CRM Lab", "CRM 实验室", Simulator)
        .keys(&["app.title"])
        .not_zh(&["CRM Lab"]),
    row("baseline", "Baseline", "基准", Simulator).keys(&["series.baseline", "field.baseline"]),
    row("run-record", "Saved run", "模拟记录", Simulator)
        .keys(&["course.saved_runs"])
        .not_zh(&["已保存的运行", "你的运行", "这次运行", "当前运行"]),
    row("run-file", "Run file", "存档文件", Simulator)
        .keys(&["course.export_run"])
        .not_zh(&["运行文件"]),
    row("lesson", "Lessons", "课节", Simulator)
        .keys(&["learn.lessons"])
        .not_zh(&["全部课程"]),
    row("what-if", "What if?", "试算", Simulator)
        .keys(&["course.what_if"])
        .not_zh(&["假如"]),
    row("month-n", "Month N", "第 N 个月", Simulator).not_zh(&["第 {month} 月", "} 月："]),
    // The English axis counts in thousands, the Chinese in 万 (ten
    // thousand): the same axis, not the same unit, so no key is shared.
    row("wan-yuan", "¥10,000 (wan yuan)", "万元", Simulator).not_zh(&["千元", "百万元"]),
    row(
        "per-thousand-people",
        "¥ per 1,000 people per month",
        "元/千人/月",
        Simulator,
    )
    .keys(&["lever.acquisition_spend.unit"])
    .not_zh(&["元/月/千人"]),
];

/// A row by its id.
pub fn by_id(id: &str) -> Option<&'static Name> {
    NAMES.iter().find(|n| n.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concepts::glossary::TERMS;
    use crate::i18n::{columns, Lang};

    #[test]
    fn ids_are_unique_and_every_name_is_given_in_both_languages() {
        let mut ids: Vec<&str> = NAMES.iter().map(|n| n.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), NAMES.len());
        let mut zh: Vec<&str> = NAMES.iter().map(|n| n.name.zh).collect();
        zh.sort_unstable();
        zh.dedup();
        assert_eq!(zh.len(), NAMES.len(), "one concept, one Chinese name");
        for n in NAMES {
            assert!(!n.name.en.is_empty() && !n.name.zh.is_empty(), "{}", n.id);
            for v in n.not_zh {
                assert_ne!(n.name.zh, *v, "{}: set aside its own name", n.id);
            }
        }
        for g in Group::ALL {
            assert!(NAMES.iter().any(|n| n.group == g), "{g:?} has rows");
        }
    }

    /// The glossary's terms are the table's concept rows, by id and name.
    #[test]
    fn the_glossary_names_each_term_as_the_table_does() {
        for term in TERMS {
            let row = by_id(term.id).unwrap_or_else(|| panic!("{} has a row", term.id));
            assert_eq!(row.group, Concepts, "{}", term.id);
            assert_eq!(
                row.name.en, term.name.en,
                "{}: the glossary's English name",
                term.id
            );
            assert_eq!(row.name.zh, term.name.zh, "{}", term.id);
        }
        let concepts = NAMES.iter().filter(|n| n.group == Concepts).count();
        assert_eq!(concepts, TERMS.len());
    }

    /// Labels, legends and axes name a concept as the table does, in both
    /// languages.
    #[test]
    fn the_pages_words_use_the_tables_names() {
        for n in NAMES {
            for key in n.keys {
                assert!(Lang::Zh.has(key) && Lang::En.has(key), "{key} exists");
                let zh = Lang::Zh.t(key);
                let en = Lang::En.t(key).to_lowercase();
                assert!(
                    zh.contains(n.name.zh),
                    "{key}: {zh} should say {}",
                    n.name.zh
                );
                // A qualifier in parentheses tells two names apart in the
                // table; the page's label need not carry it.
                let name = n.name.en.split(" (").next().unwrap_or(n.name.en);
                assert!(
                    en.contains(&name.to_lowercase()),
                    "{key}: {en} should say {}",
                    n.name.en
                );
            }
        }
    }

    /// The exported files' Chinese headers name a concept as the table does.
    #[test]
    fn the_column_headers_use_the_tables_names() {
        for n in NAMES {
            for c in n.columns {
                let header = columns::header(Lang::Zh, c);
                assert_ne!(header, *c, "{c} has a Chinese header");
                assert!(
                    header.contains(n.name.zh),
                    "{c}: {header} should say {}",
                    n.name.zh
                );
            }
        }
    }
}
