//! Assignments (作业): what a lecturer sets — a market, a number of decision
//! rounds of one or three months, the levers in force at the start, limits
//! the firm must respect, how the run is scored, scripted market events and
//! a brief in both languages. An assignment is plain data, saved as a file
//! or carried by a link, and checked field by field before anyone plays it.

use serde::{Deserialize, Serialize};

use crate::i18n::Text;
use crate::sim::market_events::MarketEvent;
use crate::sim::validation::{check_range, Problem, ValidationError, FORMAT_VERSION};
use crate::sim::{Levers, Scenario};

/// The `format` field of an assignment file.
pub const ASSIGNMENT_FORMAT: &str = "crm-lab-assignment";

/// Round lengths an assignment may use, in months.
pub const ROUND_MONTHS: [u32; 2] = [1, 3];

/// The most rounds an assignment may have.
pub const MAX_ROUNDS: u32 = 40;

/// The largest market an assignment may use: every round is computed in the
/// browser, and a run file is replayed from the start when it is opened.
pub const MAX_MARKET: u32 = 50_000;

/// Longest title and brief, in characters.
pub const MAX_TITLE: usize = 120;
pub const MAX_BRIEF: usize = 4_000;

/// A text in both languages, as assignment files hold it (see
/// [`Text`]: English first in code, `{"zh": …, "en": …}` in files).
pub type Bilingual = Text<String>;

/// Earlier Chinese wordings of the built-in assignments' texts, by id and
/// field. The words were made more idiomatic after students had saved run
/// files with them; a run file that carries an earlier wording (and the
/// same English) is still the same assignment, since its rules are compared
/// field by field. Never remove an entry: a student's file may hold it.
pub const FORMER_ZH: &[(&str, &str, &str)] = &[
    (
        "retention-vs-acquisition",
        "brief",
        "你接手一家零售企业的客户关系管理，为期 24 个月（8 轮，每轮 3 个月）。整个期间的客户关系管理总支出（服务、维系、获客、投诉处理与挽救）不得超过 215 万元。评分 = 期末客户资产 + 累计利润；每违反一项限制扣 30%。\n思考：获得一位新客户的成本约为保留一位老客户的 5–7 倍。把钱花在哪里，客户资产增长最多？每轮可以先用“假如”预测看看方向，再提交决策。",
    ),
    (
        "loyalty-under-competition",
        "chapter",
        "客户满意与客户忠诚（Jones & Sasser）",
    ),
    (
        "loyalty-under-competition",
        "brief",
        "在一个竞争激烈的市场里，客户转换容易，只有非常满意的客户才会留下。你有 24 个月（8 轮，每轮 3 个月）。每一轮结束时客户平均满意度不得低于 65 分，否则扣 20%。评分 = 期末客户资产 + 累计利润。市场会发生你事先不知道的事件，随时准备应对。\n思考：在高竞争市场中，“基本满意”够不够？",
    ),
    (
        "pricing-and-cdv",
        "brief",
        "你负责定价，每轮 1 个月，共 12 轮。价格提高每笔销售的毛利，但降低客户让渡价值，对价格敏感的客户影响最大。竞争对手计划在第 6 个月降价 10%。评分 = 累计利润；期末年保留率须不低于 62%，否则扣 20%。\n思考：提价的利润能否抵消流失的客户？服务质量的提升能否让客户接受更高的价格？",
    ),
];

/// `text` with full-width punctuation made ASCII, for comparing words.
fn narrow(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF08}' => '(',
            '\u{FF09}' => ')',
            '\u{FF0C}' => ',',
            '\u{FF1A}' => ':',
            '\u{FF1B}' => ';',
            '\u{FF1F}' => '?',
            '\u{FF01}' => '!',
            c => c,
        })
        .collect()
}

impl Bilingual {
    /// The same words, whatever the width of their punctuation: a text
    /// whose ASCII marks became full-width Chinese ones (（），：；？！) is
    /// the same text, so a run file saved before such a change still
    /// matches its assignment.
    fn same_words(&self, other: &Bilingual) -> bool {
        narrow(&self.en) == narrow(&other.en) && narrow(&self.zh) == narrow(&other.zh)
    }

