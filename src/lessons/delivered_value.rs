//! Lesson 9: price, customer delivered value (客户让渡价值) and the
//! price-sensitive segment.

use super::evidence::{Readout::*, View};
use super::{
    base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question, Side,
    Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "delivered-value",
    title: t(
        "Price, customer delivered value and the price-sensitive segment",
        "价格、客户让渡价值与价格敏感客户",
    ),
    objective: t(
        "See price as part of the customer's total cost, and who reacts most when it rises.",
        "理解价格是客户总成本的一部分，观察价格上涨时哪类客户反应最大。",
    ),
    intro: t(
        "Customer delivered value is total customer value (product, service, personnel, image) minus total customer cost (price, time, energy, effort). A higher price raises the margin on every sale but lowers delivered value, most for the price-sensitive value seekers.",
        "客户让渡价值等于客户总价值（产品、服务、人员、形象）减去客户总成本（价格、时间、精力、体力）。提高价格会增加每笔销售的利润，却降低让渡价值，对价格敏感的价值寻求者影响最大。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Pin the current run (price 1.0 × the reference price) as a baseline.",
                "把当前模拟（价格为市场参考价的 1.0 倍）固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Satisfaction,
            notice: t(
                "The baseline sells at the market's reference price. The table shows each segment's satisfaction: the value seekers weigh price most, the premium customers least.",
                "基准按市场参考价销售。下表列出各细分市场的满意度：价值寻求者最看重价格，高端客户最不看重。",
            ),
            view: Some(View::SatisfactionBySegment),
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Raise the price to 1.3 × or more.",
                "把价格提高到 1.3 倍以上。",
            ),
            goal: Goal::LeverAtLeast(LeverId::Price, 1.3),
            chart: ChartKind::Money,
            notice: t(
                "In the short run the higher margin pays: cumulative profit so far is {profit} against {profit_base}. But delivered value fell, most for the value seekers: their satisfaction is {value_sat} against {value_sat_base}, the premium customers' {premium_sat} against {premium_sat_base}.",
                "短期内更高的利润率确实赚钱：到目前为止累计利润为 {profit}，基准为 {profit_base}。但客户让渡价值下降了，价值寻求者降得最多：他们的满意度为 {value_sat}，基准为 {value_sat_base}；高端客户为 {premium_sat}，基准为 {premium_sat_base}。",
            ),
            evidence: &[
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
                now("value_sat", SegmentSatisfaction(0)),
                base("value_sat_base", SegmentSatisfaction(0)),
                now("premium_sat", SegmentSatisfaction(2)),
                base("premium_sat_base", SegmentSatisfaction(2)),
            ],
            view: Some(View::SatisfactionBySegment),
            predict: Some(Prediction {
                ask: t(
                    "Cumulative profit so far (month 6) at a 30% higher price, compared with the baseline:",
                    "价格提高 30% 后到目前为止（第 6 个月）的累计利润，与基准相比：",
                ),
                figure: now("profit", CumulativeProfit),
                against: base("profit_base", CumulativeProfit),
            }),
            claims: &[
                Claim::Above(
                    now("profit", CumulativeProfit),
                    Side::Figure(base("profit_base", CumulativeProfit)),
                ),
                Claim::Below(
                    now("value_sat", SegmentSatisfaction(0)),
                    Side::Figure(base("value_sat_base", SegmentSatisfaction(0))),
                ),
                // Fell most for the value seekers: above the premium
                // customers at the reference price, below them now.
                Claim::Above(
                    base("value_sat_base", SegmentSatisfaction(0)),
                    Side::Figure(base("premium_sat_base", SegmentSatisfaction(2))),
                ),
                Claim::Below(
                    now("value_sat", SegmentSatisfaction(0)),
                    Side::Figure(now("premium_sat", SegmentSatisfaction(2))),
                ),
            ],
        },
        Step {
            ask: t(
                "Before you play on: where will cumulative profit be at month 36? Then go to the last month.",
                "继续播放之前先想一想：到第 36 个月累计利润会怎样？然后前往最后一个月。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Money,
            notice: t(
                "The customers who lost most delivered value have left: {active} active customers against {active_base}, and cumulative profit ends at {profit} against {profit_base}. The short-run gain was paid for by the long run.",
                "失去客户让渡价值最多的客户已经离开：活跃客户 {active} 位，基准为 {active_base} 位；累计利润最终为 {profit}，基准为 {profit_base}。短期的收益是用长期的损失换来的。",
            ),
            evidence: &[
                now("active", ActiveCustomers),
                base("active_base", ActiveCustomers),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
            ],
            view: Some(View::SatisfactionBySegment),
            predict: Some(Prediction {
                ask: t(
                    "Cumulative profit at month 36 at the higher price, compared with the baseline:",
                    "提价后第 36 个月的累计利润，与基准相比：",
                ),
                figure: now("profit", CumulativeProfit),
                against: base("profit_base", CumulativeProfit),
            }),
            claims: &[
                Claim::Below(
                    now("profit", CumulativeProfit),
                    Side::Figure(base("profit_base", CumulativeProfit)),
                ),
                Claim::Below(
                    now("active", ActiveCustomers),
                    Side::Times(base("active_base", ActiveCustomers), 0.6),
                ),
            ],
        },
        Step {
            ask: t(
                "Now try a low price: 0.8 × or less.",
                "现在试试低价：0.8 倍以下。",
            ),
            goal: Goal::LeverAtMost(LeverId::Price, 0.8),
            chart: ChartKind::Money,
            notice: t(
                "Customers love it: {active} active customers against {active_base}. But the margin is gone: cumulative profit is {profit} against {profit_base}. Delivered value is not the same as giving value away: profit peaks near the reference price.",
                "客户很喜欢：活跃客户 {active} 位，基准为 {active_base} 位。但利润率没了：累计利润为 {profit}，基准为 {profit_base}。提高客户让渡价值不等于把价值白送出去：利润在市场参考价附近最高。",
            ),
            evidence: &[
                now("active", ActiveCustomers),
                base("active_base", ActiveCustomers),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
            ],
            claims: &[
                Claim::Above(
                    now("active", ActiveCustomers),
                    Side::Figure(base("active_base", ActiveCustomers)),
                ),
                Claim::Below(
                    now("profit", CumulativeProfit),
                    Side::Figure(base("profit_base", CumulativeProfit)),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A budget airline raises its fares by 20% to lift margins. Its business travellers barely react, and this quarter's profit is up. Whom should it worry about?",
            "一家廉价航空公司把票价提高 20% 以提升利润率。商务旅客几乎没有反应，本季度利润也上升了。它应该担心谁？",
        ),
        options: &[
            wrong(
                t(
                    "Nobody: profit went up.",
                    "谁都不用担心：利润上升了。",
                ),
                t(
                    "The first months show the higher margin before the customers who lost most have left; profit over the years tells the rest.",
                    "最初几个月体现的是更高的利润率，那时损失最大的客户还没走完；多年的利润才能说明全部情况。",
                ),
            ),
            right(t(
                "Its price-sensitive leisure travellers: their delivered value fell most, and as they leave they take future profit with them.",
                "对价格敏感的休闲旅客：他们的让渡价值下降最多，他们离开时也带走了未来的利润。",
            )),
            wrong(
                t(
                    "The business travellers, because they pay the most.",
                    "商务旅客，因为他们付得最多。",
                ),
                t(
                    "They weigh time and service more than price, so the same fare rise takes far less from their delivered value.",
                    "他们更看重时间和服务而不是价格，同样的涨价对他们让渡价值的削减要小得多。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "Delivered value is total customer value minus total customer cost, and price weighs most in the cost of price-sensitive customers. They lose the most satisfaction and leave first; the higher margin shows at once, the lost customers only over the following months.",
            "客户让渡价值是客户总价值减去客户总成本，而价格在价格敏感客户的成本中分量最重。他们的满意度下降最多，也最先离开；更高的利润率立刻就能看到，失去的客户要在之后的几个月里才显现出来。",
        ),
    },
    tool: None,
};
