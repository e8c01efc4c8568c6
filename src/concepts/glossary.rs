//! The glossary: every concept of the course (MODEL.md §2) in both
//! languages, with a paragraph that says what it means and where the
//! simulator shows it. The page links here from the explanations of KPI
//! cards and levers.

use crate::i18n::{t, Text};

/// One term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// Used in links: `#glossary/<id>`.
    pub id: &'static str,
    pub name: Text,
    pub explain: Text,
}

/// The terms, in the course's order.
pub const TERMS: [Term; 22] = [
    Term {
        id: "lifecycle",
        name: t("Customer relationship lifecycle", "客户关系生命周期"),
        explain: t(
            "A relationship moves through five stages: acquisition (the first purchases), growth (buying more, trust building), maturity (stable, high value), decline (buying less, dissatisfaction) and churn (gone). Prospects enter at acquisition; win-back brings churned customers back. The stages chart shows how many customers are in each stage every month.",
            "客户关系依次经过五个阶段：获取期（最初的购买）、提升期（购买增加、信任建立）、成熟期（稳定、高价值）、衰退期（购买减少、出现不满）和流失期（离开）。潜在客户从获取期进入；流失挽救把流失客户带回来。“各生命周期阶段的活跃客户”图显示每个月处于各阶段的客户人数。",
        ),
    },
    Term {
        id: "development-lifecycle",
        name: t("Customer development lifecycle", "客户发展生命周期"),
        explain: t(
            "The firm's side of the lifecycle: attract prospects, acquire them as customers, manage the relationship, retain the customers worth keeping. In the simulator, acquisition spend attracts and acquires, service quality and complaint handling manage, retention and win-back spend retain.",
            "从企业角度看的生命周期：吸引潜在客户、获得客户、管理关系、保留值得保留的客户。在模拟器中，获客投入负责吸引与获得，服务投入和投诉处理负责管理，客户维系投入和流失挽救投入负责保留。",
        ),
    },
    Term {
        id: "clv",
        name: t("Customer lifetime value (CLV)", "客户终生价值"),
        explain: t(
            "The present value of all the profit a customer will bring over the relationship, discounted at the firm's rate. It grows with purchase frequency, the length of the relationship, cross- and up-buying and referrals. With margin m, retention r and discount rate d, CLV = m·r/(1+d−r). Customer equity is the sum of the CLV of all customers.",
            "客户在整个关系期间带来的全部利润，按企业的折现率折成现值。购买频率、关系时长、交叉购买与追加购买以及推荐都会提高它。设利润为 m、保留率为 r、折现率为 d，则 CLV = m·r/(1+d−r)。客户资产是全体客户终生价值之和。",
        ),
    },
    Term {
        id: "cdv",
        name: t("Customer delivered value (CDV)", "客户让渡价值"),
        explain: t(
            "Total customer value (product, service, personnel and image value) minus total customer cost (price, time, energy and effort). Customers choose the offer that delivers the most value. In the simulator, service quality raises value and price raises cost; price-sensitive customers weigh price most.",
            "客户总价值（产品、服务、人员和形象价值）减去客户总成本（价格、时间、精力和体力）。客户会选择让渡价值最大的产品。在模拟器中，服务投入提高价值，价格提高成本；价格敏感的客户最看重价格。",
        ),
    },
    Term {
        id: "satisfaction",
        name: t("Customer satisfaction", "客户满意"),
        explain: t(
            "Perceived performance Q compared with expectation q (Kotler; expectation–disconfirmation). Q far above q: delighted; Q above q: very satisfied; Q about q: basically satisfied; Q below q: dissatisfied; Q far below q: very dissatisfied. Expectations rise with experience, so the same service satisfies less over time.",
            "感知质量 Q 与期望质量 q 的比较（科特勒；期望—不一致理论）。Q 远高于 q：非常愉悦；Q 高于 q：很满意；Q 约等于 q：基本满意；Q 低于 q：不满意；Q 远低于 q：非常不满意。期望会随体验上升，所以同样的服务随时间推移带来的满意会减少。",
        ),
    },
    Term {
        id: "loyalty",
        name: t("Customer loyalty", "客户忠诚"),
        explain: t(
            "Attitudinal loyalty is preference and willingness to recommend; behavioural loyalty is repeat purchase and share of wallet. The Loyalty card shows the mean attitudinal loyalty (0–100); the rates chart shows how many customers buy again.",
            "态度忠诚是偏好和推荐意愿；行为忠诚是重复购买和钱包份额。“客户忠诚度”卡片显示平均态度忠诚（0–100）；“保留率、流失率与获得率”图显示有多少客户重复购买。",
        ),
    },
    Term {
        id: "loyalty-matrix",
        name: t("Loyalty matrix", "客户忠诚矩阵"),
        explain: t(
            "Crosses attitude with repeat behaviour: loyal (both high), latent (like the firm but are likely to leave: little habit, a rival at hand, or just let down by a failure), spurious (buy again without attachment, often out of habit or because there is no real alternative) and none (neither). The loyalty-matrix chart places the customers of the selected month.",
            "把态度与重复购买行为交叉：忠诚（两者都高）、潜伏忠诚（喜欢企业却很可能离开：缺少消费习惯、竞争对手近在身边，或刚因一次服务失误而失望）、虚假忠诚（没有感情却重复购买，常出于习惯或别无选择）和不忠诚（两者都低）。客户忠诚矩阵图显示所选月份的客户分布。",
        ),
    },
    Term {
        id: "loyalty-drivers",
        name: t("Loyalty drivers and the AHP index", "忠诚度影响因素与层次分析法"),
        explain: t(
            "The four criteria of the course's loyalty index system: perceived value (A1), satisfaction (A2), switching cost (A3) and trust (A4). Their weights come from the analytic hierarchy process: pairwise judgements on a 1–9 scale, weights from the principal eigenvector, and a consistency check (CR at most 0.1). The simulator's loyalty uses these four drivers with AHP weights; the AHP calculator shows how they are found.",
            "课程中忠诚度指标体系的四个一级指标：客户认知价值（A1）、客户满意（A2）、转移成本（A3）和客户信任（A4）。权重由层次分析法得出：在 1–9 标度上两两比较，取最大特征根对应的特征向量为权重，并做一致性检验（CR 不超过 0.1）。模拟器的忠诚度按层次分析法权重综合这四个因素；层次分析法计算器展示了权重的求法。",
        ),
    },
    Term {
        id: "loyalty-types",
        name: t("Types of loyalty", "忠诚类型"),
        explain: t(
            "Why customers stay: monopoly (no choice), inertia (habit), latent (would buy more if they could), convenience, price, incentive (points and rewards) and super-value (they value the firm above all alternatives). Only the last is robust to a better offer; the others are at risk when circumstances change. The simulator sorts each active customer by what holds it: latent if it likes us but buys little; price where our price is its main advantage over a real rival; super-value if it likes us, is very satisfied and gets at least the rival's value; monopoly where the rival is no real alternative; otherwise its habit and switching cost (inertia). The loyalty types chart shows the mix month by month; the customer CSV gives each customer's type.",
            "按客户留下的原因分为七类：垄断忠诚（别无选择）、惰性忠诚（出于习惯）、潜在忠诚（想买却受限）、方便忠诚（图方便）、价格忠诚（图便宜）、激励忠诚（为了积分与奖励）和超值忠诚（认为该企业胜过其他所有选择）。只有超值忠诚经得起更好的竞争报价；其他类型在环境变化时都有风险。模拟器按留住每位活跃客户的原因归类：喜欢本企业却买得少为潜在忠诚；面对真正的竞争对手、价格是主要优势为价格忠诚；喜欢本企业、很满意且得到的价值不低于竞争对手为超值忠诚；竞争对手算不上真正的选择时为垄断忠诚；其余靠习惯和转移成本留下的为惰性忠诚。“各忠诚类型的活跃客户”图显示每个月的构成；客户明细 CSV 给出每位客户的类型。",
        ),
    },
    Term {
        id: "pyramid",
        name: t("Customer pyramid", "客户金字塔"),
        explain: t(
            "Customers ranked into tiers by profitability: platinum (the most valuable few), gold, iron and lead (customers who cost more than they bring). It guides where service and retention money should go. The pyramid chart shows the tiers at the selected month; retention targeting can send the retention spend to platinum and gold only, or to the customers with the most value at risk (churn risk × the value of keeping them), which usually pays better: top-tier customers are top because they were likely to stay anyway.",
            "按盈利能力把客户分为四个层级：铂金层级（价值最高的少数人）、黄金层级、钢铁层级和重铅层级（成本高于其贡献的客户）。它指导服务和维系投入的去向。客户金字塔图显示所选月份的分层；维系对象可以设为只针对铂金和黄金层级，或针对流失风险价值（流失风险 × 留住客户的价值）最高的客户；后者通常回报更高：顶层客户之所以在顶层，正是因为他们本来就很可能留下。",
        ),
    },
    Term {
        id: "value-matrix",
        name: t("Customer value matrix", "客户价值矩阵"),
        explain: t(
            "Places customers by current value (what they have brought) and potential value (what they may still bring). High current and high potential: invest; low current but high potential: develop; high current but low potential: maintain and harvest; low on both: serve at the lowest cost or drop.",
            "按当前价值（已经带来的）和潜在价值（将来可能带来的）给客户定位。当前价值高且潜在价值高：重点保持（加大投入）；当前价值低但潜在价值高：重点发展；当前价值高但潜在价值低：一般维持（收获当前价值）；两者都低：以最低成本服务或放弃。",
        ),
    },
    Term {
        id: "jones-sasser",
        name: t(
            "Satisfaction and loyalty under competition",
            "竞争状况下的满意与忠诚",
        ),
        explain: t(
            "Jones and Sasser (1995): in highly competitive markets only completely satisfied customers stay loyal, and merely satisfied ones defect; in monopoly-like markets even dissatisfied customers keep buying (spurious loyalty). Compare the competitive and monopoly-like scenarios.",
            "琼斯和萨瑟（Jones & Sasser，1995）：在高度竞争市场中，只有完全满意的客户才保持忠诚，一般满意的客户会流失；在准垄断市场中，即使不满意的客户也会继续购买（虚假忠诚）。可以比较高度竞争市场和准垄断市场两个情景。",
        ),
    },
    Term {
        id: "service-recovery",
        name: t("Complaint handling and service recovery", "投诉处理与服务补救"),
        explain: t(
            "Most customers who meet a service failure never complain (about one in five does here); some of the silent ones simply leave. A complaint is a moment of truth: handled well, it keeps most complainants (about 70% stay); handled badly, it creates a detractor who leaves and warns others. The complaint-handling lever sets the share of complaints resolved well; resolving the last, hardest ones gets ever dearer.",
            "遇到服务失误的客户大多从不投诉（在本模拟器中约五分之一会投诉）；一些沉默的客户干脆离开。投诉是关键时刻：处理得好，能留住大多数投诉者（约 70% 留下）；处理得不好，投诉者就会流失并传播负面口碑，成为贬损者。“投诉处理”决策变量设定妥善解决的投诉比例；解决最后那些最棘手的投诉，成本越来越高。",
        ),
    },
    Term {
        id: "word-of-mouth",
        name: t("Word of mouth", "口碑"),
        explain: t(
            "What customers tell others. A dissatisfied customer tells 8 to 10 people anywhere in the market: prospects who hear it stay away for a while, and customers who hear it trust the firm less; satisfied customers refer new ones. In the simulator, word of mouth changes how many prospects convert and how much customers trust the firm.",
            "客户之间口头传播的对企业及其产品的评价。一位不满的客户会告诉市场上任意 8 到 10 个人：听到的潜在客户会在一段时间内望而却步，听到的现有客户对企业的信任会下降；满意的客户则会推荐新客户。在模拟器中，口碑影响潜在客户的转化人数和客户对企业的信任。",
        ),
    },
    Term {
        id: "five-to-one",
        name: t("Acquisition versus retention cost (5:1)", "5:1 成本问题"),
        explain: t(
            "Winning a new customer costs about five to seven times as much as keeping an existing one. In the default market, marketing spends about 200 ¥ per new customer; at the retention spend that earns most (about 2 ¥ a month on everyone), keeping a customer costs about 26 ¥ a year: between 7 and 8 to 1.",
            "获得一位新客户的成本约是保留一位老客户的 5 到 7 倍。在默认市场中，营销平均约 200 元换来一位新客户；在利润最高的维系投入下（每位客户每月约 2 元），保留一位客户每年约需 26 元：大约 7 到 8 比 1。",
        ),
    },
    Term {
        id: "retention-economics",
        name: t("Retention rate and profit", "保留率与利润"),
        explain: t(
            "A five-point rise in retention raises profit by 25–85% (Reichheld and Sasser), because customers who stay longer buy more, cost less to serve and refer others, and the value of a customer grows faster than retention itself. The Annual retention card compounds the month's retention over twelve months.",
            "保留率提高 5 个百分点，利润可提高 25%–85%（赖克哈尔德和萨瑟，Reichheld & Sasser），因为留得更久的客户买得更多、服务成本更低、还会推荐他人，客户价值的增长快于保留率本身。“年保留率”卡片把当月保留率按十二个月复合计算。",
        ),
    },
    Term {
        id: "segmentation",
        name: t("Customer segmentation", "客户细分"),
        explain: t(
            "Groups of customers who differ in price sensitivity, quality expectation, spending, word of mouth and inertia. The built-in markets have three segments (value seekers, mainstream, premium); the same decision affects each differently.",
            "在价格敏感度、质量期望、消费额、口碑和惰性上各不相同的客户群体。内置市场有三个细分市场（价值寻求者、主流客户、高端客户）；同一决策对它们的影响各不相同。",
        ),
    },
    Term {
        id: "care-channels",
        name: t("Customer care channels", "客户关怀工具"),
        explain: t(
            "The means of customer care: SMS (cheap and wide but often ignored), phone (costly, effective, intrusive), instant messages (free, low annoyance, read only when the customer is online) and email (cheap and rich, with a spam risk). In the simulator the channel mix sets the contacts per targeted customer per month on each; what the mix costs per customer is the retention spend. Each channel's good saturates, and contacts past what a customer tolerates (about three calls' worth a month) lower satisfaction: calls pay for customers worth a call, instant messages for customers who are online.",
            "客户关怀的手段：短信（便宜、覆盖广，但常被忽略）、电话（成本高、效果好、打扰人）、在线消息（免费、打扰少，但只有客户在线时才能看到）和邮件（便宜、内容丰富，但有被当作垃圾邮件的风险）。在模拟器中，渠道组合设定每位目标客户每月在各渠道上的接触次数；组合花在每位客户身上的费用就是客户维系投入。每个渠道的效果都会饱和，超过客户承受度（每月约相当于三次电话）的接触会降低满意度：电话适合值得打电话的客户，在线消息适合经常在线的客户。",
        ),
    },
    Term {
        id: "early-warning",
        name: t("Churn early warning", "流失预警"),
        explain: t(
            "Finding the customers about to leave before they go: those whose chance of leaving next month is high (in the simulator, 8% a month or more), with the main reason (a recent service failure, our price, low trust, or simply the rival's pull) and the value at risk (chance of leaving × what keeping them is worth). A save plan then calls the valuable ones with an offer that addresses the reason; it is cheaper to keep a customer than to win one back after it has gone.",
            "在客户离开之前找出即将流失的客户：下个月流失概率高的客户（模拟器中为每月 8% 及以上），以及主要原因（最近的服务失误、价格、信任不足，或只是竞争对手的吸引）和流失风险价值（流失概率 × 留住该客户的价值）。挽救计划随后给其中价值高的客户打电话，给出针对原因的优惠；留住客户比客户离开后再挽回要便宜。",
        ),
    },
    Term {
        id: "loyalty-programme",
        name: t("Loyalty programme", "会员计划"),
        explain: t(
            "A programme that rewards customers for buying: points (a share of spend returned, redeemed later), member tiers such as a gold card with its own benefits, and offers for members only. Members gain a reason to stay (the reward) and something to lose by leaving (unredeemed points, their card): incentive loyalty. It costs the points redeemed and the benefits given, paid on purchases members would often have made anyway; unredeemed points are a liability. Incentive-only loyalty leaves when the incentive goes: stopping or cutting a programme loses the customers it alone held.",
            "奖励客户购买行为的计划：积分（按消费额的一定比例返还，以后兑换）、会员等级（如金卡，享有各自的权益）以及会员专属优惠。会员因此有了留下的理由（奖励），离开时也会失去一些东西（未兑换的积分、会员卡）：这就是激励忠诚。计划的成本是兑换的积分和给出的权益，而这些往往花在会员本来就会发生的购买上；未兑换的积分是一项负债。只靠激励维系的忠诚会随激励消失而离开：停止或削减会员计划，就会失去仅靠它留住的客户。",
        ),
    },
    Term {
        id: "crm-kpis",
        name: t("CRM performance KPIs", "CRM 绩效指标"),
        explain: t(
            "The seven measures of CRM performance: satisfaction, loyalty, retention rate, new-customer acquisition rate, profit contribution, service response time and complaint rate. They are the first seven cards of the Explore page.",
            "衡量 CRM 绩效的七项指标：客户满意度、客户忠诚度、客户保留率、新客户获得率、利润贡献、服务响应时间和客户投诉率。它们是探索页上的前七张卡片。",
        ),
    },
    Term {
        id: "four-c",
        name: t("From 4P to 4C", "4P 与 4C"),
        explain: t(
            "The marketing mix seen from the customer: product becomes the customer's needs, price becomes the customer's total cost, place becomes convenience, promotion becomes two-way communication. CRM starts from the 4C.",
            "从客户角度看营销组合：产品变为客户需求，价格变为客户总成本，渠道变为便利，促销变为双向沟通。客户关系管理从 4C 出发。",
        ),
    },
];

