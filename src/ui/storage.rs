//! Remembered state: the last Explore settings, language and display options
//! in the browser's localStorage. Storage that is unavailable, full or holds
//! something unreadable gives a notice, never a crash; the page keeps working
//! with what it has.

use gloo::storage::{errors::StorageError, LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

use super::run::ExploreSettings;

/// The key under which the page keeps its state.
pub const KEY: &str = "crm-lab/explore/v1";

/// What the Explore page remembers between visits. Language and projector
/// mode were kept here before they became preferences of every page
/// (`prefs`); they are still read from older saves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Remembered {
    pub settings: ExploreSettings,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projector: Option<bool>,
}

/// Why remembered state could not be read or written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// No localStorage (private mode, disabled, sandboxed frame).
    Unavailable,
    /// Something was stored but could not be read as settings.
    Corrupt,
    /// Writing failed (quota exceeded).
    Full,
}

impl StorageProblem {
    /// The string-table key of the notice for this problem.
    /// The reason alone, for a message about something else than the
    /// remembered settings (a coursework run, lesson progress, a draft).
    pub fn reason_key(self) -> &'static str {
        match self {
            StorageProblem::Unavailable => "storage.reason_unavailable",
            StorageProblem::Corrupt => "storage.reason_corrupt",
            StorageProblem::Full => "storage.reason_full",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            StorageProblem::Unavailable => "msg.storage_unavailable",
            StorageProblem::Corrupt => "msg.storage_corrupt",
            StorageProblem::Full => "msg.storage_full",
        }
    }
}

fn available() -> bool {
    crate::ui::browser::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The remembered state, if any. A damaged one is set aside (see
/// [`set_aside`]), not deleted.
pub fn load() -> Result<Option<Remembered>, StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    match LocalStorage::get::<Remembered>(KEY) {
        Ok(r) if r.settings.validate().is_ok() => Ok(Some(r)),
        Ok(_) => {
            set_aside(KEY);
            Err(StorageProblem::Corrupt)
        }
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(_) => {
            set_aside(KEY);
            Err(StorageProblem::Corrupt)
        }
    }
}

/// The marker in the key of a damaged value kept aside.
pub const DAMAGED: &str = "/damaged-";

/// Moves the value under `key`, which could not be read, aside under
/// `<key>/damaged-<time>` and removes it from `key`, so the next save
/// neither starts from it nor destroys it: nothing stored is ever thrown
/// away because it could not be read. Gives the backup's key, or `None`
/// when there was nothing, or no room to keep a copy (then `key` is left as
/// it was).
pub fn set_aside(key: &str) -> Option<String> {
    let store = LocalStorage::raw();
    let text = store.get_item(key).ok().flatten()?;
    let backup = format!("{key}{DAMAGED}{}", js_sys::Date::now() as u64);
    store.set_item(&backup, &text).ok()?;
    let _ = store.remove_item(key);
    Some(backup)
}

/// Every value kept aside by [`set_aside`]: (key, length in characters).
pub fn set_aside_values() -> Vec<(String, usize)> {
    let store = LocalStorage::raw();
    let n = store.length().unwrap_or(0);
    let mut out: Vec<(String, usize)> = (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with("crm-lab/") && k.contains(DAMAGED))
        .map(|k| {
            let len = store
                .get_item(&k)
                .ok()
                .flatten()
                .map_or(0, |t| t.chars().count());
            (k, len)
        })
        .collect();
    out.sort();
    out
}

/// Every key of this browser's storage that starts with `prefix`.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let store = LocalStorage::raw();
    let n = store.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// The language and projector mode an older save kept, read without
/// touching the save (the Explore page reports a damaged one).
pub fn legacy_prefs() -> (Option<Lang>, Option<bool>) {
    match LocalStorage::get::<Remembered>(KEY) {
        Ok(r) => (r.lang, r.projector),
        Err(_) => (None, None),
    }
}

/// Remembers the state.
pub fn save(r: &Remembered) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    LocalStorage::set(KEY, r).map_err(|_| StorageProblem::Full)
}
