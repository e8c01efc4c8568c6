//! Lesson 3: acquisition vs retention cost (5:1 成本问题) in this market's
//! numbers.

use super::evidence::Readout::*;
use super::{
    base, now, right, t, wrong, ChartKind, Claim, Goal, Lesson, Prediction, Preset, Question, Side,
    Step,
};
use crate::sim::LeverId;

pub const LESSON: Lesson = Lesson {
    id: "five-to-one",
    title: t(
        "Why keeping costs less than winning: the 5:1 rule",
        "为什么保留比获取便宜：5:1 成本问题",
    ),
    objective: t(
        "Compare what a new customer costs with what keeping one costs, in this market's numbers.",
        "用本市场的数字，比较获得一位新客户与保留一位老客户的成本。",
    ),
    intro: t(
        "Winning a new customer usually costs five to seven times as much as keeping one. This lesson measures both costs in this market, from your own run, and then asks what the rule leaves out: what does one more customer cost, won or kept?",
        "获得一位新客户的成本通常是保留一位老客户的 5 到 7 倍。本课用你自己这次模拟的数字，测量这个市场中的这两种成本，再追问这条规则没有说的问题：多获得或多保留一位客户，要多花多少钱？",
    ),
    preset: Preset {
        scenario: "default",
        levers: &[],
    },
    steps: &[
        Step {
            ask: t(
                "Pin the current run as a baseline.",
                "把当前模拟结果固定为基准。",
            ),
            goal: Goal::BaselinePinned,
            chart: ChartKind::Money,
            notice: t(
                "So far in this run a new customer has cost {cac} of marketing on average, and keeping a customer for a year {keep} of retention spend: {ratio}.",
                "到目前为止，这次模拟平均每获得一位新客户花费营销费 {cac}，每保留一位客户一年花费维系投入 {keep}：{ratio}。",
            ),
            evidence: &[
                now("cac", CostPerNewCustomer),
                now("keep", RetentionCostPerKeptYear),
                now("ratio", CostRatio),
            ],
            claims: &[Claim::Between(now("ratio", CostRatio), 2.0, 10.0)],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Double acquisition spend: set it to 8,000 ¥ or more.",
                "把获客投入翻倍：设为 8,000 元以上。",
            ),
            goal: Goal::LeverAtLeast(LeverId::AcquisitionSpend, 8000.0),
            chart: ChartKind::Money,
            notice: t(
                "Marketing so far: {spent} against the baseline's {spent_base}. New customers so far: {new} against {new_base}. Twice the marketing wins far fewer than twice the customers: the prospects left are harder to convert.",
                "到目前为止的营销费：{spent}，基准为 {spent_base}。到目前为止的新客户：{new} 位，基准为 {new_base} 位。营销费翻倍，新客户却远不到两倍：剩下的潜在客户更难转化。",
            ),
            evidence: &[
                now("spent", AcquisitionCostSoFar),
                base("spent_base", AcquisitionCostSoFar),
                now("new", NewCustomersSoFar),
                base("new_base", NewCustomersSoFar),
            ],
            claims: &[
                Claim::Above(
                    now("spent", AcquisitionCostSoFar),
                    Side::Times(base("spent_base", AcquisitionCostSoFar), 1.8),
                ),
                Claim::Below(
                    now("new", NewCustomersSoFar),
                    Side::Times(base("new_base", NewCustomersSoFar), 1.5),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Before you play on: where will cumulative profit end against the baseline? Then go to the last month.",
                "继续播放之前先想一想：累计利润最终会比基准高还是低？然后前往最后一个月。",
            ),
            goal: Goal::MonthAtLeast(36),
            chart: ChartKind::Money,
            notice: t(
                "Over three years the extra marketing won {new} new customers against {new_base}. Each extra customer cost {extra}, against an average of {cac} in the baseline: the last customers bought are the dearest. Cumulative profit ends at {profit} against {profit_base}.",
                "三年里，多花的营销费换来 {new} 位新客户，基准为 {new_base} 位。每多获得一位客户要多花 {extra}，而基准的平均成本只有 {cac}：最后争取到的客户最贵。累计利润最终为 {profit}，基准为 {profit_base}。",
            ),
            evidence: &[
                now("new", NewCustomersSoFar),
                base("new_base", NewCustomersSoFar),
                base("cac", CostPerNewCustomer),
                now("extra", ExtraCostPerExtraCustomer),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
            ],
            predict: Some(Prediction {
                ask: t(
                    "Cumulative profit at month 36 with twice the marketing, compared with the baseline:",
                    "营销费翻倍后第 36 个月的累计利润，与基准相比：",
                ),
                figure: now("profit", CumulativeProfit),
                against: base("profit_base", CumulativeProfit),
            }),
            claims: &[
                Claim::Above(
                    now("extra", ExtraCostPerExtraCustomer),
                    Side::Times(base("cac", CostPerNewCustomer), 2.0),
                ),
                Claim::Below(
                    now("profit", CumulativeProfit),
                    Side::Figure(base("profit_base", CumulativeProfit)),
                ),
            ],
            ..Step::PLAIN
        },
        Step {
            ask: t(
                "Keeping has an extra cost too. Put acquisition spend back to 4,000 ¥ or less and call customers more, until retention spend is 7.5 ¥ or more (1.4 calls a month beside the messages and emails).",
                "保留客户同样有边际成本。把获客投入调回 4,000 元以下，并多给客户打电话，直到客户维系投入达到 7.5 元以上（短信和邮件之外，每月 1.4 次电话）。",
            ),
            goal: Goal::Both(
                &Goal::LeverAtMost(LeverId::AcquisitionSpend, 4000.0),
                &Goal::RetentionSpendAtLeast(7.5),
            ),
            chart: ChartKind::Money,
            notice: t(
                "On average the baseline kept a customer for a year for {keep}. The extra spend keeps more customers, but each extra customer-year kept costs {extra_keep}: most of the extra care goes to customers who would have stayed anyway. Cumulative profit: {profit} against {profit_base}. The 5:1 rule compares averages; a budget decision turns on what the next yuan buys.",
                "平均来看，基准每保留一位客户一年花费 {keep}。多投入的维系费用确实多留住了一些客户，但每多保留一位客户一年要多花 {extra_keep}：多出的关怀大多给了本来就会留下的客户。累计利润：{profit}，基准为 {profit_base}。5:1 比较的是平均成本；预算决策要看下一元钱能换来什么。",
            ),
            evidence: &[
                base("keep", RetentionCostPerKeptYear),
                now("extra_keep", ExtraRetentionCostPerExtraKeptYear),
                now("profit", CumulativeProfit),
                base("profit_base", CumulativeProfit),
            ],
            predict: Some(Prediction {
                ask: t(
                    "The retention spend per extra customer-year kept, compared with the baseline's average per customer-year kept:",
                    "每多保留一位客户一年所需的维系投入，与基准平均每保留一位客户一年的投入相比：",
                ),
                figure: now("extra_keep", ExtraRetentionCostPerExtraKeptYear),
                against: base("keep", RetentionCostPerKeptYear),
            }),
            claims: &[
                Claim::Above(
                    now("extra_keep", ExtraRetentionCostPerExtraKeptYear),
                    Side::Times(base("keep", RetentionCostPerKeptYear), 2.0),
                ),
                Claim::Below(
                    now("profit", CumulativeProfit),
                    Side::Figure(base("profit_base", CumulativeProfit)),
                ),
            ],
            ..Step::PLAIN
        },
    ],
    question: Question {
        ask: t(
            "A telecom firm spends on average 600 ¥ to win a subscriber and 100 ¥ a year to keep one. Its manager proposes moving the whole acquisition budget into retention. What is wrong with the reasoning?",
            "一家电信企业平均花 600 元获得一位用户，每年花 100 元保留一位用户。经理提议把全部获客预算转到客户维系上。这个推理错在哪里？",
        ),
        options: &[
            wrong(
                t(
                    "Nothing: keeping is six times cheaper, so every yuan belongs there.",
                    "没有错：保留的成本只有获取的六分之一，所以每一元钱都应该花在这里。",
                ),
                t(
                    "Six to one compares averages. The next yuan of retention spend mostly reaches customers who would have stayed anyway, so its cost per extra customer kept is far above the average.",
                    "六比一比较的是平均成本。多出来的每一元维系投入，大多落在本来就会留下的客户身上，所以每多保留一位客户的成本远高于平均值。",
                ),
            ),
            right(t(
                "Averages do not say what the next yuan buys: extra retention spend keeps fewer and fewer extra customers, just as extra marketing wins fewer and fewer.",
                "平均成本说明不了下一元钱能换来什么：维系投入越多，每多花一元多留住的客户越少，正如营销投入越多，多获得的客户越少。",
            )),
            wrong(
                t(
                    "Acquisition is the better buy: only new customers bring growth.",
                    "获客更划算：只有新客户才能带来增长。",
                ),
                t(
                    "New customers are the dearest to get, and each extra one costs more than the average as the easy prospects are used up; a customer kept is growth that need not be bought again.",
                    "新客户最难获得，而且随着容易争取的潜在客户用完，每多获得一位的成本都高于平均值；留住一位客户，就是不必再花钱买回来的增长。",
                ),
            ),
            wrong(
                t(
                    "The two costs cannot be compared: one is per customer, the other per year.",
                    "这两个成本无法比较：一个按客户计，一个按年计。",
                ),
                t(
                    "They can: a customer kept for a year is a customer not lost and not bought again, so both costs answer the same question.",
                    "可以比较：保留一位客户一年，就是少流失一位、也不必再买回一位客户，所以两种成本回答的是同一个问题。",
                ),
            ),
        ],
        answer: 1,
        explain: t(
            "On average keeping a customer costs a fraction of winning one, so retention comes first. But budgets are decided at the margin: both extra marketing and extra care buy less and less, and past a point each extra customer, won or kept, costs more than it brings.",
            "平均来看，保留一位客户的成本只是获得一位新客户的零头，所以保留优先。但预算要按边际来决定：无论多花在营销上还是多花在关怀上，换来的都越来越少；超过某一点，每多获得或多保留一位客户，成本都会超过收益。",
        ),
    },
    tool: None,
};
