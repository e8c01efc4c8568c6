//! The charts, drawn with plotters on `<canvas>`: one chart per file, each a
//! `draw` function from the run (and the pinned baseline) to a drawing area.
//!
//! * `style` — palette, line widths and fonts; `axes` — month and value
//!   axes; `legend` — the legend strip; `canvas` — canvas sizing and PNG
//!   rendering; `chart` — the `Chart` component.
//!
//! Canvases are drawn at CSS size × devicePixelRatio so they stay crisp on
//! HiDPI screens and projectors; fonts and lines scale with it (and again in
//! projector mode). The baseline is always dashed, never told by colour alone.

mod axes;
mod canvas;
mod chart;
mod legend;
mod stack;
mod style;

pub mod care;
pub mod clv;
pub mod loyalty_types;
pub mod matrix;
pub mod money;
pub mod pyramid;
pub mod rates;
pub mod satisfaction;
pub mod stages;

use std::rc::Rc;

use plotters::element::{DynElement, IntoDynElement, PathElement};
use plotters::series::DashedLineSeries;
use plotters::style::ShapeStyle;
use plotters_canvas::CanvasBackend;

use crate::i18n::Lang;
use crate::sim::MonthReport;
use crate::ui::run::ExploreRun;

pub use axes::{
    finish, month_label, month_label_count, month_marker, month_range, nice_max, nice_range,
    right_axis, time_axes, time_chart, Area, DrawResult, DualTimeChart, TimeChart, TimeCoord,
};
pub use canvas::{canvas_area, render, render_image};
pub use chart::{Chart, ChartProps};
pub use legend::{with_legend, LegendItem};
pub use style::{Style, BLUE, GREEN, GREY, INK, ORANGE, PURPLE, SKY, VERMILION};

pub use crate::lessons::ChartKind;

/// Everything a chart draws from.
#[derive(Clone, PartialEq)]
pub struct ChartInput {
    pub run: Rc<ExploreRun>,
    pub baseline: Option<Rc<ExploreRun>>,
    pub month: u32,
    pub lang: Lang,
    pub projector: bool,
    /// In a lesson, the runs are drawn only up to the month on screen: the
    /// rest of the axis stays empty, so what comes next is a prediction
    /// before it is a reveal (the value axis still spans the whole run, so
    /// it does not move as the months play).
    pub reveal_to_cursor: bool,
}

impl ChartInput {
    /// The months of `months` that are drawn: all of them, or in a lesson
    /// those up to the month on screen.
    pub fn shown<'a>(&self, months: &'a [MonthReport]) -> &'a [MonthReport] {
        if self.reveal_to_cursor {
            &months[..(self.month as usize).max(1).min(months.len())]
        } else {
            months
        }
    }
}

/// The live run, then (if pinned) the baseline, each with whether it is
/// dashed: the months drawn (see [`ChartInput::shown`]).
pub fn runs(input: &ChartInput) -> Vec<(&[MonthReport], bool)> {
    whole_runs(input)
        .into_iter()
        .map(|(months, dashed)| (input.shown(months), dashed))
        .collect()
}

/// The live run, then the baseline, every month of them.
fn whole_runs(input: &ChartInput) -> Vec<(&[MonthReport], bool)> {
    std::iter::once((input.run.months(), false))
        .chain(input.baseline.iter().map(|b| (b.months(), true)))
        .collect()
}

/// The smallest and largest of `f` over every month of every run, and zero
/// (the whole run: an axis that holds still while the months are revealed).
pub fn span(input: &ChartInput, f: impl Fn(&MonthReport) -> f64) -> (f64, f64) {
    whole_runs(input)
        .iter()
        .flat_map(|(r, _)| r.iter())
        .map(f)
        .fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)))
}

/// One monthly series as points (month, value).
pub fn monthly(months: &[MonthReport], f: impl Fn(&MonthReport) -> f64) -> Vec<(f64, f64)> {
    months
        .iter()
        .enumerate()
        .map(|(k, m)| (k as f64 + 1.0, f(m)))
        .collect()
}

/// A drawing error as text.
pub fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// A line for `draw_series` (left axis) or `draw_secondary_series` (right
/// axis): solid for the live run, dashed for the baseline.
pub fn line(
    pts: Vec<(f64, f64)>,
    style: ShapeStyle,
    dashed: bool,
    s: &Style,
) -> Vec<DynElement<'static, CanvasBackend, (f64, f64)>> {
    if dashed {
        let (d, g) = s.dash();
        DashedLineSeries::new(pts, d, g, style)
            .into_iter()
            .map(|dash| dash.into_dyn())
            .collect()
    } else {
        vec![PathElement::new(pts, style).into_dyn()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::run::{compute, ExploreSettings};

    #[test]
    fn a_lesson_draws_up_to_the_month_on_screen_and_the_axis_holds_still() {
        let settings = ExploreSettings {
            market_size: 500,
            months: 12,
            ..ExploreSettings::default()
        };
        let run = Rc::new(compute(&settings).unwrap());
        let input = |month: u32, reveal: bool| ChartInput {
            run: run.clone(),
            baseline: Some(run.clone()),
            month,
            lang: Lang::En,
            projector: false,
            reveal_to_cursor: reveal,
        };
        let months = run.months();
        assert_eq!(input(6, false).shown(months).len(), 12);
        assert_eq!(input(6, true).shown(months).len(), 6);
        assert_eq!(input(0, true).shown(months).len(), 1);
        assert_eq!(input(99, true).shown(months).len(), 12);
        assert!(runs(&input(6, true)).iter().all(|(m, _)| m.len() == 6));
        let profit = |m: &MonthReport| m.cumulative_profit;
        assert_eq!(
            span(&input(3, true), profit),
            span(&input(12, false), profit)
        );
    }
}
