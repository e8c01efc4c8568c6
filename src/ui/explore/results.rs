//! The results of the run on screen: the month bar, the KPI strip, the lead
//! chart (the lesson's chart in a lesson, otherwise the customers by stage),
//! the KPI cards, the other charts and the downloads.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::export::ExportButtons;
use super::month_bar::MonthBar;
use super::state::{dispatch_some, Action};
use super::warning_list::WarningList;
use crate::i18n::Lang;
use crate::ui::charts::{Chart, ChartInput, ChartKind};
use crate::ui::download;
use crate::ui::kpis::{KpiPanel, KpiStrip};
use crate::ui::run::ExploreRun;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub projector: bool,
    pub run: Rc<ExploreRun>,
    /// The pinned baseline's run.
    pub baseline: Option<Rc<ExploreRun>>,
    /// The month asked for (shown within the run's months).
    pub month: u32,
    pub playing: bool,
    pub speed: u32,
    /// The chart a lesson's step is about: shown first, marked.
    pub highlight: Option<ChartKind>,
    /// A lesson: the charts are drawn only up to the month on screen.
    #[prop_or_default]
    pub reveal_to_cursor: bool,
    /// A lesson's guide: shown beside the month bar and the step's chart.
    #[prop_or_default]
    pub guide: Option<Html>,
    /// In a lesson, the page's controls, shown after the guide and chart.
    #[prop_or_default]
    pub controls: Option<Html>,
    pub on_action: Callback<Action>,
    pub on_pin: Callback<()>,
}

#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    let l = p.lang;
    let months = p.run.run.months.len() as u32;
    let month = p.month.clamp(1, months.max(1));
    let input = Rc::new(ChartInput {
        run: p.run.clone(),
        baseline: p.baseline.clone(),
        month,
        lang: l,
        projector: p.projector,
        reveal_to_cursor: p.reveal_to_cursor,
    });
    let report = p.run.month(month).clone();
    let base_report = p.baseline.as_ref().map(|b| b.month(month).clone());
    // Pressing or dragging on a chart picks its month (hovering only shows
    // it), except during playback.
    let on_chart_month = {
        let (shown, playing) = (p.month, p.playing);
        dispatch_some(&p.on_action, move |m: u32| {
            (m != shown && !playing).then_some(Action::SetMonth(m))
        })
    };
    let on_png = Callback::from(move |(kind, canvas): (ChartKind, HtmlCanvasElement)| {
        let name = format!("crm-lab-{}-month-{month}.png", kind.id());
        if let Err(e) = download::save_png(&name, &canvas) {
            gloo::console::error!(e);
        }
    });
    let lead = p.highlight.unwrap_or(ChartKind::Stages);
    let month_bar = html! {
        <MonthBar lang={l} month={month} months={months} playing={p.playing} speed={p.speed}
            pinned={p.baseline.is_some()} on_action={p.on_action.clone()} on_pin={p.on_pin.clone()} />
    };
    // The first screen holds the levers, the strip and one whole chart; in
    // a lesson, the guide's step beside the month bar and the step's chart.
    let lead_chart = html! {
        <section class={classes!("charts", "lead-chart", p.highlight.is_some().then_some("lesson-chart"))}>
            <Chart key={lead.id()} kind={lead} input={input.clone()} on_month={on_chart_month.clone()}
                on_download={on_png.clone()} highlight={p.highlight.is_some()} />
        </section>
    };
    html! {
        <>
            if let Some(guide) = p.guide.clone() {
                <div class="lesson-stage">
                    { guide }
                    <div class="lesson-figure">
                        { month_bar }
                        { lead_chart }
                    </div>
                </div>
                { for p.controls.clone() }
                <KpiStrip lang={l} month={report.clone()} baseline={base_report.clone()} />
            } else {
                { month_bar }
                <KpiStrip lang={l} month={report.clone()} baseline={base_report.clone()} />
                { lead_chart }
            }
            <section aria-labelledby="kpis-heading">
                <h2 id="kpis-heading">{ l.tf("kpi.heading", &[("month", &month.to_string())]) }</h2>
                <KpiPanel lang={l} month={report} baseline={base_report} />
            </section>
            <section class="charts">
                { for ChartKind::ALL.into_iter().filter(|k| *k != lead).map(|k| html! {
                    <Chart key={k.id()} kind={k} input={input.clone()} on_month={on_chart_month.clone()} on_download={on_png.clone()} />
                }) }
            </section>
            if !p.run.extras.is_empty() {
                <WarningList lang={l} run={p.run.clone()} month={month} />
            }
            <ExportButtons lang={l} run={p.run.clone()} />
        </>
    }
}