    fn validate_at(&self, field: &str, max: usize) -> Result<(), ValidationError> {
        if self.zh.trim().is_empty() && self.en.trim().is_empty() {
            return Err(ValidationError::rule_in(
                field,
                "must be written in at least one language",
                "至少要用一种语言填写",
            ));
        }
        for (lang, text) in [("zh", &self.zh), ("en", &self.en)] {
            let n = text.chars().count();
            if n > max {
                return Err(ValidationError::new(
                    format!("{field}.{lang}"),
                    Problem::OutOfRange {
                        value: n as f64,
                        min: 0.0,
                        max: max as f64,
                    },
                ));
            }
        }
        Ok(())
    }
}

/// A market event at the start of a month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduledEvent {
    /// The month (1-based) it happens at the start of.
    pub month: u32,
    pub event: MarketEvent,
    /// Told to students in advance (and included in projections); otherwise
    /// a surprise they learn of when it happens.
    pub announced: bool,
}

/// What the score is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Customer equity (客户资产) at the end: the value of the customer base.
    CustomerEquity,
    /// Profit summed over the whole run.
    CumulativeProfit,
    /// Both: what was earned plus what the customer base is worth.
    EquityPlusProfit,
}

impl Metric {
    pub const ALL: [Metric; 3] = [
        Metric::CustomerEquity,
        Metric::CumulativeProfit,
        Metric::EquityPlusProfit,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Metric::CustomerEquity => "customer_equity",
            Metric::CumulativeProfit => "cumulative_profit",
            Metric::EquityPlusProfit => "equity_plus_profit",
        }
    }

    pub fn from_name(name: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// How a run is scored: the metric at the end, less `penalty` of its size
/// for every broken limit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub metric: Metric,
    /// Share of the metric lost per broken limit (0–1; 0.2 = 20%).
    pub penalty: f64,
}

/// Limits the firm must respect. Each is optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constraints {
    /// The most the firm may spend on CRM over the whole run (¥): service,
    /// retention, acquisition, complaint handling, win-back, the save plan
    /// and the loyalty programme together (`play::crm_spend`).
    pub spend_cap: Option<f64>,
    /// Mean satisfaction (0–100) at the end of every round must stay at or above this.
    pub satisfaction_floor: Option<f64>,
    /// Annual retention (0–1) at the end of the run must be at least this.
    pub retention_floor: Option<f64>,
}

/// An assignment: everything a student's run depends on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// Always [`ASSIGNMENT_FORMAT`], so a file says what it is.
    pub format: String,
    pub format_version: u32,
    /// A short identifier (lower-case letters, digits and dashes), e.g. `pricing-and-cdv`.
    pub id: String,
    pub title: Bilingual,
    /// The course chapter it belongs to.
    pub chapter: Bilingual,
    /// What the student is asked to do and why (shown before the first round).
    pub brief: Bilingual,
    /// The market, with its seed; its `months` are set from the rounds.
    pub scenario: Scenario,
    pub rounds: u32,
    /// Months per round: 1 or 3.
    pub round_months: u32,
    /// The levers in force before the first decision (the starting form of each round).
    pub start_levers: Levers,
    pub constraints: Constraints,
    pub scoring: Scoring,
    pub events: Vec<ScheduledEvent>,
    /// "What if" projections a student may look at per round (0–10).
    pub previews_per_round: u32,
}

impl Assignment {
    /// Months in the whole run.
    pub fn months(&self) -> u32 {
        self.rounds * self.round_months
    }

    /// The months (1-based, inclusive) of a 1-based round.
    pub fn round_span(&self, round: u32) -> (u32, u32) {
        let first = (round - 1) * self.round_months + 1;
        (first, first + self.round_months - 1)
    }

    /// The scenario as it is run: its horizon is the rounds'.
    pub fn run_scenario(&self) -> Scenario {
        let mut s = self.scenario.clone();
        s.months = self.months();
        s
    }

    /// Events at the start of `month`, in the order listed.
    pub fn events_at(&self, month: u32) -> impl Iterator<Item = &ScheduledEvent> {
        self.events.iter().filter(move |e| e.month == month)
    }

