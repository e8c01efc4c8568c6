//! The market: scenario picker, market size, horizon and seed.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::sim::scenario::MAX_MONTHS;

use crate::i18n::Lang;
use crate::sim::{BUILT_IN, LESSON_MARKETS};
use crate::ui::format::thousands;
use crate::ui::keys;
use crate::ui::run::{ExploreSettings, MARKET_SIZES};

#[derive(Properties, PartialEq)]
pub struct MarketControlsProps {
    pub settings: ExploreSettings,
    pub lang: Lang,
    pub on_scenario: Callback<String>,
    pub on_market_size: Callback<u32>,
    /// The horizon as typed (months).
    pub on_months: Callback<String>,
    /// The seed as typed.
    pub on_seed: Callback<String>,
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
    // The horizon and the seed are sent as typed: the page reads them and
    // says what it cannot take (see `messages::typed_whole`).
    let typed = |cb: &Callback<String>| {
        cb.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value())
    };
    let (on_months, on_seed) = (typed(&p.on_months), typed(&p.on_seed));
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
                    { for BUILT_IN.iter().chain(LESSON_MARKETS.iter()).map(|name| html! {
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
                    <label for="months">{ l.with_unit(l.t("market.months"), l.t("market.months.unit")) }</label>
                    // Text, not a number input: the browser would empty what it
                    // cannot read, and the page could not say what was wrong.
                    <input id="months" type="text" inputmode="numeric"
                        value={p.settings.months.to_string()} onchange={on_months}
                        title={l.tf("market.months.help", &[("max", &MAX_MONTHS.to_string())])} />
                </div>
                <div class="field">
                    <label for="seed">{ l.t("market.seed") }</label>
                    <input id="seed" type="text" inputmode="numeric"
                        value={p.settings.seed.to_string()} onchange={on_seed} title={l.t("market.seed.help")} />
                </div>
            </div>
        </div>
    }
}
