//! Lesson 9: price, customer delivered value (客户让渡价值) and the
//! price-sensitive segment.

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "delivered-value",
    title: t(
        "Price, customer delivered value and the price-sensitive segment",
        "价格、客户让渡价值与价格敏感客户",
    ),
    objective: t(
        "See price as part of the customer's total cost, and who reacts most when it rises.",
        "把价格看作客户总成本的一部分，并看到价格上涨时谁的反应最大。",
    ),
    intro: t(
        "Customer delivered value is total customer value (product, service, personnel, image) minus total customer cost (price, time, energy, effort). A higher price raises the margin on every sale but lowers delivered value, most for the price-sensitive value seekers.",
        "客户让渡价值等于客户总价值（产品、服务、人员、形象）减去客户总成本（价格、时间、精力、体力）。提高价格会增加每笔销售的利润，却降低让渡价值，对价格敏感的实惠型客户影响最大。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (36), then pin the current run (price 1.0 × the reference price) as a baseline.",
                "前往最后一个月（第 36 个月），再把当前运行（价格为参考价的 1.0 倍）固定为基准。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned),
            chart: ChartKind::Satisfaction,
            notice: t(
                "The baseline sells at the market's reference price.",
                "基准按市场参考价销售。",
            ),
        },
        Step {
            ask: t(
                "Raise the price to 1.3 × or more.",
                "把价格提高到 1.3 倍或更高。",
            ),
            goal: Goal::LeverAtLeast(LeverId::Price, 1.3),
            chart: ChartKind::Satisfaction,
            notice: t(
                "Satisfaction falls by about 16 points and annual retention from about 73% to about 52%; the base ends at about a fifth of the baseline's. Value seekers lose far more satisfaction than premium customers (about 22 points against 8) and almost all of them leave: delivered value fell most for them.",
                "满意度下降约 16 分，年保留率从约 73% 降到约 52%；客户群最终只剩基准的五分之一左右。实惠型客户的满意度下降远多于高端客户（约 22 分对 8 分），而且几乎全部离开：他们的让渡价值下降最多。",
            ),
        },
        Step {
            ask: t(
                "Now try a low price: 0.8 × or less.",
                "现在试试低价：0.8 倍或更低。",
            ),
            goal: Goal::LeverAtMost(LeverId::Price, 0.8),
            chart: ChartKind::Money,
            notice: t(
                "Customers love it: satisfaction and retention are far above the baseline and the base grows. But the margin is gone: cumulative profit turns negative. Profit peaks near the reference price.",
                "客户很喜欢：满意度和保留率远高于基准，客户群扩大。但利润空间没了：累计利润变为负数。利润在参考价附近最高。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "Raising the price lowers customer delivered value most for whom?",
            "提高价格时，谁的客户让渡价值下降最多？",
        ),
        options: &[
            t("Price-sensitive customers (value seekers)", "价格敏感的客户（实惠型）"),
            t("Premium customers", "高端客户"),
            t("Everyone equally", "所有人都一样"),
        ],
        answer: 0,
        explain: t(
            "Delivered value is value minus cost, and price weighs most in the cost of price-sensitive customers. They lose the most satisfaction and leave first; premium customers weigh quality more than price.",
            "让渡价值等于价值减成本；在价格敏感客户的成本中，价格的分量最重。他们的满意度下降最多，也最先离开；高端客户更看重质量而不是价格。",
        ),
    },
    tool: None,
};