    /// Checks every field; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if self.format != ASSIGNMENT_FORMAT {
            return Err(ValidationError::new(
                "format",
                Problem::UnknownName {
                    given: self.format.clone(),
                    allowed: vec![ASSIGNMENT_FORMAT.into()],
                },
            ));
        }
        crate::sim::validation::check_format_version(self.format_version)?;
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 40
            && self
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            return Err(ValidationError::rule_in(
                "id",
                format!(
                    "use 1 to 40 lower-case letters, digits and dashes, not '{}'",
                    crate::sim::validation::shorten(&self.id)
                ),
                format!(
                    "请使用 1 至 40 个小写字母、数字和连字符，而不是“{}”",
                    crate::sim::validation::shorten(&self.id)
                ),
            ));
        }
        self.title.validate_at("title", MAX_TITLE)?;
        self.chapter.validate_at("chapter", MAX_TITLE)?;
        self.brief.validate_at("brief", MAX_BRIEF)?;
        check_range("rounds", f64::from(self.rounds), 1.0, f64::from(MAX_ROUNDS))?;
        if !ROUND_MONTHS.contains(&self.round_months) {
            return Err(ValidationError::new(
                "round_months",
                Problem::UnknownName {
                    given: self.round_months.to_string(),
                    allowed: ROUND_MONTHS.iter().map(|m| m.to_string()).collect(),
                },
            ));
        }
        check_range(
            "months",
            f64::from(self.months()),
            1.0,
            f64::from(crate::sim::scenario::MAX_MONTHS),
        )?;
        self.run_scenario().validate()?;
        check_range(
            "market_size",
            f64::from(self.scenario.market_size),
            100.0,
            f64::from(MAX_MARKET),
        )?;
        self.start_levers.validate_at("start_levers.")?;
        if let Some(cap) = self.constraints.spend_cap {
            check_range("constraints.spend_cap", cap, 0.0, 1e12)?;
        }
        if let Some(f) = self.constraints.satisfaction_floor {
            check_range("constraints.satisfaction_floor", f, 0.0, 100.0)?;
        }
        if let Some(f) = self.constraints.retention_floor {
            check_range("constraints.retention_floor", f, 0.0, 1.0)?;
        }
        check_range("scoring.penalty", self.scoring.penalty, 0.0, 1.0)?;
        check_range(
            "previews_per_round",
            f64::from(self.previews_per_round),
            0.0,
            10.0,
        )?;
        if self.events.len() > 40 {
            return Err(ValidationError::rule_in(
                "events",
                format!("at most 40 events, not {}", self.events.len()),
                format!("最多 40 个事件，而不是 {} 个", self.events.len()),
            ));
        }
        for (i, e) in self.events.iter().enumerate() {
            check_range(
                &format!("events[{i}].month"),
                f64::from(e.month),
                1.0,
                f64::from(self.months()),
            )?;
            e.event.validate_at(&format!("events[{i}]"))?;
        }
        Ok(())
    }

    /// Reads an assignment file, checking it.
    pub fn from_json(text: &str) -> Result<Self, ValidationError> {
        let a: Assignment = serde_json::from_str(text)
            .map_err(|e| ValidationError::rule("assignment", e.to_string()))?;
        a.validate()?;
        Ok(a)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an assignment serialises")
    }

    /// A built-in assignment by id.
    pub fn built_in(id: &str) -> Option<Assignment> {
        built_in().into_iter().find(|a| a.id == id)
    }

    /// Which fields differ from `other` (for telling a student's copy of an
    /// assignment from the official one).
    pub fn differences(&self, other: &Assignment) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut check = |name: &'static str, same: bool| {
            if !same {
                out.push(name);
            }
        };
        check("id", self.id == other.id);
        check("scenario", self.run_scenario() == other.run_scenario());
        check("rounds", self.rounds == other.rounds);
        check("round_months", self.round_months == other.round_months);
        check("start_levers", self.start_levers == other.start_levers);
        check("constraints", self.constraints == other.constraints);
        check("scoring", self.scoring == other.scoring);
        check("events", self.events == other.events);
        check(
            "previews_per_round",
            self.previews_per_round == other.previews_per_round,
        );
        // A text is the same when its words are, or when it is an earlier
        // Chinese wording of the same built-in assignment's text.
        let same_text = |field: &str, mine: &Bilingual, theirs: &Bilingual| {
            mine.same_words(theirs)
                || narrow(&mine.en) == narrow(&theirs.en)
                    && FORMER_ZH.iter().any(|(id, f, zh)| {
                        *id == other.id && *f == field && narrow(zh) == narrow(&mine.zh)
                    })
        };
        check(
            "texts",
            same_text("title", &self.title, &other.title)
                && same_text("brief", &self.brief, &other.brief)
                && same_text("chapter", &self.chapter, &other.chapter),
        );
        out
    }
}

