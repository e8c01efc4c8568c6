//! Lesson 6: the loyalty matrix (客户忠诚矩阵) — loyal, latent, spurious,
//! none — and the customers a monopoly hides.

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "loyalty-matrix",
    title: t(
        "The loyalty matrix: loyal, latent, spurious, none",
        "客户忠诚矩阵：忠诚、潜伏忠诚、虚假忠诚、不忠诚",
    ),
    objective: t(
        "Place customers by attitude and repeat purchase, and recognise the spurious loyalty a monopoly hides.",
        "按态度和重复购买给客户分类，认出垄断所掩盖的虚假忠诚。",
    ),
    intro: t(
        "Loyalty has two sides: attitude (do they like us, would they recommend us?) and behaviour (do they buy again?). Crossing them gives four kinds of customer: loyal (both high), latent (like us but buy little), spurious (buy but feel nothing) and none.",
        "忠诚有两面：态度（是否喜欢我们、是否愿意推荐？）和行为（是否重复购买？）。两者交叉得到四类客户：忠诚（两者都高）、潜伏忠诚（喜欢但买得少）、虚假忠诚（购买但没有感情）和不忠诚。",
    ),
    preset: Preset {
        scenario: "monopoly",
        levers: &[(LeverId::ServiceQuality, 2.0), (LeverId::Price, 1.3)],
    },
    steps: &[
        Step {
            ask: t(
                "A utility with poor service and a high price. Look at the loyalty matrix at month 12 or later, then pin the run as a baseline.",
                "一家服务差、价格高的公用事业企业。查看第 12 个月或之后的忠诚矩阵，然后把这次运行固定为基准。",
            ),
            goal: Goal::Both(&Goal::MonthAtLeast(12), &Goal::BaselinePinned),
            chart: ChartKind::Matrix,
            notice: t(
                "Nearly every customer is in the spurious quadrant: they buy again every month but feel no attachment.",
                "几乎所有客户都落在虚假忠诚象限：他们每月都重复购买，却毫无感情。",
            ),
        },
        Step {
            ask: t(
                "Let competition in: choose Scenario → “Highly competitive market”.",
                "引入竞争：在“情景”中选择“高度竞争市场”。",
            ),
            goal: Goal::Scenario("competitive"),
            chart: ChartKind::Matrix,
            notice: t(
                "The spurious customers were never loyal: with a real alternative they leave, and almost no one is left. Their repeat purchases hid the risk.",
                "虚假忠诚的客户从来就不忠诚：一旦有真正的选择，他们就离开了，几乎一个不剩。重复购买掩盖了风险。",
            ),
        },
        Step {
            ask: t(
                "Earn real loyalty: raise service quality to 14 ¥ or more and bring the price down to 1.0 or less.",
                "赢得真正的忠诚：把服务质量提高到 14 元或更多，并把价格降到 1.0 或更低。",
            ),
            goal: Goal::Both(
                &Goal::LeverAtLeast(LeverId::ServiceQuality, 14.0),
                &Goal::LeverAtMost(LeverId::Price, 1.0),
            ),
            chart: ChartKind::Matrix,
            notice: t(
                "Now customers appear in the loyal and latent quadrants: attitude is earned by value, not by the lack of alternatives.",
                "现在忠诚和潜伏忠诚象限中出现了客户：态度是靠价值赢得的，而不是靠别无选择。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "Customers who buy again and again but have no attachment to the firm show…",
            "反复购买、却对企业毫无感情的客户属于……",
        ),
        options: &[
            t("Loyalty", "忠诚"),
            t("Latent loyalty", "潜伏忠诚"),
            t("Spurious loyalty", "虚假忠诚"),
            t("No loyalty", "不忠诚"),
        ],
        answer: 2,
        explain: t(
            "Spurious loyalty: high repeat purchase, low attitude. It comes from monopoly, inertia or convenience, and disappears when a better alternative appears. Latent loyalty is the opposite: they like us but buy little.",
            "虚假忠诚：重复购买高，态度低。它来自垄断、惰性或便利，一旦出现更好的选择就会消失。潜伏忠诚正好相反：喜欢我们，但买得少。",
        ),
    },
    tool: None,
};
