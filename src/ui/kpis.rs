//! KPI cards: the seven CRM KPIs and the money figures of the selected month,
//! each with its unit, a one-line meaning and, with a baseline pinned, the
//! difference against it.

use yew::prelude::*;

use super::format::{
    money, money_decimals, money_exact, money_is_shortened, money_short, money_short_is_shortened,
    one_decimal, percent, thousands,
};
use crate::i18n::Lang;
use crate::sim::MonthReport;

/// How a KPI's number is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 0–100 points, one decimal.
    Points,
    /// A share shown as a percentage with this many decimals.
    Percent(usize),
    /// Yuan, whole.
    Yuan,
    /// Yuan per customer, one decimal.
    YuanPerCustomer,
    /// Hours, one decimal.
    Hours,
    /// A number of customers, whole.
    Customers,
}

/// One KPI: its id, string-table keys, how to read it from a month, and how to show it.
pub struct Kpi {
    pub id: &'static str,
    pub label: &'static str,
    pub help: &'static str,
    pub value: fn(&MonthReport) -> Option<f64>,
    pub kind: Kind,
    /// Whether a rise is good news (colours the difference).
    pub higher_is_better: bool,
    /// A loyalty programme's figure: shown when a programme ran in the run
    /// or its baseline ([`programme_ran`]).
    pub programme: bool,
}

/// Whether a loyalty programme has anything to show this month: members,
/// points still owed or a cost.
pub fn programme_ran(m: &MonthReport) -> bool {
    m.programme.members > 0 || m.programme.points_liability > 0.0 || m.books.programme_cost > 0.0
}

/// The cards, in order: the seven CRM KPIs, then money and value.
pub const KPIS: &[Kpi] = &[
    Kpi {
        id: "satisfaction",
        label: "kpi.satisfaction",
        help: "kpi.satisfaction.help",
        value: |m| Some(m.kpis.satisfaction),
        kind: Kind::Points,
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "loyalty",
        label: "kpi.loyalty",
        help: "kpi.loyalty.help",
        value: |m| Some(m.kpis.loyalty),
        kind: Kind::Points,
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "retention",
        label: "kpi.retention",
        help: "kpi.retention.help",
        value: |m| m.kpis.retention_rate,
        kind: Kind::Percent(1),
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "annual_retention",
        label: "kpi.annual_retention",
        help: "kpi.annual_retention.help",
        value: |m| m.annual_retention,
        kind: Kind::Percent(1),
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "acquisition",
        label: "kpi.acquisition",
        help: "kpi.acquisition.help",
        value: |m| m.kpis.acquisition_rate,
        kind: Kind::Percent(2),
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "profit_contribution",
        label: "kpi.profit_contribution",
        help: "kpi.profit_contribution.help",
        value: |m| m.kpis.profit_contribution,
        kind: Kind::YuanPerCustomer,
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "response_time",
        label: "kpi.response_time",
        help: "kpi.response_time.help",
        value: |m| Some(m.kpis.service_response_time),
        kind: Kind::Hours,
        higher_is_better: false,
        programme: false,
    },
    Kpi {
        id: "complaint_rate",
        label: "kpi.complaint_rate",
        help: "kpi.complaint_rate.help",
        value: |m| m.kpis.complaint_rate,
        kind: Kind::Percent(1),
        higher_is_better: false,
        programme: false,
    },
    Kpi {
        id: "profit",
        label: "kpi.profit",
        help: "kpi.profit.help",
        value: |m| Some(m.profit),
        kind: Kind::Yuan,
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "cumulative_profit",
        label: "kpi.cumulative_profit",
        help: "kpi.cumulative_profit.help",
        value: |m| Some(m.cumulative_profit),
        kind: Kind::Yuan,
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "clv",
        label: "kpi.clv",
        help: "kpi.clv.help",
        value: |m| m.clv_mean,
        kind: Kind::Yuan,
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "equity",
        label: "kpi.equity",
        help: "kpi.equity.help",
        value: |m| Some(m.customer_equity),
        kind: Kind::Yuan,
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "retention_roi",
        label: "kpi.retention_roi",
        help: "kpi.retention_roi.help",
        value: |m| m.retention_roi,
        kind: Kind::Percent(0),
        higher_is_better: true,
        programme: false,
    },
    Kpi {
        id: "at_risk",
        label: "kpi.at_risk",
        help: "kpi.at_risk.help",
        value: |m| Some(f64::from(m.early_warning.at_risk)),
        kind: Kind::Customers,
        higher_is_better: false,
        programme: false,
    },
    Kpi {
        id: "value_at_risk",
        label: "kpi.value_at_risk",
        help: "kpi.value_at_risk.help",
        value: |m| Some(m.early_warning.value_at_risk),
        kind: Kind::Yuan,
        higher_is_better: false,
        programme: false,
    },
    Kpi {
        id: "members",
        label: "kpi.members",
        help: "kpi.members.help",
        value: |m| Some(f64::from(m.programme.members)),
        kind: Kind::Customers,
        higher_is_better: true,
        programme: true,
    },
    Kpi {
        id: "points_liability",
        label: "kpi.points_liability",
        help: "kpi.points_liability.help",
        value: |m| Some(m.programme.points_liability),
        kind: Kind::Yuan,
        higher_is_better: false,
        programme: true,
    },
    Kpi {
        id: "programme_cost",
        label: "kpi.programme_cost",
        help: "kpi.programme_cost.help",
        value: |m| Some(m.books.programme_cost),
        kind: Kind::Yuan,
        higher_is_better: false,
        programme: true,
    },
    Kpi {
        id: "member_retention",
        label: "kpi.member_retention",
        help: "kpi.member_retention.help",
        value: |m| m.programme.member_retention,
        kind: Kind::Percent(1),
        higher_is_better: true,
        programme: true,
    },
    Kpi {
        id: "non_member_retention",
        label: "kpi.non_member_retention",
        help: "kpi.non_member_retention.help",
        value: |m| m.programme.non_member_retention,
        kind: Kind::Percent(1),
        higher_is_better: true,
        programme: true,
    },
];

