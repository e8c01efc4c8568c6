//! The page: for now a first summary of the default run, in either language.

use yew::prelude::*;

use super::format::{one_decimal, percent, thousands};
use super::kpis::KpiCard;
use crate::i18n::Lang;
use crate::sim::{run, Decisions, Levers, Run, Scenario};

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|t| Lang::from_tag(&t))
        .unwrap_or(Lang::Zh)
}

/// The default scenario under the default levers.
pub fn default_run() -> Run {
    run(
        &Scenario::default(),
        &Decisions::constant(Levers::default()),
    )
    .expect("the default scenario is valid")
}

#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(browser_lang);
    let result = use_memo((), |_| default_run());
    {
        let tag = lang.tag();
        use_effect_with(*lang, move |_| {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = el.set_attribute("lang", tag);
            }
        });
    }
    let l = *lang;
    let toggle = {
        let lang = lang.clone();
        Callback::from(move |_| {
            lang.set(match *lang {
                Lang::Zh => Lang::En,
                Lang::En => Lang::Zh,
            })
        })
    };
    let last = result.last();
    let k = &last.kpis;
    let opt_pct = |x: Option<f64>, d| x.map(|v| percent(v, d)).unwrap_or_else(|| "–".into());
    let cards = [
        (
            "satisfaction",
            one_decimal(k.satisfaction),
            l.t("unit_points"),
        ),
        ("loyalty", one_decimal(k.loyalty), l.t("unit_points")),
        ("retention", opt_pct(k.retention_rate, 1), ""),
        ("acquisition", opt_pct(k.acquisition_rate, 2), ""),
        (
            "profit_contribution",
            k.profit_contribution
                .map(one_decimal)
                .unwrap_or_else(|| "–".into()),
            l.t("unit_yuan_per_customer"),
        ),
        (
            "response_time",
            one_decimal(k.service_response_time),
            l.t("unit_hours"),
        ),
        ("complaint_rate", opt_pct(k.complaint_rate, 1), ""),
        (
            "cumulative_profit",
            thousands(last.cumulative_profit),
            l.t("unit_yuan"),
        ),
        (
            "clv",
            last.clv_mean.map(thousands).unwrap_or_else(|| "–".into()),
            l.t("unit_yuan"),
        ),
        ("equity", thousands(last.customer_equity), l.t("unit_yuan")),
    ];
    let heading = l
        .t("summary_heading")
        .replace("{months}", &result.months.len().to_string());
    html! {
        <main class="app">
            <header class="top">
                <div>
                    <h1>{ l.t("app_title") }</h1>
                    <p class="subtitle">{ l.t("app_subtitle") }</p>
                </div>
                <button id="lang-toggle" onclick={toggle} aria-label={l.t("switch_language_label")}>
                    { l.t("switch_language") }
                </button>
            </header>
            <section aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ heading }</h2>
                <p class="note">{ l.t("summary_note") }</p>
                <div class="kpis" id="kpis" data-digest={format!("{:016x}", result.digest())}>
                    { for cards.iter().map(|(id, value, unit)| {
                        let label_key = kpi_key(id, false);
                        let help_key = kpi_key(id, true);
                        html! {
                            <KpiCard id={*id} label={l.t(label_key)} value={value.clone()}
                                unit={*unit} help={l.t(help_key)} />
                        }
                    }) }
                </div>
            </section>
        </main>
    }
}

/// The string-table key of a KPI's label or help line.
fn kpi_key(id: &str, help: bool) -> &'static str {
    match (id, help) {
        ("satisfaction", false) => "kpi_satisfaction",
        ("satisfaction", true) => "kpi_satisfaction_help",
        ("loyalty", false) => "kpi_loyalty",
        ("loyalty", true) => "kpi_loyalty_help",
        ("retention", false) => "kpi_retention",
        ("retention", true) => "kpi_retention_help",
        ("acquisition", false) => "kpi_acquisition",
        ("acquisition", true) => "kpi_acquisition_help",
        ("profit_contribution", false) => "kpi_profit_contribution",
        ("profit_contribution", true) => "kpi_profit_contribution_help",
        ("response_time", false) => "kpi_response_time",
        ("response_time", true) => "kpi_response_time_help",
        ("complaint_rate", false) => "kpi_complaint_rate",
        ("complaint_rate", true) => "kpi_complaint_rate_help",
        ("cumulative_profit", false) => "kpi_cumulative_profit",
        ("cumulative_profit", true) => "kpi_cumulative_profit_help",
        ("clv", false) => "kpi_clv",
        ("clv", true) => "kpi_clv_help",
        ("equity", false) => "kpi_equity",
        _ => "kpi_equity_help",
    }
}
