//! Money over time: revenue, total cost and profit per month (left axis) and
//! cumulative profit (right axis), in thousands of yuan.

use plotters::prelude::*;

use super::{
    err, finish, line, monthly, nice_range, right_axis, runs, span, time_axes, time_chart,
};
use super::{with_legend, Area, ChartInput, DrawResult, LegendItem, Style};
use super::{BLUE, GREEN, INK, PURPLE, VERMILION};
use crate::sim::MonthReport;
use crate::ui::format::thousands;

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
    let mut items: Vec<LegendItem> = MONTHLY
        .iter()
        .map(|(k, c, _)| (l.t(k).to_string(), s.line(*c), false))
        .collect();
    items.push((
        format!(
            "{} ({})",
            l.t("series.cumulative_profit"),
            l.t("chart.right_axis")
        ),
        s.line(PURPLE),
        false,
    ));
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let (lo, hi) = MONTHLY
        .iter()
        .map(|(_, _, f)| span(input, f))
        .fold((0.0f64, 0.0f64), |(a, b), (c, d)| (a.min(c), b.max(d)));
    let (clo, chi) = span(input, cumulative);
    let y = nice_range(lo, hi);
    let fmt = |v: &f64| thousands(*v);
    let chart = time_chart(&area, input, y.clone(), 66.0, true, s)?;
    let x = chart.x_range();
    // The secondary coordinates take over the right label area: set them
    // before the mesh, or the left axis is labelled on both sides.
    let mut chart = chart.set_secondary_coord(x.clone(), nice_range(clo, chi));
    time_axes(&mut chart, input, l.t("axis.yuan_thousands"), &fmt, s)?;
    right_axis(&mut chart, l.t("axis.yuan_thousands"), &fmt, s)?;
    if y.start < 0.0 {
        chart
            .draw_series(line(
                vec![(x.start, 0.0), (x.end, 0.0)],
                s.thin(INK),
                false,
                s,
            ))
            .map_err(err)?;
    }
    for (months, dashed) in runs(input) {
        for (_, color, f) in MONTHLY {
            chart
                .draw_series(line(monthly(months, f), s.line(color), dashed, s))
                .map_err(err)?;
        }
        chart
            .draw_secondary_series(line(monthly(months, cumulative), s.line(PURPLE), dashed, s))
            .map_err(err)?;
    }
    finish(&mut chart, input, y, s)
}
