//! Playing a run: the next round's levers with the round's projected cost,
//! a "what if" projection (clearly a projection: other luck, announced
//! events only), submitting (final), what happened in the round and why,
//! and the history so far — key figures, rounds, the Explore charts. The run
//! is saved after every round; the student's name and notes as they change.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::figures::round_report_view;
use super::home::{message, notice_view, Message};
use super::round_controls::{projection_view, RoundControls};
use super::run_history::RunHistory;
use super::slots::{self, SlotMeta, SlotProblem};
use super::{keep, keep_meta, recall, words, Shared};
use crate::coursework::{Playthrough, Projection, Results, RoundReport, RunFile};
use crate::sim::validation::{fmt_num, shorten};
use crate::sim::{LeverId, Levers, RetentionTargeting};
use crate::ui::controls::lever_slider::show;
use crate::ui::download::{file_stem, save_json};
use crate::ui::format::money;
use crate::ui::format::{display_scale, read_lever_text, TypedLever};
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
        Callback::from(move |t: RetentionTargeting| {
            let mut levers = draft;
            levers.retention_targeting = t;
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
        Callback::from(move |_: ()| {
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
        let (game, notice) = (game.clone(), unsaved.clone());
        Callback::from(move |_: ()| {
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
            { super::figures::limits_view(l, &results) }
            if !g.matches_replay {
                <p class="notice" role="status">{ l.t("course.msg_saved_differs") }</p>
            }
        </section>
    };

    html! {
        <div class="course-play">
            { head }
            { notice_view(l, &notice, on_dismiss) }
            <div class="layout">
                <aside class="controls" aria-labelledby="controls-heading">
                    <RoundControls lang={l} id={p.id.clone()} assignment={Rc::new(a.clone())}
                        results={results.clone()} round={next} draft={g.draft} projection={(*projection).clone()}
                        previews_left={previews_left} unsaved={unsaved.as_ref().map(|m| AttrValue::from(m(l)))}
                        on_lever={on_lever} on_lever_text={on_lever_text} on_reset={on_reset}
                        on_targeting={on_targeting} on_what_if={on_what_if} on_submit={on_submit} />
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
                    <RunHistory key={g.play.rounds_played()} lang={l} projector={prefs.projector}
                        play={Shared(g.play.clone())} />
                </main>
            </div>
        </div>
    }
}
