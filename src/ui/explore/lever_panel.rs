//! The column of controls: the market's settings, a slider per lever, the
//! retention targeting and "reset all".

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::state::Action;
use crate::i18n::Lang;
use crate::sim::{LeverId, RetentionTargeting};
use crate::ui::controls::{LeverList, MarketControls};
use crate::ui::keys;
use crate::ui::run::ExploreSettings;

#[derive(Properties, PartialEq)]
pub struct LeverPanelProps {
    pub lang: Lang,
    pub settings: ExploreSettings,
    pub on_action: Callback<Action>,
    /// A lever moved: its name and its new value (model units).
    pub on_lever: Callback<(LeverId, f64)>,
    /// A lever's value typed: its name and the text.
    pub on_lever_text: Callback<(LeverId, String)>,
    /// A lever was focused or pointed at.
    pub on_focus: Callback<LeverId>,
}

#[function_component(LeverPanel)]
pub fn lever_panel(p: &LeverPanelProps) -> Html {
    let l = p.lang;
    let act = &p.on_action;
    let on_targeting = act.reform(|e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        Action::SetTargeting(RetentionTargeting::from_name(&s.value()).unwrap_or_default())
    });
    let targeting = p.settings.levers.retention_targeting;
    html! {
        <aside class="controls" aria-labelledby="controls-heading">
            <h2 id="market-heading">{ l.t("market.heading") }</h2>
            <MarketControls settings={p.settings.clone()} lang={l}
                on_scenario={act.reform(Action::SetScenario)}
                on_market_size={act.reform(Action::SetMarketSize)}
                on_months={act.reform(Action::SetMonthsText)}
                on_seed={act.reform(Action::SetSeedText)} />
            <h2 id="controls-heading">{ l.t("lever.heading") }</h2>
            <LeverList levers={p.settings.levers} lang={l}
                on_change={p.on_lever.clone()} on_text={p.on_lever_text.clone()}
                on_reset={act.reform(Action::ResetLever)} on_focus={p.on_focus.clone()} />
            <div class="field">
                <label for="targeting">{ l.t("targeting.label") }</label>
                <select id="targeting" onchange={on_targeting} aria-describedby="targeting-help">
                    { for RetentionTargeting::ALL.into_iter().map(|t| html! {
                        <option value={t.name()} selected={targeting == t}>
                            { l.t(keys::targeting(t)) }
                        </option>
                    }) }
                </select>
                <div class="field-help" id="targeting-help">{ l.t("targeting.help") }</div>
            </div>
            <button id="reset-all" class="reset-all" onclick={act.reform(|_: MouseEvent| Action::ResetAll)}>
                { l.t("lever.reset_all") }
            </button>
        </aside>
    }
}
