//! Lesson 2: satisfaction (客户满意) is perceived quality Q against
//! expectation q, and expectations rise with experience.

use super::evidence::Readout::*;
use super::{
    at, base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question,
    Side, Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "satisfaction",
    title: t(
        "Satisfaction: perceived quality against expectation",
        "客户满意：感知质量与期望的比较",
    ),
    objective: t(
        "Explain satisfaction as perceived quality Q against expectation q, and why the same service satisfies less over time.",
        "理解满意度是感知质量 Q 与期望质量 q 的比较，以及为什么同样的服务随时间推移带来的满意会减少。",
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
                "把当前模拟结果固定为基准（按钮或 b 键）。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Satisfaction,
            notice: t(
                "The dashed lines are the baseline: 8 ¥ of service per customer per month, mean satisfaction {sat_base} now.",
                "虚线是基准：每位客户每月 8 元的服务投入，目前平均满意度为 {sat_base}。",
            ),
            evidence: &[base("sat_base", Satisfaction)],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Raise service quality to 16 ¥ or more per customer per month.",
                "把服务投入提高到每位客户每月 16 元以上。",
            ),
            goal: Goal::LeverAtLeast(LeverId::ServiceQuality, 16.0),
            chart: ChartKind::Satisfaction,
            notice: t(
                "The service level Q is now {level} against the baseline's {level_base}, well above what customers expect (q = {expect}): satisfaction is {sat} against the baseline's {sat_base}.",
                "现在感知质量 Q 为 {level}，基准为 {level_base}，远高于客户的期望（q = {expect}）：满意度为 {sat}，基准为 {sat_base}。",
            ),
            evidence: &[
                now("level", ServiceLevel),
                base("level_base", ServiceLevel),
                now("expect", Expectation),
                now("sat", Satisfaction),
                base("sat_base", Satisfaction),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Mean satisfaction with twice the service, compared with the baseline:",
                    "服务投入翻倍后的平均满意度，与基准相比：",
                ),
                figure: now("sat", Satisfaction),
                against: base("sat_base", Satisfaction),
            }),
            claims: &[Claim::Above(
                now("sat", Satisfaction),
                Side::Figure(base("sat_base", Satisfaction)),
            )],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Play or move to month 10 to see the peak (▶ Play, month slider or →).",
                "播放或移到第 10 个月，看满意度的高峰（▶ 播放、月份滑块或 → 键）。",
            ),
            goal: Goal::MonthAtLeast(10),
            chart: ChartKind::Satisfaction,
            notice: t(
                "At month 10 satisfaction is {sat} against {sat_base}. Expectations are climbing, q = {expect} now against {expect_6} at month 6, but are still well below the service level Q = {level}.",
                "第 10 个月满意度为 {sat}，基准为 {sat_base}。期望在上升：现在 q = {expect}，第 6 个月为 {expect_6}，但仍远低于感知质量 Q = {level}。",
            ),
            evidence: &[
                now("sat", Satisfaction),
                base("sat_base", Satisfaction),
                at("expect_6", Expectation, 6),
                now("expect", Expectation),
                now("level", ServiceLevel),
            ],
            claims: &[
                Claim::Above(
                    now("sat", Satisfaction),
                    Side::Figure(base("sat_base", Satisfaction)),
                ),
                Claim::Above(
                    now("expect", Expectation),
                    Side::Figure(at("expect_6", Expectation, 6)),
                ),
                Claim::Below(now("expect", Expectation), Side::Figure(now("level", ServiceLevel))),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Before you play on: with the service kept this high, what will satisfaction do from month 10 to month 36? Then go to the last month.",
                "继续播放之前先想一想：服务一直保持这么高，从第 10 个月到第 36 个月满意度会怎样？然后前往最后一个月。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Satisfaction,
            notice: t(
                "Satisfaction has stopped climbing: {sat} now against {sat_10} at month 10, though the service is as high as ever (the baseline is at {sat_base}). Expectations rose towards the better service, q = {expect} now against {expect_10} at month 10, so the same service surprises less: without further improvement, delight becomes the new normal.",
                "满意度不再上升了：现在为 {sat}，第 10 个月为 {sat_10}，而服务一直保持在高水平（基准为 {sat_base}）。期望向更好的服务靠拢：现在 q = {expect}，第 10 个月为 {expect_10}。同样的服务带来的惊喜变少了：如果不继续改进，愉悦就会变成新的常态。",
            ),
            evidence: &[
                at("sat_10", Satisfaction, 10),
                now("sat", Satisfaction),
                base("sat_base", Satisfaction),
                at("expect_10", Expectation, 10),
                now("expect", Expectation),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Mean satisfaction at month 36, compared with month 10:",
                    "第 36 个月的平均满意度，与第 10 个月相比：",
                ),
                figure: now("sat", Satisfaction),
                against: at("sat_10", Satisfaction, 10),
            }),
            claims: &[
                Claim::Below(
                    now("sat", Satisfaction),
                    Side::Times(at("sat_10", Satisfaction, 10), 1.02),
                ),
                Claim::Above(now("sat", Satisfaction), Side::Figure(base("sat_base", Satisfaction))),
                Claim::Above(
                    now("expect", Expectation),
                    Side::Times(at("expect_10", Expectation, 10), 1.03),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A hotel refurbished its rooms a year ago. Guest scores jumped, then slid back over the year, although the rooms are as good as on the first day. What explains the slide?",
            "一家酒店一年前翻新了客房。住客评分先是大涨，随后一年里又逐渐回落，而客房和刚翻新时一样好。评分回落的原因是什么？",
        ),
        options: &[
            wrong(
                t(
                    "The rooms must have got worse.",
                    "客房一定变差了。",
                ),
                t(
                    "Nothing in the rooms changed. Satisfaction compares what guests get with what they expect, and the other side of that comparison moved.",
                    "客房本身没有变化。满意度比较的是客人得到的与期望的，变化的是比较的另一边。",
                ),
            ),
            right(t(
                "Returning guests now expect the new rooms: the same quality is no longer a pleasant surprise.",
                "回头客现在已经期待新客房了：同样的质量不再是惊喜。",
            )),
            wrong(
                t(
                    "Satisfaction always drifts back to where it was, whatever a firm does.",
                    "不管企业做什么，满意度最终都会回到原来的水平。",
                ),
                t(
                    "It settles above where it was, not back at it: better service keeps part of its gain, and a firm that keeps improving stays ahead of expectations.",
                    "它会稳定在比原来高的水平，而不是回到原点：更好的服务能保住一部分提升，不断改进的企业能始终走在期望前面。",
                ),
            ),
            wrong(
                t(
                    "The refurbishment was too small to matter.",
                    "翻新的力度太小，不起作用。",
                ),
                t(
                    "It mattered: the scores jumped. The question is why the jump did not last.",
                    "它起了作用：评分确实大涨了。问题是这次上涨为什么没能持续。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "Satisfaction compares perceived quality Q with expectation q. Experience raises q, so the same Q gives a smaller surprise: keeping customers delighted needs continuous improvement.",
            "满意度是感知质量 Q 与期望质量 q 的比较。体验会抬高 q，同样的 Q 带来的惊喜就变小了：要让客户一直满意，就需要持续改进。",
        ),
    },
    tool: None,
};
