//! The customer value matrix (客户价值矩阵) of the simulated customers:
//! current value × potential value at a chosen month, the four quadrants
//! with their counts and means, and the course's recommended action for each.
//!
//! The customers are those of the learner's last Explore run (its scenario,
//! levers and seed, remembered in the browser), at most 10,000 of them so the
//! page answers at once; a scenario menu swaps the market and keeps the levers.

use std::rc::Rc;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::concepts::value_matrix::{over_run, ValueMatrix, ValueQuadrant};
use crate::i18n::Lang;
use crate::sim::{Decisions, BUILT_IN};
use crate::ui::browser::use_box_tick;
use crate::ui::charts::{canvas_area, nice_range, BLUE, GREEN, GREY, ORANGE, VERMILION};
use crate::ui::format::{money_span, percent, thousands};
use crate::ui::keys;
use crate::ui::prefs::use_prefs;
use crate::ui::route::Route;
use crate::ui::run::ExploreSettings;
use crate::ui::storage;

/// Customers in the matrix at most: enough for stable medians, small enough
/// to compute the whole horizon in a blink.
const MAX_CUSTOMERS: u32 = 10_000;
/// Points drawn on the scatter.
const SAMPLE: usize = 1_500;

fn colour(q: ValueQuadrant) -> RGBColor {
    match q {
        ValueQuadrant::Invest => GREEN,
        ValueQuadrant::Develop => BLUE,
        ValueQuadrant::Maintain => ORANGE,
        ValueQuadrant::Drop => VERMILION,
    }
}

/// The settings of the learner's Explore run, or the defaults.
fn explore_settings() -> (ExploreSettings, bool) {
    match storage::load() {
        Ok(Some(r)) if r.settings.validate().is_ok() => (r.settings, true),
        _ => (ExploreSettings::default(), false),
    }
}

/// The upper end of an axis: the 98th percentile of the sample, so a few
/// extreme customers do not squeeze everyone else into a corner (points
/// beyond it are drawn on the edge).
fn upper(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 1.0;
    }
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * 0.98).round() as usize].max(1.0)
}

fn draw(
    canvas: &HtmlCanvasElement,
    m: &ValueMatrix,
    l: Lang,
    projector: bool,
) -> Result<(), String> {
    let (area, s) = canvas_area(canvas, projector)?;
    area.fill(&WHITE).map_err(|e| e.to_string())?;
    let x_top = upper(m.points.iter().map(|p| p.current).collect());
    let y_top = upper(m.points.iter().map(|p| p.potential).collect());
    let y_low = m.points.iter().map(|p| p.potential).fold(0.0, f64::min);
    let (xr, yr) = (nice_range(0.0, x_top), nice_range(y_low, y_top));
    let mut chart = ChartBuilder::on(&area)
        .margin(s.px(12.0))
        .margin_right(s.px(22.0))
        .x_label_area_size(s.px(if projector { 52.0 } else { 42.0 }))
        .y_label_area_size(s.px(if projector { 84.0 } else { 68.0 }))
        .build_cartesian_2d(xr.clone(), yr.clone())
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_desc(l.t("vm.axis_current"))
        .y_desc(l.t("vm.axis_potential"))
        .label_style(s.axis_font())
        .axis_desc_style(s.axis_font())
        .x_label_formatter(&|v| thousands(*v))
        .y_label_formatter(&|v| thousands(*v))
        .light_line_style(WHITE.mix(0.0))
        .draw()
        .map_err(|e| e.to_string())?;
    let r = s.px(if projector { 3.5 } else { 2.5 });
    chart
        .draw_series(m.points.iter().map(|p| {
            let x = p.current.clamp(xr.start, xr.end);
            let y = p.potential.clamp(yr.start, yr.end);
            Circle::new((x, y), r, colour(p.quadrant).mix(0.55).filled())
        }))
        .map_err(|e| e.to_string())?;
    // The medians split the base: dashed, so they read without colour.
    let median = GREY.stroke_width(s.px(2.0) as u32);
    let (d, g) = s.dash();
    for pts in [
        vec![(m.current_median, yr.start), (m.current_median, yr.end)],
        vec![(xr.start, m.potential_median), (xr.end, m.potential_median)],
    ] {
        chart
            .draw_series(DashedLineSeries::new(pts, d, g, median))
            .map_err(|e| e.to_string())?;
    }
    // Quadrant labels in the corners, on a light box so dense points do
    // not hide them.
    let shares = m.shares();
    let pad = s.px(4.0);
    for q in ValueQuadrant::ALL {
        let right = matches!(q, ValueQuadrant::Invest | ValueQuadrant::Maintain);
        let top = matches!(q, ValueQuadrant::Invest | ValueQuadrant::Develop);
        let corner = chart.backend_coord(&(
            if right { xr.end } else { xr.start },
            if top { yr.end } else { yr.start },
        ));
        let text = format!(
            "{} {}",
            l.t(keys::value_quadrant(q).0),
            percent(shares[q.index()], 0)
        );
        let c = colour(q);
        let font = s.label_font().color(&c);
        let (w, h) = area
            .estimate_text_size(&text, &font)
            .map_err(|e| e.to_string())?;
        let (w, h) = (w as i32, h as i32);
        let x0 = if right {
            corner.0 - w - 3 * pad
        } else {
            corner.0 + pad
        };
        let y0 = if top {
            corner.1 + pad
        } else {
            corner.1 - h - 3 * pad
        };
        area.draw(&Rectangle::new(
            [(x0, y0), (x0 + w + 2 * pad, y0 + h + 2 * pad)],
            WHITE.mix(0.88).filled(),
        ))
        .map_err(|e| e.to_string())?;
        area.draw(&Text::new(
            text,
            (x0 + pad, y0 + pad),
            font.pos(Pos::new(HPos::Left, VPos::Top)),
        ))
        .map_err(|e| e.to_string())?;
    }
    area.present().map_err(|e| e.to_string())
}

