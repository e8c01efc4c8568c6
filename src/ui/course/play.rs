//! Playing a run: the next round's levers with the round's projected cost,
//! a "what if" projection (clearly a projection: other luck, announced
//! events only), submitting (final), what happened in the round and why,
//! and the history so far — key figures, rounds, the Explore charts. The run
//! is saved after every round; the student's name and notes as they change.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::home::{message, notice_view, rules_view, Message};
use super::slots::{self, SlotMeta, SlotProblem};
use super::{chart_run, keep, keep_meta, recall, words};
use crate::coursework::{Kpi, Playthrough, Projection, Results, RoundReport, RunFile};
use crate::i18n::Lang;
use crate::sim::validation::{fmt_num, shorten};
use crate::sim::{LeverId, Levers, MonthReport, RetentionTargeting};
use crate::ui::charts::{Chart, ChartInput, ChartKind};
use crate::ui::controls::lever_slider::show;
use crate::ui::controls::LeverSlider;
use crate::ui::download::{file_stem, save_json, save_png};
use crate::ui::format::money;
use crate::ui::format::{display_scale, read_lever_text, TypedLever};
use crate::ui::keys;
use crate::ui::kpis::KpiPanel;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{CourseRoute, Route};

/// A run being played.
#[derive(Clone)]
struct Game {
    meta: SlotMeta,
    play: Rc<Playthrough>,
    student: String,
    notes: String,
    draft: Levers,
    /// What happened in the last round played.
    report: Option<RoundReport>,
    /// Whether the saved results equal their replay.
    matches_replay: bool,
    /// The "what if" projection on show.
    preview: Option<Rc<Projection>>,
}

/// Opens a saved run: replays it, and the last round again for its report.
/// A damaged run is set aside (see `slots::set_aside_damaged`).
fn load(id: &str) -> Result<Game, SlotProblem> {
    open_game(id).inspect_err(|p| {
        if *p == SlotProblem::Damaged {
            super::slots::set_aside_damaged(id);
        }
    })
}

fn open_game(id: &str) -> Result<Game, SlotProblem> {
    let (meta, file) = recall(id)?;
    let n = file.decisions.len();
    let mut play = Playthrough::replay(
        &file.assignment,
        file.seed,
        &file.decisions[..n.saturating_sub(1)],
    )
    .map_err(|_| SlotProblem::Damaged)?;
    let report = match file.decisions.last() {
        Some(last) => Some(play.submit(last).map_err(|_| SlotProblem::Damaged)?),
        None => None,
    };
    let matches_replay = Results::of(&play) == file.results;
    let draft = meta.draft.unwrap_or_else(|| play.levers_in_force());
    Ok(Game {
        meta,
        student: file.student,
        notes: file.notes,
        draft,
        report,
        matches_replay,
        preview: None,
        play: Rc::new(play),
    })
}

/// Saves the whole run (after a round, or a new name or notes).
fn save_game(g: &mut Game) -> Option<Message> {
    let file = RunFile::of(&g.play, &g.student, &g.notes);
    g.meta.rounds_played = file.results.rounds_played;
    g.meta.score = file.results.score;
    g.meta.saved_ms = slots::now_ms();
    g.meta.draft = Some(g.draft);
    keep(&g.meta, &file).err().and_then(|p| {
        message(move |l| l.tf("course.msg_not_saved", &[("reason", l.t(p.reason_key()))]))
    })
}

#[derive(Properties, PartialEq)]
pub struct PlayViewProps {
    pub id: String,
}

