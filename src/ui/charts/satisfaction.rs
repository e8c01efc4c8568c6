//! Satisfaction and loyalty over time: means with their 10–90% band.

use plotters::prelude::*;

use super::{
    month_marker, month_range, with_legend, Area, ChartInput, DrawResult, LegendItem, Style,
};
use super::{BLUE, INK, ORANGE};
use crate::sim::{Distribution, MonthReport};

type Pick = fn(&MonthReport) -> Distribution;
const SERIES: [(&str, RGBColor, Pick); 2] = [
    ("series.satisfaction", BLUE, |m| m.satisfaction),
    ("series.loyalty", ORANGE, |m| m.loyalty),
];

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let months = input.run.months();
    let mut items: Vec<LegendItem> = SERIES
        .iter()
        .map(|(k, c, _)| (l.t(k).to_string(), s.line(*c), false))
        .collect();
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let y = 0.0..100.0;
    let mut chart = ChartBuilder::on(&area)
        .margin(s.px(10.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(s.px(if s.projector { 70.0 } else { 56.0 }))
        .build_cartesian_2d(month_range(months.len() as u32), y.clone())
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_desc(l.t("axis.month"))
        .y_desc(l.t("axis.points"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .x_labels(8)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    let x = |k: usize| k as f64 + 1.0;
    for (_, color, pick) in SERIES {
        let mut band: Vec<(f64, f64)> = months
            .iter()
            .enumerate()
            .map(|(k, m)| (x(k), pick(m).p90))
            .collect();
        band.extend(
            months
                .iter()
                .enumerate()
                .rev()
                .map(|(k, m)| (x(k), pick(m).p10)),
        );
        chart
            .draw_series(std::iter::once(Polygon::new(
                band,
                color.mix(0.18).filled(),
            )))
            .map_err(|e| e.to_string())?;
    }
    for (_, color, pick) in SERIES {
        chart
            .draw_series(LineSeries::new(
                months.iter().enumerate().map(|(k, m)| (x(k), pick(m).mean)),
                s.line(color),
            ))
            .map_err(|e| e.to_string())?;
    }
    if let Some(b) = &input.baseline {
        let (d, g) = s.dash();
        for (_, color, pick) in SERIES {
            chart
                .draw_series(DashedLineSeries::new(
                    b.months()
                        .iter()
                        .enumerate()
                        .map(|(k, m)| (x(k), pick(m).mean)),
                    d,
                    g,
                    s.line(color),
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
