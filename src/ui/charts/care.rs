//! Care by channel over time: contacts a month that reached customers by
//! SMS, phone, instant message and email (left axis, thousands), and the
//! share of the customers reached who were contacted past their tolerance
//! (right axis). Each channel's legend entry gives its cost per contact, so
//! contacts read as money too (the money chart has the total). The
//! baseline's lines are dashed.

use super::{err, finish, line, nice_max, right_axis, time_axes, time_chart, with_legend};
use super::{Area, ChartInput, DrawResult, LegendItem, Style};
use super::{GREEN, INK, ORANGE, PURPLE, SKY, VERMILION};
use crate::sim::channels::{Channel, ChannelMonth};
use crate::ui::format::money_decimals;
use crate::ui::keys;
use crate::ui::run::ExploreRun;
use plotters::style::RGBColor;

/// Each channel's colour, in `Channel::ALL`'s order.
const COLOURS: [RGBColor; 4] = [ORANGE, VERMILION, GREEN, SKY];

/// The run's care month by month, as far as it is drawn.
fn months(run: &ExploreRun, input: &ChartInput) -> Vec<ChannelMonth> {
    let r = &run.run;
    input
        .shown(&r.months)
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let mix = r.decisions.levers_for(k as u32 + 1).mix();
            let online = r.scenario.segments.iter().map(|s| s.online_share);
            ChannelMonth::of(&mix, m.segments.iter().map(|s| s.targeted).zip(online))
        })
        .collect()
}

fn annoyed_percent(m: &ChannelMonth) -> f64 {
    if m.targeted > 0.0 {
        100.0 * m.annoyed / m.targeted
    } else {
        0.0
    }
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let run = months(&input.run, input);
    let base = input.baseline.as_ref().map(|b| months(b, input));
    let mut items: Vec<LegendItem> = Channel::ALL
        .into_iter()
        .zip(COLOURS)
        .map(|(c, colour)| {
            let name = l.t(keys::lever(crate::sim::levers::lever_of(c)).label);
            let cost = c.traits().cost;
            let text = if cost > 0.0 {
                l.tf(
                    "care.per_contact",
                    &[("channel", name), ("cost", &money_decimals(cost, 2, l))],
                )
            } else {
                l.tf("care.free", &[("channel", name)])
            };
            (text, s.line(colour), false)
        })
        .collect();
    items.push((
        l.with_unit(l.t("series.annoyed"), l.t("chart.percent_right_axis")),
        s.line(PURPLE),
        false,
    ));
    if base.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let ymax = run
        .iter()
        .chain(base.iter().flatten())
        .flat_map(|m| m.contacts)
        .fold(0.0, f64::max)
        / 1000.0;
    let y = 0.0..nice_max(ymax * 1.1).max(1.0);
    let chart = time_chart(&area, input, y.clone(), 56.0, Some(100.0), s)?;
    let x = chart.x_range();
    // Secondary coordinates first: see money.rs.
    let mut chart = chart.set_secondary_coord(x, 0.0..100.0);
    time_axes(
        &mut chart,
        input,
        l.t("axis.contacts"),
        // A few hundred contacts read in tenths of a thousand.
        &|v| {
            if y.end < 10.0 {
                format!("{v:.1}")
            } else {
                format!("{v:.0}")
            }
        },
        s,
    )?;
    right_axis(&mut chart, l.t("axis.annoyed"), &|v| format!("{v:.0}"), s)?;
    let points = |ms: &[ChannelMonth], f: &dyn Fn(&ChannelMonth) -> f64| -> Vec<(f64, f64)> {
        ms.iter()
            .enumerate()
            .map(|(k, m)| (k as f64 + 1.0, f(m)))
            .collect()
    };
    for (ms, dashed) in std::iter::once((&run, false)).chain(base.iter().map(|b| (b, true))) {
        for (i, colour) in COLOURS.into_iter().enumerate() {
            chart
                .draw_series(line(
                    points(ms, &|m| m.contacts[i] / 1000.0),
                    s.line(colour),
                    dashed,
                    s,
                ))
                .map_err(err)?;
        }
        chart
            .draw_secondary_series(line(
                points(ms, &annoyed_percent),
                s.line(PURPLE),
                dashed,
                s,
            ))
            .map_err(err)?;
    }
    finish(&mut chart, input, y, s)
}
