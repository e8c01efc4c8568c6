//! The axes of the charts over time: the month axis (whole months, never
//! repeated), "nice" value ranges, a second axis on the right, and the
//! marker of the month on screen.

use plotters::chart::{ChartContext, DualCoordChartContext};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use super::style::{Style, INK};
use super::{err, ChartInput};

/// The x range of months for a run of `months` months.
pub fn month_range(months: u32) -> std::ops::Range<f64> {
    1.0..f64::from(months.max(2))
}

/// How many month labels to ask plotters for on a run of `months` months:
/// one per month up to eight, so a short horizon is labelled at whole months
/// and never repeats a month (plotters picks ticks at 1, 2 or 5 × 10ⁿ).
pub fn month_label_count(months: u32) -> usize {
    (months.max(2) as usize).min(8)
}

/// A month tick's label: whole months only (a tick between two months, if
/// plotters ever places one, stays unlabelled rather than repeat a month).
pub fn month_label(v: &f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        String::new()
    }
}

/// A "nice" upper bound for an axis holding values up to `max`.
pub fn nice_max(max: f64) -> f64 {
    if max.is_nan() || max <= 0.0 {
        return 1.0;
    }
    let exp = libm::floor(libm::log10(max));
    let base = libm::pow(10.0, exp);
    for m in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if m * base >= max {
            return m * base;
        }
    }
    10.0 * base
}

/// A symmetric-enough axis range holding `lo..hi` with some air, and zero.
pub fn nice_range(lo: f64, hi: f64) -> std::ops::Range<f64> {
    let top = nice_max(hi.max(0.0) * 1.05);
    let bottom = if lo < 0.0 { -nice_max(-lo * 1.05) } else { 0.0 };
    bottom..top
}

pub type Area = DrawingArea<CanvasBackend, Shift>;
pub type DrawResult = Result<Option<(f64, f64)>, String>;

/// Months (x) × a value (y).
pub type TimeCoord = Cartesian2d<RangedCoordf64, RangedCoordf64>;
/// A chart over time.
pub type TimeChart<'a> = ChartContext<'a, CanvasBackend, TimeCoord>;
/// A chart over time with a second y axis on the right.
pub type DualTimeChart<'a> = DualCoordChartContext<'a, CanvasBackend, TimeCoord, TimeCoord>;

/// A chart over the run's months with room for axis labels: at least
/// `y_label_px` CSS pixels on the left, and as much on the right when there
/// is a second axis (`right_axis`: the largest magnitude it labels), more
/// when the widest value label needs it.
pub fn time_chart<'a>(
    area: &'a Area,
    input: &ChartInput,
    y: std::ops::Range<f64>,
    y_label_px: f64,
    right_axis: Option<f64>,
    s: &Style,
) -> Result<TimeChart<'a>, String> {
    // Room for the widest value label and the axis title beside it: a
    // market of a million people labels 500,000, which would run into the
    // title in the default room.
    let widest = [y.start, y.end, right_axis.unwrap_or(0.0)]
        .iter()
        .map(|v| crate::ui::format::thousands(*v).len())
        .max()
        .unwrap_or(1);
    let needed = 30.0 + 7.0 * widest as f64;
    let y_label_px = y_label_px.max(needed);
    let label = s.px(if s.projector {
        y_label_px * 1.3
    } else {
        y_label_px
    });
    let mut b = ChartBuilder::on(area);
    b.margin(s.px(10.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(label);
    if right_axis.is_some() {
        b.right_y_label_area_size(label);
    } else {
        // Half the last month's label (120) lies right of the plot.
        b.margin_right(s.px(22.0));
    }
    b.build_cartesian_2d(month_range(input.run.months().len() as u32), y)
        .map_err(err)
}

/// Value labels that fit a plot `height` canvas pixels tall: one per 28
/// CSS pixels at most, 3 to 10 (a short chart on a phone would otherwise
/// print its labels over each other).
fn y_label_count(height: i32, s: &Style) -> usize {
    (f64::from(height.max(0)) / f64::from(s.px(28.0).max(1))).clamp(3.0, 10.0) as usize
}

/// Axes of a chart over time: months below, `y_desc` on the left.
pub fn time_axes(
    chart: &mut TimeChart<'_>,
    input: &ChartInput,
    y_desc: &str,
    y_fmt: &dyn Fn(&f64) -> String,
    s: &Style,
) -> Result<(), String> {
    let (_, yr) = chart.plotting_area().get_pixel_range();
    let y_labels = y_label_count(yr.end - yr.start, s);
    chart
        .configure_mesh()
        .y_labels(y_labels)
        .x_desc(input.lang.t("axis.month"))
        .y_desc(y_desc)
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .x_labels(month_label_count(input.run.months().len() as u32))
        .x_label_formatter(&month_label)
        .y_label_formatter(y_fmt)
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(err)
}

/// The right axis of a dual chart.
pub fn right_axis(
    chart: &mut DualTimeChart<'_>,
    y_desc: &str,
    y_fmt: &dyn Fn(&f64) -> String,
    s: &Style,
) -> Result<(), String> {
    let (_, yr) = chart.plotting_area().get_pixel_range();
    let y_labels = y_label_count(yr.end - yr.start, s);
    chart
        .configure_secondary_axes()
        .y_labels(y_labels)
        .y_desc(y_desc)
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .y_label_formatter(y_fmt)
        .draw()
        .map_err(err)
}

/// Marks the selected month and returns the plot's x range in pixels (for
/// picking a month by pointer).
pub fn finish(
    chart: &mut TimeChart<'_>,
    input: &ChartInput,
    y: std::ops::Range<f64>,
    s: &Style,
) -> DrawResult {
    chart
        .draw_series(std::iter::once(month_marker(input.month, y, s)))
        .map_err(err)?;
    let (xr, _) = chart.plotting_area().get_pixel_range();
    Ok(Some((f64::from(xr.start), f64::from(xr.end))))
}

/// The vertical line marking the selected month.
pub fn month_marker(month: u32, y: std::ops::Range<f64>, s: &Style) -> PathElement<(f64, f64)> {
    let m = f64::from(month);
    PathElement::new(
        vec![(m, y.start), (m, y.end)],
        s.thin(INK).color.mix(0.55).stroke_width(s.px(1.5) as u32),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::coord::ranged1d::Ranged;

    /// Every horizon a run can have gets whole, distinct month labels
    /// inside the run (after one coursework round of three months the axis
    /// once read "1 2 2 2 3").
    #[test]
    fn month_axis_labels_are_whole_distinct_months() {
        for months in 1..=120u32 {
            let range: RangedCoordf64 = month_range(months).into();
            let points = range.key_points(month_label_count(months));
            let labels: Vec<String> = points
                .iter()
                .map(month_label)
                .filter(|l| !l.is_empty())
                .collect();
            assert!(
                labels.len() >= 2.min(months as usize),
                "{months}: {labels:?}"
            );
            let mut seen = labels.clone();
            seen.dedup();
            assert_eq!(seen, labels, "{months} months: repeated labels");
            assert!(
                points.iter().all(|v| (v - v.round()).abs() < 1e-9),
                "{months} months: a tick between months {points:?}"
            );
        }
    }
}
