//! Lesson 4: retention economics (保留率与利润) — five points of retention
//! and what they do to customer equity.

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "retention-economics",
    title: t(
        "Retention economics: five points of retention",
        "保留率经济学：提高五个百分点的保留率",
    ),
    objective: t(
        "See how a few points of annual retention multiply customer equity, and why.",
        "看到年保留率提高几个百分点如何成倍放大客户资产，并理解其原因。",
    ),
    intro: t(
        "Reichheld and Sasser found that five more points of retention raise profit by 25–85%. The reason is compounding: a customer who stays a little more likely each year stays much longer on average, and the value of the relationship grows with its length.",
        "Reichheld 和 Sasser 发现，保留率提高 5 个百分点，利润可提高 25%–85%。原因在于复利效应：客户每年留下的可能性稍高一点，平均关系时长就会长得多，而关系的价值随时长增长。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (month 36) and look at the Annual retention and Customer equity cards.",
                "前往最后一个月（第 36 个月），看“年保留率”和“客户资产”卡片。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Clv,
            notice: t(
                "About 72% of customers are kept over a year, and customer equity, the predicted CLV of all active customers, is about 7.9 million ¥.",
                "一年下来约 72% 的客户被保留；客户资产（全体活跃客户预测终生价值之和）约为 790 万元。",
            ),
        },
        Step {
            ask: t(
                "Pin the current run as a baseline.",
                "把当前运行固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Clv,
            notice: t(
                "The baseline is kept: the chart draws it dashed, and the cards show differences against it.",
                "基准已保存：图表用虚线画出基准，卡片显示与基准的差异。",
            ),
        },
        Step {
            ask: t(
                "Improve the service a little: set service quality to 10 ¥ or more.",
                "稍微改进服务：把服务质量设为 10 元或更多。",
            ),
            goal: Goal::LeverAtLeast(LeverId::ServiceQuality, 10.0),
            chart: ChartKind::Clv,
            notice: t(
                "Annual retention rises by about six points (to about 78%), customer equity by about 40% and cumulative profit by about a third against the dashed baseline. A small change in retention is a large change in value: the multiple of margin a customer is worth, r/(1+d−r), grows faster and faster as retention r rises.",
                "年保留率提高约 6 个百分点（到约 78%），客户资产比虚线基准高出约 40%，累计利润高出约三分之一。保留率的小变化带来价值的大变化：客户价值相当于利润的倍数 r/(1+d−r)，随着保留率 r 上升而越增越快。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "Annual retention rose about six points (72% → 78%). Roughly how much did customer equity change?",
            "年保留率提高约 6 个百分点（72% → 78%）。客户资产大约变化了多少？",
        ),
        options: &[
            t("About +5%", "约 +5%"),
            t("About +40%", "约 +40%"),
            t("About +300%", "约 +300%"),
            t("No change", "没有变化"),
        ],
        answer: 1,
        explain: t(
            "About +40%: more customers stay, and each stays longer, so both the number of customers and the value of each grow. The effect compounds, which is why retention is the first lever of customer equity.",
            "约 +40%:留下的客户更多，每位客户留得更久，客户数量与单个客户价值同时增长。效应叠加，这就是保留率是客户资产第一杠杆的原因。",
        ),
    },
    tool: Some("clv"),
};
