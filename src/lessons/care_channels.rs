//! Lesson 11: choosing care channels (客户关怀工具) for each segment: what a
//! contact costs, whom it reaches, and when more contacts annoy.

use super::evidence::{Readout::*, Side};
use super::{base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "care-channels",
    title: t(
        "Choosing care channels for each segment",
        "为不同客户群选择关怀工具",
    ),
    objective: t(
        "Compare care by phone, instant message, email and SMS: what each contact costs, whom it reaches and how strongly, and when more contacts start to annoy.",
        "比较电话、在线消息、邮件和短信四种关怀工具：每次接触的成本、能接触到谁、效果有多强，以及接触过多何时开始惹人厌烦。",
    ),
    intro: t(
        "Care reaches customers through channels. A call is the strongest contact and the dearest (5 ¥); an instant message costs nothing but reaches only customers who are online; emails and texts cost a few fen and are easily ignored. Every channel intrudes a little: past a customer's tolerance, more contacts lower satisfaction. The best mix depends on what the customers are worth and how they can be reached.",
        "关怀要通过工具送达客户。电话效果最强，也最贵（每次 5 元）；在线消息不花钱，却只能接触到在线的客户；邮件和短信每次只要几分钱，却容易被忽略。每种工具都会打扰客户：超过客户的容忍度后，接触越多，满意度越低。最好的组合取决于客户的价值和接触他们的途径。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[
            (LeverId::CareSms, 0.0),
            (LeverId::CarePhone, 0.0),
            (LeverId::CareIm, 0.0),
            (LeverId::CareEmail, 0.0),
        ],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (36) and pin this run as a baseline: no care at all.",
                "前往最后一个月（第 36 个月），把这次模拟固定为基准：完全不做客户关怀。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned),
            chart: ChartKind::Care,
            notice: t(
                "Without care, {lost} customers were lost in three years and cumulative profit is {profit}. Value seekers, the largest segment, are the least loyal: {vs} of them are still buying a year later, against {pr} of premium customers.",
                "不做关怀时，三年里流失了 {lost} 位客户，累计利润为 {profit}。人数最多的价值寻求者最不忠诚：一年后仍在购买的只有 {vs}，高端客户则有 {pr}。",
            ),
            evidence: &[
                now("lost", ChurnedSoFar),
                now("profit", CumulativeProfit),
                now("vs", SegmentRetention(0)),
                now("pr", SegmentRetention(2)),
            ],
            claims: &[Claim::Below(
                now("vs", SegmentRetention(0)),
                Side::Figure(now("pr", SegmentRetention(2))),
            )],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Care by the strongest channel: call every customer twice a month (phone calls 2).",
                "用效果最强的工具关怀：每月给每位客户打两次电话（电话次数设为 2）。",
            ),
            goal: Goal::LeverAtLeast(LeverId::CarePhone, 2.0),
            chart: ChartKind::Money,
            notice: t(
                "The calls keep customers: {lost} lost against {lost_base} without care. But at 5 ¥ a call they cost {cost} over three years, and cumulative profit falls to {profit} against {profit_base}: most customers, value seekers above all, are not worth two calls a month.",
                "电话留住了客户：流失 {lost} 位，不做关怀时为 {lost_base} 位。但每次电话 5 元，三年共花费 {cost}，累计利润降到 {profit}，基准为 {profit_base}：大多数客户，尤其是价值寻求者，不值得每月打两次电话。",
            ),
            evidence: &[
                now("lost", ChurnedSoFar),
                base("lost_base", ChurnedSoFar),
                now("cost", RetentionCostSoFar),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Cumulative profit with two calls a month to every customer, compared with no care:",
                    "每月给每位客户打两次电话后的累计利润，与不做关怀相比：",
                ),
                figure: now("profit", CumulativeProfit),
                against: base("profit_base", CumulativeProfit),
            }),
            claims: &[
                Claim::Below(
                    now("lost", ChurnedSoFar),
                    Side::Times(base("lost_base", ChurnedSoFar), 0.9),
                ),
                Claim::Below(
                    now("profit", CumulativeProfit),
                    Side::Times(base("profit_base", CumulativeProfit), 0.8),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Care by the channels that cost almost nothing: no calls, 4 instant messages and 2 emails a month.",
                "改用几乎不花钱的工具：不打电话，每月 4 条在线消息和 2 封邮件。",
            ),
            goal: Goal::Both(
                &Goal::LeverAtMost(LeverId::CarePhone, 0.0),
                &Goal::Both(
                    &Goal::LeverAtLeast(LeverId::CareIm, 4.0),
                    &Goal::LeverAtLeast(LeverId::CareEmail, 2.0),
                ),
            ),
            chart: ChartKind::Care,
            notice: t(
                "This care costs {cost} in three years, and cumulative profit is {profit} against {profit_base} without care. Instant messages reach only customers who are online: most value seekers (85%), few premium customers (35%). Value seekers still buying a year later rose from {vs_base} to {vs}; premium customers, from {pr_base} to {pr}. For premium customers, worth more and online less, a call can still pay: aim it at the value at risk (lesson 10).",
                "三年只花费 {cost}，累计利润为 {profit}，不做关怀时为 {profit_base}。在线消息只能接触到在线的客户：大多数价值寻求者在线（85%），高端客户在线的不多（35%）。一年后仍在购买的价值寻求者从 {vs_base} 升至 {vs}；高端客户从 {pr_base} 升至 {pr}。高端客户价值更高、在线更少，对他们打电话仍可能有回报：把电话瞄准流失风险价值（第 10 课）。",
            ),
            evidence: &[
                now("cost", RetentionCostSoFar),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
                now("vs", SegmentRetention(0)),
                base("vs_base", SegmentRetention(0)),
                now("pr", SegmentRetention(2)),
                base("pr_base", SegmentRetention(2)),
            ],
            claims: &[
                Claim::Above(
                    now("profit", CumulativeProfit),
                    Side::Times(base("profit_base", CumulativeProfit), 1.15),
                ),
                Claim::Above(
                    now("vs", SegmentRetention(0)),
                    Side::Times(base("vs_base", SegmentRetention(0)), 1.1),
                ),
                Claim::Above(
                    now("pr", SegmentRetention(2)),
                    Side::Figure(base("pr_base", SegmentRetention(2))),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Is more always better? Keep the messages and emails, and add 20 text messages (SMS) a month.",
                "接触越多越好吗？保留在线消息和邮件，再加上每月 20 条短信。",
            ),
            goal: Goal::LeverAtLeast(LeverId::CareSms, 20.0),
            chart: ChartKind::Care,
            notice: t(
                "The texts cost little, yet twenty a month is past most customers' tolerance: they feel pestered. Mean satisfaction falls to {sat} against {sat_base} without care, and cumulative profit to {profit} against {profit_base}. Contacts beyond tolerance cost satisfaction: the chart shows the customers annoyed.",
                "短信花费不多，但每月 20 条已超过大多数客户的容忍度：他们觉得被骚扰。平均满意度降到 {sat}，不做关怀时为 {sat_base}；累计利润降到 {profit}，基准为 {profit_base}。超过容忍度的接触会损害满意度：图中显示了被打扰的客户。",
            ),
            evidence: &[
                now("sat", Satisfaction),
                base("sat_base", Satisfaction),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Mean satisfaction with 20 more texts a month, compared with no care:",
                    "每月再加 20 条短信后的平均满意度，与不做关怀相比：",
                ),
                figure: now("sat", Satisfaction),
                against: base("sat_base", Satisfaction),
            }),
            claims: &[
                Claim::Below(
                    now("sat", Satisfaction),
                    Side::Times(base("sat_base", Satisfaction), 0.9),
                ),
                Claim::Below(
                    now("profit", CumulativeProfit),
                    Side::Figure(base("profit_base", CumulativeProfit)),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: super::Question {
        ask: t(
            "A bank cares for many small savers who use its app daily and a few wealthy clients who rarely do. Which plan fits what this lesson showed?",
            "一家银行要关怀两类客户：每天使用手机银行的大量小额储户，以及很少使用手机银行的少数高净值客户。哪个方案符合本课的结论？",
        ),
        options: &[
            wrong(
                t(
                    "A monthly call to every customer: the strongest contact.",
                    "每月给每位客户打一次电话：这是效果最强的接触方式。",
                ),
                t(
                    "A call costs more than most small savers bring: the strongest contact is worth it only where a lot of value is at stake.",
                    "一次电话的成本超过大多数小额储户带来的收益：只有在涉及大量价值时，效果最强的接触才值得。",
                ),
            ),
            wrong(
                t(
                    "Daily texts to everyone: they cost almost nothing, so more is better.",
                    "每天给所有人发短信：几乎不花钱，所以越多越好。",
                ),
                t(
                    "Past a customer's tolerance, contacts annoy: satisfaction falls and the texts lose more than they keep.",
                    "超过客户的容忍度，接触就会惹人厌烦：满意度下降，短信失去的比留住的更多。",
                ),
            ),
            right(t(
                "In-app messages and email for the small savers; a personal call for the wealthy clients whose value is at risk.",
                "对小额储户用应用内消息和邮件；对有流失风险的高净值客户打个人电话。",
            )),
            wrong(
                t(
                    "In-app messages for everyone: they are free.",
                    "对所有人都用应用内消息：它们不花钱。",
                ),
                t(
                    "A message reaches only customers who are online: the wealthy clients rarely are, so they would hardly hear from the bank.",
                    "消息只能接触到在线的客户：高净值客户很少在线，几乎收不到银行的关怀。",
                ),
            ),
        ],
        answer: 2,
        explain: t(
            "Each channel has its cost, reach and strength. Cheap channels that customers use suit the many who bring little; the dear, strong channel pays only where much value is at risk; and any channel, past the customer's tolerance, annoys.",
            "每种工具都有各自的成本、覆盖面和效果。客户常用的低成本工具适合人数多、贡献小的客户；昂贵而有效的工具只在涉及大量价值时才有回报；任何工具超过客户的容忍度都会惹人厌烦。",
        ),
    },
    tool: None,
};
