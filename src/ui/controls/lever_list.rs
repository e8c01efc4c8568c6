//! Every numeric lever as the pages show them: a slider each; the four care
//! channels together in one channel-mix control, and the loyalty
//! programme's four levers in one programme control, each where the first
//! of its levers stands (`LeverId::ALL`'s order).

use yew::prelude::*;

use super::{Group, LeverGroup, LeverSlider};
use crate::i18n::Lang;
use crate::sim::{LeverId, Levers};

#[derive(Properties, PartialEq)]
pub struct LeverListProps {
    pub levers: Levers,
    pub lang: Lang,
    /// A lever moved (model units).
    pub on_change: Callback<(LeverId, f64)>,
    /// A lever's value typed, as text.
    pub on_text: Callback<(LeverId, String)>,
    pub on_reset: Callback<LeverId>,
    #[prop_or_default]
    pub on_focus: Callback<LeverId>,
}

#[function_component(LeverList)]
pub fn lever_list(p: &LeverListProps) -> Html {
    let l = p.lang;
    html! {
        { for LeverId::ALL.into_iter().map(|lever| match Group::of(lever) {
            // A group stands where its first lever does.
            Some(group) if group.levers()[0] == lever => html! {
                <LeverGroup group={group} levers={p.levers} lang={l}
                    on_change={p.on_change.clone()} on_text={p.on_text.clone()}
                    on_reset={p.on_reset.clone()} on_focus={p.on_focus.clone()} />
            },
            Some(_) => html! {},
            None => html! {
                <LeverSlider lever={lever} value={p.levers.get(lever)} lang={l}
                    on_change={p.on_change.clone()} on_text={p.on_text.clone()}
                    on_reset={p.on_reset.clone()} on_focus={p.on_focus.clone()} />
            },
        }) }
    }
}
