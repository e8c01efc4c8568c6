//! Lesson 5: satisfaction and loyalty under competition (竞争状况下的满意与
//! 忠诚; Jones & Sasser 1995) — the same satisfaction, different loyalty.

use super::{t, Goal, Lesson, Preset, Question, Step};

pub const LESSON: Lesson = Lesson {
    id: "jones-sasser",
    title: t(
        "Satisfaction and loyalty under competition",
        "竞争状况下的满意与忠诚",
    ),
    objective: t(
        "See that the same satisfaction buys very different loyalty in a competitive and in a monopoly-like market.",
        "看到同样的满意度,在竞争激烈的市场和近乎垄断的市场中换来的忠诚截然不同。",
    ),
    intro: t(
        "Jones and Sasser (1995) showed that in highly competitive markets only completely satisfied customers stay loyal; merely satisfied ones leave for a rival. In monopoly-like markets even dissatisfied customers keep buying, because they have nowhere else to go.",
        "Jones 和 Sasser(1995)指出:在竞争激烈的市场中,只有完全满意的客户才会保持忠诚,一般满意的客户会转向竞争对手;而在近乎垄断的市场中,即使不满意的客户也会继续购买,因为他们别无选择。",
    ),
    preset: Preset {
        scenario: "competitive",
        levers: &[("service_quality", 14.0)],
    },
    steps: &[
        Step {
            ask: t(
                "This is a highly competitive market with good service. Pin it as a baseline.",
                "这是一个竞争激烈的市场,服务不错。把它固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: "rates",
            notice: t(
                "Mean satisfaction is about 71 points, yet only about a third of the customers are kept over a year.",
                "平均满意度约 71 分,但一年下来只有约三分之一的客户被保留。",
            ),
        },
        Step {
            ask: t(
                "Switch the market: choose Scenario → “Monopoly-like market”.",
                "切换市场:在“情景”中选择“类垄断市场”。",
            ),
            goal: Goal::Scenario("monopoly"),
            chart: "satisfaction",
            notice: t(
                "With weak alternatives the same service satisfies more, so satisfaction is no longer comparable. Make it comparable next.",
                "替代品很弱时,同样的服务让人更满意,满意度已不可直接比较。下一步让它们可比。",
            ),
        },
        Step {
            ask: t(
                "Lower service quality to 3 ¥ or less, until mean satisfaction is about as high as the baseline's (about 70).",
                "把服务质量降到 3 元或更低,直到平均满意度与基准大致相同(约 70 分)。",
            ),
            goal: Goal::LeverAtMost("service_quality", 3.0),
            chart: "rates",
            notice: t(
                "The same satisfaction as the baseline, but annual retention above 90% instead of about 36%: in a monopoly customers stay whether or not they are delighted.",
                "满意度与基准相同,年保留率却超过 90%,而基准只有约 36%:在垄断市场中,无论是否惊喜,客户都会留下。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "In a highly competitive market, which customers stay loyal?",
            "在竞争激烈的市场中,哪些客户会保持忠诚?",
        ),
        options: &[
            t("Every satisfied customer", "所有满意的客户"),
            t(
                "Only completely satisfied (delighted) customers",
                "只有完全满意(非常愉悦)的客户",
            ),
            t("Dissatisfied customers, out of habit", "出于习惯的不满意客户"),
            t("Nobody: loyalty does not exist there", "没有人:那里不存在忠诚"),
        ],
        answer: 1,
        explain: t(
            "Only delight holds customers when a rival is one step away: the gap between satisfied and completely satisfied is where loyalty is won. In a monopoly the same satisfaction keeps almost everyone, which hides how fragile that loyalty is.",
            "当竞争对手近在咫尺时,只有惊喜才能留住客户:“满意”与“完全满意”之间的差距正是赢得忠诚的地方。在垄断市场中,同样的满意几乎留住所有人,这掩盖了这种忠诚的脆弱。",
        ),
    },
    tool: None,
};
