//! Charts on canvases: the canvas's backing store sized to its CSS box ×
//! devicePixelRatio (crisp on HiDPI screens and projectors), and a chart
//! drawn off screen as a PNG for the printed report.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::axes::{Area, DrawResult};
use super::style::Style;
use super::{
    care, clv, loyalty_types, matrix, money, pyramid, rates, satisfaction, stages, ChartInput,
    ChartKind,
};

/// Draws chart `kind` on `area`.
fn draw(kind: ChartKind, area: &Area, input: &ChartInput, s: &Style) -> DrawResult {
    area.fill(&WHITE).map_err(|e| e.to_string())?;
    match kind {
        ChartKind::Stages => stages::draw(area, input, s),
        ChartKind::Satisfaction => satisfaction::draw(area, input, s),
        ChartKind::Rates => rates::draw(area, input, s),
        ChartKind::Money => money::draw(area, input, s),
        ChartKind::Clv => clv::draw(area, input, s),
        ChartKind::Matrix => matrix::draw(area, input, s),
        ChartKind::Pyramid => pyramid::draw(area, input, s),
        ChartKind::LoyaltyTypes => loyalty_types::draw(area, input, s),
        ChartKind::Care => care::draw(area, input, s),
    }
}

/// Sizes the canvas to its CSS box × devicePixelRatio and draws the chart.
/// Returns the plotting area's x range as fractions of the width.
pub fn render(canvas: &HtmlCanvasElement, kind: ChartKind, input: &ChartInput) -> DrawResult {
    let (area, style) = canvas_area(canvas, input.projector)?;
    let range = draw(kind, &area, input, &style)?;
    area.present().map_err(|e| e.to_string())?;
    let w = f64::from(canvas.width());
    Ok(range.map(|(x0, x1)| (x0 / w, x1 / w)))
}

/// Sizes a canvas's backing store to its CSS box × devicePixelRatio and
/// gives the drawing area with the matching sizes.
pub fn canvas_area(canvas: &HtmlCanvasElement, projector: bool) -> Result<(Area, Style), String> {
    let dpr = crate::ui::browser::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    let css_w = f64::from(canvas.client_width().max(200));
    let css_h = f64::from(canvas.client_height().max(150));
    let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    Ok((
        backend.into_drawing_area(),
        Style {
            scale: dpr,
            projector,
        },
    ))
}

/// Draws a chart on a canvas of its own, `css_w` × `css_h` CSS pixels at
/// `scale` backing pixels each, and returns it as a PNG data URL: for the
/// printed report, where a chart must stay crisp on paper.
pub fn render_image(
    kind: ChartKind,
    input: &ChartInput,
    css_w: u32,
    css_h: u32,
    scale: f64,
) -> Result<String, String> {
    let canvas: HtmlCanvasElement = crate::ui::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or("no canvas")?;
    canvas.set_width((f64::from(css_w) * scale).round() as u32);
    canvas.set_height((f64::from(css_h) * scale).round() as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let area = backend.into_drawing_area();
    let style = Style {
        scale,
        projector: false,
    };
    draw(kind, &area, input, &style)?;
    area.present().map_err(|e| e.to_string())?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "cannot read the chart".to_string())
}
