//! The lecturer's league in this browser: the league file (settings,
//! decisions, table) and the decisions received for the open round, saved
//! after every change. Storage that is full or unavailable is told, and the
//! league goes on in the page (export the file to keep it).

use std::cell::RefCell;

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::league::round::RoundEntry;
use crate::league::League;
use crate::sim::Levers;

/// The storage key.
pub const KEY: &str = "crm-lab/league/v1";

/// What is kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    pub league: League,
    /// The open round's decisions received so far, by team.
    pub received: Vec<Option<Levers>>,
}

impl Kept {
    pub fn new(league: League) -> Self {
        let received = vec![None; league.settings.teams.len()];
        Kept { league, received }
    }

    /// The open round's entry.
    pub fn entry(&self) -> RoundEntry {
        let mut e = RoundEntry::open(&self.league);
        if self.received.len() == e.received.len() {
            e.received = self.received.clone();
        }
        e
    }
}

thread_local! {
    /// The league of this tab, so it goes on when storage fails.
    static SESSION: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// Why the league could not be kept or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    /// Storage is full or refused the write.
    Full,
    /// What is stored is not a league (damaged): it was set aside.
    Damaged,
}

impl StoreProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            StoreProblem::Full => "league.msg_not_saved",
            StoreProblem::Damaged => "league.msg_damaged",
        }
    }
}

/// The league kept in this browser, if any.
pub fn load() -> Result<Option<Kept>, StoreProblem> {
    if let Some(k) = SESSION.with(|s| s.borrow().clone()) {
        return Ok(Some(k));
    }
    let Some(text) = LocalStorage::raw().get_item(KEY).ok().flatten() else {
        return Ok(None);
    };
    match serde_json::from_str::<Kept>(&text) {
        Ok(k) if k.league.validate().is_ok() => {
            SESSION.with(|s| *s.borrow_mut() = Some(k.clone()));
            Ok(Some(k))
        }
        _ => {
            crate::ui::storage::set_aside(KEY);
            Err(StoreProblem::Damaged)
        }
    }
}

/// Keeps the league (in the tab in any case; in storage if it can).
pub fn save(k: &Kept) -> Result<(), StoreProblem> {
    SESSION.with(|s| *s.borrow_mut() = Some(k.clone()));
    LocalStorage::set(KEY, k).map_err(|_| StoreProblem::Full)
}

/// Forgets the league (a new one is started).
pub fn clear() {
    SESSION.with(|s| *s.borrow_mut() = None);
    LocalStorage::delete(KEY);
}
