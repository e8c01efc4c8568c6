//! Lesson 10: the customer pyramid (客户金字塔) and where retention spend
//! pays: the top tiers, or the value at risk (客户流失风险价值).

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;
use crate::sim::RetentionTargeting;

pub const LESSON: Lesson = Lesson {
    id: "pyramid",
    title: t(
        "The customer pyramid and targeted retention",
        "客户金字塔与有针对性的维系投入",
    ),
    objective: t(
        "Rank customers into platinum, gold, iron and lead tiers, and find where retention spend pays: on the top tiers, or on the valuable customers likely to leave.",
        "把客户分为铂金、黄金、钢铁和重铅四层，找出维系投入花在哪里才有回报：顶层客户，还是可能流失的高价值客户。",
    ),
    intro: t(
        "Customers differ greatly in value. The pyramid ranks them by predicted value: a small platinum and gold top brings most of the profit, a wide iron and lead base brings little. Care spent evenly on everyone pays back unevenly, and care spent on customers who would stay anyway pays back nothing.",
        "客户价值差异很大。客户金字塔按预测价值给客户分层：人数不多的铂金层和黄金层贡献大部分利润，人数众多的钢铁层和重铅层贡献很少。平均花在每个人身上的关怀，回报并不均匀；花在本来就会留下的客户身上的关怀，没有回报。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (36), and spend generously on retention: set retention spend to 15 ¥ or more per customer.",
                "前往最后一个月（第 36 个月），并大方地投入维系：把客户维系投入设为每位客户 15 元或更多。",
            ),
            goal: Goal::Both(
                &Goal::MonthAtLeast(36),
                &Goal::LeverAtLeast(LeverId::RetentionSpend, 15.0),
            ),
            chart: ChartKind::Pyramid,
            notice: t(
                "Every active customer gets 15 ¥ a month, lead-tier customers included. Retention rises, but so do costs: cumulative profit ends near 0.9 million ¥, against about 2.4 million ¥ at the default 5 ¥, and the return on retention spend is about −63%: each yuan brings back less than 40 fen.",
                "每位活跃客户每月都得到 15 元，重铅层客户也不例外。保留率上升了，成本也上升了：累计利润最终约 90 万元，而默认的 5 元时约 240 万元；维系投入回报率约为 −63%:每投入 1 元只收回不到 4 角。",
            ),
        },
        Step {
            ask: t(
                "Pin this run as a baseline.",
                "把这次运行固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Money,
            notice: t(
                "The baseline spends 15 ¥ on every customer.",
                "基准在每位客户身上投入 15 元。",
            ),
        },
        Step {
            ask: t(
                "Aim the same spend at the top: set retention targeting to the top tiers (platinum and gold).",
                "把同样的投入集中到顶层：把维系对象设为顶层客户（铂金和黄金）。",
            ),
            goal: Goal::Targeting(RetentionTargeting::TopTiers),
            chart: ChartKind::Money,
            notice: t(
                "Retention cost falls to under a quarter and cumulative profit rises to about 2.1 million ¥, well above the baseline. Yet the return on what is still spent is worse (about −70%): top-tier customers are top because they were likely to stay anyway.",
                "维系成本降到不足四分之一，累计利润升到约 210 万元，明显高于基准。但仍在花的那部分钱回报更差（约 −70%）：顶层客户之所以在顶层，正是因为他们本来就很可能留下。",
            ),
        },
        Step {
            ask: t(
                "Aim at the value at risk instead, at a modest budget: set retention targeting to value at risk and retention spend to 5 ¥.",
                "改为瞄准流失风险价值，并控制预算：把维系对象设为流失风险价值最高的客户，把维系投入设为 5 元。",
            ),
            goal: Goal::Both(
                &Goal::Targeting(RetentionTargeting::ValueAtRisk),
                &Goal::Both(
                    &Goal::LeverAtLeast(LeverId::RetentionSpend, 5.0),
                    &Goal::LeverAtMost(LeverId::RetentionSpend, 5.0),
                ),
            ),
            chart: ChartKind::Money,
            notice: t(
                "Care now goes each month to the 30% of customers with the most value at risk: churn risk × what keeping them is worth. Cumulative profit reaches about 2.6 million ¥, above the default firm's 2.4 million, and the return on retention spend turns positive (about +50%). Care for everyone does as well only at its own best budget, about 2 ¥ a month each, and then spends a third more in all.",
                "现在关怀每月投向流失风险价值最高的 30% 客户：流失风险 × 留住他们的价值。累计利润达到约 260 万元，高于默认企业的 240 万元，维系投入回报率转为正值（约 +50%）。关怀所有客户只有在它自己的最佳预算（每人每月约 2 元）下才能做到同样好，而总花费要多出三分之一。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "Why does retention spend aimed at value at risk earn more than the same care for the top tiers?",
            "为什么瞄准流失风险价值的维系投入，比同样关怀顶层客户赚得更多？",
        ),
        options: &[
            t(
                "Care only pays where it changes a decision: on valuable customers who were likely to leave, not on those who would have stayed",
                "关怀只有改变了客户的决定才有回报：要花在可能流失的高价值客户身上，而不是本来就会留下的客户身上",
            ),
            t("Top-tier customers never buy again", "顶层客户从不再次购买"),
            t("Value-at-risk targeting reaches every customer", "按流失风险价值瞄准会覆盖每一位客户"),
        ],
        answer: 0,
        explain: t(
            "Retention spend costs the same per customer, but it earns only the value of the customers it keeps who would otherwise have left. Top-tier customers rank high because they are likely to stay, so much of their care is wasted; value at risk (churn risk × value) points the care at the customers whose decision it can change.",
            "维系投入按人计成本，但只有那些本来会离开、因关怀而留下的客户才带来收益。顶层客户排名高，正是因为他们很可能留下，所以花在他们身上的关怀大多白费；流失风险价值（流失风险 × 价值）把关怀指向那些决定还能被改变的客户。",
        ),
    },
    tool: Some("value-matrix"),
};
