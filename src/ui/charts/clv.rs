//! Average predicted CLV of active customers (left axis) and customer equity
//! (right axis, millions of yuan) over time.

use plotters::prelude::*;

use super::{
    month_marker, month_range, nice_range, with_legend, Area, ChartInput, DrawResult, LegendItem,
    Style,
};
use super::{BLUE, INK, ORANGE};
use crate::sim::MonthReport;

fn clv(m: &MonthReport) -> f64 {
    m.clv_mean.unwrap_or(0.0)
}
fn equity(m: &MonthReport) -> f64 {
    m.customer_equity / 1e6
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let months = input.run.months();
    let mut items: Vec<LegendItem> = vec![
        (l.t("series.clv").to_string(), s.line(BLUE), false),
        (
            format!("{} ({})", l.t("series.equity"), l.t("right_axis")),
            s.line(ORANGE),
            false,
        ),
    ];
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let all: Vec<&MonthReport> = months
        .iter()
        .chain(input.baseline.iter().flat_map(|b| b.months().iter()))
        .collect();
    let (lo, hi) = all
        .iter()
        .map(|m| clv(m))
        .fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let (elo, ehi) = all
        .iter()
        .map(|m| equity(m))
        .fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let y = nice_range(lo, hi);
    let x = month_range(months.len() as u32);
    let mut chart = ChartBuilder::on(&area)
        .margin(s.px(10.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(s.px(if s.projector { 84.0 } else { 66.0 }))
        .right_y_label_area_size(s.px(if s.projector { 84.0 } else { 66.0 }))
        .build_cartesian_2d(x.clone(), y.clone())
        .map_err(|e| e.to_string())?
        .set_secondary_coord(x, nice_range(elo, ehi));
    chart
        .configure_mesh()
        .x_desc(l.t("axis.month"))
        .y_desc(l.t("axis.clv"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .y_label_formatter(&|v| crate::ui::format::thousands(*v))
        .x_labels(8)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    chart
        .configure_secondary_axes()
        .y_desc(l.t("axis.equity"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .y_label_formatter(&|v| format!("{v:.1}"))
        .draw()
        .map_err(|e| e.to_string())?;
    let x = |k: usize| k as f64 + 1.0;
    let (d, g) = s.dash();
    let runs =
        std::iter::once((months, false)).chain(input.baseline.iter().map(|b| (b.months(), true)));
    for (series, dashed) in runs {
        let a: Vec<(f64, f64)> = series
            .iter()
            .enumerate()
            .map(|(k, m)| (x(k), clv(m)))
            .collect();
        let e: Vec<(f64, f64)> = series
            .iter()
            .enumerate()
            .map(|(k, m)| (x(k), equity(m)))
            .collect();
        if dashed {
            chart
                .draw_series(DashedLineSeries::new(a, d, g, s.line(BLUE)))
                .map_err(|e| e.to_string())?;
            chart
                .draw_secondary_series(DashedLineSeries::new(e, d, g, s.line(ORANGE)))
                .map_err(|e| e.to_string())?;
        } else {
            chart
                .draw_series(LineSeries::new(a, s.line(BLUE)))
                .map_err(|e| e.to_string())?;
            chart
                .draw_secondary_series(LineSeries::new(e, s.line(ORANGE)))
                .map_err(|e| e.to_string())?;
        }
    }
    chart
        .draw_series(std::iter::once(month_marker(input.month, y, s)))
        .map_err(|e| e.to_string())?;
    let (xr, _) = chart.plotting_area().get_pixel_range();
    Ok(Some((f64::from(xr.start), f64::from(xr.end))))
}
