//! The charts, drawn with plotters on `<canvas>`: one chart per file, each a
//! `draw` function from the run (and the pinned baseline) to a drawing area.
//!
//! Canvases are drawn at CSS size × devicePixelRatio so they stay crisp on
//! HiDPI screens and projectors; fonts and lines scale with it (and again in
//! projector mode). The baseline is always dashed, never told by colour alone.

pub mod clv;
pub mod matrix;
pub mod money;
pub mod pyramid;
pub mod rates;
pub mod satisfaction;
pub mod stages;

use std::cell::Cell;
use std::rc::Rc;

use plotters::chart::{ChartContext, DualCoordChartContext};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    HtmlCanvasElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::sim::MonthReport;
use crate::ui::browser::{now_ms, probe};
use crate::ui::explore::ExploreRun;

/// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
pub const BLUE: RGBColor = RGBColor(0, 114, 178);
pub const ORANGE: RGBColor = RGBColor(230, 159, 0);
pub const GREEN: RGBColor = RGBColor(0, 158, 115);
pub const VERMILION: RGBColor = RGBColor(213, 94, 0);
pub const PURPLE: RGBColor = RGBColor(204, 121, 167);
pub const SKY: RGBColor = RGBColor(86, 180, 233);
pub const GREY: RGBColor = RGBColor(150, 150, 150);
pub const INK: RGBColor = RGBColor(26, 26, 26);

/// Which chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    Stages,
    Satisfaction,
    Rates,
    Money,
    Clv,
    Matrix,
    Pyramid,
}

impl ChartKind {
    pub const ALL: [ChartKind; 7] = [
        ChartKind::Stages,
        ChartKind::Satisfaction,
        ChartKind::Rates,
        ChartKind::Money,
        ChartKind::Clv,
        ChartKind::Matrix,
        ChartKind::Pyramid,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Stages => "stages",
            ChartKind::Satisfaction => "satisfaction",
            ChartKind::Rates => "rates",
            ChartKind::Money => "money",
            ChartKind::Clv => "clv",
            ChartKind::Matrix => "matrix",
            ChartKind::Pyramid => "pyramid",
        }
    }

    /// Whether the x axis is time (hovering picks a month).
    pub fn over_time(self) -> bool {
        !matches!(self, ChartKind::Matrix | ChartKind::Pyramid)
    }
}

/// Everything a chart draws from.
#[derive(Clone, PartialEq)]
pub struct ChartInput {
    pub run: Rc<ExploreRun>,
    pub baseline: Option<Rc<ExploreRun>>,
    pub month: u32,
    pub lang: Lang,
    pub projector: bool,
}

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

/// The live run, then (if pinned) the baseline, each with whether it is dashed.
pub fn runs(input: &ChartInput) -> Vec<(&[MonthReport], bool)> {
    std::iter::once((input.run.months(), false))
        .chain(input.baseline.iter().map(|b| (b.months(), true)))
        .collect()
}

/// The smallest and largest of `f` over every month of every run, and zero.
pub fn span(input: &ChartInput, f: impl Fn(&MonthReport) -> f64) -> (f64, f64) {
    runs(input)
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

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// A line on the left axis: solid for the live run, dashed for the baseline.
pub fn line(
    chart: &mut TimeChart<'_>,
    pts: Vec<(f64, f64)>,
    style: ShapeStyle,
    dashed: bool,
    s: &Style,
) -> Result<(), String> {
    if dashed {
        let (d, g) = s.dash();
        chart
            .draw_series(DashedLineSeries::new(pts, d, g, style))
            .map_err(err)?;
    } else {
        chart
            .draw_series(LineSeries::new(pts, style))
            .map_err(err)?;
    }
    Ok(())
}

/// A line on the right axis: solid for the live run, dashed for the baseline.
pub fn line_right(
    chart: &mut DualTimeChart<'_>,
    pts: Vec<(f64, f64)>,
    style: ShapeStyle,
    dashed: bool,
    s: &Style,
) -> Result<(), String> {
    if dashed {
        let (d, g) = s.dash();
        chart
            .draw_secondary_series(DashedLineSeries::new(pts, d, g, style))
            .map_err(err)?;
    } else {
        chart
            .draw_secondary_series(LineSeries::new(pts, style))
            .map_err(err)?;
    }
    Ok(())
}

/// A chart over the run's months with room for axis labels (`y_label_px`
/// CSS pixels on the left, and on the right when there is a second axis).
pub fn time_chart<'a>(
    area: &'a Area,
    input: &ChartInput,
    y: std::ops::Range<f64>,
    y_label_px: f64,
    right_axis: bool,
    s: &Style,
) -> Result<TimeChart<'a>, String> {
    let label = s.px(if s.projector {
        y_label_px * 1.3
    } else {
        y_label_px
    });
    let mut b = ChartBuilder::on(area);
    b.margin(s.px(10.0))
        .x_label_area_size(s.px(if s.projector { 52.0 } else { 42.0 }))
        .y_label_area_size(label);
    if right_axis {
        b.right_y_label_area_size(label);
    }
    b.build_cartesian_2d(month_range(input.run.months().len() as u32), y)
        .map_err(err)
}