/// The value as text and its unit.
pub fn show(kind: Kind, v: Option<f64>, lang: Lang) -> (String, String) {
    let Some(v) = v else {
        return ("–".into(), String::new());
    };
    match kind {
        Kind::Points => (one_decimal(v), lang.t("unit.points").into()),
        Kind::Percent(d) => (percent(v, d), String::new()),
        // The currency is part of the number (¥ before it in English, 元
        // after it in Chinese); a large sum is shortened, its exact figure
        // given by [`exact`].
        Kind::Yuan => (money_short(v, lang), String::new()),
        Kind::YuanPerCustomer => match lang {
            Lang::En => (
                money_decimals(v, 1, lang),
                lang.t("unit.per_customer").into(),
            ),
            Lang::Zh => (one_decimal(v), lang.t("unit.yuan_per_customer").into()),
        },
        Kind::Hours => (one_decimal(v), lang.t("unit.hours").into()),
        Kind::Customers => (thousands(v), lang.t("unit.customers").into()),
    }
}

/// The exact figure of a value [`show`] shortens (money of a million or
/// more in English, of 10 万 or more in Chinese), for the card's title;
/// `None` when the card shows it whole.
pub fn exact(kind: Kind, v: Option<f64>, lang: Lang) -> Option<String> {
    let v = v?;
    (kind == Kind::Yuan && money_short_is_shortened(v, lang)).then(|| money_exact(v, lang))
}

/// The exact difference `now − base` where [`show_delta`] shortens it
/// (money), for the difference's own title: a card's title gives its value,
/// not its difference.
pub fn exact_delta(kind: Kind, now: f64, base: f64, lang: Lang) -> Option<String> {
    let d = now - base;
    (kind == Kind::Yuan && money_is_shortened(d.abs(), lang)).then(|| {
        let sign = if d > 0.0 { "+" } else { "\u{2212}" };
        format!("{sign}{}", money_exact(d.abs(), lang))
    })
}

/// The difference `now − base` as signed text with its unit.
pub fn show_delta(kind: Kind, now: f64, base: f64, lang: Lang) -> String {
    let d = now - base;
    let sign = if d > 0.0 {
        "+"
    } else if d < 0.0 {
        "−"
    } else {
        "±"
    };
    let a = d.abs();
    match kind {
        Kind::Points => format!("{sign}{} {}", one_decimal(a), lang.t("unit.points")),
        Kind::Percent(dec) => format!(
            "{sign}{:.*} {}",
            dec,
            a * 100.0,
            lang.t("unit.percent_points")
        ),
        Kind::Yuan => format!("{sign}{}", money(a, lang)),
        Kind::YuanPerCustomer => match lang {
            Lang::En => format!(
                "{sign}{} {}",
                money_decimals(a, 1, lang),
                lang.t("unit.per_customer")
            ),
            Lang::Zh => format!(
                "{sign}{} {}",
                one_decimal(a),
                lang.t("unit.yuan_per_customer")
            ),
        },
        Kind::Hours => format!("{sign}{} {}", one_decimal(a), lang.t("unit.hours")),
        Kind::Customers => format!("{sign}{} {}", thousands(a), lang.t("unit.customers")),
    }
}

