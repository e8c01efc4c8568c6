//! The channel mix in one compact control: a slider per care channel, what
//! the mix costs per targeted customer, and how intrusive it is against
//! what a customer tolerates.

use yew::prelude::*;

use super::LeverSlider;
use crate::i18n::Lang;
use crate::sim::channels::TOLERANCE;
use crate::sim::{LeverId, Levers};
use crate::ui::format;
use crate::ui::keys;

#[derive(Properties, PartialEq)]
pub struct CareMixProps {
    pub levers: Levers,
    pub lang: Lang,
    /// A channel's contacts moved (model units).
    pub on_change: Callback<(LeverId, f64)>,
    /// A channel's contacts typed, as text.
    pub on_text: Callback<(LeverId, String)>,
    pub on_reset: Callback<LeverId>,
    #[prop_or_default]
    pub on_focus: Callback<LeverId>,
    /// Put before the element ids (a lesson's step shows a second copy).
    #[prop_or_default]
    pub id_prefix: &'static str,
}

#[function_component(CareMix)]
pub fn care_mix(p: &CareMixProps) -> Html {
    let l = p.lang;
    let mix = p.levers.mix();
    let spend = format::money_decimals(mix.cost(), 2, l);
    // The most intrusive case: a customer online, who reads the messages too.
    let intrusion = mix.intrusion(1.0);
    let over = intrusion > TOLERANCE;
    let summary_id = format!("{}care-summary", p.id_prefix);
    html! {
        <fieldset class="care-mix" aria-describedby={summary_id.clone()}>
            <legend>{ l.t("care.legend") }</legend>
            { for LeverId::CARE.into_iter().map(|lever| html! {
                <LeverSlider lever={lever} value={p.levers.get(lever)} lang={l} id_prefix={p.id_prefix}
                    on_change={p.on_change.clone()} on_text={p.on_text.clone()}
                    on_reset={p.on_reset.clone()} on_focus={p.on_focus.clone()} />
            }) }
            <div class="care-summary" id={summary_id} aria-live="polite">
                <p class="care-cost" title={l.t(keys::RETENTION_SPEND.help)}>
                    { l.tf("care.cost", &[("spend", &spend)]) }
                </p>
                <p class={classes!("care-intrusion", over.then_some("over"))}>
                    { l.tf("care.intrusion", &[
                        ("calls", &format::one_decimal(intrusion)),
                        ("tolerance", &format::thousands(TOLERANCE)),
                    ]) }
                </p>
            </div>
        </fieldset>
    }
}
