//! A lesson step's evidence, read from the learner's run: the figures its
//! words name (label and value, each with its unit) and the table it frames
//! (repurchase by satisfaction band, satisfaction by segment, moves between
//! stages, the pyramid's tiers).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::lessons::evidence::{repurchase_by_band, tier_shares, Of, RunData, Scene, Unit, When};
use crate::lessons::{Figure, Readout, View};
use crate::sim::{Quadrant, Stage, Tier};
use crate::ui::format::{money_short, one_decimal, percent, thousands};
use crate::ui::keys;
use crate::ui::run::ExploreRun;

/// A run as the lessons read it.
pub fn data(r: &ExploreRun) -> RunData<'_> {
    RunData {
        months: &r.run.months,
        extras: &r.extras,
        discount_rate: r.run.scenario.discount_rate,
        service_level: crate::sim::satisfaction::quality_level(r.settings.levers.service_quality),
    }
}

/// A value with its unit, as a lesson writes it.
pub fn show(v: f64, unit: Unit, l: Lang) -> String {
    match unit {
        Unit::Yuan => money_short(v, l),
        Unit::People => thousands(v),
        Unit::Share => percent(v, 0),
        Unit::Score => l.tf("readout.points", &[("x", &one_decimal(v))]),
        Unit::Ratio => l.tf("readout.ratio", &[("x", &one_decimal(v))]),
        Unit::Quality => l.tf("readout.quality", &[("x", &one_decimal(v))]),
    }
}

/// A figure's value as its step's words show it ("–" without one).
pub fn figure_text(f: &Figure, scene: &Scene, l: Lang) -> Option<String> {
    f.value(scene).map(|v| show(v, f.readout.unit(), l))
}

/// The name of a segment of the run's scenario.
fn segment_name(run: &ExploreRun, i: usize, l: Lang) -> String {
    let name = run
        .run
        .scenario
        .segments
        .get(i)
        .map_or("", |s| s.name.as_str());
    keys::segment(name).map_or_else(|| name.to_string(), |k| l.t(k).to_string())
}

/// A figure's label: the readout, its band, segment or quadrant, and which
/// run and month it is read from when that is not the run at the cursor.
pub fn figure_label(f: &Figure, run: &ExploreRun, l: Lang) -> String {
    let key = keys::readout(f.readout);
    let label = match f.readout {
        Readout::RepurchaseYear(b) => l.tf(
            key,
            &[("band", l.t(keys::BANDS[b.min(keys::BANDS.len() - 1)]))],
        ),
        Readout::SegmentSatisfaction(i) | Readout::SegmentRetention(i) => {
            l.tf(key, &[("segment", &segment_name(run, i, l))])
        }
        Readout::Gain(r) => {
            let inner = Figure { readout: *r, ..*f };
            let inner = figure_label(
                &Figure {
                    of: Of::Run,
                    when: When::Cursor,
                    ..inner
                },
                run,
                l,
            );
            return l.tf(key, &[("label", &inner)]);
        }
        Readout::LoyaltyTypeShare(i) => {
            use crate::sim::loyalty_types::LoyaltyType;
            let t = LoyaltyType::ALL[i.min(LoyaltyType::ALL.len() - 1)];
            l.tf(key, &[("type", l.t(keys::loyalty_type(t)))])
        }
        Readout::MatrixShare(q) => {
            let quadrant = Quadrant::ALL[q.min(Quadrant::ALL.len() - 1)];
            l.tf(key, &[("quadrant", l.t(keys::quadrant(quadrant)))])
        }
        _ => l.t(key).to_string(),
    };
    match (f.of, f.when) {
        (Of::Run, When::Month(m)) => l.tf(
            "readout.at_month",
            &[("label", &label), ("m", &m.to_string())],
        ),
        (Of::Baseline, When::Month(m)) => l.tf(
            "readout.baseline_at_month",
            &[("label", &label), ("m", &m.to_string())],
        ),
        (Of::Baseline, _) => l.tf("readout.baseline", &[("label", &label)]),
        (Of::Run, _) => label,
    }
}

#[derive(Properties, PartialEq)]
pub struct EvidenceProps {
    pub lang: Lang,
    pub figures: &'static [Figure],
    pub view: Option<View>,
    pub run: Rc<ExploreRun>,
    pub baseline: Option<Rc<ExploreRun>>,
    /// The month on screen (1-based).
    pub month: u32,
}