#[derive(Properties, PartialEq)]
pub struct KpiCardProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub unit: AttrValue,
    pub help: AttrValue,
    /// The exact figure when `value` is shortened (shown on hover).
    #[prop_or_default]
    pub exact: Option<AttrValue>,
    /// The difference against the baseline, and whether it is good news.
    #[prop_or_default]
    pub delta: Option<(AttrValue, Option<bool>)>,
    #[prop_or_default]
    pub delta_label: AttrValue,
    /// The exact difference when `delta` is shortened (its own title).
    #[prop_or_default]
    pub delta_exact: Option<AttrValue>,
    /// A link to the glossary entry of the concept: (address, short text,
    /// full label naming the term).
    #[prop_or_default]
    pub glossary: Option<(AttrValue, AttrValue, AttrValue)>,
}

/// The glossary entry that explains a card's concept.
pub fn glossary_term(kpi: &str) -> Option<&'static str> {
    Some(match kpi {
        "satisfaction" => "satisfaction",
        "loyalty" => "loyalty",
        "retention" | "annual_retention" | "retention_roi" => "retention-economics",
        "acquisition" => "five-to-one",
        "profit_contribution" | "response_time" => "crm-kpis",
        "complaint_rate" => "service-recovery",
        "clv" | "equity" => "clv",
        "at_risk" | "value_at_risk" => "early-warning",
        "members"
        | "points_liability"
        | "programme_cost"
        | "member_retention"
        | "non_member_retention" => "loyalty-programme",
        _ => return None,
    })
}

