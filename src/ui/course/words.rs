//! Coursework told in the user's language: market events, lever changes,
//! the round summary's sentences, limits, scores and file problems. Plain
//! functions from the coursework data to text; no DOM.

use crate::coursework::run_file::Difference;
use crate::coursework::summary::LeverChange;
use crate::coursework::{Kpi, KpiMove, LimitCheck, Metric, ScheduledEvent, Status};
use crate::i18n::Lang;
use crate::sim::market_events::MarketEvent;
use crate::sim::validation::fmt_num;
use crate::sim::{LeverId, RetentionTargeting};
use crate::ui::controls::lever_slider::show;
use crate::ui::format::display_scale;
use crate::ui::format::{money, one_decimal, percent, thousands};
use crate::ui::keys;
use crate::ui::messages::indexed;

/// A signed number with its sign always written.
fn signed(x: f64, text: String) -> String {
    if x > 0.0 {
        format!("+{text}")
    } else if x < 0.0 && !text.starts_with(crate::ui::format::MINUS) {
        format!("{}{text}", crate::ui::format::MINUS)
    } else {
        text
    }
}

/// A market event, as a sentence.
pub fn event(lang: Lang, e: &ScheduledEvent) -> String {
    let month = e.month.to_string();
    let mut text = match e.event {
        MarketEvent::CompetitorPrice { change } => lang.tf(
            if change < 0.0 {
                "course.event.price_down"
            } else {
                "course.event.price_up"
            },
            &[("month", &month), ("size", &percent(change.abs(), 0))],
        ),
        MarketEvent::CompetitorQuality { change } => lang.tf(
            if change < 0.0 {
                "course.event.quality_down"
            } else {
                "course.event.quality_up"
            },
            &[("month", &month), ("size", &fmt_num(change.abs()))],
        ),
        MarketEvent::Competition { change } => lang.tf(
            if change < 0.0 {
                "course.event.competition_down"
            } else {
                "course.event.competition_up"
            },
            &[("month", &month), ("size", &fmt_num(change.abs()))],
        ),
        MarketEvent::ServiceOutage {
            extra_failure,
            months,
        } => lang.tf(
            "course.event.outage",
            &[
                ("month", &month),
                ("size", &fmt_num((extra_failure * 100.0).round())),
                ("months", &months.to_string()),
            ],
        ),
    };
    if e.announced {
        text.push_str(lang.t("course.event.announced"));
    }
    text
}

/// A lever's value in its display units, with its unit.
pub fn lever_value(lang: Lang, lever: LeverId, v: f64) -> String {
    format!(
        "{} {}",
        show(v * display_scale(lever)),
        lang.t(keys::lever(lever).unit)
    )
}

/// The label of a lever.
pub fn lever_label(lang: Lang, lever: LeverId) -> String {
    lang.t(keys::lever(lever).label).to_string()
}

/// The name of a way of targeting retention spend.
pub fn targeting_value(lang: Lang, t: RetentionTargeting) -> String {
    lang.t(keys::targeting(t)).to_string()
}

/// "Service quality: 8 → 12 ¥ per customer per month".
pub fn lever_change(lang: Lang, c: &LeverChange) -> String {
    let (label, from, to) = match *c {
        LeverChange::Number { lever, from, to } => (
            lever_label(lang, lever),
            show(from * display_scale(lever)),
            lever_value(lang, lever, to),
        ),
        LeverChange::Targeting { from, to } => (
            lang.t("targeting.label").to_string(),
            targeting_value(lang, from),
            targeting_value(lang, to),
        ),
    };
    format!("{label}{}{from} → {to}", lang.t("common.colon")).replace("  ", " ")
}

/// The name of a key figure.
pub fn kpi_label(lang: Lang, k: Kpi) -> &'static str {
    lang.t(match k {
        Kpi::Satisfaction => "kpi.satisfaction",
        Kpi::AnnualRetention => "kpi.annual_retention",
        Kpi::ActiveCustomers => "kpi.active",
        Kpi::Profit => "kpi.profit",
        Kpi::CustomerEquity => "kpi.equity",
        Kpi::ComplaintRate => "kpi.complaint_rate",
    })
}

