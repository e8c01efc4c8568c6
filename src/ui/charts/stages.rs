//! Customers by lifecycle stage over time, stacked (MODEL.md §4).

use plotters::prelude::*;

use super::{
    month_marker, month_range, nice_max, with_legend, Area, ChartInput, DrawResult, LegendItem,
    Style,
};
use super::{BLUE, GREEN, ORANGE, SKY, VERMILION};
use crate::sim::MonthReport;

/// Stages stacked from the bottom, with their colours. Prospects are left
/// out: in most markets they would dwarf the customers (the acquisition rate
/// and the stage flows tell their story).
const LAYERS: [(&str, RGBColor); 5] = [
    ("maturity", BLUE),
    ("growth", GREEN),
    ("acquisition", SKY),
    ("decline", ORANGE),
    ("churned", VERMILION),
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

/// Cumulative tops of each layer per month.
fn tops(months: &[MonthReport]) -> Vec<[f64; 5]> {
    months
        .iter()
        .map(|m| {
            let mut acc = 0.0;
            let mut out = [0.0; 5];
            for (i, o) in out.iter_mut().enumerate() {
                acc += layer(m, i);
                *o = acc;
            }
            out
        })
        .collect()
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let months = input.run.months();
    let t = tops(months);
    let base_t = input.baseline.as_ref().map(|b| tops(b.months()));
    let ymax = t
        .iter()
        .chain(base_t.iter().flatten())
        .map(|r| r[4])
        .fold(0.0, f64::max);
    let y = 0.0..nice_max(ymax * 1.05);
    let x = month_range(months.len() as u32);
    let mut items: Vec<LegendItem> = LAYERS
        .iter()
        .rev()
        .map(|(name, c)| {
            (
                l.t_dyn(&format!("stage.{name}")),
                c.stroke_width(s.px(8.0) as u32),
                false,
            )
        })
        .collect();
    if base_t.is_some() {
        items.push((l.t("series.baseline").into(), s.line(super::INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let mut chart = ChartBuilder::on(&area)
        .margin(s.px(10.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(s.px(if s.projector { 78.0 } else { 62.0 }))
        .build_cartesian_2d(x.clone(), y.clone())
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_desc(l.t("axis.month"))
        .y_desc(l.t("axis.customers"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .x_labels(8)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| crate::ui::format::thousands(*v))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    // Draw from the top layer down so each area fills to the axis.
    for i in (0..5).rev() {
        let color = LAYERS[i].1;
        chart
            .draw_series(AreaSeries::new(
                t.iter().enumerate().map(|(k, r)| (k as f64 + 1.0, r[i])),
                0.0,
                color.mix(0.85).filled(),
            ))
            .map_err(|e| e.to_string())?;
    }
    if let Some(bt) = &base_t {
        let (d, g) = s.dash();
        for i in 0..5 {
            chart
                .draw_series(DashedLineSeries::new(
                    bt.iter().enumerate().map(|(k, r)| (k as f64 + 1.0, r[i])),
                    d,
                    g,
                    s.line(super::INK),
                ))
                .map_err(|e| e.to_string())?;
        }
    }
    chart
        .draw_series(std::iter::once(month_marker(input.month, y, s)))
        .map_err(|e| e.to_string())?;
    let (xr, _) = chart.plotting_area().get_pixel_range();
    Ok(Some((f64::from(xr.start), f64::from(xr.end))))
}