#[function_component(KpiCard)]
pub fn kpi_card(p: &KpiCardProps) -> Html {
    html! {
        <div class="kpi" data-kpi={p.id.clone()} title={match &p.exact {
            Some(x) => format!("{x} — {}", p.help),
            None => p.help.to_string(),
        }}>
            <div class="kpi-label">{ p.label.clone() }</div>
            <div class="kpi-value">
                <span class="kpi-number" data-exact={p.exact.clone()}>{ p.value.clone() }</span>
                if !p.unit.is_empty() {
                    <span class="kpi-unit">{ " " }{ p.unit.clone() }</span>
                }
            </div>
            if let Some((d, good)) = &p.delta {
                <div class={classes!("kpi-delta", match good { Some(true) => "good", Some(false) => "bad", None => "same" })}
                    title={p.delta_exact.as_ref().map(|x| format!("{x} {}", p.delta_label))}>
                    { d.clone() }{ " " }<span class="kpi-delta-label">{ p.delta_label.clone() }</span>
                </div>
            }
            <div class="kpi-help">{ p.help.clone() }</div>
            if let Some((href, text, label)) = &p.glossary {
                // The accessible name starts with the visible text and goes
                // on to the term (`label` names it).
                <a class="glossary-link" href={href.clone()} target="_blank" rel="noopener"
                    title={label.clone()}>{ text.clone() }<span class="sr-only">{ format!(" — {label}") }</span></a>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct KpiPanelProps {
    pub lang: Lang,
    pub month: MonthReport,
    #[prop_or_default]
    pub baseline: Option<MonthReport>,
    /// What the differences are against (default: the pinned baseline).
    #[prop_or_default]
    pub delta_label: Option<AttrValue>,
}

#[function_component(KpiPanel)]
pub fn kpi_panel(p: &KpiPanelProps) -> Html {
    let l = p.lang;
    let delta_label = p
        .delta_label
        .clone()
        .unwrap_or_else(|| AttrValue::from(l.t("baseline.delta")));
    let programme = programme_ran(&p.month) || p.baseline.as_ref().is_some_and(programme_ran);
    html! {
        <div class="kpis" id="kpis">
            { for KPIS.iter().filter(|k| programme || !k.programme).map(|k| {
                let now = (k.value)(&p.month);
                let (value, unit) = show(k.kind, now, l);
                let base = p.baseline.as_ref().and_then(|b| (k.value)(b));
                let delta = match (now, base) {
                    (Some(n), Some(b)) => {
                        let good = if (n - b).abs() < 1e-9 { None } else { Some((n > b) == k.higher_is_better) };
                        Some((AttrValue::from(show_delta(k.kind, n, b, l)), good))
                    }
                    _ => None,
                };
                let delta_exact = now.zip(base).and_then(|(n, b)| exact_delta(k.kind, n, b, l)).map(AttrValue::from);
                html! {
                    <KpiCard id={k.id} label={l.t(k.label)} value={value} unit={unit} delta_exact={delta_exact}
                        exact={exact(k.kind, now, l).map(AttrValue::from)}
                        help={l.t(k.help)} delta={delta} delta_label={delta_label.clone()}
                        glossary={glossary_term(k.id).and_then(crate::concepts::glossary::by_id).map(|t| (
                            AttrValue::from(format!("#glossary/{}", t.id)),
                            AttrValue::from(l.t("glossary.link")),
                            AttrValue::from(l.tf("glossary.see", &[("term", t.name.get(l))])),
                        ))} />
                }
            }) }
        </div>
    }
}

/// The figures of the compact strip at the top of the results: what a room
/// watches while one lever moves (the full cards, with their meanings,
/// follow the first chart).
pub const STRIP: [&str; 6] = [
    "satisfaction",
    "loyalty",
    "annual_retention",
    "profit",
    "cumulative_profit",
    "equity",
];

/// The compact strip of key figures: label, number and unit, and the
/// difference against the baseline when one is pinned.
#[function_component(KpiStrip)]
pub fn kpi_strip(p: &KpiPanelProps) -> Html {
    let l = p.lang;
    html! {
        <dl class="kpi-strip" id="kpi-strip" aria-label={l.t("kpi.strip_label")}>
            { for STRIP.iter().filter_map(|id| KPIS.iter().find(|k| k.id == *id)).map(|k| {
                let now = (k.value)(&p.month);
                let (value, unit) = show(k.kind, now, l);
                let delta = match (now, p.baseline.as_ref().and_then(|b| (k.value)(b))) {
                    (Some(n), Some(b)) => {
                        let good = if (n - b).abs() < 1e-9 { "same" } else if (n > b) == k.higher_is_better { "good" } else { "bad" };
                        Some((show_delta(k.kind, n, b, l), exact_delta(k.kind, n, b, l), good))
                    }
                    _ => None,
                };
                let title = match exact(k.kind, now, l) {
                    Some(x) => format!("{x} — {}", l.t(k.help)),
                    None => l.t(k.help).to_string(),
                };
                html! {
                    <div class="strip-item" data-strip={k.id} title={title}>
                        <dt>{ l.t(k.label) }</dt>
                        <dd>
                            <span class="strip-number">{ value }</span>
                            if !unit.is_empty() {
                                <span class="kpi-unit">{ " " }{ unit }</span>
                            }
                            if let Some((d, exact, good)) = delta {
                                <span class={classes!("strip-delta", good)} title={exact}>{ d }</span>
                            }
                        </dd>
                    </div>
                }
            }) }
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_differences_have_units() {
        assert_eq!(
            show(Kind::Percent(1), Some(0.9812), Lang::En),
            ("98.1%".into(), String::new())
        );
        assert_eq!(
            show(Kind::Yuan, Some(1234567.0), Lang::Zh).0,
            "123.5\u{a0}万元"
        );
        assert_eq!(
            exact(Kind::Yuan, Some(1234567.0), Lang::Zh).as_deref(),
            Some("1,234,567\u{a0}元")
        );
        assert_eq!(exact(Kind::Yuan, Some(99_000.0), Lang::Zh), None);
        assert_eq!(
            show(Kind::Yuan, Some(-893_184.0), Lang::En).0,
            "\u{2212}¥893,184"
        );
        assert_eq!(
            exact(Kind::Yuan, Some(30_111_222.0), Lang::En).as_deref(),
            Some("¥30,111,222")
        );
        assert_eq!(show(Kind::Points, None, Lang::En).0, "–");
        assert_eq!(
            show_delta(Kind::Percent(1), 0.80, 0.75, Lang::En),
            "+5.0 pp"
        );
        assert_eq!(
            show_delta(Kind::Yuan, 1000.0, 3500.0, Lang::Zh),
            "−2,500\u{a0}元"
        );
        assert_eq!(show_delta(Kind::Points, 50.0, 50.0, Lang::En), "±0.0 pts");
        // A shortened difference has its own exact figure.
        assert_eq!(
            exact_delta(Kind::Yuan, 1_000_000.0, 1_589_000.0, Lang::Zh).as_deref(),
            Some("\u{2212}589,000\u{a0}元")
        );
        assert_eq!(exact_delta(Kind::Yuan, 1_000.0, 3_500.0, Lang::Zh), None);
    }
}
