//! Money over time: revenue, total cost and profit per month (left axis) and
//! cumulative profit (right axis), in thousands of yuan.

use plotters::prelude::*;

use super::{
    month_marker, month_range, nice_range, with_legend, Area, ChartInput, DrawResult, LegendItem,
    Style,
};
use super::{BLUE, GREEN, INK, PURPLE, VERMILION};
use crate::sim::MonthReport;

type Pick = fn(&MonthReport) -> f64;
const MONTHLY: [(&str, RGBColor, Pick); 3] = [
    ("series.revenue", BLUE, |m| m.books.revenue / 1000.0),
    ("series.costs", VERMILION, |m| m.total_cost / 1000.0),
    ("series.profit", GREEN, |m| m.profit / 1000.0),
];
fn cumulative(m: &MonthReport) -> f64 {
    m.cumulative_profit / 1000.0
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let months = input.run.months();
    let mut items: Vec<LegendItem> = MONTHLY
        .iter()
        .map(|(k, c, _)| (l.t(k).to_string(), s.line(*c), false))
        .collect();
    items.push((
        format!(
            "{} ({})",
            l.t("series.cumulative_profit"),
            l.t("right_axis")
        ),
        s.line(PURPLE),
        false,
    ));
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
        .flat_map(|m| MONTHLY.iter().map(move |(_, _, f)| f(m)))
        .fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let (clo, chi) = all
        .iter()
        .map(|m| cumulative(m))
        .fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let y = nice_range(lo, hi);
    let y2 = nice_range(clo, chi);
    let x = month_range(months.len() as u32);
    let fmt = |v: &f64| crate::ui::format::thousands(*v);
    let mut chart = ChartBuilder::on(&area)
        .margin(s.px(10.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(s.px(if s.projector { 84.0 } else { 66.0 }))
        .right_y_label_area_size(s.px(if s.projector { 84.0 } else { 66.0 }))
        .build_cartesian_2d(x.clone(), y.clone())
        .map_err(|e| e.to_string())?
        .set_secondary_coord(x, y2);
    chart
        .configure_mesh()
        .x_desc(l.t("axis.month"))
        .y_desc(l.t("axis.yuan_thousands"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .y_label_formatter(&fmt)
        .x_labels(8)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    chart
        .configure_secondary_axes()
        .y_desc(l.t("axis.yuan_thousands"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .y_label_formatter(&fmt)
        .draw()
        .map_err(|e| e.to_string())?;
    if y.start < 0.0 {
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(1.0, 0.0), (months.len().max(2) as f64, 0.0)],
                s.thin(INK),
            )))
            .map_err(|e| e.to_string())?;
    }
    let x = |k: usize| k as f64 + 1.0;
    let (d, g) = s.dash();
    let runs =
        std::iter::once((months, false)).chain(input.baseline.iter().map(|b| (b.months(), true)));
    for (series, dashed) in runs {
        for (_, color, f) in MONTHLY {
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
            .map(|(k, m)| (x(k), cumulative(m)))
            .collect();
        if dashed {
            chart.draw_secondary_series(DashedLineSeries::new(pts, d, g, s.line(PURPLE)))
        } else {
            chart.draw_secondary_series(LineSeries::new(pts, s.line(PURPLE)))
        }
        .map_err(|e| e.to_string())?;
    }
    chart
        .draw_series(std::iter::once(month_marker(input.month, y, s)))
        .map_err(|e| e.to_string())?;
    let (xr, _) = chart.plotting_area().get_pixel_range();
    Ok(Some((f64::from(xr.start), f64::from(xr.end))))
}
