//! The legend: rows across the top of a chart, outside the plot.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::Area;
use super::style::Style;

/// A legend entry: text, line style, dashed or not.
pub type LegendItem = (String, ShapeStyle, bool);

/// Lays the legend out in rows across the top of `area` and returns the
/// area left below it for the chart. Keeping the legend off the plot means it
/// never hides data, and it is part of the PNG export.
pub fn with_legend(area: &Area, items: &[LegendItem], s: &Style) -> Result<Area, String> {
    let font = s.legend_font();
    let (w, _) = area.dim_in_pixel();
    let line_h = s.px(if s.projector { 26.0 } else { 20.0 });
    let sample = s.px(26.0);
    let gap = s.px(16.0);
    let pad = s.px(10.0);
    // First pass: positions.
    let mut placed = Vec::new();
    let (mut x, mut row) = (pad, 0);
    for (text, _, _) in items {
        let (tw, _) = area
            .estimate_text_size(text, &font)
            .map_err(|e| e.to_string())?;
        let item_w = sample + s.px(6.0) + tw as i32;
        if x + item_w > w as i32 - pad && x > pad {
            row += 1;
            x = pad;
        }
        placed.push((x, row));
        x += item_w + gap;
    }
    let rows = if items.is_empty() { 0 } else { row + 1 };
    let strip = line_h * rows + if rows > 0 { s.px(6.0) } else { 0 };
    for ((text, style, dashed), (x0, r)) in items.iter().zip(&placed) {
        let y = s.px(4.0) + line_h * r + line_h / 2;
        if *dashed {
            let (d, g) = s.dash();
            let mut x = *x0;
            while x < x0 + sample {
                let end = (x + d as i32).min(x0 + sample);
                area.draw(&PathElement::new(vec![(x, y), (end, y)], *style))
                    .map_err(|e| e.to_string())?;
                x += (d + g) as i32;
            }
        } else {
            area.draw(&PathElement::new(vec![(*x0, y), (x0 + sample, y)], *style))
                .map_err(|e| e.to_string())?;
        }
        area.draw(&Text::new(
            text.clone(),
            (x0 + sample + s.px(6.0), y),
            font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(|e| e.to_string())?;
    }
    let (_, rest) = area.split_vertically(strip);
    Ok(rest)
}