impl Term {
    /// The term's Chinese slug: its Chinese name without spaces, so
    /// `#glossary/客户终生价值` opens it as `#glossary/clv` does.
    pub fn zh_slug(&self) -> String {
        self.name
            .zh
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }

    /// Whether `query` (already lower-cased and trimmed) is found in the
    /// term's name or explanation, in either language.
    pub fn matches(&self, query: &str) -> bool {
        query.is_empty()
            || [
                self.name.en,
                self.name.zh,
                self.explain.en,
                self.explain.zh,
                self.id,
            ]
            .iter()
            .any(|text| text.to_lowercase().contains(query))
    }
}

/// A term by its id, its Chinese slug, or its name in either language
/// (as a link or a person would write it; case and spaces aside).
pub fn by_id(id: &str) -> Option<&'static Term> {
    let wanted: String = id.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let wanted = wanted.to_lowercase();
    TERMS.iter().find(|t| {
        t.id == wanted
            || t.zh_slug().to_lowercase() == wanted
            || t.name
                .en
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_lowercase()
                == wanted
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_a_chinese_slug_too() {
        let mut slugs: Vec<String> = TERMS.iter().map(Term::zh_slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), TERMS.len(), "unique Chinese slugs");
        for t in TERMS {
            assert_eq!(by_id(&t.zh_slug()).map(|x| x.id), Some(t.id));
            assert_eq!(by_id(t.id).map(|x| x.id), Some(t.id));
        }
        assert_eq!(by_id("客户终生价值").map(|t| t.id), Some("clv"));
        assert_eq!(by_id("Customer Pyramid").map(|t| t.id), Some("pyramid"));
        assert!(by_id("客户").is_none());
        let hits: Vec<&str> = TERMS
            .iter()
            .filter(|t| t.matches("金字塔"))
            .map(|t| t.id)
            .collect();
        assert!(hits.contains(&"pyramid"), "{hits:?}");
        assert!(TERMS.iter().filter(|t| t.matches("pyramid")).count() >= 1);
    }

    #[test]
    fn every_term_in_both_languages_with_a_unique_id() {
        let mut ids: Vec<&str> = TERMS.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), TERMS.len());
        for term in TERMS {
            for tx in [term.name, term.explain] {
                assert!(!tx.en.trim().is_empty() && !tx.zh.trim().is_empty());
                assert!(
                    tx.zh
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{}",
                    term.id
                );
                assert!(
                    !tx.en
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{}",
                    term.id
                );
            }
            assert!(term.explain.en.len() > 120, "{}: a paragraph", term.id);
            assert_eq!(by_id(term.id), Some(&term));
        }
    }

    #[test]
    fn every_concept_of_the_model_brief_is_a_term() {
        // The Chinese names of MODEL.md §2, in its order.
        let concepts = [
            "客户关系生命周期",
            "客户发展生命周期",
            "客户终生价值",
            "客户让渡价值",
            "客户满意",
            "客户忠诚",
            "客户忠诚矩阵",
            "忠诚度影响因素",
            "忠诚类型",
            "客户金字塔",
            "客户价值矩阵",
            "竞争状况下的满意与忠诚",
            "投诉处理",
            "口碑",
            "5:1 成本问题",
            "保留率与利润",
            "客户细分",
            "客户关怀工具",
            "CRM 绩效指标",
            "4P 与 4C",
        ];
        for c in concepts {
            assert!(
                // Spacing between Chinese and Latin letters or digits aside
                // (the page spaces them, MODEL.md does not).
                TERMS
                    .iter()
                    .any(|t| t.name.zh.replace(' ', "").contains(&c.replace(' ', ""))),
                "no glossary term for {c}"
            );
        }
    }
}