#[function_component(PlayView)]
pub fn play_view(p: &PlayViewProps) -> Html {
    let prefs = use_prefs();
    let l = prefs.lang;
    let game = use_state(|| load(&p.id));
    let notice = use_state(|| None::<Message>);
    // A round whose run could not be saved: said next to the submit button
    // (and the finished run's report link), where the student is looking.
    let unsaved = use_state(|| None::<Message>);
    let month = use_state(|| None::<u32>);

    let g = match &*game {
        Err(problem) => {
            let key = problem.message_key();
            return html! {
                <div class="course-play">
                    <div class="notice" role="alert" id="notice"><span>{ l.t(key) }</span></div>
                    <p><a class="button" href={Route::Course(CourseRoute::Home).fragment()}>{ l.t("course.back_home") }</a></p>
                </div>
            };
        }
        Ok(g) => g.clone(),
    };
    let a = g.play.assignment().clone();
    let results = Results::of(&g.play);
    let next = g.play.next_round();
    // The round's projected cost, as the levers move (the projection's
    // spending; its other figures are shown only on "what if").
    let projection = {
        let play = g.play.clone();
        use_memo(
            (g.draft, g.play.rounds_played(), p.id.clone()),
            move |(draft, ..)| play.project(draft).ok().map(Rc::new),
        )
    };

    let update = {
        let game = game.clone();
        move |change: &dyn Fn(&mut Game)| {
            if let Ok(g) = &*game {
                let mut g = g.clone();
                change(&mut g);
                game.set(Ok(g));
            }
        }
    };
    let set_draft = {
        let (update, notice) = (update.clone(), notice.clone());
        move |levers: Levers| {
            let notice = notice.clone();
            update(&move |g: &mut Game| {
                g.draft = levers;
                g.preview = None;
                g.meta.draft = Some(levers);
                if let Err(p) = keep_meta(&g.meta) {
                    notice.set(message(move |l| l.t(p.message_key()).to_string()));
                }
            })
        }
    };
    let on_lever = {
        let (set_draft, draft) = (set_draft.clone(), g.draft);
        Callback::from(move |(lever, v): (LeverId, f64)| {
            let spec = lever.spec();
            let mut levers = draft;
            levers.set(lever, v.clamp(spec.min, spec.max));
            set_draft(levers);
        })
    };
    let on_lever_text = {
        let (set_draft, draft, notice) = (set_draft.clone(), g.draft, notice.clone());
        Callback::from(move |(lever, text): (LeverId, String)| {
            let (spec, scale) = (lever.spec(), display_scale(lever));
            let kept = show(draft.get(lever) * scale);
            let typed = shorten(text.trim());
            let (key, percent) = match read_lever_text(lever, &text) {
                TypedLever::Value(v) => {
                    let mut levers = draft;
                    levers.set(lever, v);
                    set_draft(levers);
                    return;
                }
                TypedLever::ShareInPercent(p) => ("msg_did_you_mean_percent", fmt_num(p)),
                TypedLever::OutOfRange(_) => ("msg_invalid_value", String::new()),
                TypedLever::NotANumber => ("msg_not_a_number", String::new()),
            };
            notice.set(message(move |l| {
                l.tf(
                    key,
                    &[
                        ("name", &words::lever_label(l, lever)),
                        ("value", &typed),
                        ("percent", &percent),
                        ("min", &fmt_num(spec.min * scale)),
                        ("max", &fmt_num(spec.max * scale)),
                        ("kept", &kept),
                    ],
                )
            }));
        })
    };
    let on_reset = {
        let (set_draft, draft, start) = (set_draft.clone(), g.draft, g.play.levers_in_force());
        Callback::from(move |lever: LeverId| {
            let mut levers = draft;
            levers.set(lever, start.get(lever));
            set_draft(levers);
        })
    };
    let on_targeting = {
        let (set_draft, draft) = (set_draft.clone(), g.draft);
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let mut levers = draft;
            levers.retention_targeting =
                RetentionTargeting::from_name(&s.value()).unwrap_or_default();
            set_draft(levers);
        })
    };
    let previews_left = a.previews_per_round.saturating_sub(
        if g.meta.preview_round == g.play.rounds_played() + 1 {
            g.meta.previews_used
        } else {
            0
        },
    );
    let on_what_if = {
        let (update, projection, notice) = (update.clone(), projection.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(pr) = (*projection).clone() else {
                return;
            };
            let notice = notice.clone();
            update(&move |g: &mut Game| {
                let round = g.play.rounds_played() + 1;
                if g.meta.preview_round != round {
                    g.meta.preview_round = round;
                    g.meta.previews_used = 0;
                }
                g.meta.previews_used += 1;
                g.preview = Some(pr.clone());
                if let Err(p) = keep_meta(&g.meta) {
                    notice.set(message(move |l| l.t(p.message_key()).to_string()));
                }
            })
        })
    };
    let on_submit = {
        let (game, notice, month) = (game.clone(), unsaved.clone(), month.clone());
        Callback::from(move |_: MouseEvent| {
            let Ok(g) = &*game else { return };
            let mut g = g.clone();
            let mut play = (*g.play).clone();
            match play.submit(&g.draft) {
                Ok(report) => {
                    g.play = Rc::new(play);
                    g.report = Some(report);
                    g.preview = None;
                    g.matches_replay = true;
                    notice.set(save_game(&mut g));
                    month.set(None);
                    game.set(Ok(g));
                }
                Err(e) => {
                    let text = e.to_string();
                    notice.set(message(move |_| text.clone()));
                }
            }
        })
    };
    let on_student = {
        let (update, notice) = (update.clone(), notice.clone());
        Callback::from(move |e: Event| {
            let i: HtmlInputElement = e.target_unchecked_into();
            let notice = notice.clone();
            update(&move |g: &mut Game| {
                g.student = super::slots::bounded(
                    &crate::coursework::run_file::plain_text(i.value().trim()),
                    super::slots::NAME_LIMIT,
                );
                notice.set(save_game(g));
            })
        })
    };
    let on_notes = {
        let (update, notice) = (update.clone(), notice.clone());
        Callback::from(move |e: Event| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            let notice = notice.clone();
            update(&move |g: &mut Game| {
                g.notes = t.value();
                notice.set(save_game(g));
            })
        })
    };
    let on_export = {
        let g = g.clone();
        Callback::from(move |_: MouseEvent| {
            let file = RunFile::of(&g.play, &g.student, &g.notes);
            let name = format!(
                "crm-lab-run-{}-{}.json",
                file.assignment.id,
                file_stem(&g.student)
            );
            if let Err(e) = save_json(&name, &file.to_json()) {
                gloo::console::error!(e);
            }
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };

    let played = g.play.months().len() as u32;
    let head = html! {
        <section class="play-head" aria-labelledby="play-title">
            <h2 id="play-title">{ a.title.get(l) }</h2>
            <p class="meta" id="round-status">{ match next {
                Some(r) => {
                    let (first, last) = a.round_span(r);
                    l.tf(if first == last { "course.round_of_one" } else { "course.round_of" }, &[
                        ("round", &r.to_string()), ("rounds", &a.rounds.to_string()),
                        ("first", &first.to_string()), ("last", &last.to_string()),
                    ])
                }
                None => l.tf("course.all_played", &[("rounds", &a.rounds.to_string())]),
            } }</p>
            <p class="score" id="score">
                { l.t("course.score") }{ l.t("colon") }
                <strong>{ money(results.score, l) }</strong>
                <span class="field-help">{ " " }{ words::score_rule(l, a.scoring.metric, a.scoring.penalty) }</span>
            </p>
            { limits_view(l, &results) }
            if !g.matches_replay {
                <p class="notice" role="status">{ l.t("course.msg_saved_differs") }</p>
            }
        </section>
    };

    let controls = match next {
        None => html! {
            <div class="finished" id="finished">
                <p>{ l.tf("course.finished", &[("score", &money(results.score, l))]) }</p>
                if let Some(m) = &*unsaved {
                    <p class="save-warning" id="save-warning" role="alert">{ m(l) }</p>
                }
                <a class="button primary" id="open-report" href={Route::Course(CourseRoute::Report(p.id.clone())).fragment()}>{ l.t("course.open_report") }</a>
            </div>
        },
        Some(r) => {
            let (first, last) = a.round_span(r);
            let announced: Vec<String> = a
                .events
                .iter()
                .filter(|e| e.announced && e.month >= first)
                .map(|e| words::event(l, e))
                .collect();
            html! {
                <>
                    <details class="brief-box">
                        <summary>{ l.t("course.brief") }</summary>
                        <div class="brief">{ for a.brief.get(l).split('\n').map(|t| html! { <p>{ t }</p> }) }</div>
                        { rules_view(l, &a) }
                    </details>
                    if !announced.is_empty() {
                        <div class="announced">
                            <h3>{ l.t("course.announced_events") }</h3>
                            <ul>{ for announced.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                        </div>
                    }
                    <h2 id="controls-heading">{ l.tf(if first == last { "course.decisions_for_one" } else { "course.decisions_for" }, &[("round", &r.to_string()), ("first", &first.to_string()), ("last", &last.to_string())]) }</h2>
                    { for LeverId::ALL.into_iter().map(|lever| html! {
                        <LeverSlider lever={lever} value={g.draft.get(lever)} lang={l}
                            on_change={on_lever.clone()} on_text={on_lever_text.clone()} on_reset={on_reset.clone()} />
                    }) }
                    <div class="field">
                        <label for="targeting">{ l.t("targeting") }</label>
                        <select id="targeting" onchange={on_targeting} aria-describedby="targeting-help">
                            { for RetentionTargeting::ALL.into_iter().map(|t| html! {
                                <option value={t.name()} selected={g.draft.retention_targeting == t}>
                                    { l.t(keys::targeting(t)) }
                                </option>
                            }) }
                        </select>
                        <div class="field-help" id="targeting-help">{ l.t("targeting_help") }</div>
                    </div>
                    { cost_view(l, &a, &results, (*projection).as_deref()) }
                    <div class="round-buttons">
                        if a.previews_per_round > 0 {
                            <button id="what-if" onclick={on_what_if} disabled={previews_left == 0 || projection.is_none()}>
                                { l.tf("course.what_if", &[("left", &previews_left.to_string())]) }
                            </button>
                        }
                        <button id="submit-round" class="primary" onclick={on_submit}>
                            { l.tf("course.submit", &[("round", &r.to_string())]) }
                        </button>
                        if let Some(m) = &*unsaved {
                            <p class="save-warning" id="save-warning" role="alert">{ m(l) }</p>
                        }
                    </div>
                    <p class="field-help">{ l.t("course.submit_help") }</p>
                </>
            }
        }
    };

    let history = if played == 0 {
        html! { <p class="empty">{ l.t("course.no_rounds_yet") }</p> }
    } else {
        let shown_month = month.unwrap_or(played).clamp(1, played);
        let last = g.play.months()[shown_month as usize - 1].clone();
        let prev_round_end = g
            .play
            .rounds_played()
            .checked_sub(1)
            .filter(|r| *r > 0)
            .and_then(|r| g.play.round_end(r))
            .filter(|_| shown_month == played)
            .cloned();
        let input = Rc::new(ChartInput {
            run: chart_run(&g.play),
            baseline: None,
            month: shown_month,
            lang: l,
            projector: prefs.projector,
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
                    <h2 id="kpis-heading">{ l.tf("kpis_heading", &[("month", &shown_month.to_string())]) }</h2>
                    <KpiPanel lang={l} month={last} baseline={prev_round_end}
                        delta_label={AttrValue::from(l.t("course.vs_last_round"))} />
                </section>
                <section aria-labelledby="rounds-heading">
                    <h2 id="rounds-heading">{ l.t("course.rounds_table") }</h2>
                    { super::figures::rounds_table(l, &results) }
                </section>
                <section class="charts">
                    { for [ChartKind::Stages, ChartKind::Satisfaction, ChartKind::Money, ChartKind::Clv, ChartKind::Rates, ChartKind::Matrix, ChartKind::Pyramid]
                        .iter().map(|k| html! {
                            <Chart kind={*k} input={input.clone()} on_month={on_month.clone()} on_download={on_png.clone()} />
                        }) }
                </section>
            </>
        }
    };

    html! {
        <div class="course-play">
            { head }
            { notice_view(l, &notice, on_dismiss) }
            <div class="layout">
                <aside class="controls" aria-labelledby="controls-heading">
                    { controls }
                    <h2>{ l.t("course.your_run") }</h2>
                    <div class="field">
                        <label for="student">{ l.t("course.student") }</label>
                        <input type="text" id="student" value={g.student.clone()} onchange={on_student} maxlength="80" />
                    </div>
                    <div class="field">
                        <label for="notes">{ l.t("course.notes") }</label>
                        <textarea id="notes" rows="5" onchange={on_notes} value={g.notes.clone()}
                            aria-describedby="notes-help" maxlength="20000"></textarea>
                        <div class="field-help" id="notes-help">{ l.t("course.notes_help") }</div>
                    </div>
                    <div class="run-buttons">
                        <button id="export-run" onclick={on_export}>{ l.t("course.export_run") }</button>
                        <a class="button" id="report-link" href={Route::Course(CourseRoute::Report(p.id.clone())).fragment()}>{ l.t("course.report") }</a>
                        <a class="button" href={Route::Course(CourseRoute::Home).fragment()}>{ l.t("course.back_home") }</a>
                    </div>
                </aside>
                <main class="content">
                    if let Some(pr) = &g.preview {
                        { projection_view(l, pr, g.play.months().last()) }
                    }
                    if let Some(r) = &g.report {
                        { round_report_view(l, r, "round-report") }
                    }
                    { history }
                </main>
            </div>
        </div>
    }
}

/// The limits, each with its status.
pub fn limits_view(l: Lang, r: &Results) -> Html {
    if r.limits.is_empty() {
        return html! { <p class="field-help">{ l.t("course.no_limits") }</p> };
    }
    html! {
        <ul class="limits">
            { for r.limits.iter().map(|c| {
                let (name, rule, actual, status) = words::limit(l, c);
                let class = format!("limit {}", match c.status {
                    crate::coursework::Status::Met => "good",
                    crate::coursework::Status::Broken => "bad",
                    crate::coursework::Status::Pending => "pending",
                });
                html! {
                    <li class={class} data-limit={c.limit.name()}>
                        <strong>{ name }</strong>{ l.t("colon") }{ rule }
                        { " · " }{ l.t("course.so_far") }{ " " }{ actual }{ " · " }<strong>{ status }</strong>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The round's projected spending, and the total against a spend cap.
fn cost_view(
    l: Lang,
    a: &crate::coursework::Assignment,
    r: &Results,
    pr: Option<&Projection>,
) -> Html {
    let Some(pr) = pr else { return html! {} };
    let after = r.total_spend + pr.spend;
    html! {
        <div class="projected-cost" id="projected-cost" aria-live="polite">
            <p>{ l.t("course.projected_cost") }{ l.t("colon") }
                <strong>{ money(pr.spend, l) }</strong></p>
            if let Some(cap) = a.constraints.spend_cap {
                <p class={classes!(if after > cap { "bad" } else { "" })}>
                    { l.tf("course.spend_after", &[
                        ("after", &money(after, l)), ("cap", &money(cap, l)),
                    ]) }
                </p>
            }
            <p class="field-help">{ l.t("course.projected_cost_help") }</p>
        </div>
    }
}

/// A "what if" projection, marked as one, against the last month played.
fn projection_view(l: Lang, pr: &Projection, now: Option<&MonthReport>) -> Html {
    let end = pr.last();
    let profit: f64 = pr.months.iter().map(|m| m.profit).sum();
    let rows = [
        Kpi::Satisfaction,
        Kpi::AnnualRetention,
        Kpi::ActiveCustomers,
        Kpi::CustomerEquity,
    ]
    .iter()
    .map(|&k| {
        let now_text = now.map_or_else(|| "—".to_string(), |m| words::kpi_value(l, k, k.value(m)));
        html! {
            <tr><th scope="row">{ words::kpi_label(l, k) }</th><td>{ now_text }</td><td>{ words::kpi_value(l, k, k.value(end)) }</td></tr>
        }
    });
    html! {
        <section class="projection" id="projection" aria-labelledby="projection-heading">
            <h2 id="projection-heading">{ l.tf("course.projection_heading", &[("round", &pr.round.to_string())]) }</h2>
            <p class="projection-note">{ l.t("course.projection_note") }</p>
            <table class="figures">
                <thead><tr><th></th><th scope="col">{ l.t("course.now") }</th><th scope="col">{ l.t("course.projected") }</th></tr></thead>
                <tbody>
                    { for rows }
                    <tr><th scope="row">{ l.t("course.profit_in_round") }</th><td>{ "—" }</td>
                        <td>{ money(profit, l) }</td></tr>
                </tbody>
            </table>
        </section>
    }
}

/// What happened in a round: events, the student's changes, and the key
/// figures that moved most with what caused them.
pub fn round_report_view(l: Lang, r: &RoundReport, id: &str) -> Html {
    let headlines: Vec<_> = r.headlines().collect();
    html! {
        <section class="round-report" id={id.to_string()} aria-labelledby={format!("{id}-heading")}>
            <h2 id={format!("{id}-heading")}>{ l.tf(if r.first_month == r.last_month { "course.round_report_one" } else { "course.round_report" }, &[
                ("round", &r.round.to_string()), ("first", &r.first_month.to_string()), ("last", &r.last_month.to_string()),
            ]) }</h2>
            <h3>{ l.t("course.market") }</h3>
            if r.events.is_empty() {
                <p>{ l.t("course.no_events") }</p>
            } else {
                <ul>{ for r.events.iter().map(|e| html! { <li class="event">{ words::event(l, e) }</li> }) }</ul>
            }
            <h3>{ l.t("course.your_changes") }</h3>
            if r.lever_changes.is_empty() {
                <p>{ l.t("course.no_changes") }</p>
            } else {
                <ul>{ for r.lever_changes.iter().map(|c| html! { <li>{ words::lever_change(l, c) }</li> }) }</ul>
            }
            <h3>{ l.t("course.what_moved") }</h3>
            if r.moves.iter().all(|m| m.before.is_none() && m.by_decisions.is_none()) {
                <p>{ l.t("course.first_round") }</p>
                <ul class="summary">
                    { for r.moves.iter().filter(|m| matches!(m.kpi, Kpi::Satisfaction | Kpi::AnnualRetention | Kpi::ActiveCustomers | Kpi::CustomerEquity)).map(|m| html! {
                        <li data-kpi={m.kpi.name()}>{ words::kpi_move(l, m).join(" ") }</li>
                    }) }
                </ul>
            } else if headlines.is_empty() {
                <p>{ l.t("course.quiet") }</p>
            } else {
                <ul class="summary">
                    { for headlines.iter().map(|m| html! {
                        <li data-kpi={m.kpi.name()}>{ words::kpi_move(l, m).join(" ") }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
