//! Lesson 7: complaints, service recovery (投诉处理 / 补救) and word of
//! mouth (口碑).

use super::evidence::Readout::*;
use super::{
    base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question, Side,
    Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "complaints",
    title: t(
        "Complaints, service recovery and word of mouth",
        "投诉、服务补救与口碑",
    ),
    objective: t(
        "See what handling complaints well or badly does to the complainants, to word of mouth and to new customers.",
        "观察投诉处理的好坏如何分别影响投诉者、口碑和新客户获取。",
    ),
    intro: t(
        "A complaint is a moment of truth. Handled well, most complainants stay (about 70% in service research) and some become advocates. Handled badly, more of them leave, and each warns others: a dissatisfied customer tells 8 to 10 people, and the prospects among them stay away. But only about one failure in five becomes a complaint: the silent rest may leave too, unhappy ones warning others, and no complaint handling reaches them.",
        "投诉是关键时刻。处理得好，大多数投诉者会留下（服务研究中约 70%），有的还会成为推荐者；处理得不好，离开的投诉者会更多，而且每人都会传播负面口碑：一位不满的客户会告诉 8 到 10 个人，其中的潜在客户便望而却步。但服务失误中只有约五分之一变成投诉：其余沉默的客户同样可能离开，不满的还会传播负面口碑，投诉处理也无从触及他们。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (36), then pin the current run (60% of complaints resolved well) as a baseline.",
                "前往最后一个月（第 36 个月），然后把当前模拟（60% 的投诉得到妥善处理）固定为基准。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned),
            chart: ChartKind::Rates,
            notice: t(
                "Over three years customers complained {complaints} times; {recovery} of complainants stayed. Unhappy customers warned {warned} people, and the prospects among them stayed away.",
                "三年里客户共投诉 {complaints} 次；投诉的客户中有 {recovery}留了下来。不满的客户向 {warned} 人传播了负面口碑，其中的潜在客户因此没有加入。",
            ),
            evidence: &[
                now("complaints", ComplaintsSoFar),
                now("recovery", RecoveryRateSoFar),
                now("warned", PeopleWarnedSoFar),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Neglect complaints: set complaint handling to 10% or less.",
                "忽视投诉：把投诉处理设为 10% 以下。",
            ),
            goal: Goal::LeverAtMost(LeverId::ComplaintHandling, 0.1),
            chart: ChartKind::Rates,
            notice: t(
                "Fewer complainants stay, {recovery} against {recovery_base}, though many still do: a badly handled complaint makes leaving likelier, not certain. Warnings rise to {warned} people against {warned_base}. And the number of complaints? {complaints} against {complaints_base}: handling does not decide how many complaints there are.",
                "留下来的投诉客户变少了（{recovery}，基准为 {recovery_base}），但仍有不少人留下：投诉处理不好会让客户更可能离开，但并不是一定离开。听到负面口碑的人数升到 {warned}，基准为 {warned_base}。那投诉次数呢？{complaints}，基准为 {complaints_base}：投诉处理并不决定投诉有多少。",
            ),
            evidence: &[
                now("recovery", RecoveryRateSoFar),
                base("recovery_base", RecoveryRateSoFar),
                now("warned", PeopleWarnedSoFar),
                base("warned_base", PeopleWarnedSoFar),
                now("complaints", ComplaintsSoFar),
                base("complaints_base", ComplaintsSoFar),
            ],
            predict: Some(Prediction {
                ask: t(
                    "People warned off by word of mouth when complaints are neglected, compared with the baseline:",
                    "忽视投诉后，听到负面口碑的人数与基准相比：",
                ),
                figure: now("warned", PeopleWarnedSoFar),
                against: base("warned_base", PeopleWarnedSoFar),
            }),
            claims: &[
                Claim::Below(
                    now("recovery", RecoveryRateSoFar),
                    Side::Figure(base("recovery_base", RecoveryRateSoFar)),
                ),
                Claim::Above(now("recovery", RecoveryRateSoFar), Side::Value(0.3)),
                Claim::Above(
                    now("warned", PeopleWarnedSoFar),
                    Side::Times(base("warned_base", PeopleWarnedSoFar), 1.1),
                ),
                Claim::Above(
                    now("complaints", ComplaintsSoFar),
                    Side::Times(base("complaints_base", ComplaintsSoFar), 0.9),
                ),
                Claim::Below(
                    now("complaints", ComplaintsSoFar),
                    Side::Times(base("complaints_base", ComplaintsSoFar), 1.1),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Before you act: handle complaints very well, 90% or more. What will the number of complaints do?",
                "行动之前先想一想：把投诉处理提高到 90% 以上，投诉次数会怎样？",
            ),
            goal: Goal::LeverAtLeast(LeverId::ComplaintHandling, 0.9),
            chart: ChartKind::Rates,
            notice: t(
                "{recovery} of complainants now stay, against {recovery_base}, and warnings fall to {warned} people against {warned_base}. Yet complaints are {complaints} against {complaints_base}: good handling keeps complainants and quiets their word of mouth, but only fewer service failures mean fewer complaints. The warnings left come from unhappy customers who never complained.",
                "现在投诉的客户中有 {recovery}留下，基准为 {recovery_base}；听到负面口碑的人数降到 {warned}，基准为 {warned_base}。但投诉次数是 {complaints}，基准为 {complaints_base}：妥善处理能留住投诉的客户、平息他们的负面口碑，但只有减少服务失误才能减少投诉。其余的负面口碑来自那些从未投诉过的不满客户。",
            ),
            evidence: &[
                now("recovery", RecoveryRateSoFar),
                base("recovery_base", RecoveryRateSoFar),
                now("warned", PeopleWarnedSoFar),
                base("warned_base", PeopleWarnedSoFar),
                now("complaints", ComplaintsSoFar),
                base("complaints_base", ComplaintsSoFar),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Complaints over three years with excellent handling, compared with the baseline:",
                    "投诉处理非常好时三年的投诉次数，与基准相比：",
                ),
                figure: now("complaints", ComplaintsSoFar),
                against: base("complaints_base", ComplaintsSoFar),
            }),
            claims: &[
                Claim::Above(
                    now("recovery", RecoveryRateSoFar),
                    Side::Figure(base("recovery_base", RecoveryRateSoFar)),
                ),
                Claim::Below(
                    now("warned", PeopleWarnedSoFar),
                    Side::Figure(base("warned_base", PeopleWarnedSoFar)),
                ),
                Claim::Above(
                    now("complaints", ComplaintsSoFar),
                    Side::Times(base("complaints_base", ComplaintsSoFar), 0.97),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A year after a call centre trained its staff to resolve complaints well, it receives 5% more complaints than before, from a slightly larger customer base. Did the training fail?",
            "一家呼叫中心培训员工妥善处理投诉一年后，收到的投诉比以前多了 5%，而客户群也略有扩大。培训失败了吗？",
        ),
        options: &[
            wrong(
                t(
                    "Yes: good handling should bring complaints down.",
                    "失败了：处理得好，投诉就应该减少。",
                ),
                t(
                    "Handling comes after the failure; it cannot stop the failure from happening.",
                    "投诉处理发生在失误之后；它无法阻止失误发生。",
                ),
            ),
            right(t(
                "Not by that measure: look at how many complainants stay and at word of mouth; the count follows service failures and the size of the base.",
                "不能用这个指标判断：要看投诉客户留下了多少、口碑如何；投诉次数取决于服务失误和客户群的大小。",
            )),
            wrong(
                t(
                    "Yes: well-treated customers complain more to get compensation.",
                    "失败了：得到善待的客户为了获得补偿会更多地投诉。",
                ),
                t(
                    "Nothing points to it, and a firm that hears its unhappy customers can fix what it hears: fewer complaints is not always better.",
                    "没有任何迹象表明这一点；而且能听到不满客户声音的企业，才能改进它听到的问题：投诉少并不总是好事。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "Service recovery turns a moment of failure into a reason to stay: more complainants remain, and they stop warning others. It does not prevent failures, so complaints fall only when service gets better; silent unhappy customers are the ones no handling reaches.",
            "服务补救把失误的时刻变成留下的理由：更多投诉的客户留了下来，也不再传播负面口碑。它不能防止失误，所以只有服务变好，投诉才会减少；沉默的不满客户是任何投诉处理都接触不到的。",
        ),
    },
    tool: None,
};