/// A key figure's value with its unit.
pub fn kpi_value(lang: Lang, k: Kpi, v: f64) -> String {
    match k {
        Kpi::Satisfaction => format!("{} {}", one_decimal(v), lang.t("unit.points")),
        Kpi::AnnualRetention | Kpi::ComplaintRate => percent(v, 1),
        Kpi::ActiveCustomers => format!("{} {}", thousands(v), lang.t("unit.customers")),
        Kpi::Profit | Kpi::CustomerEquity => money(v, lang),
    }
}

/// A change in a key figure, signed, with its unit.
pub fn kpi_change(lang: Lang, k: Kpi, d: f64) -> String {
    let body = match k {
        Kpi::Satisfaction => format!("{} {}", one_decimal(d.abs()), lang.t("unit.points")),
        Kpi::AnnualRetention | Kpi::ComplaintRate => format!(
            "{} {}",
            one_decimal(d.abs() * 100.0),
            lang.t("unit.percent_points")
        ),
        Kpi::ActiveCustomers => format!("{} {}", thousands(d.abs()), lang.t("unit.customers")),
        Kpi::Profit | Kpi::CustomerEquity => money(d.abs(), lang),
    };
    signed(d, body)
}

/// The sentences about one key figure's move in a round.
pub fn kpi_move(lang: Lang, m: &KpiMove) -> Vec<String> {
    let after = kpi_value(lang, m.kpi, m.after);
    let label = kpi_label(lang, m.kpi);
    let mut out = vec![match m.before {
        Some(b) if m.after > b => lang.tf(
            "course.move.up",
            &[
                ("kpi", label),
                (
                    "change",
                    &kpi_change(lang, m.kpi, m.after - b).replace('+', ""),
                ),
                ("after", &after),
            ],
        ),
        Some(b) if m.after < b => lang.tf(
            "course.move.down",
            &[
                ("kpi", label),
                (
                    "change",
                    &kpi_change(lang, m.kpi, m.after - b)
                        .replace(['-', crate::ui::format::MINUS], ""),
                ),
                ("after", &after),
            ],
        ),
        _ => lang.tf("course.move.level", &[("kpi", label), ("after", &after)]),
    }];
    if m.decisions_matter() {
        let effect = kpi_change(lang, m.kpi, m.by_decisions.unwrap_or(0.0));
        out.push(lang.tf("course.move.decisions", &[("effect", &effect)]));
    } else if m.before.is_some() {
        out.push(lang.t("course.move.not_decisions").to_string());
    }
    out
}

/// The name of a score metric.
pub fn metric(lang: Lang, m: Metric) -> String {
    lang.t(keys::metric(m)).to_string()
}

/// "Score = customer equity at the end, less 20% for each broken limit."
pub fn score_rule(lang: Lang, m: Metric, penalty: f64) -> String {
    lang.tf(
        "course.score_rule",
        &[
            ("metric", &metric(lang, m)),
            ("penalty", &percent(penalty, 0)),
        ],
    )
}

/// A limit's bound or figure in its unit.
fn limit_value(lang: Lang, c: &LimitCheck, v: f64) -> String {
    match c.limit {
        crate::coursework::Limit::SpendCap => money(v, lang),
        crate::coursework::Limit::SatisfactionFloor => {
            format!("{} {}", one_decimal(v), lang.t("unit.points"))
        }
        crate::coursework::Limit::RetentionFloor => percent(v, 1),
    }
}

/// A limit as (name, rule, figure so far, status word).
pub fn limit(lang: Lang, c: &LimitCheck) -> (String, String, String, String) {
    let (name, rule) = keys::limit(c.limit);
    let rule = lang.tf(rule, &[("bound", &limit_value(lang, c, c.bound))]);
    let actual = c
        .actual
        .map_or_else(|| "—".to_string(), |v| limit_value(lang, c, v));
    (
        lang.t(name).to_string(),
        rule,
        actual,
        status(lang, c.status).to_string(),
    )
}

pub fn status(lang: Lang, s: Status) -> &'static str {
    lang.t(match s {
        Status::Met => "course.status.met",
        Status::Broken => "course.status.broken",
        Status::Pending => "course.status.pending",
    })
}

