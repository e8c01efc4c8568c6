//! The run so far: the key figures of a month (against the end of the
//! round before), the table of rounds and the Explore charts; pressing on a
//! chart picks the month.

use std::rc::Rc;

use yew::prelude::*;

use super::{chart_run, Shared};
use crate::coursework::{Playthrough, Results};
use crate::i18n::Lang;
use crate::ui::charts::{Chart, ChartInput, ChartKind};
use crate::ui::download::save_png;
use crate::ui::kpis::KpiPanel;

#[derive(Properties, PartialEq)]
pub struct RunHistoryProps {
    pub lang: Lang,
    pub projector: bool,
    pub play: Shared<Playthrough>,
    /// The run's results, as the page above them has them.
    pub results: Results,
}

#[function_component(RunHistory)]
pub fn run_history(p: &RunHistoryProps) -> Html {
    let l = p.lang;
    // The month on show: the last one played until a chart is pressed.
    let month = use_state(|| None::<u32>);
    let play = &p.play.0;
    let played = play.months().len() as u32;
    if played == 0 {
        return html! { <p class="empty">{ l.t("course.no_rounds_yet") }</p> };
    }
    let shown_month = month.unwrap_or(played).clamp(1, played);
    let last = play.months()[shown_month as usize - 1].clone();
    let prev_round_end = play
        .rounds_played()
        .checked_sub(1)
        .filter(|r| *r > 0)
        .and_then(|r| play.round_end(r))
        .filter(|_| shown_month == played)
        .cloned();
    let input = Rc::new(ChartInput {
        run: chart_run(play),
        baseline: None,
        month: shown_month,
        lang: l,
        projector: p.projector,
        reveal_to_cursor: false,
    });
    let on_month = {
        let month = month.clone();
        Callback::from(move |m: u32| month.set(Some(m)))
    };
    let on_png = Callback::from(
        move |(kind, canvas): (ChartKind, web_sys::HtmlCanvasElement)| {
            let name = format!("crm-lab-course-{}-month-{shown_month}.png", kind.id());
            if let Err(e) = save_png(&name, &canvas) {
                gloo::console::error!(e);
            }
        },
    );
    html! {
        <>
            <section aria-labelledby="kpis-heading">
                <h2 id="kpis-heading">{ l.tf("kpi.heading", &[("month", &shown_month.to_string())]) }</h2>
                <KpiPanel lang={l} month={last} baseline={prev_round_end}
                    delta_label={AttrValue::from(l.t("course.vs_last_round"))} />
            </section>
            <section aria-labelledby="rounds-heading">
                <h2 id="rounds-heading">{ l.t("course.rounds_table") }</h2>
                { super::figures::rounds_table(l, &p.results) }
            </section>
            <section class="charts">
                { for [ChartKind::Stages, ChartKind::Satisfaction, ChartKind::Money, ChartKind::Clv, ChartKind::Rates, ChartKind::Care, ChartKind::Matrix, ChartKind::Pyramid]
                    .iter().map(|k| html! {
                        <Chart kind={*k} input={input.clone()} on_month={on_month.clone()} on_download={on_png.clone()} />
                    }) }
            </section>
        </>
    }
}
