//! Lesson 4: retention economics (保留率与利润) — five points of retention
//! and what they do to customer equity.

use super::evidence::Readout::*;
use super::{
    base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question, Side,
    Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "retention-economics",
    title: t(
        "Retention economics: five points of retention",
        "保留率经济学：提高五个百分点的保留率",
    ),
    objective: t(
        "See how a few points of annual retention multiply customer equity, and why.",
        "观察年保留率提高几个百分点如何成倍放大客户资产，并理解其原因。",
    ),
    intro: t(
        "Reichheld and Sasser found that five more points of retention raise profit by 25–85%. Two things compound: each customer kept stays longer, and the customers kept add up month after month, so the base itself grows. Customer equity, the number of customers times their average CLV, counts both.",
        "赖克哈尔德和萨瑟发现，保留率提高 5 个百分点，利润可提高 25% 到 85%。有两种效应在累积：留下的每位客户留得更久；留下的客户一个月一个月地累积起来，客户群本身也在扩大。客户资产（客户数量乘以平均 CLV）把两者都算了进去。",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Go to the last month (month 36) and look at the Annual retention and Customer equity cards.",
                "前往最后一个月（第 36 个月），看“年保留率”和“客户资产”两张卡片。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Clv,
            notice: t(
                "{retention} of customers are kept over a year. Customer equity, {equity}, is the number of active customers, {customers}, times their average predicted CLV, {clv}.",
                "一年内保留下来的客户占 {retention}。客户资产 {equity}等于活跃客户数 {customers} 乘以他们的平均预测 CLV {clv}。",
            ),
            evidence: &[
                now("retention", AnnualRetention),
                now("customers", ActiveCustomers),
                now("clv", ClvMean),
                now("equity", CustomerEquity),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Pin the current run as a baseline.",
                "把当前模拟结果固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Clv,
            notice: t(
                "The baseline is kept: the chart draws it dashed, and the cards show differences against it.",
                "基准已保存：图中用虚线画出基准，卡片显示与基准的差异。",
            ),
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Improve the service a little: set service quality to 10 ¥ or more.",
                "稍微改善服务：把服务投入设为 10 元以上。",
            ),
            goal: Goal::LeverAtLeast(LeverId::ServiceQuality, 10.0),
            chart: ChartKind::Clv,
            notice: t(
                "Annual retention: {retention} against {retention_base}. Customer equity: {equity} against {equity_base}. Split it into its two factors: active customers {customers} against {customers_base}, average CLV {clv} against {clv_base}. Most of the gain is more customers, kept month after month; each is worth only a little more.",
                "年保留率：{retention}，基准为 {retention_base}。客户资产：{equity}，基准为 {equity_base}。把它拆成两个因子：活跃客户 {customers} 位，基准为 {customers_base} 位；平均 CLV {clv}，基准为 {clv_base}。增量主要来自客户数量的增加（逐月累积留下来的客户），每位客户的价值只略有提高。",
            ),
            evidence: &[
                now("retention", AnnualRetention),
                base("retention_base", AnnualRetention),
                now("customers", ActiveCustomers),
                base("customers_base", ActiveCustomers),
                now("clv", ClvMean),
                base("clv_base", ClvMean),
                now("equity", CustomerEquity),
                base("equity_base", CustomerEquity),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Customer equity with slightly better service, compared with the baseline:",
                    "服务稍有改善后的客户资产，与基准相比：",
                ),
                figure: now("equity", CustomerEquity),
                against: base("equity_base", CustomerEquity),
            }),
            claims: &[
                Claim::Above(
                    now("retention", AnnualRetention),
                    Side::Figure(base("retention_base", AnnualRetention)),
                ),
                Claim::Above(
                    now("equity", CustomerEquity),
                    Side::Times(base("equity_base", CustomerEquity), 1.15),
                ),
                Claim::Above(
                    now("customers", ActiveCustomers),
                    Side::Times(base("customers_base", ActiveCustomers), 1.12),
                ),
                Claim::Below(
                    now("clv", ClvMean),
                    Side::Times(base("clv_base", ClvMean), 1.08),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "After a retention programme a bank's customer equity rose by 30%. The board asks where the gain came from. Which analysis answers?",
            "一家银行推行客户维系计划后，客户资产增加了 30%。董事会想知道增长从何而来。哪种分析能回答这个问题？",
        ),
        options: &[
            wrong(
                t(
                    "Put the new retention rate into r/(1+d−r): the rise in that multiple is the whole answer.",
                    "把新的保留率代入 r/(1+d−r)：这个倍数的上升就是全部答案。",
                ),
                t(
                    "That multiple values one customer at one retention rate; it cannot tell how much of the change in equity came from anything else.",
                    "这个倍数衡量的是在某个保留率下一位客户的价值；它说明不了客户资产的变化中有多少来自别的因素。",
                ),
            ),
            right(t(
                "Split equity into the number of customers and the average CLV, and compare each with before.",
                "把客户资产拆成客户数量和平均 CLV，分别与之前比较。",
            )),
            wrong(
                t(
                    "Compare this year's profit with last year's: equity and profit move together.",
                    "比较今年和去年的利润：客户资产和利润同步变化。",
                ),
                t(
                    "Profit is this year's money; equity is the predicted value of everyone still here. Retention spend can lower this year's profit while it raises equity.",
                    "利润是今年赚到的钱；客户资产是所有现有客户的预测价值。维系投入可能压低今年的利润，同时提高客户资产。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "Customer equity = customers × average CLV. Better retention raises both: more customers stay, and each stays a little longer. In this market most of the gain is in the number of customers, which a per-customer formula cannot show.",
            "客户资产 = 客户数量 × 平均 CLV。更好的保留会同时提高两者：留下的客户更多，每位客户留得也更久一些。在这个市场中，增加的大部分来自客户数量，这是按单个客户计算的公式看不出来的。",
        ),
    },
    tool: Some("clv"),
};
