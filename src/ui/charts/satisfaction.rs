//! Satisfaction and loyalty over time: means with their 10–90% band.

use plotters::prelude::*;

use super::{err, finish, line, monthly, runs, time_axes, time_chart, with_legend};
use super::{Area, ChartInput, DrawResult, LegendItem, Style};
use super::{BLUE, INK, ORANGE};
use crate::sim::{Distribution, MonthReport};

type Pick = fn(&MonthReport) -> Distribution;
const SERIES: [(&str, RGBColor, Pick); 2] = [
    ("series.satisfaction", BLUE, |m| m.satisfaction),
    ("series.loyalty", ORANGE, |m| m.loyalty),
];

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let months = input.shown(input.run.months());
    let mut items: Vec<LegendItem> = SERIES
        .iter()
        .map(|(k, c, _)| (l.t(k).to_string(), s.line(*c), false))
        .collect();
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let y = 0.0..100.0;
    let mut chart = time_chart(&area, input, y.clone(), 56.0, None, s)?;
    time_axes(
        &mut chart,
        input,
        l.t("axis.points"),
        &|v| format!("{v:.0}"),
        s,
    )?;
    // The live run's 10–90% bands, then every run's means.
    for (_, color, pick) in SERIES {
        let mut band = monthly(months, |m| pick(m).p90);
        band.extend(monthly(months, |m| pick(m).p10).into_iter().rev());
        chart
            .draw_series(std::iter::once(Polygon::new(
                band,
                color.mix(0.18).filled(),
            )))
            .map_err(|e| e.to_string())?;
    }
    for (months, dashed) in runs(input) {
        for (_, color, pick) in SERIES {
            chart
                .draw_series(line(
                    monthly(months, |m| pick(m).mean),
                    s.line(color),
                    dashed,
                    s,
                ))
                .map_err(err)?;
        }
    }
    finish(&mut chart, input, y, s)
}
