//! Lesson 8: customer lifetime value (客户终生价值): how it is computed,
//! three ways, and what moves it.

use super::{t, ChartKind, Goal, Lesson, Preset, Question, Step};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "clv",
    title: t(
        "Customer lifetime value, three ways",
        "客户终生价值的三种算法",
    ),
    objective: t(
        "Compute CLV as the present value of future margin, and see what moves it.",
        "把客户终生价值算作未来利润的现值，并看到哪些因素会改变它。",
    ),
    intro: t(
        "CLV is the present value of all the profit a customer will bring. Three ways: the closed form m·r/(1+d−r) for margin m, retention r and discount rate d; the same sum over a finite horizon; and a Markov chain over lifecycle stages. The simulator predicts each customer's CLV from their margin and their chance of staying; customer equity is the sum over all customers.",
        "客户终生价值是客户未来带来的全部利润的现值。三种算法：利润 m、保留率 r、折现率 d 的闭式公式 m·r/(1+d−r)；同一求和在有限期内计算；以及基于生命周期阶段的马尔可夫链。模拟器根据每位客户的利润和留存概率预测其终生价值；客户资产是全体客户之和。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (month 36) and read the Average CLV card.",
                "前往最后一个月（第 36 个月），读一读“平均客户终生价值”卡片。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Clv,
            notice: t(
                "Average CLV (blue) is the mean predicted value of today's active customers, about 1,490 ¥; customer equity multiplies it by their number. The green line is the Markov-chain CLV of a new customer, from the stage-to-stage moves seen so far: about 660 ¥. The CLV calculator's closed form at this market's averages (margin about 325 ¥ a year, retention 72.5%, discount 12%) gives about 600 ¥. They differ because customers differ: r/(1+d−r) is convex in r, so the average of customers' CLVs is far above the formula at the average retention (the loyal few are worth far more), and a new customer, many of whom leave early, is worth less than the average customer who has already stayed.",
                "平均客户终生价值（蓝线）是当前活跃客户预测价值的平均数，约 1,490 元；客户资产等于它乘以客户数。绿线是新客户的马尔可夫链终生价值，由至今观察到的阶段间转移算出：约 660 元。终生价值计算器按本市场的平均值（年利润约 325 元、年保留率 72.5%、折现率 12%）用闭式公式算出约 600 元。三者不同，是因为客户各不相同：r/(1+d−r) 是 r 的凸函数，客户终生价值的平均数远高于按平均保留率算出的值（少数忠诚客户的价值高得多）；而新客户中许多人很早就离开，其价值低于已经留下来的平均客户。",
            ),
        },
        Step {
            ask: t(
                "Pin the run as a baseline.",
                "把这次运行固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Clv,
            notice: t(
                "Now change what drives CLV: the chance of staying.",
                "接下来改变驱动终生价值的因素：留下来的概率。",
            ),
        },
        Step {
            ask: t(
                "Raise service quality to 12 ¥ or more.",
                "把服务质量提高到 12 元或更多。",
            ),
            goal: Goal::LeverAtLeast(LeverId::ServiceQuality, 12.0),
            chart: ChartKind::Clv,
            notice: t(
                "Average CLV rises a little (about 1,490 → 1,610 ¥: each month's margin is smaller, but customers stay longer) while customer equity rises by about 60%: more customers, each worth more. A new customer's Markov-chain CLV rises much more than the average (about 660 → 980 ¥), as fewer leave early.",
                "平均终生价值略有上升（约 1,490 → 1,610 元：每月利润变薄，但客户留得更久），客户资产却上升约 60%:客户更多，每位更值钱。新客户的马尔可夫链终生价值涨幅比平均值大得多（约 660 → 980 元），因为很早离开的人少了。",
            ),
        },
    ],
    question: Question {
        ask: t(
            "With margin 1, annual retention r = 0.8 and discount rate d = 0.1, what is the CLV multiple r/(1+d−r)?",
            "利润为 1、年保留率 r = 0.8、折现率 d = 0.1 时，终生价值倍数 r/(1+d−r) 是多少？",
        ),
        options: &[t("0.8", "0.8"), t("2.67", "2.67"), t("8.0", "8.0"), t("4.44", "4.44")],
        answer: 1,
        explain: t(
            "0.8 / (1 + 0.1 − 0.8) = 0.8 / 0.3 ≈ 2.67: the customer is worth 2.67 years of margin. The CLV calculator shows the multiple for other retention and discount rates.",
            "0.8 / (1 + 0.1 − 0.8) = 0.8 / 0.3 ≈ 2.67:这位客户相当于 2.67 年的利润。终生价值计算器列出了其他保留率和折现率下的倍数。",
        ),
    },
    tool: Some("clv"),
};
