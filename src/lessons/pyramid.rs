//! Lesson 10: the customer pyramid (客户金字塔) and targeting retention
//! spend at the top tiers.

use super::{t, Goal, Lesson, Preset, Question, Step};
use crate::sim::RetentionTargeting;

pub const LESSON: Lesson = Lesson {
    id: "pyramid",
    title: t(
        "The customer pyramid and targeted retention",
        "客户金字塔与有针对性的保留投入",
    ),
    objective: t(
        "Rank customers into platinum, gold, iron and lead tiers, and see what targeting retention spend at the top does.",
        "把客户分为铂金、黄金、钢铁和重铅四层,看到把保留投入集中在顶层的效果。",
    ),
    intro: t(
        "Customers differ greatly in value. The pyramid ranks them by predicted value: a small platinum and gold top brings most of the profit, a wide iron and lead base brings little. Care spent evenly on everyone pays back unevenly.",
        "客户价值差异很大。客户金字塔按预测价值给客户分层:人数不多的铂金层和黄金层贡献大部分利润,人数众多的钢铁层和重铅层贡献很少。平均花在每个人身上的关怀,回报并不均匀。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Spend generously on retention: set retention spend to 15 ¥ or more per customer.",
                "大方地投入保留:把客户维系投入设为每位客户 15 元或更多。",
            ),
            goal: Goal::LeverAtLeast("retention_spend", 15.0),
            chart: "pyramid",
            notice: t(
                "Every active customer gets 15 ¥ a month, lead-tier customers included. Retention rises, but so do costs: cumulative profit ends near 1.05 million ¥, against about 1.9 million ¥ at the default 5 ¥.",
                "每位活跃客户每月都得到 15 元,重铅层客户也不例外。保留率上升了,成本也上升了:累计利润最终约 105 万元,而默认的 5 元时约 190 万元。",
            ),
        },
        Step {
            ask: t(
                "Pin this run as a baseline.",
                "把这次运行固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: "money",
            notice: t(
                "The baseline spends 15 ¥ on every customer.",
                "基准在每位客户身上投入 15 元。",
            ),
        },
        Step {
            ask: t(
                "Target the same spend at the top: set retention targeting to the top tiers (platinum and gold).",
                "把同样的投入集中到顶层:把维系对象设为顶层客户(铂金和黄金)。",
            ),
            goal: Goal::Targeting(RetentionTargeting::TopTiers),
            chart: "money",
            notice: t(
                "Retention cost falls to about a fifth and cumulative profit rises well above the baseline, although fewer lower-tier customers stay: the care now goes where the value is.",
                "保留成本降到约五分之一,累计利润明显高于基准,尽管留下的低层客户少了:关怀被投向了价值所在之处。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "Why target retention spend at the top tiers of the pyramid?",
            "为什么要把保留投入集中在金字塔的顶层?",
        ),
        options: &[
            t(
                "Top-tier customers bring most of the profit, so care spent on them earns the most back",
                "顶层客户贡献大部分利润,花在他们身上的关怀回报最高",
            ),
            t("Lower-tier customers never leave", "低层客户从不离开"),
            t("It raises every customer's satisfaction", "它能提高每位客户的满意度"),
        ],
        answer: 0,
        explain: t(
            "Retention spend has a cost per customer but a benefit in proportion to the customer's value. Spent on the few who bring most of the profit, it pays back; spread over everyone, much of it goes to customers who bring little.",
            "保留投入按人计成本,收益却与客户价值成正比。花在贡献大部分利润的少数人身上,它能收回成本;平均摊给所有人,很大一部分就落在了贡献很小的客户身上。",
        ),
    },
    tool: Some("value-matrix"),
};
