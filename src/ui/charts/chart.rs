//! The `Chart` component: a titled figure with its canvas, drawn when on
//! screen and redrawn when its box changes; pressing or dragging on a chart
//! over time picks the month; a button downloads it as PNG.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    HtmlCanvasElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
};
use yew::prelude::*;

use super::canvas::render;
use super::{ChartInput, ChartKind};
use crate::ui::browser::{now_ms, probe};
use crate::ui::keys;

/// Adds a chart's drawing time to `window.crmLabDrawMs` and to its own
/// `crmLabDrawMs_<chart>` (the suite splits a change's time into computing
/// and drawing).
/// Without the `probes` feature nothing is recorded (not even the key made).
fn record_draw(id: &str, ms: f64) {
    if cfg!(feature = "probes") {
        probe::add("crmLabDrawMs", ms);
        probe::add(&format!("crmLabDrawMs_{id}"), ms);
    }
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

/// The plot's x range as fractions of the canvas width, shared by the
/// drawing and the pointer handlers.
type XRange = Rc<std::cell::RefCell<Cell<Option<(f64, f64)>>>>;

/// What [`use_drawing`] gives the chart.
struct Drawing {
    /// The plot's x range as fractions of the canvas width (for picking a
    /// month by pointer), once drawn.
    x_range: XRange,
    /// Draws now what is waiting for the chart to come into view (before a
    /// download).
    flush: Rc<dyn Fn()>,
}

/// Draws `input` on `canvas` when it is on screen (or about to be): a
/// change redraws what the user sees, the other charts when they scroll
/// into view; a change of the canvas's box redraws it at its new size.
#[hook]
fn use_drawing(canvas: &NodeRef, kind: ChartKind, input: &Rc<ChartInput>) -> Drawing {
    let canvas = canvas.clone();
    let input = input.clone();
    let x_range = use_mut_ref(|| Cell::new(None::<(f64, f64)>));
    // Charts are drawn only when on screen (or about to be): a change
    // redraws what the user sees, and the others when they scroll into view.
    let pending = use_mut_ref(|| None::<Rc<ChartInput>>);
    let visible = use_mut_ref(|| false);
    // The input last given, for redrawing when the canvas's box changes.
    let latest = use_mut_ref(|| input.clone());
    *latest.borrow_mut() = input.clone();
    let draw_now = {
        let canvas = canvas.clone();
        let x_range = x_range.clone();
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
        use_effect_with((input.clone(), kind), move |(input, _)| {
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
                crate::ui::browser::observe_box(&canvas, move |_| {
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
    let flush = Rc::new(move || {
        let input = pending.borrow_mut().take();
        if let Some(input) = input {
            draw_now(&input);
        }
    });
    Drawing { x_range, flush }
}

#[function_component(Chart)]
pub fn chart(p: &ChartProps) -> Html {
    let canvas = use_node_ref();
    let Drawing { x_range, flush } = use_drawing(&canvas, p.kind, &p.input);
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
            flush();
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                cb.emit((kind, c));
            }
        })
    };
    let title = l
        .t(keys::chart(p.kind))
        .replace("{month}", &p.input.month.to_string());
    let heading_id = format!("chart-{}-title", p.kind.id());
    html! {
        <figure class={classes!("chart", p.highlight.then_some("highlight"))} data-chart={p.kind.id()} aria-labelledby={heading_id.clone()}>
            <figcaption>
                <h3 id={heading_id}>{ title.clone() }</h3>
                if let Some(m) = *hover {
                    <span class="hover-month" aria-hidden="true">{ l.tf("chart.hover_month", &[("month", &m.to_string())]) }</span>
                }
                <button class="png" onclick={on_download} aria-label={format!("{} — {title}", l.t("chart.download_png.label"))}
                    title={l.t("chart.download_png.label")}>{ l.t("chart.download_png") }</button>
            </figcaption>
            <canvas ref={canvas} role="img" aria-label={title}
                onpointermove={on_move} onpointerdown={on_press} onpointerleave={on_leave}></canvas>
            if p.kind.id() == "clv" {
                <p class="chart-note">{ l.t("chart.clv.note") }</p>
            }
        </figure>
    }
}
