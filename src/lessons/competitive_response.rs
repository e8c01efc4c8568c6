//! Lesson 14: competitive response (竞争应对) — a rival's price cut, how
//! loyal customers buffer it, and what matching the cut costs. The market is
//! the retail one whose competitor cuts its price by 15% in month 13
//! (`sim::scenario::LESSON_MARKETS`); in a classroom league the rival is
//! another team.

use super::evidence::{at, base_at, Readout::*};
use super::{
    base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question, Side,
    Step,
};
use crate::sim::LeverId;

/// The month before the cut and the month of the cut.
const CALM: u32 = 12;
const CUT: u32 = crate::sim::scenario::PRICE_CUT_MONTH;
// The words name these months.
const _: () = assert!(CALM == 12 && CUT == 13);

pub const LESSON: Lesson = Lesson {
    id: "competitive-response",
    title: t(
        "Competitive response: a rival's price cut, and loyal customers as a buffer",
        "竞争应对：对手降价与忠诚客户的缓冲作用",
    ),
    objective: t(
        "See how a rival's price cut pulls customers away, why loyal customers leave less, and what matching the cut costs.",
        "观察对手降价如何把客户拉走，为什么忠诚客户流失更少，以及跟随降价的代价。",
    ),
    intro: t(
        "In this market the competitor cuts its price by 15% in month 13. A price cut raises the pull of the rival's offer on every customer at once. Customers who are cared for, who have built up rewards, or who simply like us are moored: they weigh the rival's offer less. The other response, matching the price, keeps customers by giving every one of them the lower price.",
        "在这个市场中，竞争者在第 13 个月降价 15%。降价会同时增强对手产品对每一位客户的吸引力。受到关怀的客户、积累了奖励的客户，或者本来就喜欢我们的客户，会被“拴住”：他们不太在意对手的条件。另一种应对是跟随降价，它靠把低价给每一位客户来留住客户。",
    ),
    preset: Preset {
        scenario: "price_cut",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Pin the current run as a baseline: a firm with the default care and no loyalty programme.",
                "把当前模拟固定为基准：一家只有默认客户关怀、没有忠诚计划的企业。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Rates,
            notice: t(
                "The baseline sells at the reference price with the default service and care, and gives no loyalty points. Its rival is calm for a year.",
                "基准按市场参考价销售，服务和客户关怀为默认水平，不发放忠诚积分。对手在第一年按兵不动。",
            ),
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Before you look: what happens to retention when the rival cuts its price? Then go to month 14, a month after the cut.",
                "先想一想：对手降价时，客户保持率会怎样？然后前往第 14 个月，即降价后一个月。",
            ),
            goal: Goal::MonthAtLeast(14),
            chart: ChartKind::Rates,
            notice: t(
                "In month 12 the month's retention, compounded over a year, was {ret_calm}; in month 13, the month of the cut, it fell to {ret_cut}. Nothing changed in our service: the rival's offer simply pulls harder on every customer.",
                "第 12 个月，按全年复合计算的客户保持率为 {ret_calm}；在降价当月（第 13 个月）降到了 {ret_cut}。我们的服务没有任何变化：只是对手的条件对每一位客户的拉力都变大了。",
            ),
            evidence: &[
                at("ret_calm", AnnualRetention, CALM),
                at("ret_cut", AnnualRetention, CUT),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Retention (compounded over a year) in the month of the rival's cut, against the month before:",
                    "对手降价当月的客户保持率（按全年复合计算），与前一个月相比：",
                ),
                figure: at("ret_cut", AnnualRetention, CUT),
                against: at("ret_calm", AnnualRetention, CALM),
            }),
            claims: &[Claim::Below(
                at("ret_cut", AnnualRetention, CUT),
                Side::Times(at("ret_calm", AnnualRetention, CALM), 0.8),
            )],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Build loyalty before the cut: a loyalty programme that gives back 3% or more of spending in points.",
                "在对手降价之前培养忠诚：设立忠诚计划，按消费返还 3% 或更多的积分。",
            ),
            goal: Goal::LeverAtLeast(LeverId::PointsRate, 0.03),
            chart: ChartKind::Rates,
            notice: t(
                "Your firm went into the cut keeping {ret_calm} a year, the baseline {ret_calm_base}. The cut took yours to {ret_cut} and the baseline's to {ret_cut_base}: members with points to lose are moored (their reward works like a switching cost), so a smaller share of them followed the rival's price.",
                "你的企业在对手降价前的年保持率为 {ret_calm}，基准为 {ret_calm_base}。降价后，你的降到 {ret_cut}，基准降到 {ret_cut_base}：有积分可失的会员被“拴住”了（奖励的作用如同转移成本），因此追随对手低价的比例更小。",
            ),
            evidence: &[
                at("ret_calm", AnnualRetention, CALM),
                base_at("ret_calm_base", AnnualRetention, CALM),
                at("ret_cut", AnnualRetention, CUT),
                base_at("ret_cut_base", AnnualRetention, CUT),
            ],
            claims: &[
                Claim::Above(
                    at("ret_cut", AnnualRetention, CUT),
                    Side::Figure(base_at("ret_cut_base", AnnualRetention, CUT)),
                ),
                // A smaller share lost: the loyal firm keeps more than 70%
                // of its retention through the cut, the baseline less.
                Claim::Above(
                    at("ret_cut", AnnualRetention, CUT),
                    Side::Times(at("ret_calm", AnnualRetention, CALM), 0.7),
                ),
                Claim::Below(
                    base_at("ret_cut_base", AnnualRetention, CUT),
                    Side::Times(base_at("ret_calm_base", AnnualRetention, CALM), 0.7),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Go to the last month, month 36.",
                "前往最后一个月，即第 36 个月。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Clv,
            notice: t(
                "Points cost money: cumulative profit is {profit} against the baseline's {profit_base}. But the customers they kept are worth more: customer equity is {equity} against {equity_base}, {active} active customers against {active_base}.",
                "积分需要花钱：累计利润为 {profit}，基准为 {profit_base}。但它们留住的客户更有价值：客户资产为 {equity}，基准为 {equity_base}；活跃客户 {active} 位，基准 {active_base} 位。",
            ),
            evidence: &[
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
                now("equity", CustomerEquity),
                base("equity_base", CustomerEquity),
                now("active", ActiveCustomers),
                base("active_base", ActiveCustomers),
            ],
            claims: &[
                Claim::Above(
                    now("equity", CustomerEquity),
                    Side::Times(base("equity_base", CustomerEquity), 1.1),
                ),
                Claim::Above(
                    now("active", ActiveCustomers),
                    Side::Figure(base("active_base", ActiveCustomers)),
                ),
                // A little lower, not much: the words say so.
                Claim::Above(
                    now("profit", CumulativeProfit),
                    Side::Times(base("profit_base", CumulativeProfit), 0.85),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Now the other response instead: no points (0%), and match the rival's price, 0.85 × the reference price or less.",
                "改试另一种应对：取消积分（0%），并跟随对手降价，把价格设为市场参考价的 0.85 倍或更低。",
            ),
            goal: Goal::Both(
                &Goal::LeverAtMost(LeverId::PointsRate, 0.0),
                &Goal::LeverAtMost(LeverId::Price, 0.85),
            ),
            chart: ChartKind::Money,
            notice: t(
                "Matching the price wins customers: {active} active against the baseline's {active_base}. But every customer now pays less, the loyal ones who would have stayed included: cumulative profit is {profit} against {profit_base}.",
                "跟随降价赢得了客户：活跃客户 {active} 位，基准为 {active_base} 位。但现在每位客户都付得更少，包括那些本来就会留下的忠诚客户：累计利润为 {profit}，基准为 {profit_base}。",
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
                    Side::Times(base("active_base", ActiveCustomers), 1.5),
                ),
                Claim::Below(
                    now("profit", CumulativeProfit),
                    Side::Times(base("profit_base", CumulativeProfit), 0.5),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A rival bank cuts its fees by 20%. Bank A calls its best customers and runs a rewards programme its customers use; Bank B does neither. What is most likely in the next months?",
            "一家竞争银行把手续费降低 20%。A 银行定期致电其优质客户，并有客户常用的积分奖励计划；B 银行两者都没有。接下来几个月最可能发生什么？",
        ),
        options: &[
            wrong(
                t(
                    "Neither loses customers if its service is good.",
                    "只要服务好，两家银行都不会流失客户。",
                ),
                t(
                    "A price cut raises the pull of the rival's offer on every customer, satisfied ones included: good service lowers the share who leave, it does not make it zero.",
                    "降价会增强对手条件对每一位客户的拉力，满意的客户也不例外：好的服务能降低流失比例，但不能让它变成零。",
                ),
            ),
            right(t(
                "Both lose customers at first, but a smaller share of Bank A's: cared for and holding rewards, its customers weigh the rival's lower fee less.",
                "两家起初都会流失客户，但 A 银行流失的比例更小：受到关怀、持有积分的客户不那么在意对手的低费用。",
            )),
            wrong(
                t(
                    "Both should match the cut at once: that is the only way to keep customers.",
                    "两家都应立即跟随降价：这是留住客户的唯一办法。",
                ),
                t(
                    "Matching keeps customers by giving every one of them the lower price, including those who would have stayed: it defends the share and gives away the margin.",
                    "跟随降价是靠把低价给每一位客户来留住他们，包括那些本来就会留下的客户：它守住了份额，却让出了利润。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "A rival's price cut pulls on every customer at once. Loyalty, built by care, switching costs and rewards that would be lost, moors customers: they weigh the rival's offer less, so a loyal base loses a smaller share. Matching the price is the other defence, paid for on every customer's margin.",
            "对手降价会同时拉动每一位客户。由关怀、转移成本和会失去的奖励所建立的忠诚会拴住客户：他们不那么在意对手的条件，因此忠诚的客户群流失比例更小。跟随降价是另一种防御，代价是每位客户的利润。",
        ),
    },
    tool: None,
};