/// Axes of a chart over time: months below, `y_desc` on the left.
pub fn time_axes(
    chart: &mut TimeChart<'_>,
    input: &ChartInput,
    y_desc: &str,
    y_fmt: &dyn Fn(&f64) -> String,
    s: &Style,
) -> Result<(), String> {
    chart
        .configure_mesh()
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
    chart
        .configure_secondary_axes()
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

/// Adds a chart's drawing time to `window.crmLabDrawMs` and to its own
/// `crmLabDrawMs_<chart>` (the suite splits a change's time into computing
/// and drawing).
fn record_draw(id: &str, ms: f64) {
    probe::add("crmLabDrawMs", ms);
    probe::add(&format!("crmLabDrawMs_{id}"), ms);
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub kind: ChartKind,
    pub input: Rc<ChartInput>,
    /// A month picked by pressing or dragging on a time chart.
    pub on_month: Callback<u32>,
    /// Download the chart as PNG.
    pub on_download: Callback<(ChartKind, HtmlCanvasElement)>,
    /// The chart a lesson's current step is about: drawn with a frame.
    #[prop_or_default]
    pub highlight: bool,
}

#[function_component(Chart)]
pub fn chart(p: &ChartProps) -> Html {
    let canvas = use_node_ref();
    let x_range = use_mut_ref(|| Cell::new(None::<(f64, f64)>));
    // Charts are drawn only when on screen (or about to be): a change
    // redraws what the user sees, and the others when they scroll into view.
    let pending = use_mut_ref(|| None::<Rc<ChartInput>>);
    let visible = use_mut_ref(|| false);
    // The input last given, for redrawing when the canvas's box changes.
    let latest = use_mut_ref(|| p.input.clone());
    *latest.borrow_mut() = p.input.clone();
    let draw_now = {
        let canvas = canvas.clone();
        let x_range = x_range.clone();
        let kind = p.kind;
        Rc::new(move |input: &ChartInput| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let t0 = now_ms();
                let result = render(&c, kind, input);
                record_draw(kind.id(), now_ms() - t0);
                match result {
                    Ok(r) => x_range.borrow().set(r),
                    Err(e) => gloo::console::error!(format!("chart {}: {e}", kind.id())),
                }
            }
        })
    };
    {
        let (pending, visible, draw_now) = (pending.clone(), visible.clone(), draw_now.clone());
        use_effect_with((p.input.clone(), p.kind), move |(input, _)| {
            if *visible.borrow() {
                draw_now(input);
                *pending.borrow_mut() = None;
            } else {
                *pending.borrow_mut() = Some(input.clone());
            }
        });
    }
    {
        let (pending, visible, draw_now) = (pending.clone(), visible.clone(), draw_now.clone());
        let canvas = canvas.clone();
        use_effect_with((), move |_| {
            // The box changed (projector mode, language, layout, full
            // screen, print, window): redraw at the new size now if on
            // screen, otherwise when it comes into view.
            let resized = {
                let (pending, visible, draw_now) =
                    (pending.clone(), visible.clone(), draw_now.clone());
                crate::ui::hooks::observe_box(&canvas, move |_| {
                    let input = latest.borrow().clone();
                    if *visible.borrow() {
                        draw_now(&input);
                    } else {
                        *pending.borrow_mut() = Some(input);
                    }
                })
            };
            let on_change =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    for e in entries.iter() {
                        let e: IntersectionObserverEntry = e.unchecked_into();
                        *visible.borrow_mut() = e.is_intersecting();
                        if e.is_intersecting() {
                            let input = pending.borrow_mut().take();
                            if let Some(input) = input {
                                draw_now(&input);
                            }
                        }
                    }
                });
            let options = IntersectionObserverInit::new();
            options.set_root_margin("300px");
            let observer = IntersectionObserver::new_with_options(
                on_change.as_ref().unchecked_ref(),
                &options,
            )
            .ok();
            if let (Some(o), Some(c)) = (&observer, canvas.cast::<web_sys::Element>()) {
                o.observe(&c);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_change);
                drop(resized);
            }
        });
    }
    let l = p.input.lang;
    let months = p.input.run.run.months.len() as u32;
    let pick = {
        let x_range = x_range.clone();
        let over_time = p.kind.over_time();
        move |e: &MouseEvent| -> Option<u32> {
            if !over_time {
                return None;
            }
            let target = e.target()?.dyn_into::<HtmlCanvasElement>().ok()?;
            let (x0, x1) = x_range.borrow().get()?;
            let frac = f64::from(e.offset_x()) / f64::from(target.client_width().max(1));
            let t = ((frac - x0) / (x1 - x0)).clamp(0.0, 1.0);
            Some((1.0 + t * f64::from(months.max(2) - 1)).round() as u32)
        }
    };
    // Hovering only shows the month under the pointer: a presenter's
    // resting pointer must not change every figure on the page. A press
    // (mouse, pen or touch) or a drag moves the month cursor.
    let hover = use_state(|| None::<u32>);
    let on_move = {
        let pick = pick.clone();
        let cb = p.on_month.clone();
        let hover = hover.clone();
        Callback::from(move |e: PointerEvent| {
            let m = pick(&e);
            if e.buttons() & 1 == 1 {
                if let Some(m) = m {
                    cb.emit(m);
                }
            }
            if *hover != m {
                hover.set(m);
            }
        })
    };
    let on_leave = {
        let hover = hover.clone();
        Callback::from(move |_: PointerEvent| hover.set(None))
    };
    let on_press = {
        let cb = p.on_month.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(m) = pick(&e) {
                cb.emit(m);
            }
        })
    };
    let on_download = {
        let cb = p.on_download.clone();
        let canvas = canvas.clone();
        let kind = p.kind;
        Callback::from(move |_| {
            let input = pending.borrow_mut().take();
            if let Some(input) = input {
                draw_now(&input);
            }
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                cb.emit((kind, c));
            }
        })
    };
    let title = l
        .t_dyn(&format!("chart.{}", p.kind.id()))
        .replace("{month}", &p.input.month.to_string());
    let heading_id = format!("chart-{}-title", p.kind.id());
    html! {
        <figure class={classes!("chart", p.highlight.then_some("highlight"))} data-chart={p.kind.id()} aria-labelledby={heading_id.clone()}>
            <figcaption>
                <h3 id={heading_id}>{ title.clone() }</h3>
                if let Some(m) = *hover {
                    <span class="hover-month" aria-hidden="true">{ l.tf("chart.hover_month", &[("month", &m.to_string())]) }</span>
                }
                <button class="png" onclick={on_download} aria-label={format!("{} — {title}", l.t("download_png_label"))}
                    title={l.t("download_png_label")}>{ l.t("download_png") }</button>
            </figcaption>
            <canvas ref={canvas} role="img" aria-label={title}
                onpointermove={on_move} onpointerdown={on_press} onpointerleave={on_leave}></canvas>
            if p.kind.id() == "clv" {
                <p class="chart-note">{ l.t("chart.clv.note") }</p>
            }
        </figure>
    }
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