/// One difference found when verifying, as a sentence a lecturer reads:
/// the field by its name on the page (`results.rounds[2].profit` is round
/// 3's profit), money and shares as the page shows them. The file's own
/// paths and values stay in `crm-lab grade`'s CSV.
pub fn difference(lang: Lang, d: &Difference) -> String {
    let (field, kind) = difference_field(lang, &d.field);
    let value = |text: &str| difference_value(lang, kind, text);
    let (file, replay) = match d.field.as_str() {
        "assignment" => (
            d.in_file
                .split(", ")
                .map(|part| assignment_part(lang, part))
                .collect::<Vec<_>>()
                .join(lang.t("common.list_sep")),
            lang.t("course.difference.official").to_string(),
        ),
        crate::coursework::run_file::EARLIER_MODEL => {
            return lang.tf(
                "course.difference.earlier_model",
                &[("file", &d.in_file), ("replay", &d.replayed)],
            )
        }
        _ if d.replayed == crate::coursework::run_file::CANNOT_REPLAY => (
            d.in_file.clone(),
            lang.t("course.difference.cannot_replay").to_string(),
        ),
        _ => (value(&d.in_file), value(&d.replayed)),
    };
    lang.tf(
        "course.difference",
        &[("field", &field), ("file", &file), ("replay", &replay)],
    )
}

/// How a verified value reads.
#[derive(Clone, Copy, PartialEq)]
enum ValueKind {
    Money,
    Share,
    Number,
    Digest,
}

/// A difference's path as the page names it, and how its values read.
fn difference_field(lang: Lang, path: &str) -> (String, ValueKind) {
    use ValueKind::*;
    let kpi = |name: &str| -> Option<(&'static str, ValueKind)> {
        Some(match name {
            "profit" => ("course.profit_in_round", Money),
            "cumulative_profit" => ("kpi.cumulative_profit", Money),
            "customer_equity" => ("kpi.equity", Money),
            "spend" => ("course.spend_in_round", Money),
            "satisfaction" => ("kpi.satisfaction", Number),
            "loyalty" => ("kpi.loyalty", Number),
            "annual_retention" => ("kpi.annual_retention", Share),
            "active_customers" => ("kpi.active", Number),
            "score" => ("course.score", Money),
            "metric_value" => ("course.difference.metric_value", Money),
            "total_spend" => ("course.difference.total_spend", Money),
            "broken_limits" => ("course.difference.broken_limits", Number),
            "rounds_played" => ("course.difference.rounds_played", Number),
            "digest" => ("course.difference.digest", Digest),
            _ => return None,
        })
    };
    if let Some(rest) = path.strip_prefix("results.") {
        if let Some((n, tail)) = indexed(rest, "rounds[") {
            if let Some((key, kind)) = kpi(tail) {
                let round = lang.tf("course.difference.round", &[("n", &n.to_string())]);
                return (format!("{round} · {}", lang.t(key)), kind);
            }
        }
        if let Some((n, tail)) = indexed(rest, "limits[") {
            let limit = lang.tf("course.difference.limit", &[("n", &n.to_string())]);
            let part = match tail {
                "actual" => lang.t("course.difference.actual"),
                "bound" => lang.t("course.difference.bound"),
                "status" => lang.t("course.difference.status"),
                other => other,
            };
            return (format!("{limit} · {part}"), Number);
        }
        if let Some((key, kind)) = kpi(rest) {
            return (lang.t(key).to_string(), kind);
        }
    }
    if let Some((n, lever)) = indexed(path, "decisions[") {
        let round = lang.tf("course.difference.decision", &[("n", &n.to_string())]);
        return (
            format!(
                "{round} · {}",
                crate::ui::messages::field_label(lang, lever)
            ),
            Number,
        );
    }
    (crate::ui::messages::field_label(lang, path), Number)
}

/// A value of a difference (as the file holds it) as the page shows it.
fn difference_value(lang: Lang, kind: ValueKind, text: &str) -> String {
    let number = text.trim().parse::<f64>().ok().filter(|v| v.is_finite());
    match (kind, number) {
        (ValueKind::Money, Some(v)) => money(v, lang),
        (ValueKind::Share, Some(v)) => percent(v, 1),
        (ValueKind::Number, Some(v)) => {
            // Separators, and no float noise (499459.20000000007).
            let text = crate::ui::format::thousands_decimals(v, 3);
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        }
        (ValueKind::Digest, _) => text.trim_matches('"').to_string(),
        (_, None) if text == "null" => "–".into(),
        (_, None) => crate::sim::validation::shorten(text.trim_matches('"')),
    }
}

