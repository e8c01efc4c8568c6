//! Retention, churn and acquisition rates over time: monthly churn and
//! acquisition rates (left axis) and annual retention (right axis).

use super::{err, finish, line, monthly, nice_max, right_axis, runs, span, time_axes, time_chart};
use super::{with_legend, Area, ChartInput, DrawResult, LegendItem, Style};
use super::{BLUE, GREEN, INK, VERMILION};
use crate::sim::MonthReport;

fn churn(m: &MonthReport) -> f64 {
    m.churn_rate.unwrap_or(0.0) * 100.0
}
fn acquisition(m: &MonthReport) -> f64 {
    m.kpis.acquisition_rate.unwrap_or(0.0) * 100.0
}
fn retention(m: &MonthReport) -> f64 {
    m.annual_retention.unwrap_or(0.0) * 100.0
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let axis_pct = l.t("axis.percent_month");
    let mut items: Vec<LegendItem> = vec![
        (
            l.with_unit(l.t("kpi.annual_retention"), l.t("chart.percent_right_axis")),
            s.line(BLUE),
            false,
        ),
        (
            l.with_unit(l.t("series.churn"), axis_pct),
            s.line(VERMILION),
            false,
        ),
        (
            l.with_unit(l.t("series.acquisition"), axis_pct),
            s.line(GREEN),
            false,
        ),
    ];
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let (_, ymax) = span(input, |m| churn(m).max(acquisition(m)));
    let y = 0.0..nice_max(ymax * 1.1).max(1.0);
    let chart = time_chart(&area, input, y.clone(), 56.0, Some(100.0), s)?;
    let x = chart.x_range();
    // Secondary coordinates first: see money.rs.
    let mut chart = chart.set_secondary_coord(x, 0.0..100.0);
    time_axes(
        &mut chart,
        input,
        l.t("axis.churn_acquisition"),
        &|v| format!("{v:.1}"),
        s,
    )?;
    right_axis(
        &mut chart,
        l.t("axis.annual_retention"),
        &|v| format!("{v:.0}"),
        s,
    )?;
    for (months, dashed) in runs(input) {
        chart
            .draw_series(line(monthly(months, churn), s.line(VERMILION), dashed, s))
            .map_err(err)?;
        chart
            .draw_series(line(monthly(months, acquisition), s.line(GREEN), dashed, s))
            .map_err(err)?;
        chart
            .draw_secondary_series(line(monthly(months, retention), s.line(BLUE), dashed, s))
            .map_err(err)?;
    }
    finish(&mut chart, input, y, s)
}
