//! The report of a run, made for printing to PDF from the browser (A4, see
//! the print styles): the brief, the student's name and notes, the decisions
//! round by round, the key figures, charts drawn at print resolution, the
//! score and the limits, and what happened in every round — in the chosen
//! language. The run is replayed to write it, and the report says whether
//! the saved numbers match the replay.

use std::rc::Rc;

use yew::prelude::*;

use super::figures::rounds_table;
use super::figures::{limits_view, round_report_view};
use super::home::rules_view;
use super::{chart_run, recall, words};
use crate::coursework::{Playthrough, Results, RoundReport, RunFile};
use crate::i18n::Lang;
use crate::sim::LeverId;
use crate::ui::charts::{render_image, ChartInput, ChartKind};
use crate::ui::controls::lever_slider::show;
use crate::ui::format::display_scale;
use crate::ui::format::{money, money_span};
use crate::ui::keys;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{CourseRoute, Route};

/// The levers of every round; the four care channels share one column, and
/// the loyalty programme's four levers another (the page is A4), in
/// `LeverId::CARE`'s and `LeverId::PROGRAMME`'s order.
fn decisions_table(l: Lang, p: &Playthrough) -> Html {
    let programme = |lever: LeverId| LeverId::PROGRAMME.contains(&lever);
    let columns = move || {
        LeverId::ALL.into_iter().filter(move |lever| {
            (!lever.is_care() || *lever == LeverId::CARE[0])
                && (!programme(*lever) || *lever == LeverId::PROGRAMME[0])
        })
    };
    let care_names = LeverId::CARE
        .map(|lever| words::lever_label(l, lever))
        .join(" / ");
    let programme_names = LeverId::PROGRAMME
        .map(|lever| words::lever_label(l, lever))
        .join(" / ");
    // Shares in percent, thresholds in yuan (a month's spend).
    let programme_units = LeverId::PROGRAMME
        .map(|lever| {
            if display_scale(lever) == 100.0 {
                "%"
            } else {
                l.t("unit.yuan")
            }
        })
        .join(" / ");
    let shown = |d: &crate::sim::Levers, group: &[LeverId]| {
        group
            .iter()
            .map(|&c| show(d.get(c) * display_scale(c)))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    html! {
        <div class="table-wrap">
            <table class="figures decisions-table">
                <thead><tr>
                    <th scope="col">{ l.t("course.col_round") }</th>
                    { for columns().map(|lever| if lever.is_care() {
                        html! {
                            <th scope="col">{ l.t("care.legend") }<br />
                                <span class="unit">{ l.with_unit(&care_names, l.t("care.per_customer_month")) }</span></th>
                        }
                    } else if programme(lever) {
                        html! {
                            <th scope="col">{ l.t("programme.legend") }<br />
                                <span class="unit">{ l.with_unit(&programme_names, &programme_units) }</span></th>
                        }
                    } else {
                        html! {
                            <th scope="col">{ words::lever_label(l, lever) }<br />
                                <span class="unit">{ l.t(keys::lever(lever).unit) }</span></th>
                        }
                    }) }
                    <th scope="col">{ l.t("targeting.label") }</th>
                </tr></thead>
                <tbody>
                    { for p.decisions().iter().enumerate().map(|(i, d)| {
                        html! {
                            <tr>
                                <th scope="row">{ (i + 1).to_string() }</th>
                                { for columns().map(|lever| if lever.is_care() {
                                    html! { <td class="group-cell">{ shown(d, &LeverId::CARE) }</td> }
                                } else if programme(lever) {
                                    // No programme: a dash, not its unused thresholds.
                                    let ran = crate::sim::programme::Programme::of(d).runs();
                                    html! { <td class="group-cell">{ if ran { shown(d, &LeverId::PROGRAMME) } else { "–".to_string() } }</td> }
                                } else {
                                    html! {
                                        <td>{ show(d.get(lever) * display_scale(lever)) }</td>
                                    }
                                }) }
                                <td>{ words::targeting_value(l, d.retention_targeting) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// A run replayed round by round, with each round's report.
struct Replayed {
    file: RunFile,
    play: Playthrough,
    reports: Vec<RoundReport>,
    matches: bool,
}

fn replay(id: &str) -> Result<Rc<Replayed>, &'static str> {
    let (_, file) = recall(id).map_err(|p| p.message_key())?;
    let mut play =
        Playthrough::new(&file.assignment, file.seed).map_err(|_| "course.msg_slot_damaged")?;
    let mut reports = Vec::new();
    for d in &file.decisions {
        reports.push(play.submit(d).map_err(|_| "course.msg_slot_damaged")?);
    }
    let matches = Results::of(&play) == file.results;
    Ok(Rc::new(Replayed {
        file,
        play,
        reports,
        matches,
    }))
}

/// Today's date as the reader writes it.
/// Written without a locale's order (11/30/2026 reads as a month first in
/// one country and as nonsense in another): 30 Nov 2026, 2026年11月30日.
fn today(lang: Lang) -> String {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    match lang {
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            format!("{day} {} {y}", MONTHS[(m as usize - 1).min(11)])
        }
        Lang::Zh => format!("{y}年{m}月{day}日"),
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub id: String,
}

/// The charts a report prints.
pub const REPORT_CHARTS: [ChartKind; 5] = [
    ChartKind::Stages,
    ChartKind::Satisfaction,
    ChartKind::Money,
    ChartKind::Clv,
    ChartKind::Care,
];

#[function_component(ReportView)]
pub fn report_view(p: &ReportViewProps) -> Html {
    let l = use_prefs().lang;
    let run = use_memo(p.id.clone(), |id| replay(id));
    let images = {
        let run = run.clone();
        use_memo(l, move |lang| match &*run {
            Ok(r) if !r.play.months().is_empty() => {
                let input = ChartInput {
                    run: chart_run(&r.play),
                    baseline: None,
                    month: r.play.months().len() as u32,
                    lang: *lang,
                    projector: false,
                    reveal_to_cursor: false,
                };
                REPORT_CHARTS
                    .iter()
                    .filter_map(|k| {
                        render_image(*k, &input, 760, 380, 2.5)
                            .ok()
                            .map(|u| (*k, u))
                    })
                    .collect()
            }
            _ => Vec::new(),
        })
    };
    let r = match &*run {
        Err(key) => {
            return html! {
                <div class="course-report">
                    <div class="notice" role="alert" id="notice"><span>{ l.t(key) }</span></div>
                    <p><a class="button" href={Route::Course(CourseRoute::Home).fragment()}>{ l.t("course.back_home") }</a></p>
                </div>
            }
        }
        Ok(r) => r.clone(),
    };
    let a = r.play.assignment();
    let results = Results::of(&r.play);
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = crate::ui::browser::window() {
            let _ = w.print();
        }
    });
    html! {
        <article class="report" id="report">
            <div class="report-tools no-print">
                <button class="primary" id="print" onclick={on_print}>{ l.t("course.print") }</button>
                if !r.play.finished() {
                    <a class="button" href={Route::Course(CourseRoute::Play(p.id.clone())).fragment()}>{ l.t("course.continue") }</a>
                }
                <a class="button" href={Route::Course(CourseRoute::Home).fragment()}>{ l.t("course.back_home") }</a>
                <p class="field-help">{ l.t("course.print.help") }</p>
            </div>
            <header class="report-head">
                <p class="report-kind">{ l.t("course.report_kind") }</p>
                <h2 id="report-title">{ a.title.get(l) }</h2>
                <p>{ l.tf("course.chapter", &[("chapter", a.chapter.get(l))]) }</p>
                <dl class="report-facts">
                    <dt>{ l.t("course.student") }</dt><dd id="report-student">{ r.file.student.clone() }</dd>
                    <dt>{ l.t("course.progress") }</dt>
                    <dd>{ l.tf("course.rounds_played", &[("played", &r.play.rounds_played().to_string()), ("rounds", &a.rounds.to_string())]) }
                        { " · " }{ super::home::rounds_text(l, a) }</dd>
                    <dt>{ l.t("course.score") }</dt>
                    <dd id="report-score"><strong>{ money_span(results.score, l) }</strong>
                        { l.with_unit("", &format!("{}{}{}", words::metric(l, a.scoring.metric), l.t("common.colon"), money(results.metric_value, l))) }</dd>
                    <dt>{ l.t("course.check") }</dt>
                    <dd id="report-check">{ if r.matches { l.t("course.report_matches") } else { l.t("course.report_differs") } }</dd>
                    <dt>{ l.t("course.made_with") }</dt>
                    <dd>{ format!("{} {} · {} · {}", l.t("app.title"), r.file.app_version, l.tf("course.seed", &[("seed", &r.file.seed.to_string())]), today(l)) }</dd>
                </dl>
            </header>
            <section class="report-section">
                <h3>{ l.t("course.brief") }</h3>
                { for a.brief.get(l).split('\n').map(|t| html! { <p>{ t }</p> }) }
                { rules_view(l, a) }
            </section>
            <section class="report-section">
                <h3>{ l.t("course.limits") }</h3>
                { limits_view(l, &results) }
            </section>
            <section class="report-section">
                <h3>{ l.t("course.decisions_table") }</h3>
                { decisions_table(l, &r.play) }
            </section>
            <section class="report-section">
                <h3>{ l.t("course.rounds_table") }</h3>
                { rounds_table(l, &results) }
            </section>
            if !images.is_empty() {
                <section class="report-section report-charts">
                    <h3>{ l.t("course.charts") }</h3>
                    { for images.iter().map(|(k, url)| {
                        let title = l.t(keys::chart(*k)).replace("{month}", &r.play.months().len().to_string());
                        html! {
                            <figure class="report-chart" data-chart={k.id()}>
                                <figcaption>{ title.clone() }</figcaption>
                                <img src={url.clone()} alt={title} />
                            </figure>
                        }
                    }) }
                </section>
            }
            <section class="report-section">
                <h3>{ l.t("course.round_by_round") }</h3>
                { for r.reports.iter().map(|rr| round_report_view(l, rr, &format!("report-round-{}", rr.round))) }
            </section>
            <section class="report-section">
                <h3>{ l.t("course.notes") }</h3>
                if r.file.notes.trim().is_empty() {
                    <p class="empty">{ l.t("course.no_notes") }</p>
                } else {
                    { for r.file.notes.split('\n').map(|t| html! { <p>{ t }</p> }) }
                }
            </section>
        </article>
    }
}