fn base(id: &str, title: Bilingual, chapter: Bilingual, brief: Bilingual) -> Assignment {
    let scenario = Scenario {
        seed: 2026,
        ..Scenario::default()
    };
    Assignment {
        format: ASSIGNMENT_FORMAT.into(),
        format_version: FORMAT_VERSION,
        id: id.into(),
        title,
        chapter,
        brief,
        scenario,
        rounds: 8,
        round_months: 3,
        start_levers: Levers::default(),
        constraints: Constraints::default(),
        scoring: Scoring {
            metric: Metric::CustomerEquity,
            penalty: 0.2,
        },
        events: Vec::new(),
        previews_per_round: 3,
    }
}

/// The built-in assignments, one per chapter of the course they practise.
pub fn built_in() -> Vec<Assignment> {
    vec![
        retention_vs_acquisition(),
        win_back_decline(),
        loyalty_under_competition(),
        pricing_and_cdv(),
        care_toolbox(),
    ]
}

fn retention_vs_acquisition() -> Assignment {
    let mut a = base(
        "retention-vs-acquisition",
        Bilingual::new(
            "Retention or acquisition: spending a limited budget",
            "保留还是获客：分配有限的预算",
        ),
        Bilingual::new(
            "Customer lifetime value and the 5:1 cost rule",
            "客户终生价值与 5:1 成本问题",
        ),
        Bilingual::new(
            "You run customer relationship management for a retailer for 24 months (8 rounds of 3 months). \
             Total CRM spending over the whole period (service, retention, acquisition, complaint handling and win-back) \
             may not exceed ¥2.15 million. Score = customer equity at the end + cumulative profit, less 30% for each broken limit.\n\
             Think: winning a new customer costs about 5–7 times as much as keeping one. Where does money build the most customer equity? \
             Each round you may look at a 'what if' projection before you submit.",
            "你接手一家零售企业的客户关系管理，为期 24 个月（8 轮，每轮 3 个月）。\
             整个期间的客户关系管理总支出（服务、维系、获客、投诉处理与挽救）不得超过 215 万元。\
             评分 = 期末客户资产 + 累计利润；每违反一项限制扣 30%。\n\
             思考：获得一位新客户的成本约为保留一位老客户的 5–7 倍。把钱花在哪里，客户资产增长最多？\
             每轮可以先用“试算”看看方向，再提交决策。",
        ),
    );
    a.scoring.metric = Metric::EquityPlusProfit;
    a.scoring.penalty = 0.3;
    a.constraints.spend_cap = Some(2_150_000.0);
    a
}

fn win_back_decline() -> Assignment {
    let mut a = base(
        "win-back-decline",
        Bilingual::new("Winning back a declining base", "挽回衰退的客户群"),
        Bilingual::new(
            "The customer relationship lifecycle: decline, churn and win-back",
            "客户关系生命周期：衰退、流失与挽救",
        ),
        Bilingual::new(
            "Your predecessor cut service and retention spending, and the competitor serves better: customers are leaving. \
             You have 24 months (8 rounds of 3 months) to turn it round. The competitor is known to improve its service again in month 4. \
             Score = customer equity at the end; annual retention at the end must be at least 55%, or you lose 20%.\n\
             Think: first hold the customers in decline, or win back those who already left? Win-back has a window: the longer they are gone, the harder they are to recover.",
            "前任管理者削减了服务与客户维系投入，竞争对手的服务又更好：客户正在流失。\
             你有 24 个月（8 轮，每轮 3 个月）扭转局面。已知对手将在第 4 个月进一步改善服务。\
             评分 = 期末客户资产；期末年保留率须不低于 55%，否则扣 20%。\n\
             思考：先稳住衰退期的客户，还是去挽救已经流失的客户？流失挽救有时间窗口，离开越久越难挽回。",
        ),
    );
    a.scenario.competitor_quality = 6.8;
    a.scenario.competition = 0.6;
    a.scenario.initial_customers = 0.4;
    a.start_levers.service_quality = 4.0;
    a.start_levers = a.start_levers.with_retention_spend(1.0);
    a.start_levers.complaint_handling = 0.4;
    a.constraints.retention_floor = Some(0.55);
    a.events.push(ScheduledEvent {
        month: 4,
        event: MarketEvent::CompetitorQuality { change: 0.5 },
        announced: true,
    });
    a
}

