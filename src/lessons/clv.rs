//! Lesson 8: customer lifetime value (客户终生价值): how it is computed,
//! three ways, and what moves it.

use super::evidence::base_at;
use super::evidence::Readout::*;
use super::{
    at, base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question,
    Side, Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "clv",
    title: t(
        "Customer lifetime value, three ways",
        "客户终生价值的三种算法",
    ),
    objective: t(
        "Compute CLV as the present value of future margin, and see what moves it.",
        "掌握客户终生价值（未来利润的现值）的算法，了解其影响因素。",
    ),
    intro: t(
        "CLV is the present value of all the profit a customer will bring. Three ways: the closed form m·r/(1+d−r) for margin m, retention r and discount rate d; the same sum over a finite horizon; and a Markov chain over lifecycle stages. The simulator predicts each customer's CLV from their margin and their chance of staying; customer equity is the sum over all customers.",
        "客户终生价值是客户未来带来的全部利润的现值。三种算法：一是闭式公式 m·r/(1+d−r)（m 为利润，r 为保留率，d 为折现率）；二是在有限期内计算同一求和；三是基于生命周期阶段的马尔可夫链。模拟器根据每位客户的利润和保留概率预测其终生价值；客户资产是全体客户终生价值之和。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (month 36) to read this run's margin, retention and discount rate.",
                "前往最后一个月（第 36 个月），读出这次模拟的利润、保留率和折现率。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Clv,
            notice: t(
                "This run's averages: margin m = {margin} a year per customer, annual retention r = {retention}, discount rate d = {discount}. Work out m·r/(1+d−r) yourself, on paper or in the CLV calculator (the button at the end of the lesson), before you go on.",
                "这次模拟的平均值：每位客户每年的利润 m = {margin}，年保留率 r = {retention}，折现率 d = {discount}。继续之前，先自己算出 m·r/(1+d−r)：可以用纸笔，也可以用客户终生价值计算器（本课末尾的按钮）。",
            ),
            evidence: &[
                now("margin", MarginPerCustomerYear),
                now("retention", AnnualRetention),
                now("discount", DiscountRate),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Pin the run as a baseline, to compare the closed form with the simulator's two other ways.",
                "把这次模拟固定为基准，以便将闭式公式与模拟器的另外两种算法相比较。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Clv,
            notice: t(
                "The closed form at these averages gives {closed}. The Markov chain over the stages, for a new customer: {markov}. The average predicted CLV of today's customers: {clv}. They differ because customers differ: r/(1+d−r) grows faster and faster with r, so the loyal few are worth far more than the formula at the average retention; and a new customer, many of whom leave early, is worth less than a customer who has already stayed.",
                "按这些平均值，闭式公式得出 {closed}。按生命周期阶段的马尔可夫链，一位新客户的 CLV 为 {markov}。现有客户的平均预测 CLV 为 {clv}。三者不同，是因为客户各不相同：r/(1+d−r) 随 r 增长得越来越快，所以少数忠诚客户的价值远高于按平均保留率算出的结果；而新客户中很多人会早早离开，他们的价值低于已经留下来的客户。",
            ),
            evidence: &[
                now("closed", ClosedFormClv),
                now("markov", MarkovClvNew),
                now("clv", ClvMean),
            ],
            predict: Some(Prediction {
                ask: t(
                    "The average predicted CLV of active customers, compared with the closed form you worked out:",
                    "活跃客户的平均预测 CLV，与你算出的闭式公式值相比：",
                ),
                figure: now("clv", ClvMean),
                against: now("closed", ClosedFormClv),
            }),
            claims: &[
                Claim::Above(now("clv", ClvMean), Side::Times(now("closed", ClosedFormClv), 1.5)),
                Claim::Above(now("clv", ClvMean), Side::Figure(now("markov", MarkovClvNew))),
            ],
            view: None,
        },
        Step {
            ask: t(
                "Raise service quality to 12 ¥ or more.",
                "把服务投入提高到 12 元以上。",
            ),
            goal: Goal::LeverAtLeast(LeverId::ServiceQuality, 12.0),
            chart: ChartKind::Clv,
            notice: t(
                "At month 36 a new customer's Markov-chain CLV is {markov} against {markov_base}: fewer leave early. The average CLV of today's customers moves less, {clv} against {clv_base}: each month's margin is smaller, but customers stay longer. Customer equity, with more customers kept, is {equity} against {equity_base}. Play back through the months: the average CLV climbs in both runs, better service or not, because the customers who remain are those likely to stay. Compare the two runs at the same month, not one month with another.",
                "第 36 个月，一位新客户的马尔可夫链 CLV 为 {markov}，基准为 {markov_base}：早早离开的人少了。现有客户的平均 CLV 变化较小：{clv}，基准为 {clv_base}，因为每月利润变少了，但客户留得更久。留住的客户更多，客户资产为 {equity}，基准为 {equity_base}。往回看前面的月份：无论服务是否改善，两次模拟的平均 CLV 都在上升，因为留下来的正是那些很可能留下的客户。要在同一个月比较两次模拟，而不是拿这个月和那个月比。",
            ),
            evidence: &[
                now("markov", MarkovClvNew),
                base("markov_base", MarkovClvNew),
                now("clv", ClvMean),
                base("clv_base", ClvMean),
                now("equity", CustomerEquity),
                base("equity_base", CustomerEquity),
            ],
            claims: &[
                Claim::Above(
                    now("markov", MarkovClvNew),
                    Side::Times(base("markov_base", MarkovClvNew), 1.2),
                ),
                Claim::Above(
                    now("equity", CustomerEquity),
                    Side::Times(base("equity_base", CustomerEquity), 1.2),
                ),
                Claim::Above(
                    base("clv_base", ClvMean),
                    Side::Times(base_at("clv_6_base", ClvMean, 6), 1.1),
                ),
                Claim::Above(
                    now("clv", ClvMean),
                    Side::Times(at("clv_6", ClvMean, 6), 1.1),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A streaming service earns 300 ¥ margin a year per subscriber, keeps 75% of subscribers a year and discounts at 10%. A consultant values every subscriber at 300 × 0.75/(1 + 0.10 − 0.75) ≈ 643 ¥. Some subscribers have stayed for years; many cancel after a month or two. What does the single figure miss?",
            "一家视频平台每位订阅用户每年带来 300 元利润，年保留率 75%，折现率 10%。顾问把每位订阅用户都估值为 300 × 0.75/(1 + 0.10 − 0.75) ≈ 643 元。有些用户已经订阅多年，也有很多人一两个月后就退订了。这个单一数字忽略了什么？",
        ),
        options: &[
            wrong(
                t(
                    "Nothing: every subscriber is worth the same 643 ¥.",
                    "没有忽略什么：每位订阅用户都值 643 元。",
                ),
                t(
                    "Subscribers differ in their chance of staying; one figure for all of them hides how much they differ.",
                    "订阅用户留下来的可能性各不相同；一个适用于所有人的数字掩盖了他们之间的差别。",
                ),
            ),
            right(t(
                "The loyal subscribers are worth far more than 643 ¥ and the new ones less: value rises faster and faster with retention, so the formula at the average retention understates the average subscriber.",
                "忠诚的老用户价值远高于 643 元，新用户则低于这个数：价值随保留率增长得越来越快，所以按平均保留率算出的结果低估了平均每位用户的价值。",
            )),
            wrong(
                t(
                    "It should not discount: a yuan next year is worth the same as today.",
                    "不应该折现：明年的一元钱和今天的一样值钱。",
                ),
                t(
                    "A yuan next year is worth less than one today; leaving out the discount would overstate every subscriber, not show how they differ.",
                    "明年的一元钱不如今天的一元钱值钱；去掉折现只会高估每一位用户，而不能说明他们之间的差别。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "The closed form m·r/(1+d−r) values a customer with constant margin and retention. Averaged over real customers, whose retention differs, the mean CLV is above the formula at the mean retention, because the multiple r/(1+d−r) is convex in r. The Markov chain follows customers through the stages, so it shows a new customer's value, early leavers included.",
            "闭式公式 m·r/(1+d−r) 假设客户的利润和保留率不变。真实客户的保留率各不相同，对他们取平均后，平均 CLV 高于按平均保留率算出的公式值，因为倍数 r/(1+d−r) 是 r 的凸函数。马尔可夫链沿着生命周期阶段追踪客户，所以能给出包括早早离开者在内的新客户价值。",
        ),
    },
    tool: Some("clv"),
};
