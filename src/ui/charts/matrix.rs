//! The loyalty matrix (客户忠诚矩阵) at the selected month: a sample of active
//! customers by attitudinal loyalty × probability of still buying a year
//! later, with each quadrant's share of all active customers.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{Area, ChartInput, DrawResult, Style};
use super::{BLUE, GREEN, GREY, INK, ORANGE, VERMILION};
use crate::sim::loyalty::HIGH_ATTITUDE;
use crate::sim::Quadrant;
use crate::ui::format::percent;
use crate::ui::keys;

/// Quadrant name, colour, and the corner its label goes in (x, y in data space).
const QUADRANTS: [(Quadrant, RGBColor, (f64, f64), HPos); 4] = [
    (Quadrant::Loyal, GREEN, (99.0, 0.99), HPos::Right),
    (Quadrant::Latent, BLUE, (99.0, 0.02), HPos::Right),
    (Quadrant::Spurious, ORANGE, (1.0, 0.99), HPos::Left),
    (Quadrant::None, VERMILION, (1.0, 0.02), HPos::Left),
];

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let m = input.run.month(input.month);
    let mut chart = ChartBuilder::on(area)
        .margin(s.px(12.0))
        .margin_right(s.px(22.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(s.px(if s.projector { 70.0 } else { 56.0 }))
        .build_cartesian_2d(0.0..100.0, 0.0..1.0)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_desc(l.t("axis.attitude"))
        .y_desc(l.t("axis.repurchase"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .y_label_formatter(&|v| percent(*v, 0))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    let idx = (input.month.max(1) as usize - 1).min(input.run.matrix.len().saturating_sub(1));
    if let Some(points) = input.run.matrix.get(idx) {
        let r = s.px(if s.projector { 3.5 } else { 2.5 });
        chart
            .draw_series(points.iter().map(|p| {
                let (x, y) = (f64::from(p.loyalty), f64::from(p.repurchase_year));
                let color = match (x >= HIGH_ATTITUDE, y >= 0.5) {
                    (true, true) => GREEN,
                    (true, false) => BLUE,
                    (false, true) => ORANGE,
                    (false, false) => VERMILION,
                };
                Circle::new((x, y), r, color.mix(0.55).filled())
            }))
            .map_err(|e| e.to_string())?;
    }
    let dashed = GREY.stroke_width(s.px(2.0) as u32);
    chart
        .draw_series([
            PathElement::new(vec![(HIGH_ATTITUDE, 0.0), (HIGH_ATTITUDE, 1.0)], dashed),
            PathElement::new(vec![(0.0, 0.5), (100.0, 0.5)], dashed),
        ])
        .map_err(|e| e.to_string())?;
    let shares = m.loyalty_matrix.to_array();
    let base = input
        .baseline
        .as_ref()
        .map(|b| b.month(input.month).loyalty_matrix.to_array());
    for (i, (name, color, (x, y), h)) in QUADRANTS.iter().enumerate() {
        let mut text = format!("{} {}", l.t(keys::quadrant(*name)), percent(shares[i], 0));
        if let Some(b) = &base {
            text = l.with_unit(
                &text,
                &format!("{} {}", l.t("baseline.delta"), percent(b[i], 0)),
            );
        }
        let v = if *y > 0.5 { VPos::Top } else { VPos::Bottom };
        chart
            .draw_series(std::iter::once(Text::new(
                text,
                (*x, *y),
                s.label_font().color(&color.mix(1.0)).pos(Pos::new(*h, v)),
            )))
            .map_err(|e| e.to_string())?;
    }
    let _ = INK;
    Ok(None)
}