/// A part of an assignment that differs from the official one, by its name
/// in the editor.
fn assignment_part(lang: Lang, part: &str) -> String {
    let key = match part {
        "texts" => "ed.texts",
        "scenario" => "ed.market",
        "rounds" | "round_months" | "previews_per_round" => "ed.rounds",
        "start_levers" => "ed.start_levers",
        "constraints" | "scoring" => "ed.limits_scoring",
        "events" => "ed.events",
        "id" => "ed.field.id",
        _ => return part.to_string(),
    };
    lang.t(key).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coursework::summary::KpiMove;

    #[test]
    fn events_read_as_sentences_in_both_languages() {
        let e = ScheduledEvent {
            month: 9,
            event: MarketEvent::CompetitorPrice { change: -0.15 },
            announced: false,
        };
        assert_eq!(
            event(Lang::En, &e),
            "Month 9: the competitor cuts its price by 15%."
        );
        assert_eq!(event(Lang::Zh, &e), "第 9 个月：竞争对手降价 15%。");
        let o = ScheduledEvent {
            month: 15,
            event: MarketEvent::ServiceOutage {
                extra_failure: 0.2,
                months: 2,
            },
            announced: true,
        };
        assert_eq!(
            event(Lang::En, &o),
            "Month 15: a service outage — service failures rise by 20 percentage points for 2 months. (announced)"
        );
    }

    #[test]
    fn a_move_is_told_with_its_cause() {
        let m = KpiMove {
            kpi: Kpi::Satisfaction,
            before: Some(55.0),
            after: 58.26,
            by_decisions: Some(2.5),
        };
        assert_eq!(
            kpi_move(Lang::En, &m),
            vec![
                "Satisfaction rose 3.3 pts to 58.3 pts.".to_string(),
                "Your decisions this round: +2.5 pts compared with keeping the previous levers."
                    .to_string()
            ]
        );
        let m = KpiMove {
            kpi: Kpi::AnnualRetention,
            before: Some(0.80),
            after: 0.75,
            by_decisions: Some(0.001),
        };
        let zh = kpi_move(Lang::Zh, &m);
        assert_eq!(zh[0], "年保留率下降 5.0 个百分点，降至 75.0%。");
        assert!(zh[1].contains("并非"));
        let c = LeverChange::Number {
            lever: LeverId::ServiceQuality,
            from: 8.0,
            to: 12.0,
        };
        assert_eq!(
            lever_change(Lang::En, &c),
            "Service quality: 8 → 12 ¥ per customer per month"
        );
        let t = LeverChange::Number {
            lever: LeverId::ComplaintHandling,
            from: 0.6,
            to: 0.85,
        };
        assert_eq!(lever_change(Lang::Zh, &t), "投诉处理：60 → 85 % 妥善解决");
    }

    #[test]
    fn a_difference_reads_as_the_page_names_things() {
        let d = Difference {
            field: "results.rounds[2].profit".into(),
            in_file: "1918765.4".into(),
            replayed: "1700000.0".into(),
        };
        assert_eq!(
            difference(Lang::Zh, &d),
            "第 3 轮 · 本轮利润\u{FF1A}文件中为 191.9\u{a0}万元\u{FF0C}重放结果为 170\u{a0}万元"
        );
        assert!(difference(Lang::En, &d).starts_with("Round 3 · Profit in the round"));
        let d = Difference {
            field: "decisions[0].care_phone".into(),
            in_file: "12.0".into(),
            replayed: "10.0".into(),
        };
        assert!(difference(Lang::Zh, &d).starts_with("第 1 轮决策 · 电话"));
        let d = Difference {
            field: "results.limits[0].actual".into(),
            in_file: "499459.20000000007".into(),
            replayed: "519749.2".into(),
        };
        let zh = difference(Lang::Zh, &d);
        assert!(zh.contains("499,459.2") && !zh.contains("actual"), "{zh}");
        let d = Difference {
            field: "assignment".into(),
            in_file: "texts, scoring".into(),
            replayed: "the official assignment 'x'".into(),
        };
        assert_eq!(
            difference(Lang::Zh, &d),
            "作业\u{FF1A}文件中为 文字\u{3001}限制与评分\u{FF0C}重放结果为 官方作业"
        );
    }
}
