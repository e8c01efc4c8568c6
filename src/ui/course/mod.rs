//! Coursework mode (课程作业): a lecturer's assignment played round by
//! round, saved after every round, handed in as a verifiable run file, and
//! printed as a report.
//!
//! * `home` — the assignments, the saved runs, opening a file or a link;
//! * `play` — playing a run: `play_head` (round, score, limits),
//!   `round_controls` (the next round's levers, projected cost, "what if",
//!   submit), what happened, `run_history` (the figures and charts so far),
//!   `your_run` (name, notes, export);
//! * `report` — the printable report of a run; `figures` — the views that
//!   playing and the report share (rounds table, limits, round report);
//! * `editor` — the lecturer's assignment editor;
//! * `slots` — save slots in the browser; `words` — coursework in the
//!   user's language; `files` — choosing a file and saving one.

pub mod editor;
pub mod figures;
pub mod files;
pub mod home;
pub mod play;
pub mod play_head;
pub mod report;
pub mod round_controls;
pub mod run_history;
pub mod slots;
pub mod words;
pub mod your_run;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::coursework::{Assignment, Playthrough, RunFile};
use crate::ui::route::CourseRoute;
use crate::ui::run::{ExploreRun, ExploreSettings};
use crate::ui::storage::StorageProblem;

use slots::SlotMeta;

/// A value shared with a view, equal only to itself: a playthrough is
/// replaced (not changed) when a round is played, so identity is the test
/// that it changed (and a playthrough cannot be compared field by field).
#[derive(Clone)]
pub struct Shared<T>(pub Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

thread_local! {
    /// Runs of this tab, by slot id: what was last saved, kept here too so a
    /// run goes on (and can be exported) when browser storage is full or
    /// unavailable.
    static SESSION: RefCell<HashMap<String, (SlotMeta, RunFile)>> = RefCell::new(HashMap::new());
}

/// Saves a run: in this tab, then in the browser's storage.
pub fn keep(meta: &SlotMeta, file: &RunFile) -> Result<(), StorageProblem> {
    SESSION.with(|s| {
        s.borrow_mut()
            .insert(meta.id.clone(), (meta.clone(), file.clone()))
    });
    slots::save(meta, file)
}

/// Updates a run's index entry (its draft levers, previews used) in this tab
/// and in storage.
pub fn keep_meta(meta: &SlotMeta) -> Result<(), StorageProblem> {
    SESSION.with(|s| {
        if let Some(entry) = s.borrow_mut().get_mut(&meta.id) {
            entry.0 = meta.clone();
        }
    });
    slots::update(meta)
}

/// A saved run: from this tab if it is there, else from storage.
pub fn recall(id: &str) -> Result<(SlotMeta, RunFile), slots::SlotProblem> {
    if let Some(found) = SESSION.with(|s| s.borrow().get(id).cloned()) {
        return Ok(found);
    }
    let file = slots::load(id)?;
    let meta = slots::meta(id).unwrap_or_else(|| SlotMeta::of(id, id, &file, 0.0));
    Ok((meta, file))
}

/// Forgets a run in this tab and in storage.
pub fn forget(id: &str) -> Result<(), StorageProblem> {
    SESSION.with(|s| s.borrow_mut().remove(id));
    slots::delete(id)
}

/// Starts a new run of an assignment under a new slot; returns its id and
/// whether it could be saved in the browser.
pub fn start_run(
    assignment: &Assignment,
    student: &str,
    name: &str,
) -> Result<(String, Result<(), StorageProblem>), crate::sim::ValidationError> {
    let p = Playthrough::new(assignment, assignment.scenario.seed)?;
    let file = RunFile::of(&p, student, "");
    let id = slots::new_id();
    let mut meta = SlotMeta::of(&id, name, &file, slots::now_ms());
    meta.draft = Some(assignment.start_levers);
    let saved = keep(&meta, &file);
    Ok((id, saved))
}

/// A playthrough as a run the Explore charts can draw.
pub fn chart_run(p: &Playthrough) -> Rc<ExploreRun> {
    let a = p.assignment();
    let settings = ExploreSettings {
        scenario: a.scenario.name.clone(),
        market_size: a.scenario.market_size,
        months: p.months().len().max(1) as u32,
        seed: p.seed(),
        levers: p.levers_in_force(),
        ..ExploreSettings::default()
    };
    Rc::new(ExploreRun {
        settings,
        run: p.run(),
        matrix: p.matrix().to_vec(),
        extras: Vec::new(),
        last: None,
    })
}

#[derive(Properties, PartialEq)]
pub struct CoursePageProps {
    pub route: CourseRoute,
}

/// The coursework page the route asks for.
#[function_component(CoursePage)]
pub fn course_page(p: &CoursePageProps) -> Html {
    match &p.route {
        CourseRoute::Home => html! { <home::CourseHome /> },
        CourseRoute::Play(id) => html! { <play::PlayView id={id.clone()} /> },
        CourseRoute::Report(id) => html! { <report::ReportView id={id.clone()} /> },
        CourseRoute::Editor => html! { <editor::EditorView /> },
        CourseRoute::Assignment(code) => html! { <home::FromLink code={code.clone()} /> },
    }
}
