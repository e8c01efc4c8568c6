//! Lesson 1: the customer relationship lifecycle (客户关系生命周期) — stages,
//! the flows between them, and win-back (流失挽救).

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "lifecycle",
    title: t(
        "The customer lifecycle: stages and flows",
        "客户关系生命周期：阶段与流动",
    ),
    objective: t(
        "Name the five stages of the customer relationship and see customers flow through them, and back again with win-back.",
        "说出客户关系的五个阶段，看到客户在各阶段之间流动，以及流失挽救如何把客户带回来。",
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
                "屏幕上是第 6 个月。点 ▶ 播放（或拖动月份滑块），在第 12 个月或之后停下。",
            ),
            goal: Goal::MonthAtLeast(12),
            chart: ChartKind::Stages,
            notice: t(
                "Follow the bands: new customers enter acquisition, grow, settle in maturity; some slip into decline and churn.",
                "观察各色带：新客户进入获取期，逐步提升，在成熟期稳定；一部分滑入衰退期并流失。",
            ),
        },
        Step {
            ask: t(
                "Go on to the last month (month 36).",
                "继续前进到最后一个月（第 36 个月）。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Stages,
            notice: t(
                "Every month some relationships end (about 120 to 170 customers). The churned band widens through the first year, then holds at about 1,550 to 1,800 people: those gone for a year drop back into the prospects, to be won again from scratch. Without win-back nobody comes back sooner.",
                "每个月都有一些关系结束（约 120 到 170 位客户）。流失色带在第一年不断变宽，之后稳定在约 1,550 到 1,800 人：流失满一年的人重新回到潜在客户中，只能从头再争取。没有流失挽救，就没有人能更早回来。",
            ),
        },
        Step {
            ask: t(
                "Pin this run as a baseline (the “Pin as baseline” button, or the key b).",
                "把这次运行固定为基准（点“固定为基准”，或按 b 键）。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Stages,
            notice: t(
                "The baseline is kept: every chart now draws it dashed, and the cards show differences against it.",
                "基准已保存：各图表用虚线画出基准，指标卡显示与基准的差异。",
            ),
        },
        Step {
            ask: t(
                "Start winning customers back: set win-back spend to 20 ¥ or more per churned customer.",
                "开始挽回流失客户：把流失挽救投入设为每位流失客户 20 元或更多。",
            ),
            goal: Goal::LeverAtLeast(LeverId::WinbackSpend, 20.0),
            chart: ChartKind::Stages,
            notice: t(
                "Churned customers come back into the lifecycle: the churned band is thinner than the dashed baseline and more customers are active. Win-back is the loop from the last stage back to the first.",
                "流失客户重新回到生命周期：流失色带比虚线基准更窄，活跃客户更多。流失挽救就是从最后一个阶段回到起点的那条回路。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "A mature customer starts buying less and complaining more. Which stage is that?",
            "一位成熟期客户开始买得更少、抱怨更多。这属于哪个阶段？",
        ),
        options: &[
            t("Growth", "提升期"),
            t("Decline", "衰退期"),
            t("Acquisition", "获取期"),
            t("Prospect", "潜在客户"),
        ],
        answer: 1,
        explain: t(
            "Decline: after maturity, a weakening relationship shows as falling purchases and rising dissatisfaction. It is the last chance to act before the customer churns; win-back works after churn.",
            "衰退期：成熟期之后，关系减弱表现为购买减少、不满增加。这是客户流失前最后的挽留机会；流失之后则要靠流失挽救。",
        ),
    },
    tool: None,
};
