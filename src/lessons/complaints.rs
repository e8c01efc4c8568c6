//! Lesson 7: complaints, service recovery (投诉处理 / 补救) and word of
//! mouth (口碑).

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "complaints",
    title: t(
        "Complaints, service recovery and word of mouth",
        "投诉、服务补救与口碑",
    ),
    objective: t(
        "See what handling complaints well or badly does to the complainants, to word of mouth and to new customers.",
        "看到投诉处理得好或坏，对投诉者、口碑和新客户分别有什么影响。",
    ),
    intro: t(
        "A complaint is a moment of truth. Handled well, most complainants stay (about 70% in service research, about two thirds here) and some become advocates. Handled badly, more than half of complainants leave, and each warns others: a dissatisfied customer tells 8 to 10 people, and the prospects among them stay away. But only about one failure in five becomes a complaint: the silent rest may leave too, unhappy ones warning others, and no complaint handling reaches them.",
        "投诉是关键时刻。处理得好，大多数投诉者会留下（服务研究中约 70%，这里约三分之二），有的还会成为拥护者；处理得不好，半数以上的投诉者会离开，而且每人都会告诫他人：一位不满的客户会告诉 8 到 10 个人，其中的潜在客户便望而却步。但服务失误中只有约五分之一变成投诉：其余沉默的客户同样可能离开，不满的还会告诫他人，投诉处理却够不着他们。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (36), then pin the current run (60% of complaints resolved well) as a baseline.",
                "前往最后一个月（第 36 个月），再把当前运行（60% 的投诉得到妥善解决）固定为基准。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned),
            chart: ChartKind::Rates,
            notice: t(
                "Watch the Complaint rate card and the acquisition line on the rates chart.",
                "留意“客户投诉率”卡片和比率图上的获客率曲线。",
            ),
        },
        Step {
            ask: t(
                "Neglect complaints: set complaint handling to 10% or less.",
                "忽视投诉：把投诉处理设为 10% 或更低。",
            ),
            goal: Goal::LeverAtMost(LeverId::ComplaintHandling, 0.1),
            chart: ChartKind::Rates,
            notice: t(
                "More complainants leave (46% stay instead of 58%), and each tells others: over three years the market hears about half as many warnings again, new customers fall by about 5%, and the base ends about 7% smaller.",
                "更多投诉者离开（留下的从 58% 降到 46%），而且每人都会告诉别人：三年里市场听到的负面告诫多出约一半，新客户减少约 5%，客户基础最终缩小约 7%。",
            ),
        },
        Step {
            ask: t(
                "Now handle complaints very well: 90% or more.",
                "现在把投诉处理得非常好：90% 或更高。",
            ),
            goal: Goal::LeverAtLeast(LeverId::ComplaintHandling, 0.9),
            chart: ChartKind::Stages,
            notice: t(
                "About two thirds of complainants stay (66%), warnings fall by about 30% from the baseline's, and good word of mouth brings a few more new customers than the baseline. The warnings left come from dissatisfied customers who leave, many after a failure they never complained about.",
                "约三分之二的投诉者留了下来（66%），负面告诫比基准减少约 30%，良好的口碑带来比基准略多的新客户。剩下的负面告诫来自不满而离开的客户，其中许多人遇到服务失误却从未投诉。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "What does handling a complaint well usually do?",
            "妥善处理一次投诉通常会带来什么？",
        ),
        options: &[
            t(
                "Keeps most complainants (about two thirds to 70%) and stops their bad word of mouth",
                "留住大多数投诉者（约三分之二到 70%），并阻止他们的负面口碑",
            ),
            t("Nothing: complainants always leave", "没有用：投诉者总会离开"),
            t(
                "It only costs money and never pays back",
                "只花钱，永远收不回来",
            ),
        ],
        answer: 0,
        explain: t(
            "Service recovery turns a moment of failure into a reason to stay: most complainants handled well remain, and they stop warning others. Neglect costs twice: the customer and the prospects they talk to.",
            "服务补救把一次失误变成留下的理由：处理得好，大多数投诉者会留下，也不再告诫他人。忽视投诉会损失两次：失去这位客户，也失去听他诉说的潜在客户。",
        ),
    },
    tool: None,
};
