//! Playing a run: the next round's levers with the round's projected cost,
//! a "what if" projection (clearly a projection: other luck, announced
//! events only), submitting (final), what happened in the round and why,
//! and the history so far — key figures, rounds, the Explore charts. The run
//! is saved after every round; the student's name and notes as they change.

use std::rc::Rc;

use yew::prelude::*;

use super::figures::round_report_view;
use super::home::notice_view;
use super::play_head::PlayHead;
use super::round_controls::{projection_view, RoundControls};
use super::run_history::RunHistory;
use super::slots::{self, SlotMeta, SlotProblem};
use super::your_run::YourRun;
use super::{keep, keep_meta, recall, Shared};
use crate::coursework::{PlayError, Playthrough, Projection, Results, RoundReport, RunFile};
use crate::sim::Levers;
use crate::ui::controls::DraftHandlers;
use crate::ui::download::{file_stem, save_json};
use crate::ui::messages::Notice;
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
fn save_game(g: &mut Game) -> Option<Notice> {
    let file = RunFile::of(&g.play, &g.student, &g.notes);
    g.meta.rounds_played = file.results.rounds_played;
    g.meta.score = file.results.score;
    g.meta.saved_ms = slots::now_ms();
    g.meta.draft = Some(g.draft);
    keep(&g.meta, &file)
        .err()
        .map(|p| Notice::with_key("course.msg_not_saved", "reason", p.reason_key()))
}

/// The run on screen and the notice line, for the handlers that change it.
#[derive(Clone)]
struct Games {
    game: UseStateHandle<Result<Game, SlotProblem>>,
    notice: UseStateHandle<Option<Notice>>,
}

impl Games {
    /// Changes the run on screen (nothing when it could not be opened).
    fn update(&self, change: impl FnOnce(&mut Game)) {
        if let Ok(g) = &*self.game {
            let mut g = g.clone();
            change(&mut g);
            self.game.set(Ok(g));
        }
    }

    /// Keeps the run's index entry (its draft, its previews), telling a
    /// storage problem.
    fn keep_meta(&self, g: &Game) {
        if let Err(p) = keep_meta(&g.meta) {
            self.notice.set(Some(Notice::new(p.message_key())));
        }
    }

    /// Saves the whole run, telling a storage problem.
    fn save(&self, g: &mut Game) {
        self.notice.set(save_game(g));
    }
}

/// Downloads the run file as it stands.
fn export_run(g: &Game) {
    let file = RunFile::of(&g.play, &g.student, &g.notes);
    let name = format!(
        "crm-lab-run-{}-{}.json",
        file.assignment.id,
        file_stem(&g.student)
    );
    if let Err(e) = save_json(&name, &file.to_json()) {
        gloo::console::error!(e);
    }
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
    let notice = use_state(|| None::<Notice>);
    // A round whose run could not be saved: said next to the submit button
    // (and the finished run's report link), where the student is looking.
    let unsaved = use_state(|| None::<Notice>);

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

    let games = Games {
        game: game.clone(),
        notice: notice.clone(),
    };
    let set_draft = {
        let games = games.clone();
        Callback::from(move |levers: Levers| {
            games.update(|g| {
                g.draft = levers;
                g.preview = None;
                g.meta.draft = Some(levers);
                games.keep_meta(g);
            })
        })
    };
    let levers = DraftHandlers::new(g.draft, g.play.levers_in_force(), &set_draft, &notice);
    let previews_left = a.previews_per_round.saturating_sub(
        if g.meta.preview_round == g.play.rounds_played() + 1 {
            g.meta.previews_used
        } else {
            0
        },
    );
    let on_what_if = {
        let (games, projection) = (games.clone(), projection.clone());
        Callback::from(move |_: ()| {
            let Some(pr) = (*projection).clone() else {
                return;
            };
            games.update(|g| {
                let round = g.play.rounds_played() + 1;
                if g.meta.preview_round != round {
                    g.meta.preview_round = round;
                    g.meta.previews_used = 0;
                }
                g.meta.previews_used += 1;
                g.preview = Some(pr);
                games.keep_meta(g);
            })
        })
    };
    let on_submit = {
        let (game, notice, told) = (game.clone(), unsaved.clone(), notice.clone());
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
                    // What was said about the round's levers is done with.
                    told.set(None);
                    notice.set(save_game(&mut g));
                    game.set(Ok(g));
                }
                Err(PlayError::Invalid(e)) => notice.set(Some(Notice::problem(e))),
                Err(PlayError::Finished) => {
                    notice.set(Some(Notice::new("course.msg_already_finished")))
                }
            }
        })
    };
    // The name and notes are saved as they are typed; the name is tidied
    // (no spaces around it) once its field is left.
    let student = |tidy: bool| {
        let games = games.clone();
        Callback::from(move |name: String| {
            let name = if tidy { name.trim() } else { &name };
            let name = super::slots::bounded(
                &crate::coursework::run_file::plain_text(name),
                super::slots::NAME_LIMIT,
            );
            games.update(|g| {
                g.student = name;
                games.save(g);
            })
        })
    };
    let (on_student, on_student_done) = (student(false), student(true));
    let on_notes = Callback::from(move |notes: String| {
        games.update(|g| {
            g.notes = notes;
            games.save(g);
        })
    });
    let on_export = {
        let g = g.clone();
        Callback::from(move |_: ()| export_run(&g))
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };

    html! {
        <div class="course-play">
            <PlayHead lang={l} assignment={Rc::new(a.clone())} results={results.clone()} round={next} matches_replay={g.matches_replay} />
            { notice_view(l, &notice, on_dismiss) }
            <div class="layout">
                <aside class="controls" aria-labelledby="controls-heading">
                    <RoundControls lang={l} id={p.id.clone()} assignment={Rc::new(a.clone())}
                        results={results.clone()} round={next} draft={g.draft} in_force={g.play.levers_in_force()} projection={(*projection).clone()}
                        previews_left={previews_left} unsaved={unsaved.as_ref().map(|n| AttrValue::from(n.text(l)))}
                        on_lever={levers.on_lever} on_lever_text={levers.on_lever_text} on_reset={levers.on_reset}
                        on_targeting={levers.on_targeting} on_what_if={on_what_if} on_submit={on_submit} />
                    <YourRun lang={l} id={p.id.clone()} student={g.student.clone()} notes={g.notes.clone()}
                        on_student={on_student} on_student_done={on_student_done} on_notes={on_notes} on_export={on_export} />
                </aside>
                <main class="content">
                    if let Some(pr) = &g.preview {
                        { projection_view(l, pr, g.play.months().last()) }
                    }
                    if let Some(r) = &g.report {
                        { round_report_view(l, r, "round-report") }
                    }
                    <RunHistory key={g.play.rounds_played()} lang={l} projector={prefs.projector}
                        play={Shared(g.play.clone())} results={results.clone()} />
                </main>
            </div>
        </div>
    }
}
