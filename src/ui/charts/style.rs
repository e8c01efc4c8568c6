//! How the charts look: the palette (Okabe–Ito, told apart with the common
//! colour-vision deficiencies) and the sizes of lines and fonts, scaled to
//! the canvas's pixel ratio and again in projector mode.

use plotters::prelude::*;

/// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
pub const BLUE: RGBColor = RGBColor(0, 114, 178);
pub const ORANGE: RGBColor = RGBColor(230, 159, 0);
pub const GREEN: RGBColor = RGBColor(0, 158, 115);
pub const VERMILION: RGBColor = RGBColor(213, 94, 0);
pub const PURPLE: RGBColor = RGBColor(204, 121, 167);
pub const SKY: RGBColor = RGBColor(86, 180, 233);
pub const GREY: RGBColor = RGBColor(150, 150, 150);
pub const INK: RGBColor = RGBColor(26, 26, 26);

/// Sizes for one drawing: everything in backing-store pixels.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub scale: f64,
    pub projector: bool,
}

impl Style {
    pub fn px(&self, css_px: f64) -> i32 {
        (css_px * self.scale).round() as i32
    }

    pub fn font(&self, css_px: f64) -> TextStyle<'static> {
        ("sans-serif", css_px * self.scale).into_font().color(&INK)
    }

    pub fn line(&self, color: RGBColor) -> ShapeStyle {
        let w = if self.projector { 3.5 } else { 2.2 };
        color.stroke_width((w * self.scale).round().max(1.0) as u32)
    }

    pub fn thin(&self, color: RGBColor) -> ShapeStyle {
        color.stroke_width((1.2 * self.scale).round().max(1.0) as u32)
    }

    /// Dash length and gap for baseline lines.
    pub fn dash(&self) -> (u32, u32) {
        (self.px(7.0) as u32, self.px(5.0) as u32)
    }

    pub fn axis_font(&self) -> TextStyle<'static> {
        self.font(if self.projector { 17.0 } else { 13.0 })
    }

    pub fn legend_font(&self) -> TextStyle<'static> {
        self.font(if self.projector { 17.0 } else { 13.0 })
    }

    pub fn label_font(&self) -> TextStyle<'static> {
        self.font(if self.projector { 20.0 } else { 15.0 })
    }
}
