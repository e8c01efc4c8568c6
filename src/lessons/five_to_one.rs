//! Lesson 3: acquisition vs retention cost (5:1 成本问题) in this market's
//! numbers.

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "five-to-one",
    title: t(
        "Why keeping costs less than winning: the 5:1 rule",
        "为什么保留比获取便宜：5:1 成本问题",
    ),
    objective: t(
        "Compare what a new customer costs with what keeping one costs, in this market's numbers.",
        "用本市场的数字，比较获得一位新客户与保留一位老客户的成本。",
    ),
    intro: t(
        "Winning a new customer usually costs five to seven times as much as keeping one. In this simulated market, marketing spends about 190 ¥ per new customer, while the default retention spend (5 ¥ a month) costs about 65 ¥ a year per customer kept: roughly 3 to 1. At the retention spend that pays best, about 2 ¥ a month, keeping a customer costs about 26 ¥ a year: roughly 7 to 1. And each extra new customer costs far more than the average, as the easy prospects are used up.",
        "获得一位新客户的成本通常是保留一位老客户的 5 到 7 倍。在这个模拟市场中，营销平均约 190 元换来一位新客户，而按默认的维系投入（每月 5 元），每保留一位客户一年约需 65 元：大约 3 比 1。若采用利润最高的维系投入（每月约 2 元），保留一位客户一年只需约 26 元：大约 7 比 1。而且容易争取的潜在客户用完后，每多获得一位新客户的成本会远高于平均水平。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Pin the current run as a baseline.",
                "把当前运行固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Money,
            notice: t(
                "The baseline spends 4,000 ¥ a month per 1,000 people in the market on acquisition.",
                "基准每月按每千人 4,000 元投入获客。",
            ),
        },
        Step {
            ask: t(
                "Double acquisition spend: set it to 8,000 ¥ or more.",
                "把获客投入翻倍：设为 8,000 元或更多。",
            ),
            goal: Goal::LeverAtLeast(LeverId::AcquisitionSpend, 8000.0),
            chart: ChartKind::Money,
            notice: t(
                "Costs rise at once (money chart). The customers-by-stage chart grows only a little above its dashed baseline: twice the marketing wins far fewer than twice the customers, because the remaining prospects are harder to convert.",
                "成本立刻上升（见收入、成本与利润图）。各生命周期阶段客户数图只比虚线基准高出一点：营销投入翻倍，新增客户却远不到两倍，因为剩下的潜在客户更难转化。",
            ),
        },
        Step {
            ask: t(
                "Go to the last month and compare cumulative profit with the baseline.",
                "前往最后一个月，比较累计利润与基准。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Money,
            notice: t(
                "The extra 1.44 million ¥ of marketing over three years wins only about 1,300 more customers (about 1,100 ¥ each, against about 190 ¥ on average): cumulative profit ends about 1 million ¥ below the baseline.",
                "三年里多花的 144 万元营销费只多换来约 1,300 位客户（每位约 1,100 元，而平均只需约 190 元）：累计利润比基准低约 100 万元。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "In this market a new customer costs about 190 ¥ of marketing and keeping one about 65 ¥ a year, less at a leaner retention spend. What does that suggest for a limited budget?",
            "在这个市场中，获得一位新客户约需 190 元营销费，保留一位客户每年约需 65 元，维系投入更精简时还会更少。这对有限的预算意味着什么？",
        ),
        options: &[
            t(
                "Spend it all on acquisition: new customers are the only growth.",
                "全部用于获客：新客户是唯一的增长来源。",
            ),
            t(
                "Protect the existing customers first, then buy growth where it still pays.",
                "先保住现有客户，再在划算的地方购买增长。",
            ),
            t("It makes no difference where it goes.", "花在哪里都一样。"),
        ],
        answer: 1,
        explain: t(
            "Keeping a customer costs a fraction of winning one, so a lost customer is expensive to replace. Retention comes first; acquisition is still needed, but its marginal cost rises as the market saturates.",
            "保留一位客户的成本只是获得一位新客户的零头，所以每失去一位客户，重新补上的代价都很高。保留优先；获客仍然必要，但随着市场饱和，其边际成本会上升。",
        ),
    },
    tool: None,
};
