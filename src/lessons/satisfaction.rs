//! Lesson 2: satisfaction (客户满意) is perceived quality Q against
//! expectation q, and expectations rise with experience.

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "satisfaction",
    title: t(
        "Satisfaction: perceived quality against expectation",
        "客户满意：感知质量与期望的比较",
    ),
    objective: t(
        "Explain satisfaction as perceived quality Q against expectation q, and why the same service satisfies less over time.",
        "理解满意度是感知质量 Q 与期望 q 的比较，以及为什么同样的服务随时间推移带来的满意会减少。",
    ),
    intro: t(
        "Customers compare what they get (Q) with what they expected (q). Q far above q delights, Q below q disappoints. Expectations are not fixed: they move towards what customers experience.",
        "客户把得到的（Q）与期望的（q）相比较。Q 远高于 q 令人非常愉悦，Q 低于 q 令人不满。期望并非固定不变：它会向客户的实际体验靠拢。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Pin the current run as a baseline (button or key b).",
                "把当前运行固定为基准（按钮或 b 键）。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Satisfaction,
            notice: t(
                "The dashed lines are the baseline: satisfaction with 8 ¥ of service per customer per month.",
                "虚线是基准：每位客户每月 8 元服务投入下的满意度。",
            ),
        },
        Step {
            ask: t(
                "Raise service quality to 16 ¥ or more per customer per month.",
                "把服务质量提高到每位客户每月 16 元或更多。",
            ),
            goal: Goal::LeverAtLeast(LeverId::ServiceQuality, 16.0),
            chart: ChartKind::Satisfaction,
            notice: t(
                "Satisfaction climbs fast in the first months (Q is now well above q) and levels off at about 74 within a year, while the dashed baseline settles near 63.",
                "满意度在最初几个月快速上升（Q 明显高于 q），一年内稳定在约 74 分，而虚线基准稳定在 63 分左右。",
            ),
        },
        Step {
            ask: t(
                "Play or move to month 10 to see the peak (▶ Play, month slider or →).",
                "播放或移动到第 10 个月，查看峰值（▶ 播放、月份滑块或 →）。",
            ),
            goal: Goal::MonthAtLeast(10),
            chart: ChartKind::Satisfaction,
            notice: t(
                "Around months 7 to 12 the gap to the baseline is largest, about 11 points: customers' expectations have not caught up yet.",
                "第 7 到第 12 个月前后与基准的差距最大，约 11 分：此时客户的期望还没有跟上。",
            ),
        },
        Step {
            ask: t("Now go to the last month.", "现在前往最后一个月。"),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Satisfaction,
            notice: t(
                "Satisfaction is still well above the baseline (about 73 against 63), but it has eased from its peak and the gap has narrowed to about 10 points: expectations q rose towards the better service. Delight fades into the new normal.",
                "满意度仍明显高于基准（约 73 分对 63 分），但已从峰值回落，与基准的差距缩小到约 10 分：期望 q 已向更好的服务靠拢。惊喜逐渐变成了新的常态。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "A firm raises its service and keeps it high. Why does satisfaction not stay at its first peak?",
            "企业提高服务并一直保持。为什么满意度不能停留在最初的峰值？",
        ),
        options: &[
            t(
                "Customers' expectations rise towards the service they now receive.",
                "客户的期望会向他们现在得到的服务水平上升。",
            ),
            t("The service gets worse over time.", "服务质量随时间变差了。"),
            t("Customers forget the service.", "客户忘记了服务。"),
            t("Prices rise automatically.", "价格自动上涨了。"),
        ],
        answer: 0,
        explain: t(
            "Satisfaction compares perceived quality Q with expectation q. Experience raises q, so the same Q gives a smaller surprise: keeping customers delighted needs continuous improvement.",
            "满意度比较的是感知质量 Q 与期望 q。体验会抬高 q，同样的 Q 带来的惊喜就变小了：要让客户持续满意，需要不断改进。",
        ),
    },
    tool: None,
};
