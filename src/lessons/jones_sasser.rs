//! Lesson 5: satisfaction and loyalty under competition (竞争状况下的满意与
//! 忠诚; Jones & Sasser 1995) — the same satisfaction, different loyalty.

use super::evidence::{Readout::*, View};
use super::{
    base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question, Side,
    Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "jones-sasser",
    title: t(
        "Satisfaction and loyalty under competition",
        "竞争状况下的满意与忠诚",
    ),
    objective: t(
        "See that loyalty depends on competition as much as on satisfaction: in a competitive market even very satisfied customers leave, in a monopoly-like market even dissatisfied ones stay.",
        "理解忠诚既取决于满意，也取决于竞争状况：在高度竞争市场中，即使很满意的客户也会离开；在准垄断市场中，即使不满意的客户也会留下。",
    ),
    intro: t(
        "Jones and Sasser (1995) showed that in highly competitive markets only completely satisfied customers stay loyal; merely satisfied ones leave for a rival. In monopoly-like markets even dissatisfied customers keep buying, because they have nowhere else to go.",
        "琼斯和萨瑟（Jones & Sasser，1995）指出：在高度竞争市场中，只有完全满意的客户才会保持忠诚，一般满意的客户会转向竞争对手；而在准垄断市场中，即使不满意的客户也会继续购买，因为他们别无选择。",
    ),
    preset: Preset {
        scenario: "competitive",
        levers: &[(LeverId::ServiceQuality, 14.0)],
    },
    steps: &[
        Step {
            ask: t(
                "This is a highly competitive market with good service. Go to the last month (36), then pin it as a baseline.",
                "这是一个服务良好的高度竞争市场。前往最后一个月（第 36 个月），然后把它固定为基准。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned),
            chart: ChartKind::Rates,
            notice: t(
                "Read the table: of the delighted customers, {delighted} still buy a year later; of the very satisfied, {very}; of the basically satisfied, only {basic}. Mean satisfaction is {sat}, yet only {retention} of all customers are kept over a year.",
                "看下表：非常愉悦的客户中，一年后仍在购买的占 {delighted}；很满意的客户中占 {very}；基本满意的客户中只占 {basic}。平均满意度为 {sat}，但一年内只保留了 {retention}的客户。",
            ),
            evidence: &[
                now("sat", Satisfaction),
                now("retention", AnnualRetention),
                now("delighted", RepurchaseYear(4)),
                now("very", RepurchaseYear(3)),
                now("basic", RepurchaseYear(2)),
            ],
            view: Some(View::RepurchaseByBand),
            claims: &[
                Claim::Above(
                    now("delighted", RepurchaseYear(4)),
                    Side::Times(now("basic", RepurchaseYear(2)), 1.5),
                ),
                Claim::Above(
                    now("delighted", RepurchaseYear(4)),
                    Side::Figure(now("very", RepurchaseYear(3))),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Keep the service, change the competition: choose Scenario → “Monopoly-like market”.",
                "服务不变，只改变竞争：选择“情景”→“准垄断市场”。",
            ),
            goal: Goal::Scenario("monopoly"),
            chart: ChartKind::Rates,
            notice: t(
                "Compare the table's columns band by band: at the same satisfaction, customers stay far more here. Of the basically satisfied, {basic} still buy a year later, against {basic_base} in the competitive market. What holds them is the lack of an alternative, not delight.",
                "逐个满意度等级比较表中的两列：同样的满意度，这里的客户留下来的多得多。基本满意的客户中，一年后仍在购买的占 {basic}，而在高度竞争市场中只占 {basic_base}。留住他们的是没有别的选择，而不是愉悦。",
            ),
            evidence: &[
                now("basic", RepurchaseYear(2)),
                base("basic_base", RepurchaseYear(2)),
                now("retention", AnnualRetention),
                base("retention_base", AnnualRetention),
            ],
            view: Some(View::RepurchaseByBand),
            predict: Some(Prediction {
                ask: t(
                    "Basically satisfied customers still buying a year later in a monopoly, compared with the competitive market:",
                    "准垄断市场中基本满意的客户一年后仍在购买的比例，与高度竞争市场相比：",
                ),
                figure: now("basic", RepurchaseYear(2)),
                against: base("basic_base", RepurchaseYear(2)),
            }),
            claims: &[
                Claim::Above(
                    now("basic", RepurchaseYear(2)),
                    Side::Times(base("basic_base", RepurchaseYear(2)), 1.3),
                ),
                Claim::Above(
                    now("retention", AnnualRetention),
                    Side::Figure(base("retention_base", AnnualRetention)),
                ),
            ],
        },
        Step {
            ask: t(
                "Now let the service slide: lower service quality to 3 ¥ or less.",
                "现在让服务变差：把服务投入降到 3 元以下。",
            ),
            goal: Goal::LeverAtMost(LeverId::ServiceQuality, 3.0),
            chart: ChartKind::Rates,
            notice: t(
                "Mean satisfaction falls to {sat}, against {sat_base} in the competitive baseline, yet annual retention is {retention} against the baseline's {retention_base}: in a monopoly customers stay whether or not they are satisfied, which hides how fragile that loyalty is.",
                "平均满意度降到 {sat}，而高度竞争市场中的基准为 {sat_base}；年保留率却是 {retention}，基准为 {retention_base}：在垄断市场中，客户无论满意与否都会留下，这掩盖了这种忠诚的脆弱。",
            ),
            evidence: &[
                now("sat", Satisfaction),
                base("sat_base", Satisfaction),
                now("retention", AnnualRetention),
                base("retention_base", AnnualRetention),
            ],
            view: Some(View::RepurchaseByBand),
            predict: Some(Prediction {
                ask: t(
                    "Annual retention in the monopoly with poor service, compared with the competitive market with good service:",
                    "服务很差的准垄断市场的年保留率，与服务良好的竞争市场相比：",
                ),
                figure: now("retention", AnnualRetention),
                against: base("retention_base", AnnualRetention),
            }),
            claims: &[
                Claim::Below(now("sat", Satisfaction), Side::Figure(base("sat_base", Satisfaction))),
                Claim::Above(
                    now("retention", AnnualRetention),
                    Side::Figure(base("retention_base", AnnualRetention)),
                ),
            ],
        },
    ],
    question: Question {
        ask: t(
            "A ride-hailing app in a city with three rival apps finds that 80% of its riders rate it 4 out of 5 (satisfied) and few rate it 5. Should it be reassured?",
            "某城市有三款相互竞争的打车软件。其中一款发现 80% 的乘客给它打 4 分（满分 5 分，即满意），打 5 分的很少。它可以放心了吗？",
        ),
        options: &[
            wrong(
                t(
                    "Yes: 80% satisfied means about 80% will stay.",
                    "可以：80% 满意，意味着大约 80% 会留下来。",
                ),
                t(
                    "Satisfied is not loyal where a rival is one tap away: in the competitive market merely satisfied customers left at several times the rate of delighted ones.",
                    "在对手近在咫尺的市场里，满意不等于忠诚：高度竞争市场中，仅仅满意的客户流失的比例是非常愉悦客户的好几倍。",
                ),
            ),
            right(t(
                "No: with rivals so close only the completely satisfied reliably stay; it should find what keeps 4-star riders from giving 5.",
                "不能：对手这么近，只有完全满意的客户才靠得住；它应该找出是什么让打 4 分的乘客打不出 5 分。",
            )),
            wrong(
                t(
                    "No: it should cut its fares until riders stop leaving.",
                    "不能：它应该降价，直到乘客不再离开为止。",
                ),
                t(
                    "A fare cut gives margin away on every rider, including those who would stay anyway, and rivals can match it tomorrow.",
                    "降价会让每一位乘客都少贡献利润，包括本来就会留下的乘客，而且对手明天就能跟进。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "Jones and Sasser: in a highly competitive market only completely satisfied customers stay loyal; the gap between satisfied and completely satisfied is where loyalty is won. In a monopoly even dissatisfied customers mostly stay, which hides how fragile that loyalty is.",
            "琼斯和萨瑟：在高度竞争市场中，只有完全满意的客户才会保持忠诚；满意和完全满意之间的差距，正是赢得忠诚的地方。在垄断市场中，即使不满意的客户也大多会留下，这掩盖了这种忠诚的脆弱。",
        ),
    },
    tool: None,
};
