//! Remembered state: the last Explore settings, language and display options
//! in the browser's localStorage. Storage that is unavailable, full or holds
//! something unreadable gives a notice, never a crash; the page keeps working
//! with what it has.

use gloo::storage::{errors::StorageError, LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

use super::explore::ExploreSettings;

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
            StorageProblem::Unavailable => "msg_storage_unavailable",
            StorageProblem::Corrupt => "msg_storage_corrupt",
            StorageProblem::Full => "msg_storage_full",
        }
    }
}

fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The remembered state, if any.
pub fn load() -> Result<Option<Remembered>, StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    match LocalStorage::get::<Remembered>(KEY) {
        Ok(r) if r.settings.validate().is_ok() => Ok(Some(r)),
        Ok(_) => {
            LocalStorage::delete(KEY);
            Err(StorageProblem::Corrupt)
        }
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(_) => {
            LocalStorage::delete(KEY);
            Err(StorageProblem::Corrupt)
        }
    }
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
