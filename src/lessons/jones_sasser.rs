//! Lesson 5: satisfaction and loyalty under competition (竞争状况下的满意与
//! 忠诚; Jones & Sasser 1995) — the same satisfaction, different loyalty.

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "jones-sasser",
    title: t(
        "Satisfaction and loyalty under competition",
        "竞争状况下的满意与忠诚",
    ),
    objective: t(
        "See that loyalty depends on competition as much as on satisfaction: in a competitive market even very satisfied customers leave, in a monopoly-like market even dissatisfied ones stay.",
        "看到忠诚既取决于满意，也取决于竞争：在竞争激烈的市场中，即使很满意的客户也会离开；在近乎垄断的市场中，即使不满意的客户也会留下。",
    ),
    intro: t(
        "Jones and Sasser (1995) showed that in highly competitive markets only completely satisfied customers stay loyal; merely satisfied ones leave for a rival. In monopoly-like markets even dissatisfied customers keep buying, because they have nowhere else to go.",
        "Jones 和 Sasser(1995)指出：在竞争激烈的市场中，只有完全满意的客户才会保持忠诚，一般满意的客户会转向竞争对手；而在近乎垄断的市场中，即使不满意的客户也会继续购买，因为他们别无选择。",
    ),
    preset: Preset {
        scenario: "competitive",
        levers: &[(LeverId::ServiceQuality, 14.0)],
    },
    steps: &[
        Step {
            ask: t(
                "This is a highly competitive market with good service. Go to the last month (36), then pin it as a baseline.",
                "这是一个竞争激烈的市场，服务不错。前往最后一个月（第 36 个月），再把它固定为基准。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned),
            chart: ChartKind::Rates,
            notice: t(
                "Mean satisfaction settles near 77 points, most customers very satisfied or delighted, yet only about 55% of the customers are kept over a year.",
                "平均满意度稳定在 77 分左右，大多数客户很满意或非常愉悦，但一年下来只有约 55% 的客户被保留。",
            ),
        },
        Step {
            ask: t(
                "Switch the market: choose Scenario → “Monopoly-like market”.",
                "切换市场：在“情景”中选择“类垄断市场”。",
            ),
            goal: Goal::Scenario("monopoly"),
            chart: ChartKind::Satisfaction,
            notice: t(
                "The same service satisfies less here (about 56 points instead of 77): captive customers judge a utility by what they think its service should be, not by the weak rival. Yet about 93% of them are kept over a year.",
                "同样的服务在这里让人更不满意（约 56 分，而不是 77 分）：被锁定的客户用心目中公用事业应有的服务来衡量，而不是拿弱小的对手作比较。然而一年下来约 93% 的客户被保留。",
            ),
        },
        Step {
            ask: t(
                "Lower service quality to 3 ¥ or less, so that most customers are dissatisfied.",
                "把服务质量降到 3 元或更低，让大多数客户不满意。",
            ),
            goal: Goal::LeverAtMost(LeverId::ServiceQuality, 3.0),
            chart: ChartKind::Rates,
            notice: t(
                "Mean satisfaction falls to about 25 points and three customers in four are dissatisfied or very dissatisfied, yet annual retention stays near 87%, against the baseline's 55%: in a monopoly customers stay whether or not they are satisfied.",
                "平均满意度降到约 25 分，四分之三的客户不满意或非常不满意，年保留率却仍接近 87%，而基准只有约 55%:在垄断市场中，无论满意与否，客户都会留下。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "In a highly competitive market, which customers stay loyal?",
            "在竞争激烈的市场中，哪些客户会保持忠诚？",
        ),
        options: &[
            t("Every satisfied customer", "所有满意的客户"),
            t(
                "Only completely satisfied (delighted) customers",
                "只有完全满意（非常愉悦）的客户",
            ),
            t("Dissatisfied customers, out of habit", "出于习惯的不满意客户"),
            t("Nobody: loyalty does not exist there", "没有人：那里不存在忠诚"),
        ],
        answer: 1,
        explain: t(
            "Only delight holds customers when a rival is one step away: the gap between satisfied and completely satisfied is where loyalty is won. In a monopoly even dissatisfied customers mostly stay, which hides how fragile that loyalty is.",
            "当竞争对手近在咫尺时，只有惊喜才能留住客户：“满意”与“完全满意”之间的差距正是赢得忠诚的地方。在垄断市场中，即使不满意的客户也大多留下，这掩盖了这种忠诚的脆弱。",
        ),
    },
    tool: None,
};
