//! The loyalty programme in one control: a slider for each of its four
//! levers and a line saying what the programme, as set, gives members.

use yew::prelude::*;

use super::LeverSlider;
use crate::i18n::Lang;
use crate::sim::programme::Programme;
use crate::sim::{LeverId, Levers};
use crate::ui::format::{money, percent};

#[derive(Properties, PartialEq)]
pub struct ProgrammeControlProps {
    pub levers: Levers,
    pub lang: Lang,
    /// A lever moved (model units).
    pub on_change: Callback<(LeverId, f64)>,
    /// A lever's value typed, as text.
    pub on_text: Callback<(LeverId, String)>,
    pub on_reset: Callback<LeverId>,
    #[prop_or_default]
    pub on_focus: Callback<LeverId>,
    /// Put before the element ids (a lesson's step shows a second copy).
    #[prop_or_default]
    pub id_prefix: &'static str,
}

/// What the programme as set gives members, in a sentence.
pub fn summary(l: Lang, p: &Programme) -> String {
    if !p.runs() {
        return l.t("programme.off").to_string();
    }
    let mut parts = Vec::new();
    if p.points_rate > 0.0 {
        parts.push(l.tf("programme.on", &[("rate", &percent(p.points_rate, 1))]));
    }
    if p.gold_card_benefit > 0.0 {
        parts.push(l.tf(
            "programme.gold_card",
            &[
                ("threshold", &money(p.gold_card_threshold, l)),
                ("benefit", &percent(p.gold_card_benefit, 0)),
            ],
        ));
    }
    parts.join(l.sentence_gap())
}

#[function_component(ProgrammeControl)]
pub fn programme_control(p: &ProgrammeControlProps) -> Html {
    let l = p.lang;
    let summary_id = format!("{}programme-summary", p.id_prefix);
    html! {
        <fieldset class="programme" aria-describedby={summary_id.clone()}>
            <legend>{ l.t("programme.legend") }</legend>
            { for LeverId::PROGRAMME.into_iter().map(|lever| html! {
                <LeverSlider lever={lever} value={p.levers.get(lever)} lang={l} id_prefix={p.id_prefix}
                    on_change={p.on_change.clone()} on_text={p.on_text.clone()}
                    on_reset={p.on_reset.clone()} on_focus={p.on_focus.clone()} />
            }) }
            <p class="programme-summary" id={summary_id} aria-live="polite">
                { summary(l, &Programme::of(&p.levers)) }
            </p>
        </fieldset>
    }
}
