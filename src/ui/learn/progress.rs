//! Progress through the lessons, remembered in localStorage: per lesson, the
//! steps done and whether the check question was answered right. Storage
//! that is unavailable, full or corrupted costs the memory, never the lesson.

use std::collections::BTreeMap;

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

/// The key under which progress is kept.
pub const KEY: &str = "crm-lab/lessons/v1";

/// One lesson's progress.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    pub steps_done: usize,
    /// The check question answered right.
    pub passed: bool,
}

/// Every lesson's progress, by lesson id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllProgress {
    pub lessons: BTreeMap<String, LessonProgress>,
}

/// The remembered progress (empty when there is none). Progress that
/// cannot be read is set aside first (`storage::set_aside`), so the next
/// save neither builds on it nor destroys it.
pub fn load() -> AllProgress {
    match LocalStorage::get::<AllProgress>(KEY) {
        Ok(all) => all,
        Err(gloo::storage::errors::StorageError::KeyNotFound(_)) => AllProgress::default(),
        Err(_) => {
            crate::ui::storage::set_aside(KEY);
            AllProgress::default()
        }
    }
}

/// Keys of lesson progress set aside because it could not be read.
pub fn set_aside() -> Vec<String> {
    crate::ui::storage::set_aside_values()
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| k.starts_with(KEY))
        .collect()
}

/// One lesson's remembered progress.
pub fn of(id: &str) -> LessonProgress {
    load().lessons.get(id).copied().unwrap_or_default()
}

/// Remembers one lesson's progress; false when storage refused it.
pub fn save(id: &str, p: LessonProgress) -> bool {
    if LocalStorage::raw().get_item(KEY).is_err() {
        return false;
    }
    let mut all = load();
    all.lessons.insert(id.to_string(), p);
    LocalStorage::set(KEY, &all).is_ok()
}
