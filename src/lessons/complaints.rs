//! Lesson 7: complaints, service recovery (投诉处理 / 补救) and word of
//! mouth (口碑).

use super::{t, Goal, Lesson, Preset, Question, Step};

pub const LESSON: Lesson = Lesson {
    id: "complaints",
    title: t(
        "Complaints, service recovery and word of mouth",
        "投诉、服务补救与口碑",
    ),
    objective: t(
        "See what handling complaints well or badly does to the complainants, to word of mouth and to new customers.",
        "看到投诉处理得好或坏,对投诉者、口碑和新客户分别有什么影响。",
    ),
    intro: t(
        "A complaint is a moment of truth. Handled well, most complainants stay (about 70%) and some become advocates. Handled badly, the customer leaves and warns others: a dissatisfied customer tells 8 to 10 people, and those prospects stay away.",
        "投诉是关键时刻。处理得好,大多数投诉者会留下(约 70%),有的还会成为拥护者;处理得不好,客户离开并告诫他人:一位不满的客户会告诉 8 到 10 个人,这些潜在客户便望而却步。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Pin the current run (60% of complaints resolved well) as a baseline.",
                "把当前运行(60% 的投诉得到妥善解决)固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: "rates",
            notice: t(
                "Watch the Complaint rate card and the acquisition line on the rates chart.",
                "留意“客户投诉率”卡片和比率图上的获客率曲线。",
            ),
        },
        Step {
            ask: t(
                "Neglect complaints: set complaint handling to 10% or less.",
                "忽视投诉:把投诉处理设为 10% 或更低。",
            ),
            goal: Goal::LeverAtMost("complaint_handling", 0.1),
            chart: "rates",
            notice: t(
                "More complainants leave, and each tells others: over three years the market hears almost twice as many warnings, new customers fall by about a fifth, and the base shrinks.",
                "更多投诉者离开,而且每人都会告诉别人:三年里市场听到的负面告诫几乎翻倍,新客户减少约五分之一,客户基础缩小。",
            ),
        },
        Step {
            ask: t(
                "Now handle complaints very well: 90% or more.",
                "现在把投诉处理得非常好:90% 或更高。",
            ),
            goal: Goal::LeverAtLeast("complaint_handling", 0.9),
            chart: "stages",
            notice: t(
                "About 70% of complainants stay, warnings fall to a third of the baseline's, and good word of mouth brings more new customers than the baseline.",
                "约 70% 的投诉者留了下来,负面告诫降到基准的三分之一,良好的口碑带来比基准更多的新客户。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "What does handling a complaint well usually do?",
            "妥善处理一次投诉通常会带来什么?",
        ),
        options: &[
            t(
                "Keeps most complainants (about 70%) and stops the bad word of mouth",
                "留住大多数投诉者(约 70%),并阻止负面口碑",
            ),
            t("Nothing: complainants always leave", "没有用:投诉者总会离开"),
            t(
                "It only costs money and never pays back",
                "只花钱,永远收不回来",
            ),
        ],
        answer: 0,
        explain: t(
            "Service recovery turns a moment of failure into a reason to stay: most complainants handled well remain, and they stop warning others. Neglect costs twice: the customer and the prospects they talk to.",
            "服务补救把一次失误变成留下的理由:处理得好,大多数投诉者会留下,也不再告诫他人。忽视投诉会损失两次:失去这位客户,也失去听他诉说的潜在客户。",
        ),
    },
    tool: None,
};
