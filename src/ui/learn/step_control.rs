//! The control a lesson step asks for, shown in the step itself: the
//! lever's slider, the targeting or market menu, the pin button, or the
//! month buttons. The same actions as the page's own controls, so the
//! learner need not look for them.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::lessons::Goal;
use crate::sim::{LeverId, Levers, RetentionTargeting};
use crate::ui::controls::{Group, LeverGroup, LeverSlider};
use crate::ui::keys;

/// What a step's control does; the page carries it out as its own
/// controls would.
#[derive(Clone, Debug, PartialEq)]
pub enum StepAct {
    /// A lever moved (model units).
    Lever(LeverId, f64),
    /// A lever's value typed (display units, as text).
    LeverText(LeverId, String),
    ResetLever(LeverId),
    Targeting(RetentionTargeting),
    Scenario(String),
    /// Pin the run on screen as the baseline.
    Pin,
    TogglePlay,
    /// Go to a month (1-based).
    Month(u32),
}

#[derive(Properties, PartialEq)]
pub struct StepControlProps {
    pub lang: Lang,
    pub goal: Goal,
    pub levers: Levers,
    pub pinned: bool,
    pub playing: bool,
    pub on_act: Callback<StepAct>,
}

#[function_component(StepControl)]
pub fn step_control(p: &StepControlProps) -> Html {
    // One control per thing to set: "at least 3 and at most 3" is one
    // slider, not two.
    let mut parts: Vec<Goal> = Vec::new();
    flatten(&p.goal, &mut parts);
    html! {
        <div class="step-control" id="step-control">
            { for parts.iter().map(|g| control(p, g)) }
        </div>
    }
}

/// The goals of a step, one per control.
fn flatten(goal: &Goal, out: &mut Vec<Goal>) {
    // A lever of a group (the care channels, the loyalty programme) is set
    // in its group's box, which shows the whole mix or programme and its
    // cost: one box however many of its levers the step names.
    let same_control = |a: &Goal, b: &Goal| match (a, b) {
        (
            Goal::LeverAtLeast(x, _) | Goal::LeverAtMost(x, _),
            Goal::LeverAtLeast(y, _) | Goal::LeverAtMost(y, _),
        ) => x == y || Group::of(*x).is_some_and(|g| Group::of(*y) == Some(g)),
        (
            Goal::LeverAtLeast(x, _) | Goal::LeverAtMost(x, _),
            Goal::RetentionSpendAtLeast(_) | Goal::RetentionSpendAbout(_),
        )
        | (
            Goal::RetentionSpendAtLeast(_) | Goal::RetentionSpendAbout(_),
            Goal::LeverAtLeast(x, _) | Goal::LeverAtMost(x, _),
        ) => Group::of(*x) == Some(Group::Care),
        _ => std::mem::discriminant(a) == std::mem::discriminant(b),
    };
    match goal {
        Goal::Both(a, b) => {
            flatten(a, out);
            flatten(b, out);
        }
        g if !out.iter().any(|o| same_control(o, g)) => out.push(*g),
        _ => {}
    }
}

fn control(p: &StepControlProps, goal: &Goal) -> Html {
    let l = p.lang;
    let act = &p.on_act;
    match *goal {
        Goal::LeverAtLeast(lever, _) | Goal::LeverAtMost(lever, _)
            if Group::of(lever).is_some() =>
        {
            let group = Group::of(lever).unwrap_or(Group::Care);
            html! {
                <LeverGroup group={group} levers={p.levers} lang={l} id_prefix="step-"
                    on_change={act.reform(|(lever, v)| StepAct::Lever(lever, v))}
                    on_text={act.reform(|(lever, v)| StepAct::LeverText(lever, v))}
                    on_reset={act.reform(StepAct::ResetLever)} />
            }
        }
        Goal::LeverAtLeast(lever, _) | Goal::LeverAtMost(lever, _) => html! {
            <LeverSlider lever={lever} value={p.levers.get(lever)} lang={l} id_prefix="step-"
                on_change={act.reform(|(lever, v)| StepAct::Lever(lever, v))}
                on_text={act.reform(|(lever, v)| StepAct::LeverText(lever, v))}
                on_reset={act.reform(StepAct::ResetLever)} />
        },
        Goal::RetentionSpendAtLeast(_) | Goal::RetentionSpendAbout(_) => html! {
            <LeverGroup group={Group::Care} levers={p.levers} lang={l} id_prefix="step-"
                on_change={act.reform(|(lever, v)| StepAct::Lever(lever, v))}
                on_text={act.reform(|(lever, v)| StepAct::LeverText(lever, v))}
                on_reset={act.reform(StepAct::ResetLever)} />
        },
        Goal::Targeting(_) => {
            let on_change = act.reform(|e: Event| {
                let s: HtmlSelectElement = e.target_unchecked_into();
                StepAct::Targeting(RetentionTargeting::from_name(&s.value()).unwrap_or_default())
            });
            let now = p.levers.retention_targeting;
            html! {
                <div class="field">
                    <label for="step-targeting">{ l.t("targeting.label") }</label>
                    <select id="step-targeting" onchange={on_change}>
                        { for RetentionTargeting::ALL.into_iter().map(|t| html! {
                            <option value={t.name()} selected={now == t}>{ l.t(keys::targeting(t)) }</option>
                        }) }
                    </select>
                </div>
            }
        }
        Goal::Scenario(name) => {
            let label = keys::scenario(name).map_or(name, |(n, _)| l.t(n));
            html! {
                <button id="step-scenario" class="primary"
                    onclick={act.reform(move |_: MouseEvent| StepAct::Scenario(name.to_string()))}>
                    { l.tf("learn.switch_to", &[("market", label)]) }
                </button>
            }
        }
        Goal::BaselinePinned => html! {
            <button id="step-pin" class="primary" disabled={p.pinned}
                onclick={act.reform(|_: MouseEvent| StepAct::Pin)}>
                { l.t("baseline.pin") }
            </button>
        },
        Goal::MonthAtLeast(m) | Goal::MonthAtMost(m) => html! {
            <span class="step-month">
                if matches!(goal, Goal::MonthAtLeast(_)) {
                    <button id="step-play" class="primary" aria-pressed={p.playing.to_string()}
                        onclick={act.reform(|_: MouseEvent| StepAct::TogglePlay)}>
                        { if p.playing { l.t("learn.pause") } else { l.t("learn.play") } }
                    </button>
                }
                <button id="step-month" onclick={act.reform(move |_: MouseEvent| StepAct::Month(m))}>
                    { l.tf("learn.go_to_month", &[("m", &m.to_string())]) }
                </button>
            </span>
        },
        Goal::Both(a, b) => html! { <>{ control(p, a) }{ control(p, b) }</> },
    }
}