fn loyalty_under_competition() -> Assignment {
    let mut a = base(
        "loyalty-under-competition",
        Bilingual::new(
            "Satisfaction and loyalty in a competitive market",
            "竞争市场中的满意与忠诚",
        ),
        Bilingual::new(
            "Customer satisfaction and loyalty (Jones & Sasser)",
            "客户满意与客户忠诚\u{FF08}琼斯和萨瑟\u{FF09}",
        ),
        Bilingual::new(
            "In a highly competitive market customers switch easily: only the completely satisfied stay. \
             You have 24 months (8 rounds of 3 months). Mean customer satisfaction at the end of every round must stay at 65 points or more, or you lose 20%. \
             Score = customer equity at the end + cumulative profit. Things will happen in the market that you are not told of in advance: be ready to respond.\n\
             Think: in a competitive market, is 'basically satisfied' enough?",
            "在高度竞争市场中，客户转换容易，只有完全满意的客户才会留下。\
             你有 24 个月（8 轮，每轮 3 个月）。每一轮结束时客户平均满意度不得低于 65 分，否则扣 20%。\
             评分 = 期末客户资产 + 累计利润。市场会发生你事先不知道的事件，随时准备应对。\n\
             思考：在高度竞争市场中，“基本满意”够不够？",
        ),
    );
    a.scenario = Scenario {
        seed: 2026,
        ..Scenario::built_in("competitive").expect("a built-in scenario")
    };
    a.scoring.metric = Metric::EquityPlusProfit;
    a.constraints.satisfaction_floor = Some(65.0);
    a.events = vec![
        ScheduledEvent {
            month: 9,
            event: MarketEvent::CompetitorPrice { change: -0.10 },
            announced: false,
        },
        ScheduledEvent {
            month: 15,
            event: MarketEvent::ServiceOutage {
                extra_failure: 0.2,
                months: 2,
            },
            announced: false,
        },
    ];
    a
}

fn pricing_and_cdv() -> Assignment {
    let mut a = base(
        "pricing-and-cdv",
        Bilingual::new(
            "Pricing and customer delivered value",
            "定价与客户让渡价值",
        ),
        Bilingual::new(
            "Customer delivered value: total value less total cost",
            "客户让渡价值：总价值减总成本",
        ),
        Bilingual::new(
            "You set the price, one month per round, for 12 rounds. A higher price raises the margin on every sale but lowers customer delivered value, \
             most for price-sensitive customers. The competitor plans a 10% price cut in month 6. \
             Score = cumulative profit; annual retention at the end must be at least 62%, or you lose 20%.\n\
             Think: does the margin from a higher price outweigh the customers it drives away? Can better service make a higher price acceptable?",
            "你负责定价，每轮 1 个月，共 12 轮。提价可提高单笔毛利，但会降低客户让渡价值，对价格敏感的客户影响最大。\
             竞争对手计划在第 6 个月降价 10%。评分 = 累计利润；期末年保留率须不低于 62%，否则扣 20%。\n\
             思考：提价带来的利润能否抵消流失客户的损失？增加服务投入能否让客户接受更高的价格？",
        ),
    );
    a.rounds = 12;
    a.round_months = 1;
    a.scoring.metric = Metric::CumulativeProfit;
    a.constraints.retention_floor = Some(0.62);
    a.events.push(ScheduledEvent {
        month: 6,
        event: MarketEvent::CompetitorPrice { change: -0.10 },
        announced: true,
    });
    a
}

/// The most the firm may spend on CRM in the care-toolbox assignment (¥):
/// a little below what the starting levers spend in 24 months (about ¥2.27
/// million), so holding still breaks it, and above what a mix of cheap
/// channels, a modest programme and an aimed save plan spend (about ¥2.06
/// million; checked by the tests below).
pub const CARE_TOOLBOX_CAP: f64 = 2_150_000.0;

