//! Active customers by lifecycle stage over time, stacked (MODEL.md §4), and
//! the churned customers as a line of their own: stacking the churned on top
//! of the active ones would make the stack's height read as "customers",
//! which it is not.
//!
//! Around leaving: customers at risk at the end of each month (the early
//! warning; a line on the customers' axis, as they are among the active
//! ones), and on the right axis the month's flows, customers the save plan
//! saved and churned customers won back: "at risk → saved / lost → won
//! back" (the churned line is the lost).

use plotters::prelude::*;

use super::{err, finish, line, nice_max, right_axis, stack, time_axes, time_chart, with_legend};
use super::{Area, ChartInput, DrawResult, LegendItem, Style};
use super::{BLUE, GREEN, GREY, INK, ORANGE, PURPLE, SKY, VERMILION};
use crate::sim::{MonthReport, Stage};
use crate::ui::format::thousands;
use crate::ui::keys;

/// Stages stacked from the bottom, with their colours. Prospects are left
/// out: in most markets they would dwarf the customers (the acquisition rate
/// and the stage flows tell their story).
const LAYERS: [(Stage, RGBColor); 4] = [
    (Stage::Maturity, BLUE),
    (Stage::Growth, GREEN),
    (Stage::Acquisition, SKY),
    (Stage::Decline, ORANGE),
];

/// The churned customers' line colour.
const CHURNED: RGBColor = VERMILION;

/// People of a month, read from its report.
type PeopleOf = fn(&MonthReport) -> u32;

/// The customers at risk's line colour.
const AT_RISK: RGBColor = PURPLE;

/// The month's flows around leaving, on the right axis: (legend key,
/// colour, people of a month). Drawn for the learner's run only (the
/// baseline's would double the lines for little).
const FLOWS: [(&str, RGBColor, PeopleOf); 2] = [
    ("series.saved", GREY, |m| m.early_warning.saved),
    ("series.won_back", INK, |m| m.won_back),
];

fn layer(m: &MonthReport, i: usize) -> f64 {
    let s = &m.stages;
    f64::from(
        [
            s.maturity,
            s.growth,
            s.acquisition,
            s.decline,
            s.churned,
            s.prospect,
        ][i],
    )
}

/// Cumulative tops of each active layer per month.
fn tops(months: &[MonthReport]) -> Vec<[f64; 4]> {
    stack::tops(months.iter().map(|m| [0, 1, 2, 3].map(|i| layer(m, i))))
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    // The value axis spans the whole run; what is drawn may stop at the
    // month on screen (a lesson).
    let t_all = tops(input.run.months());
    let base_all = input.baseline.as_ref().map(|b| tops(b.months()));
    let t = &t_all[..input.shown(input.run.months()).len()];
    let base_t = input
        .baseline
        .as_ref()
        .zip(base_all.as_ref())
        .map(|(b, all)| &all[..input.shown(b.months()).len()]);
    let churned = |ms: &[MonthReport]| -> Vec<(f64, f64)> {
        ms.iter()
            .enumerate()
            .map(|(k, m)| (k as f64 + 1.0, f64::from(m.stages.churned)))
            .collect()
    };
    let churned_runs: Vec<(Vec<(f64, f64)>, bool)> = super::runs(input)
        .into_iter()
        .map(|(ms, dashed)| (churned(ms), dashed))
        .collect();
    let whole_churned = std::iter::once(input.run.months())
        .chain(input.baseline.iter().map(|b| b.months()))
        .flat_map(|ms| {
            ms.iter()
                .map(|m| f64::from(m.stages.churned.max(m.early_warning.at_risk)))
        });
    let ymax = t_all
        .iter()
        .chain(base_all.iter().flatten())
        .map(|r| r[3])
        .chain(whole_churned)
        .fold(0.0, f64::max);
    let y = 0.0..nice_max(ymax * 1.05);
    let mut items: Vec<LegendItem> = LAYERS
        .iter()
        .rev()
        .map(|(stage, c)| {
            (
                l.t(keys::stage(*stage)).to_string(),
                c.stroke_width(s.px(8.0) as u32),
                false,
            )
        })
        .collect();
    items.push((l.t("stage.churned_line").into(), s.line(CHURNED), false));
    items.push((l.t("series.at_risk").into(), s.line(AT_RISK), false));
    for (key, colour, _) in FLOWS {
        items.push((
            l.with_unit(l.t(key), l.t("chart.right_axis")),
            s.line(colour),
            false,
        ));
    }
    if base_t.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let flows_max = input
        .run
        .months()
        .iter()
        .flat_map(|m| FLOWS.map(|(_, _, f)| f(m)))
        .fold(0, u32::max);
    let y2 = 0.0..nice_max(f64::from(flows_max) * 1.1).max(10.0);
    let chart = time_chart(&area, input, y.clone(), 62.0, Some(y2.end), s)?;
    let x = chart.x_range();
    // Secondary coordinates first: see money.rs.
    let mut chart = chart.set_secondary_coord(x, y2);
    time_axes(
        &mut chart,
        input,
        l.t("axis.customers"),
        &|v| thousands(*v),
        s,
    )?;
    right_axis(
        &mut chart,
        l.t("axis.people_a_month"),
        &|v| thousands(*v),
        s,
    )?;
    stack::bands(
        &mut chart,
        t,
        LAYERS.iter().enumerate().map(|(i, (_, c))| (i, *c)),
    )?;
    if let Some(bt) = base_t {
        stack::baseline_tops(&mut chart, bt, 0..4, s)?;
    }
    for (pts, dashed) in churned_runs {
        chart
            .draw_series(line(pts, s.line(CHURNED), dashed, s))
            .map_err(err)?;
    }
    let shown = input.shown(input.run.months());
    let at_risk = shown
        .iter()
        .enumerate()
        .map(|(k, m)| (k as f64 + 1.0, f64::from(m.early_warning.at_risk)));
    // These lines cross the stacked bands: a white edge under each keeps
    // them apart from the band they lie on.
    let halo = |colour: RGBColor| {
        let ShapeStyle { stroke_width, .. } = s.line(colour);
        (
            WHITE.stroke_width(stroke_width + s.px(3.0) as u32),
            s.line(colour),
        )
    };
    let at_risk: Vec<(f64, f64)> = at_risk.collect();
    let (edge, stroke) = halo(AT_RISK);
    chart
        .draw_series(line(at_risk.clone(), edge, false, s))
        .map_err(err)?;
    chart
        .draw_series(line(at_risk, stroke, false, s))
        .map_err(err)?;
    for (_, colour, f) in FLOWS {
        let pts: Vec<(f64, f64)> = shown
            .iter()
            .enumerate()
            .map(|(k, m)| (k as f64 + 1.0, f64::from(f(m))))
            .collect();
        let (edge, stroke) = halo(colour);
        chart
            .draw_secondary_series(line(pts.clone(), edge, false, s))
            .map_err(err)?;
        chart
            .draw_secondary_series(line(pts, stroke, false, s))
            .map_err(err)?;
    }
    finish(&mut chart, input, y, s)
}
