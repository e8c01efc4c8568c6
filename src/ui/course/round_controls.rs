//! The next round's decisions: the brief, the announced events, a slider
//! per lever, the retention targeting, the round's projected cost against
//! any spend cap, a "what if" projection and submitting (final); or, once
//! every round is played, the finished run's score.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::home::rules_view;
use super::words;
use crate::coursework::{Assignment, Kpi, Projection, Results};
use crate::i18n::Lang;
use crate::sim::{LeverId, Levers, MonthReport, RetentionTargeting};
use crate::ui::controls::LeverList;
use crate::ui::format::{money, money_span};
use crate::ui::keys;
use crate::ui::route::{CourseRoute, Route};

#[derive(Properties, PartialEq)]
pub struct RoundControlsProps {
    pub lang: Lang,
    /// The run's id (for the report's link).
    pub id: AttrValue,
    pub assignment: Rc<Assignment>,
    pub results: Results,
    /// The round to decide, or `None` when every round is played.
    pub round: Option<u32>,
    /// The levers as the student has set them for the round.
    pub draft: Levers,
    /// The levers in force now (the last round's, or the start's).
    pub in_force: Levers,
    /// The round's projection under the draft (for its cost).
    pub projection: Option<Rc<Projection>>,
    /// "What if" projections left this round.
    pub previews_left: u32,
    /// Why the last round could not be saved, worded.
    pub unsaved: Option<AttrValue>,
    pub on_lever: Callback<(LeverId, f64)>,
    pub on_lever_text: Callback<(LeverId, String)>,
    pub on_reset: Callback<LeverId>,
    pub on_targeting: Callback<RetentionTargeting>,
    pub on_what_if: Callback<()>,
    pub on_submit: Callback<()>,
}

#[function_component(RoundControls)]
pub fn round_controls(p: &RoundControlsProps) -> Html {
    let l = p.lang;
    let a = &p.assignment;
    let unsaved = p.unsaved.as_ref().map(|m| {
        html! {
            <p class="save-warning" id="save-warning" role="alert">{ m.clone() }</p>
        }
    });
    let Some(r) = p.round else {
        return html! {
            <div class="finished" id="finished">
                <p>{ l.tf("course.finished", &[("score", &money(p.results.score, l))]) }</p>
                { for unsaved }
                <a class="button primary" id="open-report" href={Route::Course(CourseRoute::Report(p.id.to_string())).fragment()}>{ l.t("course.open_report") }</a>
            </div>
        };
    };
    let (first, last) = a.round_span(r);
    let announced: Vec<String> = a
        .events
        .iter()
        .filter(|e| e.announced && e.month >= first)
        .map(|e| words::event(l, e))
        .collect();
    let on_targeting = p.on_targeting.reform(|e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        RetentionTargeting::from_name(&s.value()).unwrap_or_default()
    });
    html! {
        <>
            <details class="brief-box">
                <summary>{ l.t("course.brief") }</summary>
                <div class="brief">{ for a.brief.get(l).split('\n').map(|t| html! { <p>{ t }</p> }) }</div>
                { rules_view(l, a) }
            </details>
            if !announced.is_empty() {
                <div class="announced">
                    <h3>{ l.t("course.announced_events") }</h3>
                    <ul>{ for announced.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                </div>
            }
            <h2 id="controls-heading">{ l.tf(if first == last { "course.decisions_for_one" } else { "course.decisions_for" }, &[("round", &r.to_string()), ("first", &first.to_string()), ("last", &last.to_string())]) }</h2>
            <LeverList levers={p.draft} lang={l}
                on_change={p.on_lever.clone()} on_text={p.on_lever_text.clone()} on_reset={p.on_reset.clone()} />
            <div class="field">
                <label for="targeting">{ l.t("targeting.label") }</label>
                <select id="targeting" onchange={on_targeting} aria-describedby="targeting-help">
                    { for RetentionTargeting::ALL.into_iter().map(|t| html! {
                        <option value={t.name()} selected={p.draft.retention_targeting == t}>
                            { l.t(keys::targeting(t)) }
                        </option>
                    }) }
                </select>
                <div class="field-help" id="targeting-help">{ l.t("targeting.help") }</div>
            </div>
            if crate::sim::programme::cuts(&p.in_force, &p.draft) {
                <p class="programme-warning" id="programme-warning" role="status">{ l.t("programme.cut_warning") }</p>
            }
            { cost_view(l, a, &p.results, p.projection.as_deref()) }
            <div class="round-buttons">
                if a.previews_per_round > 0 {
                    <button id="what-if" onclick={p.on_what_if.reform(|_| ())} disabled={p.previews_left == 0 || p.projection.is_none()}>
                        { l.tf("course.what_if", &[("left", &p.previews_left.to_string())]) }
                    </button>
                }
                <button id="submit-round" class="primary" onclick={p.on_submit.reform(|_| ())}>
                    { l.tf("course.submit", &[("round", &r.to_string())]) }
                </button>
                { for unsaved }
            </div>
            <p class="field-help">{ l.t("course.submit.help") }</p>
        </>
    }
}

/// The round's projected spending, and the total against a spend cap.
fn cost_view(l: Lang, a: &Assignment, r: &Results, pr: Option<&Projection>) -> Html {
    let Some(pr) = pr else { return html! {} };
    let after = r.total_spend + pr.spend;
    html! {
        <div class="projected-cost" id="projected-cost" aria-live="polite">
            <p>{ l.t("course.projected_cost") }{ l.t("common.colon") }
                <strong>{ money(pr.spend, l) }</strong></p>
            if let Some(cap) = a.constraints.spend_cap {
                <p class={classes!(if after > cap { "bad" } else { "" })}>
                    { l.tf("course.spend_after", &[
                        ("after", &money(after, l)), ("cap", &money(cap, l)),
                    ]) }
                </p>
            }
            <p class="field-help">{ l.t("course.projected_cost.help") }</p>
        </div>
    }
}

/// A "what if" projection, marked as one, against the last month played.
pub fn projection_view(l: Lang, pr: &Projection, now: Option<&MonthReport>) -> Html {
    let end = pr.last();
    let profit: f64 = pr.months.iter().map(|m| m.profit).sum();
    let rows = [
        Kpi::Satisfaction,
        Kpi::AnnualRetention,
        Kpi::ActiveCustomers,
        Kpi::CustomerEquity,
    ]
    .iter()
    .map(|&k| {
        let now_text = now.map_or_else(|| "—".to_string(), |m| words::kpi_value(l, k, k.value(m)));
        html! {
            <tr><th scope="row">{ words::kpi_label(l, k) }</th><td>{ now_text }</td><td>{ words::kpi_value(l, k, k.value(end)) }</td></tr>
        }
    });
    html! {
        <section class="projection" id="projection" aria-labelledby="projection-heading">
            <h2 id="projection-heading">{ l.tf("course.projection_heading", &[("round", &pr.round.to_string())]) }</h2>
            <p class="projection-note">{ l.t("course.projection_note") }</p>
            <table class="figures">
                <thead><tr><th></th><th scope="col">{ l.t("course.now") }</th><th scope="col">{ l.t("course.projected") }</th></tr></thead>
                <tbody>
                    { for rows }
                    <tr><th scope="row">{ l.t("course.profit_in_round") }</th><td>{ "—" }</td>
                        <td>{ money_span(profit, l) }</td></tr>
                </tbody>
            </table>
        </section>
    }
}
