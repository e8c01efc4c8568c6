//! The market: scenario picker, market size, horizon and seed.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::sim::scenario::MAX_MONTHS;

use crate::i18n::Lang;
use crate::sim::BUILT_IN;
use crate::ui::format::thousands;
use crate::ui::keys;
use crate::ui::run::{ExploreSettings, MARKET_SIZES};

#[derive(Properties, PartialEq)]
pub struct MarketControlsProps {
    pub settings: ExploreSettings,
    pub lang: Lang,
    pub on_scenario: Callback<String>,
    pub on_market_size: Callback<u32>,
    pub on_months: Callback<u32>,
    pub on_seed: Callback<u64>,
}

#[function_component(MarketControls)]
pub fn market_controls(p: &MarketControlsProps) -> Html {
    let l = p.lang;
    let on_scenario = {
        let cb = p.on_scenario.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(s.value());
        })
    };
    let on_size = {
        let cb = p.on_market_size.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(n) = s.value().parse() {
                cb.emit(n);
            }
        })
    };
    let on_months = {
        let cb = p.on_months.clone();
        Callback::from(move |e: Event| {
            let i: HtmlInputElement = e.target_unchecked_into();
            match i.value().trim().parse::<u32>() {
                Ok(m) => cb.emit(m.clamp(1, MAX_MONTHS)),
                Err(_) => cb.emit(36),
            }
        })
    };
    let on_seed = {
        let cb = p.on_seed.clone();
        let current = p.settings.seed;
        Callback::from(move |e: Event| {
            let i: HtmlInputElement = e.target_unchecked_into();
            match i.value().trim().parse::<u64>() {
                Ok(s) => cb.emit(s),
                Err(_) => {
                    i.set_value(&current.to_string());
                }
            }
        })
    };
    let scenario_help = keys::scenario(&p.settings.scenario).map_or("", |(_, help)| l.t(help));
    // A size from a link that the list lacks is shown too.
    let mut sizes = MARKET_SIZES.to_vec();
    if !sizes.contains(&p.settings.market_size) {
        sizes.push(p.settings.market_size);
        sizes.sort_unstable();
    }
    html! {
        <div class="market">
            <div class="field">
                <label for="scenario">{ l.t("market.scenario") }</label>
                <select id="scenario" onchange={on_scenario} aria-describedby="scenario-help">
                    { for BUILT_IN.iter().map(|name| html! {
                        <option value={*name} selected={p.settings.scenario == *name}>
                            { keys::scenario(name).map_or(*name, |(n, _)| l.t(n)) }
                        </option>
                    }) }
                </select>
                <div class="field-help" id="scenario-help">{ scenario_help }</div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="market-size">{ l.t("market.size") }</label>
                    <select id="market-size" onchange={on_size} title={l.t("market.size.help")}>
                        { for sizes.iter().map(|n| html! {
                            <option value={n.to_string()} selected={p.settings.market_size == *n}>
                                { format!("{} {}", thousands(f64::from(*n)), l.t("market.size.unit")) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="months">{ format!("{} ({})", l.t("market.months"), l.t("market.months.unit")) }</label>
                    <input id="months" type="number" min="1" max={MAX_MONTHS.to_string()} step="1"
                        value={p.settings.months.to_string()} onchange={on_months} title={l.t("market.months.help")} />
                </div>
                <div class="field">
                    <label for="seed">{ l.t("market.seed") }</label>
                    <input id="seed" type="number" min="0" step="1"
                        value={p.settings.seed.to_string()} onchange={on_seed} title={l.t("market.seed.help")} />
                </div>
            </div>
        </div>
    }
}