fn care_toolbox() -> Assignment {
    let mut a = base(
        "care-toolbox",
        Bilingual::new(
            "Care channels, a loyalty programme and saves on a budget",
            "有限预算下的客户关怀、会员计划与挽救",
        ),
        Bilingual::new(
            "Keeping customers: care channels, loyalty programmes and churn early warning",
            "客户保持：客户关怀工具、会员计划与流失预警",
        ),
        Bilingual::new(
            "You run customer care for a retailer for 24 months (8 rounds of 3 months). \
             Each round you choose the care channels (SMS, phone calls, instant messages, email), \
             and you may run a loyalty programme (points, a gold card) and a save plan for the customers the early warning flags. \
             Total CRM spending over the whole period (service, care, acquisition, complaint handling, win-back, the save plan and the loyalty programme) \
             may not exceed ¥2.15 million. Score = customer equity at the end + cumulative profit, less 30% for each broken limit.\n\
             Think: which channel suits which customers, and when do more contacts annoy? \
             What does a programme cost in points, and whom does it keep? Is a save worth its offer? \
             If you stop a programme, its incentive-only members may leave.",
            "你负责一家零售企业为期 24 个月的客户关怀（8 轮，每轮 3 个月）。\
             每一轮你都要选择关怀工具（短信、电话、在线消息、邮件），\
             还可以开展会员计划（积分、金卡）以及针对流失预警客户的挽救计划。\
             整个期间的客户关系管理总支出（服务、关怀、获客、投诉处理、流失挽救、挽救计划与会员计划）不得超过 215 万元。\
             评分 = 期末客户资产 + 累计利润；每违反一项限制扣 30%。\n\
             思考：哪种工具适合哪类客户？接触多到什么程度会惹人厌烦？\
             会员计划的积分成本是多少，它留住了谁？挽救值得它的优惠吗？\
             如果中途停止会员计划，只为激励而留下的会员可能会离开。",
        ),
    );
    a.scoring.metric = Metric::EquityPlusProfit;
    a.scoring.penalty = 0.3;
    a.constraints.spend_cap = Some(CARE_TOOLBOX_CAP);
    a
}

#[cfg(test)]
mod tests {

    /// A built-in assignment whose texts only changed the width of their
    /// punctuation is the same assignment for a run file saved before.
    #[test]
    fn punctuation_width_does_not_change_an_assignment() {
        let official = Assignment::built_in("loyalty-under-competition").unwrap();
        let mut saved = official.clone();
        saved.chapter.zh = saved
            .chapter
            .zh
            .replace('\u{FF08}', "(")
            .replace('\u{FF09}', ")");
        assert_ne!(saved.chapter, official.chapter);
        assert!(saved.differences(&official).is_empty());
        saved.chapter.zh.push('X');
        assert_eq!(saved.differences(&official), ["texts"]);
    }
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn built_in_assignments_are_valid_and_bilingual() {
        let all = built_in();
        assert!(all.len() >= 4);
        for a in &all {
            a.validate().unwrap_or_else(|e| panic!("{}: {e}", a.id));
            for t in [&a.title, &a.chapter, &a.brief] {
                assert!(!t.zh.is_empty() && !t.en.is_empty(), "{}", a.id);
            }
            assert_eq!(Assignment::built_in(&a.id).as_ref(), Some(a));
        }
        let mut ids: Vec<&str> = all.iter().map(|a| a.id.as_str()).collect();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
    }

    #[test]
    fn round_trip_through_json() {
        for a in built_in() {
            let back = Assignment::from_json(&a.to_json()).unwrap();
            assert_eq!(back, a);
            assert!(back.differences(&a).is_empty());
        }
    }

