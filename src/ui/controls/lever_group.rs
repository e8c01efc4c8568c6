//! A group of levers that work together, in one box: the care channels
//! (the channel mix, with what it costs per targeted customer and how
//! intrusive it is) and the loyalty programme (with what it gives members).
//! A slider for each lever, then a line or two about the group as set.

use yew::prelude::*;

use super::LeverSlider;
use crate::i18n::Lang;
use crate::sim::channels::TOLERANCE;
use crate::sim::programme::Programme;
use crate::sim::{LeverId, Levers};
use crate::ui::format::{money, money_decimals, one_decimal, thousands};
use crate::ui::keys;

/// Which group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The care channels (客户关怀工具).
    Care,
    /// The loyalty programme (会员计划).
    Programme,
}

impl Group {
    /// Its levers, in `LeverId::ALL`'s order.
    pub fn levers(self) -> &'static [LeverId] {
        match self {
            Group::Care => &LeverId::CARE,
            Group::Programme => &LeverId::PROGRAMME,
        }
    }

    /// The group a lever belongs to, if any.
    pub fn of(lever: LeverId) -> Option<Group> {
        [Group::Care, Group::Programme]
            .into_iter()
            .find(|g| g.levers().contains(&lever))
    }

    /// Its name in element ids and classes.
    fn id(self) -> &'static str {
        match self {
            Group::Care => "care",
            Group::Programme => "programme",
        }
    }

    fn legend(self) -> &'static str {
        match self {
            Group::Care => "care.legend",
            Group::Programme => "programme.legend",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct LeverGroupProps {
    pub group: Group,
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

/// What the loyalty programme as set gives members, in a sentence or two.
pub fn programme_summary(l: Lang, p: &Programme) -> String {
    if !p.runs() {
        return l.t("programme.off").to_string();
    }
    // 2.5%, 5%: as many decimals as the value has, as the levers show it.
    let percent = |x: f64| format!("{}%", crate::ui::controls::lever_slider::show(x * 100.0));
    let mut parts = Vec::new();
    if p.points_rate > 0.0 {
        parts.push(l.tf("programme.on", &[("rate", &percent(p.points_rate))]));
    }
    parts.push(if p.member_threshold > 0.0 {
        l.tf(
            "programme.join",
            &[("threshold", &money(p.member_threshold, l))],
        )
    } else {
        l.t("programme.everyone").to_string()
    });
    if p.gold_card_benefit > 0.0 {
        parts.push(l.tf(
            "programme.gold_card",
            &[
                ("threshold", &money(p.gold_card_threshold, l)),
                ("benefit", &percent(p.gold_card_benefit)),
            ],
        ));
    }
    parts.join(l.sentence_gap())
}

/// The lines about the channel mix: its cost per targeted customer and its
/// intrusion against what a customer tolerates (for a customer online, who
/// reads the instant messages too: the most intrusive case).
fn care_summary(l: Lang, levers: &Levers) -> Html {
    let mix = levers.mix();
    let spend = money_decimals(mix.cost(), 2, l);
    let intrusion = mix.intrusion(1.0);
    html! {
        <>
            <p class="care-cost" title={l.t(keys::RETENTION_SPEND.help)}>
                { l.tf("care.cost", &[("spend", &spend)]) }
            </p>
            <p class={classes!("care-intrusion", (intrusion > TOLERANCE).then_some("over"))}>
                { l.tf("care.intrusion", &[
                    ("calls", &one_decimal(intrusion)),
                    ("tolerance", &thousands(TOLERANCE)),
                ]) }
            </p>
        </>
    }
}

#[function_component(LeverGroup)]
pub fn lever_group(p: &LeverGroupProps) -> Html {
    let l = p.lang;
    let g = p.group;
    let summary_id = format!("{}{}-summary", p.id_prefix, g.id());
    let summary = match g {
        Group::Care => care_summary(l, &p.levers),
        Group::Programme => html! { <p>{ programme_summary(l, &Programme::of(&p.levers)) }</p> },
    };
    html! {
        <fieldset class={classes!("lever-group", g.id())} aria-describedby={summary_id.clone()}>
            <legend>{ l.t(g.legend()) }</legend>
            { for g.levers().iter().map(|&lever| html! {
                <LeverSlider lever={lever} value={p.levers.get(lever)} lang={l} id_prefix={p.id_prefix}
                    on_change={p.on_change.clone()} on_text={p.on_text.clone()}
                    on_reset={p.on_reset.clone()} on_focus={p.on_focus.clone()} />
            }) }
            <div class="group-summary" id={summary_id} aria-live="polite">{ summary }</div>
        </fieldset>
    }
}
