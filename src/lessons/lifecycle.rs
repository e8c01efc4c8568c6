//! Lesson 1: the customer relationship lifecycle (客户关系生命周期) — stages,
//! the flows between them, and win-back (流失挽救).

use super::evidence::{Readout::*, View};
use super::{
    at, base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question,
    Side, Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "lifecycle",
    title: t(
        "The customer lifecycle: stages and flows",
        "客户关系生命周期：阶段与流动",
    ),
    objective: t(
        "Name the five stages of the customer relationship and see customers flow through them, and back again with win-back.",
        "掌握客户关系生命周期的五个阶段，观察客户在各阶段之间的流动，以及流失挽救如何把客户带回来。",
    ),
    intro: t(
        "A relationship moves through acquisition, growth, maturity and decline, and may end in churn. Prospects become customers; churned customers can be won back. The stacked chart shows how many customers are in each stage every month.",
        "客户关系依次经过获取期、提升期、成熟期和衰退期，最终可能进入流失期。潜在客户转为客户；流失客户可以被挽回。堆叠面积图显示每个月处于各阶段的客户人数。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Month 6 is on screen. Press ▶ Play (or drag the month slider) and stop at month 12 or later.",
                "屏幕上是第 6 个月。点 ▶ 播放（或拖动月份滑块），停在第 12 个月或更晚的月份。",
            ),
            goal: Goal::MonthAtLeast(12),
            chart: ChartKind::Stages,
            notice: t(
                "Follow the bands: new customers enter acquisition, grow, settle in maturity; some slip into decline and churn. The table counts this month's moves between stages: {new} customers joined so far and {lost} have left.",
                "顺着色带看：新客户进入获取期，逐步提升，在成熟期稳定下来；有些滑入衰退期并流失。下表列出本月各阶段之间的流动：到目前为止共有 {new} 位新客户加入，{lost} 位客户离开。",
            ),
            evidence: &[
                now("new", NewCustomersSoFar),
                now("lost", ChurnedSoFar),
            ],
            view: Some(View::Flows),
            claims: &[Claim::Above(now("new", NewCustomersSoFar), Side::Value(0.0))],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Before you play on: what will the line of churned customers do between month 12 and month 36? Then go to the last month (36).",
                "继续播放之前，先想一想：从第 12 个月到第 36 个月，已流失客户这条折线会怎样变化？然后前往最后一个月（第 36 个月）。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Stages,
            notice: t(
                "Customers keep leaving ({lost} in all by now), yet the line of churned customers levels off: {churned_now} people now against {churned_12} at month 12. A churned customer not won back within a year returns to the prospects, to be won again from scratch: {returned} people have gone back to the market so far.",
                "客户一直在流失（到现在共 {lost} 位），已流失客户这条折线却趋于平稳：现在 {churned_now} 人，第 12 个月时 {churned_12} 人。流失满一年仍未被挽回的客户会回到潜在客户中，要从头争取：到目前为止已有 {returned} 人回到市场。",
            ),
            evidence: &[
                at("churned_12", ChurnedStage, 12),
                now("churned_now", ChurnedStage),
                now("lost", ChurnedSoFar),
                now("returned", ReturnedToMarketSoFar),
            ],
            view: Some(View::Flows),
            predict: Some(Prediction {
                ask: t(
                    "People in the churned stage at month 36, compared with month 12:",
                    "第 36 个月处于流失期的人数，与第 12 个月相比：",
                ),
                figure: now("churned_now", ChurnedStage),
                against: at("churned_12", ChurnedStage, 12),
            }),
            claims: &[
                Claim::Below(
                    now("churned_now", ChurnedStage),
                    Side::Times(at("churned_12", ChurnedStage, 12), 1.25),
                ),
                Claim::Above(
                    now("lost", ChurnedSoFar),
                    Side::Times(now("churned_now", ChurnedStage), 2.0),
                ),
                Claim::Above(now("returned", ReturnedToMarketSoFar), Side::Value(0.0)),
            ],
        },
        Step {
            ask: t(
                "Pin this run as a baseline (the “Pin as baseline” button, or the key b).",
                "把这次模拟固定为基准（点“固定为基准”按钮，或按 b 键）。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Stages,
            notice: t(
                "The baseline is kept: every chart now draws it dashed, and the cards show differences against it.",
                "基准已保存：每张图都用虚线画出基准，卡片显示与基准的差异。",
            ),
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Start winning customers back: set win-back spend to 20 ¥ or more per churned customer.",
                "开始挽回流失客户：把流失挽救投入设为每位流失客户 20 元以上。",
            ),
            goal: Goal::LeverAtLeast(LeverId::WinbackSpend, 20.0),
            chart: ChartKind::Stages,
            notice: t(
                "Churned customers come back into the lifecycle: {churned_now} people in the churned stage against {churned_base} in the baseline (the dashed line), and {active} active customers against {active_base}. Win-back is the loop from the last stage back to the first.",
                "流失客户重新回到生命周期中：处于流失期的有 {churned_now} 人，基准（虚线）为 {churned_base} 人；活跃客户 {active} 位，基准为 {active_base} 位。流失挽救是从最后一个阶段回到第一个阶段的回路。",
            ),
            evidence: &[
                now("churned_now", ChurnedStage),
                base("churned_base", ChurnedStage),
                now("active", ActiveCustomers),
                base("active_base", ActiveCustomers),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Active customers with win-back, compared with the baseline:",
                    "加入流失挽救后的活跃客户数，与基准相比：",
                ),
                figure: now("active", ActiveCustomers),
                against: base("active_base", ActiveCustomers),
            }),
            claims: &[
                Claim::Below(
                    now("churned_now", ChurnedStage),
                    Side::Figure(base("churned_base", ChurnedStage)),
                ),
                Claim::Above(
                    now("active", ActiveCustomers),
                    Side::Figure(base("active_base", ActiveCustomers)),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A gym member trained three times a week for two years. For two months she has come once a fortnight, and she has complained twice about crowded classes. What should the gym do first?",
            "一位健身房会员两年来每周训练三次。最近两个月她每两周才来一次，还两次投诉课程太拥挤。健身房首先应该怎么做？",
        ),
        options: &[
            wrong(
                t(
                    "Nothing yet: she still pays, so she is a mature customer.",
                    "暂时不用管：她还在付费，所以仍是成熟期客户。",
                ),
                t(
                    "Paying is not what marks a stage. Falling use and rising complaints after a long steady spell are the signs of a weakening relationship, and churn follows if nothing is done.",
                    "是否付费并不是划分阶段的标志。长期稳定之后使用减少、投诉增多，正是关系减弱的信号；什么都不做，接下来就是流失。",
                ),
            ),
            right(t(
                "Treat her as a customer in decline: find out what went wrong and fix it before she cancels.",
                "把她当作衰退期客户：弄清问题出在哪里，在她退卡之前解决。",
            )),
            wrong(
                t(
                    "Send her a win-back offer.",
                    "给她发一份流失挽救优惠。",
                ),
                t(
                    "Win-back is for customers who have already left. She has not, and keeping a customer costs less than winning one back.",
                    "流失挽救针对的是已经离开的客户。她还没有离开，而保留一位客户的成本低于把客户挽回的成本。",
                ),
            ),
            wrong(
                t(
                    "Welcome her again like a new member, with an introduction to the gym.",
                    "像对待新会员一样，再给她做一次入门介绍。",
                ),
                t(
                    "She has two years with the gym: the first months of a relationship are long behind her, and an introduction does not answer her complaints.",
                    "她已经是两年的老会员，关系的最初几个月早已过去，入门介绍也解决不了她投诉的问题。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "Decline: after maturity, a weakening relationship shows as falling purchases and rising dissatisfaction. It is the last chance to act before the customer churns; win-back works only after churn, and costs more.",
            "衰退期：成熟期之后，关系减弱表现为购买减少、不满增加。这是客户流失前最后的挽留机会；流失挽救只能在流失之后进行，代价也更高。",
        ),
    },
    tool: None,
};