    #[test]
    fn bad_assignments_name_the_field() {
        let good = built_in().remove(2);
        type Change = Box<dyn Fn(&mut Assignment)>;
        let cases: Vec<(Change, &str)> = vec![
            (Box::new(|a| a.round_months = 2), "round_months"),
            (Box::new(|a| a.rounds = 0), "rounds"),
            (Box::new(|a| a.rounds = 41), "rounds"),
            (Box::new(|a| a.id = "Has Spaces".into()), "id"),
            (Box::new(|a| a.title = Bilingual::default()), "title"),
            (Box::new(|a| a.brief.en = "x".repeat(5000)), "brief.en"),
            (Box::new(|a| a.scenario.market_size = 60_000), "market_size"),
            (
                Box::new(|a| a.start_levers.price = 3.0),
                "start_levers.price",
            ),
            (
                Box::new(|a| a.constraints.retention_floor = Some(1.5)),
                "constraints.retention_floor",
            ),
            (Box::new(|a| a.scoring.penalty = -0.1), "scoring.penalty"),
            (Box::new(|a| a.events[0].month = 99), "events[0].month"),
            (
                Box::new(|a| {
                    a.events[1].event = MarketEvent::ServiceOutage {
                        extra_failure: 0.9,
                        months: 1,
                    }
                }),
                "events[1].size",
            ),
            (Box::new(|a| a.format = "crm-lab-run".into()), "format"),
            (Box::new(|a| a.format_version = 7), "format_version"),
            (Box::new(|a| a.scenario.competition = 2.0), "competition"),
        ];
        for (change, field) in cases {
            let mut a = good.clone();
            change(&mut a);
            assert_eq!(a.validate().unwrap_err().field, field);
        }
        assert_eq!(
            Assignment::from_json("{\"format\":1}").unwrap_err().field,
            "assignment"
        );
    }

    #[test]
    fn rounds_cover_the_months_in_order() {
        let a = built_in().remove(0);
        assert_eq!(a.months(), 24);
        assert_eq!(a.round_span(1), (1, 3));
        assert_eq!(a.round_span(8), (22, 24));
        assert_eq!(a.run_scenario().months, 24);
        let c = built_in().remove(2);
        assert_eq!(c.events_at(9).count(), 1);
        assert_eq!(c.events_at(10).count(), 0);
    }

    #[test]
    fn texts_fall_back_to_the_other_language() {
        let t = Bilingual::new("Only English", "");
        assert_eq!(t.get(Lang::Zh), "Only English");
        assert_eq!(Bilingual::new("English", "中文").get(Lang::Zh), "中文");
    }

    #[test]
    fn differences_are_named() {
        let a = built_in().remove(0);
        let mut b = a.clone();
        b.scenario.seed = 7;
        b.constraints.spend_cap = None;
        assert_eq!(b.differences(&a), vec!["scenario", "constraints"]);
    }

    /// Each built-in assignment poses a real choice: holding the start levers
    /// does badly, a sensible policy (the course's lesson) does well.
    #[test]
    fn built_in_assignments_reward_the_course_lesson() {
        use crate::coursework::{Playthrough, Results, Status};
        let run = |a: &Assignment, l: Levers| {
            let mut p = Playthrough::new(a, a.scenario.seed).unwrap();
            while !p.finished() {
                p.submit(&l).unwrap();
            }
            Results::of(&p)
        };
        for a in built_in() {
            let s = a.start_levers;
            let better = match a.id.as_str() {
                // Keep, don't buy: less acquisition, better service.
                "retention-vs-acquisition" => Levers {
                    service_quality: 10.0,
                    acquisition_spend: 1_500.0,
                    complaint_handling: 0.8,
                    ..s
                }
                .with_retention_spend(6.0),
                // Hold the declining base.
                "win-back-decline" => Levers {
                    service_quality: 12.0,
                    ..s
                }
                .with_retention_spend(8.0),
                // Under competition only delight keeps customers.
                "loyalty-under-competition" => Levers {
                    service_quality: 20.0,
                    complaint_handling: 0.9,
                    ..s
                }
                .with_retention_spend(10.0),
                // Value for money keeps the price-sensitive.
                "pricing-and-cdv" => Levers {
                    service_quality: 12.0,
                    ..s
                },
                // Cheap channels the customers use, points that keep, and
                // saves aimed at value at risk, within the budget.
                "care-toolbox" => Levers {
                    care_sms: 0.0,
                    care_phone: 0.0,
                    care_im: 4.0,
                    care_email: 2.0,
                    points_rate: 0.02,
                    save_offer: 20.0,
                    ..s
                },
                other => panic!("no policy for {other}"),
            };
            let (lazy, good) = (run(&a, s), run(&a, better));
            assert!(
                good.score > lazy.score,
                "{}: {} vs {}",
                a.id,
                good.score,
                lazy.score
            );
            assert!(
                lazy.broken_limits >= 1,
                "{}: holding still breaks a limit",
                a.id
            );
            assert!(
                good.limits.iter().all(|l| l.status == Status::Met),
                "{}: {:?}",
                a.id,
                good.limits
            );
        }
    }
}