/// The figures and the table of a step, from the run on screen.
#[function_component(Evidence)]
pub fn evidence(p: &EvidenceProps) -> Html {
    let l = p.lang;
    let scene = Scene {
        run: data(&p.run),
        baseline: p.baseline.as_deref().map(data),
        month: p.month,
    };
    // One row per readout and month: the learner's run beside the
    // baseline's, where the step shows both.
    let mut rows: Vec<(String, Option<&Figure>, Option<&Figure>)> = Vec::new();
    for f in p.figures {
        let label = figure_label(&Figure { of: Of::Run, ..*f }, &p.run, l);
        let row = match rows.iter_mut().find(|(lab, _, _)| *lab == label) {
            Some(r) => r,
            None => {
                rows.push((label, None, None));
                rows.last_mut().expect("just pushed")
            }
        };
        match f.of {
            Of::Run => row.1 = Some(f),
            Of::Baseline => row.2 = Some(f),
        }
    }
    let with_run = rows.iter().any(|r| r.1.is_some());
    let with_base = rows.iter().any(|r| r.2.is_some());
    // A figure without a value shows "–"; a cell no figure asks for stays
    // empty.
    let cell = |f: Option<&Figure>| {
        f.map_or_else(String::new, |f| {
            figure_text(f, &scene, l).unwrap_or_else(|| "–".to_string())
        })
    };
    html! {
        <div class="evidence" id="step-evidence">
            if !rows.is_empty() {
                <table class="evidence-figures" id="evidence-figures">
                    <caption>{ l.t("learn.evidence") }</caption>
                    <thead><tr>
                        <th scope="col"><span class="sr-only">{ l.t("learn.readout") }</span></th>
                        if with_run { <th scope="col">{ l.t("learn.your_run") }</th> }
                        if with_base { <th scope="col">{ l.t("view.repurchase.base") }</th> }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|(label, run, base)| html! {
                            <tr>
                                <th scope="row">{ label.clone() }</th>
                                if with_run { <td data-figure={run.map(|f| f.name)}>{ cell(*run) }</td> }
                                if with_base { <td class="baseline" data-figure={base.map(|f| f.name)}>{ cell(*base) }</td> }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if let Some(v) = p.view {
                { view_table(v, &scene, p, l) }
            }
        </div>
    }
}

/// Moves between stages listed in the flows table.
const FLOWS_SHOWN: usize = 7;
/// Customers listed from the top of the early-warning list (the whole list
/// is below the charts).
const WARNING_TOP: usize = 5;

fn view_table(v: View, scene: &Scene, p: &EvidenceProps, l: Lang) -> Html {
    let month = scene.month.clamp(1, scene.run.months.len().max(1) as u32);
    let m = month.to_string();
    let report = &p.run.month(month);
    let base_report = p.baseline.as_ref().map(|b| b.month(month));
    let pct = |x: Option<f64>| x.map_or_else(|| "–".to_string(), |x| percent(x, 0));
    match v {
        View::RepurchaseByBand => {
            let run = repurchase_by_band(scene, Of::Run).map(|b| b.to_array());
            let base = repurchase_by_band(scene, Of::Baseline).map(|b| b.to_array());
            let counts = report.satisfaction_bands.to_array();
            html! {
                <table class="view-table" id="view-repurchase">
                    <caption>{ l.tf("view.repurchase.title", &[("m", &m)]) }</caption>
                    <thead><tr>
                        <th scope="col">{ l.t("view.repurchase.band") }</th>
                        <th scope="col">{ l.t("view.repurchase.customers") }</th>
                        <th scope="col">{ l.t("view.repurchase.run") }</th>
                        if base.is_some() { <th scope="col">{ l.t("view.repurchase.base") }</th> }
                    </tr></thead>
                    <tbody>
                        { for (0..5).rev().map(|b| html! {
                            <tr>
                                <th scope="row">{ l.t(keys::BANDS[b]) }</th>
                                <td>{ thousands(f64::from(counts[b])) }</td>
                                <td>{ pct(run.and_then(|r| r[b])) }</td>
                                if let Some(base) = base { <td>{ pct(base[b]) }</td> }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        }
        View::SatisfactionBySegment => {
            let score = |x: Option<f64>| x.map_or_else(|| "–".to_string(), one_decimal);
            html! {
                <table class="view-table" id="view-segments">
                    <caption>{ l.tf("view.segments.title", &[("m", &m)]) }</caption>
                    <thead><tr>
                        <th scope="col">{ l.t("view.segments.segment") }</th>
                        <th scope="col">{ l.t("view.segments.customers") }</th>
                        <th scope="col">{ l.t("view.segments.run") }</th>
                        if base_report.is_some() { <th scope="col">{ l.t("view.segments.base") }</th> }
                    </tr></thead>
                    <tbody>
                        { for report.segments.iter().enumerate().map(|(i, s)| html! {
                            <tr>
                                <th scope="row">{ segment_name(&p.run, i, l) }</th>
                                <td>{ thousands(f64::from(s.active)) }</td>
                                <td>{ score(s.satisfaction_mean) }</td>
                                if let Some(b) = base_report {
                                    <td>{ score(b.segments.get(i).and_then(|s| s.satisfaction_mean)) }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        }
        View::Flows => {
            let mut moves: Vec<(Stage, Stage, u32)> = Stage::ALL
                .iter()
                .enumerate()
                .flat_map(|(i, &from)| {
                    Stage::ALL
                        .iter()
                        .enumerate()
                        .filter(move |&(j, _)| j != i)
                        .map(move |(j, &to)| (from, to, report.flows[i][j]))
                })
                .filter(|&(_, _, n)| n > 0)
                .collect();
            // The main moves, largest first (a handful of people take rare
            // paths within a month, such as joining and leaving at once).
            moves.sort_by_key(|m| std::cmp::Reverse(m.2));
            moves.truncate(FLOWS_SHOWN);
            html! {
                <table class="view-table" id="view-flows">
                    <caption>{ l.tf("view.flows.title", &[("m", &m)]) }</caption>
                    <thead><tr>
                        <th scope="col">{ l.t("view.flows.move") }</th>
                        <th scope="col">{ l.t("view.flows.people") }</th>
                    </tr></thead>
                    <tbody>
                        if moves.is_empty() {
                            <tr><td colspan="2">{ l.t("view.flows.none") }</td></tr>
                        }
                        { for moves.iter().map(|&(from, to, n)| html! {
                            <tr>
                                <th scope="row">{ format!("{} → {}", l.t(keys::stage(from)), l.t(keys::stage(to))) }</th>
                                <td>{ thousands(f64::from(n)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        }
        View::WarningTop => {
            use crate::ui::explore::warning_list::{cells, sorted, COLUMNS};
            // The columns that fit beside the chart: customer, segment,
            // churn risk, value at risk, reason (the list below has all).
            const SHOWN: [usize; 5] = [0, 1, 3, 5, 6];
            let k = month as usize - 1;
            let rows = p
                .run
                .extras
                .get(k)
                .map(|e| sorted(&e.at_risk, 5))
                .unwrap_or_default();
            html! {
                <table class="view-table" id="view-warning">
                    <caption>{ l.tf("view.warning.title", &[("m", &m), ("n", &WARNING_TOP.to_string())]) }</caption>
                    <thead><tr>
                        { for SHOWN.iter().map(|&i| html! { <th scope="col">{ l.t(COLUMNS[i]) }</th> }) }
                    </tr></thead>
                    <tbody>
                        if rows.is_empty() {
                            <tr><td colspan="5">{ l.t("warning.none") }</td></tr>
                        }
                        { for rows.iter().take(WARNING_TOP).map(|f| {
                            let c = cells(l, &p.run, f, false);
                            html! {
                                <tr>
                                    <th scope="row">{ c[0].clone() }</th>
                                    { for SHOWN[1..].iter().map(|&i| html! { <td>{ c[i].clone() }</td> }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        }
        View::TierShares => {
            let shares = tier_shares(scene);
            html! {
                <table class="view-table" id="view-tiers">
                    <caption>{ l.tf("view.tiers.title", &[("m", &m)]) }</caption>
                    <thead><tr>
                        <th scope="col">{ l.t("view.tiers.tier") }</th>
                        <th scope="col">{ l.t("view.tiers.customers") }</th>
                        <th scope="col">{ l.t("view.tiers.value") }</th>
                    </tr></thead>
                    <tbody>
                        { for Tier::ALL.iter().enumerate().map(|(i, &t)| {
                            let (c, v) = shares.map_or((None, None), |s| (Some(s[i].0), s[i].1));
                            html! {
                                <tr>
                                    <th scope="row">{ l.t(keys::tier(t)) }</th>
                                    <td>{ pct(c) }</td>
                                    <td>{ pct(v) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        }
    }
}
