//! The month bar above the results: play and pause, the month slider, the
//! playback speed and pinning the run on screen as the baseline.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::state::{dispatch_some, Action, SPEEDS};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct MonthBarProps {
    pub lang: Lang,
    /// The month on screen, 1 to `months`.
    pub month: u32,
    /// The months of the run on screen.
    pub months: u32,
    pub playing: bool,
    /// Months per second.
    pub speed: u32,
    /// Whether a baseline is pinned.
    pub pinned: bool,
    pub on_action: Callback<Action>,
    /// Pins the run on screen, or unpins the baseline.
    pub on_pin: Callback<()>,
}

#[function_component(MonthBar)]
pub fn month_bar(p: &MonthBarProps) -> Html {
    let l = p.lang;
    let act = |a: fn() -> Action| p.on_action.reform(move |_: MouseEvent| a());
    let on_month = dispatch_some(&p.on_action, |e: InputEvent| {
        let i: HtmlInputElement = e.target_unchecked_into();
        i.value().parse().ok().map(Action::SetMonth)
    });
    let on_speed = dispatch_some(&p.on_action, |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        s.value().parse().ok().map(Action::SetSpeed)
    });
    html! {
        <section class="month-bar" aria-label={l.t("playback.month")}>
            <button id="play" onclick={act(|| Action::TogglePlay)} aria-pressed={p.playing.to_string()}>
                { if p.playing { format!("⏸ {}", l.t("playback.pause")) } else { format!("▶ {}", l.t("playback.play")) } }
            </button>
            <label for="month">{ l.t("playback.month") }</label>
            <input id="month" type="range" min="1" max={p.months.to_string()} step="1"
                value={p.month.to_string()} oninput={on_month} title={l.t("playback.month.help")} />
            <output for="month" class="month-value">{ format!("{} / {}", p.month, p.months) }</output>
            <label for="speed">{ l.t("playback.speed") }</label>
            <select id="speed" onchange={on_speed} title={l.t("playback.speed.help")}>
                { for SPEEDS.iter().map(|v| html! {
                    <option value={v.to_string()} selected={p.speed == *v}>{ format!("{v}×") }</option>
                }) }
            </select>
            <button id="pin" onclick={p.on_pin.reform(|_| ())} aria-pressed={p.pinned.to_string()}>
                { if p.pinned { l.t("baseline.unpin") } else { l.t("baseline.pin") } }
            </button>
            if p.pinned {
                <span class="baseline-note">{ l.t("baseline.pinned") }</span>
            }
        </section>
    }
}
