//! Retention, churn and acquisition rates over time: monthly churn and
//! acquisition rates (left axis) and annual retention (right axis).

use plotters::prelude::*;

use super::{
    month_marker, month_range, nice_max, with_legend, Area, ChartInput, DrawResult, LegendItem,
    Style,
};
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
    let months = input.run.months();
    let axis_pct = l.t("axis.percent_month");
    let mut items: Vec<LegendItem> = vec![
        (
            format!("{} (%, {})", l.t("kpi_annual_retention"), l.t("right_axis")),
            s.line(BLUE),
            false,
        ),
        (
            format!("{} ({axis_pct})", l.t("series.churn")),
            s.line(VERMILION),
            false,
        ),
        (
            format!("{} ({axis_pct})", l.t("series.acquisition")),
            s.line(GREEN),
            false,
        ),
    ];
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let all = months
        .iter()
        .chain(input.baseline.iter().flat_map(|b| b.months().iter()));
    let ymax = all
        .map(|m| churn(m).max(acquisition(m)))
        .fold(0.0, f64::max);
    let y = 0.0..nice_max(ymax * 1.1).max(1.0);
    let x = month_range(months.len() as u32);
    let mut chart = ChartBuilder::on(&area)
        .margin(s.px(10.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(s.px(if s.projector { 70.0 } else { 56.0 }))
        .right_y_label_area_size(s.px(if s.projector { 70.0 } else { 56.0 }))
        .build_cartesian_2d(x.clone(), y.clone())
        .map_err(|e| e.to_string())?
        .set_secondary_coord(x, 0.0..100.0);
    chart
        .configure_mesh()
        .x_desc(l.t("axis.month"))
        .y_desc(axis_pct)
        .y_label_formatter(&|v| format!("{v:.1}"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .x_labels(8)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    chart
        .configure_secondary_axes()
        .y_desc(format!("{} (%)", l.t("kpi_annual_retention")))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .draw()
        .map_err(|e| e.to_string())?;
    let x = |k: usize| k as f64 + 1.0;
    let (d, g) = s.dash();
    let runs =
        std::iter::once((months, false)).chain(input.baseline.iter().map(|b| (b.months(), true)));
    for (series, dashed) in runs {
        for (f, color) in [
            (churn as fn(&MonthReport) -> f64, VERMILION),
            (acquisition, GREEN),
        ] {
            let pts: Vec<(f64, f64)> = series
                .iter()
                .enumerate()
                .map(|(k, m)| (x(k), f(m)))
                .collect();
            if dashed {
                chart.draw_series(DashedLineSeries::new(pts, d, g, s.line(color)))
            } else {
                chart.draw_series(LineSeries::new(pts, s.line(color)))
            }
            .map_err(|e| e.to_string())?;
        }
        let pts: Vec<(f64, f64)> = series
            .iter()
            .enumerate()
            .map(|(k, m)| (x(k), retention(m)))
            .collect();
        if dashed {
            chart.draw_secondary_series(DashedLineSeries::new(pts, d, g, s.line(BLUE)))
        } else {
            chart.draw_secondary_series(LineSeries::new(pts, s.line(BLUE)))
        }
        .map_err(|e| e.to_string())?;
    }
    chart
        .draw_series(std::iter::once(month_marker(input.month, y, s)))
        .map_err(|e| e.to_string())?;
    let (xr, _) = chart.plotting_area().get_pixel_range();
    Ok(Some((f64::from(xr.start), f64::from(xr.end))))
}
