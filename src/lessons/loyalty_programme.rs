//! Lesson 12: designing a loyalty programme (会员计划) and the trap of
//! incentive-only loyalty (激励忠诚): customers who stay for the points
//! leave when the points go.

use super::evidence::{Readout::*, Side};
use super::{base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "loyalty-programme",
    title: t(
        "Designing a loyalty programme, and its trap",
        "设计会员计划，以及它的陷阱",
    ),
    objective: t(
        "Give customers points for what they spend, measure what the programme costs and what it keeps, and see the customers who stay only for the points.",
        "按消费给客户积分，衡量会员计划的成本和它留住的客户，并认清那些只为积分而留下的客户。",
    ),
    intro: t(
        "A loyalty programme returns part of what members spend as points. Points to lose make leaving dearer (a switching cost) and give customers a reason to stay: incentive loyalty. The points are a cost, and points not yet redeemed are a debt to the members. A programme pays where it keeps customers a rival would take; and customers who stay only for the reward leave when it goes.",
        "会员计划把会员消费的一部分以积分返还。积分让离开的代价变高（转移成本），也给了客户留下的理由：激励忠诚。积分是成本，尚未兑换的积分是欠会员的债。会员计划只有在留住了本会被竞争对手抢走的客户时才有回报；只为奖励而留下的客户，奖励一停就会离开。",
    ),
    preset: Preset {
        scenario: "competitive",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (36) and pin this run as a baseline: no loyalty programme, in a market where the rival pulls hard.",
                "前往最后一个月（第 36 个月），把这次模拟固定为基准：在竞争对手吸引力很强的市场里，不设会员计划。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned),
            chart: ChartKind::LoyaltyTypes,
            notice: t(
                "In this market {lost} customers were lost in three years, and cumulative profit is {profit}. Nobody is incentive-loyal yet: there is no programme.",
                "在这个市场里，三年流失了 {lost} 位客户，累计利润为 {profit}。还没有激励型忠诚的客户：因为没有会员计划。",
            ),
            evidence: &[
                now("lost", ChurnedSoFar),
                now("profit", CumulativeProfit),
                now("incentive", LoyaltyTypeShare(5)),
            ],
            claims: &[Claim::Below(now("incentive", LoyaltyTypeShare(5)), Side::Value(0.001))],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Start a points programme: return 2% of what members spend as points (points rate 2%; every customer is a member).",
                "开始一项积分计划：把会员消费的 2% 以积分返还（积分比例 2%；每位客户都是会员）。",
            ),
            goal: Goal::LeverAtLeast(LeverId::PointsRate, 0.02),
            chart: ChartKind::Money,
            notice: t(
                "{members} members. The points redeemed cost {cost} so far, and members hold {liability} of points not yet redeemed, a debt the firm owes. Customers lost: {lost} against {lost_base}; cumulative profit {profit} against {profit_base}. Where the rival pulls customers away, points that give them a reason to stay pay for themselves.",
                "会员 {members} 位。已兑换的积分累计花费 {cost}，会员手中还有价值 {liability}的积分尚未兑换，这是企业欠下的债。流失客户 {lost} 位，基准为 {lost_base} 位；累计利润 {profit}，基准为 {profit_base}。在竞争对手不断拉走客户的市场里，给客户一个留下理由的积分能收回成本。",
            ),
            evidence: &[
                now("members", Members),
                now("cost", ProgrammeCostSoFar),
                now("liability", PointsLiability),
                now("lost", ChurnedSoFar),
                base("lost_base", ChurnedSoFar),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Cumulative profit with 2% of spend returned as points, compared with no programme:",
                    "把消费的 2% 以积分返还后的累计利润，与不设会员计划相比：",
                ),
                figure: now("profit", CumulativeProfit),
                against: base("profit_base", CumulativeProfit),
            }),
            claims: &[
                Claim::Below(
                    now("lost", ChurnedSoFar),
                    Side::Figure(base("lost_base", ChurnedSoFar)),
                ),
                Claim::Above(
                    now("profit", CumulativeProfit),
                    Side::Times(base("profit_base", CumulativeProfit), 1.2),
                ),
                Claim::Above(now("liability", PointsLiability), Side::Value(0.0)),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Let the programme do all the work: points rate 8%, and service quality cut to 4.",
                "让会员计划包揽一切：积分比例提高到 8%，同时把服务质量降到 4。",
            ),
            goal: Goal::Both(
                &Goal::LeverAtLeast(LeverId::PointsRate, 0.08),
                &Goal::LeverAtMost(LeverId::ServiceQuality, 4.0),
            ),
            chart: ChartKind::LoyaltyTypes,
            notice: t(
                "Now {incentive} of the active customers are incentive-loyal: they stay for the points, not for us. Their attitude shows it: mean attitudinal loyalty is {loyalty} against {loyalty_base}. Cumulative profit is {profit}. Such loyalty leaves with the incentive: stop the points (in a coursework round, or a decision schedule) and these customers go within a few months.",
                "现在有 {incentive} 的活跃客户属于激励型忠诚：他们为积分而留下，而不是为我们。态度也说明了这一点：平均态度忠诚度为 {loyalty}，基准为 {loyalty_base}。累计利润为 {profit}。这样的忠诚会随激励一起离开：停掉积分（在课程作业的某一轮，或按决策时间表），这些客户几个月内就会离开。",
            ),
            evidence: &[
                now("incentive", LoyaltyTypeShare(5)),
                now("loyalty", Loyalty),
                base("loyalty_base", Loyalty),
                now("profit", CumulativeProfit),
            ],
            claims: &[
                Claim::Above(now("incentive", LoyaltyTypeShare(5)), Side::Value(0.5)),
                Claim::Below(now("loyalty", Loyalty), Side::Figure(base("loyalty_base", Loyalty))),
                Claim::Below(now("profit", CumulativeProfit), Side::Value(0.0)),
            ],
            ..Step::PLAIN
        },
    ],
    question: super::Question {
        ask: t(
            "A coffee chain's app gives generous points and most of its customers are members, yet surveys show they rate its coffee poorly. A rival launches a richer app. What does the course expect?",
            "一家咖啡连锁店的应用积分很丰厚，大多数顾客都是会员，但调查显示他们对咖啡评价很低。一个竞争对手推出了奖励更丰厚的应用。按课程的观点会怎样？",
        ),
        options: &[
            wrong(
                t(
                    "Few leave: members have points to lose.",
                    "很少有人离开：会员有积分，走了就会损失。",
                ),
                t(
                    "Points to lose hold a customer a little, but when the reward is the only reason to stay, a richer reward elsewhere outweighs it.",
                    "积分会让客户有所顾忌，但当奖励是留下的唯一理由时，别处更丰厚的奖励就会胜过它。",
                ),
            ),
            right(t(
                "Many leave: their loyalty is to the points (incentive loyalty), not to the chain.",
                "很多人会离开：他们忠诚于积分（激励忠诚），而不是这家连锁店。",
            )),
            wrong(
                t(
                    "Nobody leaves: members are loyal customers by definition.",
                    "没有人会离开：会员按定义就是忠诚客户。",
                ),
                t(
                    "Membership is behaviour, not attitude: customers who rate the coffee poorly have no reason of their own to stay.",
                    "会员身份是行为，不是态度：对咖啡评价很低的顾客，自己并没有留下的理由。",
                ),
            ),
            wrong(
                t(
                    "They stay if the chain cuts its points to save money for better coffee.",
                    "只要连锁店削减积分、省下钱做更好的咖啡，他们就会留下。",
                ),
                t(
                    "Better coffee takes time to change minds, and cutting the points removes the only reason they stay today.",
                    "更好的咖啡需要时间才能改变看法，而削减积分会拿走他们今天留下的唯一理由。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "A programme buys behaviour; attitude comes from the value customers receive. Customers held only by the incentive (incentive loyalty) leave when a better incentive appears or the programme stops. A programme works best on top of a good offer, where it adds a reason to stay to the customers' own.",
            "会员计划买来的是行为；态度来自客户得到的价值。只靠激励留住的客户（激励忠诚），一旦出现更好的激励或计划停止，就会离开。会员计划最好建立在好的产品和服务之上，为客户本来就有的留下理由再加一个。",
        ),
    },
    tool: None,
};
