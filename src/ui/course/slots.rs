//! Save slots: every coursework run a student keeps in this browser, saved
//! after every round as the run file it would hand in (so what is saved is
//! exactly what can be exported and verified). An index lists the slots;
//! each slot is its own entry, so a damaged one does not take the others
//! with it. Full or unavailable storage is reported, never a crash: the run
//! in memory can still be exported.
//!
//! Nothing is lost: a save writes the slot and its index entry or neither;
//! an index that cannot be read is set aside (its text kept under a backup
//! key the student can download) and rebuilt from the slots present; no
//! change to the index starts from an empty list because the index could
//! not be read; a slot without an index entry (an orphan) is listed so it
//! can be taken back into the list or deleted.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::coursework::{Bilingual, RunFile};
use crate::sim::Levers;
use crate::ui::storage::{self, StorageProblem};

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
    crate::ui::browser::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The milliseconds since 1970 by the browser's clock.
pub use crate::ui::browser::epoch_ms as now_ms;

/// A new slot id (unique in this browser).
pub fn new_id() -> String {
    let n = (js_sys::Math::random() * 1e6) as u64;
    format!("s{}-{n}", now_ms() as u64)
}

/// What the list of saved runs holds, and what had to be repaired.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// The saved runs, most recently saved first.
    pub slots: Vec<SlotMeta>,
    /// Slots in storage without an index entry (ids).
    pub orphans: Vec<String>,
    /// The index could not be read (now or before): where its text was
    /// kept, and how many runs the rebuilt list holds.
    pub rebuilt: Option<(String, usize)>,
}

/// The ids of every slot in storage.
fn slot_ids() -> Vec<String> {
    let prefix = slot_key("");
    storage::keys_with_prefix(&prefix)
        .into_iter()
        .map(|k| k[prefix.len()..].to_string())
        .filter(|id| !id.is_empty() && !id.contains(storage::DAMAGED))
        .collect()
}

/// The index as stored: `Ok(None)` when there is none, `Err(text)` when it
/// cannot be read.
fn read_index() -> Result<Option<Vec<SlotMeta>>, String> {
    let Some(text) = LocalStorage::raw().get_item(INDEX_KEY).ok().flatten() else {
        return Ok(None);
    };
    serde_json::from_str::<Vec<SlotMeta>>(&text)
        .map(Some)
        .map_err(|_| text)
}

/// The index entry of a slot's run file found without one: named after its
/// student, with its figures as its replay gives them.
fn recovered_meta(id: &str, file: &RunFile) -> SlotMeta {
    let mut meta = SlotMeta::of(id, &bounded(&file.student, NAME_LIMIT), file, now_ms());
    let official = crate::coursework::Assignment::built_in(&file.assignment.id);
    let v = crate::coursework::verify(file, official.as_ref());
    if let Some(replay) = &v.replay {
        let results = crate::coursework::Results::of(replay);
        meta.rounds_played = results.rounds_played;
        meta.score = results.score;
    }
    meta
}

/// The saved runs and orphans, repairing an unreadable index first.
pub fn listing() -> Result<Listing, StorageProblem> {
    let slots = list()?;
    // An index set aside is told until its copy is deleted: the repair may
    // have happened on another page (a round's save), or before a reload.
    let rebuilt = storage::set_aside_values()
        .into_iter()
        .rev()
        .find(|(k, _)| k.starts_with(INDEX_KEY))
        .map(|(key, _)| (key, slots.len()));
    let orphans = slot_ids()
        .into_iter()
        .filter(|id| !slots.iter().any(|m| &m.id == id))
        .collect();
    Ok(Listing {
        slots,
        orphans,
        rebuilt,
    })
}

/// The saved runs, most recently saved first: the index, repaired from the
/// slots themselves if it cannot be read (its text set aside first). Saving
/// a round reads only this, not the whole of storage (see [`listing`]).
pub fn list() -> Result<Vec<SlotMeta>, StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    let mut index = match read_index() {
        Ok(index) => index.unwrap_or_default(),
        Err(_) => {
            // Keep the damaged text, then list what the slots themselves say.
            storage::set_aside(INDEX_KEY).ok_or(StorageProblem::Full)?;
            let found: Vec<SlotMeta> = slot_ids()
                .iter()
                .filter_map(|id| load(id).ok().map(|f| recovered_meta(id, &f)))
                .collect();
            write_index(&found)?;
            found
        }
    };
    index.sort_by(|a, b| b.saved_ms.total_cmp(&a.saved_ms));
    Ok(index)
}

fn write_index(index: &[SlotMeta]) -> Result<(), StorageProblem> {
    LocalStorage::set(INDEX_KEY, index).map_err(|_| StorageProblem::Full)
}

/// The longest run or student name, as the forms allow.
pub const NAME_LIMIT: usize = 80;

/// The longest notes, as the form allows.
pub const NOTES_LIMIT: usize = 20_000;

/// `text` cut to `limit` characters (an imported file's student name is
/// bounded as the form bounds a typed one).
pub fn bounded(text: &str, limit: usize) -> String {
    text.chars().take(limit).collect()
}

/// Takes an orphan slot back into the list.
pub fn adopt(id: &str) -> Result<(), SlotProblem> {
    let file = load(id)?;
    update(&recovered_meta(id, &file)).map_err(SlotProblem::Storage)
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

/// A slot whose run cannot be read or replayed: its text is kept aside
/// (listed for download on the coursework page) and its entry leaves the
/// list, so the list never offers a run that cannot be opened.
pub fn set_aside_damaged(id: &str) {
    if storage::set_aside(&slot_key(id)).is_some() {
        if let Ok(mut index) = list() {
            index.retain(|m| m.id != id);
            let _ = write_index(&index);
        }
    }
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
            SlotProblem::Missing => "course.msg_slot_missing",
            SlotProblem::Damaged => "course.msg_slot_damaged",
            SlotProblem::Storage(p) => p.message_key(),
        }
    }
}

/// Saves a run under its slot and updates the index: both or neither (when
/// the index cannot be written, the slot goes back to what it was).
pub fn save(meta: &SlotMeta, file: &RunFile) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    let store = LocalStorage::raw();
    let key = slot_key(&meta.id);
    let before = store.get_item(&key).ok().flatten();
    store
        .set_item(&key, &file.to_json())
        .map_err(|_| StorageProblem::Full)?;
    update(meta).inspect_err(|_| {
        let _ = match &before {
            Some(text) => store.set_item(&key, text),
            None => store.remove_item(&key),
        };
    })
}

/// Updates (or adds) a slot's index entry, starting from the index as it
/// is (repaired first if it cannot be read), never from an empty list.
pub fn update(meta: &SlotMeta) -> Result<(), StorageProblem> {
    let mut index = list()?;
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
        m.name = bounded(name, NAME_LIMIT);
    }
    write_index(&index)
}

/// Forgets a slot and its run (an orphan too).
pub fn delete(id: &str) -> Result<(), StorageProblem> {
    let mut index = list()?;
    index.retain(|m| m.id != id);
    write_index(&index)?;
    LocalStorage::delete(slot_key(id));
    Ok(())
}