#[function_component(ValueMatrixTool)]
pub fn value_matrix_tool() -> Html {
    let prefs = use_prefs();
    let (l, projector) = (prefs.lang, prefs.projector);
    let remembered = use_memo((), |_| explore_settings());
    let (base, from_explore) = (*remembered).clone();
    let scenario_name = use_state(|| base.scenario.clone());
    let month = use_state(|| base.months);
    let settings = {
        let mut s = base.clone();
        s.scenario = (*scenario_name).clone();
        s
    };
    // The scenario's own size and horizon when another market is chosen.
    let scenario = settings.scenario().ok().map(|mut sc| {
        if settings.scenario != base.scenario {
            if let Some(own) = crate::sim::Scenario::built_in(&settings.scenario) {
                sc.months = own.months;
                sc.market_size = own.market_size;
            }
        }
        sc.market_size = sc.market_size.min(MAX_CUSTOMERS);
        sc
    });
    let matrices = use_memo((scenario.clone(), settings.levers), |(sc, levers)| {
        sc.as_ref().and_then(|sc| {
            over_run(sc, &Decisions::constant(*levers), SAMPLE)
                .ok()
                .map(Rc::new)
        })
    });
    let months = matrices.as_ref().as_ref().map_or(1, |m| m.len() as u32);
    let shown_month = (*month).clamp(1, months.max(1));
    let current = matrices
        .as_ref()
        .as_ref()
        .and_then(|m| m.get(shown_month as usize - 1).cloned());

    let canvas = use_node_ref();
    let tick = use_box_tick(&canvas);
    {
        let canvas = canvas.clone();
        let current = current.clone();
        use_effect_with(
            (current, l, projector, tick),
            move |(m, l, projector, _)| {
                if let (Some(c), Some(m)) = (canvas.cast::<HtmlCanvasElement>(), m) {
                    if let Err(e) = draw(&c, m, *l, *projector) {
                        gloo::console::error!(format!("value matrix: {e}"));
                    }
                }
            },
        );
    }

    let on_scenario = {
        let scenario_name = scenario_name.clone();
        let month = month.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let name = s.value();
            if let Some(sc) = crate::sim::Scenario::built_in(&name) {
                month.set(sc.months);
                scenario_name.set(name);
            }
        })
    };
    let on_month = {
        let month = month.clone();
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            if let Ok(m) = i.value().parse::<u32>() {
                month.set(m);
            }
        })
    };
    let size = scenario.as_ref().map_or(0, |s| s.market_size);
    let capped = settings.scenario == base.scenario && base.market_size > MAX_CUSTOMERS;
    let source = if from_explore && capped {
        l.tf(
            "vm.source_capped",
            &[
                ("n", &thousands(f64::from(size))),
                ("explore", &thousands(f64::from(base.market_size))),
            ],
        )
    } else if from_explore {
        l.tf("vm.source_explore", &[("n", &thousands(f64::from(size)))])
    } else {
        l.tf("vm.source_default", &[("n", &thousands(f64::from(size)))])
    };

    html! {
        <div class="tool value-tool" id="value-matrix">
            <h2>{ l.t("vm.title") }</h2>
            <p class="page-lead">{ l.t("vm.lead") }</p>
            <div class="vm-controls">
                <div class="field">
                    <label for="vm-scenario">{ l.t("market.scenario") }</label>
                    <select id="vm-scenario" onchange={on_scenario}>
                        { for BUILT_IN.iter().map(|n| html! {
                            <option value={*n} selected={settings.scenario == *n}>{ keys::scenario(n).map_or(*n, |(name, _)| l.t(name)) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="vm-month">{ l.tf("vm.month", &[("month", &shown_month.to_string())]) }</label>
                    <input type="range" id="vm-month" min="1" max={months.to_string()} step="1"
                        value={shown_month.to_string()} oninput={on_month}
                        aria-valuetext={l.tf("vm.month", &[("month", &shown_month.to_string())])} />
                </div>
                <p class="field-help" id="vm-source">
                    { source }{ " " }
                    <a href={Route::Explore.fragment()}>{ l.t("vm.change_levers") }</a>
                </p>
            </div>
            if let Some(m) = &current {
                <figure class="chart vm-chart" data-chart="value-matrix" aria-labelledby="vm-chart-title">
                    <figcaption><h3 id="vm-chart-title">{ l.tf("vm.chart", &[("month", &shown_month.to_string())]) }</h3></figcaption>
                    <canvas ref={canvas} id="vm-canvas" role="img" aria-label={l.t("vm.chart_alt")}></canvas>
                    <p class="chart-note">{ l.tf("vm.medians", &[
                        ("current", &thousands(m.current_median)),
                        ("potential", &thousands(m.potential_median)),
                    ]) }</p>
                </figure>
                <div class="vm-quadrants" id="vm-quadrants">
                    // High potential on top, high current value on the right,
                    // as on the chart.
                    { for [ValueQuadrant::Develop, ValueQuadrant::Invest, ValueQuadrant::Drop, ValueQuadrant::Maintain].into_iter().map(|q| {
                        let k = q.index();
                        html! {
                            <section class={classes!("vm-quadrant", q.name())} data-quadrant={q.name()}
                                aria-labelledby={format!("vm-{}-name", q.name())}>
                                <h3 id={format!("vm-{}-name", q.name())}>{ l.t(keys::value_quadrant(q).0) }</h3>
                                <p class="vm-where">{ l.t(keys::value_quadrant(q).1) }</p>
                                <p class="vm-count"><strong>{ thousands(f64::from(m.counts[k])) }</strong>{ " " }{ l.t("vm.customers") }
                                    { " · " }{ l.tf("vm.share_of_active", &[("share", &percent(m.shares()[k], 0))]) }</p>
                                <dl>
                                    <dt>{ l.t("vm.mean_current") }</dt>
                                    <dd>{ money_span(m.mean_current[k], l) }</dd>
                                    <dt>{ l.t("vm.mean_potential") }</dt>
                                    <dd>{ money_span(m.mean_potential[k], l) }</dd>
                                </dl>
                                <p class="vm-action"><strong>{ l.t("vm.action") }{ l.t("common.colon") }</strong>{ l.t(keys::value_quadrant(q).2) }</p>
                            </section>
                        }
                    }) }
                </div>
                <p class="field-help">{ l.t("vm.definitions") }</p>
            } else {
                <div class="notice" role="alert" id="notice"><span>{ l.t("vm.cannot_run") }</span></div>
            }
        </div>
    }
}
