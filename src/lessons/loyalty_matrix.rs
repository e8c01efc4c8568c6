//! Lesson 6: the loyalty matrix (客户忠诚矩阵) — loyal, latent, spurious,
//! none — and the customers a monopoly hides.

use super::evidence::Readout::*;
use super::{
    base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question, Side,
    Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "loyalty-matrix",
    title: t(
        "The loyalty matrix: loyal, latent, spurious, none",
        "客户忠诚矩阵：忠诚、潜伏忠诚、虚假忠诚、不忠诚",
    ),
    objective: t(
        "Place customers by attitude and repeat purchase, and recognise the spurious loyalty a monopoly hides.",
        "按态度忠诚和重复购买行为给客户分类，识别垄断所掩盖的虚假忠诚。",
    ),
    intro: t(
        "Loyalty has two sides: attitude (do they like us, would they recommend us?) and behaviour (do they buy again?). Crossing them gives four kinds of customer: loyal (both high), latent (like us but buy little), spurious (buy but feel nothing) and none.",
        "忠诚有两面：态度（是否喜欢本企业、是否愿意推荐？）和行为（是否重复购买？）。两者交叉得到四类客户：忠诚（两者都高）、潜伏忠诚（喜欢但买得少）、虚假忠诚（又称伪忠诚：购买但没有感情）和不忠诚。",
    ),
    preset: Preset {
        scenario: "monopoly",
        levers: &[(LeverId::ServiceQuality, 2.0), (LeverId::Price, 1.3)],
    },
    steps: &[
        Step {
            ask: t(
                "A utility with poor service and a high price. Look at the loyalty matrix at month 12 or later, then pin the run as a baseline.",
                "这是一家服务差、价格高的公用事业企业。查看第 12 个月及以后的客户忠诚矩阵，然后把这次模拟固定为基准。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(12), &Goal::BaselinePinned),
            chart: ChartKind::Matrix,
            notice: t(
                "{spurious} of customers are in the spurious quadrant: they keep buying ({retention} are kept over a year) but feel no attachment. Truly loyal: {loyal}.",
                "{spurious}的客户处于虚假忠诚象限：他们一直在购买（一年内保留了 {retention}），却没有任何感情上的依恋。真正忠诚的只有 {loyal}。",
            ),
            evidence: &[
                now("spurious", MatrixShare(2)),
                now("loyal", MatrixShare(0)),
                now("retention", AnnualRetention),
            ],
            claims: &[
                Claim::Above(now("spurious", MatrixShare(2)), Side::Value(0.5)),
                Claim::Below(now("loyal", MatrixShare(0)), Side::Value(0.1)),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Let competition in: choose Scenario → “Highly competitive market”.",
                "引入竞争：选择“情景”→“高度竞争市场”。",
            ),
            goal: Goal::Scenario("competitive"),
            chart: ChartKind::Matrix,
            notice: t(
                "The spurious customers were never loyal: with a real alternative they leave. Active customers: {active} against {active_base} in the monopoly. Their repeat purchases hid the risk.",
                "虚假忠诚的客户从来就不忠诚：一旦有了真正的选择，他们就离开了。活跃客户：{active} 位，准垄断市场中为 {active_base} 位。他们的重复购买掩盖了风险。",
            ),
            evidence: &[
                now("active", ActiveCustomers),
                base("active_base", ActiveCustomers),
                now("retention", AnnualRetention),
                base("retention_base", AnnualRetention),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Active customers once a strong rival competes, compared with the monopoly:",
                    "出现强大竞争对手后的活跃客户数，与准垄断市场相比：",
                ),
                figure: now("active", ActiveCustomers),
                against: base("active_base", ActiveCustomers),
            }),
            claims: &[Claim::Below(
                now("active", ActiveCustomers),
                Side::Times(base("active_base", ActiveCustomers), 0.5),
            )],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Earn real loyalty: raise service quality to 14 ¥ or more and bring the price down to 1.0 or less.",
                "赢得真正的忠诚：把服务投入提高到 14 元以上，把价格降到 1.0 倍以下。",
            ),
            goal: Goal::Both(
                &Goal::LeverAtLeast(LeverId::ServiceQuality, 14.0),
                &Goal::LeverAtMost(LeverId::Price, 1.0),
            ),
            chart: ChartKind::Matrix,
            notice: t(
                "Now {loyal} of customers are truly loyal and {latent} latent, against {loyal_base} loyal in the monopoly: attitude is earned by value, not by the lack of alternatives.",
                "现在 {loyal}的客户真正忠诚，{latent}为潜伏忠诚，而准垄断市场中真正忠诚的只有 {loyal_base}：态度上的忠诚靠价值赢得，而不是靠没有选择。",
            ),
            evidence: &[
                now("loyal", MatrixShare(0)),
                now("latent", MatrixShare(1)),
                base("loyal_base", MatrixShare(0)),
            ],
            claims: &[Claim::Above(
                now("loyal", MatrixShare(0)),
                Side::Times(base("loyal_base", MatrixShare(0)), 3.0),
            )],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A town's only cinema is full every weekend, but a survey finds its audience has little attachment to it. A multiplex opens next door. What should the owner expect?",
            "一个小镇唯一的电影院每个周末都满座，但调查发现观众对它没什么感情。隔壁开了一家多厅影城。老板应该预料到什么？",
        ),
        options: &[
            wrong(
                t(
                    "Little change: full seats prove the audience is loyal.",
                    "变化不大：满座证明观众是忠诚的。",
                ),
                t(
                    "Repeat buying is only half of loyalty. Without attachment it lasts only as long as the lack of choice.",
                    "重复购买只是忠诚的一半。没有感情上的依恋，重复购买只能维持到出现别的选择为止。",
                ),
            ),
            wrong(
                t(
                    "Only the few who complained will leave.",
                    "只有少数投诉过的观众会离开。",
                ),
                t(
                    "Attachment, not complaints, decides who stays when a rival opens, and little attachment runs through the whole audience.",
                    "对手出现时，决定谁留下的是依恋而不是投诉；而整个观众群体都缺乏依恋。",
                ),
            ),
            right(t(
                "Many regulars will go: their loyalty was spurious, held by the lack of an alternative.",
                "许多常客会离开：他们的忠诚是虚假的，靠的是没有别的选择。",
            )),
        ],
        answer: 2,
        explain: t(
            "Spurious loyalty: high repeat purchase, low attitude. It comes from monopoly, inertia or convenience, and disappears when a better alternative appears. Latent loyalty is the opposite: they like us but buy little.",
            "虚假忠诚：重复购买多，态度上的忠诚低。它来自垄断、惰性或便利，一旦出现更好的选择就会消失。潜伏忠诚正好相反：客户喜欢本企业，但买得少。",
        ),
    },
    tool: None,
};
