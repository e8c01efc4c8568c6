//! Save slots: every coursework run a student keeps in this browser, saved
//! after every round as the run file it would hand in (so what is saved is
//! exactly what can be exported and verified). An index lists the slots;
//! each slot is its own entry, so a damaged one does not take the others
//! with it. Full or unavailable storage is reported, never a crash: the run
//! in memory can still be exported.

use gloo::storage::{errors::StorageError, LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::coursework::{Bilingual, RunFile};
use crate::sim::Levers;
use crate::ui::storage::StorageProblem;

/// The key of the index of slots.
pub const INDEX_KEY: &str = "crm-lab/course/slots/v1";

/// The key of one slot's run file.
pub fn slot_key(id: &str) -> String {
    format!("crm-lab/course/slot/{id}")
}

/// What the list of saved runs shows about one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotMeta {
    pub id: String,
    /// The student's name for it (e.g. "First try").
    pub name: String,
    pub assignment_id: String,
    pub assignment_title: Bilingual,
    pub rounds_played: u32,
    pub rounds: u32,
    pub score: f64,
    /// When it was last saved (milliseconds since 1970, the browser's clock).
    pub saved_ms: f64,
    /// The levers being set for the next round, not yet submitted.
    #[serde(default)]
    pub draft: Option<Levers>,
    /// For a run opened from a file: whether it verified.
    #[serde(default)]
    pub imported_verified: Option<bool>,
    /// "What if" projections used in round `preview_round` (so a reload
    /// does not give more).
    #[serde(default)]
    pub preview_round: u32,
    #[serde(default)]
    pub previews_used: u32,
}

impl SlotMeta {
    /// The index entry for a run file.
    pub fn of(id: &str, name: &str, file: &RunFile, saved_ms: f64) -> SlotMeta {
        SlotMeta {
            id: id.into(),
            name: name.into(),
            assignment_id: file.assignment.id.clone(),
            assignment_title: file.assignment.title.clone(),
            rounds_played: file.results.rounds_played,
            rounds: file.assignment.rounds,
            score: file.results.score,
            saved_ms,
            draft: None,
            imported_verified: None,
            preview_round: 0,
            previews_used: 0,
        }
    }
}

fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The milliseconds since 1970 by the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A new slot id (unique in this browser).
pub fn new_id() -> String {
    let n = (js_sys::Math::random() * 1e6) as u64;
    format!("s{}-{n}", now_ms() as u64)
}

/// The saved runs, most recently saved first. An unreadable index is
/// reported as corrupt (and left as it is, in case it can be rescued).
pub fn list() -> Result<Vec<SlotMeta>, StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    match LocalStorage::get::<Vec<SlotMeta>>(INDEX_KEY) {
        Ok(mut v) => {
            v.sort_by(|a, b| b.saved_ms.total_cmp(&a.saved_ms));
            Ok(v)
        }
        Err(StorageError::KeyNotFound(_)) => Ok(Vec::new()),
        Err(_) => Err(StorageProblem::Corrupt),
    }
}

fn write_index(index: &[SlotMeta]) -> Result<(), StorageProblem> {
    LocalStorage::set(INDEX_KEY, index).map_err(|_| StorageProblem::Full)
}

/// A slot's run file as saved (read with the same checks as any file).
pub fn load(id: &str) -> Result<RunFile, SlotProblem> {
    if !available() {
        return Err(SlotProblem::Storage(StorageProblem::Unavailable));
    }
    let text = LocalStorage::raw()
        .get_item(&slot_key(id))
        .ok()
        .flatten()
        .ok_or(SlotProblem::Missing)?;
    crate::coursework::run_file::read_run_file(&text).map_err(|_| SlotProblem::Damaged)
}

/// Why a slot could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum SlotProblem {
    Missing,
    Damaged,
    Storage(StorageProblem),
}

impl SlotProblem {
    /// The reason alone, to go inside a longer message.
    pub fn reason_key(&self) -> &'static str {
        match self {
            SlotProblem::Storage(p) => p.reason_key(),
            other => other.message_key(),
        }
    }

    pub fn message_key(&self) -> &'static str {
        match self {
            SlotProblem::Missing => "course_msg_slot_missing",
            SlotProblem::Damaged => "course_msg_slot_damaged",
            SlotProblem::Storage(p) => p.message_key(),
        }
    }
}

/// Saves a run under its slot and updates the index.
pub fn save(meta: &SlotMeta, file: &RunFile) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    LocalStorage::raw()
        .set_item(&slot_key(&meta.id), &file.to_json())
        .map_err(|_| StorageProblem::Full)?;
    update(meta)
}

/// Updates (or adds) a slot's index entry.
pub fn update(meta: &SlotMeta) -> Result<(), StorageProblem> {
    let mut index = list().unwrap_or_default();
    index.retain(|m| m.id != meta.id);
    index.push(meta.clone());
    write_index(&index)
}

/// The index entry of a slot.
pub fn meta(id: &str) -> Option<SlotMeta> {
    list().ok()?.into_iter().find(|m| m.id == id)
}

/// Renames a slot.
pub fn rename(id: &str, name: &str) -> Result<(), StorageProblem> {
    let mut index = list()?;
    for m in index.iter_mut().filter(|m| m.id == id) {
        m.name = name.into();
    }
    write_index(&index)
}

/// Forgets a slot and its run.
pub fn delete(id: &str) -> Result<(), StorageProblem> {
    let mut index = list().unwrap_or_default();
    index.retain(|m| m.id != id);
    LocalStorage::delete(slot_key(id));
    write_index(&index)
}
