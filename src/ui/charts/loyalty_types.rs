//! Active customers by loyalty type over time, stacked: the course's seven
//! types (客户忠诚类型, `sim::loyalty_types`), read from each month's
//! population (the run's extras). The baseline's layer tops are dashed
//! lines. A type no month of either run has is left out of the legend
//! (convenience and incentive until the care channels and the loyalty
//! programme give them a source).

use plotters::prelude::*;

use super::{finish, nice_max, stack, time_axes, time_chart, with_legend};
use super::{Area, ChartInput, DrawResult, LegendItem, Style};
use super::{BLUE, GREY, INK, ORANGE, PURPLE, SKY, VERMILION};
use crate::lessons::evidence::MonthExtras;
use crate::sim::loyalty_types::LoyaltyType;
use crate::ui::format::thousands;
use crate::ui::keys;

/// Yellow of the same colour-blind-safe palette (Okabe & Ito).
const YELLOW: RGBColor = RGBColor(240, 228, 66);

/// Each type's colour, in `LoyaltyType::ALL`'s order; stacked from the
/// bottom in that order.
const COLOURS: [RGBColor; 7] = [GREY, ORANGE, SKY, PURPLE, VERMILION, YELLOW, BLUE];

/// Cumulative tops of each type per month (7 layers).
fn tops(extras: &[MonthExtras]) -> Vec<[f64; 7]> {
    stack::tops(extras.iter().map(|e| e.loyalty_types.map(f64::from)))
}

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let shown = |months: usize, all: usize| months.min(all);
    let t_all = tops(&input.run.extras);
    let base_all = input.baseline.as_ref().map(|b| tops(&b.extras));
    let t = &t_all[..shown(input.shown(input.run.months()).len(), t_all.len())];
    let base_t = input
        .baseline
        .as_ref()
        .zip(base_all.as_ref())
        .map(|(b, all)| &all[..shown(input.shown(b.months()).len(), all.len())]);
    let present: Vec<usize> = (0..7)
        .filter(|i| {
            std::iter::once(&input.run.extras)
                .chain(input.baseline.iter().map(|b| &b.extras))
                .any(|ex| ex.iter().any(|e| e.loyalty_types[*i] > 0))
        })
        .collect();
    let ymax = t_all
        .iter()
        .chain(base_all.iter().flatten())
        .map(|r| r[6])
        .fold(0.0, f64::max);
    let y = 0.0..nice_max(ymax * 1.05);
    let mut items: Vec<LegendItem> = present
        .iter()
        .rev()
        .map(|i| {
            (
                l.t(keys::loyalty_type(LoyaltyType::ALL[*i])).to_string(),
                COLOURS[*i].stroke_width(s.px(8.0) as u32),
                false,
            )
        })
        .collect();
    if base_t.is_some() {
        items.push((l.t("series.baseline").into(), s.line(INK), true));
    }
    let area = with_legend(area, &items, s)?;
    let mut chart = time_chart(&area, input, y.clone(), 62.0, None, s)?;
    time_axes(
        &mut chart,
        input,
        l.t("axis.customers"),
        &|v| thousands(*v),
        s,
    )?;
    stack::bands(&mut chart, t, present.iter().map(|i| (*i, COLOURS[*i])))?;
    if let Some(bt) = base_t {
        stack::baseline_tops(&mut chart, bt, present.iter().copied(), s)?;
    }
    finish(&mut chart, input, y, s)
}
