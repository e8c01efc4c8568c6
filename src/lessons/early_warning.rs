//! Lesson 13: churn early warning (流失预警) and the save plan (挽救):
//! finding the customers about to leave, and measuring what saving them
//! is worth against the same run without it.

use super::evidence::{Readout::*, Side, View};
use super::{base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "early-warning",
    title: t(
        "Early warning: finding and saving the customers about to leave",
        "流失预警：找出并挽救即将离开的客户",
    ),
    objective: t(
        "Read the early-warning list (who is likely to leave next month, what they are worth, and why), make a save offer to the valuable ones, and measure what it keeps against the same run without it.",
        "读懂流失预警名单（谁下个月可能离开、价值多少、原因是什么），向其中有价值的客户提出挽救方案，并与不做挽救的同一次模拟比较，衡量它留住了多少客户。",
    ),
    intro: t(
        "Customers rarely leave without signs: a failure, a price gap, fading trust, a rival's offer. An early warning ranks customers by their chance of leaving next month; a save plan makes a one-off offer or call to the flagged customers whose value at risk (churn risk × value) is worth it. Unlike win-back, it acts before they go.",
        "客户很少毫无征兆地离开：服务失误、价格差距、信任减弱、竞争对手的优惠。流失预警按客户下个月离开的可能性排序；挽救计划向流失风险价值（流失风险 × 价值）值得挽救的预警客户提出一次性的优惠或电话。与流失挽救不同，它在客户离开之前行动。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to month 24 and read the early-warning list.",
                "前往第 24 个月，阅读流失预警名单。",
            ),
            goal: Goal::MonthAtLeast(24),
            chart: ChartKind::Rates,
            notice: t(
                "{at_risk} customers are at risk: without this month's care, each would have an 8% or greater chance of leaving next month. Together they put {var} at risk (churn risk × what keeping each is worth). The table shows the five with the most value at risk and the main reason each may leave.",
                "有 {at_risk} 位客户处于流失预警中：如果本月不做关怀，每人下个月离开的概率都在 8% 及以上。他们合计的流失风险价值为 {var}（流失风险 × 留住该客户的价值）。表中列出流失风险价值最高的五位客户，以及每人可能离开的主要原因。",
            ),
            evidence: &[now("at_risk", AtRisk), now("var", ValueAtRisk)],
            view: Some(View::WarningTop),
            claims: &[Claim::Above(now("at_risk", AtRisk), Side::Value(50.0))],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Pin this run as a baseline: no save plan.",
                "把这次模拟固定为基准：不做挽救。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Rates,
            notice: t(
                "Without a save plan, {lost} customers were lost by month 24.",
                "不做挽救时，到第 24 个月共流失 {lost} 位客户。",
            ),
            evidence: &[now("lost", ChurnedSoFar)],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Start a save plan: a 20 ¥ offer or call to each flagged customer whose value at risk is worth it (save offer 20 ¥).",
                "启动挽救计划：向流失风险价值值得挽救的每位预警客户提供 20 元的优惠或电话（挽救投入 20 元）。",
            ),
            goal: Goal::LeverAtLeast(LeverId::SaveOffer, 20.0),
            chart: ChartKind::Stages,
            notice: t(
                "{attempts} save offers were made and {saved} took. Yet only {fewer} fewer customers were lost than without the plan: many customers on the list would have stayed this time anyway, and some who were saved leave later. A save is worth the customers it keeps who would otherwise have gone, measured against the same run without it. The plan cost {cost}; customer equity is {equity_gain} higher than without it.",
                "共提出 {attempts} 次挽救，其中 {saved} 次成功。但与不做挽救相比，流失的客户只少了 {fewer} 位：名单上的许多客户这一次本来就会留下，而一些被挽救的客户后来还是离开了。挽救的价值在于留住了本会离开的客户，要与不做挽救的同一次模拟比较才能衡量。挽救计划花费 {cost}；客户资产比不做挽救时高 {equity_gain}。",
            ),
            evidence: &[
                now("attempts", SaveAttemptsSoFar),
                now("saved", SavedSoFar),
                now("fewer", FewerLostThanBaseline),
                now("cost", SaveCostSoFar),
                now("equity_gain", Gain(&CustomerEquity)),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Customers lost by month 24 with the save plan, compared with none:",
                    "有挽救计划时到第 24 个月流失的客户数，与不做挽救相比：",
                ),
                figure: now("lost", ChurnedSoFar),
                against: base("lost_base", ChurnedSoFar),
            }),
            claims: &[
                Claim::Above(now("fewer", FewerLostThanBaseline), Side::Value(0.0)),
                Claim::Above(
                    now("saved", SavedSoFar),
                    Side::Times(now("fewer", FewerLostThanBaseline), 3.0),
                ),
                Claim::Above(now("equity_gain", Gain(&CustomerEquity)), Side::Value(0.0)),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Go to the last month (36): does the plan pay?",
                "前往最后一个月（第 36 个月）：挽救计划有回报吗？",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Money,
            notice: t(
                "Within three years the plan about pays for its offers: cumulative profit is {profit} and differs from the baseline's by {profit_gain}. But the customers it kept are still buying: customer equity is {equity_gain} higher, so cumulative profit plus customer equity is {total_gain} higher than without the plan. Aimed at value at risk, a save plan pays over the customers' lifetimes, most of it after the offer.",
                "三年内，挽救计划大致收回了优惠的成本：累计利润为 {profit}，与基准相差 {profit_gain}。但它留住的客户仍在购买：客户资产高出 {equity_gain}，累计利润加客户资产比不做挽救时高 {total_gain}。瞄准流失风险价值的挽救计划，在客户的整个生命周期中有回报，大部分回报在挽救之后才到来。",
            ),
            evidence: &[
                now("profit", CumulativeProfit),
                now("profit_gain", Gain(&CumulativeProfit)),
                now("equity_gain", Gain(&CustomerEquity)),
                now("total_gain", Gain(&ProfitAndEquity)),
            ],
            claims: &[
                Claim::Above(
                    now("profit_gain", Gain(&CumulativeProfit)),
                    Side::Times(base("profit_base", CumulativeProfit), -0.03),
                ),
                Claim::Below(
                    now("profit_gain", Gain(&CumulativeProfit)),
                    Side::Times(base("profit_base", CumulativeProfit), 0.03),
                ),
                Claim::Above(now("equity_gain", Gain(&CustomerEquity)), Side::Value(0.0)),
                Claim::Above(now("total_gain", Gain(&ProfitAndEquity)), Side::Value(0.0)),
            ],
            ..Step::PLAIN
        },
    ],
    question: super::Question {
        ask: t(
            "A telecom's early warning flags 2,000 subscribers a month; its retention team can call 300. Whom should it call?",
            "一家电信公司的流失预警每月标记 2,000 位用户，它的挽留团队只能打 300 个电话。应该打给谁？",
        ),
        options: &[
            wrong(
                t(
                    "The 300 most likely to leave.",
                    "最可能离开的 300 位。",
                ),
                t(
                    "Likely to leave is half of it: keeping a subscriber who brings little is worth little, however likely they were to go.",
                    "离开的可能性只是一半：留住一位贡献很少的用户，价值也很小，无论其离开的可能性有多大。",
                ),
            ),
            right(t(
                "The 300 flagged subscribers with the most value at risk, with an offer that fits the reason each may leave.",
                "流失风险价值最高的 300 位预警用户，并针对每人可能离开的原因提出相应的方案。",
            )),
            wrong(
                t(
                    "Nobody: customers on the list leave anyway.",
                    "谁也不打：名单上的客户反正会离开。",
                ),
                t(
                    "Many flagged customers can be kept, a failure put right most easily: the list is there to act on before they go.",
                    "许多预警客户是留得住的，服务失误造成的最容易挽回：名单就是为了在客户离开之前采取行动。",
                ),
            ),
            wrong(
                t(
                    "Those who complained, since they are the unhappy ones.",
                    "投诉过的用户，因为他们最不满意。",
                ),
                t(
                    "Most customers who leave never complain: the warning finds the quiet ones as well.",
                    "大多数离开的客户从不投诉：流失预警也能找出那些沉默的客户。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "Value at risk (churn risk × value) ranks the flagged customers by what their leaving would cost. The reason they may leave decides what offer can keep them; and a save plan is measured by the customers it keeps who would otherwise have gone.",
            "流失风险价值（流失风险 × 价值）按客户离开会造成的损失给预警客户排序。客户可能离开的原因决定了什么样的方案能留住他们；而挽救计划的成效，要看它留住了多少本会离开的客户。",
        ),
    },
    tool: None,
};
