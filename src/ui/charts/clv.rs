//! CLV two more ways beside the calculator's closed form: the average
//! predicted CLV of active customers and the Markov-chain CLV of a new
//! customer (left axis, ¥), with customer equity (right axis, millions of
//! yuan in English, 万元 in Chinese: [`equity_axis`]) over time.

use super::{
    err, finish, line, monthly, nice_range, right_axis, runs, span, time_axes, time_chart,
};
use super::{with_legend, Area, ChartInput, DrawResult, LegendItem, Style};
use super::{BLUE, GREEN, INK, ORANGE};
use crate::sim::MonthReport;
use crate::ui::format::{equity_axis, thousands};

fn clv(m: &MonthReport) -> f64 {
    m.clv_mean.unwrap_or(0.0)
}
/// Months where the chain has seen enough transitions to value a new customer.
fn markov(months: &[MonthReport]) -> Vec<(f64, f64)> {
    months
        .iter()
        .filter_map(|m| Some((f64::from(m.month), m.clv_markov.acquisition?)))
        .collect()
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let mut items: Vec<LegendItem> = vec![
        (l.t("series.clv").to_string(), s.line(BLUE), false),
        (l.t("series.clv_markov").to_string(), s.line(GREEN), false),
        (
            l.with_unit(l.t("series.equity"), l.t("chart.right_axis")),
            s.line(ORANGE),
            false,
        ),
    ];
    if input.baseline.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let unit = equity_axis(l);
    let equity = |m: &MonthReport| m.customer_equity / unit;
    let (mut lo, mut hi) = span(input, clv);
    for (months, _) in runs(input) {
        for (_, v) in markov(months) {
            (lo, hi) = (lo.min(v), hi.max(v));
        }
    }
    let (elo, ehi) = span(input, equity);
    let y = nice_range(lo, hi);
    let chart = time_chart(
        &area,
        input,
        y.clone(),
        66.0,
        Some(elo.abs().max(ehi.abs())),
        s,
    )?;
    let x = chart.x_range();
    // Secondary coordinates first: see money.rs.
    let mut chart = chart.set_secondary_coord(x, nice_range(elo, ehi));
    time_axes(&mut chart, input, l.t("axis.clv"), &|v| thousands(*v), s)?;
    let equity_label = |v: &f64| match l {
        crate::i18n::Lang::En => format!("{v:.1}"),
        crate::i18n::Lang::Zh => thousands(*v),
    };
    right_axis(&mut chart, l.t("axis.equity"), &equity_label, s)?;
    for (months, dashed) in runs(input) {
        chart
            .draw_series(line(monthly(months, clv), s.line(BLUE), dashed, s))
            .map_err(err)?;
        chart
            .draw_series(line(markov(months), s.line(GREEN), dashed, s))
            .map_err(err)?;
        chart
            .draw_secondary_series(line(monthly(months, equity), s.line(ORANGE), dashed, s))
            .map_err(err)?;
    }
    finish(&mut chart, input, y, s)
}
