//! The customer pyramid (客户金字塔) at the selected month: active customers by
//! tier of predicted CLV, platinum at the top.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{Area, ChartInput, DrawResult, Style};
use crate::sim::Tier;
use crate::ui::format::{percent, thousands};
use crate::ui::keys;

const TIERS: [(Tier, RGBColor, RGBColor); 4] = [
    (Tier::Platinum, RGBColor(74, 85, 120), WHITE),
    (Tier::Gold, RGBColor(230, 167, 0), RGBColor(26, 26, 26)),
    (Tier::Iron, RGBColor(120, 120, 120), WHITE),
    (Tier::Lead, RGBColor(52, 60, 72), WHITE),
];

pub fn draw(area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    let l = input.lang;
    let m = input.run.month(input.month);
    let counts = m.pyramid.to_array();
    let total: u32 = counts.iter().sum();
    let base = input
        .baseline
        .as_ref()
        .map(|b| b.month(input.month).pyramid.to_array());
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let pad = f64::from(s.px(14.0));
    let layer_h = (h - 2.0 * pad) / 4.0;
    let apex = w / 2.0;
    let half_base = (w - 2.0 * pad) / 2.0;
    // Width at height y (0 at the apex, 4·layer_h at the base).
    let half_at = |y: f64| half_base * (0.12 + 0.88 * y / (4.0 * layer_h));
    let font = s.label_font();
    for (i, (name, fill, ink)) in TIERS.iter().enumerate() {
        let (y0, y1) = (i as f64 * layer_h, (i + 1) as f64 * layer_h);
        let gap = f64::from(s.px(3.0));
        let pts = vec![
            ((apex - half_at(y0)) as i32, (pad + y0 + gap) as i32),
            ((apex + half_at(y0)) as i32, (pad + y0 + gap) as i32),
            ((apex + half_at(y1)) as i32, (pad + y1) as i32),
            ((apex - half_at(y1)) as i32, (pad + y1) as i32),
        ];
        area.draw(&Polygon::new(pts, fill.filled()))
            .map_err(|e| e.to_string())?;
        let share = if total > 0 {
            f64::from(counts[i]) / f64::from(total)
        } else {
            0.0
        };
        let mut text = format!(
            "{} · {} · {}",
            l.t(keys::tier(*name)),
            thousands(f64::from(counts[i])),
            percent(share, 0)
        );
        if let Some(b) = &base {
            text = l.with_unit(
                &text,
                &format!("{} {}", l.t("baseline.delta"), thousands(f64::from(b[i]))),
            );
        }
        let cy = pad + (y0 + y1) / 2.0 + gap / 2.0;
        // Text goes inside the layer when it fits, else beside it.
        let (tw, _) = area
            .estimate_text_size(&text, &font)
            .map_err(|e| e.to_string())?;
        let inside = f64::from(tw) < 2.0 * half_at((y0 + y1) / 2.0) - f64::from(s.px(10.0));
        let (x, color, hpos) = if inside {
            (apex, *ink, HPos::Center)
        } else {
            (
                apex + half_at(y1) + f64::from(s.px(6.0)),
                RGBColor(26, 26, 26),
                HPos::Left,
            )
        };
        let x = if !inside && x + f64::from(tw) > w {
            w - f64::from(tw) - 2.0
        } else {
            x
        };
        area.draw(&Text::new(
            text,
            (x as i32, cy as i32),
            font.clone().color(&color).pos(Pos::new(hpos, VPos::Center)),
        ))
        .map_err(|e| e.to_string())?;
    }
    Ok(None)
}
