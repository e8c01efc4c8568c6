//! Money over time: revenue, total cost and profit per month (left axis) and
//! cumulative profit (right axis), in thousands of yuan in English and in
//! 万元 in Chinese ([`money_axis`]).

use plotters::prelude::*;

use super::{
    err, finish, line, monthly, nice_range, right_axis, runs, span, time_axes, time_chart,
};
use super::{with_legend, Area, ChartInput, DrawResult, LegendItem, Style};
use super::{BLUE, GREEN, INK, PURPLE, VERMILION};
use crate::sim::MonthReport;
use crate::ui::format::{money_axis, thousands_decimals};

type Pick = fn(&MonthReport) -> f64;
const MONTHLY: [(&str, RGBColor, Pick); 3] = [
    ("series.revenue", BLUE, |m| m.books.revenue),
    ("series.costs", VERMILION, |m| m.total_cost),
    ("series.profit", GREEN, |m| m.profit),
];
fn cumulative(m: &MonthReport) -> f64 {
    m.cumulative_profit
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let mut items: Vec<LegendItem> = MONTHLY
        .iter()
        .map(|(k, c, _)| (l.t(k).to_string(), s.line(*c), false))
        .collect();
    items.push((
        l.with_unit(l.t("series.cumulative_profit"), l.t("chart.right_axis")),
        s.line(PURPLE),
        false,
    ));
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let unit = money_axis(l);
    let scaled = |f: Pick| move |m: &MonthReport| f(m) / unit;
    let (lo, hi) = MONTHLY
        .iter()
        .map(|(_, _, f)| span(input, scaled(*f)))
        .fold((0.0f64, 0.0f64), |(a, b), (c, d)| (a.min(c), b.max(d)));
    let (clo, chi) = span(input, scaled(cumulative));
    let y = nice_range(lo, hi);
    let right = nice_range(clo, chi);
    // Whole numbers, or one decimal where the axis spans less than ten of
    // its units (in 万元 a small market's steps are 0.5: "0, 0, 1" would
    // repeat itself).
    let decimals = |r: &std::ops::Range<f64>| usize::from(r.end - r.start < 10.0);
    let (left_decimals, right_decimals) = (decimals(&y), decimals(&right));
    let fmt = move |v: &f64| thousands_decimals(*v, left_decimals);
    let fmt_right = move |v: &f64| thousands_decimals(*v, right_decimals);
    let chart = time_chart(
        &area,
        input,
        y.clone(),
        66.0,
        Some(clo.abs().max(chi.abs())),
        s,
    )?;
    let x = chart.x_range();
    // The secondary coordinates take over the right label area: set them
    // before the mesh, or the left axis is labelled on both sides.
    let mut chart = chart.set_secondary_coord(x.clone(), right);
    time_axes(&mut chart, input, l.t("axis.yuan_scaled"), &fmt, s)?;
    right_axis(&mut chart, l.t("axis.yuan_scaled"), &fmt_right, s)?;
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
                .draw_series(line(monthly(months, scaled(f)), s.line(color), dashed, s))
                .map_err(err)?;
        }
        chart
            .draw_secondary_series(line(
                monthly(months, scaled(cumulative)),
                s.line(PURPLE),
                dashed,
                s,
            ))
            .map_err(err)?;
    }
    finish(&mut chart, input, y, s)
}
